from goexit import Chan, context, defer, fmt, run, time


class Named:
    go_type = "main.named"

    def __init__(self, inner: context.Context) -> None:
        self.inner = inner

    def deadline(self) -> tuple[time.Time, bool]:
        return self.inner.deadline()

    def done(self) -> Chan[None] | None:
        return self.inner.done()

    def err(self) -> BaseException | None:
        return self.inner.err()

    def value(self, key: object) -> object:
        return self.inner.value(key)

    def __str__(self) -> str:
        return "my-root"


class Plain:
    go_type = "main.plain"

    def __init__(self) -> None:
        self._done: Chan[None] = Chan()

    def deadline(self) -> tuple[time.Time, bool]:
        return time.Time(), False

    def done(self) -> Chan[None] | None:
        return self._done

    def err(self) -> BaseException | None:
        return None

    def value(self, key: object) -> object:
        return None


def main() -> None:
    c1, cancel1 = context.with_cancel(Named(context.background()))
    defer(cancel1)
    fmt.println(c1)
    p = Plain()
    c2, cancel2 = context.with_cancel(p)
    fmt.println(c2)
    fmt.println(context.with_value(p, "k", "v"))
    cancel2()
    c2.done().recv()  # type: ignore[union-attr]
    fmt.println(c2.err())


if __name__ == "__main__":
    run(main)
