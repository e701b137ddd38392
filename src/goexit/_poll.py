"""Go's ``internal/poll`` and the runtime's network poller: sockets that block only their goroutine.

A goexit socket is a real, non-blocking operating-system socket on loopback.
An operation that would block (a ``Read`` with nothing to read, an ``Accept``
with nobody dialling, a ``Write`` into a full buffer, a ``connect`` under way)
waits on its socket's `FD`, and one poller thread (Go's netpoller, in
``src/runtime/netpoll.go``) tells the waiter when the socket is ready.  The
waiter also wakes, with an error, when another goroutine closes the socket
(`ErrNetClosing`) or when a deadline passes (`ErrDeadlineExceeded`), including
a deadline set while it waits: the rules of ``src/internal/poll/fd_unix.go``,
``fd_mutex.go`` and ``fd_poll_runtime.go``.

A goroutine waiting here is not parked on a goexit primitive: like a Go
goroutine in the netpoller, it never counts as asleep, so a program whose
other goroutines are all blocked while one waits for the network is not a
deadlock.  Go hangs then, and so does goexit.
"""

from __future__ import annotations

import datetime
import errno as _errno
import os
import selectors
import socket
import threading
import time as _pytime
from typing import Final

from goexit import _sched

__all__ = [
    "FD",
    "DeadlineExceededError",
    "ErrDeadlineExceeded",
    "ErrNetClosing",
    "Errno",
    "SyscallError",
]

READ: Final = selectors.EVENT_READ
WRITE: Final = selectors.EVENT_WRITE


# --------------------------------------------------------------------------
# The errors of internal/poll/fd.go, syscall.Errno and os.SyscallError


class _NetClosingError(Exception):
    """Go's ``poll.errNetClosing``: the type of `ErrNetClosing` (exported by ``net`` as ``net.ErrClosed``).

    Like Go's empty struct, every value equals every other.
    """

    go_error = True
    go_type = "poll.errNetClosing"

    def __str__(self) -> str:
        return "use of closed network connection"

    def __repr__(self) -> str:
        return "net.ErrClosed"

    def __eq__(self, other: object) -> bool:
        return type(other) is _NetClosingError

    def __hash__(self) -> int:
        return hash(_NetClosingError)

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def timeout(self) -> bool:
        """False: closing is not a timeout (Go's ``Timeout() bool``)."""
        return False

    def temporary(self) -> bool:
        """False (Go's ``Temporary() bool``)."""
        return False


ErrNetClosing: Final = _NetClosingError()
"""Returned by an operation on a network connection that is closed, or closed while it waits
(Go's ``poll.ErrNetClosing``, ``net.ErrClosed``): ``use of closed network connection``."""


class DeadlineExceededError(Exception):
    """The type of `ErrDeadlineExceeded` (Go's ``*poll.DeadlineExceededError``)."""

    go_error = True
    go_type = "*poll.DeadlineExceededError"

    def __str__(self) -> str:
        return "i/o timeout"

    def __repr__(self) -> str:
        return "os.ErrDeadlineExceeded"

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def timeout(self) -> bool:
        """True: it is a timeout (Go's ``Timeout() bool``, as ``net.Error`` asks)."""
        return True

    def temporary(self) -> bool:
        """True (Go's ``Temporary() bool``)."""
        return True


ErrDeadlineExceeded: Final = DeadlineExceededError()
"""Returned for an expired deadline (Go's ``poll.ErrDeadlineExceeded``, exported as
``os.ErrDeadlineExceeded``): ``i/o timeout``, and ``timeout()`` is true."""

# The texts of Go's syscall/zerrors_linux_*.go for the errors a loopback socket can meet;
# any other number falls back to the C library's text with a lower-case first letter.
_ERRNO_TEXT: Final = {
    _errno.EPERM: "operation not permitted",
    _errno.EINTR: "interrupted system call",
    _errno.EBADF: "bad file descriptor",
    _errno.EAGAIN: "resource temporarily unavailable",
    _errno.EACCES: "permission denied",
    _errno.EINVAL: "invalid argument",
    _errno.ENFILE: "too many open files in system",
    _errno.EMFILE: "too many open files",
    _errno.EPIPE: "broken pipe",
    _errno.EADDRINUSE: "address already in use",
    _errno.EADDRNOTAVAIL: "cannot assign requested address",
    _errno.ENETUNREACH: "network is unreachable",
    _errno.ECONNABORTED: "software caused connection abort",
    _errno.ECONNRESET: "connection reset by peer",
    _errno.ENOBUFS: "no buffer space available",
    _errno.EISCONN: "transport endpoint is already connected",
    _errno.ENOTCONN: "transport endpoint is not connected",
    _errno.ETIMEDOUT: "connection timed out",
    _errno.ECONNREFUSED: "connection refused",
    _errno.EHOSTUNREACH: "no route to host",
    _errno.EAFNOSUPPORT: "address family not supported by protocol",
}


