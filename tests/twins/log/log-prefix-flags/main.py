"""SetPrefix, Lmsgprefix, Flags, Prefix, SetOutput and Writer on the standard logger."""

from goexit import fmt, log, os, run


def main() -> None:
    fmt.println(log.flags(), log.flags() == log.LstdFlags, log.prefix() == "", log.writer() is os.Stderr)
    fmt.println(
        log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags
    )
    log.set_flags(0)
    log.set_prefix("app: ")
    log.println("with a prefix")
    log.set_flags(log.Lmsgprefix)
    log.println("prefix moved before the message")
    fmt.println(log.flags(), log.prefix())
    log.set_output(os.Stdout)
    log.print_("now on stdout")
    fmt.println(log.writer() is os.Stdout)
    log.set_prefix("")
    log.print_("no prefix")
    log.set_prefix("[x] ")
    log.set_flags(0)
    log.printf("%s|%d", "a", 1)
    log.set_output(os.Stderr)
    log.println("back on stderr")
    fmt.println("done")


if __name__ == "__main__":
    run(main)
