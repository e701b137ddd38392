"""Go's ``bufio``: a `Writer` holds output in memory until `Writer.flush` (lost if the process ends first);
`Scanner` and `Reader` read lines, words or bytes from any goexit reader.

Models ``src/bufio/bufio.go``: a write that fits in the free space is only
copied into the buffer; one that does not fills the buffer, writes it out and
goes on (a large write to an empty buffer goes straight through).  The
underlying writer is anything `goexit.fmt.fprint` accepts: `goexit.os.Stdout`,
`goexit.os.Stderr`, another `Writer`, a Python stream.

```py
import io

from goexit import bufio, fmt

out = io.StringIO()
w = bufio.new_writer_size(out, 16)
fmt.fprintf(w, "%d-%s|", 42, "abc")
print(repr(out.getvalue()), w.buffered(), w.available())
#> '' 7 9
w.flush()
print(repr(out.getvalue()), w.buffered())
#> '42-abc|' 0
```
"""

from __future__ import annotations

from goexit import os as _os

__all__ = [
    "ErrAdvanceTooFar",
    "ErrBadReadCount",
    "ErrFinalToken",
    "ErrNegativeAdvance",
    "ErrTooLong",
    "MaxScanTokenSize",
    "Reader",
    "Scanner",
    "SplitFunc",
    "Writer",
    "new_reader",
    "new_reader_size",
    "new_scanner",
    "new_writer",
    "new_writer_size",
    "scan_bytes",
    "scan_lines",
    "scan_runes",
    "scan_words",
]

_DEFAULT_SIZE = 4096


class _ShortWriteError(Exception):
    go_type = "*errors.errorString"

    def __str__(self) -> str:
        return "short write"


class Writer:
    """Buffers bytes for the writer ``w`` (Go's ``*bufio.Writer``); 4096 bytes by default, as in Go.

    ``write`` and ``write_string`` return Go's ``(n, err)``; ``flush`` returns the
    error, or ``None``.  After a failed write every later call returns that error.
    """

    go_type = "*bufio.Writer"

    def __init__(self, w: object, size: int = _DEFAULT_SIZE) -> None:
        if size <= 0:
            size = _DEFAULT_SIZE
        self._w = w
        self._size = size
        self._buf = bytearray()
        self._err: BaseException | None = None

    def size(self) -> int:
        """The size of the buffer in bytes (Go's ``Writer.Size``)."""
        return self._size

    def buffered(self) -> int:
        """How many bytes are waiting in the buffer (Go's ``Writer.Buffered``)."""
        return len(self._buf)

    def available(self) -> int:
        """How many bytes the buffer can still take before it must be written out (Go's ``Writer.Available``)."""
        return self._size - len(self._buf)

    def reset(self, w: object) -> None:
        """Drop anything buffered and any error, and write to ``w`` from now on (Go's ``Writer.Reset``)."""
        self._w = w
        self._buf.clear()
        self._err = None

    def flush(self) -> BaseException | None:
        """Write the buffered bytes to the underlying writer (Go's ``Writer.Flush``); returns the error, if any."""
        if self._err is not None:
            return self._err
        if not self._buf:
            return None
        n, err = _os.write_to(self._w, bytes(self._buf))
        if n < len(self._buf) and err is None:
            err = _ShortWriteError()
        if err is not None:
            if 0 < n < len(self._buf):
                del self._buf[:n]
            self._err = err
            return err
        self._buf.clear()
        return None

    def write(self, p: bytes | bytearray | str) -> tuple[int, BaseException | None]:
        """Add ``p`` to the buffer, writing the buffer out whenever it fills (Go's ``Writer.Write``)."""
        data = p.encode("utf-8", "surrogateescape") if isinstance(p, str) else bytes(p)
        nn = 0
        while len(data) > self.available() and self._err is None:
            if not self._buf:
                n, self._err = _os.write_to(self._w, data)
            else:
                n = self.available()
                self._buf += data[:n]
                self.flush()
            nn += n
            data = data[n:]
        if self._err is not None:
            return nn, self._err
        self._buf += data
        return nn + len(data), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        """Add the UTF-8 bytes of ``s`` (Go's ``Writer.WriteString``)."""
        return self.write(s.encode("utf-8", "surrogateescape"))

    def write_byte(self, c: int) -> BaseException | None:
        """Add one byte (Go's ``Writer.WriteByte``)."""
        _, err = self.write(bytes([c & 0xFF]))
        return err

    def write_rune(self, r: int | str) -> tuple[int, BaseException | None]:
        """Add one character, UTF-8 encoded (Go's ``Writer.WriteRune``)."""
        return self.write((r if isinstance(r, str) else chr(r)).encode("utf-8", "surrogateescape"))


