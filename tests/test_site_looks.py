"""How the site looks and reads, in headless Chromium: both colour schemes at both widths
(1280x800 and a 390x844 phone), every page of both languages.

One browser context per width, one tab reused for every page (a page load is the expensive
part): each page is loaded once per width, measured, photographed, switched to the other
scheme with the theme's own toggle, photographed again, and switched back. axe-core (the copy
that the PyPI package axe-playwright-python ships, injected by this test, never published)
runs on every page in the light scheme at 1280 and in the dark scheme at 390: every page is
checked in both schemes. The phone context prefers the dark scheme: the site must follow it.

Screenshots (the first screen) go to screenshots/<lang>-<page>-<scheme>-<width>.png.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Error, Page

from sitekit import OPEN_SHADOW_ROOTS, SHOTS, TIMEOUT_MS, Site, slug

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
MIN_LABEL_PX = 11.5  # the smallest diagram label, as rendered, that a phone reader can read
SERIOUS = {"serious", "critical"}

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
        images: Array.from(document.querySelectorAll("article img"))
            .map((i) => ({ alt: i.alt, width: i.getBoundingClientRect().width })),
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
    first: dict[str, Any]  # MEASURE in the scheme the page loaded in
    second: dict[str, Any]  # MEASURE after the toggle
    shots: list[Path] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)  # axe, serious and critical only
    axed: bool = False
    console_errors: list[str] = field(default_factory=list)


def _wait_for_diagrams(page: Page, expected: int) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        if page.evaluate("document.querySelectorAll('div.mermaid').length") >= expected:
            page.wait_for_timeout(50)  # the tabindex is set just after
            return
        page.wait_for_timeout(100)


def _toggle(page: Page) -> None:
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator(".md-header label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function("(s) => document.body.getAttribute('data-md-color-scheme') !== s", arg=before)
    page.wait_for_timeout(50)


def _axe(page: Page) -> list[dict[str, Any]]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE)
    result: dict[str, Any] = page.evaluate("axe.run(document, { resultTypes: ['violations'] })")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"][:3]]}
        for v in result["violations"]
        if v["impact"] in SERIOUS
    ]


@pytest.fixture(scope="module")
def views(site: Site, browser: Browser) -> dict[tuple[str, str], View]:
    SHOTS.mkdir(exist_ok=True)
    out: dict[tuple[str, str], View] = {}
    started = time.monotonic()
    for width, viewport in WIDTHS.items():
        dark_first = width == "phone"
        context = browser.new_context(
            viewport=viewport,  # type: ignore[arg-type]
            color_scheme="dark" if dark_first else "light",
            service_workers="block",
            reduced_motion="reduce",
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.add_init_script(OPEN_SHADOW_ROOTS)
        page = context.new_page()
        errors: list[str] = []

        def on_console(message: ConsoleMessage, errors: list[str] = errors) -> None:
            if message.type == "error":
                errors.append(message.text)

        def on_error(error: Error, errors: list[str] = errors) -> None:
            errors.append(f"uncaught {error}")

        page.on("console", on_console)
        page.on("pageerror", on_error)
        for path in site.pages:
            errors.clear()
            page.goto(site.url(path), wait_until="load")
            _wait_for_diagrams(page, site.html(path).count('class="mermaid"'))
            first: dict[str, Any] = page.evaluate(MEASURE)
            view = View(path, width, first, {})
            if (site.lang(path) == "en") == (width == "desktop"):
                view.violations = _axe(page)
                view.axed = True
            for measured in ("first", "second"):
                scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
                shot = SHOTS / f"{slug(path)}-{'dark' if scheme == 'slate' else 'light'}-{viewport['width']}.png"
                page.screenshot(path=str(shot))
                view.shots.append(shot)
                _toggle(page)
                if measured == "first":
                    view.second = page.evaluate(MEASURE)
            view.console_errors = list(errors)
            out[(path, width)] = view
        context.close()
    seconds = time.monotonic() - started
    axed = sum(v.axed for v in out.values())
    print(f"\nsite looks: {len(out)} page views, {2 * len(out)} screenshots, {axed} axe runs in {seconds:.0f} s")
    report = {f"/{p} {w}": v.violations for (p, w), v in out.items() if v.violations}
    (SHOTS / "axe.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def _schemes(view: View) -> dict[str, dict[str, Any]]:
    return {view.first["scheme"]: view.first, view.second["scheme"]: view.second}


def test_every_page_loads_without_console_errors_at_both_widths(views: dict[tuple[str, str], View]) -> None:
    problems = [f"/{v.path} ({v.width}): {e}" for v in views.values() for e in v.console_errors]
    assert not problems, "\n".join(problems[:20])


def test_the_scheme_follows_the_system_and_the_toggle_switches_it(
    views: dict[tuple[str, str], View], site: Site
) -> None:
    first_page = site.pages[0]
    # The first page of each context, before the reader chose: the system's preference.
    assert views[(first_page, "desktop")].first["scheme"] == "default"
    assert views[(first_page, "phone")].first["scheme"] == "slate"
    problems: list[str] = []
    for view in views.values():
        schemes = _schemes(view)
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
    axed = {(v.path, v.first["scheme"]) for v in views.values() if v.axed}
    assert {p for p, _ in axed} == set(site.pages), "axe did not run on every page"
    assert {s for _, s in axed} == {"default", "slate"}, "axe did not run in both schemes"
    problems = [
        f"/{v.path} ({v.width}, {v.first['scheme']}): {x['impact']} {x['id']}: {x['help']} at {x['nodes']}"
        for v in views.values()
        for x in v.violations
    ]
    assert not problems, "\n".join(problems[:30])


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
        if view.first["pageOverflow"] or view.second["pageOverflow"]:
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


def test_previous_next_links_show_and_screenshots_exist(views: dict[tuple[str, str], View]) -> None:
    problems: list[str] = []
    for view in views.values():
        if view.first["nextShown"] is False:
            problems.append(f"/{view.path} ({view.width}): the next-page link is not shown")
        for shot in view.shots:
            if not shot.exists() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                problems.append(f"{shot}: missing or not a PNG")
    names = {shot.name for view in views.values() for shot in view.shots}
    assert len(names) == 2 * len(views), "two screenshots per page view, one per scheme"
    assert not problems, "\n".join(problems)
