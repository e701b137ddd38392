"""The example block (hooks/example_block.py): every include block of every page becomes one
block with Go | Python tabs and the output under them, the Python twin without type-ignore
noise, the Output label in the page's language, a Run button or, for the examples listed in
examples/not-runnable.toml, the reason they cannot run in a browser."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

import harness
from sitekit import ROOT, Site

sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tools"))

import example_block
import zh_punct

DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "assets" not in p.parts)


def _included(page: Path) -> list[str]:
    """The examples a page's source includes as a full block (its Go file), in order."""
    text = page.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r'--8<-- "([\w-]+/[\w-]+)/main(?:_test)?\.go"', text)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_include_block_is_rewritten(page: Path) -> None:
    # MkDocs hands a page to the hook without its final newline.
    rewritten = example_block.rewrite_markdown(page.read_text(encoding="utf-8").rstrip("\n"))
    assert '=== "Output"' not in rewritten, f"{page.name}: a Go | Python | Output block the hook's pattern missed"
    markers = re.findall(r"<!-- gx-example ([\w/-]+) -->", rewritten)
    assert markers == _included(page)
    # The includes stay snippets (Go, output); the Python file is the shown twin, inlined.
    for name in markers:
        assert f'    --8<-- "{name}/{harness.Example(harness.EXAMPLES / name).go_file}"' in rewritten
        assert f'\n--8<-- "{name}/output.txt"\n' in rewritten, "the output is not a tab any more"


def test_the_rewrite_of_one_block() -> None:
    name = "goexit/deep-return"
    source = (
        f'Text.\n\n=== "Go"\n\n    ```go\n    --8<-- "{name}/main.go"\n    ```\n\n'
        f'=== "Python"\n\n    ```python\n    --8<-- "{name}/main.py"\n    ```\n\n'
        f'=== "Output"\n\n    ```text\n    --8<-- "{name}/output.txt"\n    ```\n\nMore text.\n'
    )
    python = example_block.shown_python((harness.EXAMPLES / name / "main.py").read_text(encoding="utf-8"))
    indented = "".join("    " + line if line.strip() else line for line in python.splitlines(keepends=True))
    assert example_block.rewrite_markdown(source) == (
        f"Text.\n\n<!-- gx-example {name} -->\n\n"
        f'=== "Go"\n\n    ```go title="examples/{name}/main.go"\n    --8<-- "{name}/main.go"\n    ```\n\n'
        f'=== "Python"\n\n    ```python title="examples/{name}/main.py"\n{indented}    ```\n\n'
        f'<!-- gx-output {name} -->\n\n```text\n--8<-- "{name}/output.txt"\n```\n\n'
        f"<!-- gx-end {name} -->\n\nMore text.\n"
    )


def test_type_ignore_comments_are_dropped_and_nothing_else() -> None:
    shown = example_block.shown_python
    assert shown('    print("never")  # type: ignore[unreachable]\n') == '    print("never")\n'
    assert shown("    wg.done()  # type: ignore[unreachable]  # never runs\n") == "    wg.done()  # never runs\n"
    assert shown("x = f()  # type: ignore\n") == "x = f()\n"
    prose = "# a comment about # type: ignore[x] comments in general\n"
    assert shown(prose) == prose
    for ex in harness.discover():
        text = shown((ex.path / "main.py").read_text(encoding="utf-8"))
        assert "type: ignore" not in text, f"{ex.name}: a type-ignore comment would be shown"