def new_writer(w: object) -> Writer:
    """A `Writer` over ``w`` with Go's default buffer size, 4096 bytes (Go's ``bufio.NewWriter``).

    If ``w`` is already a `Writer` at least that large, it is returned itself, as in Go.
    """
    return new_writer_size(w, _DEFAULT_SIZE)


def new_writer_size(w: object, size: int) -> Writer:
    """A `Writer` over ``w`` whose buffer holds ``size`` bytes (Go's ``bufio.NewWriterSize``)."""
    if isinstance(w, Writer) and w.size() >= size:
        return w
    return Writer(w, size)


# --------------------------------------------------------------------------
# Reading: Scanner and Reader over any goexit.io Reader (a net connection, say), src/bufio/scan.go and bufio.go

from collections.abc import Callable as _Callable  # noqa: E402 - the reading half of the module starts here

from goexit import io as _io  # noqa: E402
from goexit.errors import new as _new  # noqa: E402

ErrTooLong = _new("bufio.Scanner: token too long")
"""A token longer than the Scanner's maximum (Go's ``bufio.ErrTooLong``)."""
ErrNegativeAdvance = _new("bufio.Scanner: SplitFunc returns negative advance count")
ErrAdvanceTooFar = _new("bufio.Scanner: SplitFunc returns advance count beyond input")
ErrBadReadCount = _new("bufio.Scanner: Read returned impossible count")
ErrFinalToken = _new("final token")
"""Returned by a split function to say its token is the last one (Go's ``bufio.ErrFinalToken``)."""

ErrBufferFull = _new("bufio: buffer full")
"""A peek or a read asked for more than the buffer holds (Go's ``bufio.ErrBufferFull``)."""
ErrNegativeCount = _new("bufio: negative count")

MaxScanTokenSize = 64 * 1024
"""The longest token a Scanner accepts unless `Scanner.buffer` says otherwise (Go's ``bufio.MaxScanTokenSize``)."""

_START_BUF_SIZE = 4096
_MAX_EMPTY_READS = 100

SplitFunc = _Callable[[bytes, bool], tuple[int, "bytes | None", "BaseException | None"]]
"""Go's ``bufio.SplitFunc``: ``split(data, at_eof) -> (advance, token, err)``."""


def scan_lines(data: bytes, at_eof: bool) -> tuple[int, bytes | None, BaseException | None]:
    """Split into lines without their end-of-line marker, ``\\n`` or ``\\r\\n`` (Go's ``bufio.ScanLines``)."""
    if at_eof and not data:
        return 0, None, None
    i = data.find(b"\n")
    if i >= 0:
        line = data[:i]
        return i + 1, line[:-1] if line.endswith(b"\r") else line, None
    if at_eof:
        return len(data), data[:-1] if data.endswith(b"\r") else data, None
    return 0, None, None


def scan_bytes(data: bytes, at_eof: bool) -> tuple[int, bytes | None, BaseException | None]:
    """Split into single bytes (Go's ``bufio.ScanBytes``)."""
    if at_eof and not data:
        return 0, None, None
    return 1, data[:1], None


def scan_runes(data: bytes, at_eof: bool) -> tuple[int, bytes | None, BaseException | None]:
    """Split into UTF-8 characters; an invalid byte becomes U+FFFD (Go's ``bufio.ScanRunes``)."""
    if at_eof and not data:
        return 0, None, None
    if data[0] < 0x80:
        return 1, data[:1], None
    for size in (2, 3, 4):
        if len(data) >= size:
            try:
                data[:size].decode()
                return size, data[:size], None
            except UnicodeDecodeError:
                continue
    if not at_eof and len(data) < 4:
        return 0, None, None
    return 1, "\ufffd".encode(), None


def scan_words(data: bytes, at_eof: bool) -> tuple[int, bytes | None, BaseException | None]:
    """Split into words separated by white space (Go's ``bufio.ScanWords``, for ASCII white space)."""
    space = b" \t\n\v\f\r\x85\xa0"
    start = 0
    while start < len(data) and data[start] in space:
        start += 1
    for i in range(start, len(data)):
        if data[i] in space:
            return i + 1, data[start:i], None
    if at_eof and len(data) > start:
        return len(data), data[start:], None
    return start, None, None


