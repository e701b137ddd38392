/*
 * Mermaid diagrams from the vendored copy in ./mermaid/, never from a CDN.
 *
 * Material for MkDocs renders a ```mermaid block by calling mermaid.initialize(config)
 * once, then mermaid.render(id, text) for each diagram; it downloads
 * https://unpkg.com/mermaid@11/dist/mermaid.min.js only when no global `mermaid`
 * exists at that point. This script (loaded through extra_javascript, before the
 * page's DOMContentLoaded) defines that global: a stand-in that imports the vendored
 * ES module build on the first render. Pages without diagrams download nothing more;
 * pages with one download only the chunks their diagrams need.
 *
 * Each diagram's own size is kept readable on a narrow screen (see MIN_SCALE below).
 */
(function () {
  "use strict";
  var src = new URL("mermaid/mermaid.esm.min.mjs", document.currentScript.src).href;
  var config = {};
  var loading = null;

  function load() {
    if (loading === null) {
      loading = import(src).then(function (module) {
        var mermaid = module.default;
        mermaid.initialize(config);
        return mermaid;
      });
    }
    return loading;
  }

  // A diagram scales down with the page, but never below MIN_SCALE of its own size (labels of
  // 16 px stay at 12 px or more): on a narrow screen it keeps that size and its box scrolls
  // sideways (and takes keyboard focus, so that keys scroll it too).
  var MIN_SCALE = 0.75;

  function readable(svg) {
    return svg.replace(/max-width:\s*([\d.]+)px;?/, function (all, width) {
      return "max-width: " + width + "px; min-width: " + Math.round(width * MIN_SCALE) + "px;";
    });
  }

  function focusable() {
    var hosts = document.querySelectorAll("div.mermaid:not([tabindex])");
    for (var i = 0; i < hosts.length; i++) hosts[i].setAttribute("tabindex", "0");
  }

  window.mermaid = {
    initialize: function (options) {
      config = Object.assign({}, options, { startOnLoad: false });
    },
    render: function (id, text) {
      return load()
        .then(function (mermaid) {
          return mermaid.render(id, text);
        })
        .then(function (result) {
          setTimeout(focusable, 0); // once the theme has put the diagram in the page
          return Object.assign({}, result, { svg: readable(result.svg) });
        });
    },
  };
})();
