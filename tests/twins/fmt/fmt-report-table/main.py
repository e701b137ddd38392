"""A report as outsiders write one: aligned columns with widths, precision, padding, totals and percentages."""

from dataclasses import dataclass

from goexit import fmt, os, run


@dataclass
class Item:
    Name: str
    Qty: int
    Price: float


def main() -> None:
    items = [Item("apple", 3, 0.5), Item("banana", 12, 0.25), Item("cherry", 100, 0.1), Item("durian", 1, 15.99),
             Item("elderberry", 0, 2.5)]  # fmt: skip
    items.sort(key=lambda it: it.Price * it.Qty, reverse=True)
    fmt.printf("%-12s %5s %8s %10s\n", "NAME", "QTY", "PRICE", "TOTAL")
    fmt.printf("%s\n", "------------------------------------------")
    total = 0.0
    for i, it in enumerate(items):
        sub = it.Price * it.Qty
        total += sub
        fmt.printf("%-12s %5d %8.2f %10.2f  #%02d\n", it.Name, it.Qty, it.Price, sub, i + 1)
    fmt.printf("%-12s %5s %8s %10.2f\n", "total", "", "", total)
    for it in items:
        share = 0.0
        if total > 0:
            share = it.Price * it.Qty / total * 100
        fmt.printf("%10s: %6.2f%% %s\n", it.Name, share, bar(int(share / 5)))
    fmt.fprintf(os.Stderr, "warning: %d items out of stock\n", count_zero(items))
    fmt.printf("%08.3f|%+.1e|%x|%X|%o|%b\n", total, total, 255, 255, 8, 5)
    fmt.printf("%v %v %v\n", total, total / 3, len(items) / 7)
    fmt.printf("|%6.3v|%-8v|%8v|\n", total, items[0].Name, items[0].Qty)


def bar(n: int) -> str:
    return "#" * n


def count_zero(items: list[Item]) -> int:
    return sum(1 for it in items if it.Qty == 0)


if __name__ == "__main__":
    run(main)
