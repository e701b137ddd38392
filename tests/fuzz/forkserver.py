"""Runs Python twins in forked children of one process that imported goexit once.

Started by `fuzz.run` as ``python tests/fuzz/forkserver.py SOURCES.json`` in the environment
`harness.python_env` gives a twin (stdout and stderr pipes, PYTHONHASHSEED=0, SIGINT default),
so its ``sys.stdout``/``sys.stderr`` are set up exactly as a fresh ``python main.py`` would
have them.  It imports goexit and compiles every twin, then serves requests: one program index
per line on stdin; for each it forks a child whose fds 1 and 2 are a fresh pipe (stdin is
/dev/null), and which runs the twin's code as ``__main__`` in a new module, as ``python main.py``
would.  The answer is one JSON line on fd 1 (``{"i", "rc", "out" (base64), "timeout"}``), with
``rc`` as `subprocess` reports it (a negative number for a signal).

Forking is only sound while the parent has one thread: nothing here starts a goexit goroutine,
timer or poller in the parent, and every fork checks it.  tests/test_fuzz.py checks that a
forked child prints what a fresh process prints for a sample of programs.

This file imports nothing from the test suite (only goexit and the standard library).
"""

from __future__ import annotations

import base64

# What the twins import, loaded once here (a fresh process would import them itself).
import dataclasses  # noqa: F401
import json
import linecache
import math  # noqa: F401
import os
import select
import signal
import sys
import threading
import time
import traceback
import types

import goexit  # noqa: F401
from goexit import bufio, errors, fmt, log, runtime, sync  # noqa: F401
from goexit import os as _goos  # noqa: F401


def child(code: types.CodeType, out: int) -> None:
    """In the forked child: become ``python main.py`` with output to ``out``; never returns."""
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    main = types.ModuleType("__main__")
    main.__file__ = code.co_filename
    sys.modules["__main__"] = main
    sys.argv = [code.co_filename]
    status = 0
    try:
        exec(code, main.__dict__)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if e.code is not None and not isinstance(e.code, int):
            sys.stderr.write(f"{e.code}\n")
    except BaseException:
        traceback.print_exc()
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def run_one(code: types.CodeType, timeout: float) -> tuple[int, bytes, bool]:
    if threading.active_count() != 1:
        raise RuntimeError("the fork server has more than one thread: a forked child would not be a fresh process")
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(r)
        try:
            child(code, w)
        finally:
            os._exit(70)
    os.close(w)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    timed_out = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([r], [], [], left)
        if ready:
            data = os.read(r, 65536)
            if not data:
                break
            chunks.append(data)
    if timed_out:
        while data := os.read(r, 65536):
            chunks.append(data)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    rc = os.waitstatus_to_exitcode(status)
    return rc, b"".join(chunks), timed_out


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    timeout = float(spec.get("timeout", 20))
    codes = []
    for name, src in zip(spec["names"], spec["sources"], strict=True):
        # goexit reads a failing line back (the operands of s[i] for an index error), as a fresh
        # process would from main.py on disk: give linecache the source under the same name.
        linecache.cache[name] = (len(src), None, src.splitlines(keepends=True), name)
        codes.append(compile(src, name, "exec"))
    os.write(1, b'{"ready": true}\n')
    while line := sys.stdin.readline():  # one request at a time: nothing is read ahead into the child
        i = int(line)
        rc, out, timed_out = run_one(codes[i], timeout)
        answer = {"i": i, "rc": rc, "out": base64.b64encode(out).decode(), "timeout": timed_out}
        os.write(1, (json.dumps(answer) + "\n").encode())


if __name__ == "__main__":
    main()
