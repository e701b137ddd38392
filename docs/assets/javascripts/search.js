/*
 * Search with Pagefind: the header's button (or the "/" key) opens a dialog with Pagefind's UI.
 * The index is built after the site (hooks/site_identity.py runs pagefind on the built site),
 * one per language; Pagefind picks the page's language from <html lang>. Nothing is loaded
 * until the reader opens search: then pagefind-ui.js and its CSS, then the index fragments that
 * the query needs.
 */
(function () {
  "use strict";
  var dialog = document.getElementById("site-search");
  if (!dialog) return;
  var bundle = new URL(dialog.getAttribute("data-bundle"), location.href).href;
  var ready = null;
  /*
   * Pagefind's ranking, with one addition: the keywords of a page (front matter `search:
   * keywords:`, a metadata field written by hooks/site_identity.py) count as its title does
   * (Pagefind's default title weight, 5). tests/test_search.py ranks with this same object.
   */
  var ranking = { metaWeights: { title: 5.0, keywords: 5.0 } };

  function load() {
    if (ready === null) {
      ready = new Promise(function (resolve, reject) {
        var css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = bundle + "pagefind-ui.css";
        document.head.appendChild(css);
        var script = document.createElement("script");
        script.src = bundle + "pagefind-ui.js";
        script.onload = function () {
          /* global PagefindUI */
          new PagefindUI({
            element: "#site-search-ui",
            bundlePath: bundle,
            showSubResults: true,
            showImages: false,
            resetStyles: false,
            ranking: ranking,
          });
          resolve();
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return ready;
  }

  function open(query) {
    if (!dialog.open) dialog.showModal();
    return load().then(function () {
      var input = dialog.querySelector("input");
      if (!input) return;
      if (typeof query === "string") {
        input.value = query;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      input.focus();
    });
  }
  window.siteSearch = { open: open, ranking: ranking };

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (target && target.closest("[data-site-search-open]")) open();
    else if (target && target.closest("[data-site-search-close]")) dialog.close();
    else if (target === dialog) dialog.close(); // a click on the backdrop
  });
  document.addEventListener("keydown", function (event) {
    var field = event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "/" && !field && !dialog.open) {
      event.preventDefault();
      open();
    }
  });
})();
