from goexit import Chan, fmt, go, run, sync


def main() -> None:
    mu = sync.Mutex()
    cond = sync.new_cond(mu)
    queue: list[int] = []
    done: Chan[int] = Chan(int)
    for _ in range(3):

        def worker() -> None:
            total = 0
            while True:
                mu.lock()
                while len(queue) == 0:
                    cond.wait()
                v = queue.pop(0)
                mu.unlock()
                if v < 0:
                    done.send(total)
                    return
                total += v

        go(worker)
    for i in range(1, 31):
        mu.lock()
        queue.append(i)
        mu.unlock()
        cond.signal()
    mu.lock()
    queue.extend([-1, -1, -1])
    mu.unlock()
    cond.broadcast()
    total = 0
    for _ in range(3):
        total += done.recv()
    fmt.println("total", total)
    cond.signal()
    cond.broadcast()
    fmt.println("Signal and Broadcast with nobody waiting do nothing")


if __name__ == "__main__":
    run(main)
