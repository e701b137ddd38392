"""Go's ``net/http``, HTTP/1.1 on loopback: a server that shuts down as Go's does, and a minimal client.

The model follows ``src/net/http/server.go`` where a program can observe it:

- `Server.serve` accepts connections and serves each in its own goroutine;
  `Server.listen_and_serve` and `Server.serve` return `ErrServerClosed` once
  `Server.shutdown` or `Server.close` has been called.
- `Server.shutdown` closes the listeners, runs the `Server.register_on_shutdown`
  functions in goroutines of their own, then waits for every connection to be
  idle, polling as Go does (1 ms, doubling up to 500 ms), and closes them. It
  returns ``ctx.err()`` if the context ends first; the handlers still running
  are not interrupted.
- `Server.close` closes the listeners and every connection at once.
- ``r.context()`` of a request is derived from `Server.base_context`; it is
  cancelled when the client closes its connection while the handler runs (the
  server reads in the background to notice), when the server closes the
  connection, and after the handler returns.

The client (`get`, `Client.do`) speaks HTTP/1.1 with keep-alive connections and
honours the request's context and `Client.timeout`; its errors are
``goexit.url.Error`` values, as Go's: ``Get "http://127.0.0.1:PORT/": EOF``.

No TLS, no HTTP/2, no proxies, no redirects, no cookies: see the Python's view page.

```py
from goexit import context, go, http, io, net

mux = http.new_serve_mux()
mux.handle_func("/", lambda w, r: io.write_string(w, "hello, " + r.url.path))
ln, _ = net.listen("tcp", "127.0.0.1:0")
srv = http.Server(handler=mux)
go(srv.serve, ln)
resp, err = http.get("http://" + ln.addr().string() + "/world")
body, err = io.read_all(resp.body)
resp.body.close()
print(resp.status, body, resp.header.get("Content-Type"))
#> 200 OK b'hello, /world' text/plain; charset=utf-8
print(srv.shutdown(context.background()))
#> None
```
"""

from __future__ import annotations

import dataclasses
import datetime
import random
import threading
import time as _pytime
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Any, Final, Protocol, runtime_checkable

from goexit import _sched, bufio, context, net, url
from goexit import io as _io
from goexit import sync as _sync
from goexit import time as _time
from goexit.chan import Recv, select
from goexit.errors import ErrorString, new
from goexit.goroutine import go
from goexit.panics import defer, panic, recover

__all__ = [
    "Client",
    "DefaultClient",
    "DefaultServeMux",
    "ErrAbortHandler",
    "ErrBodyNotAllowed",
    "ErrServerClosed",
    "Flusher",
    "Handler",
    "HandlerFunc",
    "Header",
    "Request",
    "Response",
    "ResponseWriter",
    "ServeMux",
    "Server",
    "Transport",
    "canonical_header_key",
    "detect_content_type",
    "error",
    "get",
    "handle",
    "handle_func",
    "head",
    "listen_and_serve",
    "new_request",
    "new_request_with_context",
    "new_serve_mux",
    "not_found",
    "post",
    "status_text",
]

# --------------------------------------------------------------------------
# Errors and status codes (server.go, status.go)

ErrServerClosed: ErrorString = new("http: Server closed")
"""What `Server.serve` and `Server.listen_and_serve` return after `Server.shutdown` or `Server.close`
(Go's ``http.ErrServerClosed``)."""

ErrAbortHandler: ErrorString = new("net/http: abort Handler")
"""A handler that panics with this value aborts its response without the server logging a stack
(Go's ``http.ErrAbortHandler``)."""

ErrBodyNotAllowed: ErrorString = new("http: request method or response status code does not allow body")
"""What `ResponseWriter.write` returns for a response without a body, such as 304 (Go's ``http.ErrBodyNotAllowed``)."""

_err_request_canceled_conn = new("net/http: request canceled while waiting for connection")

StatusContinue = 100
StatusSwitchingProtocols = 101
StatusProcessing = 102
StatusEarlyHints = 103
StatusOK = 200
StatusCreated = 201
StatusAccepted = 202
StatusNonAuthoritativeInfo = 203
StatusNoContent = 204
StatusResetContent = 205
StatusPartialContent = 206
StatusMultiStatus = 207
StatusAlreadyReported = 208
StatusIMUsed = 226
StatusMultipleChoices = 300
StatusMovedPermanently = 301
StatusFound = 302
StatusSeeOther = 303
StatusNotModified = 304
StatusUseProxy = 305
StatusTemporaryRedirect = 307
StatusPermanentRedirect = 308
StatusBadRequest = 400
StatusUnauthorized = 401
StatusPaymentRequired = 402
StatusForbidden = 403
StatusNotFound = 404
StatusMethodNotAllowed = 405
StatusNotAcceptable = 406
StatusProxyAuthRequired = 407
StatusRequestTimeout = 408
StatusConflict = 409
StatusGone = 410
StatusLengthRequired = 411
StatusPreconditionFailed = 412
StatusRequestEntityTooLarge = 413
StatusRequestURITooLong = 414
StatusUnsupportedMediaType = 415
StatusRequestedRangeNotSatisfiable = 416
StatusExpectationFailed = 417
StatusTeapot = 418
StatusMisdirectedRequest = 421
StatusUnprocessableEntity = 422
StatusLocked = 423
StatusFailedDependency = 424
StatusTooEarly = 425
StatusUpgradeRequired = 426
StatusPreconditionRequired = 428
StatusTooManyRequests = 429
StatusRequestHeaderFieldsTooLarge = 431
StatusUnavailableForLegalReasons = 451
StatusInternalServerError = 500
StatusNotImplemented = 501
StatusBadGateway = 502
StatusServiceUnavailable = 503
StatusGatewayTimeout = 504
StatusHTTPVersionNotSupported = 505
StatusVariantAlsoNegotiates = 506
StatusInsufficientStorage = 507
StatusLoopDetected = 508
StatusNotExtended = 510
StatusNetworkAuthenticationRequired = 511

_STATUS_TEXT: Final = {
    100: "Continue",
    101: "Switching Protocols",
    102: "Processing",
    103: "Early Hints",
    200: "OK",
    201: "Created",
    202: "Accepted",
    203: "Non-Authoritative Information",
    204: "No Content",
    205: "Reset Content",
    206: "Partial Content",
    207: "Multi-Status",
    208: "Already Reported",
    226: "IM Used",
    300: "Multiple Choices",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    305: "Use Proxy",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    407: "Proxy Authentication Required",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Request Entity Too Large",
    414: "Request URI Too Long",
    415: "Unsupported Media Type",
    416: "Requested Range Not Satisfiable",
    417: "Expectation Failed",
    418: "I'm a teapot",
    421: "Misdirected Request",
    422: "Unprocessable Entity",
    423: "Locked",
    424: "Failed Dependency",
    425: "Too Early",
    426: "Upgrade Required",
    428: "Precondition Required",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    451: "Unavailable For Legal Reasons",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates",
    507: "Insufficient Storage",
    508: "Loop Detected",
    510: "Not Extended",
    511: "Network Authentication Required",
}


def status_text(code: int) -> str:
    """The text for a status code, ``""`` if unknown (Go's ``http.StatusText``)."""
    return _STATUS_TEXT.get(code, "")


def _body_allowed(status: int) -> bool:
    return not (100 <= status <= 199 or status in (204, 304))


# --------------------------------------------------------------------------
# Headers (header.go, textproto)


def canonical_header_key(s: str) -> str:
    """``content-type`` becomes ``Content-Type`` (Go's ``http.CanonicalHeaderKey``)."""
    if not s or any(not (c.isalnum() or c in "-!#$%&'*+.^_`|~") for c in s):
        return s
    return "-".join(part[:1].upper() + part[1:].lower() for part in s.split("-"))


class Header(dict[str, list[str]]):
    """HTTP header fields (Go's ``http.Header``): canonical keys, each with a list of values."""

    go_type = "http.Header"

    def get(self, key: str, default: object = None) -> str:  # type: ignore[override]
        """The first value of ``key``, or ``""`` (Go's ``Header.Get``)."""
        vs = super().get(canonical_header_key(key))
        return vs[0] if vs else ""

    def set(self, key: str, value: str) -> None:
        """Replace the values of ``key`` (Go's ``Header.Set``)."""
        self[canonical_header_key(key)] = [value]

    def add(self, key: str, value: str) -> None:
        """Append a value to ``key`` (Go's ``Header.Add``)."""
        self.setdefault(canonical_header_key(key), []).append(value)

    def del_(self, key: str) -> None:
        """Remove ``key`` (Go's ``Header.Del``)."""
        self.pop(canonical_header_key(key), None)

    def values(self, key: str) -> list[str]:  # type: ignore[override]
        """All values of ``key`` (Go's ``Header.Values``)."""
        return list(super().get(canonical_header_key(key)) or [])

    def clone(self) -> Header:
        """A deep copy (Go's ``Header.Clone``)."""
        return Header({k: list(v) for k, v in self.items()})

    def _has(self, key: str) -> bool:
        return canonical_header_key(key) in self

    def _wire(self, exclude: AbstractSet[str] | None = None) -> bytes:
        out = []
        for k in sorted(self):
            if exclude and k in exclude:
                continue
            for v in self[k]:
                v = v.replace("\r", " ").replace("\n", " ").strip()
                out.append(f"{k}: {v}\r\n")
        return "".join(out).encode()


