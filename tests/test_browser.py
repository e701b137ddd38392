"""The published site, tested the way people use it: in headless Chromium, driven by Playwright.

The site is built strictly (``mkdocs build --strict``) into a temporary folder and served on
127.0.0.1 by this process. The server compresses text with gzip, as every static host does,
so a page's weight is what a reader's browser downloads; the uncompressed size is recorded
beside it. One browser serves the whole module; each page's first load comes from a server of its own
(a new origin: empty cache) and is recorded once, then checked by several tests.

Screenshots of every diagram and the reports (page weight, external links) are written to
``screenshots/`` (git-ignored); test_site_looks.py photographs every page's first screen in both
schemes at both widths. Chromium comes from Debian (``/usr/bin/chromium``): Playwright's own
browser download does not work here, and a missing browser fails the run, never skips it.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Locator,
    Page,
    Response,
)

from sitekit import (
    ROOT,
    SEARCH_SETTLED,
    SHOTS,
    TIMEOUT_MS,
    Site,
    SiteServer,
    new_context,
    quiet_network_after,
    scroll_through,
    scroll_to_top,
    serve,
    slug,
)

sys.path.insert(0, str(ROOT / "hooks"))

import example_block

MAX_PAGE_BYTES = 1_000_000  # per page, first load, as transferred
LOADS_AT_ONCE = 4


# The first tests pay for the site build and every page's first load: more than the default
# 60 s per test is allowed when the machine is busy; the timeout is a guard against a hang.
pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]  # the first pays for every first load


@dataclass
class PageLoad:
    path: str
    base: str  # the server it was loaded from
    status: int | None = None
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)
    bytes_sent: int = 0
    bytes_raw: int = 0
    diagrams: list[Diagram] = field(default_factory=list)
    # The examples (tabbed sets with a Python tab) as loaded: see _examples_shown.
    examples: list[dict[str, str]] = field(default_factory=list)
    # The language switcher: where each of its links leads (hreflang -> path), once the list is open.
    switcher: dict[str, str] = field(default_factory=dict)


@dataclass
class Diagram:
    """A rendered diagram, as the reader sees it."""

    width: float
    height: float
    text: str  # the svg's text, whitespace removed
    screenshot: Path


class _Tab:
    """One context and one tab, reused for page after page: every page comes from a server of its
    own (a new port, so a new origin), so nothing of the page before is in the cache, the
    storage or the cookies, and each load is a first load as in a fresh context. Starting a
    context and its renderer cost 0.5 CPU s per page (measured: 1.9 CPU s per fresh-context
    load, 0.7 in a reused tab). What the tab sees is recorded into the load it is on; events
    of a page it left (a request aborted by the next navigation) are dropped."""

    def __init__(self, browser: Browser) -> None:
        self.context: BrowserContext = new_context(browser)
        self.page: Page = self.context.new_page()
        self.load: PageLoad | None = None
        self.left: set[str] = set()  # the servers of the pages this tab has left
        self.context.on("request", lambda request: self._add(request.url, "requests", request.url))
        self.context.on("requestfailed", lambda r: self._add(r.url, "bad_responses", f"{r.url}: {r.failure}"))
        self.context.on("response", self._response)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self._add("", "console_errors", f"uncaught {error}"))

    def _add(self, url: str, what: str, text: str) -> None:
        if self.load is None or any(url.startswith(base) for base in self.left):
            return
        getattr(self.load, what).append(text)

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self._add(response.url, "bad_responses", f"{response.url}: HTTP {response.status}")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self._add("", "console_errors", message.text)

    def start_blank(self) -> None:
        """Leave the page (to about:blank, which ends its scripts and workers): nothing of it is recorded after."""
        if self.load is not None:
            self.left.add(self.load.base)
            self.load = None
            self.page.goto("about:blank")

    def start(self, load: PageLoad) -> None:
        self.start_blank()
        self.load = load
        response = self.page.goto(load.base + load.path, wait_until="commit")
        load.status = response.status if response else None


def _wait_for_diagrams(page: Page, expected: int, load: PageLoad) -> None:
    """Until the page shows `expected` diagrams, or a script fails (mermaid's parse errors are
    uncaught), or time runs out: test_diagrams_render_as_svg then names the page."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while page.locator(".mermaid svg").count() < expected and not load.console_errors:
        if time.monotonic() > deadline:
            return
        page.wait_for_timeout(100)


