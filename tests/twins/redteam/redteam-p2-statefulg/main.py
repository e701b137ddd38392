"""A stateful goroutine owns a map; other goroutines read and write it through request channels."""

from dataclasses import dataclass

from goexit import Chan, Recv, defer, fmt, go, run, select, sync


@dataclass
class readOp:  # noqa: N801
    key: int
    resp: Chan[int]


@dataclass
class writeOp:  # noqa: N801
    key: int
    val: int
    resp: Chan[bool]


def main() -> None:
    reads: Chan[readOp] = Chan(readOp)
    writes: Chan[writeOp] = Chan(writeOp)

    def owner() -> None:
        state: dict[int, int] = {}
        while True:
            r = select(Recv(reads), Recv(writes))
            if r.case == 0:
                rd: readOp = r.value  # type: ignore[assignment]
                rd.resp.send(state.get(rd.key, 0))
            else:
                w: writeOp = r.value  # type: ignore[assignment]
                state[w.key] = w.val
                w.resp.send(True)

    go(owner)
    wg = sync.WaitGroup()
    for k in range(5):
        wg.add(1)

        def writer(k: int = k) -> None:
            defer(wg.done)
            w = writeOp(key=k, val=k * 10, resp=Chan(bool))
            writes.send(w)
            w.resp.recv()

        go(writer)
    wg.wait()
    total = 0
    for k in range(6):
        rd = readOp(key=k, resp=Chan(int))
        reads.send(rd)
        v = rd.resp.recv()
        total += v
        fmt.printf("key %d = %d\n", k, v)
    fmt.println("total", total)


if __name__ == "__main__":
    run(main)
