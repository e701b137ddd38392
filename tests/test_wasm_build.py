"""The WebAssembly build of the examples (hooks/wasm.py): one go build, cached, gzipped,
published in the built site only, and a Go build that fails fails the strict build."""

from __future__ import annotations

import gzip
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

import harness
from sitekit import ROOT, Site

sys.path.insert(0, str(ROOT / "hooks"))

import wasm

GO_BUILD_TIMEOUT = pytest.mark.timeout(600)
HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("%s")\n}\n'


def _module(root: Path, programs: dict[str, str]) -> Path:
    """A Go module like examples/: topic/slug/main.go for each program."""
    root.mkdir(parents=True)
    (root / "go.mod").write_text("module goexit.dev/t\n\ngo 1.25\n", encoding="utf-8")
    for name, source in programs.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        (root / name / "main.go").write_text(source, encoding="utf-8")
    return root


@GO_BUILD_TIMEOUT
def test_build_is_cached_and_gzips_again_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "GOBUILD", tmp_path / "gobuild")  # harness.build_go's cache, for this test only
    root = _module(tmp_path / "wasm-hook-test", {"t/one": HELLO % "one", "t/two": HELLO % "two"})
    cache = tmp_path / "cache"
    first = wasm.build(root, cache)
    assert first["built"] and sorted(first["gzipped"]) == ["one", "two"]
    for slug in ("one", "two"):
        body = gzip.decompress((cache / "gz" / f"{slug}.wasm.gz").read_bytes())
        assert body[:4] == b"\0asm", f"{slug}.wasm.gz is not a gzipped WebAssembly module"
        assert first["binaries"][slug]["gzip_bytes"] == (cache / "gz" / f"{slug}.wasm.gz").stat().st_size
    assert wasm.build(root, cache)["built"] is False, "nothing changed, yet go build ran again"
    (root / "t" / "two" / "main.go").write_text(HELLO % "two, changed", encoding="utf-8")
    third = wasm.build(root, cache)
    assert third["built"] and third["gzipped"] == ["two"]


@GO_BUILD_TIMEOUT
def test_a_go_build_that_fails_raises_with_gos_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "GOBUILD", tmp_path / "gobuild")
    broken = "package main\n\nfunc main() {\n"
    root = _module(tmp_path / "wasm-hook-test", {"t/fine": HELLO % "fine", "t/broken": broken})
    with pytest.raises(PluginError, match=r"broken/main\.go"):
        wasm.build(root, tmp_path / "cache")


def test_the_strict_build_fails_and_a_lax_one_logs(monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    def failing_build(**kwargs: object) -> dict[str, Any]:
        raise PluginError("the wasip1 build of the examples failed: t/broken/main.go:3:1: syntax error")

    class Config:
        strict = True
        plugins: dict[str, object] = {}  # noqa: RUF012

    monkeypatch.setattr(wasm, "build", failing_build)
    config = Config()
    wasm.on_config(config)
    with pytest.raises(PluginError, match="syntax error"):
        wasm.on_pre_build(config)
    config.strict = False
    wasm.on_config(config)
    with caplog.at_level(logging.ERROR, logger="mkdocs.hooks.wasm"):
        wasm.on_pre_build(config)
    assert "syntax error" in caplog.text


@GO_BUILD_TIMEOUT
def test_a_cold_folder_gets_the_whole_build_and_harness_caches_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(harness, "GOBUILD", tmp_path / "gobuild")
    root = _module(tmp_path / "wasm-hook-test", {"t/one": HELLO % "one"})
    cold = tmp_path / "cold"
    monkeypatch.setenv(wasm.COLD_ENV, str(cold))
    cache, bindir = wasm._caches()
    assert (cache, bindir) == (cold, cold / "bin")
    manifest = wasm.build(root, cache, bindir)
    assert manifest["gzipped"] == ["one"] and (cold / "bin" / "one").is_file()
    assert gzip.decompress((cold / "gz" / "one.wasm.gz").read_bytes())[:4] == b"\0asm"
    assert not (tmp_path / "gobuild").exists() or not any((tmp_path / "gobuild").iterdir()), "cached by harness"
    assert wasm.build(root, cache, bindir)["gzipped"] == [], "the same bytes were gzipped again"
    site = tmp_path / "site"
    wasm.publish(site, cache)
    assert [p.name for p in (site / wasm.SITE_FOLDER).iterdir()] == ["one.wasm.gz"]


def test_mkdocs_serve_watches_the_examples() -> None:
    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    wasm.on_serve(Server(), config=None, builder=None)
    assert watched == [str(harness.EXAMPLES)]


@GO_BUILD_TIMEOUT  # the first test to ask for `site` pays for its build, wasm step included
def test_every_example_is_published_in_the_built_site_and_nowhere_else(site: Site) -> None:
    published = site.root / wasm.SITE_FOLDER
    # Programs and tests alike (a test's binary is go test -c's): the browser test runs each.
    with_go = sorted(ex.slug for ex in harness.discover() if (ex.path / ex.go_file).exists())
    assert sorted(p.name.removesuffix(".wasm.gz") for p in published.glob("*.wasm.gz")) == with_go
    for slug in with_go:
        with gzip.open(published / f"{slug}.wasm.gz") as f:
            assert f.read(4) == b"\0asm", f"{slug}.wasm.gz is not a gzipped WebAssembly module"
    assert not list(site.root.glob("zh/**/*.wasm.gz")), "the binaries are published twice (once under zh/)"
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert not [f for f in tracked.split() if f.endswith((".wasm", ".wasm.gz"))], "a binary is in git"
    assert not list((ROOT / "docs").rglob("*.wasm*")), "a binary is in docs/"