def _has_diagram(html: str) -> bool:
    return 'class="mermaid"' in html


@pytest.fixture(scope="module")
def loads(site: Site, browser: Browser) -> dict[str, PageLoad]:
    """Each page loaded once, fully, as a first load (see _Tab), and what the tests check on it recorded:
    status, every request, console errors, bytes until the network is quiet, the
    rendered diagrams, the examples' tabs, and where the language list's links lead (opened
    by hovering, as a reader does).

    A few pages load at once, one per tab (their waits for a quiet network overlap); each has
    its own server, so the bytes a server sent are exactly that page's first load.
    """
    SHOTS.mkdir(exist_ok=True)
    results: dict[str, PageLoad] = {}
    pages = list(site.pages)
    tabs = [_Tab(browser) for _ in range(LOADS_AT_ONCE)]
    for batch in (pages[i : i + LOADS_AT_ONCE] for i in range(0, len(pages), LOADS_AT_ONCE)):
        with contextlib.ExitStack() as servers:
            started: list[tuple[PageLoad, SiteServer, Page]] = []
            for tab, path in zip(tabs, batch, strict=False):
                server = servers.enter_context(serve(site.root, site.path))
                load = results[path] = PageLoad(path, base=server.base)
                tab.start(load)
                started.append((load, server, tab.page))
            for load, server, page in started:
                page.wait_for_load_state("load")
                _wait_for_diagrams(page, len(_MermaidSources(site.html(load.path)).sources), load)
                page.wait_for_load_state("networkidle")
                # Then to the bottom: what loads only when it comes into view (a lazy image below
                # the first screen) is requested too, before the bytes are counted.
                with quiet_network_after(page):
                    scroll_through(page)
                scroll_to_top(page)
                load.bytes_sent = sum(n for _, n, _ in server.sent)
                load.bytes_raw = sum(n for _, _, n in server.sent)
                for i, svg in enumerate(page.locator(".mermaid svg").all()):
                    box = svg.bounding_box() or {"width": 0.0, "height": 0.0}
                    shot = SHOTS / f"{slug(load.path)}-diagram-{i}.png"
                    svg.screenshot(path=str(shot))
                    text = re.sub(r"\s+", "", svg.text_content() or "")
                    load.diagrams.append(Diagram(box["width"], box["height"], text, shot))
                load.examples = _examples_shown(page)
                page.hover(".md-header .md-select")  # the language list opens on hover
                for link in page.locator(".md-header .md-select a.md-select__link").all():
                    target = str(link.evaluate("a => a.href"))  # resolved, after every script ran
                    load.switcher[link.get_attribute("hreflang") or "?"] = site.path_of(urlsplit(target).path)
            for tab in tabs:  # off these servers before they stop: their scripts and workers end
                tab.start_blank()
    for tab in tabs:
        tab.context.close()
    return results


def test_every_page_of_both_languages_is_found(site: Site) -> None:
    langs = {site.lang(p) for p in site.pages}
    assert {"en", "zh"} <= langs, f"pages found: {site.pages}"
    sitemap = ElementTree.parse(site.root / "sitemap.xml").getroot()
    listed = {
        loc.text.removeprefix(site.site_url)
        for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
        if loc.text is not None
    }
    assert listed == set(site.pages), "sitemap.xml and the built pages disagree"


def test_every_page_loads_with_200_no_console_error_and_no_other_host(site: Site, loads: dict[str, PageLoad]) -> None:
    assert set(loads) == set(site.pages)
    problems: list[str] = []
    for path, load in loads.items():
        if load.status != 200:
            problems.append(f"/{path}: HTTP {load.status}")
        problems += [f"/{path}: console error: {text}" for text in load.console_errors]
        problems += [f"/{path}: {bad}" for bad in load.bad_responses]
        foreign = [url for url in load.requests if not url.startswith(load.base) and not url.startswith("data:")]
        problems += [f"/{path}: request to another host: {url}" for url in foreign]
        problems += [f"/{path}: its first load fetches a binary: {url}" for url in load.requests if ".wasm" in url]
    assert not problems, "\n".join(problems)


