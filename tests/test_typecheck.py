"""Every Python twin (examples/ and tests/twins/) passes mypy --strict.

They are all scripts named main.py, which mypy cannot check in one run as they are, so
each is linked under a unique module name in a temporary folder and checked there, once."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_python_twins_pass_mypy_strict(tmp_path: Path) -> None:
    scripts = sorted([*(ROOT / "examples").glob("*/*/main.py"), *(ROOT / "tests" / "twins").rglob("main.py")])
    assert scripts
    for script in scripts:
        rel = script.parent.relative_to(ROOT).as_posix()
        name = "twin_" + "".join(c if c.isalnum() else "_" for c in rel) + ".py"
        (tmp_path / name).symlink_to(script)
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--python-version", "3.11", "--warn-unreachable", str(tmp_path)]
    )
    assert status == 0, out + err
