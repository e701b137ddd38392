"""An error panic in another goroutine crashes the program while main waits; main's deferred calls do not run."""

from dataclasses import dataclass

from goexit import defer, fmt, go, panic, run, sync


@dataclass
class ParseError(Exception):
    go_type = "main.ParseError"
    Line: int
    Msg: str

    def __str__(self) -> str:
        return fmt.sprintf("line %d: %s", self.Line, self.Msg)


def main() -> None:
    defer(fmt.println, "main's deferred call: never runs")
    wg = sync.WaitGroup()
    wg.add(1)

    def worker() -> None:
        defer(fmt.println, "worker's deferred call runs")
        panic(ParseError(12, "unexpected token\nnear 'x'"))

    go(worker)
    wg.wait()
    fmt.println("not reached")


if __name__ == "__main__":
    run(main)
