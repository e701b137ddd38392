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

  window.mermaid = {
    initialize: function (options) {
      config = Object.assign({}, options, { startOnLoad: false });
    },
    render: function (id, text) {
      return load().then(function (mermaid) {
        return mermaid.render(id, text);
      });
    },
  };
})();
