"""The pages: Python blocks in docs/ and docstrings run and print what their #> comments say;
every page has its twin in the other language, with the same heading ids and the same examples."""

from __future__ import annotations

import re
from collections import Counter
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
    ids = parity_problems(page.name, zh.name, heading_ids(en_text), heading_ids(zh_text))
    assert not ids, "headings must carry the same ids, in the same order:\n" + "\n".join(ids)
    included = parity_problems(page.name, zh.name, SNIPPET.findall(en_text), SNIPPET.findall(zh_text))
    assert not included, "both languages include the same examples, in the same order:\n" + "\n".join(included)
    assert heading_count(en_text) == len(heading_ids(en_text)), f"{page.name}: every heading needs a {{ #id }}"
    assert heading_count(zh_text) == len(heading_ids(zh_text)), f"{zh.name}: every heading needs a {{ #id }}"


def parity_problems(en: str, zh: str, en_items: list[str], zh_items: list[str]) -> list[str]:
    """What one language's page has that the other's lacks (or more often, or in another order)."""
    en_count, zh_count = Counter(en_items), Counter(zh_items)
    problems = [f"{zh} lacks {item} (as {en} has it)" for item in (en_count - zh_count)]
    problems += [f"{en} lacks {item} (as {zh} has it)" for item in (zh_count - en_count)]
    if not problems and en_items != zh_items:
        first = next(i for i, (a, b) in enumerate(zip(en_items, zh_items, strict=True)) if a != b)
        problems.append(f"another order: {en} has {en_items[first]} where {zh} has {zh_items[first]}")
    return problems


def test_parity_names_what_is_missing() -> None:
    shown = ["a/x/main.go", "a/x/main.py", "a/y/main.go"]
    assert parity_problems("p.md", "p.zh.md", shown, shown[2:]) == [
        "p.zh.md lacks a/x/main.go (as p.md has it)",
        "p.zh.md lacks a/x/main.py (as p.md has it)",
    ]
    assert parity_problems("p.md", "p.zh.md", ["b"], ["b", "c"]) == ["p.md lacks c (as p.zh.md has it)"]
    assert parity_problems("p.md", "p.zh.md", ["a", "b"], ["b", "a"]) == [
        "another order: p.md has a where p.zh.md has b"
    ]
    assert parity_problems("p.md", "p.zh.md", ["b", "b"], ["b"]) == ["p.zh.md lacks b (as p.md has it)"]
    assert parity_problems("p.md", "p.zh.md", shown, shown) == []


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
