"""The same work in real Go (bench/go/main.go), to report what the Python model costs."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import harness  # noqa: E402 - finds the go tool the tests use


def run() -> dict[str, float]:
    """Seconds per operation for round_trip, buffered, spawn; seconds for cancel_fanout (1,000)."""
    with tempfile.TemporaryDirectory() as tmp:
        binary = Path(tmp) / "gobench"
        subprocess.run([harness.go_tool(), "build", "-o", str(binary), "."], cwd=ROOT / "bench" / "go", check=True)
        out = subprocess.run([str(binary)], capture_output=True, text=True, check=True, timeout=300)
    data: dict[str, float] = json.loads(out.stdout)
    return data


def go_version() -> str:
    """The toolchain's version, e.g. ``go1.27.3``."""
    words = subprocess.run([harness.go_tool(), "version"], capture_output=True, text=True, check=False).stdout.split()
    return words[2] if len(words) > 2 else "go?"


def main() -> None:
    for k, v in run().items():
        print(f"{k}: {v * 1e6:.3f} µs")


if __name__ == "__main__":
    main()
