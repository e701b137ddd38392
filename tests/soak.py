"""``make soak``: every example a hundred times per side, under background CPU load.

``make test`` runs each example three times per side; a race that shows once in a few hundred
runs needs more. Here each example's Go program runs N times (GOMAXPROCS 1 and 2 in turn) and its
Python twin N times, while busy processes (one per core) compete for the CPUs, and every run
must print output.txt. Usage: ``python tests/soak.py [N] [TOPIC/SLUG ...]`` (N defaults to 100).
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import harness


def _busy() -> None:
    while True:
        pass


def soak(runs: int, names: list[str]) -> int:
    examples = [ex for ex in harness.discover() if not names or ex.name in names or ex.slug in names]
    binaries = harness.build_go()
    load = [multiprocessing.Process(target=_busy, daemon=True) for _ in range(multiprocessing.cpu_count())]
    for p in load:
        p.start()
    failures = 0
    start = time.monotonic()
    try:
        for ex in examples:

            def go_run(i: int, ex: harness.Example = ex) -> str | None:
                procs = 1 + i % 2
                got = harness.run_binary(binaries[ex.slug], ex, procs)
                return harness.mismatch(ex.expected, got, "output.txt", f"Go, run {i + 1}, GOMAXPROCS={procs}")

            def py_run(i: int, ex: harness.Example = ex) -> str | None:
                got = harness.run_python(ex)
                return harness.mismatch(ex.expected, got, "output.txt", f"the Python twin, run {i + 1}")

            with ThreadPoolExecutor(max_workers=2) as pool:
                diffs = [d for d in pool.map(go_run, range(runs)) if d] + [
                    d for d in pool.map(py_run, range(runs)) if d
                ]
            status = "ok" if not diffs else f"{len(diffs)} of {2 * runs} runs differ"
            print(f"{ex.name}: {status}", flush=True)
            if diffs:
                failures += 1
                print(diffs[0], flush=True)
    finally:
        for p in load:
            p.terminate()
    print(f"soak: {len(examples)} examples x {runs} runs per side, {failures} not deterministic, "
          f"{time.monotonic() - start:.0f} s")  # fmt: skip
    return 1 if failures else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    count = int(args.pop(0)) if args and args[0].isdigit() else 100
    sys.exit(soak(count, args))