# --------------------------------------------------------------------------
# Content sniffing (internal/sniff.go)

_SNIFF: Final[list[tuple[Any, ...]]] = [
    ("html", b"<!DOCTYPE HTML"),
    ("html", b"<HTML"),
    ("html", b"<HEAD"),
    ("html", b"<SCRIPT"),
    ("html", b"<IFRAME"),
    ("html", b"<H1"),
    ("html", b"<DIV"),
    ("html", b"<FONT"),
    ("html", b"<TABLE"),
    ("html", b"<A"),
    ("html", b"<STYLE"),
    ("html", b"<TITLE"),
    ("html", b"<B"),
    ("html", b"<BODY"),
    ("html", b"<BR"),
    ("html", b"<P"),
    ("html", b"<!--"),
    ("masked", b"\xff\xff\xff\xff\xff", b"<?xml", True, "text/xml; charset=utf-8"),
    ("exact", b"%PDF-", "application/pdf"),
    ("exact", b"%!PS-Adobe-", "application/postscript"),
    ("masked", b"\xff\xff\x00\x00", b"\xfe\xff\x00\x00", False, "text/plain; charset=utf-16be"),
    ("masked", b"\xff\xff\x00\x00", b"\xff\xfe\x00\x00", False, "text/plain; charset=utf-16le"),
    ("masked", b"\xff\xff\xff\x00", b"\xef\xbb\xbf\x00", False, "text/plain; charset=utf-8"),
    ("exact", b"\x00\x00\x01\x00", "image/x-icon"),
    ("exact", b"\x00\x00\x02\x00", "image/x-icon"),
    ("exact", b"BM", "image/bmp"),
    ("exact", b"GIF87a", "image/gif"),
    ("exact", b"GIF89a", "image/gif"),
    (
        "masked",
        b"\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff",
        b"RIFF\x00\x00\x00\x00WEBPVP",
        False,
        "image/webp",
    ),
    ("exact", b"\x89PNG\x0d\x0a\x1a\x0a", "image/png"),
    ("exact", b"\xff\xd8\xff", "image/jpeg"),
    ("masked", b"\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff", b"FORM\x00\x00\x00\x00AIFF", False, "audio/aiff"),
    ("masked", b"\xff\xff\xff", b"ID3", False, "audio/mpeg"),
    ("masked", b"\xff\xff\xff\xff\xff", b"OggS\x00", False, "application/ogg"),
    (
        "masked",
        b"\xff\xff\xff\xff\xff\xff\xff\xff",
        b"MThd\x00\x00\x00\x06",
        False,
        "audio/midi",
    ),
    ("masked", b"\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff", b"RIFF\x00\x00\x00\x00AVI ", False, "video/avi"),
    ("masked", b"\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff", b"RIFF\x00\x00\x00\x00WAVE", False, "audio/wave"),
    ("mp4",),
    ("exact", b"\x1a\x45\xdf\xa3", "video/webm"),
    (
        "masked",
        b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
        b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00LP",
        False,
        "application/vnd.ms-fontobject",
    ),
    ("exact", b"\x00\x01\x00\x00", "font/ttf"),
    ("exact", b"OTTO", "font/otf"),
    ("exact", b"ttcf", "font/collection"),
    ("exact", b"wOFF", "font/woff"),
    ("exact", b"wOF2", "font/woff2"),
    ("exact", b"\x1f\x8b\x08", "application/x-gzip"),
    ("exact", b"PK\x03\x04", "application/zip"),
    ("exact", b"Rar!\x1a\x07\x00", "application/x-rar-compressed"),
    ("exact", b"Rar!\x1a\x07\x01\x00", "application/x-rar-compressed"),
    ("exact", b"\x00\x61\x73\x6d", "application/wasm"),
    ("text",),
]


def detect_content_type(data: bytes) -> str:
    """The MIME type of ``data`` by its first 512 bytes (Go's ``http.DetectContentType``, internal/sniff.go)."""
    data = bytes(data[:512])
    first = 0
    while first < len(data) and data[first] in b"\t\n\x0c\r ":
        first += 1
    for sig in _SNIFF:
        kind = sig[0]
        if kind == "html":
            h: bytes = sig[1]
            d = data[first:]
            if len(d) < len(h) + 1:
                continue
            if all((d[i] & 0xDF if 65 <= b <= 90 else d[i]) == b for i, b in enumerate(h)) and d[len(h)] in b" >":
                return "text/html; charset=utf-8"
        elif kind == "exact":
            if data.startswith(sig[1]):
                return str(sig[2])
        elif kind == "masked":
            mask, pat, skip, ct = sig[1], sig[2], sig[3], sig[4]
            d = data[first:] if skip else data
            if len(mask) == len(pat) and len(d) >= len(pat) and all(d[i] & mask[i] == pat[i] for i in range(len(pat))):
                return str(ct)
        elif kind == "mp4":
            if len(data) >= 12:
                size = int.from_bytes(data[:4], "big")
                if len(data) >= size and size % 4 == 0 and data[4:8] == b"ftyp":
                    for st in range(8, size, 4):
                        if st != 12 and data[st : st + 3] == b"mp4":
                            return "video/mp4"
        else:
            if all(not (b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1A or 0x1C <= b <= 0x1F) for b in data[first:]):
                return "text/plain; charset=utf-8"
    return "application/octet-stream"


# --------------------------------------------------------------------------
# Bodies: Content-Length and chunked (transfer.go, internal/chunked.go)


class _NoBody:
    """Go's ``http.NoBody``: always EOF."""

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        return 0, _io.EOF

    def close(self) -> BaseException | None:
        return None


NoBody: Final = _NoBody()
"""An empty request or response body (Go's ``http.NoBody``)."""

_err_body_read_after_close = new("http: invalid Read on closed Body")
_err_unexpected_eof = _io.ErrUnexpectedEOF


class _Body:
    """A message body read from a connection: ``length`` bytes, or chunked when ``length`` is -1."""

    def __init__(self, r: bufio.Reader, length: int, on_eof: Callable[[], None] | None = None) -> None:
        self._r = r
        self._remain = length
        self._chunked = length < 0
        self._chunk_left = 0
        self._done = length == 0
        self._closed = False
        self.saw_eof = length == 0
        self._on_eof = on_eof
        self._lock = threading.Lock()
        if self._done and on_eof is not None:
            self._on_eof = None

    def remains(self) -> bool:
        return not self.saw_eof

    def register_on_eof(self, f: Callable[[], None]) -> None:
        self._on_eof = f

    def _hit_eof(self) -> None:
        self.saw_eof = True
        self._done = True
        f, self._on_eof = self._on_eof, None
        if f is not None:
            f()

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        if self._closed:
            return 0, _err_body_read_after_close
        if self._done:
            return 0, _io.EOF
        if len(b) == 0:
            return 0, None
        if not self._chunked:
            view = memoryview(b)[: min(len(b), self._remain)]
            n, err = self._r.read(view)
            self._remain -= n
            if self._remain == 0:
                self._hit_eof()
                return n, _io.EOF if n == 0 else None
            if err is _io.EOF:
                return n, _err_unexpected_eof
            return n, err
        if self._chunk_left == 0:
            line, err = self._r.read_bytes(b"\n")
            if err is not None:
                return 0, _err_unexpected_eof if err is _io.EOF else err
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                return 0, new("invalid byte in chunk length")
            if size == 0:
                while True:  # trailers, then the blank line
                    line, err = self._r.read_bytes(b"\n")
                    if err is not None or line.strip() == b"":
                        break
                self._hit_eof()
                return 0, _io.EOF
            self._chunk_left = size
        view = memoryview(b)[: min(len(b), self._chunk_left)]
        n, err = self._r.read(view)
        self._chunk_left -= n
        if self._chunk_left == 0 and n > 0:
            crlf = bytearray(2)
            _io.read_full(self._r, crlf)
        if err is _io.EOF:
            return n, _err_unexpected_eof
        return n, err

    def close(self) -> BaseException | None:
        self._closed = True
        return None


