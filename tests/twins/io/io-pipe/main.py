"""io.Pipe is synchronous: each Write waits until Reads have taken all of
it. Closing the writer gives the reader io.EOF (or the error given to
CloseWithError); writing after the reader closed fails."""

from goexit import Chan, errors, fmt, go, io, run


def main() -> None:
    r, w = io.pipe()
    wrote: Chan[str] = Chan(str)

    def writer() -> None:
        n, err = w.write(b"hello, pipe")
        wrote.send(fmt.sprint("write returned ", n, " ", err))
        w.close_with_error(errors.new("writer is done"))

    go(writer)
    buf = bytearray(5)
    while True:
        n, err = r.read(buf)
        fmt.printf("read %q %v\n", buf[:n].decode(), err)
        if n == 5 and buf[:n] == b"hello":
            continue
        if err is not None:
            break
        if n < 5:
            fmt.println(wrote.recv())

    r2, w2 = io.pipe()
    r2.close()
    n, err = w2.write(b"x")
    fmt.println("after the reader closed:", n, err, errors.is_(err, io.ErrClosedPipe))
    r3, w3 = io.pipe()

    def writer3() -> None:
        io.write_string(w3, "all of it")
        w3.close()

    go(writer3)
    data, err = io.read_all(r3)
    fmt.printf("ReadAll %q %v\n", data.decode(), err)


if __name__ == "__main__":
    run(main)
