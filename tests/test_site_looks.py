"""How the site looks and reads, in headless Chromium: every page of both languages at two widths
(1280x800 in the light scheme, and a 390x844 phone in both schemes).

Each page is loaded once per width (a page load is the expensive part), a few pages at once,
each in its own browser context (one tab each, reused from page to page): measured and
photographed in the scheme it loads in; on the phone, switched to the other scheme in place
with the theme's own toggle (the first page of each context with a reader's click, the rest by
the same label's click event), measured and photographed again. The desktop contexts prefer the
light scheme, the phone ones the dark: the first page of each must follow the system.

axe-core (the copy that the PyPI package axe-playwright-python ships, injected by this test,
never published) runs on every page of both languages once, at 390 px, where tables and
diagrams scroll and the header's buttons are smallest: every rule in the scheme the page
loaded in, then colour contrast again in the other scheme. Contrast is checked on every
element except those that look exactly like one already checked, on this page or an earlier
one (the same colour, size, weight and shadow over the same backgrounds and opacities: the same
contrast). Those are most of a page (a code block is hundreds of highlighted spans, an API page
thousands of signature tokens and table cells, in a few dozen looks; and every page has the
same theme) and were most of axe's time: on the API page, contrast in one scheme took 29 s with
every element, 12 s with code tokens deduplicated. Links in running text are checked the same
way by axe's link-in-text-block rule (a link and its block, each with its look and styling,
checked once). A violation is reported on the first page that has the look. axe runs while the
test goes on with the other pages; nothing waits a fixed time.

Screenshots (the first screen) go to screenshots/<lang>-<page>-<scheme>-<width>.jpg.

Measured 2026-12-02 on the 2-core machine, nothing else running, 36 pages: 166 s for the 72
views, 144 screenshots and 72 axe runs, 302 CPU seconds (Chromium included); of the views' time,
axe's results were waited for 57 s, the toggles took 21 s and the screenshots 12 s. The desktop
pages are no longer toggled since (108 screenshots). With every element's contrast checked, the
wait for axe was 232 s at load 9. Alone and idle, the module took 113 s and 198 CPU s with the
looks deduplicated page by page, 92 s and 154 CPU s with looks and links checked once for the
whole site, 69 s and 113 CPU s with the diagrams' labels (in shadow roots) deduplicated too and
each element's style read once (2026-12-02).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Error, Page

from sitekit import OPEN_SHADOW_ROOTS, SHOTS, TIMEOUT_MS, Site, slug

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
AXE_WIDTH = "phone"
# The widths whose pages are also switched to the other scheme, measured and photographed again:
# the phone's, where axe checks contrast in both. A page's layout is the same in either scheme
# (the toggle changes colours only): the desktop pages' second scheme was a picture for seconds.
TOGGLE_WIDTHS = {"phone"}
PAGES_AT_ONCE = 3  # contexts side by side: one page's scripts (mermaid, axe) run while another loads
MIN_LABEL_PX = 11.5  # the smallest diagram label, as rendered, that a phone reader can read
SERIOUS = {"serious", "critical"}
SHOT_QUALITY = 80  # JPEG: half the time of a PNG, and text stays sharp enough to read

# Everything these tests read from a page, in one round trip.
MEASURE = """() => {
    const px = (v) => parseFloat(v) || 0;
    const LABELS = ".nodeLabel, .edgeLabel, text.actor, text.messageText, .noteText";
    const scheme = document.body.getAttribute("data-md-color-scheme");
    const diagrams = Array.from(document.querySelectorAll("div.mermaid")).map((host) => {
        const svg = host.shadowRoot && host.shadowRoot.querySelector("svg");
        if (!svg) return { rendered: false };
        const box = svg.getBoundingClientRect();
        const scale = box.width / (svg.viewBox.baseVal.width || box.width);
        const labels = Array.from(svg.querySelectorAll(LABELS)).filter((l) => (l.textContent || "").trim());
        const sizes = labels.map((l) => px(getComputedStyle(l).fontSize) * scale);
        const byId = (attr) => (svg.getAttribute(attr) || "").split(/\\s+/)
            .map((id) => svg.querySelector("#" + CSS.escape(id)))
            .filter(Boolean).map((e) => e.textContent.trim()).join(" ");
        return {
            rendered: true,
            width: box.width,
            smallestLabel: sizes.length ? Math.min(...sizes) : 0,
            labels: sizes.length,
            name: byId("aria-labelledby"),
            description: byId("aria-describedby"),
            hostScrolls: host.scrollWidth > host.clientWidth + 1,
            hostFocusable: host.tabIndex === 0,
        };
    });
    const codeOverflow = Array.from(document.querySelectorAll("article pre > code"))
        .filter((c) => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1).length;
    const em = document.querySelector("article em");
    const emStyle = em ? getComputedStyle(em) : null;
    const next = document.querySelector(".md-footer__link--next");
    return {
        scheme,
        pageOverflow: document.documentElement.scrollWidth > innerWidth + 1,
        codeOverflow,
        diagrams,
        em: emStyle && {
            fontStyle: emStyle.fontStyle,
            emphasis: emStyle.textEmphasisStyle || emStyle.webkitTextEmphasisStyle,
        },
        images: Array.from(document.querySelectorAll("article img")).map((i) => ({
            alt: i.alt, src: i.currentSrc, width: i.getBoundingClientRect().width, natural: i.naturalWidth,
        })),
        nextShown: next ? next.getBoundingClientRect().height > 0 : null,
        searchButton: !!document.querySelector(".md-header [data-site-search-open]"),
        textColor: getComputedStyle(document.querySelector("article")).color,
        background: getComputedStyle(document.body).backgroundColor,
    };
}"""


@dataclass
class View:
    path: str
    width: str
    first: dict[str, Any] = field(default_factory=dict)  # MEASURE in the scheme the page loaded in
    second: dict[str, Any] = field(default_factory=dict)  # MEASURE after the toggle
    shots: list[Path] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)  # axe, serious and critical only
    axed: dict[str, list[str]] = field(default_factory=dict)  # scheme -> the rules axe ran in it
    console_errors: list[str] = field(default_factory=list)


# The elements whose look an element already checked has get data-axe-same-look, and axe's
# contrast rule skips them (see the module's docstring). A look is everything axe's contrast
# computation reads: the text's colour, size, weight and shadow, and every background and opacity
# between the text and the first opaque background (a translucent tint over a card over the page
# is the three of them), so two elements with one look have one contrast. Only elements with text
# of their own are compared: the others have no contrast to check. The looks already checked are
# those of this page and of the pages checked before it (`known`, kept by the test; every page has
# the same theme, so after the first few pages almost every look has been checked).
#
# Links get the same treatment for axe's link-in-text-block rule (a link in running text must
# differ from the text around it by more than its colour): data-axe-same-link on a link whose
# look, whose styling (underline, border, weight, pseudo-elements) and whose block's look and
# styling a link already checked had. That rule compares exactly those: the link with the first
# block around it (axe's own isBlock walk, repeated here). A link counts as checked only when the
# rule applies to it (axe's own test, link-in-text-block-matches, with axe's own functions): a
# look first seen on a link outside running text is not taken as checked in running text.
MARK_SAME_LOOKS = """(known) => {
    const checked = new Set(known);
    // Every element, those in (open) shadow roots too: axe checks a diagram's labels as well.
    const all = [];
    const collect = (root) => {
        for (const e of root.querySelectorAll("*")) {
            all.push(e);
            if (e.shadowRoot) collect(e.shadowRoot);
        }
    };
    collect(document.body);
    const parentOf = (e) => e.parentElement || (e.parentNode && e.parentNode.host) || null;
    const styles = new Map();
    const style = (e) => {
        let s = styles.get(e);
        if (s === undefined) styles.set(e, (s = getComputedStyle(e)));
        return s;
    };
    const clear = (c) => c === "rgba(0, 0, 0, 0)" || c === "transparent";
    // The backgrounds and opacities from e down to the first opaque background, read once per element.
    const below = new Map();
    const backdrop = (e) => {
        if (!e) return "";
        let b = below.get(e);
        if (b !== undefined) return b;
        const t = style(e);
        const parts = [];
        if (t.opacity !== "1") parts.push("opacity " + t.opacity);
        if (t.backgroundImage !== "none") parts.push(t.backgroundImage);
        let opaque = false;
        if (!clear(t.backgroundColor)) {
            parts.push(t.backgroundColor);
            opaque = !t.backgroundColor.startsWith("rgba"); // opaque: nothing below shows through
        }
        if (!opaque) parts.push(backdrop(parentOf(e)));
        below.set(e, (b = parts.join("|")));
        return b;
    };
    const look = (e) => {
        const s = style(e);
        return [s.color, s.fill, s.fontSize, s.fontWeight, s.textShadow, backdrop(e)].join("|");
    };
    // What link-in-text-block-style compares (axe's qh), beyond the look: borders, outline,
    // font family, decoration, style; and the pseudo-elements it looks at.
    const STYLING = ["fontFamily", "fontStyle", "textDecoration", "textDecorationLine", "textDecorationStyle",
        "borderBottomStyle", "borderBottomWidth", "borderBottomColor", "borderTopStyle", "borderTopWidth",
        "borderTopColor", "outlineStyle", "outlineWidth", "outlineColor"];
    const styling = (element) => {
        const s = style(element);
        const pseudo = ["::before", "::after"].map((p) => {
            const q = getComputedStyle(element, p);
            return [q.content, q.display, q.position, q.width, q.height, q.backgroundColor, q.backgroundImage]
                .join(" ");
        });
        return [...STYLING.map((k) => s[k]), ...pseudo].join("|");
    };
    const BLOCKS = ["block", "list-item", "table", "flex", "grid", "inline-block"]; // axe's isBlock
    const isBlock = (e) => {
        const d = style(e).display;
        return BLOCKS.includes(d) || d.startsWith("table-");
    };
    let tree = false;
    const applies = (link) => { // link-in-text-block-matches, from axe's own functions
        if (!tree) { axe.setup(document); tree = true; } // they read axe's tree of the page, as in a run
        const role = axe.commons.aria.getRole(link);
        return !!link.innerText.trim() && (!role || role === "link") && axe.commons.dom.isVisibleOnScreen(link)
            && axe.commons.dom.isInTextBlock(link);
    };
    const ownText = (e) => Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    // Read every look first, then mark: a change to the DOM between two reads of computed
    // styles would make the browser recompute the styles of the page for each element.
    const fresh = [];
    const same = [];
    const sameLinks = [];
    for (const element of all) {
        if (!ownText(element) || !element.checkVisibility()) continue; // axe skips hidden text, so must its stand-in
        const key = "text " + look(element);
        if (checked.has(key)) same.push(element);
        else { checked.add(key); fresh.push(key); }
    }
    for (const link of all) {
        if (!link.matches("a[href], [role=link]")) continue;
        let block = parentOf(link);
        while (block && !isBlock(block)) block = parentOf(block);
        if (!block) continue;
        const key = ["link", style(link).display, look(link), styling(link), look(block), styling(block)].join(" / ");
        if (checked.has(key)) sameLinks.push(link);
        else if (applies(link)) { checked.add(key); fresh.push(key); }
    }
    if (tree) axe.teardown();
    for (const e of all) {
        e.removeAttribute("data-axe-same-look");
        e.removeAttribute("data-axe-same-link");
    }
    for (const e of same) e.setAttribute("data-axe-same-look", "");
    for (const e of sameLinks) e.setAttribute("data-axe-same-link", "");
    return { marked: same.length, links: sameLinks.length, fresh };
}"""
# Started without waiting (window.__axe holds the promise), collected by AXE_RESULT.
AXE_START = """([only, serious]) => {
    axe.configure({ rules: [
        { id: "color-contrast", selector: "*:not([data-axe-same-look])" },
        {
            id: "link-in-text-block",
            selector: "a[href]:not([data-axe-same-link]), [role=link]:not([data-axe-same-link])",
        },
    ] });
    const options = { resultTypes: ["violations"] };
    if (only) options.runOnly = { type: "rule", values: only };
    // From a task of its own: axe.run does most of its work before it returns its promise.
    const later = new Promise((started) => setTimeout(started, 0));
    window.__axe = later.then(() => axe.run(document, options)).then((result) => ({
        rules: [...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
        violations: result.violations.filter((v) => serious.includes(v.impact)).map((v) => ({
            id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target),
        })),
    }));
}"""
AXE_RESULT = "() => window.__axe"
SCHEME = "document.body.getAttribute('data-md-color-scheme')"
# Diagrams are in place (Material swaps each pre.mermaid for a div.mermaid) and focusable
# (mermaid-loader.js sets tabindex just after), and two frames have been drawn since.
DIAGRAMS_READY = """(expected) => document.querySelectorAll("div.mermaid[tabindex]").length >= expected"""
NEXT_FRAME = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


class Tab:
    """One browser context with one tab, for the pages of one width it is given in turn."""

    def __init__(self, browser: Browser, width: str, checked: set[str] | None = None) -> None:
        self.width = width
        self.checked = set() if checked is None else checked  # the looks axe checked, shared by the tabs
        self.context: BrowserContext = browser.new_context(
            viewport=WIDTHS[width],  # type: ignore[arg-type]
            color_scheme="dark" if width == "phone" else "light",
            service_workers="block",
            reduced_motion="reduce",
        )
        self.context.set_default_timeout(TIMEOUT_MS)
        self.context.add_init_script(OPEN_SHADOW_ROOTS)
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.clicked = False  # the first toggle is a reader's click
        self.view: View | None = None
        self.page.on("console", self._console)
        self.page.on("pageerror", self._error)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _error(self, error: Error) -> None:
        self.errors.append(f"uncaught {error}")

    def start(self, path: str, site: Site) -> View:
        self.errors.clear()
        self.view = View(path, self.width)
        self.page.goto(site.url(path), wait_until="commit")
        return self.view

    def scheme(self) -> str:
        return str(self.page.evaluate(SCHEME))

    def shoot(self) -> None:
        assert self.view is not None
        scheme = "dark" if self.scheme() == "slate" else "light"
        shot = SHOTS / f"{slug(self.view.path)}-{scheme}-{WIDTHS[self.width]['width']}.jpg"
        self.page.screenshot(path=str(shot), type="jpeg", quality=SHOT_QUALITY)
        self.view.shots.append(shot)

    def toggle(self) -> None:
        before = self.scheme()
        toggle = self.page.locator(".md-header label.md-header__button[for^='__palette']:visible").first
        if self.clicked:
            toggle.dispatch_event("click")
        else:
            toggle.click()
            self.clicked = True
        self.page.wait_for_function("(s) => document.body.getAttribute('data-md-color-scheme') !== s", arg=before)
        # The click left the focus on the toggle (a synthetic click shows its focus ring): the
        # screenshot is of the page as a reader sees it, not of the test's last click.
        self.page.evaluate("document.activeElement && document.activeElement.blur()")
        self.page.evaluate(NEXT_FRAME)

    def mark_same_looks(self) -> dict[str, Any]:
        """Inject axe if needed, mark what looks like something checked before, and count it as checked."""
        if not self.page.evaluate("typeof axe !== 'undefined'"):
            self.page.evaluate(AXE)
        marked: dict[str, Any] = self.page.evaluate(MARK_SAME_LOOKS, sorted(self.checked))
        self.checked.update(marked["fresh"])
        return marked

    def start_axe(self, only: list[str] | None) -> None:
        self.mark_same_looks()
        self.page.evaluate(AXE_START, [only, sorted(SERIOUS)])

    def collect_axe(self, scheme: str) -> None:
        assert self.view is not None
        result: dict[str, Any] = self.page.evaluate(AXE_RESULT)
        self.view.axed[scheme] = result["rules"]
        self.view.violations += [{**v, "scheme": scheme} for v in result["violations"]]

    def first_half(self, site: Site) -> None:
        """Loaded: measure, photograph, and (on the axe width) start axe with every rule."""
        assert self.view is not None
        self.page.wait_for_load_state("load")
        expected = site.html(self.view.path).count('class="mermaid"')
        if expected:
            self.page.wait_for_function(DIAGRAMS_READY, arg=expected, polling="raf")
        self.page.evaluate(NEXT_FRAME)
        self.view.first = self.page.evaluate(MEASURE)
        self.shoot()
        if self.width == AXE_WIDTH:
            self.start_axe(None)

    def second_half(self) -> None:
        """axe done: the other scheme, measured, photographed, its contrast checked by axe."""
        assert self.view is not None
        if self.width == AXE_WIDTH:
            self.collect_axe(self.view.first["scheme"])
        if self.width not in TOGGLE_WIDTHS:
            return
        self.toggle()
        self.view.second = self.page.evaluate(MEASURE)
        self.shoot()
        if self.width == AXE_WIDTH:
            self.start_axe(["color-contrast"])

    def finish(self) -> View:
        assert self.view is not None
        if self.width == AXE_WIDTH:
            self.collect_axe(self.view.second["scheme"])
        self.view.console_errors = list(self.errors)
        return self.view


@pytest.fixture(scope="module")
def views(site: Site, browser: Browser) -> dict[tuple[str, str], View]:
    SHOTS.mkdir(exist_ok=True)
    for old in SHOTS.glob("*-light-*.png"):  # this test wrote PNGs before
        old.unlink()
    for old in SHOTS.glob("*-dark-*.png"):
        old.unlink()
    out: dict[tuple[str, str], View] = {}
    started = time.monotonic()
    checked: set[str] = set()  # every look axe checked, on any page
    for width in WIDTHS:
        tabs = [Tab(browser, width, checked) for _ in range(PAGES_AT_ONCE)]
        pages = list(site.pages)
        for batch in (pages[i : i + len(tabs)] for i in range(0, len(pages), len(tabs))):
            busy = list(zip(tabs, batch, strict=False))
            for tab, path in busy:
                tab.start(path, site)
            for tab, _ in busy:
                tab.first_half(site)
            for tab, _ in busy:
                tab.second_half()
            for tab, path in busy:
                out[(path, width)] = tab.finish()
        for tab in tabs:
            tab.context.close()
    seconds = time.monotonic() - started
    runs = sum(len(v.axed) for v in out.values())
    shots = sum(len(v.shots) for v in out.values())
    print(f"\nsite looks: {len(out)} page views, {shots} screenshots, {runs} axe runs in {seconds:.0f} s")
    report = {f"/{p} {w}": v.violations for (p, w), v in out.items() if v.violations}
    (SHOTS / "axe.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def _schemes(view: View) -> dict[str, dict[str, Any]]:
    return {m["scheme"]: m for m in (view.first, view.second) if m}


def test_every_page_loads_without_console_errors_at_both_widths(views: dict[tuple[str, str], View]) -> None:
    problems = [f"/{v.path} ({v.width}): {e}" for v in views.values() for e in v.console_errors]
    assert not problems, "\n".join(problems[:20])


def test_the_scheme_follows_the_system_and_the_toggle_switches_it(
    views: dict[tuple[str, str], View], site: Site
) -> None:
    # The first page of each context, before the reader chose: the system's preference.
    for path in site.pages[:PAGES_AT_ONCE]:
        assert views[(path, "desktop")].first["scheme"] == "default", f"/{path} at 1280 ignores the light system"
        assert views[(path, "phone")].first["scheme"] == "slate", f"/{path} at 390 ignores the dark system"
    problems: list[str] = []
    for view in views.values():
        schemes = _schemes(view)
        if view.width not in TOGGLE_WIDTHS:
            if list(schemes) != ["default"]:
                problems.append(f"/{view.path} ({view.width}): loaded in {list(schemes)}, not the light system's")
            continue
        if set(schemes) != {"default", "slate"}:
            problems.append(f"/{view.path} ({view.width}): the toggle gave {list(schemes)}")
            continue
        if schemes["default"]["background"] == schemes["slate"]["background"]:
            problems.append(f"/{view.path} ({view.width}): the dark scheme has the light background")
        if not view.first["searchButton"]:
            problems.append(f"/{view.path}: no search button in the header")
    assert not problems, "\n".join(problems[:20])


def test_axe_finds_no_serious_or_critical_violation_in_either_scheme(
    views: dict[tuple[str, str], View], site: Site
) -> None:
    problems: list[str] = []
    for path in site.pages:
        axed = views[(path, AXE_WIDTH)].axed
        if set(axed) != {"default", "slate"}:
            problems.append(f"/{path}: axe ran in {sorted(axed)}, not in both schemes")
        elif not any(len(rules) > 50 for rules in axed.values()) or not all(
            "color-contrast" in r for r in axed.values()
        ):
            problems.append(
                f"/{path}: axe ran {[len(r) for r in axed.values()]} rules, not all of them and contrast twice"
            )
    problems += [
        f"/{v.path} ({v.width}, {x['scheme']}): {x['impact']} {x['id']}: {x['help']} at {x['nodes']}"
        for v in views.values()
        for x in v.violations
    ]
    assert not problems, "\n".join(problems[:30])


def _found_by(tab: Tab, rule: str) -> list[Any]:
    """What axe's ``rule`` alone finds on the tab's page, scoped as in the views: the nodes' targets."""
    tab.start_axe([rule])
    result = tab.page.evaluate(AXE_RESULT)
    return [n for v in result["violations"] if v["id"] == rule for n in v["nodes"]]


