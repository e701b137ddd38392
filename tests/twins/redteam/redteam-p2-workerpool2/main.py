"""A worker pool: three workers, nine jobs, results collected and summed."""

from dataclasses import dataclass

from goexit import Chan, close, fmt, go, run, time


@dataclass
class result:  # noqa: N801
    job: int
    worker: int
    value: int


def worker(id_: int, jobs: Chan[int], results: Chan[result]) -> None:
    for j in jobs:
        time.sleep(time.Millisecond)
        results.send(result(j, id_, j * 2))


def main() -> None:
    num_jobs = 9
    jobs: Chan[int] = Chan(int, num_jobs)
    results: Chan[result] = Chan(result, num_jobs)
    for w in range(1, 4):
        go(worker, w, jobs, results)
    for j in range(1, num_jobs + 1):
        jobs.send(j)
    close(jobs)
    all_: list[result] = []
    for _ in range(1, num_jobs + 1):
        all_.append(results.recv())
    all_.sort(key=lambda r: r.job)
    total = 0
    for r in all_:
        total += r.value
        fmt.printf("job %d -> %d\n", r.job, r.value)
    fmt.println("sum:", total)


if __name__ == "__main__":
    run(main)
