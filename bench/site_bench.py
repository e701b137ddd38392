"""The site and the checks: strict build time (both languages), example verification time
(Python side; Go side with a warm and a cold build cache) and the heaviest page's weight."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from bench._util import clock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import harness  # noqa: E402 - the example runner lives with the tests
import sitekit  # noqa: E402 - and so does the strict site build

_ASSET = re.compile(r'(?:src|href)="([^"#?]+)(?:[?#][^"]*)?"')


def build_seconds() -> float:
    with tempfile.TemporaryDirectory() as out:
        start = clock()
        sitekit.strict_build(Path(out))
        return clock() - start


def python_side_seconds() -> float:
    start = clock()
    for ex in harness.discover():
        harness.run_python(ex)
    return clock() - start


def go_side_seconds(cold: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        env_backup = os.environ.get("GOCACHE")
        if cold:
            os.environ["GOCACHE"] = str(Path(tmp) / "gocache")
        try:
            start = clock()
            binaries = harness.build_go(Path(tmp) / "bin")
            for ex in harness.discover():
                harness.run_binary(binaries[ex.slug], ex)
            return clock() - start
        finally:
            if env_backup is None:
                os.environ.pop("GOCACHE", None)
            else:
                os.environ["GOCACHE"] = env_backup


def page_weights(site: Path) -> dict[str, int]:
    """Bytes a first visit loads for each page: its HTML, the local assets it references, the search index."""
    index = site / "search" / "search_index.json"
    weights: dict[str, int] = {}
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        total = len(html.encode())
        seen: set[Path] = set()
        for ref in _ASSET.findall(html):
            if ref.startswith(("http:", "https:", "//", "mailto:", "data:")):
                continue
            target = (page.parent / ref).resolve()
            if target.is_dir():
                continue
            if target.exists() and target.suffix in {".css", ".js", ".svg", ".png", ".ico", ".woff2"}:
                seen.add(target)
        total += sum(p.stat().st_size for p in seen)
        lang_index = (site / "zh" / "search" / "search_index.json") if "zh" in page.relative_to(site).parts else index
        if lang_index.exists():
            total += lang_index.stat().st_size
        weights["/" + page.parent.relative_to(site).as_posix().strip(".") + ("/" if page.parent != site else "")] = (
            total
        )
    return weights


def run() -> dict[str, float | str]:
    go_side_seconds(cold=False)  # warm the cache first
    with tempfile.TemporaryDirectory() as out:
        sitekit.strict_build(Path(out))
        weights = page_weights(Path(out))
    heaviest = max(weights, key=lambda k: weights[k])
    return {
        "build_seconds": build_seconds(),
        "python_side_seconds": python_side_seconds(),
        "go_side_warm_seconds": go_side_seconds(cold=False),
        "go_side_cold_seconds": go_side_seconds(cold=True),
        "examples": float(len(harness.discover())),
        "heaviest_page": heaviest,
        "heaviest_page_bytes": float(weights[heaviest]),
    }


def main() -> None:
    for k, v in run().items():
        print(f"{k}: {v:.2f}" if isinstance(v, float) else f"{k}: {v}")


if __name__ == "__main__":
    main()
