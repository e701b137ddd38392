from goexit import Chan, Recv, close, fmt, go, run, select, time


def fetch(result: Chan[str], release: Chan[bool]) -> None:
    release.recv()
    result.send("data")


def main() -> None:
    result: Chan[str] = Chan(str, 1)
    release: Chan[bool] = Chan(bool)
    go(fetch, result, release)
    r = select(Recv(result), Recv(time.after(10 * time.Millisecond)))
    if r.case == 0:
        fmt.println("got", r.value)
    else:
        fmt.println("timed out")
    close(release)
    r = select(Recv(result), Recv(time.after(time.Hour)))
    if r.case == 0:
        fmt.println("got", r.value)
    else:
        fmt.println("timed out")


if __name__ == "__main__":
    run(main)
