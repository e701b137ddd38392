"""Every example is shown: each example folder's main.go, main.py and output.txt are included
(``--8<-- "topic/slug/main.go"``) by at least one English page and at least one Chinese page.
An example that no page shows is checked for nothing a reader sees."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = re.compile(r'--8<--\s+"([^"]+)"')
FILES = ("main.go", "main.py", "output.txt")
TEST = "main_test.go"


def not_shown(examples: Path, docs: Path) -> list[str]:
    """What is missing, one line per example and language: ``goexit/deep-return: no Chinese page includes main.py``."""
    included: dict[str, set[str]] = {"en": set(), "zh": set()}
    for page in docs.rglob("*.md"):
        lang = "zh" if page.name.endswith(".zh.md") else "en"
        included[lang].update(SNIPPET.findall(page.read_text(encoding="utf-8")))
    problems = []
    for folder in sorted({p.parent for name in (*FILES, TEST) for p in examples.glob(f"*/*/{name}")}):
        name = folder.relative_to(examples).as_posix()
        # A test (main_test.go, no main.go) shows its test file instead of a main.go.
        files = [TEST, *FILES[1:]] if (folder / TEST).exists() and not (folder / "main.go").exists() else FILES
        for lang, language in (("en", "English"), ("zh", "Chinese")):
            missing = [f for f in files if f"{name}/{f}" not in included[lang]]
            if missing:
                problems.append(f"{name}: no {language} page includes {', '.join(missing)}")
    return problems


def test_every_example_is_shown_in_both_languages() -> None:
    problems = not_shown(ROOT / "examples", ROOT / "docs")
    assert not problems, (
        "include each example in a page of each language, in the Go | Python | Output tabs "
        "(or remove the folder):\n" + "\n".join(problems)
    )


def test_the_check_finds_an_example_no_page_shows(tmp_path: Path) -> None:
    examples, docs = tmp_path / "examples", tmp_path / "docs"
    for slug in ("shown", "hidden", "half"):
        (examples / "topic" / slug).mkdir(parents=True)
        for f in FILES:
            (examples / "topic" / slug / f).write_text("x")
    docs.mkdir()
    tabs = "".join(f'--8<-- "topic/shown/{f}"\n' for f in FILES)
    (docs / "page.md").write_text(tabs + '--8<-- "topic/half/main.go"\n')
    (docs / "page.zh.md").write_text(tabs)
    assert not_shown(examples, docs) == [
        "topic/half: no English page includes main.py, output.txt",
        "topic/half: no Chinese page includes main.go, main.py, output.txt",
        "topic/hidden: no English page includes main.go, main.py, output.txt",
        "topic/hidden: no Chinese page includes main.go, main.py, output.txt",
    ]