def test_page_weight_is_recorded_and_within_budget(
    loads: dict[str, PageLoad], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = sorted(loads.values(), key=lambda ld: -ld.bytes_sent)
    records = [
        {"page": "/" + ld.path, "bytes": ld.bytes_sent, "uncompressed": ld.bytes_raw, "requests": len(ld.requests)}
        for ld in rows
    ]
    (SHOTS / "page-weight.json").write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    table = [
        "# Page weight: first load (empty cache: each page from a new origin)",
        "",
        "Bytes as transferred (text gzipped, as a static host sends it), and uncompressed.",
        f"Budget: {MAX_PAGE_BYTES:,} bytes transferred per page.",
        "",
        "| page | transferred | uncompressed | requests |",
        "|---|---:|---:|---:|",
        *(f"| /{ld.path} | {ld.bytes_sent:,} | {ld.bytes_raw:,} | {len(ld.requests)} |" for ld in rows),
    ]
    (SHOTS / "page-weight.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    heaviest = rows[0]
    with capsys.disabled():
        print(
            f"\nheaviest page: /{heaviest.path} {heaviest.bytes_sent:,} bytes transferred "
            f"({heaviest.bytes_raw:,} uncompressed); all pages: {SHOTS / 'page-weight.md'}"
        )
    assert all(ld.bytes_sent > 0 for ld in rows), "a page load transferred nothing: the accounting is broken"
    over = [f"/{ld.path}: {ld.bytes_sent:,} bytes" for ld in rows if ld.bytes_sent > MAX_PAGE_BYTES]
    assert not over, f"pages over the {MAX_PAGE_BYTES:,}-byte budget: {over}"


# --------------------------------------------------------------------------- language switcher


def test_language_switcher_leads_to_the_same_page_and_back(
    site: Site, browser: Browser, loads: dict[str, PageLoad]
) -> None:
    # Every page, as `loads` left it (scripts run, the list opened by hovering): where its links lead.
    problems: list[str] = []
    for path in site.pages:
        lang, twin = site.lang(path), site.twin(path)
        other = "zh" if lang == "en" else "en"
        links = loads[path].switcher
        if twin not in site.pages:
            problems.append(f"/{path} has no twin /{twin} in the other language")
        elif links.get(other) != twin:
            problems.append(f"/{path}: the switcher's {other} link leads to /{links.get(other)}, not /{twin}")
        if links.get(lang) != path:
            problems.append(f"/{path}: the switcher's {lang} link leads to /{links.get(lang)}, not to the page itself")
    assert not problems, "\n".join(problems)
    # And a reader's clicks follow those links: there, and back.
    path = min((p for p in site.pages if site.lang(p) == "en"), key=lambda p: len(site.html(p)))  # the lightest
    context = new_context(browser)
    page = context.new_page()
    page.goto(site.url(path), wait_until="commit")
    for lang, expected in (("zh", site.twin(path)), ("en", path)):
        page.hover(".md-header .md-select")
        with page.expect_navigation(wait_until="commit"):
            page.click(f".md-header .md-select a.md-select__link[hreflang='{lang}']")
        assert site.path_of(page.url) == expected, f"clicking {lang} led to {page.url}, not /{expected}"
    context.close()


# --------------------------------------------------------------------------- search


def _page_text(site: Site, path: str) -> str:
    html = site.html(path)
    article = re.search(r"<article\b.*?</article>", html, re.S)
    return re.sub(r"<[^>]+>", " ", article.group(0) if article else html)


@pytest.mark.parametrize(("start", "term"), [("zh/", "协程"), ("", "Goexit")], ids=["zh-协程", "en-Goexit"])
def test_search_finds_pages_in_the_readers_language(site: Site, browser: Browser, start: str, term: str) -> None:
    lang = site.lang(start)
    candidates = [p for p in site.pages if site.lang(p) == lang]
    best = max(candidates, key=lambda p: _page_text(site, p).lower().count(term.lower()))
    assert term.lower() in _page_text(site, best).lower(), f"no {lang} page mentions {term}"

    context = new_context(browser)
    page = context.new_page()
    page.goto(site.url(start))
    page.locator(".md-header [data-site-search-open]").click()  # search is Pagefind's (tests/test_search.py)
    box = page.locator(".pagefind-ui__search-input")
    box.fill(term)
    page.wait_for_function(SEARCH_SETTLED, arg=[term, 1])
    listed = page.locator("ol.pagefind-ui__results > li")
    while page.locator("button.pagefind-ui__button").count():  # "Load more results", until all are listed
        before = listed.count()
        page.locator("button.pagefind-ui__button").click()
        page.wait_for_function(SEARCH_SETTLED, arg=[term, before + 1])
    hrefs = [a.get_attribute("href") or "" for a in page.locator(".pagefind-ui__result-link").all()]
    found = {site.path_of(urljoin(page.url, h)) for h in hrefs}
    assert found, f"searching {term} on /{start} found nothing"
    wrong = sorted(p for p in found if p not in site.pages or site.lang(p) != lang)
    assert not wrong, f"searching {term} on a {lang} page lists pages of another language or none: {wrong}"
    assert best in found, f"searching {term} does not list /{best}, the page that mentions it most"
    page.locator(".pagefind-ui__result-link").first.click()
    page.wait_for_load_state("load")
    assert site.path_of(page.url) in found and site.lang(site.path_of(page.url)) == lang
    context.close()


# --------------------------------------------------------------------------- examples: tabs and copy


def _same_text(shown: str, file_text: str) -> bool:
    return shown.rstrip("\n") == file_text.rstrip("\n")


def _example_pages(site: Site) -> list[str]:
    return [p for p in site.pages if re.search(r'<label for="__tabbed_\d+_\d+">Python</label>', site.html(p))]


def _tab(scope: Page | Locator, label: str) -> Locator:
    """The tab labels called exactly `label` (Go, Python, Output): on the page, or of one tabbed set."""
    labels = ".tabbed-set > .tabbed-labels > label" if isinstance(scope, Page) else ":scope > .tabbed-labels > label"
    return scope.locator(labels).filter(has_text=re.compile(f"^{label}$"))


def _example_sets(page: Page) -> Locator:
    """The tabbed sets that show an example (they have a Python tab)."""
    return page.locator(".tabbed-set").filter(
        has=page.locator(":scope > .tabbed-labels > label").filter(has_text=re.compile("^Python$"))
    )


def _examples_shown(page: Page) -> list[dict[str, str]]:
    """For each example block (hooks/example_block.py), in page order: the checked tab's label,
    the text of each tab's code, and the output (under the tabs): its text, and the text as
    shown ("" when it is not visible)."""
    shown: list[dict[str, str]] = page.evaluate(
        """() => Array.from(document.querySelectorAll(".gx-example")).map((example) => {
            const set = example.querySelector(":scope > .tabbed-set");
            const labels = Array.from(set.querySelectorAll(":scope > .tabbed-labels > label"));
            const blocks = Array.from(set.querySelectorAll(":scope > .tabbed-content > .tabbed-block"));
            const out = { checked: "", shown: "" };
            labels.forEach((label, i) => {
                const name = label.textContent.trim();
                if (set.querySelector(`:scope > input#${label.htmlFor}`).checked) out.checked = name;
                const code = blocks[i] && blocks[i].querySelector(":scope > .highlight > pre > code");
                out[name] = code ? code.textContent : "";
            });
            const output = example.querySelector(".gx-output__expected");
            out.Output = output.querySelector("pre > code").textContent;
            if (output.checkVisibility()) out.shown = output.innerText;
            return out;
        })"""
    )
    return shown


def _block(tabbed_set: Locator, label: str) -> Locator:
    """The content block of the tab called `label` in one tabbed set."""
    labels = [text.strip() for text in tabbed_set.locator(":scope > .tabbed-labels > label").all_text_contents()]
    return tabbed_set.locator(":scope > .tabbed-content > .tabbed-block").nth(labels.index(label))


def _shown_file(files: dict[str, str], label: str) -> str:
    """An example's file as the page shows it: the Python twin without its type-ignore comments."""
    return example_block.shown_python(files[label]) if label == "Python" else files[label]


def test_choosing_a_tab_switches_every_example_and_the_output_stays_in_view(
    site: Site, browser: Browser, loads: dict[str, PageLoad]
) -> None:
    examples = site.examples
    pages = _example_pages(site)
    assert pages, "no page shows an example in Go | Python tabs"
    problems: list[str] = []

    def check_files(path: str, shown: list[dict[str, str]]) -> None:
        for i, tabs in enumerate(shown):
            match = [name for name, files in examples.items() if _same_text(tabs["Go"], files["Go"])]
            if not match:
                problems.append(f"/{path}: example {i}'s Go tab is none of examples/*/main.go")
                continue
            files = examples[match[0]]
            if not _same_text(tabs["Python"], _shown_file(files, "Python")):
                problems.append(f"/{path}: example {i}'s Python tab is not examples/{match[0]}/main.py")
            if not (_same_text(tabs["Output"], files["Output"]) and _same_text(tabs["shown"], files["Output"])):
                problems.append(f"/{path}: example {i}'s output does not show examples/{match[0]}/output.txt")

    # Every page, as loaded: each example starts on Go, its tabs hold its files, its output is in view.
    for path in pages:
        shown = loads[path].examples
        assert shown, f"/{path} has a Python tab but no example was found on it"
        if any(tabs["checked"] != "Go" for tabs in shown):
            problems.append(f"/{path}: the examples do not start on their Go tab: {[t['checked'] for t in shown]}")
        check_files(path, shown)

    # The page with the most examples: choosing Python in one example switches them all, every
    # output stays in view under the Python twin, and the choice follows the reader to the next page.
    busiest = max(pages, key=lambda p: len(loads[p].examples))
    other = min((p for p in pages if p != busiest), key=lambda p: len(site.html(p)), default=busiest)
    context = new_context(browser)
    page = context.new_page()
    page.goto(site.url(busiest))
    _tab(page, "Python").last.click()
    shown = _examples_shown(page)
    wrong = [i for i, tabs in enumerate(shown) if tabs["checked"] != "Python"]
    if wrong:
        problems.append(f"/{busiest}: choosing Python left examples {wrong} (of {len(shown)}) on another tab")
    check_files(busiest, shown)
    page.goto(site.url(other))
    remembered = [tabs["checked"] for tabs in _examples_shown(page)]
    if any(on != "Python" for on in remembered):
        problems.append(f"choosing Python on /{busiest} is not remembered on /{other}: {remembered}")
    context.close()
    assert not problems, "\n".join(problems)


def test_copy_button_copies_the_examples_code(site: Site, browser: Browser) -> None:
    examples = site.examples
    path = min(_example_pages(site), key=lambda p: len(site.html(p)))  # the lightest will do
    context = new_context(browser, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site.url(path))
    problems: list[str] = []
    tabbed_set = _example_sets(page).first
    for label in ("Go", "Python"):
        _tab(tabbed_set, label).click()
        button = _block(tabbed_set, label).locator(".highlight button[data-md-type=copy]")
        target = button.get_attribute("data-clipboard-target")
        assert target, f"/{path}: the {label} tab's copy button has no data-clipboard-target"
        code = page.locator(target).text_content() or ""
        matches = [name for name, files in examples.items() if _same_text(code, _shown_file(files, label))]
        if not matches:
            problems.append(f"/{path}: the {label} copy button targets {target}, which is no example's file")
            continue
        button.click()
        copied: str = page.evaluate("navigator.clipboard.readText()")
        if not _same_text(copied, _shown_file(examples[matches[0]], label)):
            problems.append(f"/{path}: the {label} copy button copied {copied[:80]!r}, not examples/{matches[0]}")
    context.close()
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- diagrams


class _MermaidSources(HTMLParser):
    """The text of every <pre class="mermaid"> of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.inside = False
        self.sources: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre" and "mermaid" in (dict(attrs).get("class") or "").split():
            self.inside = True
            self.sources.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.sources[-1] += data


def test_diagrams_render_as_svg(site: Site, loads: dict[str, PageLoad]) -> None:
    with_diagrams = {p: _MermaidSources(site.html(p)).sources for p in site.pages if _has_diagram(site.html(p))}
    assert with_diagrams, "no page has a mermaid diagram"
    problems: list[str] = []
    for path, sources in with_diagrams.items():
        shown = loads[path].diagrams
        if len(shown) != len(sources):
            problems.append(f"/{path}: {len(sources)} diagrams, {len(shown)} rendered as svg")
            continue
        for i, (source, diagram) in enumerate(zip(sources, shown, strict=True)):
            if diagram.width < 50 or diagram.height < 50:
                problems.append(f"/{path}: diagram {i} is empty ({diagram.width} x {diagram.height})")
            if "Syntaxerror" in diagram.text:
                problems.append(f"/{path}: diagram {i} is mermaid's syntax-error picture")
            # Quoted labels, as mermaid shows them: <br/> becomes a line break, whitespace is ignored.
            labels = re.findall(r'"([^"]+)"', source)
            missing = [label for label in labels if re.sub(r"\s+|<[^>]*>", "", label) not in diagram.text]
            if missing:
                problems.append(f"/{path}: diagram {i} lacks the labels {missing}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- links (no browser)


class _Links(HTMLParser):
    """The href/src values and the ids (and <a name>) of one HTML file."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(str(values[name]))
        self.links += [value for name in ("href", "src") if (value := values.get(name)) is not None]


def check_links(root: Path, site_url: str) -> tuple[list[str], dict[str, set[str]], int]:
    """Check every href/src of every HTML file below root (and the sitemap's links).

    Returns the broken internal links and anchors, the external links with the pages
    that use them, and how many internal links were checked. A link to site_url is internal.
    The site is at the path of site_url (/REPO/ on GitHub Pages), as its host serves it: a link
    from the host's root that leaves that path is broken.
    """
    site_path = urlsplit(site_url).path or "/"
    origin = "http://site.invalid/"
    parsed: dict[Path, _Links] = {}

    def parse(file: Path) -> _Links:
        if file not in parsed:
            parsed[file] = _Links(file.read_text(encoding="utf-8"))
        return parsed[file]

    def target_file(url_path: str) -> Path:
        file = root / unquote(url_path).lstrip("/")
        return file / "index.html" if url_path.endswith("/") or file.is_dir() else file

    broken: list[str] = []
    external: dict[str, set[str]] = {}
    checked = 0
    sitemap = root / "sitemap.xml"
    sitemap_links = (
        re.findall(r'(?:<loc>|href=")([^<"]+)', sitemap.read_text(encoding="utf-8")) if sitemap.exists() else []
    )
    for file in sorted(root.rglob("*.html")):
        rel = file.relative_to(root).as_posix()
        links = parse(file).links + (sitemap_links if rel == "index.html" else [])
        for link in links:
            if link.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            local = site_path + link.removeprefix(site_url) if link.startswith(site_url) else link
            url = urlsplit(urljoin(origin + site_path.lstrip("/") + rel, local))
            if f"{url.scheme}://{url.netloc}/" != origin:
                external.setdefault(link, set()).add("/" + rel)
                continue
            checked += 1
            if not url.path.startswith(site_path):
                broken.append(f"/{rel}: {link} -> {url.path} is outside the site's path {site_path}")
                continue
            target = target_file(url.path.removeprefix(site_path))
            if not target.is_file():
                broken.append(f"/{rel}: {link} -> {url.path} does not exist")
            elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in parse(target).ids:
                broken.append(f"/{rel}: {link} -> no id {url.fragment!r} in {url.path}")
    return broken, external, checked


def test_internal_links_and_anchors_resolve_and_external_links_are_listed(site: Site) -> None:
    broken, external, checked = check_links(site.root, site.site_url)
    SHOTS.mkdir(exist_ok=True)
    report = ["# External links (listed, not fetched)", "", "| link | pages |", "|---|---|"]
    report += [f"| {link} | {', '.join(sorted(pages))} |" for link, pages in sorted(external.items())]
    (SHOTS / "external-links.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    assert checked > 100, f"the link check saw only {checked} links"
    assert not broken, "\n".join(broken)


def test_link_check_catches_a_missing_page_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="x">X</h2><a name="y"></a>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/#x">ok</a> <a href="a/#y">ok</a> <a href="https://s.example/a/">ok</a>'
        ' <a href="a/#z">no anchor</a> <a href="b/">no page</a> <img src="i.png">'
        ' <a href="https://go.dev/">external</a>',
        encoding="utf-8",
    )
    broken, external, checked = check_links(tmp_path, "https://s.example/")
    assert broken == [
        "/index.html: a/#z -> no id 'z' in /a/",
        "/index.html: b/ -> /b/ does not exist",
        "/index.html: i.png -> /i.png does not exist",
    ]
    assert external == {"https://go.dev/": {"/index.html"}}
    assert checked == 6
    # Published under a path (GitHub Pages: /REPO/), a link from the host's root must keep that path.
    (tmp_path / "index.html").write_text(
        '<a href="/repo/a/#x">ok</a> <a href="https://s.example/repo/a/">ok</a> <a href="/a/">the host\'s root</a>',
        encoding="utf-8",
    )
    broken, external, checked = check_links(tmp_path, "https://s.example/repo/")
    assert broken == ["/index.html: /a/ -> /a/ is outside the site's path /repo/"]
    assert checked == 3
