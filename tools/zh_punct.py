"""Chinese pages use full-width punctuation in prose (U+FF0C and friends) next to Chinese text.

Caught after (or around) Chinese text: ``.`` (and ``...``), ``,`` ``:`` ``;`` ``?`` ``!``, ``(`` ``)``
and ASCII quotes ``"`` ``'``, which become 。 …… ， ： ； ？ ！ （ ） “ ” ‘ ’.

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
# A full stop after Chinese text (not a decimal point, not part of a file name or an ellipsis),
# whatever follows it: the end of the line, a space or more Chinese (``结束了.它`` -- a Chinese
# character is a word character to ``\w``, so the guard names ASCII ones).
_ELLIPSIS = re.compile(rf"(?<=[{CJK}])(\.\.\.|\u2026)")
_STOP = re.compile(rf"(?<=[{CJK}])\.(?![A-Za-z0-9_.])")
# A full stop that ends a Chinese sentence right after inline code or a link: ``会 `panic`.``.
_STOP_AFTER_CODE = re.compile(r"\.(?![A-Za-z0-9_.])")
# ASCII quotes around Chinese text, or touching it: “...” and ‘...’ in Chinese prose.
_DQUOTES = re.compile(rf'"([^"]*[{CJK}][^"]*)"|(?<=[{CJK}])"([^"]*)"|"([^"]*)"(?=[{CJK}])')
_SQUOTES = re.compile(rf"(?<![A-Za-z])'([^']*[{CJK}][^']*)'(?![A-Za-z])")
# A half-width parenthesis touching a Chinese character (a pair split by inline code, say):
# ``簿记(为`` or ``分支)让``. Not ``recover() 捕获``, code written without backticks.
_HAN = r"\u4e00-\u9fff"
_LONE_PAREN = re.compile(rf"(?<=[{_HAN}])([()])|([()])(?=[{_HAN}])")
LONE = {"(": "\uff08", ")": "\uff09"}


def _quoted(m: re.Match[str], left: str, right: str) -> str:
    return left + next(g for g in m.groups() if g is not None) + right


def _fix_text(text: str) -> str:
    text = _PARENS.sub(lambda m: "\uff08" + (m.group(1) if m.group(1) is not None else m.group(2)) + "\uff09", text)
    text = _DQUOTES.sub(lambda m: _quoted(m, "\u201c", "\u201d"), text)
    text = _SQUOTES.sub(lambda m: _quoted(m, "\u2018", "\u2019"), text)
    text = _ELLIPSIS.sub("\u2026\u2026", text)
    text = _STOP.sub("\u3002", text)
    text = _LONE_PAREN.sub(lambda m: LONE[m.group(1) or m.group(2)], text)
    return _PUNCT.sub(lambda m: FULL[m.group(1) or m.group(2)], text)


def fix_line(line: str) -> str:
    if line.lstrip().startswith(("--8<--", "!!!", "???", "===", "|---", ":::")) or line.startswith("    options"):
        head, sep, title = line.partition('"')
        if sep and line.lstrip().startswith(("!!!", "???")):
            return head + sep + fix_line(title)
        return line
    parts = _CODE.split(line)
    for i in range(2, len(parts), 2):
        # Prose that starts with "." after a code span or a link target, the prose before which is Chinese.
        if parts[i - 1].startswith(("`", "](")) and _STOP_AFTER_CODE.match(parts[i]) and _chinese_before(parts, i - 1):
            parts[i] = "\u3002" + parts[i][1:]
    return "".join(p if i % 2 else _fix_text(p) for i, p in enumerate(parts))


def _chinese_before(parts: list[str], code: int) -> bool:
    """Whether the prose just before ``parts[code]`` (a code span or a link target) ends Chinese:
    ``会 `` before `` `panic` ``, or ``[通道`` before ``](channels.md)``."""
    before = parts[code - 1]
    if parts[code].startswith("]("):
        before = before.rsplit("[", 1)[-1] if "[" in before else before
    return bool(re.search(rf"[{CJK}][*_]*\s?$", before))


def fix_page(text: str) -> str:
    out, in_fence = [], False
    lines = text.split("\n")
    if lines[0] == "---" and "---" in lines[1:]:  # front matter is YAML, not prose
        end = lines.index("---", 1) + 1
        out, lines = lines[:end], lines[end:]
    for line in lines:
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
