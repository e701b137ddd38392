/*
 * The language switcher, where Material for MkDocs 9.8 and mkdocs-static-i18n 1.3 disagree.
 * Runs from extra_javascript, after Material's bundle and before DOMContentLoaded,
 * which is when Material mounts its components.
 *
 * 1. static-i18n points each page's <link rel="alternate" hreflang> at that page's
 *    translation (/zh/goexit/), and the language selector in the header links there
 *    too. Material expects those links to point at language roots: it fetches
 *    sitemap.xml next to each of them, which gives a 404 (and a console error) on
 *    every page. The selector's own links already lead to the translated page, so
 *    the head links are taken out of the live document; the built HTML keeps them
 *    for search engines.
 *
 * 2. The language selector's links lead to the same page in the other language; they also
 *    keep the #anchor of the address (every page pair has the same heading ids), kept up to
 *    date as the reader follows links inside the page.
 */
(function () {
  "use strict";
  var alternates = Array.prototype.slice.call(document.querySelectorAll("link[rel=alternate][hreflang]"));
  alternates.forEach(function (link) {
    link.remove();
  });
  function carryAnchor() {
    var links = document.querySelectorAll(".md-select__link[hreflang]");
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].getAttribute("href"), location.href);
      url.hash = location.hash;
      links[i].href = url.href;
    }
  }
  document.addEventListener("DOMContentLoaded", carryAnchor);
  window.addEventListener("hashchange", carryAnchor);
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest(".md-select__link[hreflang]");
    if (link) carryAnchor();
  }, true);
})();
