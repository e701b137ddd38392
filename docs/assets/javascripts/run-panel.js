// The Run buttons of the example blocks (hooks/example_block.py), loaded by run.js on the first
// click: runs the example's real Go program, compiled to WebAssembly (GOOS=wasip1) by
// hooks/wasm.py, in a Web Worker (run-worker.js).
//
// The first run of an example fetches assets/wasm/<slug>.wasm.gz from this site, decompresses
// it, compiles it once and keeps the module for later runs. Each run gets a fresh worker;
// stdout and stderr stream into the panel in the order they are written; a non-zero status ends
// the transcript with "exit status N", as output.txt (and go run) shows it. Stop, or the time
// limit, terminates the worker. The transcript and the Output block are then compared after
// normalise(), a port of tests/harness.py normalise (tests/test_browser_run.py checks the port).
"use strict";

(() => {
  const script = document.currentScript;
  const WASM = new URL("../wasm/", script.src);
  const WORKER = new URL("run-worker.js", script.src);
  const LIMIT_MS = 10000;
  const TEXT = {
    en: {
      loading: "Loading the program…",
      running: "Running…",
      same: (ms) => `Same as the Output above, after normalisation (${ms} ms).`,
      differs: (ms) => `Differs from the Output above, after normalisation (${ms} ms).`,
      stopped: "Stopped.",
      limit: (s) => `Stopped: a run may take at most ${s} s.`,
      error: (m) => `Could not run: ${m}`,
    },
    zh: {
      loading: "正在加载程序…",
      running: "正在运行…",
      same: (ms) => `归一化之后与上面的输出相同（${ms} 毫秒）。`,
      differs: (ms) => `归一化之后与上面的输出不同（${ms} 毫秒）。`,
      stopped: "已停止。",
      limit: (s) => `已停止：每次运行最多 ${s} 秒。`,
      error: (m) => `无法运行：${m}`,
    },
  };

  // ------------------------------------------------------------------ tests/harness.py normalise

  const GOROUTINE = /\bgoroutine \d+\b/g;
  const HEADER = /^goroutine N \[[^\]]*\]:$/;
  const EXIT = /^exit status \d+$/;
  const ADDR = /\b0x[0-9a-f]+\b/g;
  const TEST_TIME = /^(\s*--- (?:PASS|FAIL|SKIP): .*) \(\d+\.\d\ds\)$/;
  const PACKAGE_LINE = /^(ok  |FAIL)\t(\S+)\t\d+\.\d\d\ds/;
  const LOG_SITE = /^((?:    )+)[\w.\-]+\.(?:go|py|s):\d+: /;

  function normalise(text) {
    const out = [];
    let inStack = false;
    for (let line of text.replace(GOROUTINE, "goroutine N").split("\n")) {
      if (inStack) {
        if (line === "" || EXIT.test(line) || PACKAGE_LINE.test(line)) inStack = false;
        else continue;
      }
      if (HEADER.test(line)) inStack = true;
      line = line.replace(TEST_TIME, "$1 (TIME)").replace(PACKAGE_LINE, "$1\t$2\tTIME").replace(LOG_SITE, "$1FILE:LINE: ");
      out.push(line.replace(ADDR, "0xADDR"));
    }
    return out.join("\n");
  }

  // ------------------------------------------------------------------ loading and running

  const modules = new Map(); // slug -> Promise<WebAssembly.Module>

  async function compile(slug) {
    const response = await fetch(new URL(`${slug}.wasm.gz`, WASM));
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    let bytes = new Uint8Array(await response.arrayBuffer());
    // A host may or may not have undone the gzip already (Content-Encoding): look at the bytes.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    }
    return WebAssembly.compile(bytes);
  }

  function load(slug) {
    if (!modules.has(slug)) {
      const pending = compile(slug);
      pending.catch(() => modules.delete(slug)); // a failed load is tried again on the next click
      modules.set(slug, pending);
    }
    return modules.get(slug);
  }

  // Run one example. onOutput(text, fd) gets the output as it comes. Returns {stop, done}; done
  // resolves to {transcript, code, end: "exit" | "stopped" | "limit" | "error", message,
  // firstOutputMs, ms}, where transcript is what a terminal shows (output.txt's form).
  function run(slug, { onOutput = () => {}, onStart = () => {}, limitMs = LIMIT_MS } = {}) {
    const t0 = performance.now();
    let worker = null;
    let finish;
    let transcript = "";
    let firstOutputMs = null;
    const decoder = new TextDecoder();
    const done = new Promise((resolve) => {
      finish = (end, code = null, message = "") => {
        if (worker === undefined) return;
        if (worker) worker.terminate();
        worker = undefined;
        clearTimeout(timer);
        transcript += decoder.decode();
        if (end === "exit" && code !== 0) transcript += `exit status ${code}\n`;
        const ms = Math.round(performance.now() - t0);
        resolve({ transcript, code, end, message, firstOutputMs, ms });
      };
    });
    const timer = setTimeout(() => finish("limit"), limitMs);
    load(slug).then(
      (module) => {
        if (worker === undefined) return; // stopped while loading
        worker = new Worker(WORKER);
        worker.onmessage = ({ data }) => {
          if (data.type === "out") {
            const text = decoder.decode(data.bytes, { stream: true });
            if (firstOutputMs === null) firstOutputMs = Math.round(performance.now() - t0);
            transcript += text;
            onOutput(text, data.fd);
          } else if (data.type === "exit") finish("exit", data.code);
          else finish("error", null, data.message);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          finish("error", null, event.message || "the worker failed");
        };
        onStart();
        worker.postMessage({ module, args: [slug] });
      },
      (error) => finish("error", null, String(error.message || error)),
    );
    return { stop: () => finish("stopped"), done };
  }

  // ------------------------------------------------------------------ the blocks' buttons

  function lang() {
    return document.documentElement.lang.startsWith("zh") ? "zh" : "en";
  }

  // The example's output.txt, as the Output block shows it (the block drops trailing newlines).
  function expected(block) {
    const code = block.querySelector(".gx-output__expected code");
    const newlines = Number(block.dataset.outputNewlines || "0");
    return code.textContent.replace(/\n+$/, "") + "\n".repeat(newlines);
  }

  const running = new WeakMap(); // block -> {stop}

  function start(block) {
    const t = TEXT[lang()];
    const panel = block.querySelector(".gx-run");
    const out = panel.querySelector(".gx-run__out code");
    const status = panel.querySelector(".gx-run__status");
    const runButton = block.querySelector(".gx-run__start");
    const stopButton = panel.querySelector(".gx-run__stop");
    running.get(block)?.stop();
    panel.hidden = false;
    out.textContent = "";
    block.dataset.run = "loading";
    status.textContent = t.loading;
    stopButton.hidden = false;
    runButton.disabled = true;
    const handle = run(block.dataset.slug, {
      onStart: () => {
        block.dataset.run = "running";
        status.textContent = t.running;
      },
      onOutput: (text, fd) => {
        if (fd === 2) {
          const span = document.createElement("span");
          span.className = "gx-stderr";
          span.textContent = text;
          out.append(span);
        } else out.append(text);
      },
    });
    running.set(block, handle);
    handle.done.then((result) => {
      if (running.get(block) !== handle) return;
      running.delete(block);
      if (result.end === "exit" && result.code !== 0) out.append(`exit status ${result.code}\n`);
      const same = normalise(result.transcript) === normalise(expected(block));
      // The run's timings, for bench/wasm_bench.py: click to first output, click to the end.
      block.dataset.firstOutputMs = result.firstOutputMs ?? "";
      block.dataset.ms = result.ms;
      block.dataset.run = result.end === "exit" ? (same ? "same" : "differs") : result.end;
      status.textContent = {
        exit: () => (same ? t.same(result.ms) : t.differs(result.ms)),
        stopped: () => t.stopped,
        limit: () => t.limit(LIMIT_MS / 1000),
        error: () => t.error(result.message),
      }[result.end]();
      stopButton.hidden = true;
      runButton.disabled = false;
      runButton.focus({ preventScroll: true });
    });
  }

  // A click on a block's Run or Stop button (run.js listens, and hands it over).
  function click(button) {
    const block = button.closest(".gx-example");
    if (button.classList.contains("gx-run__start")) start(block);
    else running.get(block)?.stop();
  }

  // For run.js, the tests and the benchmark (tests/test_browser_run.py, bench/wasm_bench.py).
  window.goexitRun = { click, normalise, run, load, expected, LIMIT_MS };
})();