def test_the_not_runnable_list_names_examples_and_gives_reasons_in_both_languages() -> None:
    listed = example_block.not_runnable()
    assert listed, "examples/not-runnable.toml lists nothing (the browser test then checks every example)"
    for name, reasons in listed.items():
        assert harness.Example(harness.EXAMPLES / name).go_file in {"main.go", "main_test.go"}
        assert (harness.EXAMPLES / name / harness.Example(harness.EXAMPLES / name).go_file).exists()
        assert reasons["en"].rstrip().endswith("."), f"{name}: the English reason is not a sentence"
        assert reasons["zh"].rstrip().endswith("。"), f"{name}: the Chinese reason is not a sentence"
        assert zh_punct.fix_line(reasons["zh"]) == reasons["zh"], f"{name}: half-width punctuation in zh"


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        ('["goexit/no-such-example"]\nen = "x."\nzh = "x。"\n', "no example"),
        ('["goexit/deep-return"]\nen = "x."\n', "exactly the keys"),
        ('["goexit/deep-return"]\nen = "x."\nzh = " "\n', "empty reason"),
        ('["goexit/deep-return"\n', "not-runnable"),
    ],
    ids=["unknown-example", "missing-language", "empty-reason", "not-toml"],
)
def test_a_wrong_not_runnable_list_fails_the_build(tmp_path: Path, toml: str, error: str) -> None:
    (tmp_path / "not-runnable.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(PluginError, match=error):
        example_block.not_runnable(tmp_path / "not-runnable.toml")


# --------------------------------------------------------------------------- the built pages


def _blocks(html: str) -> list[str]:
    """Each example block's HTML, from its opening tag to the next block's (or the article's end)."""
    starts = [m.start() for m in re.finditer(r'<div class="gx-example" ', html)]
    return [html[a:b] for a, b in zip(starts, [*starts[1:], len(html)][: len(starts)], strict=True)]


@pytest.mark.timeout(600)  # the first test to ask for `site` pays for its build, wasm step included
def test_built_pages_show_each_example_as_one_block(site: Site) -> None:
    listed = example_block.not_runnable()
    problems: list[str] = []
    for source in PAGES:
        rel = source.relative_to(DOCS).as_posix()
        lang = "zh" if rel.endswith(".zh.md") else "en"
        stem = rel.removesuffix(".zh.md" if lang == "zh" else ".md")
        path = ("zh/" if lang == "zh" else "") + ("" if stem == "index" else stem + "/")
        html = site.html(path)
        blocks = _blocks(html)
        names = [re.findall(r'data-example="([^"]+)"', b)[0] for b in blocks]
        if names != _included(source):
            problems.append(f"/{path}: blocks {names}, the source includes {_included(source)}")
        if re.search(r"<label[^>]*>Output</label>", html):
            problems.append(f"/{path}: an Output tab is left")
        if "type: ignore" in html:
            problems.append(f"/{path}: shows a type-ignore comment")
        label = example_block.TEXT[lang]["output"]
        for name, block in zip(names, blocks, strict=True):
            if f'<span class="gx-output__label">{label}</span>' not in block:
                problems.append(f"/{path}: {name}'s output is not labelled {label!r}")
            example = harness.Example(harness.EXAMPLES / name)
            for file in (example.go_file, "main.py"):
                if f'<span class="filename" data-pagefind-ignore>examples/{name}/{file}</span>' not in block:
                    problems.append(f"/{path}: {name}'s {file} is not titled with its path")
            commands = re.findall(r'<div class="gx-cmd" data-pagefind-ignore>.*?<code>([^<]*)</code>', block)
            go_command = f"go test -v ./{name}" if example.is_test else f"go run ./{name}"
            if commands != [go_command, f"python {name}/main.py"]:
                problems.append(f"/{path}: {name}'s commands are {commands}")
            buttons = block.count('class="gx-button gx-run__start"')
            if name in listed:
                reason = listed[name][lang]
                if buttons or reason not in block.replace("&#x27;", "'").replace("&quot;", '"'):
                    problems.append(f"/{path}: {name} is not runnable, yet shows a button or not its reason")
            elif buttons != 1 or 'class="gx-run" hidden data-pagefind-ignore' not in block:
                problems.append(f"/{path}: {name} has {buttons} Run buttons, or no hidden run panel")
    assert not problems, "\n".join(problems)
