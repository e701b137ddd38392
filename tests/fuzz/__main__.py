"""``make fuzz N=5000 [SEED=s]``: random batches until N programs ran; each divergence becomes a twin.

Usage: ``PYTHONPATH=tests python -m fuzz -n N [--seed S] [--batch B] [--no-minimise]``.
Batches use seeds S, S+1, ... (S random when not given) of B programs each.  A program that
diverges is first run again on Go (it must print the same thing every time: otherwise the
generator is at fault, and it is reported as such, not written), then minimised
(`fuzz.minimise`) and written to tests/twins/fuzz/fuzz-<seed>-<index>/ (main.go and main.py),
where tests/test_twins.py runs it from then on.  Exits 1 when anything diverged.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import harness
from fuzz import minimise, run
from fuzz.gen import generate

OUT = harness.TWINS / "fuzz"


def write_twin(case: run.Case, note: str) -> Path:
    folder = OUT / case.name
    folder.mkdir(parents=True, exist_ok=True)
    go = case.go.replace("\npackage main", f"\n// {note}\npackage main", 1)
    (folder / "main.go").write_text(go, encoding="utf-8")
    (folder / "main.py").write_text(case.py, encoding="utf-8")
    return folder


def handle(o: run.Outcome, minimising: bool) -> str:
    """Report a divergence; if Go is deterministic, minimise it and write it as a regression twin."""
    print(o.report(), flush=True)
    if not o.deterministic:
        return f"{o.case.name}: not deterministic in Go (a generator bug)"
    p = o.case.program
    if minimising:
        before = minimise.statements(p)
        small = minimise.minimise(p, log=lambda s: print("  minimise:", s, flush=True))
        # A step may have been taken on a run that diverged once only: the result must diverge again.
        if small is not p and not all(minimise.interesting([small, small])):
            print(f"  {o.case.name}: the minimised program does not diverge every time; writing it whole", flush=True)
            minimising = False
        else:
            p = small
            print(f"  minimised {o.case.name}: {before} -> {minimise.statements(p)} statements", flush=True)
    case = run.cases_of([p])[0]
    note = f"make fuzz found it diverging (seed {p.seed}, program {p.index}){'; minimised' if minimising else ''}."
    folder = write_twin(case, note)
    shown = folder.relative_to(harness.ROOT) if folder.is_relative_to(harness.ROOT) else folder
    return f"{o.case.name}: written to {shown}"


def check_cases(which: list[tuple[int, ...]], minimising: bool) -> int:
    outcomes = run.run_cases(run.cases_of([generate(seed, index) for seed, index in which]))
    found = [handle(o, minimising) for o in run.failures(outcomes)]
    for line in found:
        print("  " + line)
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="how many programs in all")
    ap.add_argument("--seed", type=int, default=None, help="the first batch's seed (default: random)")
    ap.add_argument("--batch", type=int, default=500, help="programs per batch (one Go build each)")
    ap.add_argument("--no-minimise", action="store_true", help="write failing programs as they are")
    ap.add_argument("--case", action="append", default=[], metavar="SEED:INDEX",
                    help="run (and minimise, and write) just these programs")  # fmt: skip
    args = ap.parse_args(argv)
    if args.case:
        return check_cases([tuple(map(int, c.split(":"))) for c in args.case], not args.no_minimise)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
    started = time.monotonic()
    ran, found, seeds = 0, [], []
    while ran < args.n:
        count = min(args.batch, args.n - ran)
        t0 = time.monotonic()
        cases = run.make_cases(seed, count)
        outcomes = run.run_cases(cases)
        bad = run.failures(outcomes)
        ran += count
        seeds.append(seed)
        print(f"seed {seed}: {count} programs, {len(bad)} diverged ({time.monotonic() - t0:.1f} s)", flush=True)
        found += [handle(o, not args.no_minimise) for o in bad]
        seed += 1
    wall = time.monotonic() - started
    print(f"\nmake fuzz: {ran} programs in {len(seeds)} batches (seeds {seeds[0]}..{seeds[-1]}), "
          f"{len(found)} divergences, {wall:.1f} s wall")  # fmt: skip
    for line in found:
        print("  " + line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
