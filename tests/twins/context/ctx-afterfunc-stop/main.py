from goexit import Chan, Recv, context, fmt, run, select


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    ran: Chan[str] = Chan(str, 2)
    stop1 = context.after_func(ctx, lambda: ran.send("first"))
    stop2 = context.after_func(ctx, lambda: ran.send("second"))
    fmt.println("stop2 before cancel:", stop2(), "again:", stop2())
    cancel()
    fmt.println(ran.recv(), "ran after cancel")
    fmt.println("stop1 after it started:", stop1())
    done, cancel_done = context.with_cancel(context.background())
    cancel_done()
    started: Chan[bool] = Chan(bool)
    stop3 = context.after_func(done, lambda: started.send(True))
    started.recv()
    fmt.println("a done context runs f at once; stop:", stop3())
    r = select(Recv(ran), default=True)
    if r.case == 0:
        fmt.println("unexpected", r.value)
    else:
        fmt.println("the stopped one never ran")


if __name__ == "__main__":
    run(main)
