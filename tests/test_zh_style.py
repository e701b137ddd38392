"""Chinese pages read as Chinese: full-width punctuation next to Chinese text (tools/zh_punct.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import zh_punct  # noqa: E402


def test_chinese_pages_use_full_width_punctuation() -> None:
    bad = []
    for page in sorted((ROOT / "docs").rglob("*.zh.md")):
        text = page.read_text(encoding="utf-8")
        if zh_punct.fix_page(text) != text:
            bad.append(page.name)
    assert not bad, f"run `python tools/zh_punct.py --fix`: half-width punctuation in {bad}"


def test_the_check_can_fail() -> None:
    assert zh_punct.fix_line("\u8bed\u4e49,\u901f\u5ea6") == "\u8bed\u4e49\uff0c\u901f\u5ea6"
    assert zh_punct.fix_line("`a, b` \u548c `c`") == "`a, b` \u548c `c`"


def test_line_breaks_inside_chinese_sentences_are_joined() -> None:
    sys.path.insert(0, str(ROOT / "hooks"))
    import cjk_lines

    zh = "\u7b2c\u4e00\u884c\n\u7b2c\u4e8c\u884c\n\n```go\n\u4ee3\u7801\n\u4ee3\u7801\n```\nEnglish\n\u4e2d\u6587"
    assert cjk_lines.join_cjk_lines(zh) == (
        "\u7b2c\u4e00\u884c\u7b2c\u4e8c\u884c\n\n```go\n\u4ee3\u7801\n\u4ee3\u7801\n```\nEnglish\n\u4e2d\u6587"
    )
