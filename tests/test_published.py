"""What the site publishes shows nothing of the machine that made it and asks no other host for anything.

- No absolute path of the recording machine (``/work/``, ``/root/``, ``/tmp/``, ``/home/``,
  ``site-packages``) in an example's output.txt or in a built page: outputs are recorded with
  ``go build -trimpath`` (`harness.GO_BUILD_FLAGS`), so a stack shows ``goexit.dev/examples/...``
  and ``runtime/panic.go``, the same on every machine.
- No resource from another host in any built HTML or CSS file, wherever it sits on the page
  (a lazy image at the bottom is never loaded by a browser test that does not scroll): ``src``,
  ``srcset``, ``poster``, ``data``, ``<link rel=stylesheet|preload|modulepreload|prefetch|icon|
  manifest ...>``, ``iframe``, ``script``, inline ``style`` and ``<style>``, CSS ``url()`` and
  ``@import``. Links (``<a href>``, ``rel=canonical|alternate``) are no resources.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Browser

import harness
from sitekit import Site, new_context, quiet_network_after, scroll_through, serve

ROOT = Path(__file__).resolve().parent.parent

_MACHINE_PATHS = sorted(
    {"/work/", "/root/", "/tmp/", "/home/", "site-packages", str(ROOT) + "/", tempfile.gettempdir() + "/"}
    | ({os.path.expanduser("~") + "/"} if os.path.expanduser("~") != "/" else set())
    | {sys.prefix + "/"}
)
MACHINE_PATH = re.compile("|".join(re.escape(p) for p in _MACHINE_PATHS))


def machine_paths(text: str) -> list[str]:
    """The lines of ``text`` that show an absolute path of this machine."""
    return [line.strip() for line in text.splitlines() if MACHINE_PATH.search(line)]


def test_no_output_txt_shows_a_machine_path() -> None:
    bad = {ex.name: found for ex in harness.discover() if (found := machine_paths(ex.expected))}
    flags = "" if "-trimpath" in harness.GO_BUILD_FLAGS else " (first put -trimpath back in harness.GO_BUILD_FLAGS)"
    assert not bad, "\n".join(
        f"examples/{name}/output.txt shows a path of the machine that recorded it: {lines[0]}\n"
        f"  re-record it with -trimpath{flags}: .venv/bin/python tests/harness.py record {name}"
        for name, lines in bad.items()
    )


# Run alone (no build of this tree recorded by make test), the first test that needs the site pays for its build.
SITE_BUILD_TIMEOUT = pytest.mark.timeout(300)


@SITE_BUILD_TIMEOUT
def test_no_built_page_shows_a_machine_path(site: Site) -> None:
    bad = []
    for f in sorted(site.root.rglob("*")):
        if f.suffix not in {".html", ".json", ".xml", ".txt", ".js"} or "assets" in f.relative_to(site.root).parts:
            continue
        if found := machine_paths(f.read_text(encoding="utf-8", errors="replace")):
            bad.append(f"{f.relative_to(site.root)}: {found[0][:160]}")
    assert not bad, (
        "built pages show paths of the building machine (an output.txt not recorded with -trimpath?):\n"
        + "\n".join(bad)
    )


def test_the_machine_path_check_can_fail() -> None:
    assert machine_paths("\t/work/main/examples/a/main.go:11 +0x70\nok\n") == ["/work/main/examples/a/main.go:11 +0x70"]
    assert machine_paths("\t/x/.venv/lib/python3.11/site-packages/go/src/runtime/panic.go:694 +0x54")
    assert machine_paths("/root/go/pkg/mod/x.go") and machine_paths("/home/me/x") and machine_paths("/tmp/go-build1/x")
    assert machine_paths("\tgoexit.dev/examples/a/main.go:11 +0x70\n\truntime/panic.go:694 +0x54\n") == []


# --------------------------------------------------------------------------- third-party resources

RESOURCE_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "shortcut", "apple-touch-icon",
                 "manifest", "mask-icon", "preconnect", "dns-prefetch"}  # fmt: skip
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


def foreign(url: str) -> bool:
    """A URL the browser would fetch from another host (relative URLs and data: stay home)."""
    url = url.strip()
    return bool(re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*:)?//", url)) or url.lower().startswith(("http:", "https:"))


def css_urls(css: str) -> list[str]:
    return [m.group(2) or m.group(4) for m in _CSS_URL.finditer(css)]


class _Resources(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []  # (line, what, url)
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        line = self.getpos()[0]
        for name in ("src", "poster", "data"):
            if name in a and (tag != "a"):
                self.found.append((line, f"<{tag} {name}>", a[name]))
        for name in ("srcset", "imagesrcset"):
            for candidate in a.get(name, "").split(","):
                if candidate.strip():
                    self.found.append((line, f"<{tag} {name}>", candidate.split()[0]))
        if tag == "link" and RESOURCE_RELS & set(a.get("rel", "").lower().split()):
            self.found.append((line, f"<link rel={a.get('rel')}>", a.get("href", "")))
        if "style" in a:
            self.found += [(line, f"<{tag} style> url()", u) for u in css_urls(a["style"])]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found += [(self.getpos()[0], "<style> url()/@import", u) for u in css_urls(data)]


def third_party_resources(root: Path) -> list[str]:
    """Every resource on another host that a built HTML or CSS file under ``root`` asks for."""
    problems = []
    for f in sorted(root.rglob("*")):
        if f.suffix == ".html":
            parser = _Resources()
            parser.feed(f.read_text(encoding="utf-8", errors="replace"))
            found = parser.found
        elif f.suffix == ".css":
            text = f.read_text(encoding="utf-8", errors="replace")
            found = [(text.count("\n", 0, m.start()) + 1, "CSS url()/@import", m.group(2) or m.group(4))
                     for m in _CSS_URL.finditer(text)]  # fmt: skip
        else:
            continue
        problems += [f"{f.relative_to(root)}:{line}: {what} {url}" for line, what, url in found if foreign(url)]
    return problems


@SITE_BUILD_TIMEOUT
def test_no_built_file_asks_another_host_for_anything(site: Site) -> None:
    found = third_party_resources(site.root)
    assert not found, (
        "resources from another host (vendor them under docs/assets/ and refer to them by a relative URL):\n"
        + "\n".join(found)
    )


def test_the_third_party_scan_finds_each_kind(tmp_path: Path) -> None:
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text(
        '<html><head><link rel="stylesheet" href="https://cdn.example/a.css">\n'
        '<link rel="preload" href="//cdn.example/f.woff2"><link rel="icon" href="https://cdn.example/i.png">\n'
        '<link rel="manifest" href="https://cdn.example/m.json"><link rel="modulepreload" href="https://cdn.example/m.js">\n'
        '<link rel="canonical" href="https://goexit.example.org/page/">\n'
        '<link rel="stylesheet" href="../assets/ok.css">\n'
        '<script src="https://cdn.example/s.js"></script><style>@import "https://cdn.example/b.css";</style></head>\n'
        '<body><a href="https://elsewhere.example/">a link is no resource</a><img src="ok.png">\n'
        '<iframe src="https://video.example/embed"></iframe><div style="background: url(https://cdn.example/bg.png)"></div>\n'
        '<picture><source srcset="ok.webp 1x, https://cdn.example/p.webp 2x"></picture>\n'
        + "<p>filler</p>\n" * 200
        + '<img loading="lazy" src="https://cdn.example/lazy.png" alt="at the very bottom"></body></html>\n'
    )
    (tmp_path / "assets.css").write_text(
        '.a { background: url("data:image/svg+xml;utf8,<svg/>") }\n.b { background: url(https://cdn.example/x.png) }\n'
        "@import url('https://fonts.example/css');\n.c { background: url(../img/ok.png) }\n"
    )
    found = [line.split(": ", 1)[1] for line in third_party_resources(tmp_path)]
    assert found == [
        "CSS url()/@import https://cdn.example/x.png",
        "CSS url()/@import https://fonts.example/css",
        "<link rel=stylesheet> https://cdn.example/a.css",
        "<link rel=preload> //cdn.example/f.woff2",
        "<link rel=icon> https://cdn.example/i.png",
        "<link rel=manifest> https://cdn.example/m.json",
        "<link rel=modulepreload> https://cdn.example/m.js",
        "<script src> https://cdn.example/s.js",
        "<style> url()/@import https://cdn.example/b.css",
        "<iframe src> https://video.example/embed",
        "<div style> url() https://cdn.example/bg.png",
        "<source srcset> https://cdn.example/p.webp",
        "<img src> https://cdn.example/lazy.png",
    ], found


def test_the_browser_tests_scroll_to_a_lazy_image_at_the_bottom(tmp_path: Path, browser: Browser) -> None:
    # A lazy image far below the first screen, on "another host" (localhost, while the page is
    # served from 127.0.0.1): loading the page does not request it; scrolling through it does.
    (tmp_path / "index.html").write_text(
        "<html><body>" + "<p>filler</p>" * 400 + '<img loading="lazy" src="http://localhost:{port}/lazy.png" '
        'width="10" height="10"></body></html>'
    )
    with serve(tmp_path) as server:
        html = (tmp_path / "index.html").read_text().replace("{port}", str(server.server_port))
        (tmp_path / "index.html").write_text(html)
        context = new_context(browser)
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(server.base, wait_until="networkidle")
        before = [url for url in requested if url.startswith("http://localhost:")]
        with quiet_network_after(page):
            scroll_through(page)
        after = [url for url in requested if url.startswith("http://localhost:")]
        context.close()
    assert before == [], "the lazy image loaded without a scroll: this check no longer proves anything"
    assert after == [f"http://localhost:{server.server_port}/lazy.png"], requested
