"""MkDocs hook: each example's include block becomes one block for reading, and for running.

A page includes an example as three content tabs, the same lines in both languages
(tests/test_docs.py compares them)::

    === "Go"                       === "Python"                    === "Output"
        ```go                          ```python                       ```text
        --8<-- "T/S/main.go"           --8<-- "T/S/main.py"            --8<-- "T/S/output.txt"
        ```                            ```                             ```

The pages keep those lines. Before rendering, this hook rewrites each such block so that the
output is no longer a tab: Go and Python stay tabs (linked across the page by content.tabs.link,
so Python is one click away and the choice follows the reader), each titled with its file's
path and led by the command that runs it; the output sits under them, always visible, labelled
in the page's language. The Python file is included without its ``# type: ignore[...]``
comments (mypy's business, not the reader's). After rendering, the markers the rewrite left
become the block's HTML (see NOTES: the structure and classes other workstreams rely on)::

    div.gx-example[data-example="T/S"][data-slug][data-output-newlines][data-runnable]
      div.gx-example__badges            (hooks/versions.py badge_html, when it exists)
      div.tabbed-set                    Go | Python; each tab: div.gx-cmd, then the code
      div.gx-output
        div.gx-output__bar              span.gx-output__label, button.gx-run__start or p.gx-run__no
        div.gx-output__expected         the output.txt block
        div.gx-run[hidden]              a run's panel: button.gx-run__stop, .gx-run__status, pre.gx-run__out

Examples a browser cannot run are listed, with a reason in each language, in
examples/not-runnable.toml; they show that reason instead of the Run button.
"""

from __future__ import annotations

import html
import importlib
import re
import tomllib
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NOT_RUNNABLE_FILE = EXAMPLES / "not-runnable.toml"
LANGS = ("en", "zh")
GO_FILES = ("main.go", "main_test.go")
"""An example's Go file: a program's main.go, or a test's main_test.go (run with go test -v)."""

# The three tabs of one example, at the start of a line, each including its file (MkDocs hands
# a page over without its final newline).
BLOCK = re.compile(
    r'^=== "Go"\n\n    ```go\n    --8<-- "(?P<name>[\w-]+/[\w-]+)/(?P<go>main(?:_test)?\.go)"\n    ```\n\n'
    r'=== "Python"\n\n    ```python\n    --8<-- "(?P=name)/main\.py"\n    ```\n\n'
    r'=== "Output"\n\n    ```text\n    --8<-- "(?P=name)/output\.txt"\n    ```(?:\n|\Z)',
    re.M,
)
MARKER = re.compile(r"<!-- gx-(?P<part>example|output|end) (?P<name>[\w-]+/[\w-]+) -->")
TYPE_IGNORE = re.compile(r"[ \t]*# type: ignore(?:\[[^\]\n]*\])?(?=[ \t]*(?:#|$))", re.M)

TEXT = {
    "en": {
        "group": "Example {name}",
        "output": "Output",
        "run": "Run",
        "run_label": "Run {name} in this browser",
        "stop": "Stop",
        "stop_label": "Stop {name}",
        "this_run": "This run, in your browser",
        "no_run": "Not runnable in a browser:",
        "cwd": "in examples/",
    },
    "zh": {
        "group": "示例 {name}",
        "output": "输出",
        "run": "运行",
        "run_label": "在浏览器里运行 {name}",
        "stop": "停止",
        "stop_label": "停止运行 {name}",
        "this_run": "本次运行（在你的浏览器里）",
        "no_run": "无法在浏览器里运行：",
        "cwd": "在 examples/ 下",
    },
}


def not_runnable(path: Path = NOT_RUNNABLE_FILE, examples: Path = EXAMPLES) -> dict[str, dict[str, str]]:
    """The examples a browser cannot run: {"topic/slug": {"en": reason, "zh": reason}}, checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PluginError(f"{path}: {exc}") from exc
    for name, reasons in data.items():
        if not any((examples / name / go).exists() for go in GO_FILES):
            raise PluginError(f"{path}: [{name!r}] is no example with a main.go (or a test's main_test.go)")
        if not isinstance(reasons, dict) or sorted(reasons) != sorted(LANGS):
            raise PluginError(f"{path}: [{name!r}] needs exactly the keys {LANGS}")
        if not all(isinstance(r, str) and r.strip() for r in reasons.values()):
            raise PluginError(f"{path}: [{name!r}] has an empty reason")
    return data


def shown_python(source: str) -> str:
    """The Python twin as the page shows it: without ``# type: ignore[...]`` comments."""
    return TYPE_IGNORE.sub("", source)


def _indent(text: str) -> str:
    return "".join(("    " + line if line.strip() else line) for line in text.splitlines(keepends=True))


def rewrite_markdown(markdown: str, examples: Path = EXAMPLES) -> str:
    """Every three-tab include block becomes Go | Python tabs and an output under them, between markers."""

    def block(match: re.Match[str]) -> str:
        name, go = match["name"], match["go"]
        python = examples / name / "main.py"
        if not python.exists():
            raise PluginError(f"examples/{name}/main.py is missing")
        code = shown_python(python.read_text(encoding="utf-8"))
        return (
            f"<!-- gx-example {name} -->\n\n"
            f'=== "Go"\n\n    ```go title="examples/{name}/{go}"\n    --8<-- "{name}/{go}"\n    ```\n\n'
            f'=== "Python"\n\n    ```python title="examples/{name}/main.py"\n{_indent(code)}    ```\n\n'
            f"<!-- gx-output {name} -->\n\n"
            f'```text\n--8<-- "{name}/output.txt"\n```\n\n'
            f"<!-- gx-end {name} -->\n"
        )

    return BLOCK.sub(block, markdown)


