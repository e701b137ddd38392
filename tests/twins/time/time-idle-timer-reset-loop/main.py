from goexit import Chan, Recv, fmt, run, select, time


def main() -> None:
    events: Chan[int] = Chan(int, 3)
    for i in range(1, 4):
        events.send(i)
    idle = time.new_timer(time.Hour)
    assert idle.c is not None
    while True:
        r = select(Recv(events), Recv(idle.c))
        if r.case == 0:
            fmt.println("event", r.value, "reset:", idle.reset(100 * time.Millisecond))
            if r.value == 3:
                idle.reset(100 * time.Millisecond)
        else:
            fmt.println("idle: stop")
            fmt.println("Stop after it fired:", idle.stop())
            return


if __name__ == "__main__":
    run(main)
