"""Go's ``net/url``, the parts an HTTP client shows: `URL`, `parse`, and the `Error` that wraps a failed request.

```py
from goexit import url

u, err = url.parse("http://127.0.0.1:8080/slow?n=3")
print(u.host, u.path, u.query().get("n"), err)
#> 127.0.0.1:8080 /slow 3 None
print(url.Error("Get", u.string(), ValueError("context canceled")))
#> Get "http://127.0.0.1:8080/slow?n=3": context canceled
```
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field

__all__ = ["URL", "Error", "Values", "parse", "query_escape"]


def _quote(s: str) -> str:
    """Go's ``strconv.Quote`` for the printable text URLs hold."""
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Error(Exception):
    """An error and the operation and URL that caused it (Go's ``*url.Error``): ``Get "http://...": EOF``.

    What an HTTP client returns for a failed request; `unwrap` gives the
    cause, so ``errors.is_(err, context.Canceled)`` sees through.
    """

    go_error = True
    go_type = "*url.Error"

    def __init__(self, op: str, url: str, err: BaseException) -> None:
        super().__init__(op, url, err)
        self.op = op
        self.url = url
        self.err = err

    def __str__(self) -> str:
        return f"{self.op} {_quote(self.url)}: {self.err}"

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def unwrap(self) -> BaseException:
        """The cause (Go's ``Unwrap``)."""
        return self.err

    def timeout(self) -> bool:
        """Whether the cause is a timeout (Go's ``url.Error.Timeout``)."""
        method = getattr(self.err, "timeout", None)
        return bool(method()) if callable(method) else False

    def temporary(self) -> bool:
        """Whether the cause is temporary (Go's ``url.Error.Temporary``)."""
        method = getattr(self.err, "temporary", None)
        return bool(method()) if callable(method) else False


class Values(dict[str, list[str]]):
    """Query parameters (Go's ``url.Values``): each key maps to a list of values."""

    def get(self, key: str, default: object = None) -> str:  # type: ignore[override]
        """The first value for ``key``, or ``""`` (Go's ``Values.Get``)."""
        vs = super().get(key)
        return vs[0] if vs else ""

    def set(self, key: str, value: str) -> None:
        """Replace the values of ``key`` (Go's ``Values.Set``)."""
        self[key] = [value]

    def add(self, key: str, value: str) -> None:
        """Append a value to ``key`` (Go's ``Values.Add``)."""
        self.setdefault(key, []).append(value)

    def has(self, key: str) -> bool:
        """Go's ``Values.Has``."""
        return key in self

    def encode(self) -> str:
        """``a=1&b=2``, keys sorted (Go's ``Values.Encode``)."""
        return "&".join(f"{query_escape(k)}={query_escape(v)}" for k in sorted(self) for v in self[k])


def query_escape(s: str) -> str:
    """Go's ``url.QueryEscape``: spaces become ``+``."""
    return urllib.parse.quote_plus(s, safe="-_.~")


@dataclass
class URL:
    """A parsed URL (Go's ``url.URL``): `scheme`, `host` (with the port), `path`, `raw_query`, `fragment`."""

    go_type = "*url.URL"

    scheme: str = ""
    host: str = ""
    path: str = ""
    raw_query: str = ""
    fragment: str = ""
    user: str = field(default="", repr=False)

    def string(self) -> str:
        """The URL as text (Go's ``URL.String``)."""
        out = ""
        if self.scheme:
            out += self.scheme + ":"
        if self.scheme or self.host:
            out += "//"
            if self.user:
                out += self.user + "@"
            out += self.host
        path = self.path
        if path and not path.startswith("/") and self.host:
            path = "/" + path
        out += urllib.parse.quote(path, safe="/:@!$&'()*+,;=-._~")
        if self.raw_query:
            out += "?" + self.raw_query
        if self.fragment:
            out += "#" + self.fragment
        return out

    def __str__(self) -> str:
        return self.string()

    def query(self) -> Values:
        """The parsed query (Go's ``URL.Query``)."""
        v = Values()
        for k, val in urllib.parse.parse_qsl(self.raw_query, keep_blank_values=True):
            v.add(k, val)
        return v

    def hostname(self) -> str:
        """The host without the port or brackets (Go's ``URL.Hostname``)."""
        host = self.host
        if host.startswith("["):
            return host[1 : host.find("]")]
        return host.rsplit(":", 1)[0] if ":" in host else host

    def port(self) -> str:
        """The port, or ``""`` (Go's ``URL.Port``)."""
        host = self.host
        if host.startswith("["):
            rest = host[host.find("]") + 1 :]
            return rest[1:] if rest.startswith(":") else ""
        return host.rsplit(":", 1)[1] if ":" in host else ""

    def request_uri(self) -> str:
        """The path and query sent in a request line (Go's ``URL.RequestURI``)."""
        path = urllib.parse.quote(self.path, safe="/:@!$&'()*+,;=-._~") or "/"
        return path + ("?" + self.raw_query if self.raw_query else "")


def parse(raw: str) -> tuple[URL, BaseException | None]:
    """Parse ``raw`` (Go's ``url.Parse``); an `Error` with op ``parse`` when it is malformed."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in raw):
        return URL(), Error("parse", raw, ValueError("net/url: invalid control character in URL"))
    try:
        p = urllib.parse.urlsplit(raw)
    except ValueError as e:
        return URL(), Error("parse", raw, e)
    if raw.startswith(":") or (p.scheme == "" and raw.split("/", 1)[0].count(":") and "//" not in raw):
        return URL(), Error("parse", raw, ValueError("missing protocol scheme"))
    user, _, host = p.netloc.rpartition("@")
    return URL(p.scheme, host, urllib.parse.unquote(p.path), p.query, p.fragment, user), None
