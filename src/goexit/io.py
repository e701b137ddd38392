"""Go's ``io`` package: the Reader and Writer contracts, ``EOF``, and the helpers built on them.

A *Reader* has ``read(buf) -> (n, err)``: it fills the start of ``buf`` (a
`bytearray`, Go's ``[]byte``) and returns how many bytes it put there, and an
error or ``None``; `EOF` says the stream ended.  A *Writer* has
``write(data) -> (n, err)``.  A `goexit.net` connection is both, and so is
anything else with those two methods.  As in Go, errors are returned, never
raised.

```py
from goexit import io, net

ln, _ = net.listen("tcp", "127.0.0.1:0")
conn, _ = net.dial("tcp", ln.addr().string())
server, _ = ln.accept()
server.write(b"hello, ")
server.write(b"world")
server.close()
buf = bytearray(5)
n, err = io.read_full(conn, buf)
print(buf[:n], err)
#> bytearray(b'hello') None
data, err = io.read_all(conn)
print(data, err)
#> b', world' None
n, err = io.read_full(conn, buf)
print(n, err is io.EOF)
#> 0 True
conn.close()
ln.close()
```
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from goexit.errors import ErrorString, new

__all__ = [
    "EOF",
    "Closer",
    "Discard",
    "ErrClosedPipe",
    "ErrNoProgress",
    "ErrShortBuffer",
    "ErrShortWrite",
    "ErrUnexpectedEOF",
    "PipeReader",
    "PipeWriter",
    "ReadCloser",
    "ReadWriteCloser",
    "ReadWriter",
    "Reader",
    "WriteCloser",
    "Writer",
    "copy",
    "copy_n",
    "limit_reader",
    "multi_reader",
    "multi_writer",
    "pipe",
    "read_all",
    "read_at_least",
    "read_full",
    "write_string",
]

EOF: ErrorString = new("EOF")
"""The error a Reader returns when no more input is available (Go's ``io.EOF``).

Functions return `EOF` itself, never wrapped, so ``err is io.EOF`` (Go's
``err == io.EOF``) is the test; ``errors.is_(err, io.EOF)`` works too."""

ErrUnexpectedEOF: ErrorString = new("unexpected EOF")
"""`EOF` met in the middle of a fixed-size block (Go's ``io.ErrUnexpectedEOF``)."""

ErrShortWrite: ErrorString = new("short write")
"""A write accepted fewer bytes than asked, without an error (Go's ``io.ErrShortWrite``)."""

ErrShortBuffer: ErrorString = new("short buffer")
"""A read needed a larger buffer than the one given (Go's ``io.ErrShortBuffer``)."""

ErrNoProgress: ErrorString = new("multiple Read calls return no data or error")
"""A Reader returned no data and no error many times in a row (Go's ``io.ErrNoProgress``)."""

ErrClosedPipe: ErrorString = new("io: read/write on closed pipe")
"""An operation on the closed end of a pipe (Go's ``io.ErrClosedPipe``)."""

_err_invalid_write = new("invalid write result")


@runtime_checkable
class Reader(Protocol):
    """Go's ``io.Reader``: ``read(buf) -> (n, err)`` fills ``buf[:n]``."""

    def read(self, b: bytearray, /) -> tuple[int, BaseException | None]: ...


@runtime_checkable
class Writer(Protocol):
    """Go's ``io.Writer``: ``write(data) -> (n, err)``; ``n < len(data)`` comes with an error."""

    def write(self, b: bytes, /) -> tuple[int, BaseException | None]: ...


@runtime_checkable
class Closer(Protocol):
    """Go's ``io.Closer``: ``close() -> err``."""

    def close(self) -> BaseException | None: ...


@runtime_checkable
class ReadWriter(Reader, Writer, Protocol):
    """Go's ``io.ReadWriter``."""


@runtime_checkable
class ReadCloser(Reader, Closer, Protocol):
    """Go's ``io.ReadCloser``."""


@runtime_checkable
class WriteCloser(Writer, Closer, Protocol):
    """Go's ``io.WriteCloser``."""


@runtime_checkable
class ReadWriteCloser(Reader, Writer, Closer, Protocol):
    """Go's ``io.ReadWriteCloser``."""


def _check_reader(r: object, fn: str) -> None:
    if not callable(getattr(r, "read", None)):
        raise TypeError(f"io.{fn} needs a Reader (an object with read(buf) -> (n, err)), got {type(r).__name__}")


def _check_writer(w: object, fn: str) -> None:
    if not callable(getattr(w, "write", None)):
        raise TypeError(f"io.{fn} needs a Writer (an object with write(data) -> (n, err)), got {type(w).__name__}")


def _write(w: Writer, data: bytes) -> tuple[int, BaseException | None]:
    got: object = w.write(data)
    if isinstance(got, tuple):
        return got
    if isinstance(got, int):  # a Python-style writer that returns a count and raises on error
        return got, None
    return len(data), None


def read_at_least(r: Reader, buf: bytearray, min: int) -> tuple[int, BaseException | None]:  # noqa: A002 - Go's name
    """Read into ``buf`` until at least ``min`` bytes are there (Go's ``io.ReadAtLeast``, ``src/io/io.go``).

    Returns the count and ``None`` once ``min`` bytes arrived (a read error
    that came with them is dropped); `EOF` if the stream ended before any
    byte; `ErrUnexpectedEOF` if it ended after some; `ErrShortBuffer` if
    ``buf`` is smaller than ``min``.
    """
    _check_reader(r, "read_at_least")
    if len(buf) < min:
        return 0, ErrShortBuffer
    view = memoryview(buf)
    n = 0
    err: BaseException | None = None
    while n < min and err is None:
        nn, err = r.read(view[n:])  # type: ignore[arg-type]
        n += nn
    if n >= min:
        err = None
    elif n > 0 and err is EOF:
        err = ErrUnexpectedEOF
    return n, err


def read_full(r: Reader, buf: bytearray) -> tuple[int, BaseException | None]:
    """Fill all of ``buf`` (Go's ``io.ReadFull``): `EOF` if nothing came, `ErrUnexpectedEOF` if part of it did."""
    return read_at_least(r, buf, len(buf))


def read_all(r: Reader) -> tuple[bytes, BaseException | None]:
    """Read until `EOF` or an error and return what was read (Go's ``io.ReadAll``).

    A successful call returns ``err is None``, not `EOF`: reading to the end
    is what was asked.  On another error, the bytes read before it come back
    with it.
    """
    _check_reader(r, "read_all")
    out = bytearray()
    buf = bytearray(512)
    while True:
        n, err = r.read(buf)
        out += buf[:n]
        if err is not None:
            return bytes(out), None if err is EOF else err
        if len(buf) < 1 << 20 and n == len(buf):
            buf = bytearray(len(buf) * 2)


def copy(dst: Writer, src: Reader) -> tuple[int, BaseException | None]:
    """Copy from ``src`` to ``dst`` until `EOF` or an error (Go's ``io.Copy``).

    Returns the number of bytes written and the first error, ``None`` when
    the copy ended at `EOF`.  A write that accepts fewer bytes than given
    without an error gives `ErrShortWrite`.
    """
    _check_writer(dst, "copy")
    _check_reader(src, "copy")
    return _copy(dst, src, None)


def copy_n(dst: Writer, src: Reader, n: int) -> tuple[int, BaseException | None]:
    """Copy exactly ``n`` bytes (Go's ``io.CopyN``): fewer only with an error, `EOF` if ``src`` ended first."""
    _check_writer(dst, "copy_n")
    _check_reader(src, "copy_n")
    written, err = _copy(dst, src, n)
    if written == n:
        return n, None
    if written < n and err is None:
        err = EOF  # src stopped early: it must have hit EOF
    return written, err


def _copy(dst: Writer, src: Reader, limit: int | None) -> tuple[int, BaseException | None]:
    size = 32 * 1024
    if limit is not None:
        size = max(1, min(size, limit))
    buf = bytearray(size)
    written = 0
    while True:
        if limit is not None and written >= limit:
            return written, None
        view = memoryview(buf)
        if limit is not None:
            view = view[: min(size, limit - written)]
        nr, er = src.read(view)  # type: ignore[arg-type]
        if nr > 0:
            nw, ew = _write(dst, bytes(view[:nr]))
            if nw < 0 or nr < nw:
                nw = 0
                if ew is None:
                    ew = _err_invalid_write
            written += nw
            if ew is not None:
                return written, ew
            if nr != nw:
                return written, ErrShortWrite
        if er is not None:
            return written, None if er is EOF else er


def write_string(w: Writer, s: str) -> tuple[int, BaseException | None]:
    """Write the UTF-8 bytes of ``s`` to ``w`` (Go's ``io.WriteString``)."""
    _check_writer(w, "write_string")
    return _write(w, s.encode())


class _Discard:
    """Go's ``io.Discard``: every write succeeds and goes nowhere."""

    go_type = "io.discard"

    def write(self, b: bytes | bytearray | memoryview | str) -> tuple[int, BaseException | None]:
        return len(b), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        return len(s.encode()), None


Discard = _Discard()
"""A Writer on which every write succeeds and does nothing (Go's ``io.Discard``)."""


# --------------------------------------------------------------------------
# Combinators and the synchronous pipe (src/io/multi.go, io.go, pipe.go)


class _MultiReader:
    go_type = "*io.multiReader"

    def __init__(self, readers: list[Reader]) -> None:
        self._readers = list(readers)

    def read(self, b: bytearray) -> tuple[int, BaseException | None]:
        while self._readers:
            n, err = self._readers[0].read(b)
            if err is EOF:
                self._readers.pop(0)
            if n > 0 or (err is not None and err is not EOF):
                if err is EOF and self._readers:
                    err = None
                return n, err
        return 0, EOF


def multi_reader(*readers: Reader) -> Reader:
    """The concatenation of ``readers``, read one after the other (Go's ``io.MultiReader``)."""
    for r in readers:
        _check_reader(r, "multi_reader")
    return _MultiReader(list(readers))


class _MultiWriter:
    go_type = "*io.multiWriter"

    def __init__(self, writers: list[Writer]) -> None:
        self._writers = list(writers)

    def write(self, b: bytes) -> tuple[int, BaseException | None]:
        for w in self._writers:
            n, err = _write(w, b)
            if err is not None:
                return n, err
            if n != len(b):
                return n, ErrShortWrite
        return len(b), None


def multi_writer(*writers: Writer) -> Writer:
    """A Writer that writes to every one of ``writers`` (Go's ``io.MultiWriter``, like the Unix ``tee``)."""
    for w in writers:
        _check_writer(w, "multi_writer")
    return _MultiWriter(list(writers))


class _LimitedReader:
    go_type = "*io.LimitedReader"

    def __init__(self, r: Reader, n: int) -> None:
        self.r = r
        self.n = n

    def read(self, b: bytearray) -> tuple[int, BaseException | None]:
        if self.n <= 0:
            return 0, EOF
        view = memoryview(b)[: self.n] if len(b) > self.n else b
        n, err = self.r.read(view)  # type: ignore[arg-type]
        self.n -= n
        return n, err


def limit_reader(r: Reader, n: int) -> Reader:
    """A Reader that stops with `EOF` after ``n`` bytes of ``r`` (Go's ``io.LimitReader``)."""
    _check_reader(r, "limit_reader")
    return _LimitedReader(r, n)


class PipeReader:
    """The read half of a `pipe` (Go's ``*io.PipeReader``)."""

    go_type = "*io.PipeReader"

    def __init__(self, p: _Pipe) -> None:
        self._p = p

    def read(self, b: bytearray) -> tuple[int, BaseException | None]:
        """Wait for a writer's data (Go's ``PipeReader.Read``); `EOF` once the writer closed."""
        return self._p.read(b)

    def close(self) -> BaseException | None:
        """Close the reading half: writes then fail with `ErrClosedPipe` (Go's ``PipeReader.Close``)."""
        return self._p.close_read(None)

    def close_with_error(self, err: BaseException | None) -> BaseException | None:
        """Close, making writes fail with ``err`` (Go's ``PipeReader.CloseWithError``)."""
        return self._p.close_read(err)


class PipeWriter:
    """The write half of a `pipe` (Go's ``*io.PipeWriter``)."""

    go_type = "*io.PipeWriter"

    def __init__(self, p: _Pipe) -> None:
        self._p = p

    def write(self, b: bytes) -> tuple[int, BaseException | None]:
        """Block until readers have taken all of ``b`` (Go's ``PipeWriter.Write``)."""
        return self._p.write(b)

    def close(self) -> BaseException | None:
        """Close the writing half: reads then return `EOF` (Go's ``PipeWriter.Close``)."""
        return self._p.close_write(None)

    def close_with_error(self, err: BaseException | None) -> BaseException | None:
        """Close, making reads return ``err`` (Go's ``PipeWriter.CloseWithError``)."""
        return self._p.close_write(err)


class _Pipe:
    """Go's ``io.pipe``, line for line: channels and a mutex, so a goroutine blocked on it can deadlock."""

    def __init__(self) -> None:
        from goexit import sync
        from goexit.chan import Chan

        self.wr_mu = sync.Mutex()
        self.wr_ch: Chan[bytes] = Chan(bytes)
        self.rd_ch: Chan[int] = Chan(int)
        self.once = sync.Once()
        self.done: Chan[None] = Chan()
        self.rerr: BaseException | None = None
        self.werr: BaseException | None = None

    def _close_done(self) -> None:
        from goexit.chan import close

        self.once.do(lambda: close(self.done))

    def read(self, b: bytearray) -> tuple[int, BaseException | None]:
        from goexit.chan import Recv, select

        if select(Recv(self.done), default=True).case == 0:
            return 0, self._read_close_error()
        got = select(Recv(self.wr_ch), Recv(self.done))
        if got.case == 0:
            bw: bytes = got.value  # type: ignore[assignment]
            nr = min(len(b), len(bw))
            b[:nr] = bw[:nr]
            self.rd_ch.send(nr)
            return nr, None
        return 0, self._read_close_error()

    def write(self, b: bytes) -> tuple[int, BaseException | None]:
        from goexit.chan import Recv, Send, select

        if select(Recv(self.done), default=True).case == 0:
            return 0, self._write_close_error()
        raw: object = b
        data = raw.encode() if isinstance(raw, str) else bytes(b)
        self.wr_mu.lock()
        try:
            n = 0
            once = True
            while once or data:
                once = False
                got = select(Send(self.wr_ch, data), Recv(self.done))
                if got.case == 0:
                    nw = self.rd_ch.recv()
                    data = data[nw:]
                    n += nw
                else:
                    return n, self._write_close_error()
            return n, None
        finally:
            self.wr_mu.unlock()

    def close_read(self, err: BaseException | None) -> BaseException | None:
        if self.rerr is None:
            self.rerr = err if err is not None else ErrClosedPipe
        self._close_done()
        return None

    def close_write(self, err: BaseException | None) -> BaseException | None:
        if self.werr is None:
            self.werr = err if err is not None else EOF
        self._close_done()
        return None

    def _read_close_error(self) -> BaseException:
        if self.rerr is None and self.werr is not None:
            return self.werr
        return ErrClosedPipe

    def _write_close_error(self) -> BaseException:
        if self.werr is None and self.rerr is not None:
            return self.rerr
        return ErrClosedPipe


def pipe() -> tuple[PipeReader, PipeWriter]:
    """A synchronous in-memory pipe (Go's ``io.Pipe``): each write waits for reads to consume it.

    Built from channels and a mutex as Go's is, so a goroutine waiting on a
    pipe nobody will serve is asleep: the deadlock is reported.
    """
    p = _Pipe()
    return PipeReader(p), PipeWriter(p)
