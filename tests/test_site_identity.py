"""The site as a reader finds it: grouped navigation with previous/next links, a name that says
what the site is, the publisher's addresses and no one else's, each page's own description,
absolute language alternates, Go identifiers linked to their documentation, when each page
last changed and which Go release verified its outputs, a 404 page per language, and a
language switcher that keeps the reader's place.

Most checks read the built site (the session's one build, see sitekit.py); the ones a reader's
clicks decide run in headless Chromium.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser

import harness
from sitekit import PUBLISHED, ROOT, Site, new_context

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

SITE_NAMES = {"en": "How goroutines exit in Go", "zh": "Go 协程退出指南"}
# The nav's groups, in order (mkdocs.yml; the Chinese titles are its nav_translations).
GROUPS = {
    "en": ["The guide", "The source article", "The Python model", "About this guide"],
    "zh": ["指南", "原文", "Python 模型", "关于本指南"],
}
# Hosts a published page may link to (never request): Go's documentation and the publisher's own.
LINKABLE_HOSTS = {"pkg.go.dev", "go.dev"} | {urlsplit(url).netloc for url in PUBLISHED.values()}
PLACEHOLDER = re.compile(r"example\.(org|com|net)|github\.com/goexit\b|goexit\.example", re.I)


class _Page(HTMLParser):
    """What these tests read from one built page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.alternates: dict[str, str] = {}
        self.title = ""
        self.nav_links: list[str] = []  # the primary sidebar's page links, in order
        self.nav_sections: list[str] = []  # its group titles
        self.prev = self.next = ""
        self.links: list[str] = []
        self._stack: list[tuple[str, dict[str, str]]] = []
        self._in_title = False
        self._section_label: str | None = None
        self.feed(html)

    def _inside(self, cls: str) -> bool:
        return any(cls in (attrs.get("class") or "").split() for _, attrs in self._stack)

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        if tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content", "")
        if tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        if tag == "title":
            self._in_title = True
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
            classes = attrs.get("class", "").split()
            if "md-footer__link--prev" in classes:
                self.prev = attrs["href"]
            if "md-footer__link--next" in classes:
                self.next = attrs["href"]
            if self._inside("md-nav--primary") and "md-nav__link" in classes and not attrs["href"].startswith("#"):
                self.nav_links.append(attrs["href"])
        if tag == "label" and self._inside("md-nav--primary") and "md-nav__link" in attrs.get("class", "").split():
            self._section_label = ""
        if tag not in {"meta", "link", "br", "img", "input", "hr"}:
            self._stack.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "label" and self._section_label is not None:
            self.nav_sections.append(" ".join(self._section_label.split()))
            self._section_label = None
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._section_label is not None:
            self._section_label += data


def _parsed(site: Site, path: str) -> _Page:
    return _Page(site.html(path))


def _resolve(site: Site, path: str, href: str) -> str:
    """A link of page `path` as a page path of the site ("" for the home page)."""
    return site.published_path_of(urljoin(site.site_url + path, href))


def _by_lang(site: Site) -> dict[str, list[str]]:
    pages: dict[str, list[str]] = {}
    for path in site.pages:
        pages.setdefault(site.lang(path), []).append(path)
    return pages


# --------------------------------------------------------------------------- navigation


def test_the_nav_is_grouped_and_lists_every_page_of_its_language_once(site: Site) -> None:
    problems: list[str] = []
    for lang, paths in _by_lang(site).items():
        for path in paths:
            page = _parsed(site, path)
            sections = [
                s for s in page.nav_sections if s in GROUPS[lang] or s in GROUPS["en" if lang == "zh" else "zh"]
            ]
            if sections != GROUPS[lang]:
                problems.append(f"/{path}: nav groups {page.nav_sections}, expected {GROUPS[lang]}")
            listed = [_resolve(site, path, href) for href in page.nav_links]
            if sorted(listed) != sorted(paths):
                missing = sorted(set(paths) - set(listed))
                extra = sorted(set(listed) - set(paths))
                twice = sorted({p for p in listed if listed.count(p) > 1})
                problems.append(f"/{path}: nav misses {missing}, lists {extra} of another language, twice {twice}")
    assert not problems, "\n".join(problems[:20])


