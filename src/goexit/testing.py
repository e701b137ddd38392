"""Go's ``testing`` package run as ``go test -v`` runs it: ``T``, subtests, cleanups, FailNow.

A Go test file has no ``main``: ``go test`` generates one that runs every
``TestXxx`` function, each in a goroutine of its own (``tRunner``), and the go
command prints a last line for the package (``ok`` or ``FAIL``, its import
path and how long it took).  A Python twin of a test file ends with
`main`, which finds the module's ``Test...`` functions in the order they are
defined and runs them the same way, printing what ``go test -v`` prints::

    from goexit import testing

    def TestAdd(t: testing.T) -> None:
        if add(2, 3) != 5:
            t.fatal("add(2, 3) is not 5")

    if __name__ == "__main__":
        testing.main()

What follows Go exactly: ``=== RUN``, ``=== NAME`` and ``--- PASS/FAIL/SKIP``
lines, logs indented under their test and prefixed with the caller's file
and line (`T.helper` functions skipped), subtest names made unique
(``TestX/a_b#01``), `T.fail_now` (and `T.fatal`, `T.skip_now`) ending the
test's goroutine with ``runtime.Goexit`` so that its deferred calls run,
`T.cleanup` functions run last-in first-out after `T.context` is
cancelled, a panic in a test printed after the ``--- FAIL`` lines of the test
and its parents, then ``PASS``/``FAIL`` and the go command's line.  The file
names are the Python file's (``main.py:12``), not ``main_test.go``; times are
real.  ``T.Parallel``, benchmarks, fuzzing, examples and the command-line
flags are not modelled.  Models src/testing/testing.go and match.go, and the
part of cmd/go/internal/test/test.go that prints a package's result.
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
import time as _pytime
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import NoReturn

from goexit import _sched, context, fmt
from goexit import os as _os
from goexit.chan import Chan
from goexit.goroutine import go
from goexit.panics import _unwrap_code, call_in_frame, defer, func, goexit, panic, recover

__all__ = ["T", "main", "verbose"]

_INDENT = "    "
_INTERNAL = os.path.dirname(os.path.abspath(__file__))

_Site = tuple[CodeType, str, int]
"""One frame of a captured stack: its code, file name and line (innermost first in a list)."""


def _stack(frame: FrameType | None) -> list[_Site]:
    sites: list[_Site] = []
    while frame is not None:
        sites.append((frame.f_code, frame.f_code.co_filename, frame.f_lineno))
        frame = frame.f_back
    return sites


def _fmt_duration(seconds: float) -> str:
    """Go's fmtDuration: ``0.00s``."""
    return f"{seconds:.2f}s"


class _Chatty:
    """Go's chattyPrinter: the ``-v`` output, with ``=== NAME`` when the test that writes changes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last_name = ""

    def updatef(self, test_name: str, text: str) -> None:
        with self.lock:
            self.last_name = test_name
            _write(text)

    def printf(self, test_name: str, text: str) -> None:
        with self.lock:
            if self.last_name == "":
                self.last_name = test_name
            elif self.last_name != test_name:
                _write(f"=== NAME  {test_name}\n")
                self.last_name = test_name
            _write(text)


def _write(text: str) -> None:
    _os.Stdout.write(text.encode("utf-8", "surrogateescape"))


class _Matcher:
    """Go's matcher (match.go), without -run and -skip patterns: sanitised, unique subtest names."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sub_names: dict[str, int] = {}

    def full_name(self, c: T | None, subname: str) -> str:
        if c is None or c._level == 0:
            return subname
        with self.lock:
            return self._unique(c._name, _rewrite(subname))

    def _unique(self, parent: str, subname: str) -> str:
        base = parent + "/" + subname
        while True:
            n = self.sub_names.get(base, 0)
            self.sub_names[base] = n + 1
            if n == 0 and subname != "":
                prefix, nn = _parse_subtest_number(base)
                if len(prefix) < len(base) and nn < self.sub_names.get(prefix, 0):
                    continue
                return base
            name = f"{base}#{n:02d}"
            if self.sub_names.get(name, 0) != 0:
                continue
            return name


