"""Chinese pages use full-width punctuation in prose (U+FF0C and friends) next to Chinese text.

`python tools/zh_punct.py --fix` rewrites docs/**/*.zh.md in place; without --fix it
lists offending lines and exits 1 (tests/test_zh_style.py runs the check). Code
(fenced blocks and `inline code`), link targets, heading ids and snippet lines are
left alone."""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
FULL = {",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "!": "\uff01", "?": "\uff1f"}
_CODE = re.compile(r"(`[^`]*`|\]\([^)]*\)|\{[^}]*#[^}]*\}|<[^>]+>)")
_PUNCT = re.compile(rf"(?<=[{CJK}])\s*([,:;!?])\s*|\s*([,:;!?])\s*(?=[{CJK}])")
_PARENS = re.compile(rf"\(([^()]*[{CJK}][^()]*)\)|(?<=[{CJK}])\s*\(([^()]*)\)")


def _fix_text(text: str) -> str:
    text = _PARENS.sub(lambda m: "\uff08" + (m.group(1) if m.group(1) is not None else m.group(2)) + "\uff09", text)
    return _PUNCT.sub(lambda m: FULL[m.group(1) or m.group(2)], text)


def fix_line(line: str) -> str:
    if line.lstrip().startswith(("--8<--", "!!!", "???", "===", "|---", ":::")) or line.startswith("    options"):
        head, sep, title = line.partition('"')
        if sep and line.lstrip().startswith(("!!!", "???")):
            return head + sep + fix_line(title)
        return line
    parts = _CODE.split(line)
    return "".join(p if i % 2 else _fix_text(p) for i, p in enumerate(parts))


def fix_page(text: str) -> str:
    out, in_fence = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            out.append(line)
            continue
        out.append(line if in_fence else fix_line(line))
    return "\n".join(out)


def main() -> int:
    fix = "--fix" in sys.argv
    bad = 0
    for page in sorted(DOCS.rglob("*.zh.md")):
        text = page.read_text(encoding="utf-8")
        fixed = fix_page(text)
        if fixed != text:
            if fix:
                page.write_text(fixed, encoding="utf-8")
                print(f"fixed {page.relative_to(DOCS)}")
            else:
                for a, b in zip(text.split("\n"), fixed.split("\n"), strict=True):
                    if a != b:
                        print(f"{page.relative_to(DOCS)}: {a.strip()}")
                        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
