/*
 * Keyboard access to what scrolls sideways: a wide table (the theme wraps each table in a
 * .md-typeset__scrollwrap box) takes focus, so that the arrow keys scroll it. Diagrams get the
 * same from mermaid-loader.js.
 */
(function () {
  "use strict";
  function focusable() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].scrollWidth > boxes[i].clientWidth + 1) boxes[i].setAttribute("tabindex", "0");
    }
  }
  window.addEventListener("load", focusable);
  window.addEventListener("resize", focusable);
})();
