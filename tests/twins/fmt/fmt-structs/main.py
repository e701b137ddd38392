"""Structs: {1 2}, %+v with field names, %#v with the type, pointers as &{...} at the top and addresses inside."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from goexit import Pointer, errors, fmt, ptr, run


@dataclass
class Point:
    X: int
    Y: int


@dataclass
class Person:
    Name: str = ""
    Age: int = 0
    Tags: list[str] = field(default_factory=list)
    Scores: dict[str, float] = field(default_factory=dict)
    Home: Pointer[Point] | None = None
    Manager: Pointer[Person] | None = None
    Extra: Any = None
    Err: BaseException | None = None


@dataclass
class inner:  # noqa: N801 - Go's unexported type name, as %T prints it
    a: int
    b: str


@dataclass
class outer:  # noqa: N801 - Go's unexported type name, as %T prints it
    In: inner
    Ptr: Pointer[inner] | None
    Label: str
    err: BaseException | None


@dataclass
class Empty:
    pass


@dataclass
class Anon:
    go_type = "struct { ID int; Name string }"
    ID: int
    Name: str


def main() -> None:
    p = Point(1, 2)
    fmt.printf("%v|%+v|%#v|%T|%d|%x|%05d|%s\n", p, p, p, p, p, p, p, p)
    pp = ptr(Point(3, 4))
    fmt.printf("%v|%+v|%#v|%T|%d|%s\n", pp, pp, pp, pp, pp, pp)
    alice = Person(Name="Alice", Age=30, Tags=["a", "b"], Scores={"z": 1.5, "m": 2.0})
    fmt.printf("%v\n%+v\n%#v\n", alice, alice, alice)
    bob = Person(Name="Bob", Home=ptr(Point(5, 6)), Manager=ptr(alice), Extra=42, Err=errors.new("bad"))
    fmt.printf("%v\n%+v\n", bob, bob)
    fmt.printf("%v\n%+v\n", ptr(bob), ptr(bob))
    o = outer(In=inner(1, "x"), Ptr=ptr(inner(2, "y")), Label="L", err=errors.new("hidden"))
    fmt.printf("%v\n%+v\n%#v\n", o, o, o)
    fmt.printf("%v|%+v|%#v|%T\n", Empty(), Empty(), Empty(), Empty())
    fmt.printf("%v|%+v|%#v\n", ptr(Empty()), ptr(Empty()), ptr(Empty()))
    points = [Point(1, 2), Point(3, 4)]
    fmt.printf("%v|%+v|%#v\n", points, points, points)
    ptrs = [ptr(Point(1, 2)), None]
    fmt.printf("%v|%+v|%#v\n", ptrs, ptrs, ptrs)
    nilp = None
    fmt.printf("%v|%+v\n", nilp, nilp)
    fmt.println(p, pp, alice.Tags, bob.Home, bob.Manager.Name)  # type: ignore[union-attr]
    by_name = {"b": Point(2, 2), "a": Point(1, 1)}
    fmt.printf("%v|%+v|%#v\n", by_name, by_name, by_name)
    anon = Anon(7, "seven")
    fmt.printf("%v|%+v\n", anon, anon)
    fmt.printf("%6v|%-6v|%06v\n", p, p, p)


if __name__ == "__main__":
    run(main)
