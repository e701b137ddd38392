"""The header's date and time (LstdFlags, Lmicroseconds, LUTC), checked with a regular expression in the program."""

import datetime
import re

from goexit import fmt, log, run


class lines:  # noqa: N801 - Go's unexported type name, as %T prints it
    def __init__(self) -> None:
        self.got: list[str] = []

    def write(self, p: bytes) -> tuple[int, BaseException | None]:
        self.got.append(p.decode())
        return len(p), None


def main() -> None:
    out = lines()
    log.set_output(out)
    log.println("default flags")
    log.set_flags(log.LstdFlags | log.Lmicroseconds)
    log.println("with microseconds")
    log.set_flags(log.Ltime)
    log.println("time only")
    log.set_flags(log.Ldate)
    log.println("date only")
    log.set_flags(log.Lmicroseconds)
    log.println("microseconds imply the time")
    log.set_flags(log.LstdFlags | log.LUTC)
    log.set_prefix("p> ")
    log.println("utc with prefix")
    log.set_flags(log.LstdFlags | log.Lmsgprefix)
    log.println("msgprefix after the time")
    patterns = [
        r"^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} default flags\n$",
        r"^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{6} with microseconds\n$",
        r"^\d{2}:\d{2}:\d{2} time only\n$",
        r"^\d{4}/\d{2}/\d{2} date only\n$",
        r"^\d{2}:\d{2}:\d{2}\.\d{6} microseconds imply the time\n$",
        r"^p> \d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} utc with prefix\n$",
        r"^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} p> msgprefix after the time\n$",
    ]
    for i, p in enumerate(patterns):
        line = out.got[i]
        fmt.println(i, re.search(p, line) is not None, len(line))
    utc = out.got[5]
    now = datetime.datetime.now(datetime.UTC).strftime("%Y/%m/%d")
    fmt.println("utc date is today's:", utc.startswith("p> " + now))


if __name__ == "__main__":
    run(main)
