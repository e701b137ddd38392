"""`make versions`: which Go release each example needs, and on which releases its output differs.

Go is the judge here too: nothing below is typed by hand except the table of known Go changes
(``CHANGES`` in hooks/versions.py). This script builds and runs every example in two families of
configurations and writes what happened to examples/versions.json:

* **each release's own toolchain** (1.21.13 ... 1.27.3), at the go line of examples/go.mod when the
  toolchain accepts it, else at the toolchain's own release (``GOTOOLCHAIN=local`` refuses a go line
  newer than the toolchain). This is what a reader on that release gets, and where library and
  runtime changes show (a ``String`` method, a goroutine's wait reason, a cancel cause);
* **the newest toolchain at every lower go line** (a temporary go.mod per level). The go line sets
  the language version and the GODEBUG defaults, so this is where language changes show (loop
  variables, range over an integer), and what a reader gets who copies an example into a module
  whose go.mod names an older release.

An example's minimum release is the oldest release whose toolchain builds it. It is checked
against the second family: the newest toolchain compiles it (``-lang`` from the go line: the
language) and ``go vet -stdversion`` is quiet (no standard library symbol newer than the go line:
the API). Both must agree, or this script fails: the compiler alone does not see API versions
(``wg.Go`` compiles at ``go 1.21`` with Go 1.27), which is why the vet check is part of it.

Each program runs ``RUNS`` times per configuration, so that an output that changes from run to
run shows; a program still running after ``RUN_TIMEOUT`` seconds is killed and recorded as hung.
Every difference is explained by changes of the table, found by evidence, never assumed:
a *toggle* change (the loop variable) is confirmed by rebuilding with only that change applied
(``-gcflags=-d=loopvar=1``): the lines that go away are its; the other lines must match a change's
patterns (a compiler message, a line printed before and after). A line nothing explains is
written down as unexplained, and tests/test_versions_data.py fails on it.

Usage: ``python tests/version_matrix.py`` (``make versions``). Toolchains are cached under
.cache/go/ (tests/toolchains.py); builds use a fresh GOCACHE, so the build times are cold ones.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import toolchains
from toolchains import Toolchain, minor

import harness

sys.path.insert(0, str(harness.ROOT / "hooks"))
import versions as data_api

RUNS = 3
RUN_TIMEOUT = 10.0
OUT = data_api.DATA
_MODULE = re.compile(r"^module (\S+)\s*$", re.MULTILINE)
_STDVERSION = re.compile(r"requires go\d+\.\d+ or later \(module is go\S+\)$")
"""go vet -stdversion's message (go test runs it): a library symbol newer than the go line."""
_SETUP_FAILED = re.compile(r"^FAIL\t(\S+) \[setup failed\]$")
"""go test -c's line for a test package it could not set up (an import the release lacks)."""
_MESSAGE = re.compile(r"^(?:vet: )?(?:\./)?(\S+)/main(?:_test)?\.go:\d+:\d+: (.*)$")
_EXCLUDED = re.compile(r"^package (\S+): build constraints exclude all Go files in \S+$")
"""go's message for a package whose files a //go:build line leaves out (a release tag it lacks)."""


@dataclass(frozen=True)
class Config:
    """One way of building: a toolchain version and the go line written into go.mod."""

    toolchain: str
    go_line: str

    @property
    def key(self) -> str:
        return data_api.config_key(self.toolchain, self.go_line)


@dataclass
class Outcome:
    """What one example did in one configuration."""

    status: str  # data_api.SAME, DIFFERS, NO_BUILD
    outputs: list[str] = field(default_factory=list)  # distinct normalised transcripts, when it ran
    build: str = ""  # the compiler's messages, when it did not build
    hung: bool = False


def configurations(go_line: str) -> list[Config]:
    """Every release's toolchain (at the go line, or its own release if older), then the newest
    toolchain at each go line older than examples/go.mod's."""
    found = [
        Config(version, go_line if minor(release) >= minor(go_line) else release)
        for release, version in toolchains.RELEASES.items()
    ]
    newest = toolchains.newest()
    found += [Config(newest, release) for release in toolchains.RELEASES if minor(release) < minor(go_line)]
    return found


