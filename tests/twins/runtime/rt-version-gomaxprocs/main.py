from goexit import fmt, run, runtime


def main() -> None:
    fmt.println(runtime.version(), runtime.GOOS, runtime.Compiler)
    n = runtime.gomaxprocs(0)
    fmt.println("GOMAXPROCS is NumCPU here:", n == runtime.num_cpu(), n > 0)
    fmt.println("set 1, previous is n:", runtime.gomaxprocs(1) == n)
    fmt.println("now:", runtime.gomaxprocs(0))
    fmt.println("negative only queries:", runtime.gomaxprocs(-3), runtime.gomaxprocs(0))
    fmt.println("restore:", runtime.gomaxprocs(n), runtime.gomaxprocs(0) == n)
    runtime.gosched()
    fmt.println("Gosched returns")


if __name__ == "__main__":
    run(main)