class Errno(Exception):  # noqa: N818 - Go's syscall.Errno
    """An operating-system error number (Go's ``syscall.Errno``); equal to every Errno of the same number."""

    go_error = True
    go_type = "syscall.Errno"

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number

    def __str__(self) -> str:
        text = _ERRNO_TEXT.get(self.number)
        if text is None:
            raw = os.strerror(self.number)
            text = raw[:1].lower() + raw[1:]
        return text

    def __repr__(self) -> str:
        return f"syscall.Errno({_errno.errorcode.get(self.number, self.number)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Errno) and other.number == self.number

    def __hash__(self) -> int:
        return hash((Errno, self.number))

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def timeout(self) -> bool:
        """True for EAGAIN, EWOULDBLOCK and ETIMEDOUT (Go's ``Errno.Timeout``)."""
        return self.number in (_errno.EAGAIN, _errno.EWOULDBLOCK, _errno.ETIMEDOUT)

    def temporary(self) -> bool:
        """True for EINTR, EMFILE, ENFILE, ECONNRESET, ECONNABORTED and the timeouts (Go's ``Errno.Temporary``)."""
        temporary = (_errno.EINTR, _errno.EMFILE, _errno.ENFILE, _errno.ECONNRESET, _errno.ECONNABORTED)
        return self.number in temporary or self.timeout()


class SyscallError(Exception):
    """A system call's error, with the call's name (Go's ``*os.SyscallError``): ``connect: connection refused``."""

    go_error = True
    go_type = "*os.SyscallError"

    def __init__(self, syscall: str, err: BaseException) -> None:
        super().__init__(syscall, err)
        self.syscall = syscall
        self.err = err

    def __str__(self) -> str:
        return f"{self.syscall}: {self.err}"

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def unwrap(self) -> BaseException:
        """The underlying error, a `Errno` (Go's ``Unwrap``)."""
        return self.err

    def timeout(self) -> bool:
        """Whether the underlying error is a timeout (Go's ``SyscallError.Timeout``)."""
        method = getattr(self.err, "timeout", None)
        return bool(method()) if callable(method) else False


def syscall_error(name: str, e: OSError) -> SyscallError:
    """Go's ``os.NewSyscallError(name, errno)`` for an `OSError` Python raised."""
    return SyscallError(name, Errno(e.errno if e.errno is not None else _errno.EIO))


# --------------------------------------------------------------------------
# Deadlines: Go's time.Time, as goexit's time.now() returns it


def deadline_of(t: object) -> float | None:
    """The monotonic instant a deadline ``t`` stands for, or None for no deadline (Go's zero time).

    ``t`` is a `goexit.time.Time` (``time.now().add(time.Second)``), a
    `datetime.datetime` (naive local time, or aware), or the zero time:
    ``time.Time()``, ``None``, ``datetime.datetime.min``
    or an object whose ``is_zero()`` is true.  As ``setDeadlineImpl`` does,
    a deadline of exactly now counts as already passed.
    """
    if t is None:
        return None
    is_zero = getattr(t, "is_zero", None)
    if callable(is_zero) and is_zero():
        return None
    from goexit import time as _gotime  # here, not at import: goexit.time imports the scheduler

    if isinstance(t, _gotime.Time):
        return _pytime.monotonic() + _gotime.until(t).seconds()
    if isinstance(t, datetime.datetime):
        if t == datetime.datetime.min or (t.tzinfo is None and t.replace(tzinfo=None) == datetime.datetime.min):
            return None
        now = datetime.datetime.now(t.tzinfo) if t.tzinfo is not None else datetime.datetime.now()
        return _pytime.monotonic() + (t - now).total_seconds()
    raise TypeError(
        f"a deadline is a time.Time (e.g. time.now().add(time.Second)) or None for no deadline, got {type(t).__name__}"
    )


A_LONG_TIME_AGO: Final = float("-inf")
"""A deadline that has always passed (Go's ``aLongTimeAgo``), to abort a wait at once."""


