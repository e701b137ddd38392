"""A bubble whose test function itself blocks for ever on a channel of the bubble:
every goroutine of the bubble is durably blocked, no timer is left, so test
panics with "all goroutines in bubble are blocked" and lists them."""

from goexit import Chan, synctest, testing


def TestBlocksForEver(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        never: Chan[int] = Chan(int)
        t.log("receiving from a channel nobody sends on")
        never.recv()

    synctest.test(t, bubbled)


if __name__ == "__main__":
    testing.main()
