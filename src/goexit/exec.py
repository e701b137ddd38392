r"""Go's ``os/exec``: real child processes, with Go's rules for contexts, ``Cancel`` and ``WaitDelay``.

`command` and `command_context` build a `Cmd`; `Cmd.start` starts the child
(a real process: ``sh``, ``sleep``, or a Python script standing in for a Go
child), `Cmd.wait` waits for it and for the goroutines that copy its output.
The rules are those of ``src/os/exec/exec.go``:

- With `command_context`, the end of the context calls `Cmd.cancel`, which
  kills the child by default (``signal: killed`` is then Wait's error); a
  context already done when `Cmd.start` runs fails the start with
  ``ctx.err()``.  A cancel that succeeds makes Wait return ``ctx.err()`` if
  the child then exits 0.
- `Cmd.wait_delay` bounds the wait after the context ends (the child is then
  killed) and the wait for the output copying after the child exits (the
  pipes are then closed and Wait returns `ErrWaitDelay`,
  ``exec: WaitDelay expired before I/O complete``, if nothing else went wrong).

```py
from goexit import context, exec, time  # noqa: A004 - Go's package name

out, err = exec.command("sh", "-c", "echo hello; exit 3").output()
print(out, err, isinstance(err, exec.ExitError) and err.exit_code())
#> b'hello\n' exit status 3 3
ctx, cancel = context.with_timeout(context.background(), 20 * time.Millisecond)
err = exec.command_context(ctx, "sleep", "5").run()
cancel()
print(err, ctx.err())
#> signal: killed context deadline exceeded
```
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Callable
from typing import Any, Final

from goexit import _poll, _proc, context
from goexit import io as _io
from goexit import time as _time
from goexit.chan import DEFAULT, Chan, Recv, Send, select
from goexit.errors import ErrorString, new
from goexit.goroutine import go
from goexit.panics import panic

__all__ = [
    "Cmd",
    "ErrDot",
    "ErrNotFound",
    "ErrWaitDelay",
    "Error",
    "ExitError",
    "command",
    "command_context",
    "look_path",
]

ErrNotFound: ErrorString = new("executable file not found in $PATH")
"""A name found nowhere on ``$PATH`` (Go's ``exec.ErrNotFound``)."""

ErrDot: ErrorString = new("cannot run executable found relative to current directory")
"""A name found only through a relative ``$PATH`` entry (Go's ``exec.ErrDot``)."""

ErrWaitDelay: ErrorString = new("exec: WaitDelay expired before I/O complete")
"""What `Cmd.wait` returns when the child exited cleanly but its output was still open when
`Cmd.wait_delay` ran out (Go's ``exec.ErrWaitDelay``)."""


def _quote(s: str) -> str:
    from goexit.url import _quote as q

    return q(s)


class Error(Exception):
    """A name `look_path` could not resolve (Go's ``*exec.Error``).

    ``exec: "nosuch": executable file not found in $PATH``.
    """

    go_error = True
    go_type = "*exec.Error"

    def __init__(self, name: str, err: BaseException) -> None:
        super().__init__(name, err)
        self.name = name
        self.err = err

    def __str__(self) -> str:
        return f"exec: {_quote(self.name)}: {self.err}"

    def unwrap(self) -> BaseException:
        """Go's ``Error.Unwrap``: `ErrNotFound`, `ErrDot` or the file's error."""
        return self.err


class ExitError(Exception):
    """A child that did not exit 0 (Go's ``*exec.ExitError``): ``exit status 1``, ``signal: killed``.

    It has Go's ``ProcessState`` methods (`exit_code`, `success`, `string`...)
    and `stderr`, what `Cmd.output` captured of the child's standard error.
    """

    go_error = True
    go_type = "*exec.ExitError"

    def __init__(self, state: _proc.ProcessState) -> None:
        super().__init__(state)
        self.process_state = state
        self.stderr = b""

    def __str__(self) -> str:
        return self.process_state.string()

    def exit_code(self) -> int:
        """The exit status, -1 if a signal ended the child (Go's ``ProcessState.ExitCode``)."""
        return self.process_state.exit_code()

    def success(self) -> bool:
        """Go's ``ProcessState.Success`` (always false here)."""
        return self.process_state.success()

    def exited(self) -> bool:
        """Go's ``ProcessState.Exited``."""
        return self.process_state.exited()

    def pid(self) -> int:
        """Go's ``ProcessState.Pid``."""
        return self.process_state.pid()

    def string(self) -> str:
        """Go's ``ProcessState.String``."""
        return self.process_state.string()


class _WrappedError(Exception):
    go_error = True
    go_type = "exec.wrappedError"

    def __init__(self, prefix: str, err: BaseException) -> None:
        super().__init__(prefix, err)
        self.prefix = prefix
        self.err = err

    def __str__(self) -> str:
        return f"{self.prefix}: {self.err}"

    def unwrap(self) -> BaseException:
        return self.err


def _find_executable(path: str) -> BaseException | None:
    try:
        st = os.stat(path)
    except OSError as e:
        return _path_error("stat", path, e)
    if stat.S_ISDIR(st.st_mode):
        return _poll.Errno(21)  # EISDIR: "is a directory"
    if os.access(path, os.X_OK):
        return None
    return new("permission denied")


class _PathError(Exception):
    go_error = True
    go_type = "*fs.PathError"

    def __init__(self, op: str, path: str, err: BaseException) -> None:
        super().__init__(op, path, err)
        self.op, self.path, self.err = op, path, err

    def __str__(self) -> str:
        return f"{self.op} {self.path}: {self.err}"

    def unwrap(self) -> BaseException:
        return self.err


def _path_error(op: str, path: str, e: OSError) -> _PathError:
    return _PathError(op, path, _poll.Errno(e.errno or 2))


def look_path(file: str) -> tuple[str, BaseException | None]:
    """Find ``file`` as ``$PATH`` says (Go's ``exec.LookPath``, lp_unix.go); a name with a slash is used as is."""
    if "/" in file:
        err = _find_executable(file)
        return (file, None) if err is None else ("", Error(file, err))
    for d in os.environ.get("PATH", "").split(os.pathsep):
        d = d or "."
        path = os.path.join(d, file)
        if _find_executable(path) is None:
            if not os.path.isabs(path):
                return path, Error(file, ErrDot)
            return path, None
    return "", Error(file, ErrNotFound)


_NIL: Any = None


class _CtxResult:
    __slots__ = ("err", "timer")

    def __init__(self, err: BaseException | None = None, timer: _time.Timer | None = None) -> None:
        self.err = err
        self.timer = timer


class Cmd:
    """An external command (Go's ``exec.Cmd``), prepared by `command` or `command_context`.

    Fields, Go's in snake case: `path`, `args` (the name first), `env` (a list
    of ``KEY=value``; None: this process's), `dir`, `stdin` (a Reader),
    `stdout` and `stderr` (Writers; the same object for both gives one pipe),
    `cancel` (``f() -> err``, called when the context ends; None to let the
    child run on), `wait_delay` (nanoseconds), `process` (after `start`,
    ``process.pid``, ``process.kill()``), `process_state` (after `wait`).
    """

    go_type = "*exec.Cmd"

    def __init__(self, name: str, args: list[str]) -> None:
        self.path = name
        self.args = [name, *args]
        self.env: list[str] | None = None
        self.dir = ""
        self.stdin: Any = None
        self.stdout: Any = None
        self.stderr: Any = None
        self.err: BaseException | None = None
        self.cancel: Callable[[], BaseException | None] | None = None
        self.wait_delay = 0
        self.process: _proc.Process = _NIL
        """The child, once started (Go's ``Cmd.Process``); None before."""
        self.process_state: _proc.ProcessState = _NIL
        """How the child ended, once waited for (Go's ``Cmd.ProcessState``); None before."""
        self._ctx: context.Context | None = None
        self._start_called = False
        self._child_io: list[int] = []
        self._parent_io: list[_poll.FileFD] = []
        self._goroutines: list[Callable[[], BaseException | None]] = []
        self._goroutine_err: Chan[BaseException | None] | None = None
        self._ctx_result: Chan[_CtxResult] | None = None
        if os.path.basename(name) == name:
            lp, err = look_path(name)
            if lp:
                self.path = lp
            if err is not None:
                self.err = err

    def __repr__(self) -> str:
        return f"<exec.Cmd {self.string()}>"

    def _started(self) -> bool:
        p: object = self.process
        return p is not None

    def _waited(self) -> bool:
        p: object = self.process_state
        return p is not None

    def string(self) -> str:
        """The command line (Go's ``Cmd.String``): the resolved path, then the arguments."""
        if self.err is not None:
            return " ".join(self.args)
        return " ".join([self.path, *self.args[1:]])

    def environ(self) -> list[str]:
        """The environment the child gets (Go's ``Cmd.Environ``)."""
        if self.env is not None:
            return list(self.env)
        return [f"{k}={v}" for k, v in os.environ.items()]

    # -- pipes ----------------------------------------------------------------

    def _close_descriptors(self, fds: list[_poll.FileFD]) -> None:
        for f in fds:
            f.close()

    def _child_stdin(self) -> int:
        if self.stdin is None:
            fd = os.open(os.devnull, os.O_RDONLY)
            self._child_io.append(fd)
            return fd
        own = _file_descriptor(self.stdin)
        if own is not None:
            return own
        pr, pw = os.pipe()
        self._child_io.append(pr)
        w = _poll.FileFD(pw)
        self._parent_io.append(w)
        src = self.stdin

        def copy_in() -> BaseException | None:
            _, err = _io.copy(_FileWriter(w), src)
            if err is not None and _is_closed_pipe(err):
                err = None
            err1 = w.close()
            return err if err is not None else (None if err1 is _poll.ErrFileClosing else err1)

        self._goroutines.append(copy_in)
        return pr

    def _writer_descriptor(self, dst: Any) -> int:
        if dst is None:
            fd = os.open(os.devnull, os.O_WRONLY)
            self._child_io.append(fd)
            return fd
        own = _file_descriptor(dst)
        if own is not None:
            return own
        pr, pw = os.pipe()
        self._child_io.append(pw)
        r = _poll.FileFD(pr)
        self._parent_io.append(r)

        def copy_out() -> BaseException | None:
            _, err = _io.copy(dst, _FileReader(r))
            r.close()
            return err

        self._goroutines.append(copy_out)
        return pw

    def stdout_pipe(self) -> tuple[_io.ReadCloser, BaseException | None]:
        """A pipe connected to the child's standard output (Go's ``Cmd.StdoutPipe``).

        `wait` closes it once the child has exited: read everything before calling `wait`.
        """
        return self._out_pipe("Stdout")

    def stderr_pipe(self) -> tuple[_io.ReadCloser, BaseException | None]:
        """A pipe connected to the child's standard error (Go's ``Cmd.StderrPipe``)."""
        return self._out_pipe("Stderr")

    def _out_pipe(self, which: str) -> tuple[_io.ReadCloser, BaseException | None]:
        if getattr(self, which.lower()) is not None:
            return _NIL, new(f"exec: {which} already set")
        if self._started():
            return _NIL, new(f"exec: {which}Pipe after process started")
        pr, pw = os.pipe()
        setattr(self, which.lower(), _RawFD(pw))
        self._child_io.append(pw)
        r = _poll.FileFD(pr)
        self._parent_io.append(r)
        return _FileReader(r), None

    def stdin_pipe(self) -> tuple[_io.WriteCloser, BaseException | None]:
        """A pipe connected to the child's standard input (Go's ``Cmd.StdinPipe``); close it to send EOF."""
        if self.stdin is not None:
            return _NIL, new("exec: Stdin already set")
        if self._started():
            return _NIL, new("exec: StdinPipe after process started")
        pr, pw = os.pipe()
        self.stdin = _RawFD(pr)
        self._child_io.append(pr)
        w = _poll.FileFD(pw)
        self._parent_io.append(w)
        return _FileWriter(w), None

    # -- start and wait (exec.go) -----------------------------------------------

    def start(self) -> BaseException | None:
        """Start the child and return (Go's ``Cmd.Start``); call `wait` afterwards to release it."""
        if self._start_called:
            return new("exec: already started")
        self._start_called = True
        started = False
        try:
            if self.path == "" and self.err is None:
                self.err = new("exec: no command")
            if self.err is not None:
                return self.err
            if self.cancel is not None and self._ctx is None:
                return new("exec: command with a non-nil Cancel was not created with CommandContext")
            if self._ctx is not None and self._ctx.err() is not None:
                return self._ctx.err()
            stdin = self._child_stdin()
            stdout = self._writer_descriptor(self.stdout)
            same = self.stderr is not None and self.stderr is self.stdout
            stderr = stdout if same else self._writer_descriptor(self.stderr)
            env = dict(e.split("=", 1) for e in self.environ() if "=" in e)
            try:
                popen = subprocess.Popen(
                    self.args,
                    executable=self.path,
                    stdin=stdin,
                    stdout=stdout,
                    stderr=stderr,
                    cwd=self.dir or None,
                    env=env,
                    close_fds=True,
                )
            except OSError as e:
                return _path_error("fork/exec", self.path, e)
            self.process = _proc.Process(popen)
            started = True
            if self._goroutines:
                goroutine_err: Chan[BaseException | None] = Chan(None, 1)
                self._goroutine_err = goroutine_err
                statusc: Chan[list[Any]] = Chan(list, 1)
                statusc.send([len(self._goroutines), None])

                def run_copy(fn: Callable[[], BaseException | None]) -> None:
                    err = fn()
                    status = statusc.recv()
                    if status[1] is None:
                        status[1] = err
                    status[0] -= 1
                    if status[0] == 0:
                        goroutine_err.send(status[1])
                    else:
                        statusc.send(status)

                for fn in self._goroutines:
                    go(run_copy, fn)
                self._goroutines = []
            if (
                (self.cancel is not None or self.wait_delay != 0)
                and self._ctx is not None
                and self._ctx.done() is not None
            ):
                resultc: Chan[_CtxResult] = Chan()
                self._ctx_result = resultc
                go(self._watch_ctx, resultc)
            return None
        finally:
            for fd in self._child_io:
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._child_io = []
            if not started:
                self._close_descriptors(self._parent_io)
                self._parent_io = []

    def _watch_ctx(self, resultc: Chan[_CtxResult]) -> None:
        ctx = self._ctx
        assert ctx is not None and self._started()
        if select(Send(resultc, _CtxResult()), Recv(ctx.done())).case == 0:
            return
        err: BaseException | None = None
        if self.cancel is not None:
            interrupt_err = self.cancel()
            if interrupt_err is None:
                err = ctx.err()
            elif not _is(interrupt_err, _proc.ErrProcessDone):
                err = _WrappedError("exec: canceling Cmd", interrupt_err)
        if self.wait_delay == 0:
            resultc.send(_CtxResult(err))
            return
        timer = _time.new_timer(self.wait_delay)
        if select(Send(resultc, _CtxResult(err, timer)), Recv(timer.c)).case == 0:
            return
        killed = False
        kill_err = self.process.kill()
        if kill_err is None:
            killed = True
        elif not _is(kill_err, _proc.ErrProcessDone):
            err = _WrappedError("exec: killing Cmd", kill_err)
        if self._goroutine_err is not None:
            got = select(Recv(self._goroutine_err), default=True)
            if got.case == 0:
                if err is None and not killed:
                    err = _err_of(got.value)
            else:
                assert got.case == DEFAULT
                self._close_descriptors(self._parent_io)
                self._goroutine_err.recv()
                if err is None:
                    err = ErrWaitDelay
            self._goroutine_err = None
        resultc.send(_CtxResult(err))

    def wait(self) -> BaseException | None:
        """Wait for the child to exit and its output to be copied (Go's ``Cmd.Wait``).

        Returns None for exit status 0, an `ExitError` otherwise
        (``exit status 1``, ``signal: killed``), ``ctx.err()`` when the
        context ended and `cancel` succeeded but the child still exited 0, or
        `ErrWaitDelay` (see `wait_delay`).
        """
        if not self._started():
            return new("exec: not started")
        if self._waited():
            return new("exec: Wait was already called")
        state, err = self.process.wait()
        if err is None and not state.success():
            err = ExitError(state)
        self.process_state = state
        timer: _time.Timer | None = None
        if self._ctx_result is not None:
            watch = self._ctx_result.recv()
            timer = watch.timer
            if err is None and watch.err is not None:
                err = watch.err
        goroutine_err = self._await_goroutines(timer)
        if err is None:
            err = goroutine_err
        self._close_descriptors(self._parent_io)
        self._parent_io = []
        return err

    def _await_goroutines(self, timer: _time.Timer | None) -> BaseException | None:
        try:
            if self._goroutine_err is None:
                return None
            if timer is None:
                if self.wait_delay == 0:
                    return self._goroutine_err.recv()
                got = select(Recv(self._goroutine_err), default=True)
                if got.case == 0:
                    return _err_of(got.value)
                timer = _time.new_timer(self.wait_delay)
            assert timer.c is not None
            got = select(Recv(timer.c), Recv(self._goroutine_err))
            if got.case == 0:
                self._close_descriptors(self._parent_io)
                self._goroutine_err.recv()
                return ErrWaitDelay
            return _err_of(got.value)
        finally:
            if timer is not None:
                timer.stop()
            self._goroutine_err = None

    def run(self) -> BaseException | None:
        """`start`, then `wait` (Go's ``Cmd.Run``)."""
        err = self.start()
        if err is not None:
            return err
        return self.wait()

    def output(self) -> tuple[bytes, BaseException | None]:
        """Run and return the child's standard output (Go's ``Cmd.Output``).

        If `stderr` was not set, an `ExitError` carries (the start and end of)
        what the child wrote to it, in `ExitError.stderr`.
        """
        if self.stdout is not None:
            return b"", new("exec: Stdout already set")
        from goexit.bytes import Buffer

        out = Buffer()
        self.stdout = out
        capture = self.stderr is None
        errbuf = Buffer()
        if capture:
            self.stderr = errbuf
        err = self.run()
        if err is not None and capture and isinstance(err, ExitError):
            data = errbuf.bytes()
            n = 32 << 10
            if len(data) > 2 * n:
                omitted = len(data) - 2 * n
                data = data[:n] + f"\n... omitting {omitted} bytes ...\n".encode() + data[-n:]
            err.stderr = data
        return out.bytes(), err

    def combined_output(self) -> tuple[bytes, BaseException | None]:
        """Run and return standard output and standard error together (Go's ``Cmd.CombinedOutput``)."""
        if self.stdout is not None:
            return b"", new("exec: Stdout already set")
        if self.stderr is not None:
            return b"", new("exec: Stderr already set")
        from goexit.bytes import Buffer

        b = Buffer()
        self.stdout = b
        self.stderr = b
        err = self.run()
        return b.bytes(), err


class _RawFD:
    """A descriptor handed to the child as is (Go's ``*os.File`` in Stdin/Stdout/Stderr)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def fileno(self) -> int:
        return self.fd


def _file_descriptor(x: object) -> int | None:
    """The descriptor of an ``*os.File``-like object (``os.Stdout``, ``sys.stdout``, a pipe end), else None."""
    from goexit import os as _goos

    if isinstance(x, _goos.File):
        import sys

        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        return x.fd()
    fileno = getattr(x, "fileno", None)
    if callable(fileno):
        try:
            fd = fileno()
        except (OSError, ValueError):
            return None
        if isinstance(fd, int):
            import sys

            if x is sys.stdout or x is sys.stderr:
                x.flush()
            return fd
    return None


class _FileReader:
    """The parent's end of a child's output pipe (Go's ``*os.File`` from ``os.Pipe``), as an io.ReadCloser."""

    go_type = "*os.File"

    def __init__(self, fd: _poll.FileFD) -> None:
        self._fd = fd

    def read(self, b: bytearray) -> tuple[int, BaseException | None]:
        n, err, eof = self._fd.read(b)
        if eof:
            return 0, _io.EOF
        if err is not None:
            return n, _PathError("read", "|0", _closed(err))
        return n, None

    def close(self) -> BaseException | None:
        err = self._fd.close()
        return None if err is None else _PathError("close", "|0", _closed(err))


class _FileWriter:
    """The parent's end of a child's input pipe, as an io.WriteCloser."""

    go_type = "*os.File"

    def __init__(self, fd: _poll.FileFD) -> None:
        self._fd = fd

    def write(self, b: bytes) -> tuple[int, BaseException | None]:
        raw: object = b
        data = raw.encode() if isinstance(raw, str) else b
        n, err = self._fd.write(data)
        if err is not None:
            return n, _PathError("write", "|1", _closed(err))
        return n, None

    def close(self) -> BaseException | None:
        err = self._fd.close()
        return None if err is None else _PathError("close", "|1", _closed(err))


_ErrClosed: Final = new("file already closed")


def _closed(err: BaseException) -> BaseException:
    return _ErrClosed if err is _poll.ErrFileClosing else err


def _is_closed_pipe(err: BaseException) -> bool:
    inner = getattr(err, "err", None)
    return isinstance(inner, _poll.SyscallError) and isinstance(inner.err, _poll.Errno) and inner.err.number == 32


def _err_of(v: object) -> BaseException | None:
    return v if isinstance(v, BaseException) else None


def _is(err: BaseException, target: BaseException) -> bool:
    from goexit.errors import is_

    return is_(err, target)


def command(name: str, *args: str) -> Cmd:
    """A `Cmd` to run ``name`` with ``args`` (Go's ``exec.Command``); a bare name is looked up on ``$PATH``."""
    for a in (name, *args):
        if not isinstance(a, str):
            raise TypeError(f"exec.command takes strings, got {type(a).__name__}: write str({a!r})")
    return Cmd(name, list(args))


def command_context(ctx: context.Context, name: str, *args: str) -> Cmd:
    """Like `command`, and the end of ``ctx`` kills the child (Go's ``exec.CommandContext``).

    `Cmd.cancel` is set to kill the process; replace it (with a function that
    sends ``os.Interrupt``, say) and set `Cmd.wait_delay` to give the child a
    grace period before the kill.
    """
    given: object = ctx
    if given is None:
        panic("nil Context")
    cmd = command(name, *args)
    cmd._ctx = ctx

    def kill() -> BaseException | None:
        return cmd.process.kill()

    cmd.cancel = kill
    return cmd