def _parse_subtest_number(s: str) -> tuple[str, int]:
    i = s.rfind("#")
    if i < 0:
        return s, 0
    prefix, suffix = s[:i], s[i + 1 :]
    if len(suffix) < 2 or (len(suffix) > 2 and suffix[0] == "0"):
        return s, 0
    if suffix == "00" and not prefix.endswith("/"):
        return s, 0
    if not suffix.isdigit() or int(suffix) >= 1 << 31:
        return s, 0
    return prefix, int(suffix)


_SPACES = frozenset("\t\n\v\f\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000")


def _rewrite(s: str) -> str:
    """Go's rewrite: white space becomes ``_``, unprintable characters their quoted escape."""
    from goexit import strconv

    out = []
    for r in s:
        if r in _SPACES or "\u2000" <= r <= "\u200a":
            out.append("_")
        elif not strconv.is_print(ord(r)):
            out.append(strconv.quote_rune(r)[1:-1])
        else:
            out.append(r)
    return "".join(out)


class _State:
    """Go's testState: what every test of a run shares."""

    def __init__(self) -> None:
        self.match = _Matcher()


class _OutputWriter:
    """Go's outputWriter: writes a test's log lines, indented, to the -v output or to its buffer."""

    def __init__(self, c: T) -> None:
        self.c = c
        self.partial = ""

    def write(self, p: str) -> None:
        c = self.c
        if c._destination() is None:
            panic("Write called after " + c._name + " has completed")
        with c._mu:
            lines = p.split("\n")
            lines = [line + "\n" for line in lines[:-1]] + [lines[-1]]
            last = len(lines) - 1
            for i, line in enumerate(lines[:last]):
                if i == 0 and self.partial:
                    line = self.partial + line
                    self.partial = ""
                self._write_line(line)
            self.partial += lines[last]

    def _write_line(self, b: str) -> None:
        c = self.c
        if c._done or c._chatty is None:
            c._output += _INDENT + b
            return
        c._chatty.printf(c._name, _INDENT + b)


class _Indenter:
    """Go's indenter: a subtest's output goes into its parent's buffer, indented four spaces."""

    def __init__(self, c: T) -> None:
        self.c = c

    def write(self, b: str) -> None:
        for line in b.splitlines(keepends=True):
            self.c._output += _INDENT + line


class _Stdout:
    def write(self, b: str) -> None:
        _write(b)


_ERR_NIL_PANIC_OR_GOEXIT = "test executed panic(nil) or runtime.Goexit"


class _NilPanicOrGoexitError(Exception):
    go_type = "*errors.errorString"

    def __str__(self) -> str:
        return _ERR_NIL_PANIC_OR_GOEXIT


_ERR_NIL = _NilPanicOrGoexitError()