def test_previous_and_next_links_walk_every_page_in_nav_order(site: Site) -> None:
    problems: list[str] = []
    for lang, paths in _by_lang(site).items():
        home = "zh/" if lang == "zh" else ""
        order = [_resolve(site, home, href) for href in _parsed(site, home).nav_links]
        walked, path = [home], home
        while (nxt := _parsed(site, path).next) and len(walked) <= len(paths):
            following = _resolve(site, path, nxt)
            back = _parsed(site, following).prev
            if not back or _resolve(site, following, back) != path:
                problems.append(f"/{following}: its previous link does not lead back to /{path}")
            walked.append(path := following)
        if walked != order:
            problems.append(f"{lang}: following 'next' from the home page visits {walked}, the nav lists {order}")
        if _parsed(site, home).prev:
            problems.append(f"/{home}: the first page has a previous link")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- identity and links


def test_the_site_name_says_what_it_is_in_each_language(site: Site) -> None:
    problems: list[str] = []
    for path in site.pages:
        lang = site.lang(path)
        page = _parsed(site, path)
        title = " ".join(page.title.split())
        if not title.endswith(SITE_NAMES[lang]):
            problems.append(f"/{path}: <title> {title!r} does not end with {SITE_NAMES[lang]!r}")
        header = re.search(
            r'<div class="md-header__topic">\s*<span class="md-ellipsis">\s*([^<]+?)\s*</span>', site.html(path)
        )
        if not header or header.group(1) != SITE_NAMES[lang]:
            problems.append(f"/{path}: the header says {header and header.group(1)!r}")
    assert not problems, "\n".join(problems)


def _built_text_files(root: Path) -> list[Path]:
    return [f for f in root.rglob("*") if f.suffix in {".html", ".xml", ".json", ".js", ".txt"} and f.is_file()]


def test_no_placeholder_and_no_link_to_anyone_else(site: Site) -> None:
    problems: list[str] = []
    for file in _built_text_files(site.root):
        if ("javascripts" in file.parts and "mermaid" in file.parts) or file.parts[len(site.root.parts)] == "pagefind":
            continue  # the vendored libraries' own code (mermaid, pagefind's scripts)
        text = file.read_text(encoding="utf-8", errors="replace")
        problems += [f"/{file.relative_to(site.root)}: {m.group(0)!r}" for m in PLACEHOLDER.finditer(text)]
        if file.suffix == ".html":
            for href in re.findall(r'(?:href|src)="(https?://[^"]+)"', text):
                if urlsplit(href).netloc not in LINKABLE_HOSTS:
                    problems.append(f"/{file.relative_to(site.root)}: a link to {href}")
    assert not problems, "\n".join(sorted(set(problems))[:30])
    home = site.html("")
    assert f'href="{PUBLISHED["REPO_URL"]}"' in home, "the repository the publisher names is not linked"


