"""Writing to a nil map panics with "assignment to entry in nil map" (a runtime.Error without the "runtime
error:" prefix)."""

from dataclasses import dataclass

from goexit import fmt, run


@dataclass
class Registry:
    byName: dict[str, int] | None = None  # noqa: N815 - Go's field name, as %+v prints it


def main() -> None:
    r = Registry()
    fmt.println(len(r.byName or {}), (r.byName or {}).get("x", 0))
    r.byName["x"] = 1  # type: ignore[index]


if __name__ == "__main__":
    run(main)