class T:
    """A test's handle (Go's ``*testing.T``), passed to each ``TestXxx(t)`` and subtest function.

    A test ends when its function returns or calls `fail_now`, `fatal`,
    `fatalf`, `skip_now`, `skip` or `skipf`; those end the test's goroutine
    with ``runtime.Goexit`` and must be called from the goroutine running the
    test, not from one it started.  `log`, `error` and the others may be called
    from any goroutine until the test has completed.  Make one by running
    tests with `main` (or `T.run`), never directly.
    """

    go_type = "*testing.T"

    def __init__(
        self,
        name: str,
        parent: T | None,
        level: int,
        state: _State,
        chatty: _Chatty | None,
        creator: list[_Site],
        *,
        is_synctest: bool = False,
    ) -> None:
        self._mu = threading.RLock()
        self._output = ""
        self._w: _Indenter | _Stdout = _Stdout()
        self._o: _OutputWriter | None = None
        self._ran = False
        self._failed = False
        self._skipped = False
        self._done = False
        self._finished = False
        self._helpers: set[CodeType] = set()
        self._cleanups: list[Callable[[], None]] = []
        self._cleanup_code: CodeType | None = None
        self._cleanup_stack: list[_Site] | None = None
        self._cleanup_started = False
        self._is_synctest = is_synctest
        self._chatty = chatty
        self._has_sub = False
        self._parent = parent
        self._level = level
        self._creator = creator
        self._name = name
        self._start = 0.0
        self._duration = 0.0
        self._signal: Chan[bool] = Chan(bool, 1)
        self._tstate = state
        self._ctx, self._cancel_ctx = context.with_cancel(context.background())

    def __repr__(self) -> str:
        return f"<testing.T {self._name}>"

    # -- state -----------------------------------------------------------------

    def name(self) -> str:
        """The name of the running test or subtest, ``TestX/sub`` (Go's ``T.Name``)."""
        return self._name

    def _set_ran(self) -> None:
        if self._parent is not None:
            self._parent._set_ran()
        with self._mu:
            self._ran = True

    def fail(self) -> None:
        """Mark the test as failed and go on running it (Go's ``T.Fail``); its parents fail too.

        Panics ``Fail in goroutine after TestX has completed`` once the test is done.
        """
        if self._parent is not None:
            self._parent.fail()
        with self._mu:
            if self._done:
                panic("Fail in goroutine after " + self._name + " has completed")
            self._failed = True

    def failed(self) -> bool:
        """Whether the test has failed (Go's ``T.Failed``)."""
        with self._mu:
            return self._failed

    def fail_now(self) -> NoReturn:
        """Mark the test failed and stop it with ``runtime.Goexit`` (Go's ``T.FailNow``).

        The test's deferred calls run, the code after the call does not, and the
        run goes on with the next test.  Call it from the test's own goroutine:
        from another one it ends that goroutine only, and the test goes on.
        """
        self.fail()
        with self._mu:
            self._finished = True
        goexit()

    def skip_now(self) -> NoReturn:
        """Mark the test skipped and stop it with ``runtime.Goexit`` (Go's ``T.SkipNow``)."""
        with self._mu:
            self._skipped = True
            self._finished = True
        goexit()

    def skipped(self) -> bool:
        """Whether the test was skipped (Go's ``T.Skipped``)."""
        with self._mu:
            return self._skipped

    # -- logging ---------------------------------------------------------------

    def _log(self, s: str) -> None:
        s = s.removesuffix("\n").replace("\n", "\n" + _INDENT) + "\n"
        n = self._destination()
        if n is None:
            panic("Log in goroutine after " + self._name + " has completed: " + s)
        s = n._call_site(sys._getframe(2)) + s
        n._flush_partial()
        assert n._o is not None
        n._o.write(s)

    def _destination(self) -> T | None:
        with self._mu:
            if not self._done and not self._is_synctest:
                return self
        p = self._parent
        while p is not None:
            with p._mu:
                if not p._done:
                    return p
            p = p._parent
        return None

    def _call_site(self, frame: FrameType | None) -> str:
        """Go's callSite and frameSkip: ``file:line: `` of the first caller that is not a helper."""
        c: T = self
        sites = _stack(frame)
        first: _Site | None = None
        prev: _Site | None = None
        i = 0
        while i < len(sites):
            site = sites[i]
            i += 1
            code, file, _ = site
            if c._cleanup_code is not None and code is c._cleanup_code and c._cleanup_stack is not None:
                sites, i = c._cleanup_stack, 0
                continue
            if os.path.dirname(os.path.abspath(file)) == _INTERNAL:
                if code is _T_RUNNER_CODE:
                    if c._level > 1 and c._parent is not None:
                        sites, i = c._creator, 0
                        c = c._parent
                        continue
                    site = prev if prev is not None else site
                    break
                continue
            if first is None:
                first = site
            prev = site
            if code not in c._helpers:
                break
        else:
            site = first if first is not None else ("?", "???", 1)  # type: ignore[assignment]
        _, file, line = site
        return f"{os.path.basename(file) if file else '???'}:{line or 1}: "

    def _flush_partial(self) -> None:
        with self._mu:
            partial = self._o is not None and self._o.partial != ""
        if partial:
            assert self._o is not None
            self._o.write("\n")

    def log(self, *args: object) -> None:
        """Format like ``fmt.Sprintln`` and record the text in the test's log (Go's ``T.Log``).

        With ``go test -v`` it is printed at once, indented under the test, after
        ``file:line: `` of the call.  Panics once the test and its parents are done.
        """
        self._log(fmt.sprintln(*args))

    def logf(self, format: str, *args: object) -> None:  # noqa: A002 - Go's parameter name
        """Format like ``fmt.Sprintf`` and record the text in the log (Go's ``T.Logf``); a newline is added."""
        self._log(fmt.sprintf(format, *args))

    def error(self, *args: object) -> None:
        """`log` then `fail` (Go's ``T.Error``)."""
        self._log(fmt.sprintln(*args))
        self.fail()

    def errorf(self, format: str, *args: object) -> None:  # noqa: A002
        """`logf` then `fail` (Go's ``T.Errorf``)."""
        self._log(fmt.sprintf(format, *args))
        self.fail()

    def fatal(self, *args: object) -> NoReturn:
        """`log` then `fail_now` (Go's ``T.Fatal``)."""
        self._log(fmt.sprintln(*args))
        self.fail_now()

    def fatalf(self, format: str, *args: object) -> NoReturn:  # noqa: A002
        """`logf` then `fail_now` (Go's ``T.Fatalf``)."""
        self._log(fmt.sprintf(format, *args))
        self.fail_now()

    def skip(self, *args: object) -> NoReturn:
        """`log` then `skip_now` (Go's ``T.Skip``)."""
        self._log(fmt.sprintln(*args))
        self.skip_now()

    def skipf(self, format: str, *args: object) -> NoReturn:  # noqa: A002
        """`logf` then `skip_now` (Go's ``T.Skipf``)."""
        self._log(fmt.sprintf(format, *args))
        self.skip_now()

    def helper(self) -> None:
        """Mark the calling function as a helper: log lines name its caller's line (Go's ``T.Helper``)."""
        c = self._parent if self._is_synctest and self._parent is not None else self
        with c._mu:
            c._helpers.add(sys._getframe(1).f_code)

    # -- cleanup and context ---------------------------------------------------

    def cleanup(self, f: Callable[[], object]) -> None:
        """Register ``f`` to run when the test and all its subtests are done (Go's ``T.Cleanup``).

        Cleanup functions run last added, first called, after `context` is
        cancelled; they run even when the test failed with `fail_now` or
        panicked.
        """
        if not callable(f):
            raise TypeError(f"cleanup needs a function to call, got {type(f).__name__}")
        stack = _stack(sys._getframe(1))

        def fn() -> None:
            with self._mu:
                self._cleanup_code = sys._getframe(0).f_code
                self._cleanup_stack = stack
            try:
                f()
            finally:
                with self._mu:
                    self._cleanup_code = None
                    self._cleanup_stack = None

        with self._mu:
            self._cleanups.append(fn)

    def context(self) -> context.Context:
        """A context cancelled just before the test's `cleanup` functions run (Go's ``T.Context``, Go 1.24).

        Use it instead of ``context.background()``: what the test starts with it
        is told to stop when the test ends, and cleanups can wait for that.
        """
        return self._ctx

    def _run_cleanup(self, recover_panic: bool) -> object:
        """Go's runCleanup: cancel the context, then run the cleanups LIFO; each panic still runs the rest."""

        @func
        def body() -> object:
            self._cleanup_started = True

            def started_off() -> None:
                self._cleanup_started = False

            defer(started_off)
            result: list[object] = [None]
            if recover_panic:

                def catch() -> None:
                    result[0] = recover()

                defer(catch)

            def recur() -> None:
                with self._mu:
                    more = len(self._cleanups) > 0
                if more:
                    self._run_cleanup(False)

            defer(recur)
            self._cancel_ctx()
            while True:
                with self._mu:
                    cleanup = self._cleanups.pop() if self._cleanups else None
                if cleanup is None:
                    return result
                cleanup()

        out = body()
        return out[0] if isinstance(out, list) else None

    # -- subtests --------------------------------------------------------------

    def run(self, name: str, f: Callable[[T], object]) -> bool:
        """Run ``f`` as a subtest called ``name`` in a goroutine of its own, and wait for it (Go's ``T.Run``).

        Returns whether the subtest passed.  If the subtest called `fail_now` on
        this test (its parent), this goroutine ends with ``runtime.Goexit`` too.
        """
        if self._is_synctest:
            panic("testing: t.Run called inside synctest bubble")
        if self._cleanup_started:
            panic("testing: t.Run called during t.Cleanup")
        if not callable(f):
            raise TypeError(f"t.run needs a test function, got {type(f).__name__}")
        self._has_sub = True
        test_name = self._tstate.match.full_name(self, name)
        creator = _stack(sys._getframe(1))
        t = T(test_name, self, self._level + 1, self._tstate, self._chatty, creator)
        t._w = _Indenter(t)
        t._o = _OutputWriter(t)
        if t._chatty is not None:
            t._chatty.updatef(t._name, f"=== RUN   {t._name}\n")
        go(_t_runner, t, f)
        if not t._signal.recv():
            goexit()
        return not t._failed

    def parallel(self) -> NoReturn:
        """Not modelled: goexit runs tests one after another (Go's ``T.Parallel``)."""
        raise _sched.UsageError("t.parallel() is not modelled by goexit: run the tests sequentially")

    def deadline(self) -> tuple[object, bool]:
        """Go's ``T.Deadline`` without ``-timeout``: no deadline (the zero Time, False)."""
        from goexit import time

        if self._is_synctest:
            panic("testing: t.Deadline called inside synctest bubble")
        return time.Time(), False

    # -- reporting -------------------------------------------------------------

    def _flush_to_parent(self, test_name: str, text: str) -> None:
        p = self._parent
        assert p is not None
        with p._mu, self._mu:
            if self._output:
                text += self._output
                self._output = ""
            if self._chatty is not None and isinstance(p._w, _Stdout):
                self._chatty.updatef(test_name, text)
            else:
                p._w.write(text)

    def _report(self) -> None:
        if self._parent is None or self._is_synctest:
            return
        d = _fmt_duration(self._duration)
        if self.failed():
            self._flush_to_parent(self._name, f"--- FAIL: {self._name} ({d})\n")
        elif self._chatty is not None:
            verdict = "SKIP" if self.skipped() else "PASS"
            self._flush_to_parent(self._name, f"--- {verdict}: {self._name} ({d})\n")


