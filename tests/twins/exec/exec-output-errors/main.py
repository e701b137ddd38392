"""Output and CombinedOutput collect a child's output; a non-zero exit is
an *exec.ExitError whose Stderr holds what the child wrote there (with
Output). A name that is nowhere on $PATH fails before anything starts."""

from goexit import errors, exec, fmt, run


class NopWriter:
    def write(self, b: bytes) -> tuple[int, BaseException | None]:
        return len(b), None


def main() -> None:
    out, err = exec.command("sh", "-c", "echo out; echo err >&2; exit 3").output()
    fmt.printf("Output: %q %v\n", out.decode(), err)
    ee = errors.as_(err, exec.ExitError)
    if ee is not None:
        fmt.printf("exit code %d, stderr %q\n", ee.exit_code(), ee.stderr.decode())
    out, err = exec.command("sh", "-c", "echo out; echo err >&2").combined_output()
    fmt.printf("CombinedOutput: %q %v\n", out.decode(), err)

    cmd = exec.command("no-such-command-anywhere")
    fmt.println("Err:", cmd.err)
    err = cmd.run()
    fmt.println("Run:", err, errors.is_(err, exec.ErrNotFound))
    _, err = exec.look_path("no-such-command-anywhere")
    e = errors.as_(err, exec.Error)
    fmt.println("LookPath:", e is not None, e.name if e is not None else "")
    p, err = exec.look_path("sh")
    fmt.println("sh found:", p != "", err)

    cmd = exec.command("true")
    fmt.println("String:", cmd.string() == p[:-2] + "true", cmd.args)
    fmt.println("Run:", cmd.run(), "again:", cmd.run(), "Wait again:", cmd.wait())
    cmd = exec.command("sh", "-c", "exit 0")
    cmd.stdout = NopWriter()
    _, err = cmd.output()
    fmt.println("Output with Stdout set:", err)


if __name__ == "__main__":
    run(main)
