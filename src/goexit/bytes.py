"""Go's ``bytes.Buffer``: a growable buffer that is both a Reader and a Writer.

What a Go program hands to ``cmd.Stdout`` to collect a child's output, or to a
logger to capture what it prints.

```py
from goexit import bytes, io  # noqa: A004 - Go's package name

b = bytes.Buffer()
io.write_string(b, "hello, ")
b.write(b"world")
print(b.string(), b.len())
#> hello, world 12
buf = bytearray(5)
n, err = b.read(buf)
print(buf[:n], b.string())
#> bytearray(b'hello') , world
```
"""

from __future__ import annotations

import builtins

from goexit import io as _io

__all__ = ["Buffer", "new_buffer", "new_buffer_string"]


class Buffer:
    """A variable-sized buffer of bytes (Go's ``bytes.Buffer``); the zero value, ``bytes.Buffer()``, is empty.

    Not safe for concurrent use, as in Go (goexit guards it anyway, so a race
    corrupts nothing).
    """

    go_type = "*bytes.Buffer"

    def __init__(self, data: builtins.bytes | bytearray | None = None) -> None:
        self._buf = bytearray(data or b"")
        self._off = 0

    def write(self, b: builtins.bytes | bytearray | memoryview | str) -> tuple[int, BaseException | None]:
        """Append ``b`` (Go's ``Buffer.Write``); never fails."""
        data = b.encode() if isinstance(b, str) else builtins.bytes(b)
        self._buf += data
        return len(data), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        """Append ``s`` (Go's ``Buffer.WriteString``)."""
        return self.write(s.encode())

    def write_byte(self, c: int) -> BaseException | None:
        """Append one byte (Go's ``Buffer.WriteByte``)."""
        self._buf.append(c)
        return None

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        """Take the next bytes (Go's ``Buffer.Read``): `goexit.io.EOF` when empty and ``b`` is not."""
        if self._off >= len(self._buf):
            self.reset()
            return 0, (_io.EOF if len(b) else None)
        n = min(len(b), len(self._buf) - self._off)
        b[:n] = self._buf[self._off : self._off + n]
        self._off += n
        return n, None

    def read_string(self, delim: str | int) -> tuple[str, BaseException | None]:
        """Take bytes up to and including ``delim`` (Go's ``Buffer.ReadString``); EOF if it is not there."""
        d = delim.encode()[0] if isinstance(delim, str) else delim
        i = self._buf.find(builtins.bytes([d]), self._off)
        end = len(self._buf) if i < 0 else i + 1
        text = self._buf[self._off : end].decode(errors="replace")
        self._off = end
        return text, (_io.EOF if i < 0 else None)

    def bytes(self) -> builtins.bytes:
        """The unread bytes (Go's ``Buffer.Bytes``)."""
        return builtins.bytes(self._buf[self._off :])

    def string(self) -> str:
        """The unread bytes as text (Go's ``Buffer.String``)."""
        return self._buf[self._off :].decode(errors="replace")

    def __str__(self) -> str:
        return self.string()

    def len(self) -> int:
        """How many bytes are unread (Go's ``Buffer.Len``)."""
        return len(self._buf) - self._off

    def reset(self) -> None:
        """Empty it (Go's ``Buffer.Reset``)."""
        self._buf.clear()
        self._off = 0

    def truncate(self, n: int) -> None:
        """Keep only the first ``n`` unread bytes (Go's ``Buffer.Truncate``)."""
        del self._buf[self._off + n :]


def new_buffer(data: builtins.bytes | bytearray) -> Buffer:
    """A `Buffer` holding ``data`` (Go's ``bytes.NewBuffer``)."""
    return Buffer(data)


def new_buffer_string(s: str) -> Buffer:
    """A `Buffer` holding ``s`` (Go's ``bytes.NewBufferString``)."""
    return Buffer(s.encode())
