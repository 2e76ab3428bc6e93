// MathJax 3 configuration. It must run before startup.js loads.
//
// MathJax is served from this site (assets/mathjax/, copied at build time
// by docs/overrides/hooks/mathjax.py): the loader path is derived from this
// script's own URL, so extensions and fonts come from the same place at any
// page depth and under any base URL.
(function () {
  var base = new URL("../assets/mathjax", document.currentScript.src).href;

  window.MathJax = {
    loader: {
      paths: { mathjax: base },
      // startup.js loads these (and core, and the TeX font) from base. Not
      // ui/menu: the right-click menu alone would put a lesson page over
      // its 400 KB budget. assistive-mml: hidden MathML for screen readers.
      load: ["input/tex", "output/chtml", "a11y/assistive-mml"],
    },
    tex: {
      // \( \) and \[ \] from pymdownx.arithmatex (generic mode) on Markdown
      // pages; $ and $$ as nbconvert leaves them in notebook Markdown cells
      inlineMath: [["\\(", "\\)"], ["$", "$"]],
      displayMath: [["\\[", "\\]"], ["$$", "$$"]],
      processEscapes: true,
      processEnvironments: true,
    },
    options: {
      // Ignore every element that has a class ...
      //   (".+" rather than the usual ".*|": the empty alternative also
      //   matches class-less elements, and nbconvert puts notebook math in
      //   class-less <p> elements, which would then stay untypeset)
      ignoreHtmlClass: ".+",
      // ... except arithmatex spans/blocks and notebook Markdown cells,
      // whose descendants are processed too.
      processHtmlClass: "arithmatex|jp-RenderedMarkdown",
    },
  };

  // Material's instant navigation swaps the page content without reloading:
  // typeset each new page. The first emission is the page MathJax's own
  // startup typesets, so it is skipped.
  var first = true;
  document$.subscribe(function () {
    if (first) {
      first = false;
      return;
    }
    // MathJax may still be loading after a very quick first click; its
    // startup then typesets whatever page is current.
    if (!window.MathJax || !MathJax.startup || !MathJax.startup.promise ||
        !MathJax.typesetPromise) {
      return;
    }
    MathJax.startup.promise = MathJax.startup.promise.then(function () {
      MathJax.startup.output.clearCache();
      MathJax.typesetClear();
      MathJax.texReset();
      return MathJax.typesetPromise();
    });
  });
})();
