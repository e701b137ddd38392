"""Run every benchmark module of bench/ (files named *_bench.py), one after another."""

from __future__ import annotations

import importlib
import pkgutil

import bench


def main() -> None:
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if info.name.endswith("_bench"):
            print(f"== {info.name}")
            importlib.import_module(f"bench.{info.name}").main()


if __name__ == "__main__":
    main()
