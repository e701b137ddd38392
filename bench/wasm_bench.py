"""The Run buttons: what running every example in the reader's browser costs.

- The site build (``sitekit.strict_build``, both languages): cold (an empty Go build cache, and
  GOEXIT_WASM_CACHE naming an empty folder, so the wasm step compiles and links every example),
  then warm (the same again, nothing changed). The wasm step alone (hooks/wasm.py ``build``),
  timed apart: cold (empty Go build cache), as on a fresh clone (empty folder, the machine's
  warm Go build cache: link and gzip only), and with nothing changed (the repository's caches).
- Each example's binary, raw and gzipped, and what the binaries and the scripts add to the
  built site; what a page's first load carries of it (run.js and example.css).
- Click to output in headless Chromium, on the built site served from 127.0.0.1, timed in the
  page from the click on Run (before run.js sees it) to the first output in the panel and to
  the panel's verdict: cold (the first click on a page freshly loaded in a new browser context:
  run-panel.js, the binary's fetch, decompression, compilation, the run) and warm (a second
  click: the compiled module is kept, a new worker runs it). One run at a time, every runnable
  example once per kind, each on the first English page showing it.

``python -m bench.wasm_bench`` prints the figures; bench/report.py puts them on the Performance
page (``python -m bench.report --only wasm`` measures these alone and keeps the other results).
"""

from __future__ import annotations

import datetime
import gzip
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench._util import clock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

import example_block  # noqa: E402 - the hooks and the site kit live beside the site and the tests
import wasm  # noqa: E402

import harness  # noqa: E402
import sitekit  # noqa: E402

FIRST_LOAD = [
    ROOT / "docs" / "assets" / "javascripts" / "run.js",
    ROOT / "docs" / "assets" / "stylesheets" / "example.css",
]
ON_CLICK = [
    ROOT / "docs" / "assets" / "javascripts" / "run-panel.js",
    ROOT / "docs" / "assets" / "javascripts" / "run-worker.js",
]
ENDED = ["same", "differs", "stopped", "limit", "error"]
BLOCK = re.compile(r'<div class="gx-example" [^>]*data-example="([^"]+)"')


def _timed_build(out: Path, env: dict[str, str]) -> float:
    start = clock()
    sitekit.strict_build(out, env={**sitekit.PUBLISHED, **env})
    return clock() - start


def _timed_step(tmp: Path, gocache: Path) -> float:
    """hooks/wasm.py build from nothing of its own, with this Go build cache."""
    saved = os.environ.get("GOCACHE")
    os.environ["GOCACHE"] = str(gocache)
    try:
        start = clock()
        wasm.build(cache=tmp, bindir=tmp / "bin")
        return clock() - start
    finally:
        if saved is None:
            os.environ.pop("GOCACHE", None)
        else:
            os.environ["GOCACHE"] = saved


