"""Keep the API reference's source code out of the search index.

mkdocstrings shows each function's whole source under its API entry, in
a collapsed "Source code" block (``show_source``), one click from the
lesson's listing. Material's search would index that code too: a fifth
of the search index (100 of 474 KB; 106 -> 91 KB gzip), which every
page downloads when search starts, while the docstrings beside it, which
are indexed, already say what each function does. Material skips any
element marked ``data-search-exclude``; this hook marks those blocks.
"""

from __future__ import annotations

SOURCE_BLOCK = '<details class="mkdocstrings-source">'


def on_page_content(html, page, config, files):
    return html.replace(
        SOURCE_BLOCK,
        '<details class="mkdocstrings-source" data-search-exclude>',
    )
