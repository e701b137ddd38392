"""The strict build is strict: every build fails on any warning, and nothing hides the warnings.

``mkdocs build --strict --quiet`` is not strict: ``--quiet`` raises MkDocs' log level above WARNING,
so strict mode counts no warning and the build succeeds (MkDocs issue #4126). Every build goes
through `sitekit.strict_build` (Makefile, .ci/run, the tests, the benchmarks); this module checks
that no build command anywhere combines the two, and that a build with warnings fails, on a tiny
project that has one of each kind this site could ship.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sitekit

ROOT = Path(__file__).resolve().parent.parent
# Everything that runs or describes a build.
BUILD_FILES = ["Makefile", ".ci/run", "mkdocs.yml", "pyproject.toml", "README.md"]
BUILD_GLOBS = ["tests/*.py", "bench/*.py", "hooks/*.py", "tools/*.py", ".github/workflows/*.yml"]
_QUIET = re.compile(r"(--quiet|(?<![\w-])-q\b)")
_INLINE_CODE = re.compile(r"``[^`]*``|`[^`]*`")  # prose about a command is no command


def quiet_builds(files: list[Path]) -> list[str]:
    """Lines that run ``mkdocs build`` (or ``serve``) with ``--quiet`` / ``-q``."""
    found = []
    for f in files:
        for n, text in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            line = _INLINE_CODE.sub("", text)
            if "mkdocs" in line and re.search(r"\bbuild\b|\bserve\b", line) and _QUIET.search(line):
                found.append(f"{f.relative_to(ROOT) if f.is_relative_to(ROOT) else f}:{n}: {line.strip()}")
    return found


def build_files() -> list[Path]:
    files = [ROOT / name for name in BUILD_FILES if (ROOT / name).exists()]
    found = sorted(p for pattern in BUILD_GLOBS for p in ROOT.glob(pattern))
    return files + [p for p in found if p != Path(__file__).resolve()]  # this file holds the faulty fixtures


def test_no_build_hides_its_warnings() -> None:
    found = quiet_builds(build_files())
    assert not found, (
        "drop --quiet from these mkdocs builds: it hides the warnings that --strict counts (MkDocs #4126), "
        "call sitekit.strict_build instead:\n" + "\n".join(found)
    )


def test_the_quiet_scan_finds_a_quiet_build(tmp_path: Path) -> None:
    makefile = tmp_path / "Makefile"
    makefile.write_text(
        "site:\n\t$(BIN)/mkdocs build --strict --quiet\nserve:\n\tmkdocs serve -q\nok:\n\tmkdocs build --strict\n"
    )
    script = tmp_path / "build.py"
    script.write_text('run(["mkdocs", "build", "--strict", "-q", "-d", out])\npip_install("--quiet")\n')
    assert [line.split(": ", 1)[1] for line in quiet_builds([makefile, script])] == [
        "$(BIN)/mkdocs build --strict --quiet",
        "mkdocs serve -q",
        'run(["mkdocs", "build", "--strict", "-q", "-d", out])',
    ]


def test_every_link_check_is_a_warning() -> None:
    # MkDocs reports a broken anchor (and a few other findings) at INFO unless told otherwise:
    # strict mode counts warnings only.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^strict: true$", config, re.M), "mkdocs.yml: set `strict: true`"
    block = re.search(r"^validation:\n((?:  .*\n|\s*\n)+)", config, re.M)
    assert block, "mkdocs.yml: add a `validation:` block that sets every check to warn"
    checks = {
        "nav": ("omitted_files", "not_found", "absolute_links"),
        "links": ("not_found", "absolute_links", "unrecognized_links", "anchors"),
    }
    for group, names in checks.items():
        part = re.search(rf"^  {group}:\n((?:    .*\n)+)", block.group(1), re.M)
        assert part, f"mkdocs.yml: validation: {group}: ... (each check: warn)"
        for name in names:
            assert re.search(rf"^    {name}: warn$", part.group(1), re.M), (
                f"mkdocs.yml: validation: {group}: {name}: warn"
            )


TINY_CONFIG = """\
site_name: tiny
strict: true
validation:
  anchors: warn
nav:
  - Home: index.md
  - Missing: missing-page.md
plugins:
  - mkdocstrings:
      handlers:
        python:
          paths: [src]
          options:
            docstring_style: sphinx
"""
TINY_PAGE = """\
# Home

A [broken link](nowhere.md), a [cross-reference to nothing][tinymod.no_such_function],
and [an anchor that is not there](#no-such-anchor).

::: tinymod
"""
TINY_MODULE = '''\
"""A module."""


def f(x: int) -> int:
    """Return x.

    :param nope: a parameter that does not exist.
    """
    return x
'''


@pytest.mark.timeout(120)
def test_a_build_with_warnings_fails_and_names_each_one(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "src").mkdir()
    (tmp_path / "mkdocs.yml").write_text(TINY_CONFIG)
    (tmp_path / "docs" / "index.md").write_text(TINY_PAGE)
    (tmp_path / "src" / "tinymod.py").write_text(TINY_MODULE)
    with pytest.raises(sitekit.BuildError) as failed:
        sitekit.strict_build(tmp_path / "site", tmp_path / "mkdocs.yml", tmp_path)
    message = str(failed.value)
    assert message.startswith("mkdocs build --strict failed"), message
    for warning in (
        "'missing-page.md' is included in the 'nav' configuration",
        "contains a link 'nowhere.md'",
        "Could not find cross-reference target 'tinymod.no_such_function'",
        "Parameter 'nope' does not appear in the function signature",
        "'#no-such-anchor'",
    ):
        assert warning in message, f"{warning!r} not reported:\n{message}"


@pytest.mark.timeout(120)
def test_a_clean_tiny_build_passes(tmp_path: Path) -> None:
    # The other side of the check above: the same project without its faults builds.
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: tiny\nstrict: true\nnav:\n  - Home: index.md\n")
    (tmp_path / "docs" / "index.md").write_text("# Home\n\nNothing wrong here.\n")
    sitekit.strict_build(tmp_path / "site", tmp_path / "mkdocs.yml", tmp_path)
    assert (tmp_path / "site" / "index.html").is_file()
