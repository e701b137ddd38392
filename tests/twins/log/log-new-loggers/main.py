"""log.New loggers: their own output, prefix and flags; Default() is the standard logger."""

from goexit import bufio, fmt, log, os, run


def main() -> None:
    info = log.new(os.Stdout, "INFO ", 0)
    warn = log.new(os.Stderr, "WARN ", log.Lmsgprefix)
    info.println("starting", 3, "workers")
    warn.printf("low disk: %d%%", 91)
    info.print_("a", "b", 1, 2)
    fmt.println(info.prefix(), info.flags(), warn.flags(), info.writer() is os.Stdout)
    info.set_prefix("DEBUG ")
    info.set_flags(log.Lmsgprefix)
    info.println("changed")
    buf = bufio.new_writer(os.Stdout)
    quiet = log.new(buf, "buffered: ", 0)
    quiet.println("first")
    quiet.println("second")
    fmt.println("printed before the buffered lines", buf.buffered())
    buf.flush()
    log.default().set_flags(0)
    log.default().set_output(os.Stdout)
    log.println("through the default logger")
    log.default().println("same logger", log.default() is log.default())
    info.set_output(os.Stderr)
    info.println("moved to stderr")
    fmt.println(info.writer() is os.Stderr)


if __name__ == "__main__":
    run(main)