def _t_runner(t: T, fn: Callable[[T], object]) -> None:
    """Go's tRunner: run one test function, then report it, its cleanups and its panic, if any."""

    @func
    def finish() -> None:
        err = recover()
        signal = True
        with t._mu:
            finished = t._finished
        if not finished and err is None:
            err = _ERR_NIL
            p = t._parent
            while p is not None:
                with p._mu:
                    finished = p._finished
                if finished:
                    t.errorf("%v: subtest may have called FailNow on a parent test", err)
                    err = None
                    signal = False
                    break
                p = p._parent
        did_panic = [False]

        def signal_done() -> None:
            if did_panic[0]:
                return
            if err is not None:
                panic(err)
            t._signal.send(signal)

        defer(signal_done)

        def do_panic(err: object) -> NoReturn:
            t.fail()
            r = t._run_cleanup(True)
            if r is not None:
                t.logf("cleanup panicked with %v", r)
            root: T = t
            while not root._is_synctest and root._parent is not None:
                with root._mu:
                    root._duration += _pytime.perf_counter() - root._start
                    d = root._duration
                root._flush_partial()
                root._flush_to_parent(root._name, f"--- FAIL: {root._name} ({_fmt_duration(d)})\n")
                r = root._parent._run_cleanup(True)
                if r is not None:
                    root._parent._w.write(fmt.sprintf("cleanup panicked with %v", r))
                root = root._parent
            did_panic[0] = True
            panic(err)

        if err is not None:
            do_panic(err)
        t._duration += _pytime.perf_counter() - t._start
        root = t
        while root._parent is not None:
            root._flush_partial()
            root = root._parent
        t._report()
        t._done = True
        if t._parent is not None and not t._has_sub:
            t._set_ran()

    defer(finish)
    defer(t._run_cleanup, False)
    t._start = _pytime.perf_counter()
    call_in_frame(_unwrap_code(fn), fn, t)  # a test function has a defer scope, as a goroutine's entry has
    with t._mu:
        t._finished = True