def test_the_contrast_check_skips_only_elements_that_look_alike(site: Site, browser: Browser) -> None:
    """The scoping of axe's contrast rule (MARK_SAME_LOOKS) leaves every distinct look in: a code
    token with a colour of its own, on a page whose other elements look alike, is still checked."""
    tab = Tab(browser, AXE_WIDTH)
    try:
        path = max(site.pages, key=lambda p: site.html(p).count("<span"))
        tab.start(path, site)
        tab.page.wait_for_load_state("load")
        marked = tab.mark_same_looks()["marked"]
        # Of the elements with text shown (a hidden tab's are skipped, by axe too), most look like another.
        shown = tab.page.evaluate(
            """() => Array.from(document.body.querySelectorAll("*")).filter((e) => e.checkVisibility()
                && Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())).length"""
        )
        assert marked > shown / 2, f"/{path}: only {marked} of {shown} elements with text look like another"
        # A token given a colour nobody could read is found, and is the only one found.
        tab.page.evaluate(
            """() => {
                const t = Array.from(document.querySelectorAll("pre code span"))
                    .filter((s) => s.checkVisibility() && !s.children.length && s.textContent.trim().length > 2)[40];
                // Nearly the code background (axe calls exactly 1:1 "maybe hidden", not a violation).
                const [r, g, b] = getComputedStyle(t.closest("pre")).backgroundColor.match(/[0-9]+/g).map(Number);
                const near = (c) => (c > 127 ? c - 24 : c + 24);
                t.style.color = `rgb(${near(r)}, ${near(g)}, ${near(b)})`;
                t.id = "unreadable";
            }"""
        )
        found = _found_by(tab, "color-contrast")
        assert found == [["#unreadable"]], found
    finally:
        tab.context.close()


