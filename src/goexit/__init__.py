"""goexit: Go's goroutine-exit semantics, modelled in Python and checked against real Go.

The language-level pieces live here (``go``, ``defer``, ``panic``, ``recover``,
channels and ``select``, and `run` for a ``main`` that behaves like Go's);
Go's packages are modules of the same name: `goexit.runtime`,
`goexit.time`, `goexit.sync`, `goexit.atomic` (``sync/atomic``), `goexit.os`, `goexit.fmt`, `goexit.log`,
`goexit.bufio`, `goexit.strconv`, `goexit.context`, `goexit.errors`,
`goexit.signal` (``os/signal``), `goexit.debug` (``runtime/debug``) and
`goexit.errgroup` (``golang.org/x/sync/errgroup``), `goexit.testing` (``go test -v``)
and `goexit.synctest` (``testing/synctest``); `goexit.net`, `goexit.io`,
`goexit.http` (``net/http``), `goexit.url` (``net/url``), `goexit.exec`
(``os/exec``), `goexit.strings`, `goexit.bytes` and `goexit.syscall` model
networking and child processes on loopback; `goexit.leak` checks that
no goroutine outlives a block, like goleak.  Go's built-in ``print`` and
``println`` are `print_` and `println`; `ptr` and `deref` are ``&x`` and ``*p``;
`type_assert` is ``x.(T)``.
"""

from goexit._gotypes import Pointer, deref, ptr
from goexit._sched import Deadlock, UsageError
from goexit.builtin import print_, println
from goexit.chan import DEFAULT, Chan, Recv, Selected, Send, cap, close, nil_recv, nil_send, select
from goexit.goroutine import go, run
from goexit.panics import Goexit, Panic, defer, func, panic, recover, type_assert

__all__ = [
    "DEFAULT",
    "Chan",
    "Deadlock",
    "Goexit",
    "Panic",
    "Pointer",
    "Recv",
    "Selected",
    "Send",
    "UsageError",
    "cap",
    "close",
    "defer",
    "deref",
    "func",
    "go",
    "nil_recv",
    "nil_send",
    "panic",
    "print_",
    "println",
    "ptr",
    "recover",
    "run",
    "select",
    "type_assert",
]
