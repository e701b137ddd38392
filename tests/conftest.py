"""Shared fixtures: the Go build of every example and the built site, each made once per run."""

from __future__ import annotations

import compileall
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

import harness
import sitekit
from suite_rules import (  # noqa: F401 - hooks: no skip, no xfail, every test time-limited
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_make_collect_report,
    pytest_runtest_makereport,
    pytest_runtest_setup,
)


def pytest_sessionstart(session: pytest.Session) -> None:
    """goexit's bytecode, compiled once, before the hundreds of Python twins the tests start.

    With PYTHONDONTWRITEBYTECODE set (this machine sets it) no process writes a ``.pyc``, so
    every ``python main.py`` compiled goexit from source again: 0.2 CPU s of a twin's 0.25.
    Bytecode already on disk is still read, and what a program prints does not change. Each
    xdist worker calls this too: the files are up to date by then, and nothing is compiled twice.
    """
    compileall.compile_dir(harness.ROOT / "src", quiet=1)


@pytest.fixture(scope="session")
def go_binaries() -> dict[str, Path]:
    """Each example's compiled Go program, keyed by the example's slug: one cached build for every
    worker (harness.build_go). A compile error is shown once, by test_examples_build_with_go."""
    try:
        return harness.build_go()
    except harness.GoBuildError:
        pass  # failing here would print the compiler's message again, as the context
    pytest.fail("the Go build of examples/ failed: see test_examples_build_with_go", pytrace=False)


# The browser modules whose tests run in a worker of their own, apart from the other browser
# tests: test_site_looks loads every page at two widths in two schemes (the longest module), and
# alone in one worker it no longer waits behind the others (make test's critical path).
_OWN_BROWSER_GROUP = {"test_site_looks.py": "browser-looks"}


def pytest_itemcollected(item: pytest.Item) -> None:
    """The tests that use the built site or the browser run in one xdist worker per group
    (``--dist loadgroup``): "browser", and test_site_looks' own group, so the site is found (or
    built) and Chromium started once per worker that needs them. (Marked as each test is
    collected: xdist reads the groups in pytest_collection_modifyitems.)"""
    if {"site", "browser"} & set(getattr(item, "fixturenames", ())):
        group = _OWN_BROWSER_GROUP.get(item.path.name, "browser")
        item.add_marker(pytest.mark.xdist_group(group))


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
    """The site, built strictly, served on 127.0.0.1 under the path of its site_url (as published):
    the build `make test` made of this tree, or (when run alone, or the tree changed since) a
    build into a temporary folder, once per session."""
    built = sitekit.prebuilt_site() or sitekit.build_site(tmp_path_factory.mktemp("site"))
    with sitekit.serve(built.root, built.path) as server:
        yield dataclasses.replace(built, base=server.base)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, one for the whole session."""
    with sitekit.launch_browser() as chromium:
        yield chromium
