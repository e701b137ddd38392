"""Shared fixtures: the Go build of every example and the built site, each made once per run."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

import harness
import sitekit


@pytest.fixture(scope="session")
def go_binaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each example's compiled Go program, keyed by the example's slug."""
    return harness.build_go(tmp_path_factory.mktemp("gobin"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """A skipped check is a failed check: nothing in this suite may skip, anywhere."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped, and skips are failures here: {report.longrepr}"
    return None


@pytest.fixture
def no_leaks() -> Iterator[None]:
    """Fail the test if a goroutine (or thread) it started is still alive shortly after it ends.

    Opt in by naming the fixture: ``def test_x(no_leaks: None) -> None``.  See `goexit.leak`.
    """
    from goexit import leak

    with leak.verify_none(timeout=2.0):
        yield


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sitekit.Site]:
    """The site, built strictly into a temporary folder once per session and served on 127.0.0.1."""
    built = sitekit.build_site(tmp_path_factory.mktemp("site"))
    with sitekit.serve(built.root) as server:
        yield dataclasses.replace(built, base=server.base)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, one for the whole session."""
    with sitekit.launch_browser() as chromium:
        yield chromium