def test_the_link_check_skips_only_links_that_look_alike(site: Site, browser: Browser) -> None:
    """The scoping of axe's link-in-text-block rule (MARK_SAME_LOOKS) skips the links of a look
    already checked, and only those: after a page's links were all seen once, a link in running
    text given a colour close to its text's (a look of its own) is still checked, and found."""
    tab = Tab(browser, AXE_WIDTH)
    try:
        plain_link = re.compile(r'<a href="[^"]*">[^<]+</a>')  # a link of text only, as in running text
        path = max(site.pages, key=lambda p: len(plain_link.findall(site.html(p))))
        tab.start(path, site)
        tab.page.wait_for_load_state("load")
        first = tab.mark_same_looks()
        assert first["links"] > 10, f"/{path}: only {first['links']} links look like another of the page"
        assert tab.mark_same_looks()["links"] > first["links"], "a second look at the page found nothing checked"
        tab.page.evaluate(
            """() => {
                const a = Array.from(document.querySelectorAll("article p > a[href]"))
                    .filter((l) => l.checkVisibility() && !l.children.length
                        && l.parentElement.textContent.length > 4 * l.textContent.length)[0];
                const [r, g, b] = getComputedStyle(a.parentElement).color.match(/[0-9.]+/g).map(Number);
                const near = (c) => (c > 127 ? c - 30 : c + 30);
                a.style.color = `rgb(${near(r)}, ${near(g)}, ${near(b)})`;
                a.style.textDecoration = "none";
                a.id = "indistinct";
            }"""
        )
        found = _found_by(tab, "link-in-text-block")
        assert found == [["#indistinct"]], found
    finally:
        tab.context.close()


