/*
 * Two fixes where Material for MkDocs 9.8 and mkdocs-static-i18n 1.3 disagree.
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
 *
 * 3. static-i18n merges every language into one search index, so an English search
 *    also lists Chinese pages. Material hands that index to its search worker in one
 *    SETUP message; only the documents of the current page's language are passed on.
 */
(function () {
  "use strict";
  var alternates = Array.prototype.slice.call(document.querySelectorAll("link[rel=alternate][hreflang]"));
  alternates.forEach(function (link) {
    link.remove();
  });
  // The languages, from the switcher (the 404 page has no alternates in its head).
  var languages = Array.prototype.map.call(document.querySelectorAll(".md-select__link[hreflang]"), function (link) {
    return link.getAttribute("hreflang");
  });

  // Every language but the default one lives under its own prefix: zh/...
  function prefixOf(path) {
    for (var i = 0; i < languages.length; i++) {
      if (path === languages[i] || path.indexOf(languages[i] + "/") === 0) return languages[i];
    }
    return "";
  }

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

  // The page's own language decides, not its address: a host serves the 404 page at any address.
  // English is the default language (mkdocs.yml), the one without a prefix.
  var lang = document.documentElement.lang;
  var here = languages.indexOf(lang) >= 0 && lang !== "en" ? lang : "";
  var SETUP = 0; // Material's search worker message type for "build the index"

  var postMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var data = message && message.type === SETUP ? message.data : null;
    if (data && Array.isArray(data.docs)) {
      var docs = data.docs.filter(function (doc) {
        return prefixOf(doc.location) === here;
      });
      arguments[0] = { type: SETUP, data: Object.assign({}, data, { docs: docs }) };
    }
    return postMessage.apply(this, arguments);
  };
})();
