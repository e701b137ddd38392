"""MkDocs hook and data API: which Go release each example needs, and where its output differs.

The data is examples/versions.json, written by ``make versions`` (tests/version_matrix.py) and
never by hand. Its format::

    {
      "go_line": "1.26",                 # the go line of examples/go.mod when it was measured
      "newest": "1.27.3",                # the newest toolchain (the one in .venv)
      "claimed": ["1.26.6", "1.27.3"],   # the releases the matrix test runs on (tests/toolchains.py)
      "configs": [{"key": "1.25.5/go1.25", "toolchain": "1.25.5", "go_line": "1.25"}, ...],
      "examples": {
        "context/notify-context": {
          "min_release": "1.21",         # the oldest release whose own toolchain builds it
          "min_go_line": "1.21",         # the oldest go line at which the newest toolchain builds it
                                         #   and `go vet -stdversion` is quiet (must agree with the above)
          "status": {"1.25.5/go1.25": "differs", ...},   # same | differs | no-build, per config key
          "hung": [...],                 # config keys where a run was killed (still running after 10 s)
          "stdversion": {"1.21": ["sync.WaitGroup.Go requires go1.25 or later (module is go1.21)"]},
          "differences": [               # one entry per distinct output (or build failure)
            {"configs": ["1.21.13/go1.21", ...],
             "output": "...", "diff": "...",      # or "build": the compiler's messages
             "changes": ["notify-context-cause"], # keys of CHANGES below, found by evidence
             "unexplained": []}                   # changed lines no change explains (must be empty)
          ]
        }
      },
      "changes": {"notify-context-cause": ["context/notify-context", ...]},  # who shows each change
      "timings": {...}                   # seconds per step of the measurement
    }

A config key is ``<toolchain>/go<line>``: the toolchain version, then the go line in go.mod.

CHANGES is the one hand-written part: the Go changes that explain differences, each with the
release that brought the new behaviour, what it depends on (the go line or the toolchain), its
source (the release notes, or the standard library's source where the notes say nothing), its
explanation in both languages, and the evidence that attributes a difference to it.

:func:`badge_html` gives an example's version block: a badge such as "Go 1.22+" and a note for
each change that makes its output differ on a release it builds with (both languages);
hooks/example_block.py puts it at the top of every example block. As a hook, this module renders
the generated parts of the Go versions page (``<!-- versions:WHAT -->`` markers, see render).
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "versions.json"

SAME = "same"
DIFFERS = "differs"
NO_BUILD = "no-build"
STATUSES = (SAME, DIFFERS, NO_BUILD)
HUNG = "[killed after 10 s: the program was still running]"


def config_key(toolchain: str, go_line: str) -> str:
    return f"{toolchain}/go{go_line}"


@dataclass(frozen=True)
class Change:
    """One change of Go that some example shows, and how a difference is attributed to it.

    ``toggle``: build flags that apply only this change ({module}: the examples' module path);
    the lines of a difference that vanish when rebuilt with them are this change's.
    ``build``: patterns of the compiler's messages when an older Go cannot build the example.
    ``now`` / ``then``: patterns of a line of output.txt that the older Go did not print (now),
    and of the line it printed instead (then); a difference is this change's when both match.
    ``experiment``: the release before ``release`` had the API behind this GOEXPERIMENT, so
    ``go vet -stdversion`` accepts the go line of that release although its toolchain cannot build it.
    ``build_tag``: a change of the runtime with no new API, which an example gates with this
    ``//go:build`` line: an older toolchain leaves the file out (its build fails), the go line has
    no say, and ``go vet -stdversion`` is quiet at every go line.
    """

    key: str
    release: str
    depends_on: str  # "go-line" (language version, from go.mod) or "toolchain" (library, runtime)
    source: str
    title: dict[str, str]
    explain: dict[str, str]
    toggle: tuple[str, ...] = ()
    build: tuple[str, ...] = ()
    now: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    experiment: str = ""  # the GOEXPERIMENT behind which the release before had it (vet cannot see it)
    build_tag: str = ""  # the //go:build line that gates an example needing it (no API: vet cannot see it)

    def matches_build(self, message: str) -> bool:
        return any(re.search(p, message) for p in self.build)

    def matches_line(self, line: str) -> bool:
        patterns = self.now if line.startswith("-") else self.then
        return any(re.search(p, line[1:]) for p in patterns)

    def pattern_complete(self, matched: list[str]) -> bool:
        """Both sides matched when both are given (a line gone *and* the line printed instead)."""
        has_now = any(line.startswith("-") for line in matched)
        has_then = any(line.startswith("+") for line in matched)
        return (has_now or not self.now) and (has_then or not self.then)


CHANGES: dict[str, Change] = {
    c.key: c
    for c in [
        Change(
            key="loopvar",
            release="1.22",
            depends_on="go-line",
            source="https://go.dev/doc/go1.22#language",
            title={"en": "Each loop iteration has its own variables", "zh": "每次循环迭代都有自己的变量"},
            explain={
                "en": "Before Go 1.22 (a go line below 1.22), the variables declared by a `for` loop were "
                "created once and updated by each iteration, so every goroutine started in the loop "
                "shares one variable and sees its latest value.",
                "zh": "在 Go 1.22 之前（go.mod 的 go 行低于 1.22 时），`for` 循环声明的变量只创建一次，"
                "每次迭代只是更新它的值，所以循环里启动的协程共用这一个变量，看到的都是它最新的值。",
            },
            toggle=("-gcflags={module}/...=-d=loopvar=1",),
        ),
        Change(
            key="range-over-int",
            release="1.22",
            depends_on="go-line",
            source="https://go.dev/doc/go1.22#language",
            title={"en": "`for range` over an integer", "zh": "`for range` 遍历整数"},
            explain={
                "en": "`for i := range n` over an integer is new in Go 1.22; an older go line does not compile it.",
                "zh": "对整数做 `for i := range n` 是 Go 1.22 才有的写法；更早的 go 行无法编译。",
            },
            build=(r"cannot range over \S+ \(untyped int constant",),
        ),
        Change(
            key="withvalue-string",
            release="1.23",
            depends_on="toolchain",
            source="https://go.dev/src/context/context.go",
            title={"en": "A `WithValue` context prints its key", "zh": "`WithValue` 上下文打印出键本身"},
            explain={
                "en": "Before Go 1.23, printing a context made by `context.WithValue` showed only the key's type "
                "(`WithValue(type main.Key, val alice)`); since Go 1.23 it shows the key itself, as its "
                "`String` method prints it, or its type when it has none. The release notes do not mention "
                "it: the change is in `valueCtx.String` of Go 1.23's context package.",
                "zh": "Go 1.23 之前，打印 `context.WithValue` 创建的上下文时，键只显示它的类型"
                "（`WithValue(type main.Key, val alice)`）；从 Go 1.23 起显示键本身：有 `String` 方法就用它的结果，"
                "没有就显示类型。发布说明没有提到这一点，改动在 Go 1.23 的 context 包的 `valueCtx.String` 里。",
            },
            now=(r"\.WithValue\((?!type )",),
            then=(r"\.WithValue\(type ",),
        ),
        Change(
            key="waitgroup-wait-reason",
            release="1.24",
            depends_on="toolchain",
            source="https://go.dev/src/runtime/runtime2.go",
            title={
                "en": "A crash lists `[sync.WaitGroup.Wait]`, not `[semacquire]`",
                "zh": "崩溃信息里写的是 `[sync.WaitGroup.Wait]`，而不是 `[semacquire]`",
            },
            explain={
                "en": "When a program crashes or deadlocks, Go lists every goroutine with what it waits for. "
                "Since Go 1.24, a goroutine blocked in `sync.WaitGroup.Wait` is listed as "
                "`[sync.WaitGroup.Wait]`; before, as `[semacquire]`, like any wait on a runtime semaphore. "
                "The release notes do not mention it: Go 1.24's runtime gave the waits of package sync their own "
                "reasons (`waitReasonSyncWaitGroupWait` in runtime2.go).",
                "zh": "程序崩溃或死锁时，Go 会列出每个协程以及它在等待什么。从 Go 1.24 起，阻塞在 "
                "`sync.WaitGroup.Wait` 里的协程显示为 `[sync.WaitGroup.Wait]`；此前和所有等待运行时信号量的协程一样，"
                "显示为 `[semacquire]`。发布说明没有提到这一点：Go 1.24 的运行时给 sync 包的各种等待分别起了名字"
                "（runtime2.go 里的 `waitReasonSyncWaitGroupWait`）。",
            },
            now=(r"\[sync\.WaitGroup\.Wait\]",),
            then=(r"\[semacquire\]",),
        ),
        Change(
            key="notify-context-cause",
            release="1.26",
            depends_on="toolchain",
            source="https://go.dev/doc/go1.26#minor_library_changes",
            title={
                "en": "`signal.NotifyContext` cancels with a cause",
                "zh": "`signal.NotifyContext` 取消时带上原因",
            },
            explain={
                "en": "Since Go 1.26, the context `signal.NotifyContext` returns is cancelled with a cause that "
                "names the signal, so `context.Cause(ctx)` prints `terminated signal received`; before, the "
                "cause was `context.Canceled`, which prints `context canceled`. `ctx.Err()` is "
                "`context canceled` on every release.",
                "zh": "从 Go 1.26 起，`signal.NotifyContext` 返回的上下文在取消时带有一个写明信号的原因，"
                "`context.Cause(ctx)` 打印出来是 `terminated signal received`；此前原因就是 `context.Canceled`，"
                "打印为 `context canceled`。在所有版本上，`ctx.Err()` 都是 `context canceled`。",
            },
            now=(r"signal received",),
            then=(r"context canceled",),
        ),
        Change(
            key="waitgroup-go",
            release="1.25",
            depends_on="toolchain",
            source="https://go.dev/doc/go1.25#syncpkgsync",
            title={"en": "`sync.WaitGroup.Go`", "zh": "`sync.WaitGroup.Go`"},
            explain={
                "en": "`wg.Go(f)` is new in Go 1.25: it adds one to the counter, runs `f` in a new goroutine "
                "and calls `Done` when `f` returns. Before 1.25, write `wg.Add(1)` and "
                "`go func() { defer wg.Done(); f() }()`.",
                "zh": "`wg.Go(f)` 是 Go 1.25 新增的方法：计数加一，在新协程里运行 `f`，`f` 返回时调用 `Done`。"
                "1.25 之前要写成 `wg.Add(1)` 加 `go func() { defer wg.Done(); f() }()`。",
            },
            build=(r"\.Go undefined \(type \"?sync\"?\.WaitGroup has no field or method Go\)",),
        ),
        Change(
            key="t-context",
            release="1.24",
            depends_on="toolchain",
            source="https://go.dev/doc/go1.24#testingpkgtesting",
            title={"en": "`testing.T.Context`", "zh": "`testing.T.Context`"},
            explain={
                "en": "`t.Context()` is new in Go 1.24: a context that is cancelled just before the test's "
                "Cleanup functions run. Before 1.24, a test makes its own with `context.WithCancel` and "
                "cancels it in `t.Cleanup`.",
                "zh": "`t.Context()` 是 Go 1.24 新增的：它返回的上下文会在测试的清理函数运行之前被取消。"
                "1.24 之前，测试要自己用 `context.WithCancel` 创建一个，再在 `t.Cleanup` 里取消它。",
            },
            build=(
                r"t\.Context undefined \(type \*testing\.T has no field or method Context",
                r"testing\.\(\*[BTF]\)\.Context requires go1\.24 or later",
            ),
        ),
        Change(
            key="goroutineleak-profile",
            release="1.27",
            depends_on="toolchain",
            source="https://go.dev/src/runtime/pprof/pprof.go",
            experiment="goroutineleakprofile",
            build_tag="//go:build go1.27 || goexperiment.goroutineleakprofile",
            title={"en": "the `goroutineleak` profile", "zh": "`goroutineleak` 剖析"},
            explain={
                "en": "The `goroutineleak` profile of `runtime/pprof` is on by default from Go 1.27 (Go 1.26 had it "
                "only behind `GOEXPERIMENT=goroutineleakprofile`; before, `pprof.Lookup` returns nil): the example's "
                "build line leaves its file out of older builds.",
                "zh": "`runtime/pprof` 的 `goroutineleak` 剖析从 Go 1.27 起默认开启（Go 1.26 只在 "
                "`GOEXPERIMENT=goroutineleakprofile` 下提供，更早的版本里 `pprof.Lookup` 返回 nil）："
                "示例开头的构建约束让更早的版本不编译这个文件。",
            },
            # Go's message names the package, not the tag that left its file out: the patterns name
            # the example (and come before synctest's, whose "[setup failed]" would take the line).
            build=(
                r"testing/goroutineleak: build constraints exclude all Go files$",
                r"testing/goroutineleak \[setup failed\]$",
            ),
        ),
        Change(
            key="synctest",
            release="1.25",
            depends_on="toolchain",
            source="https://go.dev/doc/go1.25#new-testingsynctest-package",
            experiment="synctest",
            title={"en": "`testing/synctest`", "zh": "`testing/synctest`"},
            explain={
                "en": "The `testing/synctest` package is new in Go 1.25 (Go 1.24 had it only behind "
                "`GOEXPERIMENT=synctest`, with `Run` instead of `Test`): a bubble with fake time that "
                "reports the goroutines left blocked.",
                "zh": "`testing/synctest` 包是 Go 1.25 新增的（Go 1.24 只在 `GOEXPERIMENT=synctest` 下提供，"
                "入口是 `Run` 而不是 `Test`）：一个带假时钟的气泡，会报告留下来一直阻塞的协程。",
            },
            build=(
                r"package testing/synctest is not in std",
                r"imports testing/synctest: build constraints exclude all Go files",
                r"synctest\.\w+ requires go1\.25 or later",
                r"\[setup failed\]$",
            ),
        ),
    ]
}


@cache
def load(path: Path = DATA) -> dict[str, Any]:
    """The data file, parsed (cached: one read per build)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# ----------------------------------------------------------------------------- rendering

_SITE_PATH = "/"  # the path of site_url (on_config sets it): links from raw HTML start there
_CODE = re.compile(r"`([^`]+)`")


def _inline(text: str) -> str:
    """Escape ``text`` for HTML, with `code` spans as <code>."""
    return _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", html.escape(text, quote=False))


def _one_line(text: str) -> str:
    """Preformatted text for a one-line HTML block: escaped, each newline as a character reference."""
    return html.escape(text, quote=False).replace("\n", "&#10;")


def versions_page(lang: str, page_url: str | None = None) -> str:
    """The URL of the Go versions page in ``lang``: relative to the page at ``page_url`` (a page's
    ``page.url``, such as ``zh/recipes/``), or from the site's root when that is not given."""
    target = ("zh/" if lang == "zh" else "") + "versions/"
    if page_url is None:
        return _SITE_PATH + target
    return posixpath.relpath(target, page_url.rstrip("/") or ".") + "/"


def _span(items: list[str]) -> str:
    """``["1.21", "1.22", "1.23"]`` -> ``1.21–1.23``; ``["1.21", "1.23"]`` -> ``1.21, 1.23``."""
    ordered = sorted(set(items), key=lambda r: int(r.split(".")[1]))
    numbers = [int(r.split(".")[1]) for r in ordered]
    if len(ordered) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(ordered)


def _release(version: str) -> str:
    return ".".join(version.split(".")[:2])


@dataclass(frozen=True)
class Note:
    """One version note of an example: a change, the family of configurations, what differs."""

    change: str
    family: str  # "release": each release's own toolchain; "go-line": newest toolchain, lower go line
    configs: tuple[str, ...]
    now: str  # a line of output.txt the older Go does not print ("" if none)
    then: str  # the line it prints instead ("" if none)
    hung: bool
    diff: str


def notes(example: str) -> list[Note]:
    """The version notes of an example, from the data: one per change and family, where it builds."""
    data = load()
    newest = data["newest"]
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for diff in data["examples"][example]["differences"]:
        if "output" not in diff:
            continue  # it does not build there: the badge says so
        for key in diff["changes"]:
            for config in diff["configs"]:
                toolchain, go_line = config.split("/go")
                family = "go-line" if toolchain == newest and go_line != data["go_line"] else "release"
                slot = found.setdefault((key, family), {"configs": [], "lines": [], "hung": False, "diff": ""})
                if config not in slot["configs"]:
                    slot["configs"].append(config)
                slot["lines"] += [line for line in diff["lines"].get(key, []) if line not in slot["lines"]]
                slot["hung"] = slot["hung"] or ("+" + HUNG) in diff["lines"].get(key, [])
                slot["diff"] = slot["diff"] or diff["diff"]
    out = []
    for (key, family), slot in found.items():
        now = next((line[1:] for line in slot["lines"] if line.startswith("-")), "")
        then = next((line[1:] for line in slot["lines"] if line.startswith("+") and line[1:] != HUNG), "")
        out.append(Note(key, family, tuple(slot["configs"]), now, then, slot["hung"], slot["diff"]))
    out.sort(key=lambda n: (n.family != "release", n.change))
    return out


def _where(note: Note, lang: str) -> str:
    newest = _release(load()["newest"])
    if note.family == "release":
        span = _span([_release(c.split("/")[0]) for c in note.configs])
        return f"On Go {span}" if lang == "en" else f"在 Go {span} 上"
    span = _span([c.split("/go")[1] for c in note.configs])
    if lang == "en":
        return f"In a module whose go.mod says <code>go {span}</code> (even built with Go {newest})"
    return f"如果模块的 go.mod 写的是 <code>go {span}</code>（哪怕用 Go {newest} 构建）"


def _what(note: Note, lang: str) -> str:
    now, then = (f"<code>{html.escape(t)}</code>" for t in (note.now, note.then))
    en = lang == "en"
    if note.hung:
        return "this program never ends" if en else "这个程序不会结束"
    if note.now and note.then:
        return f"this prints {then} instead of {now}" if en else f"这里打印的是 {then}，而不是 {now}"
    if note.then:
        return f"this also prints {then}" if en else f"这里还会打印 {then}"
    return f"this does not print {now}" if en else f"这里不会打印 {now}"


def note_html(example: str, note: Note, lang: str) -> str:
    change = CHANGES[note.change]
    more = "release notes" if "/doc/go1." in change.source else "source"
    more_zh = "发布说明" if "/doc/go1." in change.source else "源码"
    link = f'<a href="{html.escape(change.source)}">{more if lang == "en" else more_zh}</a>'
    stop = ". " if lang == "en" else "。"
    sentence = (
        f"{_where(note, lang)}, {_what(note, lang)}" if lang == "en" else f"{_where(note, lang)}，{_what(note, lang)}"
    )
    more_link = f" ({link})" if lang == "en" else f"（{link}）"
    return (
        f'<details class="goexit-version-note" data-change="{note.change}" data-family="{note.family}" '
        f'data-configs="{" ".join(note.configs)}"><summary>{sentence}{stop.strip()}</summary>'
        f"<p>{_inline(change.explain[lang])}{more_link}</p>"
        f"<pre><code>{_one_line(note.diff)}</code></pre></details>"
    )


def badge_html(example: str, lang: str, page_url: str | None = None) -> str:
    """The version block of one example (``context/notify-context``) in ``lang`` ("en" or "zh"):
    its badge ("Go 1.22+", a link to the Go versions page) and a note for each change that makes
    its output differ where it builds. One line of HTML, so it can stand as a raw block in Markdown.
    ``page_url`` (the page's ``page.url``) makes the badge's link relative to that page."""
    entry = load()["examples"].get(example)
    if entry is None:  # not measured yet: tests/test_versions_data.py says to run make versions
        return ""
    release = entry["min_release"]
    label = f"Go {release}+"
    title = f"Builds with Go {release} and later" if lang == "en" else f"需要 Go {release} 或更新的版本才能构建"
    href = versions_page(lang, page_url) + "#examples"
    parts = [
        # Pagefind leaves the block out of the index: its quoted output lines are about other pages' words.
        f'<div class="goexit-version" data-example="{html.escape(example)}" data-min-release="{release}" '
        "data-pagefind-ignore>",
        f'<a class="goexit-badge" href="{href}" title="{html.escape(title)}">{html.escape(label)}</a>',
        *(note_html(example, n, lang) for n in notes(example)),
        "</div>",
    ]
    return "".join(parts)


# ----------------------------------------------------------------------------- the Go versions page

DOCS = ROOT / "docs"
_HEADING_ID = re.compile(r"^#{1,6} .*\{ *#([\w-]+)[^}]*\}\s*$")
_INCLUDE = re.compile(r'--8<--\s+"([^"]+)/main(?:_test)?\.go"')


@cache
def example_pages() -> dict[str, str]:
    """Where each example is shown: ``{"context/notify-context": "context-beyond.md#notify-context"}``
    (the English page and the heading above the example; Chinese pages have the same ids)."""
    found: dict[str, str] = {}
    for page in sorted(DOCS.glob("*.md")):
        if page.name.endswith(".zh.md") or page.stem == "versions":
            continue
        anchor = ""
        for line in page.read_text(encoding="utf-8").splitlines():
            heading = _HEADING_ID.match(line)
            if heading:
                anchor = heading.group(1)
            include = _INCLUDE.search(line)
            if include and include.group(1) not in found:
                found[include.group(1)] = f"{page.name}#{anchor}" if anchor else page.name
    return found


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _names(names: list[str]) -> str:
    return ", ".join(f"`{n}`" for n in names) or "—"


def _config_label(config: dict[str, str], data: dict[str, Any], lang: str) -> str:
    label = f"Go {config['toolchain']}, `go {config['go_line']}`"
    if config["toolchain"] in data["claimed"] and config["go_line"] == data["go_line"]:
        label += " (claimed)" if lang == "en" else "（本站承诺）"
    return label


def render_matrix(lang: str) -> str:
    data = load()
    en = lang == "en"
    head = (
        ["Toolchain and go line", "Builds", "Prints output.txt", "Differs", "Does not build"]
        if en
        else ["工具链与 go 行", "能构建", "输出与 output.txt 一致", "输出不同", "无法构建"]
    )
    rows = [_row(head), _row(["---"] * len(head))]
    total = len(data["examples"])
    for config in data["configs"]:
        status = {name: e["status"][config["key"]] for name, e in data["examples"].items()}
        differs = sorted(n for n, s in status.items() if s == DIFFERS)
        broken = sorted(n for n, s in status.items() if s == NO_BUILD)
        same = sum(s == SAME for s in status.values())
        rows.append(
            _row(
                [
                    _config_label(config, data, lang),
                    f"{total - len(broken)}/{total}",
                    f"{same}/{total}",
                    _names(differs),
                    _names(broken),
                ]
            )
        )
    return "\n".join(rows)


def render_examples(lang: str) -> str:
    data = load()
    en = lang == "en"
    head = ["Example", "Needs", "Output differs"] if en else ["示例", "最低版本", "输出不同的情况"]
    rows = [_row(head), _row(["---"] * len(head))]
    pages = example_pages()
    for name, entry in data["examples"].items():
        where = []
        for note in notes(name):
            if note.family == "release":
                span = _span([_release(c.split("/")[0]) for c in note.configs])
                where.append(f"Go {span}")
            else:
                span = _span([c.split("/go")[1] for c in note.configs])
                where.append(f"`go {span}`")
            where[-1] += f" ([{note.change}](#{note.change}))"
        link = f"[`{name}`]({pages[name]})" if name in pages else f"`{name}`"
        rows.append(_row([link, f"Go {entry['min_release']}+", "; ".join(where) or "—"]))
    return "\n".join(rows)


def render_changes(lang: str) -> str:
    """One section per change of CHANGES, newest first, with the examples that show it."""
    data = load()
    en = lang == "en"
    pages = example_pages()
    out = []
    for change in sorted(CHANGES.values(), key=lambda c: (-int(c.release.split(".")[1]), c.key)):
        shown = data["changes"].get(change.key, [])
        depends = (
            ("the go line in go.mod" if en else "模块 go.mod 里的 go 行")
            if change.depends_on == "go-line"
            else ("the toolchain" if en else "所用的工具链")
        )
        examples = (", " if en else "、").join(f"[`{n}`]({pages[n]})" if n in pages else f"`{n}`" for n in shown)
        source = "Release notes" if "/doc/go1." in change.source else "Source"
        if not en:
            source = "发布说明" if "/doc/go1." in change.source else "源码"
        out += [
            f"### Go {change.release}{': ' if en else '：'}{change.title[lang]} {{ #{change.key} }}",
            "",
            change.explain[lang],
            "",
            (
                f"Depends on {depends}. Shown by: {examples}. [{source}]({change.source})."
                if en
                else f"取决于{depends}。体现这一点的示例：{examples}。[{source}]({change.source})。"
            ),
            "",
        ]
    return "\n".join(out)


def render_timings(lang: str) -> str:
    """Seconds per step of the last full measurement: per toolchain, then per lowered go line."""
    data = load()
    timings = data["timings"]
    en = lang == "en"
    head = (
        ["Build", "Download", "Unpack", "Build (cold for a toolchain's first row)", "Build, CPU", "Run (3 times)"]
        if en
        else ["构建方式", "下载", "解压", "构建（每个工具链的第一行为冷构建）", "构建的 CPU 时间", "运行（3 次）"]
    )
    rows = [_row(head), _row(["---"] * len(head))]
    seen: set[str] = set()
    for config in data["configs"]:
        spent = timings.get(config["key"], {})
        fetch = timings.get(config["toolchain"], {}) if config["toolchain"] not in seen else {}
        seen.add(config["toolchain"])
        cached = fetch.get("cached")
        download = ("cached" if en else "已缓存") if cached else f"{fetch.get('download', 0):.1f}" if fetch else ""
        unpack = "" if cached or not fetch else f"{fetch.get('unpack', 0):.1f}"
        label = f"Go {config['toolchain']}, `go {config['go_line']}`"
        cpu = f"{spent['build_cpu']:.1f}" if "build_cpu" in spent else "—"
        build, run = f"{spent.get('build', 0):.1f}", f"{spent.get('run', 0):.1f}"
        rows.append(_row([label, download, unpack, build, cpu, run]))
    total = f"{timings.get('total', 0):.0f}"
    rows.append(_row(["**make versions**" if en else "**make versions 合计**", "", "", "", "", f"**{total}**"]))
    return "\n".join(rows)


def render(what: str, lang: str) -> str:
    """The generated part of the Go versions page named by a ``<!-- versions:WHAT -->`` marker."""
    renderers = {
        "matrix": render_matrix,
        "examples": render_examples,
        "changes": render_changes,
        "timings": render_timings,
    }
    if what not in renderers:
        raise ValueError(f"unknown marker <!-- versions:{what} -->: use one of {', '.join(renderers)}")
    return renderers[what](lang)


# ----------------------------------------------------------------------------- the hook

MARKER = re.compile(r"^<!-- versions:(?P<what>[a-z-]+) -->$", re.M)


def on_config(config: Any, **kwargs: Any) -> Any:
    global _SITE_PATH
    from urllib.parse import urlsplit

    _SITE_PATH = urlsplit(config.get("site_url") or "/").path or "/"
    if not _SITE_PATH.endswith("/"):
        _SITE_PATH += "/"
    load.cache_clear()
    return config


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    lang = "zh" if page.file.src_uri.endswith(".zh.md") else "en"
    return MARKER.sub(lambda m: render(m.group("what"), lang), markdown)
