// The examples' Run buttons (hooks/example_block.py). A page's first load carries only this: the
// first click on a Run button loads run-panel.js, which fetches that example's program, runs it
// in a worker (run-worker.js) and shows what it prints. goexitRunReady() loads it on demand.
"use strict";

(() => {
  const panel = new URL("run-panel.js", document.currentScript.src);
  let loading = null;

  window.goexitRunReady = () => {
    loading ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = panel;
      script.onload = () => resolve(window.goexitRun);
      script.onerror = () => {
        loading = null; // tried again on the next click
        reject(new Error(`${panel} did not load`));
      };
      document.head.append(script);
    });
    return loading;
  };

  document.addEventListener("click", (event) => {
    const button = event.target.closest(".gx-example .gx-run__start, .gx-example .gx-run__stop");
    if (button) window.goexitRunReady().then((run) => run.click(button));
  });
})();