def builds(out: Path) -> dict[str, float]:
    """Leaves the warm build of the site in ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        empty = {"GOCACHE": str(Path(tmp) / "gocache"), wasm.COLD_ENV: str(Path(tmp) / "wasm")}
        site_cold = _timed_build(out, empty)
        site_warm = _timed_build(out, empty)
        step_cold = _timed_step(Path(tmp) / "step-cold", Path(tmp) / "gocache-step")
    gocache = subprocess.run(
        [harness.go_tool(), "env", "GOCACHE"], env=harness.go_env(), capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        step_fresh_clone = _timed_step(Path(tmp), Path(gocache))  # the machine's own, warm Go build cache
    wasm.build()  # the repository's own caches, brought up to date: as make serve finds them after a build
    start = clock()
    wasm.build()
    step_unchanged = clock() - start
    return {
        "site_cold": site_cold,
        "site_warm": site_warm,
        "step_cold": step_cold,
        "step_fresh_clone": step_fresh_clone,
        "step_unchanged": step_unchanged,
    }


def sizes(site: Path) -> dict[str, Any]:
    """Each published binary (raw = decompressed), and the rest of the same built site for scale."""
    per: dict[str, dict[str, int]] = {}
    for path in sorted((site / wasm.SITE_FOLDER).glob("*.wasm.gz")):
        body = path.read_bytes()
        per[path.name.removesuffix(".wasm.gz")] = {"bytes": len(gzip.decompress(body)), "gzip_bytes": len(body)}
    wasm_dir = site / wasm.SITE_FOLDER
    rest = sum(p.stat().st_size for p in site.rglob("*") if p.is_file() and wasm_dir not in p.parents)
    return {
        "per_example": per,
        "binaries_total": sum(e["gzip_bytes"] for e in per.values()),
        "site_other_bytes": rest,
        "first_load_bytes": sum(p.stat().st_size for p in FIRST_LOAD),
        "on_click_bytes": sum(p.stat().st_size for p in ON_CLICK),
    }


def _p90(values: list[float]) -> float:
    """The 90th percentile, linear between the two nearest runs (statistics.quantiles, inclusive)."""
    return statistics.quantiles(values, n=10, method="inclusive")[-1] if len(values) > 1 else values[0]


# Installed on a block before its first click: page-side clock readings of the click on Run (in
# the button's own listener, before run.js's on the document), of the first text in the output
# panel and of the verdict (data-run set to an end state). Read back as block.__bench.
_WATCH = """([block, ended]) => {
  const out = block.querySelector(".gx-run__out code");
  const m = { click: null, output: null, ended: null };
  block.__bench = m;
  block.querySelector(".gx-run__start").addEventListener("click", () => {
    m.click = performance.now(); m.output = null; m.ended = null;
  });
  new MutationObserver(() => {
    if (m.click !== null && m.output === null && out.textContent.length) m.output = performance.now();
  }).observe(out, { childList: true, characterData: true, subtree: true });
  new MutationObserver(() => {
    if (m.click !== null && m.ended === null && ended.includes(block.dataset.run)) m.ended = performance.now();
  }).observe(block, { attributes: true, attributeFilter: ["data-run"] });
}"""


def clicks(site: Path) -> dict[str, Any]:
    """Click Run twice on every runnable example; click to first output and to the verdict."""
    unrunnable = example_block.not_runnable()
    timings: dict[str, dict[str, list[float]]] = {kind: {"first_output": [], "ended": []} for kind in ("cold", "warm")}
    mismatches: list[str] = []
    seen: set[str] = set()
    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.glob("**/index.html"))
    with sitekit.serve(site) as server, sitekit.launch_browser() as browser:
        for rel in pages:
            if rel.split("/")[0] in {"zh", "assets"}:
                continue
            path = "" if rel == "." else rel + "/"
            html = (site / path / "index.html").read_text(encoding="utf-8")
            names = [n for n in dict.fromkeys(BLOCK.findall(html)) if n not in seen and n not in unrunnable]
            if not names:
                continue
            seen.update(names)
            for name in names:
                context = sitekit.new_context(browser)  # cold: nothing cached, not even run-panel.js
                page = context.new_page()
                page.goto(server.base + path)
                block = page.locator(f'.gx-example[data-example="{name}"]').first
                handle = block.element_handle()
                page.evaluate(_WATCH, [handle, ENDED])
                for kind in ("cold", "warm"):
                    block.locator(".gx-run__start").click()
                    page.wait_for_function("(b) => b.__bench.ended !== null", arg=handle)
                    state, m = block.evaluate("(b) => [b.dataset.run, b.__bench]")
                    if state != "same":
                        mismatches.append(f"{name} ({kind}): {state}")
                    if m["output"] is not None:
                        timings[kind]["first_output"].append(m["output"] - m["click"])
                    timings[kind]["ended"].append(m["ended"] - m["click"])
                context.close()
    out: dict[str, Any] = {"runs": len(seen), "mismatches": mismatches}
    for kind, series in timings.items():
        for what, values in series.items():
            out[f"{kind}_{what}_median_ms"] = statistics.median(values)
            out[f"{kind}_{what}_p90_ms"] = _p90(values)
    return out


def run() -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        figures: dict[str, Any] = {"builds": builds(site)}
        figures["sizes"] = sizes(site)
        figures["clicks"] = clicks(site)
    figures["examples"] = len(harness.discover())
    figures["date"] = datetime.date.today().isoformat()
    figures["load"] = [load_before, os.getloadavg()[0]]
    return figures


def main() -> None:
    figures = run()
    for key, value in figures["builds"].items():
        print(f"{key}: {value:.1f} s")
    per = list(figures["sizes"]["per_example"].values())
    print(f"binary, median: {statistics.median(p['bytes'] for p in per) / 1e6:.2f} MB raw,", end=" ")
    print(f"{statistics.median(p['gzip_bytes'] for p in per) / 1e6:.2f} MB gzipped")
    print(f"added to the site: {figures['sizes']['binaries_total'] / 1e6:.1f} MB of binaries")
    for key, value in figures["clicks"].items():
        print(f"{key}: {value}")
    print(f"load average before and after: {figures['load']}")


if __name__ == "__main__":
    main()
