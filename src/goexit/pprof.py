r"""Go's ``runtime/pprof``, the two goroutine profiles: ``goroutine`` and ``goroutineleak``.

`lookup` returns a `Profile` by name.  The ``goroutineleak`` profile (Go 1.27; in
Go 1.26 only with ``GOEXPERIMENT=goroutineleakprofile``) finds goroutines that can
never be woken.  Writing it first runs the leak detection of Go's garbage collector
(``src/runtime/mgc.go``: ``findGoroutineLeaks``), which goexit models on Python's
object graph:

- A goroutine is *maybe runnable* unless it is blocked on a channel operation,
  a ``select``, or a ``sync`` ``Mutex``, ``RWMutex``, ``WaitGroup`` or ``Cond``
  (``isMaybeRunnable``).  Sleeping, network I/O, and every wait of a synctest
  bubble (the ``(durable)`` ones) count as maybe runnable.
- The roots are every module's globals (Go's data and BSS), the stacks of the
  maybe-runnable goroutines, with their locals, closures and deferred calls, and
  the stacks of threads that are not goroutines.  Everything reachable from the
  roots (`gc.get_referents`) is marked; a channel's buffered values are reachable
  through the channel.
- goexit's own bookkeeping is opaque, as Go makes its sudogs untraceable for the
  detection (``setSyncObjectsUntraceable``): goroutine and thread records, the
  scheduler's tables, and the wait queues of channels and locks never make a
  primitive reachable.
- A blocked goroutine waiting on a marked primitive (for a select, on any of its
  channels) is maybe runnable after all: its stack becomes a root, and marking goes
  on until no more are found (``findMaybeRunnableGoroutines``).
- The rest have leaked.  A receive or send on a nil channel and a ``select`` with
  no cases leak by definition, whatever is reachable.  They are marked as Go marks
  them ``_Gleaked``: every stack listing shows ``[chan send (leaked)]``, until the
  next detection (``src/runtime/traceback.go``: ``goroutineheader``).  The main
  goroutine blocked in ``select {}`` is counted but not marked.

`Profile.count` of ``goroutineleak`` is the number of leaked goroutines the last
detection found, 0 before any (``runtime_goroutineleakcount``).
``write_to(w, 2)`` writes the stacks of all goroutines, as ``goroutine`` with
debug 2 does, with the leaked ones marked (``src/runtime/pprof/pprof.go``:
``writeGoroutineLeak``); ``write_to(w, 0)`` writes the gzip-compressed protocol
buffer of the leaked goroutines' stacks.

```py
from goexit import Chan, close, go, pprof, runtime, strings

jobs: Chan[int] = Chan(int)  # a package variable: reachable for as long as the program runs

def worker() -> None:
    for _ in jobs:
        pass

def header(listing: str) -> str:  # the worker's state, from a listing of every goroutine's stack
    stacks = [g for g in listing.split("\n\n") if "worker()" in g]
    return stacks[0].split("\n")[0].split(" ", 2)[2] if stacks else "not in worker yet"

go(worker)
buf = bytearray(1 << 20)
while header(buf[: runtime.stack(buf, True)].decode()) != "[chan receive]:":
    runtime.gosched()  # until the worker is blocked
prof = pprof.lookup("goroutineleak")
out = strings.Builder()
print(prof.name(), prof.write_to(out, 2))
#> goroutineleak None
print(header(out.string()))  # not leaked: whoever can reach jobs may still send on it
#> [chan receive]:
close(jobs)
```

Where goexit and Go differ: Python keeps every local of a frame until the function
returns, where Go's stack maps keep only the live ones, so a channel in a local the
function no longer uses still counts as reachable here.  Go, for its part, reaches
what a blocked send's value lives in (``gp.waiting``'s ``elem``: a variable the
goroutine's closure captured, with the channel beside it in the closure) and the
block its allocator is filling (a bare 8-byte ``sync.Mutex`` shares a 16-byte block),
so it misses such leaks where goexit reports them.
"""

from __future__ import annotations

import gc
import gzip
import sys
import threading
import time as _pytime
import types
from collections.abc import Iterable
from typing import Final, NoReturn

from goexit import _sched
from goexit.io import Writer
from goexit.panics import panic

