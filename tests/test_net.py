"""Unit and stress tests of goexit.net: the rules of Go's net and internal/poll that a twin would take long to show.

Every test that starts goroutines or opens sockets checks that none outlive it: the
``no_leaks`` fixture for goroutines and threads, ``no_open_sockets`` for sockets."""

from __future__ import annotations

import datetime
import os
import socket
import time as _pytime
from collections.abc import Iterator

import pytest

from goexit import Chan, Deadlock, UsageError, _poll, bufio, context, errors, go, io, net, syscall, time
from goexit import os as goos


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def no_open_sockets() -> Iterator[None]:
    """Fail if a test leaves a goexit socket (or any file descriptor) open."""
    _poll.start_poller()  # the runtime's own descriptors are not the test's
    before_fds = _fds()
    before = _poll.open_fds()
    yield
    deadline = _pytime.monotonic() + 2
    while _poll.open_fds() != before and _pytime.monotonic() < deadline:
        _pytime.sleep(0.01)
    assert _poll.open_fds() == before, "a goexit socket was left open"
    assert _fds() <= before_fds, f"file descriptors leaked: {_fds()} open, {before_fds} before"


def pair() -> tuple[net.TCPListener, net.TCPConn, net.TCPConn]:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    assert err is None
    c, err = net.dial("tcp", ln.addr().string())
    assert err is None
    s, err = ln.accept()
    assert err is None
    return ln, c, s


def close_all(*things: net.TCPConn | net.TCPListener) -> None:
    for t in things:
        t.close()


def soon(seconds: float) -> time.Time:
    return time.now().add(time.Duration(seconds * 1e9))


@pytest.mark.timeout(30)
def test_close_unblocks_a_pending_read_every_time(no_leaks: None, no_open_sockets: None) -> None:
    for _ in range(50):
        ln, c, s = pair()
        done: Chan[BaseException | None] = Chan()

        def reader(conn: net.TCPConn = c, done: Chan[BaseException | None] = done) -> None:
            _, err = conn.read(bytearray(8))
            done.send(err)

        go(reader)
        _pytime.sleep(0.001)
        assert c.close() is None
        err = done.recv()
        assert errors.is_(err, net.ErrClosed)
        assert str(err).startswith("read tcp 127.0.0.1:") and str(err).endswith(": use of closed network connection")
        close_all(s, ln)


@pytest.mark.timeout(30)
def test_deadline_never_fires_early_and_wakes_a_blocked_read(no_leaks: None, no_open_sockets: None) -> None:
    ln, c, s = pair()
    for wait in (0.005, 0.02, 0.05):
        start = _pytime.monotonic()
        c.set_read_deadline(soon(wait))
        n, err = c.read(bytearray(1))
        took = _pytime.monotonic() - start
        assert n == 0 and errors.is_(err, goos.ErrDeadlineExceeded)
        assert took >= wait - 0.001, f"a {wait}s deadline fired after {took}s"
    close_all(c, s, ln)


@pytest.mark.timeout(30)
def test_set_deadline_in_the_past_wakes_every_blocked_operation(no_leaks: None, no_open_sockets: None) -> None:
    ln, c, s = pair()
    errs: Chan[BaseException | None] = Chan(None, 3)
    go(lambda: errs.send(c.read(bytearray(1))[1]))
    go(lambda: errs.send(c.write(bytes(64 << 20))[1]))
    ln_err: Chan[BaseException | None] = Chan(None, 1)
    go(lambda: ln_err.send(ln.accept()[1]))
    _pytime.sleep(0.03)
    c.set_deadline(time.now().add(-time.Second))
    ln.set_deadline(time.now())
    got = [errs.recv(), errs.recv(), ln_err.recv()]
    assert all(errors.is_(e, goos.ErrDeadlineExceeded) for e in got), got
    close_all(c, s, ln)


@pytest.mark.timeout(30)
def test_writes_are_not_interleaved(no_leaks: None, no_open_sockets: None) -> None:
    """Go's FD.Write holds the write lock for the whole buffer: concurrent Writes do not interleave."""
    ln, c, s = pair()
    size = 1 << 20
    wrote: Chan[int] = Chan(int, 2)

    def writer(b: bytes) -> None:
        wrote.send(c.write(b * size)[0])

    for b in (b"a", b"b"):
        go(writer, b)
    data = bytearray()
    buf = bytearray(65536)
    while len(data) < 2 * size:
        n, err = s.read(buf)
        assert err is None
        data += buf[:n]
    assert wrote.recv() == size and wrote.recv() == size
    assert data in (b"a" * size + b"b" * size, b"b" * size + b"a" * size)
    close_all(c, s, ln)


@pytest.mark.timeout(30)
def test_a_goroutine_in_a_read_is_not_asleep(no_leaks: None, no_open_sockets: None) -> None:
    """Outside a program, a deadlock raises Deadlock in the parked goroutines; a Read is not parked."""
    ln, c, s = pair()
    got: Chan[str] = Chan(str)

    def reader() -> None:
        c.set_read_deadline(soon(0.05))
        _, err = c.read(bytearray(1))
        got.send("timeout" if errors.is_(err, goos.ErrDeadlineExceeded) else repr(err))

    go(reader)
    try:
        assert got.recv() == "timeout"  # every other goroutine is in the network or here
    except Deadlock:
        pytest.fail("a goroutine blocked in a Read was taken for asleep")
    close_all(c, s, ln)