def module_copy(dest: Path, go_line: str, examples: Iterable[harness.Example]) -> Path:
    """A copy of the examples module whose go line is ``go_line``: go.mod (and go.sum), the
    modules it replaces with a folder of its own (third_party/), and each example's Go file
    (main.go, or main_test.go for a test)."""
    gomod = (harness.EXAMPLES / "go.mod").read_text(encoding="utf-8")
    dest.mkdir(parents=True)
    (dest / "go.mod").write_text(re.sub(r"(?m)^go \S+$", f"go {go_line}", gomod), encoding="utf-8")
    if (harness.EXAMPLES / "go.sum").exists():
        shutil.copy2(harness.EXAMPLES / "go.sum", dest / "go.sum")
    for local in re.findall(r"(?m)^replace \S+ => (\./\S+)\s*$", gomod):
        shutil.copytree(harness.EXAMPLES / local, dest / local)
    for ex in examples:
        target = dest / ex.name
        target.mkdir(parents=True)
        shutil.copy2(ex.path / ex.go_file, target / ex.go_file)
    return dest


def module_path() -> str:
    found = _MODULE.search((harness.EXAMPLES / "go.mod").read_text(encoding="utf-8"))
    assert found, "examples/go.mod has no module line"
    return found.group(1)


def messages_by_example(text: str) -> dict[str, list[str]]:
    """The messages of `go build` or `go vet`, by example name, from their ``topic/slug/main.go:L:C:``
    positions (`go vet` prints some under a ``# package`` header, some bare, some after ``vet: ``)."""
    found: dict[str, list[str]] = {}
    module = module_path() + "/"
    header: str | None = None  # the package of the last "# goexit.dev/examples/t/s" line
    for line in text.splitlines():
        if line.startswith("# "):
            package = line[2:].split()[0] if line[2:].strip() else ""
            header = package.removeprefix(module) if package.startswith(module) else None
            continue
        # The toolchain's folder is this machine's: name it as Go's docs do, $GOROOT.
        line = re.sub(r"/\S*/go/src/", "$GOROOT/src/", line)
        excluded = _EXCLUDED.match(line)
        if excluded and excluded.group(1).startswith(module):
            name = excluded.group(1).removeprefix(module)  # the folder is this machine's: name it from the module
            found.setdefault(name, []).append(f"package {excluded.group(1)}: build constraints exclude all Go files")
            header = None
            continue
        failed = _SETUP_FAILED.match(line)
        if failed:
            if failed.group(1).startswith(module):
                name = failed.group(1).removeprefix(module)
                if name not in found:
                    found[name] = [line]
            header = None
            continue
        message = _MESSAGE.match(line)
        if message:
            # Under a package's header a message is that package's, even when go names a file of
            # another package it failed to set up first (an import the release lacks).
            setup = header is not None and message.group(2).startswith("package ")
            found.setdefault(header if setup and header else message.group(1), []).append(message.group(2))
        elif line.startswith("\t") and header and "imports " in line:
            found.setdefault(header, []).append(line.strip())
    return found


def _children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children: a build's
    cost that a loaded machine does not inflate as it does wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(binary: Path, example: harness.Example) -> tuple[str, bool]:
    """The run's transcript as harness.run_binary makes it; a program killed after RUN_TIMEOUT
    seconds gets the line data_api.HUNG after what it printed."""
    is_test = binary.name.endswith(".test")
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [str(binary), *(harness.GO_TEST_FLAGS if is_test else ())],
            cwd=example.path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            timeout=RUN_TIMEOUT,
            check=False,
            preexec_fn=harness.default_signals,
        )
    except subprocess.TimeoutExpired as killed:
        printed = (killed.output or b"").decode("utf-8", errors="replace")
        if printed and not printed.endswith("\n"):
            printed += "\n"
        return printed + data_api.HUNG + "\n", True
    if is_test:
        return harness.go_test_result(proc, harness.import_path(example), time.monotonic() - started), False
    return harness.transcript(proc), False


def binary_of(bindir: Path, example: harness.Example) -> Path:
    """Where `toolchains.build` puts an example's binary: <slug>, or <slug>.test for a test."""
    return bindir / (f"{example.slug}.test" if example.is_test else example.slug)


