"""The number passed to os.Exit is the status the parent process sees: 0
for success, anything else for failure. This program runs itself as a
child three times and reports each child's status, as a shell ($?), a
supervisor or a CI job sees it; go run prints a non-zero status as
"exit status N"."""

import subprocess
import sys

from goexit import fmt, os, run


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        status = int(sys.argv[2])
        os.exit(status)
    for code in ["0", "1", "3"]:
        cmd = subprocess.run([sys.executable, sys.argv[0], "child", code], check=False)
        if cmd.returncode != 0:
            err = f"exit status {cmd.returncode}"  # what Go's *exec.ExitError says
            fmt.printf("child os.Exit(%s): status %d, Run returned %q\n", code, cmd.returncode, err)
        else:
            fmt.printf("child os.Exit(%s): status %d, success\n", code, cmd.returncode)
    fmt.println("parent: calling os.Exit(3)")
    os.exit(3)


if __name__ == "__main__":
    run(main)
