"""The Run buttons, in headless Chromium: every example's real Go program, compiled to wasip1,
run in the reader's browser and checked against its output.txt.

Each example is run once, by clicking its Run button on the first page that shows it (pages
alternate between English and Chinese, so both languages' panels are used); a page's runs all
start at once, each in its own worker. What the panel shows is compared with output.txt by
harness.normalise (the Python rule, not the page's port of it), and the panel's own verdict
must agree. The examples of examples/not-runnable.toml show their reason instead of a button;
their binaries are run anyway and must still not print their output.txt, so the list cannot
go stale. That no page's first load fetches a binary is checked by test_browser.py, on the
loads it records (to a quiet network); here, the pages are checked again up to the first click.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

import harness
from sitekit import ROOT, Site, new_context

sys.path.insert(0, str(ROOT / "hooks"))

import example_block

# 600 s: the first test may pay for the site's build (wasm step included) besides every run.
pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

SPIN_LIMIT_MS = 2000  # the not-runnable busy loop gets this long (the page's limit is 10 s)
RUN_TIMEOUT_MS = 30_000
ENDED = ["same", "differs", "stopped", "limit", "error"]
EXAMPLES = {ex.name: ex for ex in harness.discover()}
NOT_RUNNABLE = example_block.not_runnable()


@dataclass
class Run:
    state: str  # the block's data-run once the run ended: same, differs, stopped, limit, error
    status: str  # the panel's status line
    shown: str  # the panel's output, as the reader sees it
    stderr: str  # the parts of it written to stderr


@dataclass
class Unrunnable:
    reason_shown: str  # the text shown in place of the button
    buttons: int
    transcript: str  # its binary, run anyway through goexitRun.run (run-panel.js)
    end: str


@dataclass
class PageRuns:
    path: str
    requests_before_click: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    runs: dict[str, Run] = field(default_factory=dict)
    unrunnable: dict[str, Unrunnable] = field(default_factory=dict)


def _names(html: str) -> list[str]:
    return re.findall(r'<div class="gx-example" [^>]*data-example="([^"]+)"', html)


def _block(name: str) -> str:
    return f'.gx-example[data-example="{name}"]'


def _open(browser: Browser, site: Site, path: str, record: PageRuns) -> tuple[BrowserContext, Page]:
    context = new_context(browser)
    page = context.new_page()
    context.on("request", lambda request: record.requests.append(request.url))
    page.on("console", lambda m: record.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: record.errors.append(f"uncaught {error}"))
    page.goto(site.url(path))  # to "load": the Run buttons work once run.js has run
    record.requests_before_click = list(record.requests)
    return context, page


def _wait_ended(page: Page, name: str) -> None:
    page.wait_for_function(
        "([sel, ended]) => ended.includes(document.querySelector(sel).dataset.run)",
        arg=[_block(name), ENDED],
        timeout=RUN_TIMEOUT_MS,
    )


def _result(page: Page, name: str) -> Run:
    got: dict[str, str] = page.locator(_block(name)).first.evaluate(
        """(b) => ({
            state: b.dataset.run,
            status: b.querySelector(".gx-run__status").textContent,
            shown: b.querySelector(".gx-run__out code").textContent,
            stderr: Array.from(b.querySelectorAll(".gx-run__out .gx-stderr")).map((s) => s.textContent).join(""),
        })"""
    )
    return Run(**got)


_ANYWAY = """async ([slugs, limitMs]) => {
    const run = await goexitRunReady();
    window.gxAnyway = Promise.all(slugs.map((slug) => run.run(slug, { limitMs }).done));
}"""


@pytest.fixture(scope="module")
def runs(site: Site, browser: Browser) -> dict[str, PageRuns]:
    """Every example, run once on the first page that shows it; what each page showed.

    On each page, every Run button is clicked at once and the not-runnable binaries start
    alongside: a run is mostly waiting (sleeps, a worker's start), so they overlap well."""
    with_examples = [p for p in site.pages if site.lang(p) == "en" and _names(site.html(p))]
    done: set[str] = set()
    results: dict[str, PageRuns] = {}
    for i, en_path in enumerate(with_examples):
        path = site.twin(en_path) if i % 2 else en_path
        todo = [n for n in dict.fromkeys(_names(site.html(path))) if n not in done]
        if not todo:
            continue
        done.update(todo)
        record = results[path] = PageRuns(path)
        context, page = _open(browser, site, path, record)
        runnable = [n for n in todo if n not in NOT_RUNNABLE]
        unrunnable = [n for n in todo if n in NOT_RUNNABLE]
        page.evaluate(_ANYWAY, [[EXAMPLES[n].slug for n in unrunnable], SPIN_LIMIT_MS])
        # Every Run button clicked at once (a click event on each, from the page: Playwright's
        # clicks, one after the other, would take longer than the runs; the mouse and the keyboard
        # are used in test_run_again_keeps_the_binary_stop_and_the_time_limit).
        page.evaluate(
            "(sels) => sels.forEach((sel) => document.querySelector(sel).click())",
            [f"{_block(name)} .gx-run__start" for name in runnable],
        )
        for name in runnable:
            _wait_ended(page, name)
            record.runs[name] = _result(page, name)
        anyway: list[dict[str, str]] = page.evaluate("async () => await window.gxAnyway")
        for name, ran in zip(unrunnable, anyway, strict=True):
            block = page.locator(_block(name)).first
            record.unrunnable[name] = Unrunnable(
                reason_shown=block.locator(".gx-run__no").text_content() or "",
                buttons=block.locator(".gx-run__start").count(),
                transcript=ran["transcript"],
                end=ran["end"],
            )
        context.close()
    return results


def _all_runs(runs: dict[str, PageRuns]) -> Iterator[tuple[str, str, Run]]:
    for path, record in runs.items():
        for name, run in record.runs.items():
            yield path, name, run


def test_every_example_is_run_or_listed_as_not_runnable(runs: dict[str, PageRuns]) -> None:
    ran = {name for _, name, _ in _all_runs(runs)}
    listed = {name for record in runs.values() for name in record.unrunnable}
    assert ran | listed == set(EXAMPLES), f"examples on no page: {sorted(set(EXAMPLES) - ran - listed)}"
    assert listed == set(NOT_RUNNABLE)
    assert {"en", "zh"} == {"zh" if p.startswith("zh/") else "en" for p in runs}, "both languages' pages ran"


def test_every_runnable_example_prints_its_output_txt(runs: dict[str, PageRuns]) -> None:
    problems = []
    for path, name, run in _all_runs(runs):
        expected = EXAMPLES[name].expected
        if harness.normalise(run.shown) != harness.normalise(expected):
            problems.append(f"/{path} {name}: the run printed\n{run.shown}\ninstead of\n{expected}")
        elif run.state != "same":
            problems.append(f"/{path} {name}: the output matches, but the panel says {run.state}: {run.status}")
    assert not problems, "\n".join(problems)


def test_stderr_is_streamed_in_the_same_panel_and_marked(runs: dict[str, PageRuns]) -> None:
    crashes = [(name, run) for _, name, run in _all_runs(runs) if re.search(r"^(panic|fatal error): ", run.shown, re.M)]
    assert crashes, "no runnable example writes a panic or fatal error to stderr"
    for name, run in crashes:
        first = re.search(r"^(panic|fatal error): .*$", run.shown, re.M)
        assert first and first.group(0) in run.stderr, f"{name}: {first} is not marked as stderr"
        assert run.stderr in run.shown, f"{name}: stderr is not part of the one stream"


def test_the_panel_says_so_in_the_pages_language(runs: dict[str, PageRuns]) -> None:
    for path, name, run in _all_runs(runs):
        if path.startswith("zh/"):
            assert run.status.startswith("归一化之后与上面的输出相同"), f"/{path} {name}: {run.status}"
        else:
            assert run.status.startswith("Same as the Output above"), f"/{path} {name}: {run.status}"


def test_not_runnable_examples_say_why_and_still_do_not_match(runs: dict[str, PageRuns]) -> None:
    problems = []
    for path, record in runs.items():
        lang = "zh" if path.startswith("zh/") else "en"
        for name, shown in record.unrunnable.items():
            if shown.buttons:
                problems.append(f"/{path} {name}: is listed as not runnable, yet has a Run button")
            if NOT_RUNNABLE[name][lang] not in shown.reason_shown:
                problems.append(f"/{path} {name}: shows {shown.reason_shown!r}, not its {lang} reason")
            if harness.normalise(shown.transcript) == harness.normalise(EXAMPLES[name].expected):
                problems.append(
                    f"{name}: its binary now prints its output.txt in the browser ({shown.end}): "
                    "remove it from examples/not-runnable.toml"
                )
    assert not problems, "\n".join(problems)


def test_no_binary_nor_runner_before_the_first_click_and_no_other_host(site: Site, runs: dict[str, PageRuns]) -> None:
    problems = []
    for path, record in runs.items():
        early = [url for url in record.requests_before_click if re.search(r"\.wasm|/run-(panel|worker)\.js", url)]
        problems += [f"/{path}: fetched {url} before any click" for url in early]
        problems += [
            f"/{path}: a request to another host: {url}"
            for url in record.requests
            if not url.startswith((site.base, "data:", "blob:"))
        ]
        problems += [f"/{path}: console: {error}" for error in record.errors]
    fetched = [url for record in runs.values() for url in record.requests if url.endswith(".wasm.gz")]
    assert fetched, "no run fetched a binary: the request log is broken"
    assert not problems, "\n".join(problems)


def test_the_javascript_normalise_is_the_python_one(site: Site, browser: Browser, runs: dict[str, PageRuns]) -> None:
    texts = [ex.expected for ex in EXAMPLES.values()]
    texts += [run.shown for _, _, run in _all_runs(runs)]  # real goroutine numbers, frames, addresses
    texts += [u.transcript for record in runs.values() for u in record.unrunnable.values()]
    texts += [
        "panic: boom\n\ngoroutine 7 [running]:\nmain.main.func1()\n\t/x/main.go:10 +0x99\nexit status 2\n",
        "goroutine 1 [chan receive]:\nmain.main()\n\t/x/main.go:3\n\ngoroutine 18 [select]:\nx\nexit status 2\n",
        "(main.T) 0xc000012345 0xZZ goroutine 12a\r\nend",
        "=== RUN   TestX\n    main_test.go:9: hi\n--- FAIL: TestX (0.01s)\nFAIL\nFAIL\tgoexit.dev/e/t\t0.004s\nFAIL\n",
        "panic: x\n\ngoroutine 7 [running]:\nf()\n\tx.go:1\nok  \tgoexit.dev/e/t\t0.004s [no tests to run]\n",
        "",
    ]
    context = new_context(browser)
    page = context.new_page()
    page.goto(site.url(""))
    ported: list[str] = page.evaluate("async (texts) => texts.map((await goexitRunReady()).normalise)", texts)
    context.close()
    wrong = [(t, p) for t, p in zip(texts, ported, strict=True) if p != harness.normalise(t)]
    assert not wrong, f"{len(wrong)} of {len(texts)} texts normalised differently, first: {wrong[0]}"


def test_run_again_keeps_the_binary_stop_and_the_time_limit(site: Site, browser: Browser) -> None:
    path = "goexit/"
    name = _names(site.html(path))[0]
    record = PageRuns(path)
    context, page = _open(browser, site, path, record)
    run_button = page.locator(f"{_block(name)} .gx-run__start")
    stop_button = page.locator(f"{_block(name)} .gx-run__stop")
    # Stop, clicked while the binary loads (held back until then: the run itself is quick).
    held: list[Route] = []
    page.route("**/*.wasm.gz", lambda route: held.append(route))
    run_button.click()
    stop_button.click()
    _wait_ended(page, name)
    stopped = _result(page, name)
    assert stopped.state == "stopped" and stopped.status == "Stopped.", stopped
    assert stop_button.is_hidden(), "the Stop button stays after the run ended"
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/*.wasm.gz")
    # Run again, from the keyboard: the binary is fetched once, and the run prints output.txt.
    run_button.focus()
    page.keyboard.press("Enter")
    _wait_ended(page, name)
    again = _result(page, name)
    assert again.state == "same", again
    run_button.click()
    _wait_ended(page, name)
    assert _result(page, name).state == "same"
    fetched = [url for url in record.requests if url.endswith(f"/{EXAMPLES[name].slug}.wasm.gz")]
    assert len(fetched) == 1, f"the binary was fetched {len(fetched)} times for three runs"
    # The time limit: the page's is 10 s; a shorter one ends the busy loop sooner here.
    assert page.evaluate("async () => (await goexitRunReady()).LIMIT_MS") == 10_000
    spinner = EXAMPLES["context/poll-err-spins"].slug
    spin = page.evaluate("async (slug) => await (await goexitRunReady()).run(slug, { limitMs: 500 }).done", spinner)
    assert spin["end"] == "limit" and 500 <= spin["ms"] < 5000, spin
    # And Stop ends a program that is running (busy, here), not only one that loads.
    stop = page.evaluate(
        """async (slug) => {
            const handle = (await goexitRunReady()).run(slug);
            await new Promise((resolve) => setTimeout(resolve, 300));
            handle.stop();
            return await handle.done;
        }""",
        spinner,
    )
    assert stop["end"] == "stopped" and stop["ms"] < 5000, stop
    context.close()
