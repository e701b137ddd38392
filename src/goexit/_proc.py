"""Go's ``os.Process`` and ``os.ProcessState`` for real child processes (src/os/exec.go, exec_unix.go, exec_posix.go).

A goroutine waiting for a child (``Process.wait``) waits in a system call,
as Go's does: it is not asleep for deadlock detection.
"""

from __future__ import annotations

import errno as _errno
import os
import signal as _signal
import subprocess
import threading

from goexit.errors import ErrorString, new
from goexit.signal import Signal, name_of

__all__ = ["ErrProcessDone", "Kill", "Process", "ProcessState"]

ErrProcessDone: ErrorString = new("os: process already finished")
"""What signalling a process that has been waited for returns (Go's ``os.ErrProcessDone``)."""

Kill = Signal(_signal.SIGKILL)
"""Go's ``os.Kill`` (SIGKILL): it cannot be caught; its name is ``killed``."""


class ProcessState:
    """How a child ended (Go's ``*os.ProcessState``): ``str()`` is ``exit status 1`` or ``signal: killed``."""

    go_type = "*os.ProcessState"

    def __init__(self, pid: int, status: int) -> None:
        self._pid = pid
        self._status = status  # Popen.returncode: the exit code, or minus the signal number

    def pid(self) -> int:
        """The child's process id (Go's ``ProcessState.Pid``)."""
        return self._pid

    def exited(self) -> bool:
        """True if it exited by itself, not by a signal (Go's ``ProcessState.Exited``)."""
        return self._status >= 0

    def success(self) -> bool:
        """True for exit status 0 (Go's ``ProcessState.Success``)."""
        return self._status == 0

    def exit_code(self) -> int:
        """The exit status, or -1 if a signal ended it (Go's ``ProcessState.ExitCode``)."""
        return self._status if self._status >= 0 else -1

    def signaled(self) -> bool:
        """True if a signal ended it (``WaitStatus.Signaled``)."""
        return self._status < 0

    def signal(self) -> Signal | None:
        """The signal that ended it, or None (``WaitStatus.Signal``)."""
        return Signal(-self._status) if self._status < 0 else None

    def string(self) -> str:
        """Go's ``ProcessState.String``: ``exit status N`` or ``signal: <name>``."""
        if self._status >= 0:
            return f"exit status {self._status}"
        return "signal: " + name_of(-self._status)

    def __str__(self) -> str:
        return self.string()

    def __repr__(self) -> str:
        return f"<os.ProcessState {self.string()}>"


class Process:
    """A started child (Go's ``*os.Process``): `pid`, `kill`, `signal`, `wait`."""

    go_type = "*os.Process"

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self._popen = popen
        self.pid = popen.pid
        """The child's process id (Go's ``Process.Pid``)."""
        self._lock = threading.Lock()
        self._done = False

    def signal(self, sig: int) -> BaseException | None:
        """Send ``sig`` (Go's ``Process.Signal``); `ErrProcessDone` once the child has been waited for."""
        with self._lock:
            if self._done:
                return ErrProcessDone
            try:
                os.kill(self.pid, int(sig))
            except ProcessLookupError:
                return ErrProcessDone
            except OSError as e:
                from goexit._poll import Errno

                return Errno(e.errno or _errno.EPERM)
        return None

    def kill(self) -> BaseException | None:
        """Send SIGKILL (Go's ``Process.Kill``): the child ends at once, ``signal: killed``."""
        return self.signal(Kill)

    def wait(self) -> tuple[ProcessState, BaseException | None]:
        """Wait for the child to end (Go's ``Process.Wait``)."""
        with self._lock:
            if self._done:
                from goexit._poll import Errno, SyscallError

                return _NIL, SyscallError("waitid", Errno(_errno.ECHILD))
        code = self._popen.wait()
        with self._lock:
            self._done = True
        return ProcessState(self.pid, code), None

    def release(self) -> BaseException | None:
        """Go's ``Process.Release``: nothing to release here."""
        return None

    def __repr__(self) -> str:
        return f"<os.Process {self.pid}>"


_NIL: ProcessState = None  # type: ignore[assignment]
