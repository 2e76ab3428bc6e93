// Keyboard access to regions that scroll sideways (axe:
// scrollable-region-focusable). Material makes its own overflowing code
// blocks focusable, but not wide tables (.md-typeset__scrollwrap), wide
// display math, nor the code and output cells of notebook pages: a
// keyboard user could not scroll those. Like Material, only regions that
// actually overflow get tabindex="0", checked on every page (instant
// navigation included), once MathJax has typeset it, once images are in,
// and again when the window is resized.
(function () {
  var SELECTOR = [
    ".md-typeset__scrollwrap",
    ".md-typeset div.arithmatex",
    "mjx-container[display='true']",
    ".jupyter-wrapper .highlight-ipynb",
    ".jupyter-wrapper .jp-OutputArea-output pre",
  ].join(", ");

  function overflows(el) {
    return el.scrollWidth > el.clientWidth + 1 ||
           el.scrollHeight > el.clientHeight + 1;
  }

  function update() {
    document.querySelectorAll(SELECTOR).forEach(function (el) {
      if (el.hasAttribute("data-a11y-tabindex")) {
        el.removeAttribute("tabindex");
        el.removeAttribute("data-a11y-tabindex");
      }
      // a region with a focusable element inside is reachable already
      if (overflows(el) && !el.hasAttribute("tabindex") &&
          !el.querySelector("a[href], button, input, [tabindex]")) {
        el.setAttribute("tabindex", "0");
        el.setAttribute("data-a11y-tabindex", "");
      }
    });
  }

  var timer;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  // typeset math changes what overflows: check again once it is done
  // (mathjax.js, loaded before this file, chains each page's typesetting
  // onto MathJax.startup.promise; on a first load MathJax may not have
  // started yet when the page is ready, but it has by the load event)
  function updateAfterMath() {
    update();
    if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
      MathJax.startup.promise.then(update);
    }
  }

  window.addEventListener("load", updateAfterMath);
  document$.subscribe(updateAfterMath);
})();
