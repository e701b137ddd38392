"""The pages: Python blocks in docs/ and docstrings run and print what their #> comments say;
every page has its twin in the other language, with the same heading ids and the same examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPET = re.compile(r'--8<--\s+"([^"]+)"')
HEADING_ID = re.compile(r"^#{1,6} .*\{ *#([\w-]+)[^}]*\}\s*$", re.M)
FENCE = re.compile(r"^(\s*)(```|~~~).*?^\1\2", re.M | re.S)


def _runnable(example: CodeExample) -> bool:
    # Blocks that only include an example file are verified by test_examples.py.
    lang = example.prefix.split()[0] if example.prefix.strip() else ""
    return lang in {"py", "python"} and not SNIPPET.search(example.source)


PY_EXAMPLES = [ex for ex in find_examples(str(DOCS), str(ROOT / "src")) if _runnable(ex)]


def test_python_blocks_exist() -> None:
    assert PY_EXAMPLES, "no runnable Python block found in docs/ or in src/ docstrings"


@pytest.mark.parametrize("example", PY_EXAMPLES, ids=str)
def test_python_block(example: CodeExample, eval_example: EvalExample) -> None:
    eval_example.set_config(line_length=120, target_version="py310")
    if eval_example.update_examples:
        eval_example.format(example)
        eval_example.run_print_update(example)
        return
    eval_example.lint(example)
    try:
        eval_example.run_print_check(example)
    except BaseException as exc:  # Python 3.11: an escaping BaseException crashes pytest (INTERNALERROR)
        if isinstance(exc, AssertionError | pytest.fail.Exception):
            raise
        pytest.fail(f"{example}: {type(exc).__name__}: {exc}")


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if not p.name.endswith(".zh.md") and "assets" not in p.parts)


def twin(page: Path) -> Path:
    return page.with_name(page.name[: -len(".md")] + ".zh.md")


def test_every_chinese_page_has_an_english_twin() -> None:
    orphans = [p for p in DOCS.rglob("*.zh.md") if not p.with_name(p.name.replace(".zh.md", ".md")).exists()]
    assert not orphans


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_page_has_chinese_twin_with_same_ids_and_examples(page: Path) -> None:
    zh = twin(page)
    assert zh.exists(), f"{page.name} has no Chinese twin {zh.name}"
    en_text, zh_text = page.read_text(encoding="utf-8"), zh.read_text(encoding="utf-8")
    assert heading_ids(en_text) == heading_ids(zh_text), "headings must carry the same ids, in the same order"
    assert SNIPPET.findall(en_text) == SNIPPET.findall(zh_text), "both languages include the same examples"
    assert heading_count(en_text) == len(heading_ids(en_text)), f"{page.name}: every heading needs a {{ #id }}"
    assert heading_count(zh_text) == len(heading_ids(zh_text)), f"{zh.name}: every heading needs a {{ #id }}"


def _prose(text: str) -> str:
    return FENCE.sub("", text)


def heading_ids(text: str) -> list[str]:
    return HEADING_ID.findall(_prose(text))


def heading_count(text: str) -> int:
    return len(re.findall(r"^#{1,6} ", _prose(text), re.M))


def test_parity_check_catches_a_missing_id() -> None:
    assert heading_ids("# A { #a }\n## B\n") == ["a"]
    assert heading_count("# A { #a }\n## B\n") == 2


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_included_examples_exist(page: Path) -> None:
    for ref in SNIPPET.findall(page.read_text(encoding="utf-8")):
        assert (ROOT / "examples" / ref).exists(), f"{page.name} includes missing examples/{ref}"