__all__ = ["Profile", "lookup", "profiles"]

_GOROUTINE: Final = "goroutine"
_LEAK: Final = "goroutineleak"
_PREDEFINED: Final = ("allocs", "block", "goroutine", "goroutineleak", "heap", "mutex", "threadcreate")
_MODELLED: Final = (_GOROUTINE, _LEAK)

# runtime/runtime2.go: the wait reasons isMaybeRunnable looks at; any other is maybe runnable.
_NEVER_RUNNABLE: Final = frozenset({"select (no cases)", "chan send (nil chan)", "chan receive (nil chan)"})
_CHAN_WAIT: Final = frozenset({"chan receive", "select", "chan send"})  # isChanWait
_SYNC_WAIT: Final = frozenset(  # isSyncWait
    {"sync.Cond.Wait", "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock", "sync.WaitGroup.Wait"}
)

_leak_count = 0
"""Leaked goroutines found by the last detection (Go's ``work.goroutineLeak.count``)."""
_leak_lock = threading.Lock()
"""Go's ``goroutineLeakProfileLock``: one detection and write at a time."""


class Profile:
    """A collection of stack traces (Go's ``pprof.Profile``); get the predefined ones with `lookup`.

    ``Profile()`` is Go's zero Profile: writing it panics with ``pprof: use of zero Profile``.
    """

    __slots__ = ("_name",)

    def __init__(self) -> None:
        self._name = ""

    def __repr__(self) -> str:
        return f"<pprof.Profile {self._name!r}>"

    def name(self) -> str:
        """This profile's name, which can be passed to `lookup` to get it again (Go's ``Name``)."""
        return self._name

    def count(self) -> int:
        """The number of execution stacks currently in the profile (Go's ``Count``).

        For ``goroutine``, the number of goroutines (``runtime.NumGoroutine``); for
        ``goroutineleak``, the leaked goroutines the last `write_to` of it found, 0
        before the first.
        """
        if self._name == _GOROUTINE:
            from goexit import runtime

            return runtime.num_goroutine()
        if self._name == _LEAK:
            return _leak_count
        if self._name == "":
            return 0  # the zero Profile's map is empty
        _unmodelled(self._name)

    def add(self, value: object, skip: int) -> None:
        """Go's ``Add``: only for custom profiles, which goexit does not model.

        Panics as Go does on a zero Profile (``pprof: use of uninitialized Profile``)
        and on a predefined one (``pprof: Add called on built-in Profile NAME``).
        """
        if self._name == "":
            panic("pprof: use of uninitialized Profile")
        panic("pprof: Add called on built-in Profile " + self._name)

    def remove(self, value: object) -> None:
        """Go's ``Remove``: a no-op, since no value is ever in a predefined profile."""

    def write_to(self, w: Writer, debug: int) -> BaseException | None:
        """Write a snapshot of the profile to ``w`` and return the write's error, or None (Go's ``WriteTo``).

        ``debug`` 0 writes the gzip-compressed protocol buffer (pprof's profile.proto);
        ``debug`` 2 or more writes every goroutine's stack as a crashing Go program prints
        it (`goexit.runtime.stack` with ``all``).  For ``goroutineleak`` the leak detection runs first, and the
        protocol buffer holds the leaked goroutines only.  ``debug`` 1, the legacy text
        format of program counters, is not modelled: it raises `goexit.UsageError`.
        Panics with ``pprof: use of zero Profile`` on ``Profile()``.
        """
        if self._name == "":
            panic("pprof: use of zero Profile")
        if self._name not in _MODELLED:
            _unmodelled(self._name)
        if not isinstance(debug, int) or isinstance(debug, bool):
            raise TypeError(f"write_to's debug is an int, got {type(debug).__name__}")
        if debug == 1:
            raise _sched.UsageError(
                f"goexit writes the {self._name} profile with debug=0 (the gzip-compressed protocol buffer) "
                "or debug=2 (every goroutine's stack); debug=1, Go's text format of program counters, "
                "is not modelled"
            )
        me = _sched.current()
        if self._name == _GOROUTINE:
            return _write(w, _stacks(me) if debug >= 2 else _proto(me, leaked_only=False))
        with _leak_lock:
            with _sched.lock:
                _detect()
            return _write(w, _stacks(me) if debug >= 2 else _proto(me, leaked_only=True))


