"""goexit.leak: goroutines (and threads) that outlive a block are found and named."""

from __future__ import annotations

import threading

import pytest

from goexit import Chan, close, context, go, leak, sync


def test_a_clean_block_passes(no_leaks: None) -> None:
    with leak.verify_none(timeout=1.0):
        wg = sync.WaitGroup()
        for _ in range(5):
            wg.go(lambda: None)
        wg.wait()


def test_a_goroutine_that_finishes_late_is_waited_for() -> None:
    release: Chan[None] = Chan()
    with leak.verify_none(timeout=2.0):
        go(release.recv)
        threading.Timer(0.05, lambda: close(release)).start()


def test_a_leaked_goroutine_is_reported_with_id_state_and_entry() -> None:
    never: Chan[int] = Chan(int)
    ctx, cancel = context.with_cancel(context.background())

    def stuck_worker() -> None:
        never.recv()

    def waits_on_context() -> None:
        ctx.done().recv()  # type: ignore[union-attr]

    before = leak.snapshot()
    with pytest.raises(leak.LeakError) as info, leak.verify_none(timeout=0.1):
        go(stuck_worker)
        go(waits_on_context)
    text = str(info.value)
    assert text.startswith("found unexpected goroutines:\n")
    assert len(info.value.leaks) == 2
    assert "[chan receive]: test_leak.test_a_leaked_goroutine_is_reported_with_id_state_and_entry" in text
    assert "<locals>.stuck_worker, at " in text and "test_leak.py:" in text
    assert all(leak_.id > 0 and leak_.state == "chan receive" for leak_ in info.value.leaks)
    close(never)
    cancel()
    assert leak.find(before, timeout=2.0) == []  # both end once released


def test_a_leaked_plain_thread_is_reported() -> None:
    stop = threading.Event()
    with pytest.raises(leak.LeakError, match=r"thread \[running\]: sleepy"), leak.verify_none(timeout=0.05):
        threading.Thread(target=stop.wait, name="sleepy", daemon=True).start()
    stop.set()


def test_an_exception_in_the_block_is_not_masked() -> None:
    never: Chan[int] = Chan(int)
    with pytest.raises(ZeroDivisionError), leak.verify_none(timeout=0.05):
        go(never.recv)
        _ = 1 / 0
    close(never)


def test_snapshot_ignores_what_was_already_running() -> None:
    never: Chan[int] = Chan(int)
    go(never.recv)
    before = leak.snapshot()
    assert leak.find(before, timeout=0.0) == []
    close(never)


def test_a_pending_timer_is_reported() -> None:
    pending = "1 more timer is pending than before: cancel each context"
    with pytest.raises(leak.LeakError, match=pending), leak.verify_none(timeout=0.05):
        ctx, cancel = context.with_timeout(context.background(), 3_600 * 10**9)
    cancel()
    assert ctx.err() is context.Canceled
    with leak.verify_none(timeout=0.05):
        _, cancel = context.with_timeout(context.background(), 3_600 * 10**9)
        cancel()
