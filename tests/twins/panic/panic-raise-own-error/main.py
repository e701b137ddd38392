"""A twin may raise its own error class where Go panics with an error: recover gets it, the crash prints its message."""

from dataclasses import dataclass

from goexit import defer, errors, fmt, func, panic, recover, run


@dataclass
class ValidationError(Exception):
    Field: str

    def __str__(self) -> str:
        return "invalid " + self.Field


def validate(field: str) -> None:
    if field == "":
        panic(errors.new("empty field name"))
    raise ValidationError(field)


def check(field: str) -> BaseException | None:
    got: list[object] = []

    @func
    def guarded() -> None:
        defer(lambda: got.append(recover()))
        validate(field)

    guarded()
    return got[0]  # type: ignore[return-value]


def main() -> None:
    err = check("email")
    ve = errors.as_(err, ValidationError)
    fmt.println(err, ve is not None, ve.Field)  # type: ignore[union-attr]
    fmt.println(check(""))
    validate("age")


if __name__ == "__main__":
    run(main)
