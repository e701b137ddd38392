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
        fixed = zh_punct.fix_page(text)
        if fixed != text:
            lines = [
                f"{page.name}:{n}: {a.strip()[:100]}"
                for n, (a, b) in enumerate(zip(text.split("\n"), fixed.split("\n"), strict=True), 1)
                if a != b
            ]
            bad.extend(lines)
    assert not bad, (
        "run `python tools/zh_punct.py --fix`: half-width punctuation next to Chinese text in\n" + "\n".join(bad)
    )


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


def test_each_half_width_mark_after_chinese_text_is_caught() -> None:
    # One fixture per mark: what a Chinese sentence shows, and what the fixer makes of it.
    cases = {
        "协程结束了.": "协程结束了。",
        "都能察觉到.它能": "都能察觉到。它能",  # a Chinese character after the stop is a \w to re
        "向已关闭的通道发送会 `panic`.": "向已关闭的通道发送会 `panic`。",  # after inline code
        "见[关闭通道](channels.md).": "见[关闭通道](channels.md)。",  # after a link
        "然后...": "然后……",
        "协程,通道": "协程，通道",
        "注意:这里": "注意：这里",
        "先停下;再等": "先停下；再等",
        "为什么?因为": "为什么？因为",
        "好!": "好！",
        "簿记(为死锁检测)让它": "簿记（为死锁检测）让它",
        "一个 `select` 分支)让它": "一个 `select` 分支）让它",
        '他说"我退出了"': "他说“我退出了”",
        "叫做'通道'的东西": "叫做‘通道’的东西",
    }
    for before, after in cases.items():
        assert zh_punct.fix_line(before) == after, before
        assert zh_punct.fix_page(f"# 标题\n\n{before}\n") != f"# 标题\n\n{before}\n", f"the check misses {before!r}"


def test_code_numbers_file_names_and_syntax_are_left_alone() -> None:
    kept = [
        "调用 `wg.Done()` 之后",  # inside inline code
        "`ctx.Err()`. Then",  # after inline code in an English sentence
        "[the page](channels.md).",  # after a link with an English text
        "Go 1.23 的计时器",  # a decimal point
        "见 main.go 和 output.txt",  # file names
        "没有 defer 的 wg.Done() 不会执行",  # code written without backticks
        "“ctx.Err()（会忙等）”",  # already full-width
        "Python's view",  # an apostrophe
        '=== "Go"',  # a content tab
        '--8<-- "goexit/deep-return/main.go"',  # a snippet include
        '<span title="中文">',  # an HTML attribute
    ]
    for line in kept:
        assert zh_punct.fix_line(line) == line, line
    page = '---\ndescription: "协程怎样结束：函数返回。"\n---\n\n# 标题 { #id }\n\n```go\nfmt.Println("中文.")\n```\n'
    assert zh_punct.fix_page(page) == page
    assert zh_punct.fix_line('!!! note "注意"') == '!!! note "注意"'
