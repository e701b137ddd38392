"""Locking a sync.Mutex twice in one goroutine: with no other goroutine to unlock it, Go reports a deadlock."""

from dataclasses import dataclass, field

from goexit import defer, fmt, func, ptr, run, sync


@dataclass
class Account:
    mu: sync.Mutex = field(default_factory=sync.Mutex)
    balance: int = 0

    @func
    def balance_(self) -> int:
        self.mu.lock()
        defer(self.mu.unlock)
        return self.balance

    @func
    def deposit(self, n: int) -> None:
        self.mu.lock()
        defer(self.mu.unlock)
        self.balance += n
        fmt.println("new balance", self.balance_())


def main() -> None:
    a = ptr(Account())
    fmt.println("balance", a.balance_())
    a.deposit(10)


if __name__ == "__main__":
    run(main)
