"""Delta debugging over statements: the smallest program that still shows a divergence.

`minimise` runs ddmin (Zeller and Hildebrandt's algorithm) on every block of the program
tree in turn: main's block, the bodies of closures, loops, goroutines and helpers, and the
goroutines started first (``leaks``), repeating until no statement can go.  A candidate is
*interesting* when Go builds it, prints the same thing three times (GOMAXPROCS=1 and the
default), and goexit prints something else.  Statements are self-contained (`fuzz.grammar`), so
dropping one keeps the program valid; a candidate that does not build is simply not
interesting.  Every round's candidates are built with one ``go build`` (a package each) and
run in parallel.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import harness
from fuzz import grammar as g
from fuzz import run

GO_RUNS = 3  # a candidate must print the same thing this many times in Go


def blocks(p: g.Program) -> list[list[object]]:
    """Every list of statements in ``p``, in a fixed pre-order (leaks first)."""
    out: list[list[object]] = [p.leaks]  # type: ignore[list-item]

    def visit(block: g.Block) -> None:
        out.append(block)  # type: ignore[arg-type]
        for s in block:
            for b in s.blocks():
                visit(b)

    visit(p.main)
    return out


def with_block(p: g.Program, k: int, items: list[object]) -> g.Program:
    """A copy of ``p`` whose ``k``-th block holds ``items`` (copies of them)."""
    q = copy.deepcopy(p)
    target = blocks(q)[k]
    target[:] = copy.deepcopy(items)
    return q


def interesting(programs: list[g.Program]) -> list[bool]:
    """For each program: does Go build it, print one thing every time, and goexit something else?"""
    if not programs:
        return []
    cases = run.cases_of(programs)
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        (root / "go.mod").write_text(f"module goexit.dev/minimise\n\n{run.go_mod_line()}\n", encoding="utf-8")
        for i, c in enumerate(cases):
            (root / f"c{i}").mkdir()
            (root / f"c{i}" / "main.go").write_text(c.go, encoding="utf-8")
        binaries = _build_each(root, len(cases))

        def go_side(i: int) -> str | None:
            binary = binaries[i]
            if binary is None:
                return None
            outs = {harness.normalise(run.run_go(binary, None, 1 if k == 0 else None)) for k in range(GO_RUNS)}
            return outs.pop() if len(outs) == 1 else None

        with ThreadPoolExecutor(run.WORKERS) as pool:
            go = list(pool.map(go_side, range(len(cases))))
    py = run.run_python_all(cases)
    return [a is not None and a != harness.normalise(b) for a, b in zip(go, py, strict=True)]


def _build_each(root: Path, count: int) -> list[Path | None]:
    """Build every candidate package; one that does not compile is left out (None)."""
    bindir = root / "bin"
    try:
        built = harness.build_go(bindir, root, 1)
        return [built[f"c{i}"] for i in range(count)]
    except harness.GoBuildError:
        pass
    out: list[Path | None] = []
    for i in range(count):  # some candidate broke the build: build them one by one
        sub = root / "one" / f"c{i}"
        sub.mkdir(parents=True)
        (sub.parent / "go.mod").write_text((root / "go.mod").read_text())
        (sub / "main.go").write_text((root / f"c{i}" / "main.go").read_text())
        try:
            out.append(harness.build_go(root / "one" / "bin", sub.parent, 1)[f"c{i}"])
        except harness.GoBuildError:
            out.append(None)
        (sub / "main.go").unlink()
        sub.rmdir()
    return out


def ddmin(items: list[object], test: Callable[[list[list[object]]], int | None]) -> list[object]:
    """Zeller's ddmin over ``items``; ``test`` gets candidate lists and returns the first interesting one's index."""
    n = 2
    while len(items) >= 1:
        size = max(1, len(items) // n)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        complements = [[x for j, c in enumerate(chunks) if j != i for x in c] for i in range(len(chunks))]
        candidates: list[list[object]] = [[]] if n == 2 else []
        candidates += (chunks if len(chunks) > 1 else []) + complements
        hit = test(candidates)
        if hit is not None:
            chosen = candidates[hit]
            if len(chosen) < len(items):
                items = chosen
                n = max(n - 1, 2) if chosen in complements else 2
                continue
        if n >= len(items):
            break
        n = min(len(items), n * 2)
    return items


def well_formed(p: g.Program) -> bool:
    """Nothing follows a terminal statement in any block (Python's type checker would call it unreachable)."""
    return all(not any(isinstance(s, g.Stmt) and s.terminal for s in b[:-1]) for b in blocks(p))


def hoist(p: g.Program) -> g.Program | None:
    """One step of flattening: a statement replaced by the statements of one of its blocks, if still interesting.

    (A call by its helper's body, a goroutine by its body, a deferred closure by its body...)
    """
    candidates: list[g.Program] = []
    for k, block in enumerate(blocks(p)):
        for j, s in enumerate(block):
            if isinstance(s, g.Stmt):
                for b in s.blocks():
                    if b:
                        q = with_block(p, k, [*block[:j], *b, *block[j + 1 :]])
                        if well_formed(q):
                            candidates.append(q)
    for q, ok in zip(candidates, interesting(candidates), strict=True):
        if ok:
            return q
    return None


def minimise(p: g.Program, log: Callable[[str], None] = lambda s: None, rounds: int = 6) -> g.Program:
    """The smallest variant of ``p`` (statement by statement) that is still interesting."""
    if not interesting([p])[0]:
        return p
    for _ in range(rounds):
        changed = False
        while (q := hoist(p)) is not None:
            p = q
            changed = True
            log(f"hoisted a block: {statements(p)} statements")
        k = 0
        while k < len(blocks(p)):
            current = blocks(p)[k]
            if current:
                base = p

                def test(candidates: list[list[object]], k: int = k, base: g.Program = base) -> int | None:
                    progs = [with_block(base, k, c) for c in candidates]
                    for i, ok in enumerate(interesting(progs)):
                        if ok:
                            return i
                    return None

                smaller = ddmin(list(current), test)
                if len(smaller) < len(current):
                    p = with_block(p, k, smaller)
                    changed = True
                    log(f"block {k}: {len(current)} -> {len(smaller)} statements")
            k += 1
        if not changed:
            break
    return p


def statements(p: g.Program) -> int:
    return len(p.leaks) + sum(1 for _ in g.walk(p.main))