_T_RUNNER_CODE = _t_runner.__code__


def _synctest_test(t: T, f: Callable[[T], object]) -> bool:
    """Go's testingSynctestTest: run ``f`` in a T of its own inside the bubble; whether it passed.

    The bubble's T logs to ``t`` (it has no output of its own), its cleanups and
    context belong to the bubble, and it reports nothing itself: ``t`` does.
    """
    if t._cleanup_started:
        panic("testing: synctest.Run called during t.Cleanup")
    creator = _stack(sys._getframe(1))
    t2 = T(t._name, t, t._level + 1, t._tstate, t._chatty, creator, is_synctest=True)
    go(_t_runner, t2, f)
    if not t2._signal.recv():
        goexit()
    return not t2._failed


def verbose() -> bool:
    """Whether the ``-v`` flag is set (Go's ``testing.Verbose``): goexit models ``go test -v``, so True."""
    return True


def _import_path(script: Path) -> str:
    """The import path ``go test`` names the package by: the module path of the nearest go.mod plus the folder."""
    here = script.resolve().parent
    for d in (here, *here.parents):
        gomod = d / "go.mod"
        if gomod.is_file():
            for line in gomod.read_text(encoding="utf-8").splitlines():
                words = line.split()
                if len(words) == 2 and words[0] == "module":
                    rel = here.relative_to(d).as_posix()
                    return words[1] if rel == "." else f"{words[1]}/{rel}"
            break
    return "command-line-arguments"


