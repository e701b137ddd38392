"""Unit and stress tests of goexit.http (server shutdown, client) and goexit.exec (CommandContext, WaitDelay).

Every test checks that no goroutine, thread, socket or pipe outlives it (``no_leaks``, and
``no_open_fds`` below, which counts this process's file descriptors)."""

from __future__ import annotations

import os
import time as _pytime
from collections.abc import Iterator

import pytest

from goexit import Chan, _poll, bytes, context, errors, exec, go, http, io, net, time  # noqa: A004
from goexit import os as goos


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def no_open_fds() -> Iterator[None]:
    _poll.start_poller()
    before = _fds()
    yield
    deadline = _pytime.monotonic() + 3
    while _fds() > before and _pytime.monotonic() < deadline:
        _pytime.sleep(0.01)
    assert _fds() <= before, f"file descriptors leaked: {_fds()} open, {before} before"


def serve(handler: object) -> tuple[http.Server, str, Chan[BaseException | None]]:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    assert err is None
    srv = http.Server(handler=handler)
    served: Chan[BaseException | None] = Chan(None, 1)
    go(lambda: served.send(srv.serve(ln)))
    return srv, "http://" + ln.addr().string(), served


@pytest.mark.timeout(60)
def test_shutdown_waits_for_every_request_in_flight(no_leaks: None, no_open_fds: None) -> None:
    n = 40
    started: Chan[bool] = Chan(bool, n)

    def slow(w: http.ResponseWriter, r: http.Request) -> None:
        started.send(True)
        time.sleep(30 * time.Millisecond)
        io.write_string(w, r.url.path)

    srv, base, served = serve(http.HandlerFunc(slow))
    client = http.Client(transport=http.Transport())
    answers: Chan[str] = Chan(str, n)

    def get(i: int) -> None:
        resp, err = client.get(f"{base}/{i}")
        if err is not None:
            answers.send(f"error {err}")
            return
        body, _ = io.read_all(resp.body)
        resp.body.close()
        answers.send(body.decode())

    for i in range(n):
        go(get, i)
    for _ in range(n):
        started.recv()
    assert srv.shutdown(context.background()) is None
    assert errors.is_(served.recv(), http.ErrServerClosed)
    got = sorted(answers.recv() for _ in range(n))
    assert got == sorted(f"/{i}" for i in range(n))
    client.close_idle_connections()


@pytest.mark.timeout(60)
def test_shutdown_deadline_then_close_ends_the_handlers(no_leaks: None, no_open_fds: None) -> None:
    entered: Chan[bool] = Chan(bool, 5)
    left: Chan[BaseException | None] = Chan(None, 5)

    def block(w: http.ResponseWriter, r: http.Request) -> None:
        entered.send(True)
        done = r.context().done()
        assert done is not None
        done.recv()
        left.send(r.context().err())

    srv, base, served = serve(http.HandlerFunc(block))
    client = http.Client(transport=http.Transport())
    errs: Chan[BaseException | None] = Chan(None, 5)
    for _ in range(5):
        go(lambda: errs.send(client.get(base + "/")[1]))
    for _ in range(5):
        entered.recv()
    ctx, cancel = context.with_timeout(context.background(), 20 * time.Millisecond)
    assert srv.shutdown(ctx) == context.DeadlineExceeded
    cancel()
    assert srv.close() is None
    assert all(left.recv() is context.Canceled for _ in range(5))
    assert all(str(errs.recv()).endswith(": EOF") for _ in range(5))
    served.recv()


@pytest.mark.timeout(60)
def test_keep_alive_connections_are_reused(no_leaks: None, no_open_fds: None) -> None:
    remotes: list[str] = []

    def note(w: http.ResponseWriter, r: http.Request) -> None:
        remotes.append(r.remote_addr)
        io.write_string(w, "x")

    srv, base, _ = serve(http.HandlerFunc(note))
    client = http.Client(transport=http.Transport())
    for _ in range(5):
        resp, err = client.get(base + "/")
        assert err is None
        io.read_all(resp.body)
        resp.body.close()
    assert len(set(remotes)) == 1, remotes
    assert srv.shutdown(context.background()) is None
    client.close_idle_connections()


@pytest.mark.timeout(60)
def test_a_body_closed_early_closes_its_connection(no_leaks: None, no_open_fds: None) -> None:
    remotes: list[str] = []

    def big(w: http.ResponseWriter, r: http.Request) -> None:
        remotes.append(r.remote_addr)
        w.write(b"x" * 100_000)

    srv, base, _ = serve(http.HandlerFunc(big))
    client = http.Client(transport=http.Transport())
    for _ in range(3):
        resp, err = client.get(base + "/")
        assert err is None
        buf = bytearray(10)
        resp.body.read(buf)
        resp.body.close()
    assert len(set(remotes)) == 3
    assert srv.shutdown(context.background()) is None


def test_detect_content_type_follows_go() -> None:
    assert http.detect_content_type(b"<HTML><body>") == "text/html; charset=utf-8"
    assert http.detect_content_type(b"  <!doctype html>") == "text/html; charset=utf-8"
    assert http.detect_content_type(b"\x89PNG\r\n\x1a\nrest") == "image/png"
    assert http.detect_content_type(b"plain words") == "text/plain; charset=utf-8"
    assert http.detect_content_type(b"\x00\x01binary") == "application/octet-stream"
    assert http.detect_content_type(b"") == "text/plain; charset=utf-8"
    assert http.canonical_header_key("x-request-id") == "X-Request-Id"


@pytest.mark.timeout(60)
def test_many_commands_killed_by_their_contexts(no_leaks: None, no_open_fds: None) -> None:
    n = 12
    results: Chan[str] = Chan(str, n)

    def one() -> None:
        ctx, cancel = context.with_timeout(context.background(), 300 * time.Millisecond)
        out = bytes.Buffer()
        cmd = exec.command_context(ctx, "sh", "-c", "echo started; exec sleep 5")
        cmd.stdout = out
        err = cmd.run()
        cancel()
        results.send(f"{err} {out.string()!r}")

    start = _pytime.monotonic()
    for _ in range(n):
        go(one)
    got = [results.recv() for _ in range(n)]
    assert all(g == "signal: killed 'started\\n'" for g in got), got
    assert _pytime.monotonic() - start < 4  # a child that is killed does not keep Run waiting


@pytest.mark.timeout(60)
def test_wait_delay_bounds_the_wait_for_output(no_leaks: None, no_open_fds: None) -> None:
    cmd = exec.command("sh", "-c", "sleep 2 & echo started")
    out = bytes.Buffer()
    cmd.stdout = out
    cmd.wait_delay = 50 * time.Millisecond
    start = _pytime.monotonic()
    err = cmd.run()
    took = _pytime.monotonic() - start
    assert err is exec.ErrWaitDelay and out.string() == "started\n"
    assert 0.04 <= took < 1.5, took


@pytest.mark.timeout(60)
def test_signal_after_wait_is_process_done(no_open_fds: None) -> None:
    cmd = exec.command("true")
    assert cmd.run() is None
    assert cmd.process.signal(goos.Interrupt) is goos.ErrProcessDone
    assert str(cmd.process_state) == "exit status 0"
