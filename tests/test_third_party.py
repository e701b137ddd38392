"""examples/third_party/: the copy of golang.org/x/sync the examples build against (offline).

It must be the module the Go toolchain itself vendors, file for file, at the version
examples/go.mod requires, with its licence; and go.mod must point at it with `replace`.
Its go.mod is ours, with a lower go line than upstream's (third_party/README.md says why).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import harness

COPY = harness.EXAMPLES / "third_party" / "golang.org" / "x" / "sync"


def _vendored() -> Path:
    goroot = subprocess.run(
        [harness.go_tool(), "env", "GOROOT"], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    return Path(goroot) / "src" / "cmd" / "vendor" / "golang.org" / "x" / "sync"


def test_the_copy_is_the_toolchains_vendored_x_sync() -> None:
    vendor = _vendored()
    copied = sorted(p.relative_to(COPY).as_posix() for p in COPY.rglob("*") if p.is_file())
    assert copied == ["LICENSE", "PATENTS", "errgroup/errgroup.go", "go.mod"]
    for name in ("LICENSE", "PATENTS", "errgroup/errgroup.go"):
        assert (COPY / name).read_bytes() == (vendor / name).read_bytes(), f"{name} differs from {vendor / name}"


def test_go_mod_requires_that_version_and_replaces_it_with_the_copy() -> None:
    modules = (_vendored().parent.parent.parent / "modules.txt").read_text(encoding="utf-8")
    found = re.search(r"^# golang\.org/x/sync (v\S+)\n## explicit; go (\S+)$", modules, re.M)
    assert found, "the Go toolchain no longer vendors golang.org/x/sync"
    version = found.group(1)
    go_mod = (harness.EXAMPLES / "go.mod").read_text(encoding="utf-8")
    assert re.search(rf"^require golang\.org/x/sync {re.escape(version)}$", go_mod, re.M), go_mod
    assert re.search(r"^replace golang\.org/x/sync => \./third_party/golang\.org/x/sync$", go_mod, re.M), go_mod
    assert (COPY / "go.mod").read_text(encoding="utf-8") == "module golang.org/x/sync\n\ngo 1.20\n"