def _unmodelled(name: str) -> NoReturn:
    raise _sched.UsageError(
        f"goexit models the goroutine and goroutineleak profiles of runtime/pprof, not {name!r}: "
        "its data comes from Go's memory allocator or scheduler, which goexit does not have"
    )


def _predefined(name: str) -> Profile:
    p = Profile()
    p._name = name
    return p


_profiles: Final = {name: _predefined(name) for name in _PREDEFINED}


def lookup(name: str) -> Profile | None:
    """The profile with the given name, or None if there is none (Go's ``pprof.Lookup``).

    Go's predefined profiles exist: ``goroutine`` and ``goroutineleak`` are modelled;
    ``allocs``, ``block``, ``heap``, ``mutex`` and ``threadcreate`` are listed, and
    counting or writing them raises `goexit.UsageError`.
    """
    if not isinstance(name, str):
        raise TypeError(f"lookup takes a profile name (str), got {type(name).__name__}")
    return _profiles.get(name)


def profiles() -> list[Profile]:
    """Every known profile, sorted by name (Go's ``pprof.Profiles``)."""
    return [_profiles[n] for n in sorted(_profiles)]


def _write(w: Writer, data: bytes) -> BaseException | None:
    _, err = w.write(data)
    return err


def _stacks(me: _sched.G) -> bytes:
    from goexit import runtime

    return runtime.stack_text(me, sys._getframe(2), True)


# --------------------------------------------------------------------------
# The detection (src/runtime/mgc.go)


def _opaque_types() -> tuple[type, ...]:
    from goexit import chan, goroutine

    return (
        _sched.G,
        _sched.Program,
        _sched._AllG,
        goroutine._Worker,
        chan._Waiter,
        chan._Select,
        threading.Thread,
        type(_sched._local),
        types.FrameType,
        types.CodeType,
    )


_OWN_GLOBALS: Final = globals()
_ATOMIC: Final = frozenset({str, bytes, int, float, bool, complex, type(None), types.BuiltinFunctionType})


class _Marker:
    """The marking of one detection: what the roots reach, never through goexit's bookkeeping."""

    def __init__(self) -> None:
        self.marked: set[int] = set()
        self.keep: list[object] = []  # keeps what was marked alive (ids stay unique)
        self.work: list[object] = []
        self.opaque: dict[type, bool] = {}
        self.opaque_bases = _opaque_types()
        from goexit import goroutine

        self.m_loop = goroutine._Worker.loop.__code__  # an M's own frame, not a goroutine's

    def push(self, o: object) -> None:
        t = type(o)
        if t in _ATOMIC:
            return
        hidden = self.opaque.get(t)
        if hidden is None:
            hidden = self.opaque[t] = issubclass(t, self.opaque_bases)
        if hidden:
            return
        i = id(o)
        if i in self.marked:
            return
        self.marked.add(i)
        self.keep.append(o)
        self.work.append(o)

    def push_all(self, objs: Iterable[object]) -> None:
        for o in objs:
            self.push(o)

    def frames(self, frame: types.FrameType | None) -> None:
        """A stack as a root: each frame's locals (closure cells included) and globals."""
        while frame is not None:
            # An M's loop holds the job it last ran; the detector's own frames hold its marking.
            if frame.f_code is not self.m_loop and frame.f_globals is not _OWN_GLOBALS:
                self.push(frame.f_locals)
                self.push(frame.f_globals)
            frame = frame.f_back

    def goroutine(self, g: _sched.G, stacks: dict[int, types.FrameType]) -> None:
        """A goroutine's stack as a root: its frames, deferred calls and panics."""
        if g.thread is not None and g.thread.ident is not None:
            self.frames(stacks.get(g.thread.ident))
        for f in g.frames:
            self.push(f.defers)
        self.push(g.unwinding)
        self.push(g.goexit_link)

    def drain(self) -> None:
        work, push = self.work, self.push
        while work:
            for r in gc.get_referents(work.pop()):
                push(r)

    def reached(self, objs: Iterable[object]) -> bool:
        return any(id(o) in self.marked for o in objs)