def run_all(binary: Path, example: harness.Example) -> tuple[list[str], bool]:
    """Distinct normalised transcripts of up to RUNS runs (a hung program is not run again)."""
    outputs: list[str] = []
    for _ in range(RUNS):
        text, hung = run_once(binary, example)
        text = harness.normalise(text)
        if text not in outputs:
            outputs.append(text)
        if hung:
            return outputs, True
    return outputs, False


def changed_lines(expected: str, got: str) -> list[str]:
    """The lines of a difference, as ``-line`` (expected, not printed) and ``+line`` (printed instead)."""
    lines = difflib.ndiff(expected.splitlines(), got.splitlines())
    return [line[0] + line[2:] for line in lines if line[:1] in "-+"]


def unified(expected: str, got: str, label: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True), got.splitlines(keepends=True), "output.txt", label, n=1
        )
    )


@dataclass
class Builder:
    """Builds modules with one toolchain and remembers the time each build took."""

    tc: Toolchain
    gocache: Path
    seconds: list[float] = field(default_factory=list)  # wall time of each build
    cpu: list[float] = field(default_factory=list)  # its CPU time (user + system, all processes)

    def build(self, module: Path, bindir: Path, flags: list[str] | None = None) -> dict[str, list[str]]:
        started, cpu = time.perf_counter(), _children_cpu()
        proc = toolchains.build(self.tc, bindir, root=module, env={"GOCACHE": str(self.gocache)}, flags=flags)
        self.seconds.append(time.perf_counter() - started)
        self.cpu.append(_children_cpu() - cpu)
        errors = messages_by_example(proc.stdout)
        if proc.returncode != 0 and not errors:
            raise RuntimeError(f"go{self.tc.version} build in {module} failed:\n{proc.stdout}")
        return errors

    def vet_stdversion(self, module: Path) -> dict[str, list[str]]:
        proc = subprocess.run(
            [str(self.tc.go), "vet", "-stdversion", *harness.GO_COMPILE_FLAGS, "./..."],  # reuses the build's packages
            cwd=module,
            env=self.tc.env(GOCACHE=str(self.gocache)),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=900,
            check=False,
        )
        found = messages_by_example(proc.stdout)
        if proc.returncode != 0 and not found:
            raise RuntimeError(f"go vet in {module} failed:\n{proc.stdout}")
        return found


def measure_config(
    config: Config, builder: Builder, examples: list[harness.Example], work: Path
) -> tuple[dict[str, Outcome], dict[str, float]]:
    """Build every example in ``config`` and run each that built; the time each step took."""
    module = module_copy(work / "src", config.go_line, examples)
    bindir = work / "bin"
    errors = builder.build(module, bindir)
    build_seconds, build_cpu = builder.seconds[-1], builder.cpu[-1]
    outcomes: dict[str, Outcome] = {}
    started = time.perf_counter()
    for ex in examples:
        if ex.name in errors or not binary_of(bindir, ex).exists():
            outcomes[ex.name] = Outcome(data_api.NO_BUILD, build="\n".join(errors.get(ex.name, ["no binary"])))
            continue
        outputs, hung = run_all(binary_of(bindir, ex), ex)
        same = outputs == [harness.normalise(ex.expected)]
        outcomes[ex.name] = Outcome(data_api.SAME if same else data_api.DIFFERS, outputs, hung=hung)
    return outcomes, {"build": build_seconds, "build_cpu": build_cpu, "run": time.perf_counter() - started}


def toggled_outputs(
    config: Config, change: data_api.Change, builder: Builder, examples: list[harness.Example], work: Path
) -> dict[str, list[str]]:
    """Rebuild ``examples`` in ``config`` with only ``change`` applied (its toggle), and run them."""
    module = module_copy(work / f"src-{change.key}", config.go_line, examples)
    bindir = work / f"bin-{change.key}"
    flags = [flag.replace("{module}", module_path()) for flag in change.toggle]
    errors = builder.build(module, bindir, flags=flags)
    found: dict[str, list[str]] = {}
    for ex in examples:
        if ex.name not in errors and binary_of(bindir, ex).exists():
            found[ex.name] = run_all(binary_of(bindir, ex), ex)[0]
    return found


def applies(change: data_api.Change, config: Config) -> bool:
    """Whether ``change`` can explain a difference in ``config``: what it changed is older there."""
    before = config.go_line if change.depends_on == "go-line" else config.toolchain
    return minor(before) < minor(change.release)


