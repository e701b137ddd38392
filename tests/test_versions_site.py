"""The built site against examples/versions.json: every example block of every page, in both
languages, shows the badge and the version notes the data says, right before the example's tabs;
the Go versions page lists every change and example; badges read in light and dark schemes."""

from __future__ import annotations

import html
import posixpath
import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser

import harness
import sitekit

sys.path.insert(0, str(harness.ROOT / "hooks"))
import versions

DATA = versions.load()
EXAMPLES = harness.discover()


# The version block is one line of HTML (versions.badge_html), in the badges row that
# hooks/example_block.py puts at the top of each example block (div.gx-example).
_BLOCK = re.compile(
    r'<div class="gx-example__badges">(<div class="goexit-version" data-example="([^"]+)" '
    r'data-min-release="([^"]+)"[^>]*>.*?</div>)</div>\n'
)
_EXAMPLE = re.compile(r'<div class="gx-example" [^>]*data-example="([^"]+)"')
_NOTE = re.compile(
    r'<details class="goexit-version-note" data-change="([^"]+)" data-family="([^"]+)" data-configs="([^"]*)">'
)
_BADGE = re.compile(r'<a class="goexit-badge" href="([^"]+)"[^>]*>([^<]+)</a>')
_INCLUDE = re.compile(r'^=== "Go"\n\n\s*```go\n\s*--8<-- "([^"]+)/main(?:_test)?\.go"', re.M)


def blocks(page_html: str) -> list[tuple[str, str, str, str, str]]:
    """Every version block of a built page: (example, min release, the block, the example block
    it stands in, the HTML that follows it in that example block)."""
    found = []
    for m in _BLOCK.finditer(page_html):
        owner = [e.group(1) for e in _EXAMPLE.finditer(page_html, 0, m.start())]
        rest = page_html[m.end() :]
        end = rest.find('<div class="gx-example" ')
        found.append(
            (m.group(2), m.group(3), m.group(1), owner[-1] if owner else "", rest[: end if end >= 0 else None])
        )
    return found


def source_page(path: str) -> Path:
    lang = "zh" if path.startswith("zh/") else "en"
    stem = path.removeprefix("zh/").strip("/") or "index"
    return harness.ROOT / "docs" / (f"{stem}.zh.md" if lang == "zh" else f"{stem}.md")


def first_comment(example: str) -> str:
    source = (harness.EXAMPLES / example / harness.Example(harness.EXAMPLES / example).go_file).read_text(
        encoding="utf-8"
    )
    return next(line for line in source.splitlines() if line.startswith("//"))


@pytest.mark.timeout(300)
def test_every_example_block_shows_the_data(site: sitekit.Site) -> None:
    problems: list[str] = []
    checked = 0
    for path in site.pages:
        lang = "zh" if path.startswith("zh/") else "en"
        page = site.html(path)
        source = source_page(path)
        included = _INCLUDE.findall(source.read_text(encoding="utf-8")) if source.exists() else []
        found = blocks(page)
        if [b[0] for b in found] != included:
            problems.append(f"/{path}: version blocks {[b[0] for b in found]} != examples {included}")
            continue
        for name, release, block, owner, after in found:
            checked += 1
            entry = DATA["examples"][name]
            badge = _BADGE.search(block)
            if release != entry["min_release"] or not badge or badge.group(2) != f"Go {entry['min_release']}+":
                problems.append(f"/{path} {name}: badge {badge and badge.group(2)} != Go {entry['min_release']}+")
            target = ("zh/" if lang == "zh" else "") + "versions/#examples"
            if badge and posixpath.normpath(posixpath.join(path, badge.group(1))) != target:
                problems.append(f"/{path} {name}: badge links to {badge.group(1)}")
            want = [(n.change, n.family, " ".join(n.configs)) for n in versions.notes(name)]
            got = _NOTE.findall(block)
            if got != want:
                problems.append(f"/{path} {name}: notes {got} != data {want}")
            for note in versions.notes(name):
                for text in (note.then, note.now):
                    if text and html.escape(text, quote=False) not in block:
                        problems.append(f"/{path} {name}: the note does not quote {text!r}")
                if lang == "zh" and not re.search("[\u4e00-\u9fff]", block):
                    problems.append(f"/{path} {name}: the note is not in Chinese")
            # The block tops its own example block, right before the tabs whose Go tab is its main.go (or main_test.go).
            if owner != name:
                problems.append(f"/{path} {name}: the block stands in the example block of {owner!r}")
            if not after.lstrip().startswith('<div class="tabbed-set'):
                problems.append(f"/{path} {name}: the block is not right before a tab group")
            elif html.escape(first_comment(name), quote=False) not in after:
                problems.append(f"/{path} {name}: the tabs after the block are not this example's")
    assert checked >= 2 * len(EXAMPLES), f"only {checked} example blocks checked"
    assert not problems, "\n".join(problems)


def test_versions_page_shows_the_data(site: sitekit.Site) -> None:
    for path in ("versions/", "zh/versions/"):
        page = site.html(path)
        for key in versions.CHANGES:
            assert f'id="{key}"' in page, f"/{path} has no section for {key}"
            for name in DATA["changes"][key]:
                assert html.escape(name) in page
        rows = re.findall(r"<tr>\s*<td>(?:Go )?[\d.]+", page)
        assert len(rows) >= len(DATA["configs"]), f"/{path}: the matrix table lacks rows"
        for name, entry in DATA["examples"].items():
            assert re.search(
                rf"{re.escape(name)}</code></a></td>\s*<td>Go {re.escape(entry['min_release'])}\+</td>", page
            ), f"/{path}: {name} is not listed with Go {entry['min_release']}+"


def _contrast(fg: list[float], bg: list[float]) -> float:
    def lum(c: list[float]) -> float:
        ch = [v / 255 for v in c[:3]]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.browser
def test_badges_read_in_light_and_dark_schemes(site: sitekit.Site, browser: Browser) -> None:
    context = sitekit.new_context(browser)
    try:
        page = context.new_page()
        page.goto(site.url("context-beyond/"))
        for scheme in ("default", "slate"):
            page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
            colours = page.evaluate(
                """() => {
                  const parse = (c) => c.match(/[\\d.]+/g).map(Number);
                  const badge = document.querySelector('a.goexit-badge');
                  let el = badge, bg = 'rgba(0, 0, 0, 0)';
                  bg = getComputedStyle(badge).backgroundColor;
                  const page = getComputedStyle(document.body).backgroundColor;
                  return {fg: parse(getComputedStyle(badge).color), bg: parse(bg), page: parse(page),
                          text: badge.textContent};
                }"""
            )
            assert re.fullmatch(r"Go 1\.\d+\+", colours["text"])
            bg = colours["bg"] if len(colours["bg"]) < 4 or colours["bg"][3] > 0 else colours["page"]
            # Blend a translucent badge background over the page background.
            if len(bg) == 4:
                alpha = bg[3]
                bg = [bg[i] * alpha + colours["page"][i] * (1 - alpha) for i in range(3)]
            fg = colours["fg"]
            if len(fg) == 4:
                fg = [fg[i] * fg[3] + bg[i] * (1 - fg[3]) for i in range(3)]
            ratio = _contrast(fg, bg)
            assert ratio >= 4.5, f"badge contrast {ratio:.1f}:1 in the {scheme} scheme"
    finally:
        context.close()