# --------------------------------------------------------------------------
# The poller: one thread that waits for every socket somebody waits on


class _Poller:
    """Go's netpoller: tells each waiting `FD` when its socket is readable or writable."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sel: selectors.BaseSelector | None = None
        self.interest: dict[int, tuple[FD, int]] = {}
        self.wake_r = -1
        self.wake_w = -1
        # epoll applies a change made while another thread waits in epoll_wait; other selectors need a nudge.
        self.nudge = True
        self.pid = -1

    def _start_locked(self) -> selectors.BaseSelector:
        if self.sel is not None and self.pid == os.getpid():
            return self.sel
        sel = selectors.DefaultSelector()
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        os.set_blocking(self.wake_w, False)
        sel.register(self.wake_r, READ, None)
        self.nudge = not isinstance(sel, getattr(selectors, "EpollSelector", ()))
        self.sel = sel
        self.pid = os.getpid()
        self.interest = {}
        threading.Thread(target=self._run, args=(sel,), name="goexit netpoller", daemon=True).start()
        return sel

    def _nudge(self) -> None:
        if self.nudge:
            try:
                os.write(self.wake_w, b"x")
            except (BlockingIOError, OSError):
                pass

    def arm(self, fd: FD, mode: int) -> None:
        """Watch ``fd`` for ``mode`` (READ or WRITE) until it fires once or `disarm` is called."""
        with self.lock:
            sel = self._start_locked()
            entry = self.interest.get(fd.sysfd)
            if entry is None or entry[0] is not fd:
                if entry is not None:  # a stale entry for a number the kernel reused
                    sel.unregister(fd.sysfd)
                self.interest[fd.sysfd] = (fd, mode)
                sel.register(fd.sysfd, mode, fd)
            elif not entry[1] & mode:
                self.interest[fd.sysfd] = (fd, entry[1] | mode)
                sel.modify(fd.sysfd, entry[1] | mode, fd)
        self._nudge()

    def _drop_locked(self, fd: FD, mode: int) -> None:
        assert self.sel is not None
        entry = self.interest.get(fd.sysfd)
        if entry is None or entry[0] is not fd:
            return
        left = entry[1] & ~mode
        if left:
            self.interest[fd.sysfd] = (fd, left)
            self.sel.modify(fd.sysfd, left, fd)
        else:
            del self.interest[fd.sysfd]
            self.sel.unregister(fd.sysfd)

    def disarm(self, fd: FD, mode: int) -> None:
        """Stop watching ``fd`` for ``mode`` (all modes: READ | WRITE, before the socket is closed)."""
        with self.lock:
            if self.sel is not None:
                self._drop_locked(fd, mode)

    def _run(self, sel: selectors.BaseSelector) -> None:
        _sched.mark_system_thread()
        while True:
            try:
                events = sel.select()
            except OSError:  # a socket closed under the selector: the next round does not see it
                continue
            for key, mask in events:
                if key.data is None:
                    try:
                        os.read(self.wake_r, 4096)
                    except BlockingIOError:
                        pass
                    continue
                fd = key.data
                with self.lock:
                    entry = self.interest.get(key.fd)
                    if entry is None or entry[0] is not fd:
                        continue
                    fired = mask & entry[1]
                    if not fired:
                        continue
                    self._drop_locked(fd, fired)
                fd.ready(fired)


_poller = _Poller()


def start_poller() -> None:
    """Start the poller thread now, with its three descriptors (an epoll set, a wake-up pipe), if not running."""
    with _poller.lock:
        _poller._start_locked()


# --------------------------------------------------------------------------
# FD: internal/poll.FD with its fdMutex and pollDesc


_open: set[FD] = set()
"""Every FD not closed yet.  Go closes an unreachable socket only when a garbage collection runs its
finaliser, which short programs rarely see; Python would close it as soon as the last reference goes.
Holding them here keeps a dropped connection open, as in Go, until `FD.close`."""
_open_lock = threading.Lock()


def open_fds() -> int:
    """How many goexit sockets are open (for leak checks)."""
    with _open_lock:
        return len(_open)


class FD:
    """A non-blocking socket with Go's locking, closing and deadline rules (Go's ``poll.FD``).

    - Reads are serialised, and so are writes (``fdMutex``'s read and write locks).
    - `close` makes every waiting and later operation fail with `ErrNetClosing`,
      waits until the operations in progress have returned, then closes the
      socket; a second `close` returns `ErrNetClosing`.
    - A read (write) deadline applies to the operations in progress and to the
      later ones; once passed, they fail with `ErrDeadlineExceeded` before
      trying the socket, even if data is waiting.
    """

    def __init__(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        self.sock = sock
        self.sysfd = sock.fileno()
        self.cond = threading.Condition(threading.Lock())
        self.closing = False
        self.refs = 0
        self.reading = False
        self.writing = False
        self.rd: float | None = None
        self.wd: float | None = None
        self.fired = 0
        with _open_lock:
            _open.add(self)

    # -- references and the read/write locks ----------------------------------

    def incref(self) -> BaseException | None:
        """Count an operation in progress; `ErrNetClosing` if the socket is closed."""
        with self.cond:
            if self.closing:
                return ErrNetClosing
            self.refs += 1
            return None

    def decref(self) -> None:
        with self.cond:
            self.refs -= 1
            if self.refs == 0 and self.closing:
                self.cond.notify_all()

    def _lock(self, mode: int) -> BaseException | None:
        with self.cond:
            while True:
                if self.closing:
                    return ErrNetClosing
                busy = self.reading if mode == READ else self.writing
                if not busy:
                    break
                self.cond.wait()
            if mode == READ:
                self.reading = True
            else:
                self.writing = True
            self.refs += 1
            return None

    def _unlock(self, mode: int) -> None:
        with self.cond:
            if mode == READ:
                self.reading = False
            else:
                self.writing = False
            self.refs -= 1
            self.cond.notify_all()

    def read_lock(self) -> BaseException | None:
        """Take the read lock (one reader at a time) and a reference; `ErrNetClosing` once closed."""
        return self._lock(READ)

    def read_unlock(self) -> None:
        self._unlock(READ)

    def write_lock(self) -> BaseException | None:
        """Take the write lock (one writer at a time) and a reference; `ErrNetClosing` once closed."""
        return self._lock(WRITE)

    def write_unlock(self) -> None:
        self._unlock(WRITE)

    # -- waiting ---------------------------------------------------------------

    def _check_locked(self, mode: int) -> BaseException | None:
        if self.closing:
            return ErrNetClosing
        d = self.rd if mode == READ else self.wd
        if d is not None and _pytime.monotonic() >= d:
            return ErrDeadlineExceeded
        return None

    def prepare(self, mode: int) -> BaseException | None:
        """Go's ``pollDesc.prepare``: the error an operation gets before it even tries (closed, deadline passed)."""
        with self.cond:
            return self._check_locked(mode)

    def ready(self, mode: int) -> None:
        """Called by the poller: the socket became readable or writable."""
        with self.cond:
            self.fired |= mode
            self.cond.notify_all()

    def wait(self, mode: int) -> BaseException | None:
        """Block until the socket is ready for ``mode``, it is closed, or the deadline passes (Go's ``waitRead``)."""
        with self.cond:
            err = self._check_locked(mode)
            if err is not None:
                return err
            self.fired &= ~mode
        _poller.arm(self, mode)
        try:
            with self.cond:
                while True:
                    err = self._check_locked(mode)
                    if err is not None:
                        return err
                    if self.fired & mode:
                        self.fired &= ~mode
                        return None
                    d = self.rd if mode == READ else self.wd
                    self.cond.wait(None if d is None else max(d - _pytime.monotonic(), 0.0))
        finally:
            _poller.disarm(self, mode)

    # -- deadlines and closing ---------------------------------------------------

    def set_deadline(self, when: float | None, mode: int) -> BaseException | None:
        """Set the read and/or write deadline (monotonic seconds, None for none); wakes a waiter to recheck."""
        with self.cond:
            if self.closing:
                return ErrNetClosing
            if mode & READ:
                self.rd = when
            if mode & WRITE:
                self.wd = when
            self.cond.notify_all()
            return None

    def close(self) -> BaseException | None:
        """Go's ``FD.Close``: unblock every operation, wait for them to return, close the socket."""
        with self.cond:
            if self.closing:
                return ErrNetClosing
            self.closing = True
            self.cond.notify_all()
            while self.refs > 0:
                self.cond.wait()
        _poller.disarm(self, READ | WRITE)
        self._close_sys()
        with _open_lock:
            _open.discard(self)
        return None

    def shutdown(self, how: int) -> BaseException | None:
        """Go's ``FD.Shutdown`` (``CloseRead``/``CloseWrite``): ``shutdown`` the socket, wrapped in `SyscallError`."""
        err = self.incref()
        if err is not None:
            return err
        try:
            self.sock.shutdown(how)
        except OSError as e:
            return syscall_error("shutdown", e)
        finally:
            self.decref()
        return None

    # -- the system calls (a socket's; FileFD has a pipe's) --------------------------

    def _recv_into(self, b: bytearray | memoryview) -> int:
        return self.sock.recv_into(b)

    def _send(self, view: memoryview) -> int:
        return self.sock.send(view, getattr(socket, "MSG_NOSIGNAL", 0))

    def _close_sys(self) -> None:
        self.sock.close()

    # -- the operations ----------------------------------------------------------

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None, bool]:
        """Go's ``FD.Read`` on a stream: (n, error, eof); eof is true when the peer closed its side."""
        err = self.read_lock()
        if err is not None:
            return 0, err, False
        try:
            if len(b) == 0:
                return 0, None, False
            err = self.prepare(READ)
            if err is not None:
                return 0, err, False
            while True:
                try:
                    n = self._recv_into(b)
                except (BlockingIOError, InterruptedError):
                    err = self.wait(READ)
                    if err is not None:
                        return 0, err, False
                    continue
                except OSError as e:
                    return 0, syscall_error("read", e), False
                return n, None, n == 0
        finally:
            self.read_unlock()

    def write(self, b: bytes | bytearray | memoryview) -> tuple[int, BaseException | None]:
        """Go's ``FD.Write``: writes all of ``b`` unless an error (closed, deadline, broken pipe) stops it."""
        err = self.write_lock()
        if err is not None:
            return 0, err
        try:
            err = self.prepare(WRITE)
            if err is not None:
                return 0, err
            view = memoryview(b).cast("B")
            nn = 0
            while True:
                if nn == len(view):
                    return nn, None
                try:
                    nn += self._send(view[nn:])
                    continue
                except (BlockingIOError, InterruptedError):
                    err = self.wait(WRITE)
                    if err is not None:
                        return nn, err
                except OSError as e:
                    return nn, syscall_error("write", e)
        finally:
            self.write_unlock()

    def accept(self) -> tuple[socket.socket | None, BaseException | None]:
        """Go's ``FD.Accept``: the next connection, or why there is none (closed, deadline)."""
        err = self.read_lock()
        if err is not None:
            return None, err
        try:
            err = self.prepare(READ)
            if err is not None:
                return None, err
            while True:
                try:
                    s, _ = self.sock.accept()
                    return s, None
                except (BlockingIOError, InterruptedError):
                    err = self.wait(READ)
                    if err is not None:
                        return None, err
                except ConnectionAbortedError:
                    continue
                except OSError as e:
                    return None, syscall_error("accept4", e)
        finally:
            self.read_unlock()