class Scanner:
    """Reads a stream token by token, lines by default (Go's ``bufio.Scanner``, ``src/bufio/scan.go``).

    ``sc = bufio.new_scanner(conn)``, then ``while sc.scan(): use(sc.text())``;
    after the loop ``sc.err()`` is the read error that stopped it, or
    ``None`` at EOF.  Each `scan` blocks in the reader's ``read`` until a whole
    token is there.
    """

    def __init__(self, r: _io.Reader) -> None:
        if not callable(getattr(r, "read", None)):
            raise TypeError(f"bufio.new_scanner needs a Reader (read(buf) -> (n, err)), got {type(r).__name__}")
        self._r = r
        self._split: SplitFunc = scan_lines
        self._max = MaxScanTokenSize
        self._token: bytes | None = None
        self._buf = bytearray()
        self._start = 0
        self._end = 0
        self._err: BaseException | None = None
        self._empties = 0
        self._scan_called = False
        self._done = False

    def buffer(self, buf: bytearray, max: int) -> None:  # noqa: A002 - Go's name
        """Set the initial buffer and the largest token size (Go's ``Scanner.Buffer``); panics after `scan`."""
        if self._scan_called:
            from goexit.panics import panic

            panic("Buffer called after Scan")
        self._buf = bytearray(len(buf))
        self._max = max

    def split(self, split: SplitFunc) -> None:
        """Set the split function (Go's ``Scanner.Split``): `scan_lines`, `scan_words`, `scan_runes`, `scan_bytes`."""
        if self._scan_called:
            from goexit.panics import panic

            panic("Split called after Scan")
        self._split = split

    def _set_err(self, err: BaseException) -> None:
        if self._err is None or self._err is _io.EOF:
            self._err = err

    def err(self) -> BaseException | None:
        """The first error other than EOF that stopped the scan (Go's ``Scanner.Err``)."""
        return None if self._err is _io.EOF else self._err

    def bytes(self) -> bytes:
        """The last token (Go's ``Scanner.Bytes``)."""
        return self._token or b""

    def text(self) -> str:
        """The last token, as a string (Go's ``Scanner.Text``)."""
        return (self._token or b"").decode(errors="replace")

    def _advance(self, n: int) -> bool:
        if n < 0:
            self._set_err(ErrNegativeAdvance)
            return False
        if n > self._end - self._start:
            self._set_err(ErrAdvanceTooFar)
            return False
        self._start += n
        return True

    def scan(self) -> bool:
        """Advance to the next token; False at the end of input or on an error (Go's ``Scanner.Scan``)."""
        if self._done:
            return False
        self._scan_called = True
        while True:
            if self._end > self._start or self._err is not None:
                advance, token, err = self._split(bytes(self._buf[self._start : self._end]), self._err is not None)
                if err is not None:
                    if err is ErrFinalToken:
                        self._token = token
                        self._done = True
                        return token is not None
                    self._set_err(err)
                    return False
                if not self._advance(advance):
                    return False
                self._token = token
                if token is not None:
                    if self._err is None or advance > 0:
                        self._empties = 0
                    else:
                        self._empties += 1
                        if self._empties > _MAX_EMPTY_READS:
                            from goexit.panics import panic

                            panic("bufio.Scan: too many empty tokens without progressing")
                    return True
            if self._err is not None:
                self._start = self._end = 0
                return False
            if self._start > 0 and (self._end == len(self._buf) or self._start > len(self._buf) // 2):
                self._buf[: self._end - self._start] = self._buf[self._start : self._end]
                self._end -= self._start
                self._start = 0
            if self._end == len(self._buf):
                if len(self._buf) >= self._max:
                    self._set_err(ErrTooLong)
                    return False
                size = min(len(self._buf) * 2 or _START_BUF_SIZE, self._max)
                grown = bytearray(size)
                grown[: self._end - self._start] = self._buf[self._start : self._end]
                self._buf = grown
                self._end -= self._start
                self._start = 0
            loop = 0
            while True:
                n, err = self._r.read(memoryview(self._buf)[self._end :])  # type: ignore[arg-type]
                if n < 0 or len(self._buf) - self._end < n:
                    self._set_err(ErrBadReadCount)
                    break
                self._end += n
                if err is not None:
                    self._set_err(err)
                    break
                if n > 0:
                    self._empties = 0
                    break
                loop += 1
                if loop > _MAX_EMPTY_READS:
                    self._set_err(_io.ErrNoProgress)
                    break


def new_scanner(r: _io.Reader) -> Scanner:
    """A `Scanner` reading lines from ``r`` (Go's ``bufio.NewScanner``)."""
    return Scanner(r)


class Reader:
    """Buffers a Reader (Go's ``bufio.Reader``): `read_string` up to a delimiter, `read_byte`, `read`."""

    def __init__(self, r: _io.Reader, size: int = 4096) -> None:
        if not callable(getattr(r, "read", None)):
            raise TypeError(f"bufio.new_reader needs a Reader (read(buf) -> (n, err)), got {type(r).__name__}")
        self._rd = r
        self._buf = bytearray(max(size, 16))
        self._r = 0
        self._w = 0
        self._err: BaseException | None = None

    def _read_err(self) -> BaseException | None:
        err, self._err = self._err, None
        return err

    def _fill(self) -> None:
        if self._r > 0:
            self._buf[: self._w - self._r] = self._buf[self._r : self._w]
            self._w -= self._r
            self._r = 0
        for _ in range(_MAX_EMPTY_READS):
            n, err = self._rd.read(memoryview(self._buf)[self._w :])  # type: ignore[arg-type]
            self._w += n
            if err is not None:
                self._err = err
                return
            if n > 0:
                return
        self._err = _io.ErrNoProgress

    def buffered(self) -> int:
        """How many bytes can be read from the buffer without reading the stream (Go's ``Reader.Buffered``)."""
        return self._w - self._r

    def read(self, p: bytearray | memoryview) -> tuple[int, BaseException | None]:
        """Read into ``p`` (Go's ``Reader.Read``): at most one read of the stream underneath."""
        if len(p) == 0:
            return 0, (self._read_err() if self.buffered() == 0 else None)
        if self._r == self._w:
            if self._err is not None:
                return 0, self._read_err()
            if len(p) >= len(self._buf):
                n, err = self._rd.read(p)  # type: ignore[arg-type]
                return n, err
            self._r = self._w = 0
            n, err = self._rd.read(memoryview(self._buf))  # type: ignore[arg-type]
            if n == 0:
                return 0, err
            self._w += n
            self._err = err
        n = min(len(p), self._w - self._r)
        p[:n] = self._buf[self._r : self._r + n]
        self._r += n
        return n, None

    def peek(self, n: int) -> tuple[bytes, BaseException | None]:
        """The next ``n`` bytes without consuming them (Go's ``Reader.Peek``); fewer only with an error."""
        if n < 0:
            return b"", ErrNegativeCount
        while self._w - self._r < n and self._w - self._r < len(self._buf) and self._err is None:
            self._fill()
        if n > len(self._buf):
            return bytes(self._buf[self._r : self._w]), ErrBufferFull
        avail = self._w - self._r
        if avail < n:
            err = self._read_err() or ErrBufferFull
            return bytes(self._buf[self._r : self._w]), err
        return bytes(self._buf[self._r : self._r + n]), None

    def read_byte(self) -> tuple[int, BaseException | None]:
        """One byte (Go's ``Reader.ReadByte``)."""
        while self._r == self._w:
            if self._err is not None:
                return 0, self._read_err()
            self._fill()
        c = self._buf[self._r]
        self._r += 1
        return c, None

    def read_bytes(self, delim: int | bytes | str) -> tuple[bytes, BaseException | None]:
        """Read up to and including ``delim`` (Go's ``Reader.ReadBytes``); without it at the end, with the error."""
        d = delim if isinstance(delim, int) else (delim.encode() if isinstance(delim, str) else delim)[0]
        out = bytearray()
        while True:
            i = self._buf.find(bytes([d]), self._r, self._w)
            if i >= 0:
                out += self._buf[self._r : i + 1]
                self._r = i + 1
                return bytes(out), None
            out += self._buf[self._r : self._w]
            self._r = self._w
            if self._err is not None:
                return bytes(out), self._read_err()
            self._fill()

    def read_string(self, delim: int | bytes | str) -> tuple[str, BaseException | None]:
        """Read up to and including ``delim``, as text (Go's ``Reader.ReadString``): ``r.read_string("\\n")``.

        Returns the text with ``delim`` at its end and ``None``, or, when the
        stream ends or fails first, what was read and the error (`goexit.io.EOF`).
        """
        data, err = self.read_bytes(delim)
        return data.decode(errors="replace"), err


def new_reader(r: _io.Reader) -> Reader:
    """A `Reader` with Go's default buffer size, 4096 bytes (Go's ``bufio.NewReader``)."""
    return Reader(r)


def new_reader_size(r: _io.Reader, size: int) -> Reader:
    """A `Reader` with a buffer of at least ``size`` bytes (Go's ``bufio.NewReaderSize``)."""
    return Reader(r, size)
