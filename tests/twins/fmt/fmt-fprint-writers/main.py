"""Fprint* to os.Stdout, os.Stderr (interleaved, unbuffered), bufio writers (until Flush) and a custom io.Writer."""

from goexit import bufio, errors, fmt, os, run


class upper:  # noqa: N801 - Go's unexported type name, as %T prints it
    def __init__(self) -> None:
        self.n = 0

    def write(self, p: bytes) -> tuple[int, BaseException | None]:
        self.n += len(p)
        os.Stdout.write(p.upper())
        return len(p), None


class failing:  # noqa: N801 - Go's unexported type name, as %T prints it
    def write(self, p: bytes) -> tuple[int, BaseException | None]:
        return 0, errors.new("disk full")


def main() -> None:
    fmt.fprint(os.Stdout, "out:", 1, 2, "\n")
    fmt.fprintln(os.Stderr, "err:", 3)
    fmt.fprintf(os.Stdout, "partial ")
    fmt.fprintf(os.Stderr, "[to stderr mid-line] ")
    fmt.fprintf(os.Stdout, "line %d\n", 4)
    n, err = fmt.fprintln(os.Stderr, "héllo")
    fmt.println(n, err)
    os.Stdout.write_string("WriteString\n")
    os.Stderr.write(b"Write bytes\n")
    fmt.println(os.Stdout.name(), os.Stderr.name())

    w = bufio.new_writer(os.Stdout)
    fmt.fprintf(w, "buffered %d\n", 1)
    fmt.fprintln(os.Stdout, "direct, printed before the buffered line")
    fmt.println(w.buffered(), w.available(), w.size())
    w.flush()
    fmt.println(w.buffered())

    small = bufio.new_writer_size(os.Stdout, 16)
    fmt.fprint(small, "0123456789")
    fmt.println("| after 10 bytes:", small.buffered())
    fmt.fprint(small, "abcdefghij")
    fmt.println("| after 20 bytes:", small.buffered())
    small.write_string("XYZ")
    small.write_byte(ord("!"))
    small.write_rune("é")
    fmt.println("| pending:", small.buffered())
    small.flush()
    fmt.println()
    fmt.fprint(small, "a very long line that is longer than the buffer\n")
    fmt.println("pending:", small.buffered())

    u = upper()
    fmt.fprintf(u, "shouted %s %d\n", "words", 5)
    fmt.fprintln(u, "again", True)
    fmt.println("bytes seen:", u.n)

    n, err = fmt.fprintf(failing(), "lost %d", 6)
    fmt.println(n, err)
    bw = bufio.new_writer_size(failing(), 16)
    fmt.fprint(bw, "12345")
    fmt.println(bw.flush(), bw.flush())
    n, err = bw.write_string("more")
    fmt.println(n, err)

    bw2 = bufio.new_writer(os.Stderr)
    fmt.fprintln(bw2, "stderr via bufio")
    bw2.flush()
    fmt.println("done")


if __name__ == "__main__":
    run(main)
