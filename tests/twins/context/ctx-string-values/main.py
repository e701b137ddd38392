from dataclasses import dataclass

from goexit import context, errors, fmt, run, time


class Key(str):
    go_type = "main.key"


class Level(int):
    go_type = "main.level"

    def __str__(self) -> str:
        return fmt.sprintf("level-%d", int(self))


@dataclass(frozen=True)
class Point:
    go_type = "main.point"
    X: int
    Y: int


class MyErr(Exception):
    go_type = "main.myErr"

    def __str__(self) -> str:
        return "my error"


def main() -> None:
    bg = context.background()
    values: list[tuple[object, object]] = [
        ("user", "alice"),
        (Key("trace"), 42),
        (1, 2.5),
        ("err", errors.new("boom")),
        ("wrapped", fmt.errorf("ctx: %w", context.Canceled)),
        ("plain", fmt.errorf("no wrap")),
        ("deadline", context.DeadlineExceeded),
        ("custom", MyErr()),
        ("stringer", Level(3)),
        ("dur", 1500 * time.Millisecond),
        ("nil", None),
        ("bool", True),
        ("struct", Point(1, 2)),
        ("bytes", b"hi"),
        ("joined", errors.join(errors.new("a"), errors.new("b"))),
    ]
    for k, v in values:
        fmt.println(context.with_value(bg, k, v))
    ctx = context.with_value(context.todo(), Key("a"), "b")
    ctx = context.with_value(ctx, Level(1), Level(2))
    fmt.println(ctx)
    fmt.printf("%v|%s\n", ctx, ctx)


if __name__ == "__main__":
    run(main)
