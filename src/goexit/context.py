"""Go's ``context`` package: cancellation, deadlines and request-scoped values, passed down a tree.

Every context but the two roots (`background`, `todo`) is derived from a
parent.  The rules fit in a paragraph:

- Cancelling a context closes its `Context.done` channel and cancels every
  context derived from it, with the same error and cause; its parent and its
  siblings are left alone.
- The first cancellation wins: its error (`Canceled` or `DeadlineExceeded`)
  and its cause stick; later cancel calls do nothing.
- A derived context's deadline is never later than its parent's.
- Values are looked up from the context towards the root; the nearest wins.

Cancellation is cooperative: it closes channels, it never stops a goroutine.
A goroutine that should stop selects on ``ctx.done()`` and returns.

```py
from goexit import context

root, cancel_root = context.with_cancel(context.background())
child, cancel_child = context.with_cancel_cause(root)
print(child)
#> context.Background.WithCancel.WithCancel
cancel_root()
print(child.err(), context.cause(child))
#> context canceled context canceled
cancel_child(ValueError("too late: the first cancellation sticks"))
print(context.cause(child))
#> context canceled
```
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from goexit import _sched, _timer
from goexit import time as _time
from goexit.chan import DEFAULT, Chan, Recv, _wake, select
from goexit.errors import ErrorString
from goexit.goroutine import go, spawn_locked
from goexit.panics import Error, panic

__all__ = [
    "CancelCauseFunc",
    "CancelFunc",
    "Canceled",
    "Context",
    "DeadlineExceeded",
    "DeadlineExceededError",
    "after_func",
    "background",
    "cause",
    "todo",
    "with_cancel",
    "with_cancel_cause",
    "with_deadline",
    "with_deadline_cause",
    "with_timeout",
    "with_timeout_cause",
    "with_value",
    "without_cancel",
]


@runtime_checkable
class Context(Protocol):
    """What every context provides (Go's ``context.Context`` interface).

    Its methods may be called by several goroutines at once.  A type of your
    own with these four methods is a context too, and can be a parent.
    """

    def deadline(self) -> tuple[_time.Time, bool]:
        """When work done for this context should be cancelled: ``(time, True)``, or ``(zero Time, False)`` if never."""
        ...

    def done(self) -> Chan[None] | None:
        """A channel closed when work done for this context should be cancelled.

        ``None`` (a nil channel, which never fires in a select) if the
        context can never be cancelled.  Successive calls return the same channel.
        """
        ...

    def err(self) -> BaseException | None:
        """``None`` until `done` is closed; then `Canceled` or `DeadlineExceeded`, for good."""
        ...

    def value(self, key: object) -> object:
        """The value associated with ``key`` on the way to the root, or ``None``."""
        ...


CancelFunc = Callable[[], None]
"""Tells an operation to abandon its work (Go's ``context.CancelFunc``).

It does not wait for the work to stop.  It may be called by several goroutines
at once; after the first call, further calls do nothing.
"""

CancelCauseFunc = Callable[..., None]
"""A `CancelFunc` that also records a cause: ``cancel(err)`` (Go's ``context.CancelCauseFunc``).

``cancel()`` or ``cancel(None)`` records `Canceled` as the cause.  If the context
is already cancelled, the cause is not changed.
"""


Canceled = ErrorString("context canceled")
"""The error `Context.err` returns when the context is cancelled for any reason
other than its deadline passing (Go's ``context.Canceled``)."""


class DeadlineExceededError(Exception):
    """The type of `DeadlineExceeded` (Go's unexported ``deadlineExceededError``).

    Like Go's zero-size struct, every instance equals every other, so
    ``errors.is_(err, DeadlineExceeded)`` holds for any of them.
    """

    go_error = True
    go_type = "context.deadlineExceededError"

    def __str__(self) -> str:
        return "context deadline exceeded"

    def __repr__(self) -> str:
        return "context.DeadlineExceeded"

    def __eq__(self, other: object) -> bool:
        return type(other) is DeadlineExceededError

    def __hash__(self) -> int:
        return hash(DeadlineExceededError)

    def timeout(self) -> bool:
        """True: it is a timeout (Go's ``Timeout() bool``, as ``net.Error`` asks)."""
        return True

    def temporary(self) -> bool:
        """True (Go's ``Temporary() bool``)."""
        return True


DeadlineExceeded = DeadlineExceededError()
"""The error `Context.err` returns when the context's deadline passed (Go's ``context.DeadlineExceeded``)."""


# --------------------------------------------------------------------------
# Misuse


def _check_context(ctx: object, fn: str) -> None:
    if ctx is None:  # Go dereferences the nil interface
        panic(Error("runtime error: invalid memory address or nil pointer dereference"))
    if not isinstance(ctx, (_Node, _EmptyCtx)) and not isinstance(ctx, Context):
        raise TypeError(f"{fn}() needs a Context, got {type(ctx).__name__}")


def _check_parent(parent: object, fn: str) -> None:
    if parent is None:
        panic("cannot create context from nil parent")
    if not isinstance(parent, (_Node, _EmptyCtx)) and not isinstance(parent, Context):
        raise TypeError(
            f"{fn}() needs a parent Context (context.background() at the top of a tree), got {type(parent).__name__}"
        )


def _check_error(err: object, what: str) -> None:
    if err is not None and not isinstance(err, BaseException):
        raise TypeError(f"{what} must be an error (an exception instance) or None, got {type(err).__name__}")


# --------------------------------------------------------------------------
# Names, as Go's String methods print them


def _go_type_name(v: object) -> str:
    """The name Go's reflect gives the dynamic type of ``v`` (``*errors.errorString``, ``main.key``): fmt's ``%T``."""
    from goexit.fmt import go_type_name

    return go_type_name(v)


def _string_method(v: object) -> Callable[[], str] | None:
    """Go's ``stringer`` test: the value's ``String() string`` method, if it has one.

    A ``string()`` method is Go's ``String()``; so is ``__str__`` defined by a class
    of the program's own, except on an exception, whose ``__str__`` is Go's
    ``Error()`` (an error is not a Stringer).
    """
    method = getattr(v, "string", None)
    if callable(method) and not isinstance(v, (str, bytes)):
        return method  # type: ignore[no-any-return]
    if isinstance(v, BaseException):
        return None
    for klass in type(v).__mro__:
        if "__str__" in klass.__dict__:
            if klass.__module__ == "builtins":
                return None
            return lambda: str(v)
    return None


def _stringify(v: object) -> str:
    """Go's context.stringify: a String() method, a string, ``<nil>``, else the type's name.

    So an error value that is not a Stringer shows as its type, ``*errors.errorString``, not its message.
    """
    if v is None:
        return "<nil>"
    method = _string_method(v)
    if method is not None:
        return method()
    if type(v) is str:  # Go's type switch: a named string type is not `string`
        return v
    return _go_type_name(v)


def _context_name(c: object) -> str:
    """Go's ``contextName``, walking up the tree without recursion (a chain may be 10,000 deep).

    A context of the program's own shows its String() if it has one, else its type name.
    """
    wrappers: list[_Node] = []
    while isinstance(c, _Node):
        wrappers.append(c)
        c = c._parent
    if isinstance(c, _EmptyCtx):
        name = c._name
    else:
        method = _string_method(c)
        name = method() if method is not None else _go_type_name(c)
    for node in reversed(wrappers):
        name = node._wrap_name(name)
    return name


# --------------------------------------------------------------------------
# The roots


class _EmptyCtx:
    """Never cancelled, no values, no deadline (Go's ``emptyCtx``): `background` and `todo`."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def deadline(self) -> tuple[_time.Time, bool]:
        return _time.Time(), False

    def done(self) -> Chan[None] | None:
        return None

    def err(self) -> BaseException | None:
        return None

    def value(self, key: object) -> object:
        return None

    def __str__(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"<{self._name}>"


_BACKGROUND = _EmptyCtx("context.Background")
_TODO = _EmptyCtx("context.TODO")


def background() -> Context:
    """Return a non-nil, empty context (Go's ``context.Background``).

    It is never cancelled, has no values and no deadline; its `Context.done`
    is ``None``.  It is typically used by ``main``, by initialization and by
    tests, and as the top-level context of incoming requests.
    """
    return _BACKGROUND


def todo() -> Context:
    """Return a non-nil, empty context (Go's ``context.TODO``).

    Use it when it is unclear which context to use, or when one is not yet
    available because the surrounding function has not yet been extended to
    accept one.  It behaves exactly like `background`.
    """
    return _TODO


# --------------------------------------------------------------------------
# Derived contexts


class _Node:
    """A context derived from ``_parent`` (every context type of this module but the roots)."""

    __slots__ = ("_parent",)

    _parent: Context

    def _wrap_name(self, parent_name: str) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return _context_name(self)

    def __repr__(self) -> str:
        return f"<{_context_name(self)}>"


_CANCEL_CTX_KEY = object()
"""The key a cancellable context answers with itself (Go's ``&cancelCtxKey``)."""

_CLOSED: Chan[None] = Chan()
"""A reusable closed channel: the Done of a context cancelled before anyone asked for it."""
_CLOSED._closed = True


def _close_locked(ch: Chan[None]) -> None:
    """Close ``ch`` with `_sched.lock` held, waking every receiver (``chan.close`` takes the lock itself)."""
    if ch._closed:
        return
    ch._closed = True
    while ch._recvq:
        w = ch._recvq.popleft()
        w.value = ch._zero
        w.ok = False
        _wake(w)
    while ch._sendq:
        w = ch._sendq.popleft()
        w.closed = True
        _wake(w)


Action = Callable[[], None]


def _run(actions: list[Action]) -> None:
    for action in actions:
        action()


class _CancelCtx(_Node):
    """A context that can be cancelled, and cancels its children with it (Go's ``cancelCtx``).

    All of its state is guarded by `_sched.lock`.
    """

    __slots__ = ("_cause", "_children", "_done", "_err", "_registered_in", "_stop")

    def __init__(self) -> None:
        self._done: Chan[None] | None = None
        self._children: dict[_CancelCtx, None] | None = None
        self._err: BaseException | None = None
        self._cause: BaseException | None = None
        # The cancellable ancestor whose _children holds this context, if any.
        self._registered_in: _CancelCtx | None = None
        # For a parent of a foreign type with an after_func method: stops the registration.
        self._stop: Callable[[], bool] | None = None

    def deadline(self) -> tuple[_time.Time, bool]:
        return _deadline_of(self._parent)

    def done(self) -> Chan[None] | None:
        d = self._done
        if d is not None:
            return d
        with _sched.lock:
            if self._done is None:
                self._done = Chan()
            return self._done

    def err(self) -> BaseException | None:
        # Under the lock: a non-nil error is never seen before Done is closed (Go's guarantee).
        with _sched.lock:
            return self._err

    def value(self, key: object) -> object:
        return _value(self, key)

    def _wrap_name(self, parent_name: str) -> str:
        return parent_name + ".WithCancel"

    def _on_cancel_locked(self, actions: list[Action]) -> None:
        """What else cancelling this context does, once the lock is released (timers, AfterFunc)."""

    def _cancel_locked(self, err: BaseException, cause: BaseException, actions: list[Action]) -> None:
        """Cancel this context and every descendant; iterative, so a 10,000-deep chain is fine; O(n)."""
        stack: list[_CancelCtx] = [self]
        while stack:
            c = stack.pop()
            if c._err is not None:
                continue  # already cancelled: the first error and cause stick
            c._err = err
            c._cause = cause
            if c._done is None:
                c._done = _CLOSED
            else:
                _close_locked(c._done)
            children = c._children
            c._children = None
            if children:
                for child in children:
                    child._registered_in = None
                    stack.append(child)
            c._on_cancel_locked(actions)

    def _cancel(self, remove_from_parent: bool, err: BaseException, cause: BaseException | None) -> None:
        """Go's ``cancelCtx.cancel``: close done, cancel the children, maybe leave the parent."""
        with _sched.lock:
            after = self._cancel_and_detach_locked(remove_from_parent, err, cause)
        after()

    def _cancel_and_detach_locked(
        self, remove_from_parent: bool, err: BaseException, cause: BaseException | None
    ) -> Action:
        """The part of `_cancel` done under the lock; returns what is left to do once it is released."""
        if cause is None:
            cause = err
        actions: list[Action] = []
        stop = None
        self._cancel_locked(err, cause, actions)
        if remove_from_parent:
            parent = self._registered_in
            if parent is not None:
                self._registered_in = None
                if parent._children is not None:
                    parent._children.pop(self, None)
            stop, self._stop = self._stop, None

        def after() -> None:
            _run(actions)
            if stop is not None:
                stop()

        return after


class _TimerCtx(_CancelCtx):
    """A cancellable context with a deadline, cancelled by a timer (Go's ``timerCtx``).

    Go arms ``time.AfterFunc(time.Until(deadline), ...)``; here the runtime timer
    cancels the context from the timer thread, under the scheduler lock.  While it
    is pending no deadlock is reported, as in Go.
    """

    __slots__ = ("_deadline", "_timer")

    def __init__(self, deadline: _time.Time) -> None:
        super().__init__()
        self._deadline = deadline
        self._timer: _timer.RTimer | None = None

    def deadline(self) -> tuple[_time.Time, bool]:
        return self._deadline, True

    def _wrap_name(self, parent_name: str) -> str:
        left = _time.until(self._deadline)
        return f"{parent_name}.WithDeadline({self._deadline.string()} [{left.string()}])"

    def _on_cancel_locked(self, actions: list[Action]) -> None:
        t = self._timer
        if t is not None:
            self._timer = None
            t.stop()


class _AfterFuncCtx(_CancelCtx):
    """The registration of an `after_func` call: a child that starts ``f`` when cancelled (Go's ``afterFuncCtx``)."""

    __slots__ = ("_f", "_once")

    def __init__(self, f: Callable[[], object]) -> None:
        super().__init__()
        self._f = f
        self._once = False  # set by whichever comes first: running f, or stop()

    def _on_cancel_locked(self, actions: list[Action]) -> None:
        if not self._once:
            self._once = True
            # Counted as live before the lock is released: a context cancelled by its
            # deadline (on the timer thread) cannot look deadlocked before f starts.
            actions.append(spawn_locked(self._f, _sched.current_or_none()))


class _ValueCtx(_Node):
    """A context carrying one key-value pair; it delegates the rest to its parent (Go's ``valueCtx``)."""

    __slots__ = ("_key", "_val")

    def __init__(self, parent: Context, key: object, val: object) -> None:
        self._parent = parent
        self._key = key
        self._val = val

    def deadline(self) -> tuple[_time.Time, bool]:
        return _deadline_of(self._parent)

    def done(self) -> Chan[None] | None:
        return _past_values(self._parent).done()

    def err(self) -> BaseException | None:
        return _past_values(self._parent).err()

    def value(self, key: object) -> object:
        return _value(self, key)

    def _wrap_name(self, parent_name: str) -> str:
        return f"{parent_name}.WithValue({_stringify(self._key)}, {_stringify(self._val)})"


class _WithoutCancelCtx(_Node):
    """Keeps the parent's values, never its cancellation or deadline (Go's ``withoutCancelCtx``)."""

    __slots__ = ()

    def __init__(self, parent: Context) -> None:
        self._parent = parent

    def deadline(self) -> tuple[_time.Time, bool]:
        return _time.Time(), False

    def done(self) -> Chan[None] | None:
        return None

    def err(self) -> BaseException | None:
        return None

    def value(self, key: object) -> object:
        return _value(self, key)

    def _wrap_name(self, parent_name: str) -> str:
        return parent_name + ".WithoutCancel"


def _past_values(c: Context) -> Context:
    while type(c) is _ValueCtx:
        c = c._parent
    return c


def _keys_equal(a: object, b: object) -> bool:
    """Go's interface comparison: the same dynamic type and equal values (so ``1`` is not ``1.0``)."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - a failing __eq__ means the keys differ
        return False


def _value(c: Context, key: object) -> object:
    """Go's ``value``: look ``key`` up from ``c`` towards the root, iteratively."""
    while True:
        if type(c) is _ValueCtx:
            if _keys_equal(c._key, key):
                return c._val
            c = c._parent
        elif isinstance(c, _CancelCtx):
            if key is _CANCEL_CTX_KEY:
                return c
            c = c._parent
        elif type(c) is _WithoutCancelCtx:
            if key is _CANCEL_CTX_KEY:
                return None  # so that cause() of a WithoutCancel context is None
            c = c._parent
        elif type(c) is _EmptyCtx:
            return None
        else:
            return c.value(key)


def _deadline_of(c: Context) -> tuple[_time.Time, bool]:
    while True:
        if isinstance(c, _TimerCtx):
            return c._deadline, True
        if type(c) is _ValueCtx or isinstance(c, _CancelCtx):
            c = c._parent
        elif type(c) in (_EmptyCtx, _WithoutCancelCtx):
            return _time.Time(), False
        else:
            d, ok = c.deadline()
            return _as_time(d), bool(ok)


def _as_time(d: object) -> _time.Time:
    """A deadline as a Time: a Time, a datetime (naive means local), or None (no deadline)."""
    if isinstance(d, _time.Time):
        return d
    if d is None:
        return _time.Time()
    if isinstance(d, datetime.datetime):
        return _time._from_datetime(d)
    raise TypeError(f"a deadline is a time.Time (e.g. time.now().add(time.Second)), got {type(d).__name__}")


def _register_locked(parent: _CancelCtx, child: _CancelCtx, actions: list[Action]) -> None:
    if parent._err is not None:
        assert parent._cause is not None
        child._cancel_locked(parent._err, parent._cause, actions)
        return
    if parent._children is None:
        parent._children = {}
    parent._children[child] = None
    child._registered_in = parent


def _propagate_cancel(child: _CancelCtx, parent: Context) -> None:
    """Go's ``propagateCancel``: arrange for ``child`` to be cancelled when ``parent`` is."""
    child._parent = parent
    base = _past_values(parent)
    actions: list[Action] = []
    if isinstance(base, _CancelCtx):
        with _sched.lock:
            _register_locked(base, child, actions)
        _run(actions)
        return
    if type(base) in (_EmptyCtx, _WithoutCancelCtx):
        return  # never cancelled
    # A context type of the user's own.
    done = parent.done()
    if done is None:
        return
    if select(Recv(done), default=True).case != DEFAULT:
        child._cancel(False, _parent_err(parent), cause(parent))
        return
    p = parent.value(_CANCEL_CTX_KEY)
    if isinstance(p, _CancelCtx) and p._done is done:
        # It wraps one of ours and reports its Done channel: join that cancellation tree.
        with _sched.lock:
            _register_locked(p, child, actions)
        _run(actions)
        return
    after = getattr(parent, "after_func", None)
    if callable(after):

        def cancel_child() -> None:
            child._cancel(False, _parent_err(parent), cause(parent))

        child._stop = after(cancel_child)
        return

    def watch() -> None:
        got = select(Recv(parent.done()), Recv(child.done()))
        if got.case == 0:
            child._cancel(False, _parent_err(parent), cause(parent))

    go(watch)


def _parent_err(parent: Context) -> BaseException:
    err = parent.err()
    return err if err is not None else Canceled


def with_cancel(parent: Context) -> tuple[Context, CancelFunc]:
    """Return a derived context with a new Done channel, and its cancel function (Go's ``context.WithCancel``).

    The returned context's `Context.done` channel is closed when ``cancel``
    is called or when the parent's Done channel is closed, whichever happens
    first; its `Context.err` is then `Canceled` (or the parent's error).

    Cancelling it releases the resources associated with it, so call
    ``cancel`` as soon as the operations running in this context complete.
    Panics with ``cannot create context from nil parent`` if ``parent`` is ``None``.
    """
    _check_parent(parent, "with_cancel")
    c = _CancelCtx()
    _propagate_cancel(c, parent)

    def cancel() -> None:
        c._cancel(True, Canceled, None)

    return c, cancel


def with_cancel_cause(parent: Context) -> tuple[Context, CancelCauseFunc]:
    """Like `with_cancel`, but ``cancel(cause)`` records why (Go's ``context.WithCancelCause``).

    Calling ``cancel`` with an error records it as the cause, which `cause`
    then returns for this context and every context derived from it; the
    context's `Context.err` is still `Canceled`.  ``cancel()`` or
    ``cancel(None)`` records `Canceled`.  If the context is already
    cancelled, the cause is not changed: if the parent is cancelled with
    ``cause1`` before the child with ``cause2``, both report ``cause1``; if
    the child goes first, the child reports ``cause2`` and the parent ``cause1``.
    """
    _check_parent(parent, "with_cancel_cause")
    c = _CancelCtx()
    _propagate_cancel(c, parent)

    def cancel(cause: BaseException | None = None) -> None:
        _check_error(cause, "the cause given to a CancelCauseFunc")
        c._cancel(True, Canceled, cause)

    return c, cancel


def cause(c: Context) -> BaseException | None:
    """Return a non-nil error explaining why ``c`` was cancelled (Go's ``context.Cause``).

    The first cancellation of ``c`` or of one of its ancestors sets the cause.
    If that cancellation was a `CancelCauseFunc` call with an error, `cause`
    returns that error; otherwise it returns the same value as ``c.err()``.
    It returns ``None`` if ``c`` has not been cancelled yet.
    """
    _check_context(c, "cause")
    err = c.err()
    if err is None:
        return None
    cc = c.value(_CANCEL_CTX_KEY)
    if isinstance(cc, _CancelCtx):
        with _sched.lock:
            found = cc._cause
        if found is not None:
            return found
    return err


def after_func(ctx: Context, f: Callable[[], object]) -> Callable[[], bool]:
    """Arrange to call ``f`` in its own goroutine after ``ctx`` is done (Go's ``context.AfterFunc``).

    If ``ctx`` is already done, `after_func` starts ``f`` in its own
    goroutine at once.  Several calls on one context work independently.

    The returned ``stop`` function stops the association of ``ctx`` with ``f``:
    it returns ``True`` if the call stopped ``f`` from being run, and ``False``
    if ``f`` has already been started (or ``stop`` was already called).
    ``stop`` does not wait for ``f`` to complete.
    """
    _check_context(ctx, "after_func")
    if not callable(f):
        raise TypeError(f"after_func() needs a function to call, got {type(f).__name__}")
    a = _AfterFuncCtx(f)
    _propagate_cancel(a, ctx)

    def stop() -> bool:
        with _sched.lock:
            if a._once:
                return False
            a._once = True
        a._cancel(True, Canceled, None)
        return True

    return stop


def without_cancel(parent: Context) -> Context:
    """Return a derived context that is not cancelled when ``parent`` is (Go's ``context.WithoutCancel``).

    It keeps the parent's values.  It has no deadline and no error, its
    `Context.done` is ``None``, and `cause` of it returns ``None``.
    Panics with ``cannot create context from nil parent`` if ``parent`` is ``None``.
    """
    _check_parent(parent, "without_cancel")
    return _WithoutCancelCtx(parent)


def _with_deadline(parent: Context, d: _time.Time, cause: BaseException | None) -> tuple[Context, CancelFunc]:
    """Go's ``WithDeadlineCause`` after its argument checks."""
    cur, ok = _deadline_of(parent)
    if ok and cur.before(d):
        return with_cancel(parent)  # the current deadline is already sooner than the new one
    c = _TimerCtx(d)
    _propagate_cancel(c, parent)
    dur = _time.until(d)
    if dur <= 0:
        c._cancel(True, DeadlineExceeded, cause)  # the deadline has already passed

        def cancel_late() -> None:
            c._cancel(False, Canceled, None)

        return c, cancel_late

    def expire(t: _timer.RTimer, delay: int) -> Action:
        return c._cancel_and_detach_locked(True, DeadlineExceeded, cause)

    with _sched.lock:
        if c._err is None:
            t = _timer.RTimer(expire)
            c._timer = t
            t.modify(_timer.when(int(dur)))  # a pending timer: no deadlock is reported while it exists

    def cancel() -> None:
        c._cancel(True, Canceled, None)

    return c, cancel


def with_deadline(parent: Context, d: _time.Time) -> tuple[Context, CancelFunc]:
    """Return a derived context whose deadline is no later than ``d`` (Go's ``context.WithDeadline``).

    If the parent's deadline is already earlier than ``d``, the result is
    semantically equivalent to the parent (it is `with_cancel` of it).  The
    returned context's Done channel is closed when the deadline expires (its
    `Context.err` is then `DeadlineExceeded`), when ``cancel`` is called, or
    when the parent's Done channel is closed, whichever happens first.

    ``d`` is a `goexit.time.Time` (a `datetime.datetime` is accepted too,
    naive meaning local time).  A pending deadline counts as a pending timer
    for deadlock detection.  Call ``cancel`` as soon as the work completes: it
    stops the timer.
    """
    return with_deadline_cause(parent, d, None)


def with_deadline_cause(parent: Context, d: _time.Time, cause: BaseException | None) -> tuple[Context, CancelFunc]:
    """Like `with_deadline`, and ``cause`` is the cause once the deadline passes (Go's ``WithDeadlineCause``).

    The returned `CancelFunc` does not set the cause.
    """
    _check_parent(parent, "with_deadline_cause")
    if not isinstance(d, (_time.Time, datetime.datetime)):
        raise TypeError(f"a deadline is a time.Time (e.g. time.now().add(time.Second)), got {type(d).__name__}")
    _check_error(cause, "the cause of with_deadline_cause")
    return _with_deadline(parent, _as_time(d), cause)


def _check_duration(timeout: object) -> int:
    if not isinstance(timeout, int) or isinstance(timeout, bool):
        raise TypeError(
            f"a timeout is a Duration, an int of nanoseconds (e.g. 10 * time.Millisecond), got {type(timeout).__name__}"
        )
    return timeout


def with_timeout(parent: Context, timeout: int) -> tuple[Context, CancelFunc]:
    """Return ``with_deadline(parent, time.now() + timeout)`` (Go's ``context.WithTimeout``).

    ``timeout`` is a Duration, nanoseconds as an int: ``10 * time.Millisecond``.
    Call ``cancel`` as soon as the operation completes, to release the timer:

    ```py
    from goexit import context, time

    ctx, cancel = context.with_timeout(context.background(), 50 * time.Millisecond)
    cancel()  # the work finished before the timeout
    print(ctx.err())
    #> context canceled
    ```
    """
    return with_timeout_cause(parent, timeout, None)


def with_timeout_cause(parent: Context, timeout: int, cause: BaseException | None) -> tuple[Context, CancelFunc]:
    """Like `with_timeout`, and ``cause`` is the cause once the timeout expires (Go's ``WithTimeoutCause``).

    The returned `CancelFunc` does not set the cause.
    """
    _check_parent(parent, "with_timeout_cause")
    ns = _check_duration(timeout)
    _check_error(cause, "the cause of with_timeout_cause")
    return _with_deadline(parent, _time.now().add(ns), cause)


def with_value(parent: Context, key: object, val: object) -> Context:
    """Return a derived context in which ``key`` is associated with ``val`` (Go's ``context.WithValue``).

    Keys compare as Go compares interface values: the same type and equal
    values (``1`` and ``1.0`` are different keys).  Use values only for
    request-scoped data that transits processes and APIs, not for passing
    optional parameters; define a key type of your own rather than using a
    built-in type, to avoid collisions between packages.

    Panics with ``cannot create context from nil parent``, ``nil key``, or
    ``key is not comparable`` (an unhashable key, such as a list).
    """
    _check_parent(parent, "with_value")
    if key is None:
        panic("nil key")
    try:
        hash(key)
    except TypeError:
        panic("key is not comparable")
    return _ValueCtx(parent, key, val)