def explain_output(
    config: Config, expected: str, got: str, toggled: dict[str, list[str]]
) -> tuple[dict[str, list[str]], list[str]]:
    """The changes that explain one differing transcript, each with its changed lines
    (``-`` a line of output.txt not printed, ``+`` a line printed instead), and the lines left over."""
    lines = changed_lines(expected, got)
    found: dict[str, list[str]] = {}
    for key, outputs in toggled.items():
        remaining = {line for out in outputs for line in changed_lines(expected, out)}
        gone = [line for line in lines if line not in remaining]
        if gone:
            found[key] = gone
            lines = [line for line in lines if line in remaining]
    for change in data_api.CHANGES.values():
        if not applies(change, config):
            continue
        matched = [line for line in lines if change.matches_line(line)]
        if matched and change.pattern_complete(matched):
            found[change.key] = matched
            lines = [line for line in lines if line not in matched]
    return found, lines


def explain_build(config: Config, messages: str) -> tuple[dict[str, list[str]], list[str]]:
    """The changes that explain a failed build, each with its compiler messages, and the messages left over."""
    left = [m for m in messages.splitlines() if m.strip()]
    found: dict[str, list[str]] = {}
    for change in data_api.CHANGES.values():
        mine = [m for m in left if change.matches_build(m)]
        # go test vets what it builds: a library symbol newer than the go line fails a test's
        # build even with the newest toolchain ("requires go1.25 or later (module is go1.22)").
        stdversion = [m for m in mine if _STDVERSION.search(m)]
        if stdversion and minor(config.go_line) < minor(change.release):
            found[change.key] = stdversion
            left = [m for m in left if m not in stdversion]
            mine = [m for m in mine if m not in stdversion]
        if applies(change, config) and mine:
            found[change.key] = mine
            left = [m for m in left if m not in mine]
    return found, left


def digest(example: harness.Example) -> str:
    """What the measurement of an example depends on: its main.go and its output.txt (normalised,
    as it is compared)."""
    h = hashlib.sha256((example.path / example.go_file).read_bytes())
    h.update(b"\0" + harness.normalise(example.expected).encode())
    return h.hexdigest()[:16]


