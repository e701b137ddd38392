"""Go's ``bufio.Writer``: output held in memory until `Writer.flush`, and lost if the process ends first."""

from __future__ import annotations

from typing import Protocol


class _TextSink(Protocol):
    def write(self, s: str, /) -> int: ...

    def flush(self) -> None: ...


class Writer:
    """Buffers text for ``w`` (Go's ``bufio.NewWriter``); 4096 bytes by default, as in Go."""

    def __init__(self, w: _TextSink, size: int = 4096) -> None:
        self._w = w
        self._size = size
        self._buf: list[str] = []
        self._n = 0

    def write_string(self, s: str) -> int:
        """Add ``s`` to the buffer, writing the buffer out first if ``s`` would overflow it."""
        if self._n + len(s) > self._size:
            self.flush()
        self._buf.append(s)
        self._n += len(s)
        if self._n > self._size:
            self.flush()
        return len(s)

    def buffered(self) -> int:
        """How many characters are waiting in the buffer (Go's ``Writer.Buffered``)."""
        return self._n

    def flush(self) -> None:
        """Write the buffered text to the underlying writer (Go's ``Writer.Flush``)."""
        if self._buf:
            self._w.write("".join(self._buf))
            self._w.flush()
        self._buf.clear()
        self._n = 0


def new_writer(w: _TextSink) -> Writer:
    """A `Writer` over ``w`` with Go's default buffer size (Go's ``bufio.NewWriter``)."""
    return Writer(w)
