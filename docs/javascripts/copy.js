// The copy button of a Python session (a block starting with ">>>")
// copies only what runs: the statements, without their ">>> " and "... "
// prompts and without the output lines, which stay visible on the page
// (sphinx-copybutton's "only copy prompt lines"). Material copies the
// data-copy attribute of the code element when it has one; other blocks
// copy unchanged. As in doctest, a "..." line continues a statement only
// right after a prompt line; anywhere else it is output (an ellipsis).
// A blank line closes each multi-line statement, as the interactive
// interpreter needs. tests/_run_copied_block.py: session_lines.
(function () {
  function statements(text) {
    var lines = [], inStatement = false, continued = false;
    text.split("\n").forEach(function (line) {
      var prompt = line.slice(0, 4).trimEnd();
      if (prompt === ">>>") {
        if (continued && lines[lines.length - 1] !== "") lines.push("");
        lines.push(line.slice(4));
        inStatement = true;
        continued = false;
      } else if (prompt === "..." && inStatement) {
        lines.push(line.slice(4));
        continued = true;
      } else {
        inStatement = false;
      }
    });
    return lines.join("\n").trimEnd();
  }

  document$.subscribe(function () {
    document.querySelectorAll(".md-content pre > code").forEach(function (
      code,
    ) {
      if (/^\s*>>>/.test(code.textContent)) {
        code.setAttribute("data-copy", statements(code.textContent));
      }
    });
  });
})();