def _as_body(body: object) -> tuple[_io.Reader | None, int]:
    """A request body and its length (-1 when unknown), from bytes, str or a Reader."""
    if body is None:
        return None, 0
    if isinstance(body, str):
        body = body.encode()
    if isinstance(body, (bytes, bytearray)):
        data = bytes(body)
        return _BytesReader(data), len(data)
    if callable(getattr(body, "read", None)):
        length = getattr(body, "len", None)
        n = length() if callable(length) else -1
        return body, int(n)  # type: ignore[return-value]
    raise TypeError(f"a request body is bytes, str or a Reader (read(buf) -> (n, err)), got {type(body).__name__}")


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        if self._pos >= len(self._data):
            return 0, _io.EOF
        n = min(len(b), len(self._data) - self._pos)
        b[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n, None

    def close(self) -> BaseException | None:
        return None


# --------------------------------------------------------------------------
# Requests and responses (request.go, response.go)

_NIL: Any = None
# How far a round trip got when it failed (Transport._exchange), which decides whether it is retried.
_NOTHING_WRITTEN: Final = "nothing written"
_FIRST_BYTE: Final = "no byte of the response read"
_Context = context.Context
_background = context.background


class _ContextKey:
    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return "net/http context value " + self.name

    __repr__ = __str__


ServerContextKey: Final = _ContextKey("http-server")
"""The key under which a handler's ``r.context()`` holds its `Server` (Go's ``http.ServerContextKey``)."""
LocalAddrContextKey: Final = _ContextKey("local-addr")
"""The key under which ``r.context()`` holds the connection's local address (Go's ``http.LocalAddrContextKey``)."""


@dataclasses.dataclass(eq=False)
class Request:
    """An HTTP request (Go's ``http.Request``), as a handler receives it or a client sends it.

    Fields in snake case: `method`, `url`, `proto`, `header`, `body`,
    `content_length`, `host`, `remote_addr`, `request_uri`, `close`.
    ``r.context()`` is its context; ``r.with_context(ctx)`` a copy with another.
    """

    go_type = "*http.Request"

    method: str = "GET"
    url: url.URL = dataclasses.field(default_factory=url.URL)
    proto: str = "HTTP/1.1"
    proto_major: int = 1
    proto_minor: int = 1
    header: Header = dataclasses.field(default_factory=Header)
    body: Any = NoBody
    content_length: int = 0
    host: str = ""
    remote_addr: str = ""
    request_uri: str = ""
    close: bool = False
    _ctx: _Context | None = dataclasses.field(default=None, repr=False)
    _path_values: dict[str, str] = dataclasses.field(default_factory=dict, repr=False)
    pattern: str = ""

    def context(self) -> _Context:
        """The request's context (Go's ``Request.Context``); ``_background()`` if none was set."""
        return self._ctx if self._ctx is not None else _background()

    def with_context(self, ctx: _Context) -> Request:
        """A shallow copy with its context changed to ``ctx`` (Go's ``Request.WithContext``)."""
        if ctx is None:
            panic("nil context")
        return dataclasses.replace(self, _ctx=ctx)

    def clone(self, ctx: _Context) -> Request:
        """A deep copy with context ``ctx`` (Go's ``Request.Clone``)."""
        if ctx is None:
            panic("nil context")
        return dataclasses.replace(self, _ctx=ctx, header=self.header.clone())

    def path_value(self, name: str) -> str:
        """The value of the ``{name}`` wildcard the request matched (Go's ``Request.PathValue``)."""
        return self._path_values.get(name, "")

    def set_path_value(self, name: str, value: str) -> None:
        """Go's ``Request.SetPathValue``."""
        self._path_values[name] = value

    def form_value(self, key: str) -> str:
        """The first value of ``key`` in the URL query (Go's ``Request.FormValue``, without form bodies)."""
        return self.url.query().get(key)

    def user_agent(self) -> str:
        """Go's ``Request.UserAgent``."""
        return self.header.get("User-Agent")

    def proto_at_least(self, major: int, minor: int) -> bool:
        """Go's ``Request.ProtoAtLeast``."""
        return (self.proto_major, self.proto_minor) >= (major, minor)


def new_request_with_context(
    ctx: context.Context, method: str, target: str, body: object = None
) -> tuple[Request, BaseException | None]:
    """A client request (Go's ``http.NewRequestWithContext``): cancelling ``ctx`` aborts it.

    ``body`` is ``None``, bytes, a str or a Reader.
    """
    given: object = ctx
    if given is None:
        return _NIL, new("net/http: nil Context")
    if method == "":
        method = "GET"
    u, err = url.parse(target)
    if err is not None:
        return _NIL, err
    rd, n = _as_body(body)
    r = Request(method=method, url=u, header=Header(), host=u.host, _ctx=ctx)
    if rd is not None:
        r.body = rd
        r.content_length = n
    return r, None


def new_request(method: str, target: str, body: object = None) -> tuple[Request, BaseException | None]:
    """`new_request_with_context` with ``context.background()`` (Go's ``http.NewRequest``)."""
    return new_request_with_context(context.background(), method, target, body)


@dataclasses.dataclass(eq=False)
class Response:
    """A client's response (Go's ``http.Response``): `status` (``200 OK``), `status_code`, `header`, `body`.

    Read `body` to the end and close it: then the connection goes back to the pool.
    """

    go_type = "*http.Response"

    status: str = ""
    status_code: int = 0
    proto: str = "HTTP/1.1"
    proto_major: int = 1
    proto_minor: int = 1
    header: Header = dataclasses.field(default_factory=Header)
    body: Any = NoBody
    content_length: int = -1
    close: bool = False
    uncompressed: bool = False
    transfer_encoding: list[str] = dataclasses.field(default_factory=list)
    request: Request | None = None


# --------------------------------------------------------------------------
# Handlers and the mux (server.go: Handler, HandlerFunc, ServeMux, Error, NotFound)


@runtime_checkable
class ResponseWriter(Protocol):
    """Go's ``http.ResponseWriter``: `header`, ``write_header(code)``, ``write(b) -> (n, err)``."""

    def header(self) -> Header: ...

    def write(self, b: bytes, /) -> tuple[int, BaseException | None]: ...

    def write_header(self, status_code: int, /) -> None: ...


@runtime_checkable
class Flusher(Protocol):
    """Go's ``http.Flusher``: send what the handler wrote so far."""

    def flush(self) -> None: ...


@runtime_checkable
class Handler(Protocol):
    """Go's ``http.Handler``: ``serve_http(w, r)``."""

    def serve_http(self, w: ResponseWriter, r: Request, /) -> None: ...


class HandlerFunc:
    """A function used as a `Handler` (Go's ``http.HandlerFunc``)."""

    go_type = "http.HandlerFunc"

    def __init__(self, f: Callable[[ResponseWriter, Request], object]) -> None:
        if not callable(f):
            raise TypeError(f"HandlerFunc wraps a function f(w, r), got {type(f).__name__}")
        self._f = f

    def serve_http(self, w: ResponseWriter, r: Request) -> None:
        self._f(w, r)

    def __call__(self, w: ResponseWriter, r: Request) -> None:
        self._f(w, r)


def _handler(h: object) -> Handler:
    if isinstance(h, Handler):
        return h
    if callable(h):
        return HandlerFunc(h)
    raise TypeError(f"a handler has serve_http(w, r) or is a function f(w, r), got {type(h).__name__}")


def error(w: ResponseWriter, message: str, code: int) -> None:
    """Reply with ``message`` and status ``code`` as plain text (Go's ``http.Error``)."""
    h = w.header()
    h.del_("Content-Length")
    h.set("Content-Type", "text/plain; charset=utf-8")
    h.set("X-Content-Type-Options", "nosniff")
    w.write_header(code)
    w.write((message + "\n").encode())


def not_found(w: ResponseWriter, r: Request) -> None:
    """Reply ``404 page not found`` (Go's ``http.NotFound``)."""
    error(w, "404 page not found", StatusNotFound)


def not_found_handler() -> Handler:
    """A handler that replies 404 to every request (Go's ``http.NotFoundHandler``)."""
    return HandlerFunc(not_found)


class _Pattern:
    def __init__(self, text: str) -> None:
        self.text = text
        method, _, rest = text.partition(" ") if " " in text.strip() else ("", "", text)
        rest = rest.strip()
        self.method = method
        self.host = ""
        if not rest.startswith("/"):
            self.host, _, path = rest.partition("/")
            rest = "/" + path
        self.subtree = rest.endswith("/") and not rest.endswith("{$}")
        raw = rest.removesuffix("{$}")
        self.segments = [s for s in raw.strip("/").split("/") if s != ""] if raw != "/" else []
        self.multi = bool(self.segments) and self.segments[-1].endswith("...}")
        self.literal = sum(1 for s in self.segments if not s.startswith("{"))

    def match(self, path: str) -> dict[str, str] | None:
        parts = [p for p in path.strip("/").split("/")] if path.strip("/") else []
        trailing = path.endswith("/") and path != "/"
        values: dict[str, str] = {}
        for i, seg in enumerate(self.segments):
            if seg.startswith("{") and seg.endswith("...}"):
                values[seg[1:-4]] = "/".join(parts[i:])
                return values
            if i >= len(parts):
                return None
            if seg.startswith("{") and seg.endswith("}"):
                values[seg[1:-1]] = parts[i]
            elif seg != parts[i]:
                return None
        if len(parts) > len(self.segments):
            return values if self.subtree else None
        if self.subtree:
            return values if (trailing or not self.segments) or len(parts) > len(self.segments) else None
        return None if trailing else values

    def rank(self) -> tuple[int, int, int]:
        return (self.literal, len(self.segments), 0 if self.subtree else 1)


class ServeMux:
    """Routes requests by method and path (Go's ``http.ServeMux``, Go 1.22 patterns).

    Patterns: ``/`` (every path), ``/static/`` (a subtree), ``/health``
    (exactly), ``GET /items/{id}`` (a method, a wildcard read with
    ``r.path_value("id")``), ``/files/{path...}``, ``/{$}``.  The most specific
    pattern wins.  No pattern: 404; a path whose pattern takes other methods:
    405 with ``Allow``; ``/tree`` when only ``/tree/`` exists: a redirect.
    """

    go_type = "*http.ServeMux"

    def __init__(self) -> None:
        self._routes: list[tuple[_Pattern, Handler]] = []
        self._lock = threading.Lock()

    def handle(self, pattern: str, handler: object) -> None:
        """Register ``handler`` for ``pattern`` (Go's ``ServeMux.Handle``); panics on a duplicate."""
        if pattern == "":
            panic("http: invalid pattern")
        if handler is None:
            panic("http: nil handler")
        p = _Pattern(pattern)
        with self._lock:
            for q, _ in self._routes:
                if q.method == p.method and q.segments == p.segments and q.subtree == p.subtree:
                    panic(
                        f"pattern {pattern!r} (registered at ?) conflicts with pattern {q.text!r} (registered at ?):\n"
                        f"{pattern} matches the same requests as {q.text}"
                    )
            self._routes.append((p, _handler(handler)))

    def handle_func(self, pattern: str, handler: Callable[[ResponseWriter, Request], object]) -> None:
        """Register a function for ``pattern`` (Go's ``ServeMux.HandleFunc``)."""
        self.handle(pattern, HandlerFunc(handler))

    def handler(self, r: Request) -> tuple[Handler, str]:
        """The handler for ``r`` and its pattern (Go's ``ServeMux.Handler``)."""
        h, pattern, _ = self._find(r)
        return h, pattern

    def _find(self, r: Request) -> tuple[Handler, str, dict[str, str]]:
        path = r.url.path or "/"
        best: tuple[_Pattern, Handler, dict[str, str]] | None = None
        allowed: set[str] = set()
        redirect = False
        with self._lock:
            routes = list(self._routes)
        for p, h in routes:
            values = p.match(path)
            if values is None:
                tree = "/" + "/".join(p.segments)
                if p.subtree and p.segments and path == tree:
                    redirect = redirect or (not p.method or p.method == r.method)
                continue
            if p.method and p.method != r.method and not (p.method == "GET" and r.method == "HEAD"):
                allowed.add(p.method)
                continue
            key = (*p.rank(), 1 if p.method else 0)
            if best is None or key > (*best[0].rank(), 1 if best[0].method else 0):
                best = (p, h, values)
        if best is not None:
            return best[1], best[0].text, best[2]
        if redirect:
            target = path + "/" + ("?" + r.url.raw_query if r.url.raw_query else "")

            def moved(w: ResponseWriter, _r: Request) -> None:
                w.header().set("Location", target)
                w.header().set("Content-Type", "text/html; charset=utf-8")
                w.write_header(StatusMovedPermanently)
                w.write(f'<a href="{target}">Moved Permanently</a>.\n\n'.encode())

            return HandlerFunc(moved), "", {}
        if allowed:
            allow = ", ".join(sorted(allowed | ({"HEAD"} if "GET" in allowed else set())))

            def not_allowed(w: ResponseWriter, _r: Request) -> None:
                w.header().set("Allow", allow)
                error(w, status_text(StatusMethodNotAllowed), StatusMethodNotAllowed)

            return HandlerFunc(not_allowed), "", {}
        return not_found_handler(), "", {}

    def serve_http(self, w: ResponseWriter, r: Request) -> None:
        """Dispatch ``r`` to the handler whose pattern matches best (Go's ``ServeMux.ServeHTTP``)."""
        h, pattern, values = self._find(r)
        r.pattern = pattern
        r._path_values.update(values)
        h.serve_http(w, r)


def new_serve_mux() -> ServeMux:
    """A new, empty `ServeMux` (Go's ``http.NewServeMux``)."""
    return ServeMux()


DefaultServeMux: Final = ServeMux()
"""The mux `handle` and `handle_func` register on, used by a `Server` without a handler (``http.DefaultServeMux``)."""


def handle(pattern: str, handler: object) -> None:
    """Register on `DefaultServeMux` (Go's ``http.Handle``)."""
    DefaultServeMux.handle(pattern, handler)


def handle_func(pattern: str, handler: Callable[[ResponseWriter, Request], object]) -> None:
    """Register a function on `DefaultServeMux` (Go's ``http.HandleFunc``)."""
    DefaultServeMux.handle_func(pattern, handler)


# --------------------------------------------------------------------------
# The server (server.go)

StateNew, StateActive, StateIdle, StateHijacked, StateClosed = range(5)
_STATE_NAMES: Final = ["new", "active", "idle", "hijacked", "closed"]
_BUFFER_BEFORE_CHUNKING = 2048
_SHUTDOWN_POLL_MAX = 500 * _time.Millisecond


class ConnState(int):
    """A connection's state, as `Server.conn_state` is told (Go's ``http.ConnState``): ``str()`` is ``idle``..."""

    go_type = "http.ConnState"

    def __str__(self) -> str:
        return _STATE_NAMES[self] if 0 <= self < len(_STATE_NAMES) else f"StateUnknown({int(self)})"

    def string(self) -> str:
        return str(self)


@dataclasses.dataclass(eq=False)
class Server:
    """An HTTP server (Go's ``http.Server``): ``http.Server(addr="127.0.0.1:8080", handler=mux)``.

    Fields, Go's in snake case: `addr`, `handler` (None: `DefaultServeMux`),
    `base_context` (``f(listener) -> ctx``, the root of every request's
    context), `conn_context`, `conn_state`, `read_timeout`,
    `read_header_timeout`, `write_timeout`, `idle_timeout` (nanoseconds),
    `error_log`.
    """

    go_type = "*http.Server"

    addr: str = ""
    handler: Any = None
    base_context: Callable[[net.Listener], context.Context] | None = None
    conn_context: Callable[[context.Context, net.Conn], context.Context] | None = None
    conn_state: Callable[[net.Conn, ConnState], object] | None = None
    read_timeout: int = 0
    read_header_timeout: int = 0
    write_timeout: int = 0
    idle_timeout: int = 0
    max_header_bytes: int = 0
    error_log: Any = None

    def __post_init__(self) -> None:
        self._mu = threading.Lock()
        self._in_shutdown = False
        self._listeners: set[net.Listener] = set()
        self._listener_group = _sync.WaitGroup()
        self._active: dict[_Conn, None] = {}
        self._on_shutdown: list[Callable[[], object]] = []
        self._disable_keep_alives = False

    def _logf(self, format: str, *args: object) -> None:  # noqa: A002
        log = self.error_log
        if log is not None and callable(getattr(log, "printf", None)):
            log.printf(format, *args)
            return
        from goexit import log as _log

        _log.printf(format, *args)

    def shutting_down(self) -> bool:
        return self._in_shutdown

    def _keep_alives(self) -> bool:
        return not self._disable_keep_alives and not self._in_shutdown

    def set_keep_alives_enabled(self, v: bool) -> None:
        """Turn HTTP keep-alives on or off (Go's ``Server.SetKeepAlivesEnabled``); off also closes idle connections."""
        self._disable_keep_alives = not v
        if not v:
            self._close_idle_conns()

    def register_on_shutdown(self, f: Callable[[], object]) -> None:
        """Call ``f`` in a goroutine of its own when `shutdown` starts (Go's ``Server.RegisterOnShutdown``).

        Shutdown does not wait for it: ``f`` should notify long-lived
        connections (hijacked ones, WebSockets) and return.
        """
        with self._mu:
            self._on_shutdown.append(f)

    def listen_and_serve(self) -> BaseException | None:
        """Listen on `addr` (``:http`` if empty) and `serve` (Go's ``Server.ListenAndServe``).

        Always returns an error: `ErrServerClosed` after `shutdown` or `close`,
        otherwise the error that stopped it (a ``listen`` error, say).
        """
        if self._in_shutdown:
            return ErrServerClosed
        ln, err = net.listen("tcp", self.addr or ":http")
        if err is not None:
            return err
        return self.serve(ln)

    def serve(self, ln: net.Listener) -> BaseException | None:
        """Accept connections on ``ln``, each served in a new goroutine (Go's ``Server.Serve``).

        Returns `ErrServerClosed` once `shutdown` or `close` has been called
        (at once if it already was), and closes ``ln`` when it returns.
        """
        ln = _OnceCloseListener(ln)
        defer_close = ln
        try:
            with self._mu:
                if self.shutting_down():
                    return ErrServerClosed
                self._listeners.add(ln)
                self._listener_group.add(1)
            try:
                base = context.background()
                if self.base_context is not None:
                    base = self.base_context(ln._inner)
                    if base is None:
                        panic("BaseContext returned a nil context")
                ctx = context.with_value(base, ServerContextKey, self)
                temp_delay = 0
                while True:
                    rw, err = ln.accept()
                    if err is not None:
                        if self.shutting_down():
                            return ErrServerClosed
                        if isinstance(err, net.Error) and err.temporary():
                            temp_delay = 5 * _time.Millisecond if temp_delay == 0 else min(2 * temp_delay, _time.Second)
                            self._logf("http: Accept error: %v; retrying in %v", err, temp_delay)
                            _time.sleep(temp_delay)
                            continue
                        return err
                    conn_ctx = ctx
                    if self.conn_context is not None:
                        conn_ctx = self.conn_context(conn_ctx, rw)
                        if conn_ctx is None:
                            panic("ConnContext returned nil")
                    temp_delay = 0
                    c = _Conn(self, rw)
                    c.set_state(StateNew)
                    go(c.serve, conn_ctx)
            finally:
                with self._mu:
                    self._listeners.discard(ln)
                self._listener_group.done()
        finally:
            defer_close.close()

    def _close_listeners_locked(self) -> BaseException | None:
        err: BaseException | None = None
        for ln in list(self._listeners):
            cerr = ln.close()
            if cerr is not None and err is None:
                err = cerr
        return err

    def shutdown(self, ctx: context.Context) -> BaseException | None:
        """Stop gracefully (Go's ``Server.Shutdown``): no new connections, wait for the active ones.

        Closes the listeners, starts the `register_on_shutdown` functions, then
        closes idle connections and waits, polling, for the active ones to go
        idle.  Returns ``None`` once none is left (or the listeners' close
        error), or ``ctx.err()`` when ``ctx`` ends first: the handlers still
        running go on, and `close` is how to stop them.  `serve` returns
        `ErrServerClosed` at once; a program must wait for `shutdown` to return
        before it exits.
        """
        self._in_shutdown = True
        with self._mu:
            lnerr = self._close_listeners_locked()
            for f in self._on_shutdown:
                go(f)
        self._listener_group.wait()
        base: int = int(_time.Millisecond)

        def next_interval() -> int:
            nonlocal base
            interval = base + random.randrange(max(base // 10, 1))
            base = min(base * 2, _SHUTDOWN_POLL_MAX)
            return interval

        timer = _time.new_timer(next_interval())
        try:
            while True:
                if self._close_idle_conns():
                    return lnerr
                got = select(Recv(ctx.done()), Recv(timer.c))
                if got.case == 0:
                    return ctx.err()
                timer.reset(next_interval())
        finally:
            timer.stop()

    def close(self) -> BaseException | None:
        """Close the listeners and every connection now (Go's ``Server.Close``), without waiting for handlers.

        A client then sees its request fail (``EOF``); a handler's
        ``r.context()`` is cancelled when its connection closes.
        """
        self._in_shutdown = True
        with self._mu:
            err = self._close_listeners_locked()
        self._listener_group.wait()
        with self._mu:
            conns = list(self._active)
            self._active.clear()
        for c in conns:
            c.rwc.close()
        return err

    def _close_idle_conns(self) -> bool:
        quiescent = True
        now = int(_pytime.time())
        with self._mu:
            for c in list(self._active):
                st, unix = c.state, c.state_time
                if st == StateNew and unix < now - 5:
                    st = StateIdle
                if st != StateIdle or unix == 0:
                    quiescent = False
                    continue
                c.rwc.close()
                del self._active[c]
        return quiescent

    def _track(self, c: _Conn, add: bool) -> None:
        with self._mu:
            if add:
                self._active[c] = None
            else:
                self._active.pop(c, None)


class _OnceCloseListener:
    def __init__(self, inner: net.Listener) -> None:
        self._inner = inner
        self._once = threading.Lock()
        self._closed = False
        self._err: BaseException | None = None

    def accept(self) -> tuple[net.Conn, BaseException | None]:
        return self._inner.accept()

    def addr(self) -> net.Addr:
        return self._inner.addr()

    def close(self) -> BaseException | None:
        with self._once:
            if not self._closed:
                self._closed = True
                self._err = self._inner.close()
        return self._err


class _ConnReader:
    """Go's ``connReader``: reads for the request parser, and the background read that notices a client gone."""

    def __init__(self, conn: _Conn) -> None:
        self.conn: _Conn | None = conn
        self.rwc = conn.rwc
        self.cond = threading.Condition(threading.Lock())
        self.in_read = False
        self.has_byte = False
        self.byte = bytearray(1)
        self.aborted = False

    def start_background_read(self) -> None:
        with self.cond:
            if self.in_read:
                panic("invalid concurrent Body.Read call")
            if self.has_byte:
                return
            self.in_read = True
            self.rwc.set_read_deadline(None)
        go(self._background_read)

    def _background_read(self) -> None:
        n, err = self.rwc.read(self.byte)
        with self.cond:
            if n == 1:
                self.has_byte = True
            if isinstance(err, net.Error) and self.aborted and err.timeout():
                pass  # abort_pending_read's own deadline
            elif err is not None:
                self._handle_read_error()
            self.aborted = False
            self.in_read = False
            self.cond.notify_all()

    def abort_pending_read(self) -> None:
        with self.cond:
            if not self.in_read:
                return
            self.aborted = True
            self.rwc.set_read_deadline(_time.unix(1, 0))  # aLongTimeAgo in src/net/http/server.go
            self.cond.wait_for(lambda: not self.in_read)
            self.rwc.set_read_deadline(None)

    def _handle_read_error(self) -> None:
        if self.conn is not None:
            self.conn.cancel_ctx()

    def read(self, p: bytearray | memoryview) -> tuple[int, BaseException | None]:
        with self.cond:
            if self.in_read:
                panic("invalid concurrent Body.Read call")
            if len(p) == 0:
                return 0, None
            if self.has_byte:
                p[0] = self.byte[0]
                self.has_byte = False
                return 1, None
            self.in_read = True
        n, err = self.rwc.read(p)  # type: ignore[arg-type]
        with self.cond:
            self.in_read = False
            if err is not None:
                self._handle_read_error()
            self.cond.notify_all()
        return n, err


class _Conn:
    """One server connection (Go's ``http.conn``): reads requests, runs the handler, writes responses."""

    def __init__(self, server: Server, rwc: net.Conn) -> None:
        self.server = server
        self.rwc = rwc
        self.remote_addr = str(rwc.remote_addr())
        self.state = StateNew
        self.state_time = 0
        self.cancel_ctx: Callable[[], None] = lambda: None
        self.r = _ConnReader(self)
        self.bufr = bufio.new_reader(self.r)
        self.werr: BaseException | None = None
        self.last_method = ""

    def set_state(self, state: int) -> None:
        if state in (StateNew,):
            self.server._track(self, True)
        elif state in (StateHijacked, StateClosed):
            self.server._track(self, False)
        self.state = state
        self.state_time = int(_pytime.time())
        hook = self.server.conn_state
        if hook is not None:
            hook(self.rwc, ConnState(state))

    def write(self, data: bytes) -> BaseException | None:
        """Go's ``checkConnErrorWriter``: a failed write cancels the connection's context."""
        if self.werr is not None:
            return self.werr
        _, err = self.rwc.write(data)
        if err is not None:
            self.werr = err
            self.cancel_ctx()
        return err

    def serve(self, ctx: context.Context) -> None:
        ctx = context.with_value(ctx, LocalAddrContextKey, self.rwc.local_addr())
        in_flight: list[_ResponseW] = []
        defer(self._finish, in_flight)
        ctx, cancel = context.with_cancel(ctx)
        self.cancel_ctx = cancel
        defer(cancel)
        srv = self.server
        if srv.read_header_timeout > 0:
            self.rwc.set_read_deadline(_after(srv.read_header_timeout))
        elif srv.read_timeout > 0:
            self.rwc.set_read_deadline(_after(srv.read_timeout))
        while True:
            w, err, active = self._read_request(ctx)
            if active:
                self.set_state(StateActive)
            if srv.shutting_down():
                return
            if err is not None:
                if err is _err_too_large:
                    text = "431 Request Header Fields Too Large"
                    self.write(f"HTTP/1.1 {text}{_ERROR_HEADERS}{text}".encode())
                    return
                if _is_common_net_read_error(err):
                    return
                text = "400 Bad Request"
                self.write(f"HTTP/1.1 {text}{_ERROR_HEADERS}{text}".encode())
                return
            assert w is not None
            req = w.req
            if w.req_body is not None and w.req_body.remains():
                w.req_body.register_on_eof(self.r.start_background_read)
            else:
                self.r.start_background_read()
            in_flight.append(w)
            handler = srv.handler if srv.handler is not None else DefaultServeMux
            if req.request_uri == "*" and req.method == "OPTIONS":
                w.header().set("Content-Length", "0")
            else:
                _handler(handler).serve_http(w, req)
            in_flight.clear()
            w.cancel_ctx()
            w.finish_request()
            self.rwc.set_write_deadline(None)
            if not w.should_reuse():
                return
            self.set_state(StateIdle)
            if not srv._keep_alives():
                return
            if srv.idle_timeout > 0:
                self.rwc.set_read_deadline(_after(srv.idle_timeout))
            elif srv.read_timeout > 0:
                self.rwc.set_read_deadline(_after(srv.read_timeout))
            else:
                self.rwc.set_read_deadline(None)
            _, perr = self.bufr.peek(4)
            if perr is not None:
                return
            if srv.read_header_timeout > 0:
                self.rwc.set_read_deadline(_after(srv.read_header_timeout))
            elif srv.read_timeout > 0:
                self.rwc.set_read_deadline(_after(srv.read_timeout))
            else:
                self.rwc.set_read_deadline(None)

    def _finish(self, in_flight: list[_ResponseW]) -> None:
        err = recover()
        if err is not None and err is not ErrAbortHandler:
            stack = _sched.goroutine_header(_sched.current(), "running")
            self.server._logf("http: panic serving %v: %v\n%s", self.remote_addr, err, stack)
        for w in in_flight:
            w.cancel_ctx()
            self.r.abort_pending_read()
        self.rwc.close()
        self.set_state(StateClosed)

    def _read_request(self, ctx: context.Context) -> tuple[_ResponseW | None, BaseException | None, bool]:
        line, err = self.bufr.read_bytes(b"\n")
        active = len(line) > 0
        if err is not None:
            return None, err, active
        # RFC 7230: a server should ignore at least one empty line before the request line.
        if line in (b"\r\n", b"\n"):
            line, err = self.bufr.read_bytes(b"\n")
            if err is not None:
                return None, err, True
        text = line.decode("latin-1").rstrip("\r\n")
        parts = text.split(" ")
        if len(parts) != 3:
            return None, new(f"malformed HTTP request {text!r}"), True
        method, target, proto = parts
        if not proto.startswith("HTTP/") or "." not in proto:
            return None, new(f"malformed HTTP version {proto!r}"), True
        try:
            major, minor = (int(x) for x in proto[5:].split(".", 1))
        except ValueError:
            return None, new(f"malformed HTTP version {proto!r}"), True
        header = Header()
        size = len(line)
        limit = (self.server.max_header_bytes or 1 << 20) + 4096
        while True:
            hl, err = self.bufr.read_bytes(b"\n")
            size += len(hl)
            if size > limit:
                return None, _err_too_large, True
            if err is not None:
                return None, _io.ErrUnexpectedEOF if err is _io.EOF else err, True
            h = hl.decode("latin-1").rstrip("\r\n")
            if h == "":
                break
            k, sep, v = h.partition(":")
            if not sep or k != k.strip() or k == "":
                return None, new("malformed MIME header line: " + h), True
            header.add(k, v.strip())
        if target.startswith("/") or target == "*":
            u, perr = url.parse(target)
        else:
            u, perr = url.parse(target)
        if perr is not None:
            return None, perr, True
        host = u.host or header.get("Host")
        header.del_("Host")
        req = Request(
            method=method,
            url=u,
            proto=proto,
            proto_major=major,
            proto_minor=minor,
            header=header,
            host=host,
            remote_addr=self.remote_addr,
            request_uri=target,
        )
        te = header.get("Transfer-Encoding")
        body: _Body | None = None
        if te and te.lower() != "identity":
            if te.lower() != "chunked":
                return None, new("unsupported transfer encoding"), True
            body = _Body(self.bufr, -1)
            req.content_length = -1
        else:
            cl = header.get("Content-Length")
            n = int(cl) if cl.isdigit() else 0
            if n > 0:
                body = _Body(self.bufr, n)
            req.content_length = n
        req.body = body if body is not None else NoBody
        conn_hdr = header.get("Connection").lower()
        req.close = ((major, minor) < (1, 1) and "keep-alive" not in conn_hdr) or "close" in conn_hdr
        rctx, rcancel = context.with_cancel(ctx)
        req._ctx = rctx
        self.last_method = method
        if self.server.write_timeout > 0:
            self.rwc.set_write_deadline(_after(self.server.write_timeout))
        return _ResponseW(self, req, body, rcancel), None, True


_ERROR_HEADERS: Final = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"
_err_too_large: ErrorString = new("http: request too large")


def _is_common_net_read_error(err: BaseException) -> bool:
    if err is _io.EOF or err is _io.ErrUnexpectedEOF:
        return True
    if isinstance(err, net.Error) and err.timeout():
        return True
    return isinstance(err, net.OpError) and err.op == "read"


def _after(d: int) -> _time.Time:
    return _time.now().add(d)


class _ResponseW:
    """Go's ``http.response``: the ResponseWriter a handler gets (``w``)."""

    go_type = "*http.response"

    def __init__(self, conn: _Conn, req: Request, body: _Body | None, cancel: Callable[[], None]) -> None:
        self.conn = conn
        self.req = req
        self.req_body = body
        self.cancel_ctx = cancel
        self._header = Header()
        self._wrote_header = False
        self._status = 0
        self._content_length = -1
        self._written = 0
        self._buf = bytearray()
        self._sent_header = False
        self._chunking = False
        self._close_after = req.close
        self._handler_done = False

    def header(self) -> Header:
        """The header to send (Go's ``ResponseWriter.Header``); changes after the first write have no effect."""
        return self._header

    def write_header(self, code: int) -> None:
        """Send the status ``code`` (Go's ``ResponseWriter.WriteHeader``); a second call is logged and ignored."""
        if self._wrote_header:
            self.conn.server._logf("http: superfluous response.WriteHeader call")
            return
        if code < 100 or code > 999:
            panic(f"invalid WriteHeader code {code}")
        self._wrote_header = True
        self._status = code
        cl = self._header.get("Content-Length")
        if cl:
            self._content_length = int(cl) if cl.isdigit() else -1
            if not cl.isdigit():
                self.conn.server._logf("http: invalid Content-Length of %q", cl)
                self._header.del_("Content-Length")
        self._snap = self._header.clone()

    def write(self, data: bytes | bytearray | memoryview | str) -> tuple[int, BaseException | None]:
        """Write body bytes (Go's ``ResponseWriter.Write``), after a 200 header if none was written."""
        if isinstance(data, str):
            data = data.encode()
        if not self._wrote_header:
            self.write_header(StatusOK)
        if not _body_allowed(self._status):
            return 0, ErrBodyNotAllowed
        if self.conn.werr is not None:
            return 0, self.conn.werr
        self._written += len(data)
        if self._content_length != -1 and self._written > self._content_length:
            return 0, new("http: wrote more than the declared Content-Length")
        self._buf += bytes(data)
        if len(self._buf) > _BUFFER_BEFORE_CHUNKING:
            err = self._flush_buffer()
            if err is not None:
                return 0, err
        return len(data), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        """Go's ``io.StringWriter`` on a ResponseWriter."""
        return self.write(s.encode())

    def flush(self) -> None:
        """Send what was written so far (Go's ``http.Flusher``): the response becomes chunked."""
        if not self._wrote_header:
            self.write_header(StatusOK)
        self._flush_buffer()

    def _send_header(self, p: bytes) -> BaseException | None:
        self._sent_header = True
        h = self._snap
        srv = self.conn.server
        extra: list[str] = []
        exclude: set[str] = set()
        te = h.get("Transfer-Encoding")
        has_te = te != ""
        code = self._status
        is_head = self.req.method == "HEAD"
        if (
            self._handler_done
            and not has_te
            and _body_allowed(code)
            and not h._has("Content-Length")
            and (not is_head or len(p) > 0)
        ):
            self._content_length = len(p)
            cl_value: str | None = str(len(p))
        else:
            cl_value = None
        has_cl = self._content_length != -1
        if not self.req.proto_at_least(1, 1):
            self._close_after = True
        if h.get("Connection") == "close" or not srv._keep_alives():
            self._close_after = True
        if self.req_body is not None and self.req_body.remains() and not self._close_after:
            self._close_after = True
        content_type = ""
        if _body_allowed(code):
            if "Content-Type" not in h and not h.get("Content-Encoding") and not has_te and len(p) > 0:
                content_type = detect_content_type(p)
        else:
            for k in ("Content-Type", "Content-Length", "Transfer-Encoding") if code == 304 else ("Content-Length",):
                exclude.add(k)
        date = None if h._has("Date") else _http_date()
        if is_head or not _body_allowed(code) or code == StatusNoContent or has_cl:
            exclude.add("Transfer-Encoding")
        elif self.req.proto_at_least(1, 1):
            if has_te and te == "identity":
                self._chunking = False
                self._close_after = True
                exclude.add("Transfer-Encoding")
            else:
                self._chunking = True
                if has_te and te == "chunked":
                    exclude.add("Transfer-Encoding")
        else:
            self._close_after = True
            exclude.add("Transfer-Encoding")
        if self._chunking:
            exclude.add("Content-Length")
        connection = ""
        if (self._close_after and "close" not in h.get("Connection").lower()) or (
            self._close_after and not srv._keep_alives()
        ):
            exclude.add("Connection")
            connection = "close" if self.req.proto_at_least(1, 1) else ""
        text = status_text(code)
        status = f"{code} {text}" if text else f"{code:03d} status code {code}"
        proto = "HTTP/1.1" if self.req.proto_at_least(1, 1) else "HTTP/1.0"
        head = f"{proto} {status}\r\n".encode() + h._wire(exclude)
        if date is not None:
            extra.append(f"Date: {date}\r\n")
        if cl_value is not None:
            extra.append(f"Content-Length: {cl_value}\r\n")
        for k, v in (("Content-Type", content_type), ("Connection", connection)):
            if v:
                extra.append(f"{k}: {v}\r\n")
        if self._chunking:
            extra.append("Transfer-Encoding: chunked\r\n")
        return self.conn.write(head + "".join(extra).encode() + b"\r\n")

    def _flush_buffer(self) -> BaseException | None:
        data = bytes(self._buf)
        self._buf.clear()
        if not self._sent_header:
            err = self._send_header(data)
            if err is not None:
                return err
        if not data or self.req.method == "HEAD" or not _body_allowed(self._status):
            return None
        if self._chunking:
            return self.conn.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        return self.conn.write(data)

    def finish_request(self) -> None:
        self._handler_done = True
        if not self._wrote_header:
            self.write_header(StatusOK)
        self._flush_buffer()
        if self._chunking:
            self.conn.write(b"0\r\n\r\n")
        self.conn.r.abort_pending_read()
        if self.req_body is not None:
            self.req_body.register_on_eof(lambda: None)
            self.req_body.close()
        if self._content_length != -1 and self._written != self._content_length and _body_allowed(self._status):
            self._close_after = True

    def should_reuse(self) -> bool:
        if self._close_after or self.conn.werr is not None:
            return False
        return not (self.req_body is not None and self.req_body.remains())


def _http_date() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def listen_and_serve(addr: str, handler: object) -> BaseException | None:
    """Serve ``handler`` on ``addr`` (Go's ``http.ListenAndServe``); it always returns an error."""
    return Server(addr=addr, handler=handler).listen_and_serve()


# --------------------------------------------------------------------------
# The client (client.go, transport.go)


class _TimeoutError(Exception):
    """Go's ``http.timeoutError``: a client timeout, with the reason appended to the cause."""

    go_error = True
    go_type = "*http.timeoutError"

    def __init__(self, text: str, cause: BaseException | None) -> None:
        super().__init__(text)
        self.text = text
        self.cause = cause

    def __str__(self) -> str:
        return self.text

    def timeout(self) -> bool:
        return True

    def temporary(self) -> bool:
        return True

    def is_(self, target: BaseException) -> bool:
        return bool(target == context.DeadlineExceeded)


class _PersistConn:
    def __init__(self, conn: net.TCPConn, key: str) -> None:
        self.conn = conn
        self.key = key
        self.br = bufio.new_reader(conn)
        self.broken = False


@dataclasses.dataclass(eq=False)
class Transport:
    """Go's ``http.Transport`` for HTTP/1.1 on loopback: keep-alive connections kept idle per host.

    Fields: `disable_keep_alives`, `max_idle_conns_per_host` (2, Go's default),
    `response_header_timeout` (nanoseconds).
    """

    go_type = "*http.Transport"

    disable_keep_alives: bool = False
    disable_compression: bool = False
    max_idle_conns_per_host: int = 2
    response_header_timeout: int = 0

    def __post_init__(self) -> None:
        self._idle: dict[str, list[_PersistConn]] = {}
        self._lock = threading.Lock()

    def close_idle_connections(self) -> None:
        """Close every idle connection (Go's ``Transport.CloseIdleConnections``)."""
        with self._lock:
            conns = [pc for pcs in self._idle.values() for pc in pcs]
            self._idle.clear()
        for pc in conns:
            pc.conn.close()

    def _put_idle(self, pc: _PersistConn) -> None:
        if self.disable_keep_alives or pc.broken:
            pc.conn.close()
            return
        with self._lock:
            pcs = self._idle.setdefault(pc.key, [])
            if len(pcs) < max(self.max_idle_conns_per_host, 1):
                pcs.append(pc)
                return
        pc.conn.close()

    def _get_idle(self, key: str) -> _PersistConn | None:
        with self._lock:
            pcs = self._idle.get(key)
            return pcs.pop() if pcs else None

    def round_trip(self, req: Request) -> tuple[Response, BaseException | None]:
        """Send ``req`` and read the response's header (Go's ``Transport.RoundTrip``); no redirects."""
        ctx = req.context()
        if req.url.scheme not in ("http",):
            if req.url.scheme == "https":
                raise _sched.UsageError("goexit.http models HTTP on loopback only: no TLS (https)")
            return _NIL, new(f"unsupported protocol scheme {req.url.scheme!r}".replace("'", '"'))
        if req.url.host == "":
            return _NIL, new("http: no Host in request URL")
        if ctx.err() is not None:
            return _NIL, context.cause(ctx)
        host = req.url.host if ":" in req.url.host.lstrip("[").split("]")[-1] else req.url.host + ":80"
        while True:
            pc = self._get_idle(host)
            reused = pc is not None
            if pc is None:
                conn, err = net.Dialer().dial_context(ctx, "tcp", host)
                if err is not None:
                    if ctx.err() is not None:
                        return _NIL, context.cause(ctx)
                    return _NIL, err
                pc = _PersistConn(conn, host)
            resp, err, failed = self._exchange(pc, req, ctx)
            if err is None:
                return resp, None
            pc.conn.close()
            if not (reused and ctx.err() is None and _should_retry(req, failed)):
                return _NIL, err
            # The server closed a kept-alive connection as it was taken from the pool (Shutdown,
            # an idle timeout): send the request again on another one, or on a new connection.

    def _exchange(
        self, pc: _PersistConn, req: Request, ctx: context.Context
    ) -> tuple[Response, BaseException | None, str]:
        """The round trip on ``pc``: the response, or an error and how far the request got
        (`_NOTHING_WRITTEN`, `_FIRST_BYTE`: no byte of the response read, or "" for later)."""
        stop = context.after_func(ctx, lambda: pc.conn.close())
        try:
            return self._exchange_locked(pc, req, ctx)
        finally:
            stop()

    def _exchange_locked(
        self, pc: _PersistConn, req: Request, ctx: context.Context
    ) -> tuple[Response, BaseException | None, str]:
        header = req.header.clone()
        lines = [f"{req.method} {req.url.request_uri()} HTTP/1.1\r\n", f"Host: {req.host or req.url.host}\r\n"]
        if not header._has("User-Agent"):
            lines.append("User-Agent: Go-http-client/1.1\r\n")
        else:
            ua = header.get("User-Agent")
            header.del_("User-Agent")
            if ua:
                lines.append(f"User-Agent: {ua}\r\n")
        body = req.body if req.body is not NoBody else None
        chunked = body is not None and req.content_length < 0
        if body is not None and req.content_length >= 0:
            lines.append(f"Content-Length: {req.content_length}\r\n")
        elif body is None and req.method in ("POST", "PUT", "PATCH"):
            lines.append("Content-Length: 0\r\n")
        if chunked:
            lines.append("Transfer-Encoding: chunked\r\n")
        if self.disable_keep_alives or req.close:
            lines.append("Connection: close\r\n")
        for k in sorted(header):
            if k in ("Host", "Content-Length", "Transfer-Encoding", "Connection"):
                continue
            for v in header[k]:
                lines.append(f"{k}: {v}\r\n")
        gzip = not self.disable_compression and not header.get("Accept-Encoding") and not header.get("Range")
        gzip = gzip and req.method != "HEAD"
        if gzip:
            lines.append("Accept-Encoding: gzip\r\n")
        lines.append("\r\n")
        _, err = pc.conn.write("".join(lines).encode())
        if err is not None:
            return _NIL, self._map_err(ctx, err), _NOTHING_WRITTEN
        if body is not None:
            buf = bytearray(32 * 1024)
            while True:
                n, rerr = body.read(buf)
                if n > 0:
                    chunk = bytes(buf[:n])
                    _, err = pc.conn.write(f"{n:x}\r\n".encode() + chunk + b"\r\n" if chunked else chunk)
                    if err is not None:
                        return _NIL, self._map_err(ctx, err), ""
                if rerr is not None:
                    break
            if chunked:
                pc.conn.write(b"0\r\n\r\n")
            close = getattr(body, "close", None)
            if callable(close):
                close()
        if self.response_header_timeout > 0:
            pc.conn.set_read_deadline(_after(self.response_header_timeout))
        line, err = pc.br.read_bytes(b"\n")
        if err is not None:
            if self.response_header_timeout > 0 and isinstance(err, net.Error) and err.timeout():
                return _NIL, _TimeoutError("net/http: timeout awaiting response headers", None), ""
            if len(line) == 0 and err is _io.EOF:
                return _NIL, self._map_err(ctx, _io.EOF), _FIRST_BYTE
            return _NIL, self._map_err(ctx, err), _FIRST_BYTE if len(line) == 0 else ""
        status_line = line.decode("latin-1").rstrip("\r\n")
        proto, _, status = status_line.partition(" ")
        code_text = status.split(" ", 1)[0]
        if not code_text.isdigit() or len(code_text) != 3:
            return _NIL, new(f"malformed HTTP status code {code_text!r}".replace("'", '"')), ""
        resp_header = Header()
        while True:
            hl, err = pc.br.read_bytes(b"\n")
            if err is not None:
                return _NIL, self._map_err(ctx, _io.ErrUnexpectedEOF if err is _io.EOF else err), ""
            h = hl.decode("latin-1").rstrip("\r\n")
            if h == "":
                break
            k, _, v = h.partition(":")
            resp_header.add(k.strip(), v.strip())
        pc.conn.set_read_deadline(None)
        code = int(code_text)
        resp = Response(
            status=status if " " in status else f"{code} {status_text(code)}".rstrip(),
            status_code=code,
            proto=proto,
            header=resp_header,
            request=req,
        )
        resp.close = "close" in resp_header.get("Connection").lower()
        te = resp_header.get("Transfer-Encoding").lower()
        cl = resp_header.get("Content-Length")
        if req.method == "HEAD" or not _body_allowed(code):
            length = 0
            resp.content_length = int(cl) if cl.isdigit() and req.method == "HEAD" else (0 if not cl else int(cl))
        elif te == "chunked":
            length = -1
            resp.content_length = -1
            resp.transfer_encoding = ["chunked"]
            resp_header.del_("Content-Length")
            resp_header.del_("Transfer-Encoding")
        elif cl.isdigit():
            length = int(cl)
            resp.content_length = length
        else:
            length = -2  # until the server closes
            resp.content_length = -1
            resp.close = True
        resp.body = _ClientBody(self, pc, ctx, length, resp.close)
        if gzip and resp_header.get("Content-Encoding").lower() == "gzip" and length != 0:
            resp_header.del_("Content-Encoding")
            resp_header.del_("Content-Length")
            resp.content_length = -1
            resp.uncompressed = True
            resp.body = _GzipReader(resp.body)
        return resp, None, ""

    @staticmethod
    def _map_err(ctx: context.Context, err: BaseException) -> BaseException:
        if ctx.err() is not None:
            return context.cause(ctx) or ctx.err() or err
        return err


def _should_retry(req: Request, failed: str) -> bool:
    """Whether a request that failed on a reused connection is sent again (Go's
    ``persistConn.shouldRetryRequest``, net/http/transport.go): when nothing of it was written and
    it has no body, or when reading the response's first byte failed (an EOF, or an error such as
    a reset) and it is replayable: GET, HEAD, OPTIONS or TRACE without a body, or a request with
    an Idempotency-Key header (``Request.isReplayable``, net/http/request.go)."""
    no_body = req.body is NoBody or req.body is None
    if failed == _NOTHING_WRITTEN:
        return no_body
    if failed != _FIRST_BYTE:
        return False
    return no_body and (
        (req.method or "GET") in ("GET", "HEAD", "OPTIONS", "TRACE")
        or req.header._has("Idempotency-Key")
        or req.header._has("X-Idempotency-Key")
    )


class _GzipReader:
    """Go's ``gzipReader``: the transport decompresses a gzip body it asked for."""

    def __init__(self, body: Any) -> None:
        import zlib

        self._body = body
        self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._out = bytearray()
        self._eof = False

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        import zlib

        buf = bytearray(32 * 1024)
        while not self._out and not self._eof:
            n, err = self._body.read(buf)
            try:
                self._out += self._z.decompress(bytes(buf[:n]))
            except zlib.error:
                return 0, new("gzip: invalid header")
            if err is _io.EOF:
                self._out += self._z.flush()
                self._eof = True
            elif err is not None:
                return 0, err
        if not self._out:
            return 0, _io.EOF
        n = min(len(b), len(self._out))
        b[:n] = self._out[:n]
        del self._out[:n]
        return n, None

    def close(self) -> BaseException | None:
        err: BaseException | None = self._body.close()
        return err


class _ClientBody:
    """A response body: returns its connection to the pool at EOF, closes it when closed early."""

    go_type = "*http.bodyEOFSignal"

    def __init__(self, t: Transport, pc: _PersistConn, ctx: context.Context, length: int, close: bool) -> None:
        self._t = t
        self._pc = pc
        self._ctx = ctx
        self._close_conn = close
        self._eof = False
        self._closed = False
        self._err: BaseException | None = None
        self._until_close = length == -2
        self._body = _Body(pc.br, -1 if length == -1 else (0 if length == -2 else length))
        if self._until_close:
            self._body = _Body(pc.br, 1 << 62)
        self._stop = context.after_func(ctx, lambda: pc.conn.close())
        if length == 0:
            self._at_eof()

    def _at_eof(self) -> None:
        if self._eof:
            return
        self._eof = True
        self._stop()
        if self._close_conn or self._until_close:
            self._pc.conn.close()
        else:
            self._t._put_idle(self._pc)

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        if self._closed:
            return 0, _err_body_read_after_close
        if self._eof:
            return 0, self._err or _io.EOF
        n, err = self._body.read(b)
        if err is _io.EOF or (self._until_close and err is _io.ErrUnexpectedEOF):
            self._at_eof()
            return n, _io.EOF
        if err is not None:
            if self._ctx.err() is not None:
                err = context.cause(self._ctx) or err
            self._err = err
            self._eof = True
            self._stop()
            self._pc.conn.close()
        return n, err

    def close(self) -> BaseException | None:
        if self._closed:
            return None
        self._closed = True
        if not self._eof:
            self._eof = True
            self._stop()
            self._pc.conn.close()
        return None


@dataclasses.dataclass(eq=False)
class Client:
    """An HTTP client (Go's ``http.Client``): ``http.Client(timeout=time.Second).get(url)``.

    `timeout` (nanoseconds, 0 for none) limits the whole exchange, reading the
    body included; `transport` defaults to a shared `Transport`.  Redirects are
    not followed (goexit models no redirect policy): a 3xx is returned as is.
    """

    go_type = "*http.Client"

    transport: Transport | None = None
    timeout: int = 0

    def _transport(self) -> Transport:
        return self.transport if self.transport is not None else DefaultTransport

    def do(self, req: Request) -> tuple[Response, BaseException | None]:
        """Send ``req`` (Go's ``Client.Do``); errors are ``url.Error`` values such as ``Get "...": EOF``."""
        method = req.method.capitalize() if req.method else "Get"
        u = req.url.string()
        deadline_hit = False
        cancel: Callable[[], None] | None = None
        if self.timeout > 0:
            deadline = _after(self.timeout)
            cur, ok = req.context().deadline()
            if not ok or cur is None or deadline < cur:
                ctx, cancel = context.with_deadline(req.context(), deadline)
                req = req.with_context(ctx)
                deadline_hit = True
        resp, err = self._transport().round_trip(req)
        if err is not None:
            if cancel is not None:
                cancel()
            if deadline_hit and req.context().err() == context.DeadlineExceeded:
                err = _TimeoutError(f"{err} (Client.Timeout exceeded while awaiting headers)", err)
            return _NIL, url.Error(method, u, err)
        if cancel is not None:
            resp.body = _CancelTimerBody(resp.body, cancel, deadline_hit, req.context())
        return resp, None

    def get(self, target: str) -> tuple[Response, BaseException | None]:
        """``GET target`` (Go's ``Client.Get``)."""
        req, err = new_request("GET", target)
        if err is not None:
            return _NIL, err
        return self.do(req)

    def head(self, target: str) -> tuple[Response, BaseException | None]:
        """``HEAD target`` (Go's ``Client.Head``)."""
        req, err = new_request("HEAD", target)
        if err is not None:
            return _NIL, err
        return self.do(req)

    def post(self, target: str, content_type: str, body: object) -> tuple[Response, BaseException | None]:
        """``POST target`` with ``body`` (Go's ``Client.Post``)."""
        req, err = new_request("POST", target, body)
        if err is not None:
            return _NIL, err
        req.header.set("Content-Type", content_type)
        return self.do(req)

    def close_idle_connections(self) -> None:
        """Go's ``Client.CloseIdleConnections``."""
        self._transport().close_idle_connections()


class _CancelTimerBody:
    def __init__(self, rc: Any, stop: Callable[[], None], timed: bool, ctx: context.Context) -> None:
        self._rc = rc
        self._stop = stop
        self._timed = timed
        self._ctx = ctx

    def read(self, b: bytearray | memoryview) -> tuple[int, BaseException | None]:
        n, err = self._rc.read(b)
        if err is None:
            return n, None
        self._stop()
        if err is _io.EOF:
            return n, err
        if self._timed and self._ctx.err() == context.DeadlineExceeded:
            err = _TimeoutError(f"{err} (Client.Timeout or context cancellation while reading body)", err)
        return n, err

    def close(self) -> BaseException | None:
        err: BaseException | None = self._rc.close()
        self._stop()
        return err


DefaultTransport: Final = Transport()
"""The `Transport` clients share unless told otherwise (Go's ``http.DefaultTransport``)."""

DefaultClient: Final = Client()
"""The client `get`, `head` and `post` use (Go's ``http.DefaultClient``)."""


def get(target: str) -> tuple[Response, BaseException | None]:
    """``GET target`` with `DefaultClient` (Go's ``http.Get``): ``resp, err = http.get(url)``."""
    return DefaultClient.get(target)


def head(target: str) -> tuple[Response, BaseException | None]:
    """``HEAD target`` with `DefaultClient` (Go's ``http.Head``)."""
    return DefaultClient.head(target)


def post(target: str, content_type: str, body: object) -> tuple[Response, BaseException | None]:
    """``POST target`` with `DefaultClient` (Go's ``http.Post``)."""
    return DefaultClient.post(target, content_type, body)