def measure(examples: list[harness.Example], cold: bool) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Build and run ``examples`` in every configuration: the runs of each example (what differs
    from output.txt, with the toggled reruns) and the time each step took. ``cold``: a fresh
    GOCACHE (honest cold-build timings), else the persistent one under .cache/go/."""
    by_name = {ex.name: ex for ex in examples}
    line = toolchains.go_line()
    runs: dict[str, dict[str, Any]] = {ex.name: {"digest": digest(ex), "runs": {}, "stdversion": {}} for ex in examples}
    timings: dict[str, Any] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="goexit-versions-") as tmp:
        work = Path(tmp)
        cache_root = work if cold else toolchains.CACHE / "gocache"
        builders: dict[str, Builder] = {}
        for index, config in enumerate(configurations(line)):
            if config.toolchain not in builders:
                tc = toolchains.toolchain(config.toolchain)
                builders[config.toolchain] = Builder(tc, cache_root / f"gocache-{config.toolchain}")
                timings[config.toolchain] = {
                    "download": round(tc.timings.download, 1),
                    "unpack": round(tc.timings.unpack, 1),
                    "cached": tc.timings.cached,
                }
            builder = builders[config.toolchain]
            here = work / f"config-{index}"
            outcomes, spent = measure_config(config, builder, examples, here)
            timings[config.key] = {k: round(v, 1) for k, v in spent.items()}
            if config.toolchain == toolchains.newest() and config.go_line != line:
                for name, messages in builder.vet_stdversion(here / "src").items():
                    if name in runs:
                        runs[name]["stdversion"][config.go_line] = messages
            differing = [by_name[n] for n, o in outcomes.items() if o.status == data_api.DIFFERS]
            toggled: dict[str, dict[str, list[str]]] = {}
            for change in data_api.CHANGES.values():
                if change.toggle and applies(change, config) and differing:
                    for name, outs in toggled_outputs(config, change, builder, differing, here).items():
                        toggled.setdefault(name, {})[change.key] = outs
            for name, outcome in outcomes.items():
                run: dict[str, Any] = {"status": outcome.status}
                if outcome.status == data_api.NO_BUILD:
                    run["build"] = outcome.build
                elif outcome.status == data_api.DIFFERS:
                    run["outputs"] = outcome.outputs
                    run["toggled"] = toggled.get(name, {})
                if outcome.hung:
                    run["hung"] = True
                runs[name]["runs"][config.key] = run
            print(f"{config.key:>16}: {_summary(outcomes)}  ({_seconds(timings[config.key])})", flush=True)
    timings["total"] = round(time.perf_counter() - started, 1)
    return runs, timings


def _summary(outcomes: dict[str, Outcome]) -> str:
    counts = {s: sum(o.status == s for o in outcomes.values()) for s in data_api.STATUSES}
    return ", ".join(f"{n} {s}" for s, n in counts.items() if n)


def _seconds(timing: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.1f} s" for k, v in timing.items())


def explain(name: str, entry: dict[str, Any], configs: list[Config], expected: str) -> dict[str, Any]:
    """An example's entry of the data: its runs as measured, and what they mean (minimum
    releases, differences grouped by output, each attributed to changes of the table)."""
    line = toolchains.go_line()
    newest = toolchains.newest()
    runs = entry["runs"]

    def status(config: Config) -> str:
        return str(runs[config.key]["status"])

    own = [c for c in configs if c.toolchain != newest or c.go_line == line]
    min_release = next((toolchains.release_of(c.toolchain) for c in own if status(c) != data_api.NO_BUILD), None)
    lowered = sorted((c for c in configs if c.toolchain == newest), key=lambda c: minor(c.go_line))
    min_go_line = next(
        (c.go_line for c in lowered if status(c) != data_api.NO_BUILD and not entry["stdversion"].get(c.go_line)),
        None,
    )
    differences: list[dict[str, Any]] = []
    for config in configs:
        run = runs[config.key]
        found: list[dict[str, Any]] = []
        if run["status"] == data_api.NO_BUILD:
            lines, left = explain_build(config, run["build"])
            found.append({"build": run["build"], "changes": list(lines), "lines": lines, "unexplained": left})
        elif run["status"] == data_api.DIFFERS:
            for got in run["outputs"]:
                if got == expected:
                    continue
                lines, left = explain_output(config, expected, got, run["toggled"])
                label = f"go{config.toolchain}, go {config.go_line}"
                found.append(
                    {
                        "output": got,
                        "diff": unified(expected, got, label),
                        "changes": list(lines),
                        "lines": lines,
                        "unexplained": left,
                    }
                )
        for note in found:
            same = next(
                (
                    d
                    for d in differences
                    if d.get("output") == note.get("output") and d.get("build") == note.get("build")
                ),
                None,
            )
            if same is None:
                same = {"configs": [], **note}
                differences.append(same)
            same["configs"].append(config.key)
    return {
        "digest": entry["digest"],
        "min_release": min_release,
        "min_go_line": min_go_line,
        "status": {c.key: status(c) for c in configs},
        "hung": [c.key for c in configs if runs[c.key].get("hung")],
        "stdversion": entry["stdversion"],
        "differences": differences,
        "runs": {k: v for k, v in runs.items() if v["status"] != data_api.SAME},
    }


def assemble(runs: dict[str, dict[str, Any]], timings: dict[str, Any]) -> dict[str, Any]:
    """The data file's content from every example's runs (its format: hooks/versions.py)."""
    line = toolchains.go_line()
    configs = configurations(line)
    examples = {ex.name: ex for ex in harness.discover()}
    entries: dict[str, Any] = {}
    for name in sorted(runs):
        entry = runs[name]
        full = {c.key: entry["runs"].get(c.key, {"status": data_api.SAME}) for c in configs}
        entries[name] = explain(name, {**entry, "runs": full}, configs, harness.normalise(examples[name].expected))
    shown: dict[str, list[str]] = {}
    for name, entry in entries.items():
        for diff in entry["differences"]:
            for key in diff["changes"]:
                if name not in shown.setdefault(key, []):
                    shown[key].append(name)
    return {
        "generated_by": "make versions (tests/version_matrix.py); never edit by hand",
        "date": datetime.date.today().isoformat(),
        "go_line": line,
        "newest": toolchains.newest(),
        "claimed": toolchains.claimed(),
        "configs": [{"key": c.key, "toolchain": c.toolchain, "go_line": c.go_line} for c in configs],
        "changes": dict(sorted(shown.items())),
        "timings": timings,
        "examples": entries,
    }


def minimums_agree(entry: dict[str, Any]) -> bool:
    """The oldest toolchain that builds an example and the oldest go line at which the newest
    toolchain builds it with go vet -stdversion quiet are one release, except one release apart
    when a change the example needs was a GOEXPERIMENT in the release before (vet cannot see it),
    and any go line at or below the release for a runtime change gated by a build line (no API)."""
    if entry["min_release"] == entry["min_go_line"]:
        return True
    if entry["min_release"] is None or entry["min_go_line"] is None:
        return False
    experimental = {
        key
        for d in entry["differences"]
        for key in d["changes"]
        if data_api.CHANGES[key].experiment and data_api.CHANGES[key].release == entry["min_release"]
    }
    tagged = {
        key
        for d in entry["differences"]
        for key in d["changes"]
        if data_api.CHANGES[key].build_tag and data_api.CHANGES[key].release == entry["min_release"]
    }
    if tagged:  # a runtime change gated by a build line: vet is quiet at every go line
        return minor(entry["min_go_line"]) <= minor(entry["min_release"])
    return bool(experimental) and minor(entry["min_go_line"]) == minor(entry["min_release"]) - 1


def problems(data: dict[str, Any]) -> list[str]:
    found = [
        f"{name}: toolchains say Go {e['min_release']}, newest toolchain + go vet -stdversion say go {e['min_go_line']}"
        for name, e in data["examples"].items()
        if not minimums_agree(e)
    ]
    found += [
        f"{name} ({', '.join(d['configs'])}): unexplained {d['unexplained'] or 'everything'}"
        for name, e in data["examples"].items()
        for d in e["differences"]
        if d["unexplained"] or not d["changes"]
    ]
    found += [f"the change {key} explains no difference" for key in data_api.CHANGES if key not in data["changes"]]
    return found


def main(argv: list[str]) -> None:
    """``make versions``: measure the examples that changed since the data was written (all of them
    with ``--all``, or when the go line, the toolchains or the table's toggles changed), then
    explain every difference. ``--explain``: only re-explain the data already measured.
    ``--refetch``: download and unpack every toolchain again (to time those steps too)."""
    old: dict[str, Any] | None = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else None
    examples = harness.discover()
    line = toolchains.go_line()
    keys = [c.key for c in configurations(line)]
    toggles = sorted(c.key for c in data_api.CHANGES.values() if c.toggle)
    reusable = (
        old is not None
        and "--all" not in argv
        and old["go_line"] == line
        and [c["key"] for c in old["configs"]] == keys
        and old.get("toggles", toggles) == toggles
    )
    if "--refetch" in argv:  # time the downloads and unpacks too: fetch every toolchain again
        for version in toolchains.RELEASES.values():
            shutil.rmtree(toolchains.CACHE / version, ignore_errors=True)
    runs: dict[str, dict[str, Any]] = {}
    timings: dict[str, Any] = old["timings"] if old else {}
    if reusable and old is not None:
        runs = {name: e for name, e in old["examples"].items() if name in {ex.name for ex in examples}}
    if "--explain" in argv:
        if not reusable:
            sys.exit("--explain needs data measured at this go line with these toolchains: run make versions")
    else:
        todo = [ex for ex in examples if ex.name not in runs or runs[ex.name]["digest"] != digest(ex)]
        if todo:
            how = "cold, every one" if not reusable else "changed since the data was written"
            print(f"measuring {len(todo)} of {len(examples)} examples ({how})")
            measured, spent = measure(todo, cold=not reusable)
            runs.update(measured)
            if not reusable:
                timings = spent
            else:
                timings = {**timings, "last_update": spent}
        else:
            print("every example is measured already (make versions ALL=1 measures them again)")
    data = assemble(runs, timings)
    data["toggles"] = toggles
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(harness.ROOT)}")
    found = problems(data)
    for problem in found:
        print("PROBLEM:", problem)
    if found:
        sys.exit("the data has differences no change of hooks/versions.py explains, or disagreeing minimums")


if __name__ == "__main__":
    main(sys.argv[1:])
