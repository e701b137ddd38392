"""MkDocs hook: in Chinese pages, a line break between two Chinese characters is not a space.

Markdown turns a soft line break into a space, which is right for English and wrong for
Chinese: browsers show it as a visible gap inside a sentence. Before rendering, join such
lines (outside fenced code) so the paragraph reads as Chinese is written."""

from __future__ import annotations

import re
from typing import Any

_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_END = re.compile(f"[{_CJK}]$")
_START = re.compile(f"^\\s*[{_CJK}]")


def join_cjk_lines(markdown: str) -> str:
    out: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not in_fence and out and _START.match(line) and _END.search(out[-1]):
            out[-1] += line.lstrip()
            continue
        out.append(line)
    return "\n".join(out)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if page.file.src_uri.endswith(".zh.md"):
        return join_cjk_lines(markdown)
    return markdown
