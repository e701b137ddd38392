"""Talking to a running child: StdinPipe feeds it, StdoutPipe reads its
answers line by line while it runs. Closing stdin is the child's EOF;
Wait comes after the last read, since it closes the pipe."""

from goexit import bufio, exec, fmt, io, panic, run, strings


def main() -> None:
    cmd = exec.command("sh", "-c", 'while read line; do echo "got $line"; done; echo "stdin closed"')
    stdin, err = cmd.stdin_pipe()
    if err is not None:
        panic(err)
    stdout, err = cmd.stdout_pipe()
    if err is not None:
        panic(err)
    err = cmd.start()
    if err is not None:
        panic(err)
    _, err = cmd.stdout_pipe()
    fmt.println("StdoutPipe again:", err)
    r = bufio.new_reader(stdout)
    for word in ["one", "two"]:
        io.write_string(stdin, word + "\n")
        line, err = r.read_string("\n")
        fmt.printf("%q %v\n", line, err)
    stdin.close()
    rest, err = io.read_all(r)
    fmt.printf("rest %q %v\n", rest.decode(), err)
    fmt.println("Wait:", cmd.wait())

    cmd = exec.command("tr", "a-z", "A-Z")
    cmd.stdin = strings.new_reader("shout this\n")
    out, err = cmd.output()
    fmt.printf("%q %v\n", out.decode(), err)


if __name__ == "__main__":
    run(main)
