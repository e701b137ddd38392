"""signal.Notify hands signals to a channel of your own, and the program
decides what each one means: here SIGHUP reloads the configuration and
SIGTERM ends the loop. Notify never blocks to send, so the channel needs
a buffer; signal.Stop ends the delivery but does not close the channel."""

import os

from goexit import Chan, defer, fmt, run, signal


def main() -> None:
    sigs: Chan[signal.Signal] = Chan(capacity=1)
    signal.notify(sigs, signal.SIGHUP, signal.SIGTERM)
    defer(signal.stop, sigs)
    defer(fmt.println, "main: deferred calls run")

    os.kill(os.getpid(), signal.SIGHUP)  # as `kill -HUP` would
    for sig in sigs:
        if sig == signal.SIGHUP:
            fmt.println("got", sig, "- reloading the configuration")
            os.kill(os.getpid(), signal.SIGTERM)
        elif sig == signal.SIGTERM:
            fmt.println("got", sig, "- stopping")
            return


if __name__ == "__main__":
    run(main)
