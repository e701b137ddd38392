"""Nested values: methods apply at every depth (exported fields), flags reach every element, %#v names every type."""

from __future__ import annotations

from dataclasses import dataclass, field

from goexit import Pointer, errors, fmt, run


class Status(int):
    def __str__(self) -> str:
        if self == Active:
            return "active"
        return "disabled"


Unset, Active, Disabled = Status(0), Status(1), Status(2)


@dataclass
class Account:
    ID: int = 0
    Owner: str = ""
    Status: Status = Unset
    Limits: dict[str, float] = field(default_factory=dict)
    Tags: list[str] = field(default_factory=list)
    Last: BaseException | None = None


@dataclass
class Bank:
    Name: str
    Accounts: list[Account]
    ByOwner: dict[str, Pointer[Account] | None]
    Pending: list[list[int]]
    status: Status


@dataclass
class Holder:
    go_type = "struct { A *main.Account }"
    A: Pointer[Account] | None


class Statuses(list[Status]):
    go_type = "[]main.Status"


def main() -> None:
    a1 = Account(ID=1, Owner="ann", Status=Active, Limits={"day": 500.0, "atm": 200.5}, Tags=["vip"])
    a2 = Account(ID=2, Owner="bob", Status=Disabled, Last=errors.new("frozen"))
    b = Bank(Name="First", Accounts=[a1, a2], ByOwner={"bob": None}, Pending=[[1, 2], [3]], status=Active)
    fmt.printf("%v\n%+v\n", b, b)
    fmt.printf("%v\n%+v\n%#v\n", a1, a1, a1)
    fmt.printf("%v\n%+v\n", a2, a2)
    fmt.printf("%d\n", a1)
    fmt.printf("%s\n", b.Accounts)
    fmt.printf("%q\n", [Active, "x", 3, [Disabled]])
    fmt.printf("%x\n", {Active: ["ab"], Disabled: ["cd", "e"]})
    fmt.printf("%6.1f\n", a1.Limits)
    fmt.printf("%#v\n", {"s": [Active]})
    fmt.println([{"a": 1}, {}, {"z": 26, "y": 25}])
    fmt.println({"k": [{2: True, 1: False}]})
    fmt.printf("%v %+v\n", [None], Holder(None))
    fmt.printf("%v|%+v|%#v\n", ((1, 2), (3, 4)), Statuses(), Statuses([Active, Disabled]))


if __name__ == "__main__":
    run(main)