@pytest.mark.timeout(30)
def test_listener_close_unblocks_accept(no_leaks: None, no_open_sockets: None) -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    assert err is None
    done: Chan[BaseException | None] = Chan()
    go(lambda: done.send(ln.accept()[1]))
    _pytime.sleep(0.01)
    assert ln.close() is None
    err = done.recv()
    assert errors.is_(err, net.ErrClosed) and str(err) == f"accept tcp {ln.addr()}: use of closed network connection"
    assert str(ln.close()) == f"close tcp {ln.addr()}: use of closed network connection"


@pytest.mark.timeout(30)
def test_dial_context_cancelled_while_the_connect_waits(no_leaks: None, no_open_sockets: None) -> None:
    raw = socket.socket()
    raw.bind(("127.0.0.1", 0))
    raw.listen(0)
    addr = f"127.0.0.1:{raw.getsockname()[1]}"
    first, err = net.dial("tcp", addr)  # fills the accept queue: the next connect stays pending
    assert err is None
    ctx, cancel = context.with_cancel(context.background())
    done: Chan[BaseException | None] = Chan()
    go(lambda: done.send(net.Dialer().dial_context(ctx, "tcp", addr)[1]))
    _pytime.sleep(0.03)
    cancel()
    err = done.recv()
    assert str(err) == f"dial tcp {addr}: operation was canceled"
    assert errors.is_(err, context.Canceled) and not errors.is_(err, context.DeadlineExceeded)
    first.close()
    raw.close()


@pytest.mark.timeout(30)
def test_dial_errors_wrap_the_errno(no_open_sockets: None) -> None:
    conn, err = net.dial("tcp", "127.0.0.1:1")
    nil: object = conn  # typed as a connection, None beside an error (Go's nil)
    assert nil is None
    assert str(err) == "dial tcp 127.0.0.1:1: connect: connection refused"
    assert errors.is_(err, syscall.ECONNREFUSED)
    se = errors.as_(err, goos.SyscallError)
    assert se is not None and se.syscall == "connect"


@pytest.mark.timeout(30)
def test_a_dropped_connection_stays_open_as_in_go(no_leaks: None, no_open_sockets: None) -> None:
    """Go closes an unreachable socket only when a garbage collection finalises it; goexit not at all."""
    earlier = set(_poll._open)
    ln, err = net.listen("tcp", "127.0.0.1:0")
    assert err is None
    c, err = net.dial("tcp", ln.addr().string())
    assert err is None
    ln.accept()  # the server side is dropped at once
    c.set_read_deadline(soon(0.02))
    _, err = c.read(bytearray(1))
    assert errors.is_(err, goos.ErrDeadlineExceeded), "the peer's socket was closed when dropped"
    for fd in list(_poll._open - earlier):
        if fd is not c._fd and fd is not ln._fd:
            fd.close()  # what a Go finaliser would do, eventually
    close_all(c, ln)


@pytest.mark.timeout(60)
def test_many_connections_at_once(no_leaks: None, no_open_sockets: None) -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    assert err is None
    clients = 200
    answers: Chan[bytes] = Chan(bytes, clients)

    def serve() -> None:
        while True:
            s, err = ln.accept()
            if err is not None:
                return

            def echo(s: net.TCPConn = s) -> None:
                io.copy(s, s)
                s.close()

            go(echo)

    def client(i: int) -> None:
        c, err = net.dial("tcp", ln.addr().string())
        assert err is None
        io.write_string(c, f"{i}\n")
        line, _ = bufio.new_reader(c).read_string("\n")
        c.close()
        answers.send(line.encode())

    go(serve)
    for i in range(clients):
        go(client, i)
    got = sorted(int(answers.recv()) for _ in range(clients))
    assert got == list(range(clients))
    ln.close()


def test_read_needs_a_buffer_and_says_how() -> None:
    ln, c, s = pair()
    with pytest.raises(TypeError, match=r"bytearray\(64\)"):
        c.read(64)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="writable buffer"):
        c.read(b"immutable")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="write takes bytes"):
        c.write(12)  # type: ignore[arg-type]
    close_all(c, s, ln)


def test_only_loopback_names_resolve() -> None:
    with pytest.raises(UsageError, match="loopback"):
        net.dial("tcp", "example.invalid:80")
    with pytest.raises(UsageError, match="TCP only"):
        net.listen("udp", "127.0.0.1:0")


def test_deadline_arguments() -> None:
    assert _poll.deadline_of(None) is None
    assert _poll.deadline_of(datetime.datetime.min) is None
    now = _pytime.monotonic()
    d = _poll.deadline_of(time.now().add(10 * time.Second))
    assert d is not None and 9 < d - now < 11
    aware = _poll.deadline_of(datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=10))
    assert aware is not None and aware < now
    with pytest.raises(TypeError, match=r"time\.Time"):
        _poll.deadline_of(5)


def test_error_texts_and_identities() -> None:
    assert str(net.ErrClosed) == "use of closed network connection"
    assert str(goos.ErrDeadlineExceeded) == "i/o timeout" and goos.ErrDeadlineExceeded.timeout()
    assert isinstance(goos.ErrDeadlineExceeded, net.Error) and isinstance(context.DeadlineExceeded, net.Error)
    assert not isinstance(io.EOF, net.Error)
    assert str(syscall.ECONNRESET) == "connection reset by peer"
    assert syscall.Errno(104) == syscall.ECONNRESET
    op = net.OpError("read", "tcp", net.TCPAddr(net.IP("::ffff:127.0.0.1"), 1), None, net.ErrClosed)
    assert str(op) == "read tcp 127.0.0.1:1: use of closed network connection"
