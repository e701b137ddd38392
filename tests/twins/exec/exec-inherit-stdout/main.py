"""A child given os.Stdout and os.Stderr writes straight to them, with no
copying goroutine in between: its lines land between the parent's, in
order."""

from goexit import exec, fmt, os, run


def main() -> None:
    fmt.println("parent: before")
    cmd = exec.command("sh", "-c", "echo child: to stdout; echo child: to stderr >&2; exit 2")
    cmd.stdout = os.Stdout
    cmd.stderr = os.Stderr
    err = cmd.run()
    fmt.println("parent: after, err", err)
    fmt.fprintln(os.Stderr, "parent: done")


if __name__ == "__main__":
    run(main)
