"""The built site and the browser, shared by every browser test module (see conftest.py).

The site is built strictly (``mkdocs build --strict``, never with ``--quiet``: see `strict_build`).
``make test`` builds it first (``python tests/sitekit.py build site``); the tests use that build when
it is the build of the tree they test, else they build it into a temporary folder, once per test
session. It is served on 127.0.0.1 by this process, under the path of its site_url, as its host
publishes it: https://OWNER.github.io/REPO/ is served at http://127.0.0.1:PORT/REPO/, so the
absolute links the build computes from site_url (the 404 page's, the switcher's) are followed
exactly as a reader's browser follows them. The server compresses text with gzip, as every
static host does, so a page's weight is what a reader's browser downloads; an address with no
file gets the site's 404.html with status 404, as GitHub Pages does. Chromium comes from
Debian (``/usr/bin/chromium``): Playwright's own browser download does not work here, and a
missing browser fails the run, never skips it.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHOTS = ROOT / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 15_000
# What the publisher passes to the build (mkdocs.yml reads them with !ENV; see .github/workflows/).
# The tests build as a publisher does, with addresses of the reserved .test domain: they belong to
# no one, and no page may request them (a link is not a request).
# When the publisher sets them (the workflow does), the tests build and check the very site it publishes.
# The default has a path, as GitHub Pages' address of a repository does (OWNER.github.io/REPO/).
PUBLISHED = {
    "SITE_URL": os.environ.get("SITE_URL") or "https://goexit-guide.test/goexit/",
    "REPO_URL": os.environ.get("REPO_URL") or "https://git.goexit-guide.test/goexit",
}
# Pagefind's search box has shown every result of the query `q` it lists so far: its message names
# the query (while it searches, it says "Searching q..." with no list), and no listed result is
# still a placeholder waiting for its data (they load in any order, so before this the links in
# the list are not yet in rank order). Takes [q, at_least]: at least that many results listed.
SEARCH_SETTLED = """([q, atLeast]) => {
    const message = document.querySelector(".pagefind-ui__message");
    const list = document.querySelector("ol.pagefind-ui__results");
    return !!message && message.textContent.includes(q) && !!list && list.children.length >= Math.max(1, atLeast)
        && !list.querySelector(".pagefind-ui__loading");
}"""
# Material mounts each diagram in a *closed* shadow root, out of reach of any selector;
# in these tests every shadow root is opened so that `.mermaid svg` can be found.
OPEN_SHADOW_ROOTS = """
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attachShadow.call(this, { ...init, mode: "open" }); };
"""
COMPRESSIBLE = re.compile(r"^(text/|application/(json|javascript|xml)|image/svg\+xml)")


# --------------------------------------------------------------------------- the built site


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site like a static host: under the server's path, index.html for folders,
    gzip for text, the site's 404.html (status 404) for an address with no file."""

    server: SiteServer

    def log_message(self, fmt: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self.send_error(405)

    def do_GET(self) -> None:
        url_path = urlsplit(self.path).path
        prefix = self.server.path
        if url_path + "/" == prefix:
            self._redirect(url_path)
            return
        if not url_path.startswith(prefix):
            self._not_found(url_path, with_page=False)  # another site of the host
            return
        path = Path(self.translate_path("/" + self.path.removeprefix(prefix)))
        if path.is_dir():
            if not url_path.endswith("/"):
                self._redirect(url_path)
                return
            path = path / "index.html"
        if not path.is_file():
            self._not_found(url_path, with_page=True)
            return
        self._send(200, path, url_path)

    def _redirect(self, url_path: str) -> None:
        self.send_response(301)
        self.send_header("Location", url_path + "/")
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.server.sent.append((url_path, 0, 0))

    def _not_found(self, url_path: str, with_page: bool) -> None:
        page = Path(self.directory) / "404.html"
        if with_page and page.is_file():
            self._send(404, page, url_path)
        else:
            self.send_error(404)
            self.server.sent.append((url_path, 0, 0))

    def _send(self, status: int, path: Path, url_path: str) -> None:
        body = path.read_bytes()
        raw = len(body)
        ctype = self.guess_type(str(path))
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "") and bool(COMPRESSIBLE.match(ctype))
        if gzipped:
            body = self.server.gzip(path, body)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        try:
            self.wfile.write(body)
        except ConnectionError:  # the browser hung up: it went on to another page
            return
        self.server.sent.append((url_path, len(body), raw))


class SiteServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    _gzipped: ClassVar[dict[Path, bytes]] = {}  # shared by every server of the run
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, directory: Path, path: str = "/") -> None:
        super().__init__(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
        self.path = "/" + path.strip("/") + "/" if path.strip("/") else "/"  # where the site is: /REPO/
        self.sent: list[tuple[str, int, int]] = []  # (path, bytes sent, bytes uncompressed), in order
        self.base = f"http://127.0.0.1:{self.server_port}{self.path}"

    def gzip(self, path: Path, body: bytes) -> bytes:
        with self._lock:
            if path not in self._gzipped:
                self._gzipped[path] = gzip.compress(body, compresslevel=6, mtime=0)
            return self._gzipped[path]

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a browser that hangs up is no error
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def serve(root: Path, path: str = "/") -> Iterator[SiteServer]:
    """Serve root on 127.0.0.1, on a free port, from a thread of this process, at the URL path
    ``path`` (a site's is `Site.path`: its site_url's); the server's ``base`` is the site's address."""
    server = SiteServer(root, path)
    thread = threading.Thread(target=server.serve_forever, name=f"site-server-{server.server_port}", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass(frozen=True)
class Site:
    root: Path  # the built site
    base: str  # where it is served: http://127.0.0.1:PORT/REPO/ (the path of site_url)
    site_url: str  # where it will be published (mkdocs.yml site_url): https://OWNER.github.io/REPO/
    pages: tuple[str, ...]  # every page, as a path below base: "", "goexit/", "zh/", "zh/goexit/", ...
    examples: dict[str, dict[str, str]]  # the example files the site was built from (see _example_files)

    @property
    def path(self) -> str:
        """The URL path the site lives at, from site_url: "/REPO/" (or "/"). Serve it there."""
        return urlsplit(self.site_url).path or "/"

    def url(self, path: str) -> str:
        """The address of page ``path`` ("", "zh/goexit/", "404.html") on the local server."""
        return self.base + path

    def html(self, path: str) -> str:
        return (self.root / path / "index.html").read_text(encoding="utf-8")

    def lang(self, path: str) -> str:
        match = re.search(r"<html[^>]*\blang=\"([^\"]+)\"", self.html(path))
        assert match, f"/{path} has no <html lang>"
        return match.group(1)

    def twin(self, path: str) -> str:
        """The same page in the other language: goexit/ <-> zh/goexit/."""
        return path.removeprefix("zh/") if path.startswith("zh/") or path == "zh/" else "zh/" + path

    def path_of(self, url: str) -> str:
        """The page path of a URL of this server (or a root-relative one), without query and
        fragment: the inverse of `url`."""
        if "://" in url:
            assert url.startswith(self.base), f"{url} is not on the local server under {self.base}"
        path = urlsplit(url).path
        assert path.startswith(self.path), f"{url} is outside the site's path {self.path}"
        return path.removeprefix(self.path)

    def published_path_of(self, url: str) -> str:
        """The page path of an address of the published site (site_url + path)."""
        assert url.startswith(self.site_url), f"{url} is not below site_url {self.site_url}"
        return urlsplit(url).path.removeprefix(self.path)


def slug(path: str) -> str:
    lang = "zh" if path.startswith("zh/") or path == "zh/" else "en"
    rest = path.removeprefix("zh/").strip("/").replace("/", "-")
    return f"{lang}-{rest or 'home'}"


def example_files() -> dict[str, dict[str, str]]:
    """Every example's files by tab label: {"goexit/deep-return": {"Go": ..., "Python": ..., "Output": ...}}."""
    examples: dict[str, dict[str, str]] = {}
    for main_go in sorted([*EXAMPLES.rglob("main.go"), *EXAMPLES.rglob("main_test.go")]):
        folder = main_go.parent
        files = {"Go": main_go, "Python": folder / "main.py", "Output": folder / "output.txt"}
        if all(f.exists() for f in files.values()):
            examples[folder.relative_to(EXAMPLES).as_posix()] = {
                label: f.read_text(encoding="utf-8") for label, f in files.items()
            }
    return examples


class BuildError(Exception):
    """A strict build that failed: the message lists every warning, as MkDocs printed it."""


# A line of MkDocs' log that strict mode counts (or that ends the build).
_PROBLEM = re.compile(r"^(WARNING|ERROR)\b|^Aborted with \d+ warnings")
# Generous: the build includes the cold wasm build of every example (hooks/wasm.py) on a busy 2-core machine.
BUILD_TIMEOUT = 600
# What the built site is made of: a change to any of these makes a recorded build stale.
SITE_INPUTS = ("mkdocs.yml", "pyproject.toml", "docs", "overrides", "src", "examples", "hooks")
STAMP = ROOT / ".cache" / "site-build.json"


def strict_build(out: Path, config: Path | None = None, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    """``mkdocs build --strict`` into ``out``; `BuildError` when it fails or logs any warning.

    Never with ``--quiet``: it raises MkDocs' log level above WARNING, and strict mode then
    counts no warning at all (MkDocs issue #4126). The log is captured and only its warnings
    are shown, so a quiet build is still a strict one.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)]
    if config is not None:
        command += ["-f", str(config)]
    # From the repository root: snippet paths resolve from the cwd.
    build = subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    log = build.stdout.splitlines()
    problems = [line for line in log if _PROBLEM.match(line)]
    if build.returncode != 0 or problems:
        shown = problems or log[-20:]
        raise BuildError(
            f"mkdocs build --strict failed (exit status {build.returncode}); fix each warning where it points "
            "(the page, the docstring or mkdocs.yml), not the check:\n" + "\n".join(shown)
        )


def site_key() -> str:
    """A digest of every file the site is built from (see SITE_INPUTS)."""
    digest = hashlib.sha256()
    for name in SITE_INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" in f.parts or f.suffix == ".pyc":
                continue
            digest.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    digest.update(json.dumps(PUBLISHED, sort_keys=True).encode())
    return digest.hexdigest()


def _site(out: Path, examples: dict[str, dict[str, str]]) -> Site:
    # Every page is a folder's index.html (use_directory_urls); 404.html is no page.
    folders = [f.parent.relative_to(out) for f in out.rglob("index.html")]
    pages = tuple(sorted("" if d == Path() else d.as_posix() + "/" for d in folders if "assets" not in d.parts))
    return Site(out, "", PUBLISHED["SITE_URL"], pages, examples)


def build_site(out: Path) -> Site:
    """Build the site strictly into ``out``; the Site's base is empty until it is served."""
    examples = example_files()  # read with the build: others may edit examples/ while the tests run
    try:
        strict_build(out, env=PUBLISHED)
    except BuildError as exc:
        pytest.fail(str(exc), pytrace=False)
    return _site(out, examples)


def record_build(out: Path) -> None:
    """Build strictly into ``out`` and record it (STAMP), so the tests can use it instead of building again."""
    key, examples = site_key(), example_files()
    strict_build(out, env=PUBLISHED)
    STAMP.parent.mkdir(exist_ok=True)
    STAMP.write_text(json.dumps({"dir": str(out.resolve()), "key": key, "examples": examples}), encoding="utf-8")


def prebuilt_site() -> Site | None:
    """The site `record_build` made (``make test`` builds it first), if it is the build of this very tree."""
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    out = Path(stamp["dir"])
    if stamp.get("key") != site_key() or not (out / "index.html").is_file():
        return None
    return _site(out, stamp["examples"])


@contextlib.contextmanager
def launch_browser() -> Iterator[Browser]:
    """Debian's Chromium, headless."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. "
            "Install it with `apt-get install -y chromium` (as root; `make chromium` does it)."
        )
    with sync_playwright() as pw:
        try:
            chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:
            pytest.fail(f"{CHROMIUM} does not start ({exc}); reinstall it with `apt-get install -y chromium`")
        try:
            yield chromium
        finally:
            chromium.close()


def new_context(browser: Browser, permissions: list[str] | None = None) -> BrowserContext:
    # reduced_motion: Material then drops its CSS transitions (the language list opens at once).
    context = browser.new_context(
        viewport={"width": 1280, "height": 800},
        service_workers="block",
        permissions=permissions or [],
        reduced_motion="reduce",
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(OPEN_SHADOW_ROOTS)
    return context


# Down the page a screen at a time, a frame at each stop, to the very bottom: what loads only when
# it comes into view (loading="lazy", scripts that observe the viewport) then asks for it, so a
# wait for a quiet network afterwards covers the whole page; then back to the top.
_SCROLL_THROUGH = """async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frame();
}"""


@contextlib.contextmanager
def quiet_network_after(page: Page, quiet_ms: int = 500) -> Iterator[None]:
    """Watch the page's requests during the block, then wait until none has been in flight for
    ``quiet_ms`` (at most TIMEOUT_MS). Playwright's "networkidle" fires once per navigation: after
    a scroll it is long past, so waiting for it again would return at once."""
    in_flight: set[object] = set()
    last = [time.monotonic()]

    def started(request: object) -> None:
        in_flight.add(request)
        last[0] = time.monotonic()

    def ended(request: object) -> None:
        in_flight.discard(request)
        last[0] = time.monotonic()

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)
    try:
        yield
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while (in_flight or time.monotonic() - last[0] < quiet_ms / 1000) and time.monotonic() < deadline:
            page.wait_for_timeout(50)
    finally:
        page.remove_listener("request", started)
        page.remove_listener("requestfinished", ended)
        page.remove_listener("requestfailed", ended)


def scroll_through(page: Page) -> None:
    """Scroll ``page`` to its bottom, one screen at a time (see _SCROLL_THROUGH); wrap it in
    `quiet_network_after`, and go back with `scroll_to_top` before a first-screen shot."""
    page.evaluate(_SCROLL_THROUGH)


def scroll_to_top(page: Page) -> None:
    page.evaluate("() => new Promise((resolve) => { window.scrollTo(0, 0); requestAnimationFrame(resolve); })")


# --------------------------------------------------------------------------- first load of every page


if __name__ == "__main__":
    # python tests/sitekit.py build DIR     the strict build the tests check (with PUBLISHED), recorded
    # python tests/sitekit.py check DIR     exit 1 unless DIR is that recorded build of this tree
    # python tests/sitekit.py publish DIR   the strict build with the publisher's environment only
    if len(sys.argv) != 3 or sys.argv[1] not in {"build", "check", "publish"}:
        sys.exit("usage: python tests/sitekit.py build|check|publish DIR")
    target = Path(sys.argv[2])
    try:
        if sys.argv[1] == "build":
            record_build(target)
        elif sys.argv[1] == "publish":
            strict_build(target)
    except BuildError as exc:
        sys.exit(str(exc))
    if sys.argv[1] == "check":
        built = prebuilt_site()
        if built is None or built.root != target.resolve():
            sys.exit(f"{target}/ is not the strict build of this tree: run `python tests/sitekit.py build {target}`")
        print(f"{target}/ is the strict build of this tree ({len(built.pages)} pages, site_url {built.site_url})")
    else:
        print(f"built {target}/ strictly (no warning)")