def _is_test_name(name: str) -> bool:
    """Go's isTest: ``Test`` then nothing, or a character that is not a lower-case letter."""
    if not name.startswith("Test"):
        return False
    return len(name) == 4 or not name[4].islower()


def _collect(frame: FrameType | None) -> list[tuple[str, Callable[[T], object]]]:
    module = frame.f_globals if frame is not None else {}
    return [(name, value) for name, value in module.items() if _is_test_name(name) and inspect.isfunction(value)]


def main(*tests: Callable[[T], object]) -> NoReturn:
    """Run the tests as ``go test -v`` does and end the process with the go command's status.

    With no argument it runs the calling module's functions named ``TestXxx``
    (``Xxx`` not starting with a lower-case letter), in the order they are
    defined, as ``go test`` takes them in source order.  Each runs in its own
    goroutine; then ``PASS`` or ``FAIL`` is printed, and the go command's
    line: ``ok  \\t<import path>\\t0.003s`` or ``FAIL\\t<import path>\\t0.003s``
    and ``FAIL``.  The import path is the module path of the nearest
    ``go.mod`` plus the script's folder, as ``go test ./folder`` names it.  A
    test that panics crashes the test binary as in Go (its ``--- FAIL``
    lines first); the go command then prints its ``FAIL`` lines too.  The
    process exits 0 when every test passed, 1 otherwise.
    """
    caller = sys._getframe(1)
    named = [(getattr(f, "__name__", "?"), f) for f in tests] if tests else _collect(caller)
    for name, f in named:
        if not callable(f):
            raise TypeError(f"testing.main runs test functions, got {type(f).__name__} for {name}")
    script = Path(caller.f_code.co_filename)
    package = _import_path(script)
    started = _pytime.perf_counter()

    def go_command(status: int) -> int:
        # cmd/go: the binary's output is followed by the package's line; go test exits 1 on failure.
        elapsed = f"{_pytime.perf_counter() - started:.3f}s"
        if status == 0:
            _write(f"ok  \t{package}\t{elapsed}{' [no tests to run]' if not named else ''}\n")
            return 0
        _write(f"FAIL\t{package}\t{elapsed}\nFAIL\n")
        return 1

    def program() -> None:
        _sched.exit_hook = go_command
        ok = _run_tests(named)
        if not named:
            _os.Stderr.write(b"testing: warning: no tests to run\n")
        if not ok:
            _write("FAIL\n")
            _os.exit(1)
        _write("PASS\n")
        _os.exit(0)

    from goexit.goroutine import run

    run(program)


def _run_tests(tests: list[tuple[str, Callable[[T], object]]]) -> bool:
    """Go's runTests for one -count and one -cpu: a root T whose tRunner runs each test as a subtest."""
    state = _State()
    t = T("", None, 0, state, _Chatty(), [])

    def all_tests(t: T) -> None:
        for name, f in tests:
            t.run(name, f)

    func(_t_runner)(t, all_tests)
    return not t.failed()