def test_unset_the_site_has_no_site_url_and_no_repository_link() -> None:
    """What .ci/run builds (no publisher's settings): no canonical address, no repository link."""
    script = (
        "import sys; sys.path.insert(0, 'hooks'); import site_identity\n"
        "from mkdocs.config import load_config\n"
        "c = site_identity.on_config(load_config('mkdocs.yml'))\n"
        "print(repr(c.site_url), repr(c.repo_url), repr(c.extra['social']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in PUBLISHED}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split("\n")[-2] == "None None []", out.stdout + out.stderr


def test_every_page_has_its_own_description(site: Site) -> None:
    problems: list[str] = []
    for lang, paths in _by_lang(site).items():
        seen: dict[str, str] = {}
        for path in paths:
            description = _parsed(site, path).meta.get("description", "")
            if len(description) < (20 if lang == "zh" else 40):
                problems.append(f"/{path}: description {description!r}")
            elif description in seen:
                problems.append(f"/{path} has the description of /{seen[description]}")
            seen[description] = path
            if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", description):
                problems.append(f"/{path}: the description is not Chinese")
    assert not problems, "\n".join(problems)


def test_language_alternates_are_absolute_and_lead_to_the_twin(site: Site) -> None:
    problems: list[str] = []
    for path in site.pages:
        lang, twin = site.lang(path), site.twin(path)
        other = "zh" if lang == "en" else "en"
        alternates = _parsed(site, path).alternates
        expected = {
            lang: site.site_url + path,
            other: site.site_url + twin,
            "x-default": site.site_url + path.removeprefix("zh/"),
        }
        if alternates != expected:
            problems.append(f"/{path}: alternates {alternates}, expected {expected}")
    assert not problems, "\n".join(problems[:10])


def _go_doc(import_path: str) -> str:
    env = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="-mod=mod", GOPROXY="off")
    out = subprocess.run(
        [harness.go_tool(), "doc", "-all", import_path],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return out.stdout


def test_go_identifiers_link_to_pkg_go_dev_and_each_exists(site: Site) -> None:
    links: set[str] = set()
    for path in site.pages:
        links.update(re.findall(r'href="(https://pkg\.go\.dev/[^"]+)"', site.html(path)))
    assert len(links) > 40, f"only {len(links)} Go identifiers are linked"
    for must in ("context#WithCancel", "runtime#Goexit", "os#Exit", "sync#WaitGroup.Wait", "builtin#close"):
        assert f"https://pkg.go.dev/{must}" in links, f"no page links {must}"
    by_package: dict[str, set[str]] = {}
    for link in links:
        package, _, symbol = link.removeprefix("https://pkg.go.dev/").partition("#")
        by_package.setdefault(package, set()).add(symbol)
    std = sorted(p for p in by_package if not p.startswith("golang.org/") and p != "builtin")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        docs = dict(zip(std, pool.map(_go_doc, std), strict=True))
    missing: list[str] = []
    for package, doc in docs.items():
        for symbol in by_package[package]:
            name = symbol.split(".")[-1]
            owner = symbol.split(".")[0] if "." in symbol else None
            declared = (
                re.search(rf"^func \(\w+ \*?{owner}(\[[^\]]*\])?\) {name}\(", doc, re.M)
                or re.search(rf"^type {owner} interface {{(?:.|\n)*?^\t{name}\(", doc, re.M)
                if owner
                else re.search(rf"^(func|type) {name}\b|^\t{name}\b.*=|^(var|const) {name}\b", doc, re.M)
            )
            if not declared:
                missing.append(f"{package}#{symbol}")
    assert not missing, f"links to names `go doc` does not know: {sorted(missing)}"


def _git_date(file: Path) -> str:
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", str(file)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return out.stdout.strip()


def test_each_page_says_when_it_last_changed_and_which_go_verified_its_outputs(site: Site) -> None:
    env = dict(os.environ, GOTOOLCHAIN="local")
    go_version = subprocess.run(
        [harness.go_tool(), "env", "GOVERSION"], capture_output=True, text=True, env=env, check=True
    ).stdout.strip()
    problems: list[str] = []
    with_examples = 0
    for path in site.pages:
        html = site.html(path)
        facts = re.search(r'<aside class="md-source-file page-facts">(.*?)</aside>', html, re.S)
        if not facts:
            problems.append(f"/{path}: no page facts under the page")
            continue
        text = " ".join(re.sub(r"<[^>]+>", " ", facts.group(1)).split())
        date = re.search(r"(\d{4}-\d{2}-\d{2})", text)
        if not date:
            problems.append(f"/{path}: no date in {text!r}")
        else:
            source = _source_of(site, path)
            committed = _git_date(source)
            if committed and committed != date.group(1):
                problems.append(f"/{path}: last updated {date.group(1)}, git says {source.name} changed {committed}")
        if "--8<--" in _source_of(site, path).read_text(encoding="utf-8"):
            with_examples += 1
            label = "本页输出已用 Go " if site.lang(path) == "zh" else "Outputs verified with Go "
            if label + go_version.removeprefix("go") not in text:
                problems.append(f"/{path}: {text!r} does not say {label}{go_version.removeprefix('go')}")
    assert with_examples > 5
    assert not problems, "\n".join(problems)


def _source_of(site: Site, path: str) -> Path:
    name = path.removeprefix("zh/").strip("/") or "index"
    suffix = ".zh.md" if site.lang(path) == "zh" else ".md"
    for candidate in (ROOT / "docs" / (name + suffix), ROOT / "docs" / name / ("index" + suffix)):
        if candidate.exists():
            return candidate
    raise AssertionError(f"/{path}: no source file in docs/")


# --------------------------------------------------------------------------- in the browser


def test_switcher_keeps_the_anchor_and_marks_the_current_language(site: Site, browser: Browser) -> None:
    # A page with a heading id deep in it, present in both languages.
    path = next(p for p in site.pages if site.lang(p) == "en" and site.twin(p) in site.pages and p)
    ids = re.findall(r'<h2 id="([\w-]+)"', site.html(path))
    zh_ids = set(re.findall(r'<h2 id="([\w-]+)"', site.html(site.twin(path))))
    anchor = next(i for i in reversed(ids) if i in zh_ids)
    context = new_context(browser)
    page = context.new_page()
    page.goto(site.url(path) + "#" + anchor)
    problems: list[str] = []
    for lang, expected in (("zh", site.twin(path)), ("en", path)):
        here = "en" if lang == "zh" else "zh"
        page.hover(".md-header .md-select")
        current = page.locator(".md-header .md-select a[aria-current=true]")
        if current.count() != 1 or current.get_attribute("hreflang") != here:
            problems.append(f"on a {here} page the switcher marks {current.count()} links as current")
        with page.expect_navigation(wait_until="load"):
            page.click(f".md-header .md-select a.md-select__link[hreflang='{lang}']")
        url = urlsplit(page.url)
        if site.path_of(page.url) != expected or url.fragment != anchor:
            problems.append(f"switching to {lang} led to {page.url}, not /{expected}#{anchor}")
        top = page.evaluate(f"document.getElementById({anchor!r}).getBoundingClientRect().top")
        if not 0 <= top < 200:
            problems.append(f"after switching to {lang}, #{anchor} is {top}px from the top, not in view")
    # A link inside the page changes the anchor: the switcher follows it.
    first = ids[0]
    page.evaluate(f"location.hash = {first!r}")
    page.hover(".md-header .md-select")
    href = page.locator(".md-header .md-select a.md-select__link[hreflang='zh']").evaluate("a => a.href")
    if urlsplit(href).fragment != first:
        problems.append(f"after following #{first}, the switcher leads to {href}")
    context.close()
    assert not problems, "\n".join(problems)


def test_a_404_page_per_language_with_search_and_a_way_home(site: Site, browser: Browser) -> None:
    context = new_context(browser)
    page = context.new_page()
    problems: list[str] = []
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.url}: {r.status}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    # The host shows 404.html at any address with no page, however deep (the test server does as
    # GitHub Pages does): its links and assets must work from there. zh/404.html is the Chinese one.
    for lang, file, home, heading in (
        ("en", "no/such/page/", "", "Page not found"),
        ("zh", "zh/404.html", "zh/", "找不到这个页面"),
    ):
        failed.clear()
        response = page.goto(site.url(file))
        if lang == "en" and (response is None or response.status != 404):
            problems.append(f"/{file}: HTTP {response and response.status}, not 404")
        bad = [f for f in failed if not f.startswith(site.url(file) + ":")]  # the page itself is a 404
        if bad:
            problems.append(f"/{file}: failed requests {bad}")
        if page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") not in ("sticky", "fixed"):
            problems.append(f"/{file}: the theme's stylesheet did not apply")
        if page.evaluate("document.documentElement.lang") != lang:
            problems.append(f"/{file} is not in {lang}")
        if page.locator("h1").first.inner_text().strip() != heading:
            problems.append(f"/{file}: its heading is {page.locator('h1').first.inner_text()!r}")
        if not page.title().endswith(SITE_NAMES[lang]):
            problems.append(f"/{file}: title {page.title()!r}")
        page.locator("article [data-site-search-open]").click()
        box = page.locator(".pagefind-ui__search-input")
        box.wait_for()
        box.fill("Goexit")
        page.locator(".pagefind-ui__result-link").first.wait_for()
        found = {
            site.lang(site.path_of(urljoin(page.url, a.get_attribute("href") or "")))
            for a in page.locator(".pagefind-ui__result-link").all()
        }
        if found != {lang}:
            problems.append(f"/{file}: its search finds pages in {found}")
        page.keyboard.press("Escape")
        with page.expect_navigation():
            page.locator("article a.md-button").click()
        if site.path_of(page.url) != home:
            problems.append(f"/{file}: its home link leads to {page.url}")
        page.goto(site.url(file))
        page.hover(".md-header .md-select")
        targets = sorted(
            site.path_of(link.evaluate("a => a.href")) for link in page.locator(".md-header a.md-select__link").all()
        )
        if targets != ["", "zh/"]:
            problems.append(f"/{file}: the language switcher leads to {targets}, not to the two home pages")
    context.close()
    assert not problems, "\n".join(problems)
