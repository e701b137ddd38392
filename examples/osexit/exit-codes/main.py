"""The number passed to os.Exit is the status the parent process sees: 0
for success, anything else for failure. This program runs itself as a
child three times and reports each child's status, as a shell ($?), a
supervisor or a CI job sees it; go run prints a non-zero status as
"exit status N"."""

import subprocess
import sys

from goexit import os, run


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        status = int(sys.argv[2])
        os.exit(status)
    for code in ["0", "1", "3"]:
        cmd = subprocess.run([sys.executable, sys.argv[0], "child", code], check=False)
        if cmd.returncode != 0:
            err = f"exit status {cmd.returncode}"  # what Go's *exec.ExitError says
            print(f'child os.Exit({code}): status {cmd.returncode}, Run returned "{err}"')
        else:
            print(f"child os.Exit({code}): status {cmd.returncode}, success")
    print("parent: calling os.Exit(3)")
    os.exit(3)


if __name__ == "__main__":
    run(main)