def test_diagrams_have_an_accessible_name_and_stay_readable_on_a_phone(
    views: dict[tuple[str, str], View], site: Site
) -> None:
    problems: list[str] = []
    count = 0
    for view in views.values():
        for i, diagram in enumerate(view.first["diagrams"]):
            count += 1
            where = f"/{view.path} ({view.width}) diagram {i}"
            if not diagram["rendered"]:
                problems.append(f"{where}: not rendered")
                continue
            if len(diagram["name"]) < 4 or len(diagram["description"]) < 30:
                problems.append(f"{where}: accessible name {diagram['name']!r}, description {diagram['description']!r}")
            if not diagram["labels"]:
                problems.append(f"{where}: no labels found to measure")
            elif view.width == "phone" and diagram["smallestLabel"] < MIN_LABEL_PX:
                problems.append(f"{where}: labels rendered at {diagram['smallestLabel']:.1f} px")
            if diagram["hostScrolls"] and not diagram["hostFocusable"]:
                problems.append(f"{where}: scrolls sideways but takes no keyboard focus")
        if any(m["pageOverflow"] for m in _schemes(view).values()):
            problems.append(f"/{view.path} ({view.width}): the page itself scrolls sideways")
    assert count >= 10, f"only {count} diagrams seen"
    assert not problems, "\n".join(problems[:20])


