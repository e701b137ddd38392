"""A nil pointer dereference crashes with Go's message and the [signal SIGSEGV ...] line."""

from __future__ import annotations

from dataclasses import dataclass

from goexit import defer, fmt, run


@dataclass
class Config:
    Name: str


def load(ok: bool) -> Config | None:
    if ok:
        return Config("prod")
    return None


def main() -> None:
    defer(fmt.println, "deferred: runs before the crash report")
    fmt.println(load(True).Name)  # type: ignore[union-attr]
    fmt.println(load(False).Name)  # type: ignore[union-attr]


if __name__ == "__main__":
    run(main)
