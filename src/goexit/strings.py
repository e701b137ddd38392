"""Go's ``strings`` readers and builders, the parts that meet ``io``: `new_reader` and `Builder`.

For the string functions themselves (``strings.ToUpper``, ``strings.Split``...)
a twin uses Python's ``str`` methods.

```py
from goexit import io, strings

data, err = io.read_all(strings.new_reader("hello"))
print(data, err)
#> b'hello' None
b = strings.Builder()
io.write_string(b, "one, ")
b.write_string("two")
print(b.string(), b.len())
#> one, two 8
```
"""

from __future__ import annotations

from goexit import io as _io

__all__ = ["Builder", "Reader", "new_reader"]


class Reader:
    """Reads a string's UTF-8 bytes (Go's ``strings.Reader``); its length is known, so an HTTP request sends it
    with a Content-Length."""

    go_type = "*strings.Reader"

    def __init__(self, s: str) -> None:
        self._data = s.encode()
        self._pos = 0

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        """Go's ``Reader.Read``: `goexit.io.EOF` at the end."""
        if self._pos >= len(self._data):
            return 0, _io.EOF
        n = min(len(b), len(self._data) - self._pos)
        b[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n, None

    def read_byte(self) -> tuple[int, BaseException | None]:
        """Go's ``Reader.ReadByte``."""
        if self._pos >= len(self._data):
            return 0, _io.EOF
        c = self._data[self._pos]
        self._pos += 1
        return c, None

    def len(self) -> int:
        """The number of bytes not read yet (Go's ``Reader.Len``)."""
        return len(self._data) - self._pos

    def size(self) -> int:
        """The length of the whole string in bytes (Go's ``Reader.Size``)."""
        return len(self._data)

    def reset(self, s: str) -> None:
        """Read ``s`` from the start (Go's ``Reader.Reset``)."""
        self._data = s.encode()
        self._pos = 0


def new_reader(s: str) -> Reader:
    """A `Reader` over ``s`` (Go's ``strings.NewReader``)."""
    return Reader(s)


class Builder:
    """Builds a string piece by piece (Go's ``strings.Builder``); a Writer, so ``fmt`` and ``io`` can write to it."""

    go_type = "*strings.Builder"

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._n = 0

    def write(self, b: bytes | bytearray | memoryview | str) -> tuple[int, BaseException | None]:
        """Append ``b`` (Go's ``Builder.Write``); never fails."""
        data = b.encode() if isinstance(b, str) else bytes(b)
        self._parts.append(data)
        self._n += len(data)
        return len(data), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        """Append ``s`` (Go's ``Builder.WriteString``)."""
        return self.write(s.encode())

    def write_byte(self, c: int) -> BaseException | None:
        """Append one byte (Go's ``Builder.WriteByte``)."""
        self.write(bytes([c]))
        return None

    def write_rune(self, r: str | int) -> tuple[int, BaseException | None]:
        """Append one character (Go's ``Builder.WriteRune``)."""
        return self.write(r if isinstance(r, str) else chr(r))

    def string(self) -> str:
        """What was built (Go's ``Builder.String``)."""
        return b"".join(self._parts).decode(errors="replace")

    def __str__(self) -> str:
        return self.string()

    def len(self) -> int:
        """Its length in bytes (Go's ``Builder.Len``)."""
        return self._n

    def reset(self) -> None:
        """Empty it (Go's ``Builder.Reset``)."""
        self._parts.clear()
        self._n = 0