def test_example_code_lines_fit_their_block_at_both_widths(views: dict[tuple[str, str], View]) -> None:
    problems = [
        f"/{v.path} ({v.width}): {v.first['codeOverflow']} code blocks hide lines past their edge"
        for v in views.values()
        if v.first["codeOverflow"]
    ]
    assert not problems, "\n".join(problems)


def test_chinese_emphasis_is_not_slanted(views: dict[tuple[str, str], View], site: Site) -> None:
    checked = 0
    for view in views.values():
        em = view.first["em"]
        if em is None or site.lang(view.path) != "zh":
            continue
        checked += 1
        assert em["fontStyle"] == "normal" and em["emphasis"] not in ("", "none"), f"/{view.path}: <em> is {em}"
    assert checked, "no Chinese page has an <em> to check"


def test_images_have_real_alternative_text(views: dict[tuple[str, str], View]) -> None:
    seen = [(v.path, img) for v in views.values() for img in v.first["images"]]
    assert seen, "no image in any article"
    problems = [f"/{path}: an image with alt {img['alt']!r}" for path, img in seen if len(img["alt"]) < 30]
    assert not problems, "\n".join(problems)


def test_the_chart_text_is_as_large_as_a_diagram_label_on_a_phone(
    views: dict[tuple[str, str], View], site: Site
) -> None:
    """The Performance chart (an SVG picture, bench/report.py) is scaled down to the column it
    is in: on a 390 px phone its text, rendered, must be as large as a diagram's smallest label."""
    checked = 0
    problems: list[str] = []
    for view in views.values():
        for img in view.first["images"]:
            if view.width != "phone" or not img["src"].endswith(".svg"):
                continue
            svg = (site.root / site.path_of(img["src"])).read_text(encoding="utf-8")
            sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
            rendered = min(sizes) * img["width"] / img["natural"]
            checked += 1
            if rendered < MIN_LABEL_PX:
                problems.append(
                    f"/{view.path}: {img['src']} shows its text at {rendered:.1f} px ({img['width']:.0f} px wide)"
                )
    assert checked >= 2, "no chart found on the phone views of the Performance pages"
    assert not problems, "\n".join(problems)


def test_previous_next_links_show_and_screenshots_exist(views: dict[tuple[str, str], View]) -> None:
    problems: list[str] = []
    for view in views.values():
        if view.first["nextShown"] is False:
            problems.append(f"/{view.path} ({view.width}): the next-page link is not shown")
        for shot in view.shots:
            if not shot.exists() or shot.read_bytes()[:3] != b"\xff\xd8\xff":
                problems.append(f"{shot}: missing or not a JPEG")
    names = {shot.name for view in views.values() for shot in view.shots}
    expected = sum(2 if view.width in TOGGLE_WIDTHS else 1 for view in views.values())
    assert len(names) == expected, "a screenshot per page view and scheme (two at the widths that toggle)"
    assert not problems, "\n".join(problems)
