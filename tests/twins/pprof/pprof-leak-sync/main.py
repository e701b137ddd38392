from dataclasses import dataclass, field

from goexit import fmt, go, os, panic, pprof, run, runtime, sync, time


@dataclass
class Account:
    mu: sync.Mutex = field(default_factory=sync.Mutex)
    owner: list[str] = field(default_factory=list)


# From Go's runtime/testdata/testgoroutineleakprofile/simple.go: WaitGroup,
# RWMutexRLock, RWMutexLock and Cond, and a Mutex locked twice (in a struct
# with a pointer: Go's allocator packs a bare 8-byte Mutex with others, and
# then may miss it). Each primitive is reachable only from its own goroutine.
def main() -> None:
    prof = pprof.lookup("goroutineleak")
    assert prof is not None

    def waitgroup() -> None:
        wg = sync.WaitGroup()
        wg.add(1)
        wg.wait()
        panic("should not be reached")

    go(waitgroup)

    def rlock() -> None:
        mu = sync.RWMutex()
        mu.lock()
        mu.rlock()
        panic("should not be reached")

    go(rlock)

    def lock() -> None:
        mu = sync.RWMutex()
        mu.lock()
        mu.lock()
        panic("should not be reached")

    go(lock)

    def cond_wait() -> None:
        cond = sync.new_cond(sync.Mutex())
        cond.l.lock()
        cond.wait()
        panic("should not be reached")

    go(cond_wait)

    def mutex() -> None:
        a = Account()
        a.mu.lock()
        a.mu.lock()
        panic("should not be reached")

    go(mutex)
    settle()
    prof.write_to(os.Stdout, 2)
    fmt.println()
    fmt.println("leaked:", prof.count())


def settle() -> None:
    """Wait until every goroutine but the caller is blocked."""
    buf = bytearray(1 << 20)
    while True:
        s = buf[: runtime.stack(buf, True)].decode()
        if s.count(" [running]:") + s.count(" [runnable]:") == 1:
            return
        time.sleep(time.Millisecond)


if __name__ == "__main__":
    run(main)