class _FileSock:
    """Stands in for the socket object of a `FileFD`: what `FD.__init__` and the poller need of it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def setblocking(self, flag: bool) -> None:
        os.set_blocking(self.fd, flag)

    def fileno(self) -> int:
        return self.fd


class _FileClosingError(Exception):
    """Go's ``poll.ErrFileClosing``: ``use of closed file``."""

    go_error = True
    go_type = "*errors.errorString"

    def __str__(self) -> str:
        return "use of closed file"


ErrFileClosing: Final = _FileClosingError()
"""An operation on a file (a pipe) closed before or while it waited (Go's ``poll.ErrFileClosing``)."""


class FileFD(FD):
    """A pipe end with Go's ``poll.FD`` rules for files (Go's ``os.File`` on a pollable descriptor).

    Reads and writes wait in the poller, so another goroutine's `close` wakes
    them, as Go's ``os.File.Close`` does for a pipe; the error then is
    `ErrFileClosing`.
    """

    def __init__(self, fd: int) -> None:
        super().__init__(_FileSock(fd))  # type: ignore[arg-type]

    def _recv_into(self, b: bytearray | memoryview) -> int:
        return os.readv(self.sysfd, [b])

    def _send(self, view: memoryview) -> int:
        return os.write(self.sysfd, view)

    def _close_sys(self) -> None:
        os.close(self.sysfd)

    def _check_locked(self, mode: int) -> BaseException | None:
        err = super()._check_locked(mode)
        return ErrFileClosing if err is ErrNetClosing else err

    def _lock(self, mode: int) -> BaseException | None:
        err = super()._lock(mode)
        return ErrFileClosing if err is ErrNetClosing else err

    def close(self) -> BaseException | None:
        err = super().close()
        return ErrFileClosing if err is ErrNetClosing else err
