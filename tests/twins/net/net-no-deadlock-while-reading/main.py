"""A goroutine blocked in a network Read is not asleep: while it waits, main
blocked on a channel is no deadlock, and the runtime reports nothing. The
Read's deadline ends the wait here; without one, the program would hang."""

from goexit import Chan, errors, fmt, go, net, os, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    _ = server

    done: Chan[str] = Chan(str)

    def reader() -> None:
        conn.set_read_deadline(time.now().add(40 * time.Millisecond))
        _, err = conn.read(bytearray(1))
        done.send(fmt.sprint("reader woke, timeout: ", errors.is_(err, os.ErrDeadlineExceeded)))

    go(reader)
    fmt.println(done.recv())  # every other goroutine is in a Read, or here
    fmt.println("no deadlock was reported")


if __name__ == "__main__":
    run(main)
