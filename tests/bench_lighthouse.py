"""Lighthouse audit of the lesson pages: a benchmark, not a test.

    .venv/bin/python tests/bench_lighthouse.py [--site DIR] [--all]

Builds the site (``mkdocs build --strict``, unless ``--site`` names a
built one), serves it on 127.0.0.1 with gzip like a static host, and runs
Lighthouse (the npm package, installed once into a cache folder, never a
downloaded browser) against Debian's chromium for each lesson page (every
nav page with ``--all``). Prints the accessibility, best-practices and SEO
scores (the target is 100/100/100), the total transfer size, and every
audit that cost points. The performance score is left out: on two cores
it swings between about 40 and 85 from one run to the next; the browser
tests gate page weight instead.

pytest-doctestplus imports every .py under tests/, so nothing runs on
import: everything happens under ``if __name__ == "__main__"``.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LIGHTHOUSE_VERSION = "12"
CATEGORIES = ["accessibility", "best-practices", "seo", "performance"]
SHOWN = ["accessibility", "best-practices", "seo"]


def cache_dir():
    """Where the npm package lives between runs."""
    base = os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache"))
    return Path(base) / "nn-course-lighthouse"


def lighthouse_bin():
    """The lighthouse executable, installed with npm on first use."""
    prefix = cache_dir()
    binary = prefix / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            sys.exit("npm is needed to install lighthouse (apt-get install "
                     "npm)")
        print(f"installing lighthouse@{LIGHTHOUSE_VERSION} into {prefix}",
              file=sys.stderr)
        prefix.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--prefix", str(prefix), "--no-audit",
             "--no-fund", "--loglevel=error",
             f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True)
    return binary


def build_site(site_dir, site_url):
    """mkdocs build --strict into site_dir, canonical URLs at site_url."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
         "--site-dir", str(site_dir)],
        cwd=root, env=env, check=True)


def audit(binary, url, chromium):
    """Run Lighthouse on one URL; return its JSON report."""
    from browser_helpers import CHROMIUM_ARGS

    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        [str(binary), url, "--quiet", "--output=json",
         "--output-path=stdout", f"--chrome-flags={flags}",
         f"--only-categories={','.join(CATEGORIES)}"],
        env={**os.environ, "CHROME_PATH": str(chromium)},
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def lost_points(report):
    """The audits that cost points in the shown categories."""
    lost = []
    for name in SHOWN:
        for ref in report["categories"][name]["auditRefs"]:
            result = report["audits"][ref["id"]]
            if ref["weight"] and result["score"] is not None \
                    and result["score"] < 1:
                lost.append(f"{name}: {ref['id']} ({result['title']})")
    return lost


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path,
                        help="a built site (default: build one)")
    parser.add_argument("--all", action="store_true",
                        help="every nav page, not only the lessons")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).parent))
    from browser_helpers import (
        CHROMIUM,
        SiteServer,
        is_lesson,
        nav_pages,
        page_path,
    )

    binary = lighthouse_bin()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or Path(tmp, "site")
        site.mkdir(exist_ok=True)
        server = SiteServer(site, gzip=True).start()
        try:
            if args.site is None:
                build_site(site, server.url)
            pages = [s for s in nav_pages() if args.all or is_lesson(s)]
            print(f"{'page':40} {'a11y':>5} {'b-p':>5} {'seo':>5} "
                  f"{'transfer':>10}")
            for src in pages:
                report = audit(binary, server.url + page_path(src),
                               CHROMIUM)
                scores = [round(100 * report["categories"][c]["score"])
                          for c in SHOWN]
                kb = report["audits"]["total-byte-weight"][
                    "numericValue"] / 1024
                print(f"{src:40} {scores[0]:5d} {scores[1]:5d} "
                      f"{scores[2]:5d} {kb:7.0f} KB")
                for line in lost_points(report):
                    print(f"    - {line}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