# hooks/versions.py (the version matrix): badge_html(example, lang) gives an example's "Go 1.22+"
# badge and version notes. Imported now, while MkDocs has hooks/ on sys.path.
_VERSIONS = importlib.import_module("versions") if (Path(__file__).parent / "versions.py").exists() else None


def _badge(name: str, lang: str, page_url: str | None = None) -> str:
    # page_url (the page's page.url) makes the badge's link to the Go versions page relative.
    return "" if _VERSIONS is None else str(_VERSIONS.badge_html(name, lang, page_url))


def _command(text: str, where: str) -> str:
    return (
        f'<div class="gx-cmd" data-pagefind-ignore><span class="gx-cmd__where">{html.escape(where)}</span>'
        f"<pre><code>{html.escape(text)}</code></pre></div>\n"
    )


def rewrite_html(
    content: str,
    lang: str,
    unrunnable: dict[str, dict[str, str]],
    examples: Path = EXAMPLES,
    page_url: str | None = None,
) -> str:
    """The markers rewrite_markdown left, and what is between them, become the block's HTML."""
    t = TEXT[lang]
    out: list[str] = []
    pos = 0
    open_name: str | None = None
    for match in MARKER.finditer(content):
        part, name = match["part"], match["name"]
        chunk = content[pos : match.start()]
        pos = match.end()
        esc = html.escape(name)
        slug = name.rsplit("/", 1)[1]
        if part == "example":
            if open_name is not None:
                raise PluginError(f"example block {open_name} is not closed before {name}")
            open_name = name
            out.append(chunk)
            expected = (examples / name / "output.txt").read_text(encoding="utf-8")
            newlines = len(expected) - len(expected.rstrip("\n"))  # the rendered block drops them
            runnable = "false" if name in unrunnable else "true"
            out.append(
                f'<div class="gx-example" role="group" aria-label="{html.escape(t["group"].format(name=name))}" '
                f'data-example="{esc}" data-slug="{html.escape(slug)}" data-output-newlines="{newlines}" '
                f'data-runnable="{runnable}">\n'
            )
            badge = _badge(name, lang, page_url)
            if badge:
                out.append(f'<div class="gx-example__badges">{badge}</div>\n')
            continue
        if open_name != name:
            raise PluginError(f"example block markers out of order at {part} {name}")
        if part == "output":
            # The two tabs: each content block starts with the command that runs its file.
            is_test = (examples / name / "main_test.go").exists() and not (examples / name / "main.go").exists()
            commands = [f"go test -v ./{name}" if is_test else f"go run ./{name}", f"python {name}/main.py"]
            blocks = chunk.split('<div class="tabbed-block">')
            if len(blocks) != 3:
                raise PluginError(f"example {name}: expected the Go and Python tabs, found {len(blocks) - 1}")
            # The paths, commands and controls are not prose: search (Pagefind) leaves them out.
            title = '<span class="filename">'
            blocks = [b.replace(title, title[:-1] + " data-pagefind-ignore>") for b in blocks]
            chunk = blocks[0] + "".join(
                f'<div class="tabbed-block">\n{_command(cmd, t["cwd"])}{rest}'
                for cmd, rest in zip(commands, blocks[1:], strict=True)
            )
            if name in unrunnable:
                action = (
                    f'<p class="gx-run__no"><strong>{html.escape(t["no_run"])}</strong> '
                    f"{html.escape(unrunnable[name][lang])}</p>"
                )
            else:
                action = (
                    f'<button type="button" class="gx-button gx-run__start" '
                    f'aria-label="{html.escape(t["run_label"].format(name=name))}">{html.escape(t["run"])}</button>'
                )
            out.append(chunk)
            out.append(
                f'<div class="gx-output">\n<div class="gx-output__bar" data-pagefind-ignore>'
                f'<span class="gx-output__label">{html.escape(t["output"])}</span>{action}</div>\n'
                f'<div class="gx-output__expected">'
            )
        else:  # end
            out.append(chunk.rstrip("\n"))
            out.append("</div>\n")
            if name not in unrunnable:
                out.append(
                    '<div class="gx-run" hidden data-pagefind-ignore>\n<div class="gx-run__bar">'
                    f'<span class="gx-run__label">{html.escape(t["this_run"])}</span>'
                    f'<button type="button" class="gx-button gx-run__stop" hidden '
                    f'aria-label="{html.escape(t["stop_label"].format(name=name))}">{html.escape(t["stop"])}</button>'
                    '<span class="gx-run__status" role="status"></span></div>\n'
                    '<pre class="gx-run__out"><code tabindex="0"></code></pre>\n</div>\n'
                )
            out.append("</div>\n</div>\n")
            open_name = None
    if open_name is not None:
        raise PluginError(f"example block {open_name} is not closed")
    out.append(content[pos:])
    return "".join(out)


# --------------------------------------------------------------------------- MkDocs events


def _lang(page: Any) -> str:
    return "zh" if page.file.src_uri.endswith(".zh.md") else "en"


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    return rewrite_markdown(markdown)


def on_page_content(content: str, page: Any, **kwargs: Any) -> str:
    return rewrite_html(content, _lang(page), not_runnable(), page_url=page.url)
