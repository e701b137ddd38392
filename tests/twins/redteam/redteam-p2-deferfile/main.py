"""Defer for cleanup: a fake file is created, written and closed; the close error is checked in a deferred closure."""

from __future__ import annotations

from dataclasses import dataclass, field

from goexit import Pointer, defer, errors, fmt, func, ptr, run


@dataclass
class File:
    name: str
    closed: bool = False
    lines: list[str] = field(default_factory=list)

    def write(self, s: str) -> None:
        fmt.println("writing", s)
        self.lines.append(s)

    def close(self) -> BaseException | None:
        if self.closed:
            return errors.new("close " + self.name + ": file already closed")
        self.closed = True
        fmt.println("closing", self.name, "with", len(self.lines), "lines")
        return None


def create_file(p: str) -> Pointer[File]:
    fmt.println("creating", p)
    return ptr(File(name=p))


def save(p: str, twice: bool) -> BaseException | None:
    err: BaseException | None = None

    @func
    def body() -> None:
        nonlocal err
        f = create_file(p)

        def close_it() -> None:
            nonlocal err
            cerr = f.close()
            if cerr is not None and err is None:
                err = cerr

        defer(close_it)
        f.write("data")
        if twice:
            f.close()
        err = None

    body()
    return err


def main() -> None:
    fmt.println("err:", save("/tmp/defer.txt", False))
    fmt.println("err:", save("/tmp/twice.txt", True))


if __name__ == "__main__":
    run(main)
