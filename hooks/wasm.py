"""MkDocs hook: every example's Go program, compiled to WebAssembly, published with the site.

Before the pages are built, every ``examples/**/main.go`` is compiled for ``GOOS=wasip1
GOARCH=wasm`` by harness.build_go (tests/harness.py): the one build path of this repository,
one ``go build -trimpath`` per corpus, cached in ``.gobuild/`` by sources, toolchain and flags
(with ``-ldflags=-s -w``, as every build here: no symbol table, a third smaller). Each binary is then gzipped
into ``.gobuild/wasip1/gz/<slug>.wasm.gz`` (git-ignored), with ``manifest.json`` recording the
build it came from and the sizes: when the build is the same, nothing is done; when it changed,
only the binaries whose bytes changed are gzipped again.

After the build, the binaries are put into the built site only, at ``assets/wasm/<slug>.wasm.gz``
(never into docs/ or git); run-panel.js fetches one on a reader's first click on its Run button.
A Go build that fails fails a strict build (mkdocs.yml sets ``strict``) with the compiler's
message; a non-strict build logs it as an error and keeps the binaries of the last good build.
``mkdocs serve`` watches examples/ and rebuilds what changed.
"""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import hashlib
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import harness  # noqa: E402 - the repository's one Go build path lives with the tests

EXAMPLES = ROOT / "examples"
CACHE = ROOT / ".gobuild" / "wasip1"
# A folder named by this variable gets the whole build instead, uncached (bench/wasm_bench.py times a cold one).
COLD_ENV = "GOEXIT_WASM_CACHE"
SITE_FOLDER = "assets/wasm"  # below the site root: run-panel.js finds it as ../wasm/ from its own URL
GOOS, GOARCH = "wasip1", "wasm"
FLAGS: tuple[str, ...] = ()  # beside harness.GO_BUILD_FLAGS (-trimpath -ldflags=-s -w)
GZIP_LEVEL = 6  # level 9 saves about 1 % for four times the time

log = logging.getLogger("mkdocs.hooks.wasm")


def slugs(root: Path = EXAMPLES) -> list[str]:
    """The examples that have a Go program, by folder name (one go build names binaries by folder)."""
    return sorted(p.parent.name for p in root.glob("*/*/main.go"))


@contextlib.contextmanager
def _locked(cache: Path) -> Iterator[None]:
    """One gzip pass at a time per cache folder (make serve and a test run may overlap)."""
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _gzip(raw: Path, out: Path) -> None:
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(gzip.compress(raw.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0))
    os.replace(tmp, out)


def build(root: Path = EXAMPLES, cache: Path = CACHE, bindir: Path | None = None) -> dict[str, Any]:
    """Compile every example under ``root`` to wasip1 (harness.build_go) and gzip it into ``cache``.

    With ``bindir``, the binaries are built there (`go build -o`), not in harness's cache.

    Returns the manifest: {"build": the binaries' folder, "built": whether anything was gzipped,
    "gzipped": [slug, ...], "binaries": {slug: {"sha256", "bytes", "gzip_bytes"}}}.
    Raises PluginError with the compiler's message when the build fails.
    """
    try:
        binaries = harness.build_go(bindir, root=root, goos=GOOS, goarch=GOARCH, flags=FLAGS)
    except harness.GoBuildError as exc:
        raise PluginError(f"the wasip1 build of the examples (for the Run buttons) failed: {exc}") from exc
    except RuntimeError as exc:  # no Go toolchain
        raise PluginError(f"{exc} (the site's Run buttons need every example built for wasip1)") from exc
    source = str(next(iter(binaries.values())).parent) if binaries else ""
    with _locked(cache):
        manifest_file = cache / "manifest.json"
        gz = cache / "gz"
        try:
            old: dict[str, Any] = json.loads(manifest_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = {"build": None, "binaries": {}}
        # harness's cache names a build by its sources: the same folder is the same binaries.
        same = bindir is None and old.get("build") == source and sorted(old["binaries"]) == sorted(binaries)
        if same and all((gz / f"{slug}.wasm.gz").exists() for slug in binaries):
            return {**old, "built": False, "gzipped": []}
        gz.mkdir(exist_ok=True)
        entries: dict[str, dict[str, int | str]] = {}
        stale: list[str] = []
        for slug, raw in sorted(binaries.items()):
            sha = hashlib.sha256(raw.read_bytes()).hexdigest()
            before = old.get("binaries", {}).get(slug, {})
            if before.get("sha256") != sha or not (gz / f"{slug}.wasm.gz").exists():
                stale.append(slug)
            entries[slug] = {"sha256": sha, "bytes": raw.stat().st_size}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # zlib releases the GIL
            list(pool.map(lambda s: _gzip(binaries[s], gz / f"{s}.wasm.gz"), stale))
        for slug, entry in entries.items():
            entry["gzip_bytes"] = (gz / f"{slug}.wasm.gz").stat().st_size
        for old_file in gz.glob("*.wasm.gz"):
            if old_file.name.removesuffix(".wasm.gz") not in entries:
                old_file.unlink()
        manifest = {"build": source, "binaries": entries}
        manifest_file.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        log.info(f"wasm: {len(entries)} examples built for wasip1, {len(stale)} gzipped anew")
        return {**manifest, "built": True, "gzipped": stale}


def publish(site_dir: Path, cache: Path = CACHE) -> Path:
    """Put the gzipped binaries into the built site (hard links when the file system allows)."""
    target = site_dir / SITE_FOLDER
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for src in sorted((cache / "gz").glob("*.wasm.gz")):
        try:
            os.link(src, target / src.name)
        except OSError:
            shutil.copyfile(src, target / src.name)
    return target


# --------------------------------------------------------------------------- MkDocs events

_state: dict[str, Any] = {"strict": True}


def on_config(config: Any, **kwargs: Any) -> Any:
    _state["strict"] = bool(config.strict)
    return config


def _caches() -> tuple[Path, Path | None]:
    """Where the gzipped binaries go, and the binaries (None: harness's cache)."""
    cold = os.environ.get(COLD_ENV)
    return (Path(cold), Path(cold) / "bin") if cold else (CACHE, None)


def on_pre_build(config: Any, **kwargs: Any) -> None:
    if _is_other_language(config):
        return  # mkdocs-static-i18n builds zh/ inside the default language's build: built once
    cache, bindir = _caches()
    try:
        build(cache=cache, bindir=bindir)
    except PluginError as exc:
        if _state["strict"]:
            raise
        log.error(str(exc))


def on_post_build(config: Any, **kwargs: Any) -> None:
    if not _is_other_language(config):
        publish(Path(config.site_dir), cache=_caches()[0])


def on_serve(server: Any, config: Any, builder: Any, **kwargs: Any) -> Any:
    server.watch(str(EXAMPLES))
    return server


def _is_other_language(config: Any) -> bool:
    """True while mkdocs-static-i18n builds a language other than the default one (into zh/)."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and bool(getattr(i18n, "building", False))