def _detect() -> None:
    """Mark the leaked goroutines and record their count; call with `_sched.lock` held (Go stops the world)."""
    global _leak_count
    switch = sys.getswitchinterval()
    sys.setswitchinterval(100.0)  # hold on to the GIL: the other goroutines' objects stand still
    collecting = gc.isenabled()
    gc.disable()  # no collection (and no finalizer) while the marking holds object ids
    try:
        gs = _sched.allg.values()
        for g in gs:
            g.leaked = False  # allGsSnapshotSortedForGC resets the leaked ones
        blocked = [g for g in gs if g.wait_reason in _NEVER_RUNNABLE or g.wait_reason in _CHAN_WAIT | _SYNC_WAIT]
        candidates = {id(g) for g in blocked}
        marker = _Marker()
        stacks = sys._current_frames()
        on_goroutine = {g.thread.ident for g in gs if g.thread is not None and g.thread.ident is not None}
        marker.push_all(list(sys.modules.values()))
        for ident, frame in stacks.items():
            if ident not in on_goroutine:
                marker.frames(frame)  # a thread that is not a goroutine can still wake one
        for g in gs:
            if id(g) not in candidates:
                marker.goroutine(g, stacks)
        pending = blocked
        while True:
            marker.drain()
            woken = [g for g in pending if g.wait_reason not in _NEVER_RUNNABLE and marker.reached(g.waiting)]
            if not woken:
                break
            pending = [g for g in pending if g not in woken]
            for g in woken:
                marker.goroutine(g, stacks)
        _leak_count = len(pending)
        prog = _sched.program
        for g in pending:
            # findGoroutineLeaks: the main goroutine in select {} is counted, not reported.
            g.leaked = not (prog is not None and g is prog.main and g.wait_reason == "select (no cases)")
    finally:
        if collecting:
            gc.enable()
        sys.setswitchinterval(switch)


# --------------------------------------------------------------------------
# The protocol buffer (github.com/google/pprof/proto/profile.proto), as runtime/pprof/proto.go writes it


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _field(num: int, value: int | bytes) -> bytes:
    if isinstance(value, int):
        return _varint(num << 3) + _varint(value)
    return _varint(num << 3 | 2) + _varint(len(value)) + value


def _proto(me: _sched.G, *, leaked_only: bool) -> bytes:
    strings: dict[str, int] = {"": 0}

    def s(text: str) -> int:
        return strings.setdefault(text, len(strings))

    frames_of = sys._current_frames()
    with _sched.lock:
        gs = [g for g in _sched.allg.values() if g.leaked or not leaked_only]
        stacks: dict[tuple[tuple[str, str, int], ...], int] = {}
        for g in gs:
            ident = g.thread.ident if g.thread is not None else None
            top = sys._getframe(2) if g is me else frames_of.get(ident) if ident is not None else None
            stack = tuple(
                (_sched.func_name(f, code), code.co_filename, line)
                for f, code, line in _sched.frames_of_stack(top)
                if not code.co_filename.startswith(_sched._INTERNAL)
            )
            stacks[stack] = stacks.get(stack, 0) + 1
    out = bytearray()
    count_type = _field(1, s(_GOROUTINE)) + _field(2, s("count"))
    out += _field(1, count_type)
    locations: dict[tuple[str, str, int], int] = {}
    functions: dict[tuple[str, str], int] = {}
    for stack, n in stacks.items():
        ids = b"".join(_varint(locations.setdefault(f, len(locations) + 1)) for f in stack)
        out += _field(2, _field(1, ids) + _field(2, _varint(n)))
    for (name, file, line), lid in locations.items():
        fid = functions.setdefault((name, file), len(functions) + 1)
        out += _field(4, _field(1, lid) + _field(3, lid) + _field(4, _field(1, fid) + _field(2, line)))
    for (name, file), fid in functions.items():
        out += _field(5, _field(1, fid) + _field(2, s(name)) + _field(3, s(name)) + _field(4, s(file)))
    for text in strings:
        out += _field(6, text.encode())
    out += _field(9, _pytime.time_ns())
    out += _field(11, count_type)
    out += _field(12, 1)
    return gzip.compress(bytes(out), mtime=0)
