"""Go's ``net`` package for TCP on loopback: listeners, dialling, connections, their errors and deadlines.

The sockets are real: `listen` binds a loopback port, `dial` connects to it,
and bytes travel through the kernel as they do for a Go program.  What goexit
adds is Go's behaviour around them (``src/net/net.go``, ``fd_posix.go``,
``tcpsock.go``, ``dial.go`` and ``src/internal/poll``):

- A blocked ``Read``, ``Write`` or ``Accept`` returns when another goroutine
  closes the connection or listener, with an `OpError` wrapping `ErrClosed`:
  ``read tcp 127.0.0.1:50412->127.0.0.1:40031: use of closed network connection``.
- A deadline (`TCPConn.set_deadline`, `TCPConn.set_read_deadline`,
  `TCPConn.set_write_deadline`) applies to the operation already blocked and
  to later ones: once it passes they return an `OpError` wrapping
  ``os.ErrDeadlineExceeded`` (``i/o timeout``, ``timeout()`` true).  A zero
  time (``None``) removes it.
- ``Read`` returns `goexit.io.EOF`, unwrapped, once the peer has closed its side
  and everything it sent has been read.
- Cancelling the context of `Dialer.dial_context` aborts the dial with
  ``dial tcp 127.0.0.1:PORT: operation was canceled``.
- A goroutine blocked in network I/O is not asleep: goexit does not report a
  deadlock while one waits there (Go's netpoller keeps such a program alive).

A connection is a Reader and a Writer in Go's sense (`goexit.io`):
``n, err = conn.read(buf)`` fills the `bytearray` ``buf`` as Go's
``conn.Read(buf)`` fills a ``[]byte``, and ``conn.write(b"...")`` writes.

```py
from goexit import errors, io, net

ln, err = net.listen("tcp", "127.0.0.1:0")
conn, err = net.dial("tcp", ln.addr().string())
server, err = ln.accept()
server.write(b"hello")
server.close()
buf = bytearray(64)
n, err = conn.read(buf)
print(buf[:n], err)
#> bytearray(b'hello') None
n, err = conn.read(buf)
print(n, err is io.EOF)
#> 0 True
conn.close()
n, err = conn.read(buf)
print(errors.is_(err, net.ErrClosed), str(err).endswith("use of closed network connection"))
#> True True
ln.close()
```
"""

from __future__ import annotations

import abc
import dataclasses
import datetime
import errno as _errno
import ipaddress
import socket
from collections.abc import Callable
from typing import Any, Final, Protocol, runtime_checkable

from goexit import _poll, context
from goexit import io as _io
from goexit import time as _time
from goexit._poll import FD, ErrNetClosing
from goexit._sched import UsageError
from goexit.errors import ErrorString, new

__all__ = [
    "IP",
    "Addr",
    "AddrError",
    "Conn",
    "DNSError",
    "Dialer",
    "ErrClosed",
    "Error",
    "ListenConfig",
    "Listener",
    "OpError",
    "TCPAddr",
    "TCPConn",
    "TCPListener",
    "UnknownNetworkError",
    "dial",
    "dial_timeout",
    "join_host_port",
    "listen",
    "split_host_port",
]

ErrClosed: Final = ErrNetClosing
"""The error an operation on a closed connection or listener wraps, also when another goroutine
closed it while the operation waited (Go's ``net.ErrClosed``): ``use of closed network connection``.
Test for it with ``errors.is_(err, net.ErrClosed)``."""


# --------------------------------------------------------------------------
# Errors (src/net/net.go)


class _ErrorMeta(abc.ABCMeta):
    pass


class Error(Exception, metaclass=_ErrorMeta):
    """Go's ``net.Error`` interface: an error with ``timeout()`` and ``temporary()``.

    Like a Go interface it is satisfied by shape, not by inheritance:
    ``isinstance(err, net.Error)`` (Go's ``err.(net.Error)``) and
    ``errors.as_(err, net.Error)`` hold for any exception with both methods,
    `OpError`, ``os.ErrDeadlineExceeded`` and ``context.DeadlineExceeded`` among them.
    """

    @classmethod
    def __subclasshook__(cls, c: type) -> bool:
        if cls is Error:
            return issubclass(c, BaseException) and all(callable(getattr(c, m, None)) for m in ("timeout", "temporary"))
        return NotImplemented  # type: ignore[no-any-return]

    def timeout(self) -> bool:
        """Is the error a timeout?"""
        raise NotImplementedError

    def temporary(self) -> bool:
        """Deprecated in Go: temporary errors are not well-defined."""
        raise NotImplementedError


class OpError(Exception):
    """The error most functions of `goexit.net` return (Go's ``*net.OpError``): what failed, on which addresses, why.

    ``str(err)`` is Go's ``Error()``: the operation, the network, the source
    address then ``->`` and the remote one when both are known, and the cause:
    ``read tcp 127.0.0.1:50412->127.0.0.1:40031: i/o timeout``.  The cause is
    `err` (Go's ``Err``), and `unwrap` returns it, so ``errors.is_`` sees
    through: ``errors.is_(err, net.ErrClosed)``.
    """

    go_error = True
    go_type = "*net.OpError"

    def __init__(self, op: str, net: str, source: Addr | None, addr: Addr | None, err: BaseException) -> None:
        super().__init__(op, net, source, addr, err)
        self.op = op
        """The operation: ``read``, ``write``, ``dial``, ``accept``, ``listen``, ``close``, ``set``."""
        self.net = net
        """The network, such as ``tcp``."""
        self.source = source
        """The local address of a connection, or None."""
        self.addr = addr
        """The remote address of a connection, or the local one of a listener, or None."""
        self.err = err
        """The error that occurred."""

    def __str__(self) -> str:
        s = self.op
        if self.net:
            s += " " + self.net
        if self.source is not None:
            s += " " + str(self.source)
        if self.addr is not None:
            s += "->" if self.source is not None else " "
            s += str(self.addr)
        return s + ": " + str(self.err)

    def __repr__(self) -> str:
        return f"net.OpError({str(self)!r})"

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def unwrap(self) -> BaseException:
        """The cause, `err` (Go's ``Unwrap``)."""
        return self.err

    def timeout(self) -> bool:
        """Whether the cause is a timeout (Go's ``OpError.Timeout``), looking inside an ``os.SyscallError``."""
        inner = self.err.err if isinstance(self.err, _poll.SyscallError) else self.err
        method = getattr(inner, "timeout", None)
        return bool(method()) if callable(method) else False

    def temporary(self) -> bool:
        """Go's ``OpError.Temporary`` (deprecated there): a reset or aborted accept, or a temporary cause."""
        reset = (_errno.ECONNRESET, _errno.ECONNABORTED)
        if self.op == "accept" and isinstance(self.err, _poll.SyscallError):
            cause = self.err.err
            if isinstance(cause, _poll.Errno) and cause.number in reset:
                return True
        inner = self.err.err if isinstance(self.err, _poll.SyscallError) else self.err
        method = getattr(inner, "temporary", None)
        return bool(method()) if callable(method) else False


class AddrError(Exception):
    """A malformed or unsuitable address (Go's ``*net.AddrError``): ``address 127.0.0.1: missing port in address``."""

    go_error = True
    go_type = "*net.AddrError"

    def __init__(self, err: str, addr: str) -> None:
        super().__init__(err, addr)
        self.err = err
        self.addr = addr

    def __str__(self) -> str:
        return f"address {self.addr}: {self.err}" if self.addr else self.err

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def timeout(self) -> bool:
        """False."""
        return False

    def temporary(self) -> bool:
        """False."""
        return False


class UnknownNetworkError(Exception):
    """A network name Go does not know (Go's ``net.UnknownNetworkError``): ``unknown network udpx``."""

    go_error = True
    go_type = "net.UnknownNetworkError"

    def __init__(self, network: str) -> None:
        super().__init__(network)
        self.network = network

    def __str__(self) -> str:
        return "unknown network " + self.network

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnknownNetworkError) and other.network == self.network

    def __hash__(self) -> int:
        return hash((UnknownNetworkError, self.network))

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def timeout(self) -> bool:
        """False."""
        return False

    def temporary(self) -> bool:
        """False."""
        return False


class DNSError(Exception):
    """A failed name or service lookup (Go's ``*net.DNSError``): ``lookup tcp/nosuch: unknown port``."""

    go_error = True
    go_type = "*net.DNSError"

    def __init__(self, err: str, name: str, server: str = "", *, is_not_found: bool = False) -> None:
        super().__init__(err, name)
        self.err = err
        self.name = name
        self.server = server
        self.is_not_found = is_not_found

    def __str__(self) -> str:
        s = "lookup " + self.name
        if self.server:
            s += " on " + self.server
        return s + ": " + self.err

    def error(self) -> str:
        """The error's text (Go's ``Error() string``)."""
        return str(self)

    def timeout(self) -> bool:
        """False: goexit never waits for a name server."""
        return False

    def temporary(self) -> bool:
        """False."""
        return False


class _CanceledError(Exception):
    """Go's ``net.canceledError``: what a dial returns when its context is cancelled; it is ``context.Canceled``."""

    go_error = True
    go_type = "net.canceledError"

    def __str__(self) -> str:
        return "operation was canceled"

    def __eq__(self, other: object) -> bool:
        return type(other) is _CanceledError

    def __hash__(self) -> int:
        return hash(_CanceledError)

    def is_(self, target: BaseException) -> bool:
        return target is context.Canceled


class _TimeoutError(Exception):
    """Go's ``net.timeoutError`` (``errTimeout``): a dial whose deadline passed; it is ``context.DeadlineExceeded``."""

    go_error = True
    go_type = "*net.timeoutError"

    def __str__(self) -> str:
        return "i/o timeout"

    def timeout(self) -> bool:
        return True

    def temporary(self) -> bool:
        return True

    def is_(self, target: BaseException) -> bool:
        return bool(target == context.DeadlineExceeded)


_err_canceled: Final = _CanceledError()
_err_timeout: Final = _TimeoutError()
_err_missing_address: ErrorString = new("missing address")
_err_no_suitable_address = "no suitable address found"


_NIL: Any = None
"""What Go returns as a nil connection or listener beside an error: None, typed as the value so
that a port of ``conn, err := net.Dial(...); if err != nil { ... }`` type-checks as Go's does."""


def _map_err(err: BaseException | None) -> BaseException:
    """Go's ``mapErr``: the context errors become the historical net ones."""
    if err is context.Canceled:
        return _err_canceled
    if err == context.DeadlineExceeded:
        return _err_timeout
    assert err is not None
    return err


# --------------------------------------------------------------------------
# Addresses (src/net/ip.go, tcpsock.go, ipsock.go)


class IP:
    """An IP address (Go's ``net.IP``); ``str()`` is Go's ``String()``: an IPv4-mapped IPv6 address prints as IPv4."""

    go_type = "net.IP"
    __slots__ = ("_ip",)

    def __init__(self, ip: ipaddress.IPv4Address | ipaddress.IPv6Address | str) -> None:
        parsed = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
        if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
            parsed = parsed.ipv4_mapped
        self._ip = parsed

    def __str__(self) -> str:
        return str(self._ip)

    def string(self) -> str:
        """Go's ``IP.String``."""
        return str(self._ip)

    def __repr__(self) -> str:
        return f"net.IP({str(self._ip)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IP) and other._ip == self._ip

    def __hash__(self) -> int:
        return hash(self._ip)

    def equal(self, other: IP) -> bool:
        """Go's ``IP.Equal``."""
        return self == other

    def to4(self) -> IP | None:
        """The IPv4 form, or None for an IPv6 address (Go's ``IP.To4``)."""
        return self if self._ip.version == 4 else None

    def is_loopback(self) -> bool:
        """Go's ``IP.IsLoopback``."""
        return self._ip.is_loopback

    def is_unspecified(self) -> bool:
        """Go's ``IP.IsUnspecified``: 0.0.0.0 or ::."""
        return self._ip.is_unspecified

    @property
    def version(self) -> int:
        return self._ip.version


def join_host_port(host: str, port: str) -> str:
    """``host:port``, with brackets around a host that has a colon (Go's ``net.JoinHostPort``)."""
    if ":" in host:
        return f"[{host}]:{port}"
    return f"{host}:{port}"


def split_host_port(hostport: str) -> tuple[str, str, BaseException | None]:
    """Split ``host:port`` or ``[host]:port`` (Go's ``net.SplitHostPort``); an `AddrError` when malformed."""
    missing, too_many = "missing port in address", "too many colons in address"

    def fail(why: str) -> tuple[str, str, BaseException | None]:
        return "", "", AddrError(why, hostport)

    i = hostport.rfind(":")
    if i < 0:
        return fail(missing)
    j = k = 0
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return fail("missing ']' in address")
        if end + 1 == len(hostport):
            return fail(missing)
        if end + 1 != i:
            return fail(too_many if hostport[end + 1] == ":" else missing)
        host = hostport[1:end]
        j, k = 1, end + 1
    else:
        host = hostport[:i]
        if ":" in host:
            return fail(too_many)
    if "[" in hostport[j:]:
        return fail("unexpected '[' in address")
    if "]" in hostport[k:]:
        return fail("unexpected ']' in address")
    return host, hostport[i + 1 :], None


@runtime_checkable
class Addr(Protocol):
    """Go's ``net.Addr``: ``network()`` (``tcp``) and ``string()`` (``127.0.0.1:8080``, also ``str()``)."""

    def network(self) -> str: ...

    def string(self) -> str: ...


class TCPAddr:
    """A TCP endpoint (Go's ``*net.TCPAddr``): `ip`, `port`, `zone`; ``str()`` is ``127.0.0.1:8080``."""

    go_type = "*net.TCPAddr"
    __slots__ = ("ip", "port", "zone")

    def __init__(self, ip: IP | None = None, port: int = 0, zone: str = "") -> None:
        self.ip = ip
        self.port = port
        self.zone = zone

    def network(self) -> str:
        """``tcp``."""
        return "tcp"

    def string(self) -> str:
        """Go's ``TCPAddr.String``: ``host:port``; an empty host when `ip` is None (``:8080``)."""
        ip = "" if self.ip is None else str(self.ip)
        if self.zone:
            ip += "%" + self.zone
        return join_host_port(ip, str(self.port))

    def __str__(self) -> str:
        return self.string()

    def __repr__(self) -> str:
        return f"net.TCPAddr({self.string()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TCPAddr) and (other.ip, other.port, other.zone) == (self.ip, self.port, self.zone)

    def __hash__(self) -> int:
        return hash((self.ip, self.port, self.zone))

    def _wildcard(self) -> bool:
        return self.ip is None or self.ip.is_unspecified()

    def _family(self) -> int:
        if self.ip is None or self.ip.version == 4:
            return socket.AF_INET
        return socket.AF_INET6


def _addr_of(sockaddr: tuple[object, ...]) -> TCPAddr:
    host = str(sockaddr[0])
    zone = ""
    if "%" in host:
        host, zone = host.split("%", 1)
    return TCPAddr(IP(host), int(sockaddr[1]), zone)  # type: ignore[call-overload]


# --------------------------------------------------------------------------
# Resolving (src/net/dial.go, ipsock.go, port.go, hosts.go)

_TCP = ("tcp", "tcp4", "tcp6")
_OTHER = ("udp", "udp4", "udp6", "ip", "ip4", "ip6", "unix", "unixgram", "unixpacket")


def _parse_port(service: str) -> tuple[int, bool]:
    """Go's ``parsePort``: (port, needs a lookup)."""
    if service == "":
        return 0, False
    neg = service[0] == "-"
    digits = service[1:] if service[0] in "+-" else service
    n = 0
    cutoff = 1 << 30
    for ch in digits:
        if not "0" <= ch <= "9":
            return 0, True
        if n >= cutoff:
            n = (1 << 32) - 1
            break
        n = n * 10 + int(ch)
        if n > (1 << 32) - 1:
            n = (1 << 32) - 1
            break
    if not neg and n >= cutoff:
        port = cutoff - 1
    elif neg and n > cutoff:
        port = cutoff
    else:
        port = n
    return (-port if neg else port), False


def _lookup_port(network: str, service: str) -> tuple[int, BaseException | None]:
    port, needs_lookup = _parse_port(service)
    if needs_lookup:
        try:
            port = socket.getservbyname(service.lower(), "tcp")
        except OSError:
            return 0, DNSError("unknown port", "tcp/" + service, is_not_found=True)
    if not 0 <= port <= 65535:
        return 0, AddrError("invalid port", service)
    return port, None


def _hosts(name: str) -> list[IP]:
    """The addresses /etc/hosts gives ``name``, in file order (Go's ``goLookupIPFiles``)."""
    found: list[IP] = []
    try:
        with open("/etc/hosts", encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        lines = []
    for line in lines:
        fields = line.split("#", 1)[0].split()
        if len(fields) < 2:
            continue
        try:
            ip = IP(fields[0].split("%", 1)[0])
        except ValueError:
            continue
        if any(h.lower().rstrip(".") == name.lower().rstrip(".") for h in fields[1:]) and ip not in found:
            found.append(ip)
    return found


def _lookup_ip(host: str) -> list[tuple[IP, str]]:
    literal, _, zone = host.partition("%")
    try:
        return [(IP(literal), zone)]
    except ValueError:
        pass
    ips = _hosts(host)
    if not ips and host.lower() in ("localhost", "localhost.localdomain"):
        ips = [IP("127.0.0.1"), IP("::1")]
    if not ips:
        raise UsageError(
            f"goexit.net models loopback only and resolves no names but /etc/hosts ones; {host!r} is not there: "
            "use 127.0.0.1, [::1] or localhost"
        )
    return [(ip, "") for ip in ips]


def _resolve(op: str, network: str, address: str) -> tuple[list[TCPAddr], BaseException | None]:
    """Go's ``resolveAddrList`` for TCP: the addresses to try, or why there are none."""
    if network not in _TCP:
        if network in _OTHER or (":" in network and network.split(":", 1)[0] in ("ip", "ip4", "ip6")):
            raise UsageError(f"goexit.net models TCP only (tcp, tcp4, tcp6), not {network!r}")
        return [], UnknownNetworkError(network)
    if op == "dial" and address == "":
        return [], _err_missing_address
    host, port_text = "", ""
    port = 0
    if address != "":
        host, port_text, err = split_host_port(address)
        if err is not None:
            return [], err
        port, err = _lookup_port(network, port_text)
        if err is not None:
            return [], err
    if host == "":
        return [TCPAddr(None, port)], None
    ips = _lookup_ip(host)
    if len(ips) == 1 and ips[0][0] == IP("::"):
        ips.append((IP("0.0.0.0"), ""))
    if network.endswith("4"):
        ips = [(ip, z) for ip, z in ips if ip.version == 4]
    elif network.endswith("6"):
        ips = [(ip, z) for ip, z in ips if ip.version == 6]
    if not ips:
        return [], AddrError(_err_no_suitable_address, host)
    return [TCPAddr(ip, port, z) for ip, z in ips], None


def _sockaddr(family: int, a: TCPAddr | None) -> tuple[str, int] | tuple[str, int, int, int]:
    port = 0 if a is None else a.port
    if family == socket.AF_INET:
        host = "0.0.0.0" if a is None or a.ip is None else str(a.ip)
        return (host, port)
    if a is None or a.ip is None or (a.ip.is_unspecified() and a.ip.version == 4):
        return ("::", port, 0, 0)
    host = str(a.ip) if a.ip.version == 6 else "::ffff:" + str(a.ip)
    scope = socket.if_nametoindex(a.zone) if a.zone else 0
    return (host, port, 0, scope)


def _favorite_family(network: str, laddr: TCPAddr | None, raddr: TCPAddr | None, mode: str) -> tuple[int, bool]:
    """Go's ``favoriteAddrFamily``: (address family, IPv6-only) for a socket."""
    if network.endswith("4"):
        return socket.AF_INET, False
    if network.endswith("6"):
        return socket.AF_INET6, True
    if mode == "listen" and (laddr is None or laddr._wildcard()) and socket.has_ipv6:
        return socket.AF_INET6, False
    if (laddr is None or laddr._family() == socket.AF_INET) and (raddr is None or raddr._family() == socket.AF_INET):
        return socket.AF_INET, False
    return socket.AF_INET6, False


def _listener_backlog() -> int:
    """Go's ``maxListenerBacklog``: /proc/sys/net/core/somaxconn, at most 65535."""
    try:
        with open("/proc/sys/net/core/somaxconn", encoding="ascii") as f:
            n = int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return socket.SOMAXCONN
    return min(n, 65535) if n > 0 else socket.SOMAXCONN


# --------------------------------------------------------------------------
# Connections and listeners (src/net/net.go, tcpsock.go)


def _check_buffer(b: object) -> None:
    if b is None or isinstance(b, (bytearray, memoryview)):
        return
    if isinstance(b, int):
        raise TypeError(
            "read takes the buffer to fill, as Go's conn.Read(buf) does: buf = bytearray(64); "
            "n, err = conn.read(buf); then buf[:n] is what arrived"
        )
    raise TypeError(f"read needs a writable buffer such as bytearray(64), got {type(b).__name__}")


def _as_bytes(b: object) -> bytes | bytearray | memoryview:
    if isinstance(b, (bytes, bytearray, memoryview)):
        return b
    if isinstance(b, str):
        return b.encode()
    raise TypeError(f"write takes bytes (Go's []byte), such as b'hello' or s.encode(), got {type(b).__name__}")


def _time_or_none(t: object) -> float | None:
    return _poll.deadline_of(t)


@runtime_checkable
class Conn(Protocol):
    """Go's ``net.Conn`` interface; `TCPConn` is the implementation `dial` and `TCPListener.accept` return."""

    def read(self, b: bytearray, /) -> tuple[int, BaseException | None]: ...

    def write(self, b: bytes, /) -> tuple[int, BaseException | None]: ...

    def close(self) -> BaseException | None: ...

    def local_addr(self) -> Addr: ...

    def remote_addr(self) -> Addr: ...

    def set_deadline(self, t: _time.Time | datetime.datetime | None, /) -> BaseException | None: ...

    def set_read_deadline(self, t: _time.Time | datetime.datetime | None, /) -> BaseException | None: ...

    def set_write_deadline(self, t: _time.Time | datetime.datetime | None, /) -> BaseException | None: ...


class TCPConn:
    """A TCP connection (Go's ``*net.TCPConn``), safe to use from several goroutines at once.

    Every method returns errors (never raises them); an error is an `OpError`
    naming the operation and both addresses, or `goexit.io.EOF` from `read`.
    """

    go_type = "*net.TCPConn"

    def __init__(self, fd: FD, network: str, laddr: TCPAddr, raddr: TCPAddr) -> None:
        self._fd = fd
        self._net = network
        self._laddr = laddr
        self._raddr = raddr

    def __repr__(self) -> str:
        return f"<net.TCPConn {self._laddr}->{self._raddr}>"

    def _op_error(self, op: str, err: BaseException) -> OpError:
        return OpError(op, self._net, self._laddr, self._raddr, err)

    def read(self, b: bytearray | memoryview | None) -> tuple[int, BaseException | None]:
        """Read into ``b`` and return how many bytes arrived (Go's ``Conn.Read``, ``src/net/net.go``).

        Blocks until at least one byte is there, then returns what is there
        (at most ``len(b)``): ``buf = bytearray(64); n, err = conn.read(buf)``,
        and ``buf[:n]`` is the data.  Returns ``(0, io.EOF)`` once the peer
        has closed its side and all it sent was read; ``(0, OpError)`` when the
        connection is closed (by any goroutine, also while this read waits:
        the error wraps `ErrClosed`) or the read deadline passes (it wraps
        ``os.ErrDeadlineExceeded``).  A zero-length buffer returns ``(0, None)``
        at once.
        """
        _check_buffer(b)
        n, err, eof = self._fd.read(bytearray() if b is None else b)
        if eof:
            return 0, _io.EOF
        if err is not None:
            return n, self._op_error("read", err)
        return n, None

    def write(self, b: bytes | bytearray | memoryview | str) -> tuple[int, BaseException | None]:
        """Write all of ``b`` (Go's ``Conn.Write``); fewer bytes only together with an `OpError`.

        ``b`` is bytes (a ``str`` is written as UTF-8).  Blocks while the
        kernel's buffer is full; a write deadline or a close from another
        goroutine ends the wait with an error, and the count says how much went.
        """
        n, err = self._fd.write(_as_bytes(b))
        if err is not None:
            return n, self._op_error("write", err)
        return n, None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        """Write ``s`` as UTF-8 (what ``io.WriteString`` does with a connection)."""
        return self.write(s.encode())

    def close(self) -> BaseException | None:
        """Close the connection (Go's ``Conn.Close``): blocked reads and writes return `ErrClosed` errors.

        Waits until they have returned, then closes the socket; the peer then
        reads `goexit.io.EOF`.  A second close returns an `OpError` wrapping `ErrClosed`.
        """
        err = self._fd.close()
        if err is not None:
            return self._op_error("close", err)
        return None

    def close_read(self) -> BaseException | None:
        """Shut down the reading side (Go's ``TCPConn.CloseRead``)."""
        err = self._fd.shutdown(socket.SHUT_RD)
        return None if err is None else self._op_error("close", err)

    def close_write(self) -> BaseException | None:
        """Shut down the writing side (Go's ``TCPConn.CloseWrite``): the peer reads EOF, and can still write back."""
        err = self._fd.shutdown(socket.SHUT_WR)
        return None if err is None else self._op_error("close", err)

    def local_addr(self) -> TCPAddr:
        """The local address (Go's ``Conn.LocalAddr``)."""
        return self._laddr

    def remote_addr(self) -> TCPAddr:
        """The peer's address (Go's ``Conn.RemoteAddr``)."""
        return self._raddr

    def _set(self, t: object, mode: int) -> BaseException | None:
        err = self._fd.set_deadline(_time_or_none(t), mode)
        if err is not None:
            return OpError("set", self._net, None, self._laddr, err)
        return None

    def set_deadline(self, t: _time.Time | datetime.datetime | None) -> BaseException | None:
        """Set the read and write deadlines (Go's ``Conn.SetDeadline``).

        A deadline is an absolute time (``time.now().add(time.Second)``)
        after which I/O fails instead of blocking, with an error wrapping
        ``os.ErrDeadlineExceeded``.  It applies to the operations already
        blocked and to later ones; setting a later one after it passed makes
        the connection usable again.  The zero Time (or ``None``) removes it.
        """
        return self._set(t, _poll.READ | _poll.WRITE)

    def set_read_deadline(self, t: _time.Time | datetime.datetime | None) -> BaseException | None:
        """Set the deadline of the blocked and future reads (Go's ``Conn.SetReadDeadline``); ``None`` removes it."""
        return self._set(t, _poll.READ)

    def set_write_deadline(self, t: _time.Time | datetime.datetime | None) -> BaseException | None:
        """Set the deadline of the blocked and future writes (Go's ``Conn.SetWriteDeadline``); ``None`` removes it."""
        return self._set(t, _poll.WRITE)

    def _sockopt(self, level: int, opt: int, value: int | bytes) -> BaseException | None:
        err = self._fd.incref()
        if err is None:
            try:
                self._fd.sock.setsockopt(level, opt, value)
            except OSError as e:
                err = _poll.syscall_error("setsockopt", e)
            finally:
                self._fd.decref()
        return None if err is None else self._op_error("set", err)

    def set_no_delay(self, no_delay: bool) -> BaseException | None:
        """Go's ``TCPConn.SetNoDelay`` (Go's default is true: no Nagle delay)."""
        return self._sockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, int(no_delay))

    def set_keep_alive(self, keepalive: bool) -> BaseException | None:
        """Go's ``TCPConn.SetKeepAlive``."""
        return self._sockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, int(keepalive))

    def set_linger(self, sec: int) -> BaseException | None:
        """Go's ``TCPConn.SetLinger``: with 0, `close` discards unsent data and resets the connection."""
        import struct

        value = struct.pack("ii", 0, 0) if sec < 0 else struct.pack("ii", 1, sec)
        return self._sockopt(socket.SOL_SOCKET, socket.SO_LINGER, value)


@runtime_checkable
class Listener(Protocol):
    """Go's ``net.Listener`` interface; `TCPListener` is the implementation `listen` returns."""

    def accept(self) -> tuple[Conn, BaseException | None]: ...

    def close(self) -> BaseException | None: ...

    def addr(self) -> Addr: ...


class TCPListener:
    """A TCP listener (Go's ``*net.TCPListener``)."""

    go_type = "*net.TCPListener"

    def __init__(self, fd: FD, network: str, laddr: TCPAddr) -> None:
        self._fd = fd
        self._net = network
        self._laddr = laddr

    def __repr__(self) -> str:
        return f"<net.TCPListener {self._laddr}>"

    def accept(self) -> tuple[TCPConn, BaseException | None]:
        """Wait for the next connection and return it (Go's ``Listener.Accept``, ``src/net/tcpsock.go``).

        When the listener is closed, also by another goroutine while this
        call waits, returns ``(None, err)`` with an `OpError` wrapping
        `ErrClosed`: ``accept tcp 127.0.0.1:PORT: use of closed network connection``.
        """
        sock, err = self._fd.accept()
        if err is not None or sock is None:
            assert err is not None
            return _NIL, OpError("accept", self._net, None, self._laddr, err)
        try:
            laddr, raddr = _addr_of(sock.getsockname()), _addr_of(sock.getpeername())
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:  # reset before we looked at it
            sock.close()
            return _NIL, OpError("accept", self._net, None, self._laddr, _poll.syscall_error("getpeername", e))
        return TCPConn(FD(sock), self._net, laddr, raddr), None

    def close(self) -> BaseException | None:
        """Stop listening (Go's ``Listener.Close``): a blocked `accept` returns an `ErrClosed` error.

        Connections already accepted stay open.  A second close returns an
        `OpError` wrapping `ErrClosed`.
        """
        err = self._fd.close()
        if err is not None:
            return OpError("close", self._net, None, self._laddr, err)
        return None

    def addr(self) -> TCPAddr:
        """The address it listens on (Go's ``Listener.Addr``), with the port the kernel chose for port 0."""
        return self._laddr

    def set_deadline(self, t: _time.Time | datetime.datetime | None) -> BaseException | None:
        """A deadline for `accept` (Go's ``TCPListener.SetDeadline``); ``None`` removes it."""
        err = self._fd.set_deadline(_time_or_none(t), _poll.READ)
        if err is not None:
            return OpError("set", self._net, None, self._laddr, err)
        return None


# --------------------------------------------------------------------------
# Listen (src/net/dial.go: ListenConfig.Listen; sock_posix.go)


@dataclasses.dataclass
class ListenConfig:
    """Options for listening (Go's ``net.ListenConfig``); the zero value is what `listen` uses."""

    keep_alive: int = 0
    """Accepted connections' keep-alive period in nanoseconds (recorded; goexit sets no timer for it)."""

    def listen(self, ctx: context.Context, network: str, address: str) -> tuple[TCPListener, BaseException | None]:
        """Announce on a local address (Go's ``ListenConfig.Listen``); see `listen`."""
        addrs, err = _resolve("listen", network, address)
        if err is not None:
            return _NIL, OpError("listen", network, None, None, err)
        la = next((a for a in addrs if a.ip is None or a.ip.version == 4), addrs[0])
        family, v6only = _favorite_family(network, la, None, "listen")
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as e:
            return _NIL, OpError("listen", network, None, la, _poll.syscall_error("socket", e))
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, int(v6only))
            try:
                sock.bind(_sockaddr(family, la))
            except OSError as e:
                raise _FailError(_poll.syscall_error("bind", e)) from None
            try:
                sock.listen(_listener_backlog())
            except OSError as e:
                raise _FailError(_poll.syscall_error("listen", e)) from None
            laddr = _addr_of(sock.getsockname())
        except _FailError as f:
            sock.close()
            return _NIL, OpError("listen", network, None, la, f.err)
        return TCPListener(FD(sock), network, laddr), None


class _FailError(Exception):
    def __init__(self, err: BaseException) -> None:
        super().__init__(err)
        self.err = err


def listen(network: str, address: str) -> tuple[TCPListener, BaseException | None]:
    """Listen on a local address (Go's ``net.Listen``): ``ln, err = net.listen("tcp", "127.0.0.1:0")``.

    ``network`` is ``tcp``, ``tcp4`` or ``tcp6``.  Port 0 asks the kernel
    for a free port: `TCPListener.addr` tells which.  An empty host or a
    wildcard (``:8080``, ``0.0.0.0:8080``, ``[::]:8080``) listens on every
    local address, as Go does (its address prints ``[::]:8080``).  goexit
    resolves no host names but those of /etc/hosts (``localhost``).
    Errors are `OpError` values: ``listen tcp 127.0.0.1:8080: bind: address already in use``.
    """
    return ListenConfig().listen(context.background(), network, address)


# --------------------------------------------------------------------------
# Dial (src/net/dial.go: Dialer.DialContext, dialSerial, dialSingle; fd_unix.go: connect)


def _deadline_time(when: object) -> _time.Time | None:
    """A deadline as a goexit Time, None for the zero time (a datetime is accepted too)."""
    if when is None or (isinstance(when, datetime.datetime) and when.replace(tzinfo=None) == datetime.datetime.min):
        return None
    if isinstance(when, datetime.datetime):
        return _time._from_datetime(when)
    if isinstance(when, _time.Time):
        return None if when.is_zero() else when
    raise TypeError(f"a deadline is a time.Time (e.g. time.now().add(time.Second)), got {type(when).__name__}")


def _min_nonzero(a: _time.Time | None, b: _time.Time | None) -> _time.Time | None:
    if a is None:
        return b
    if b is None or a.before(b):
        return a
    return b


@dataclasses.dataclass
class Dialer:
    """Options for connecting (Go's ``net.Dialer``); ``net.Dialer()`` is Go's zero ``var d net.Dialer``.

    Fields, named as Go's in snake_case: `timeout`, `deadline`, `local_addr`,
    `keep_alive`, `fallback_delay`.
    """

    timeout: int = 0
    """The longest a dial may take, in nanoseconds (``time.Second``); 0: no limit but the context's."""
    deadline: _time.Time | None = None
    """An absolute time after which dials fail; None (or the zero Time): none."""
    local_addr: TCPAddr | None = None
    """The local address to dial from; None: the kernel picks."""
    keep_alive: int = 0
    """Keep-alive period in nanoseconds (recorded; goexit sets no timer for it)."""
    fallback_delay: int = 0
    """How long to wait before trying the other address family (Go's default: 300 ms)."""

    def _deadline(self, ctx: context.Context, now: _time.Time) -> _time.Time | None:
        earliest: _time.Time | None = None
        if self.timeout != 0:
            earliest = now.add(self.timeout)
        d, ok = ctx.deadline()
        if ok:
            earliest = _min_nonzero(earliest, _deadline_time(d))
        return _min_nonzero(earliest, _deadline_time(self.deadline))

    def dial(self, network: str, address: str) -> tuple[TCPConn, BaseException | None]:
        """Connect to ``address`` (Go's ``Dialer.Dial``): `dial_context` with ``context.background()``."""
        return self.dial_context(context.background(), network, address)

    def dial_context(self, ctx: context.Context, network: str, address: str) -> tuple[TCPConn, BaseException | None]:
        """Connect to ``address`` using ``ctx`` (Go's ``Dialer.DialContext``, ``src/net/dial.go``).

        The context governs the dial only: once connected, cancelling it does
        nothing to the connection.  If ``ctx`` is done before the dial
        completes, it fails with an `OpError` whose cause is
        ``operation was canceled`` (``errors.is_(err, context.Canceled)``)
        or, for a deadline, ``i/o timeout`` (``errors.is_(err,
        context.DeadlineExceeded)``, ``timeout()`` true).  The earliest of
        `timeout`, `deadline` and the context's deadline limits the dial.
        """
        given: object = ctx
        if given is None:  # Go's dialCtx panics on a nil context
            from goexit.panics import panic

            panic("nil context")
        deadline = self._deadline(ctx, _time.now())
        cancel: Callable[[], None] | None = None
        if deadline is not None:
            cur, ok = ctx.deadline()
            cur_t = _deadline_time(cur) if ok else None
            if cur_t is None or deadline.before(cur_t):
                ctx, cancel = context.with_deadline(ctx, deadline)
        try:
            addrs, err = _resolve("dial", network, address)
            if err is not None:
                return _NIL, OpError("dial", network, None, None, err)
            primaries = [a for a in addrs if (a._family() == addrs[0]._family())]
            fallbacks = [a for a in addrs if a not in primaries] if network == "tcp" else []
            if network != "tcp":
                primaries = addrs
            c, first = self._dial_serial(ctx, network, primaries)
            if first is None or not fallbacks:
                return c, first
            c, err = self._dial_serial(ctx, network, fallbacks)
            return (c, None) if err is None else (_NIL, first)  # the primary's error is the one reported
        finally:
            if cancel is not None:
                cancel()

    def _dial_serial(
        self, ctx: context.Context, network: str, ras: list[TCPAddr]
    ) -> tuple[TCPConn, BaseException | None]:
        first: BaseException | None = None
        for i, ra in enumerate(ras):
            if ctx.err() is not None:
                return _NIL, OpError("dial", network, self.local_addr, ra, _map_err(ctx.err()))
            dial_ctx = ctx
            cancel: Callable[[], None] | None = None
            d, ok = ctx.deadline()
            dt = _deadline_time(d) if ok else None
            if dt is not None:
                remaining = _time.until(dt)
                if remaining <= 0:
                    if first is None:
                        first = OpError("dial", network, self.local_addr, ra, _err_timeout)
                    break
                per = remaining // (len(ras) - i)
                sane = 2 * _time.Second
                if per < sane:
                    per = remaining if remaining < sane else sane
                if per < remaining:
                    dial_ctx, cancel = context.with_deadline(ctx, _time.now().add(per))
            try:
                c, err = self._dial_single(dial_ctx, network, ra)
            finally:
                if cancel is not None:
                    cancel()
            if err is None:
                return c, None
            if first is None:
                first = err
        if first is None:
            first = OpError("dial", network, None, None, _err_missing_address)
        return _NIL, first

    def _dial_single(self, ctx: context.Context, network: str, ra: TCPAddr) -> tuple[TCPConn, BaseException | None]:
        la = self.local_addr
        family, v6only = _favorite_family(network, la, ra, "dial")
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as e:
            return _NIL, OpError("dial", network, la, ra, _poll.syscall_error("socket", e))
        if family == socket.AF_INET6:
            try:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, int(v6only))
            except OSError:
                pass
        if la is not None:
            try:
                sock.bind(_sockaddr(family, la))
            except OSError as e:
                sock.close()
                return _NIL, OpError("dial", network, la, ra, _poll.syscall_error("bind", e))
        fd = FD(sock)
        err = _connect(ctx, fd, _sockaddr(family, ra))
        if err is not None:
            fd.close()
            return _NIL, OpError("dial", network, la, ra, err)
        try:
            laddr, raddr = _addr_of(sock.getsockname()), _addr_of(sock.getpeername())
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            fd.close()
            return _NIL, OpError("dial", network, la, ra, _poll.syscall_error("getpeername", e))
        return TCPConn(fd, network, laddr, raddr), None


def _connect(ctx: context.Context, fd: FD, sa: tuple[str, int] | tuple[str, int, int, int]) -> BaseException | None:
    """Go's ``netFD.connect``: a non-blocking connect that the context's end or deadline aborts."""
    code = fd.sock.connect_ex(sa)
    if code in (0, _errno.EISCONN):
        if ctx.err() is not None:
            return _map_err(ctx.err())
        return None
    if code not in (_errno.EINPROGRESS, _errno.EALREADY, _errno.EINTR):
        return _poll.SyscallError("connect", _poll.Errno(code))
    done = ctx.done()
    stop: Callable[[], bool] | None = None
    if done is not None:
        d, ok = ctx.deadline()
        if ok and d is not None:
            fd.set_deadline(_poll.deadline_of(d), _poll.WRITE)
        stop = context.after_func(ctx, lambda: fd.set_deadline(_poll.A_LONG_TIME_AGO, _poll.WRITE))
    try:
        while True:
            err = fd.wait(_poll.WRITE)
            if err is not None:
                if ctx.err() is not None:
                    return _map_err(ctx.err())
                return err
            nerr = fd.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if nerr in (_errno.EINPROGRESS, _errno.EALREADY, _errno.EINTR):
                continue
            if nerr == _errno.EISCONN:
                break
            if nerr != 0:
                return _poll.SyscallError("connect", _poll.Errno(nerr))
            try:
                fd.sock.getpeername()
                break
            except OSError:
                continue  # woken spuriously: not connected yet
    finally:
        fd.set_deadline(None, _poll.WRITE)
    if stop is not None and not stop():
        # The context ended just as the connect succeeded (Go's issue 16523): the dial fails.
        return _map_err(ctx.err())
    return None


def dial(network: str, address: str) -> tuple[TCPConn, BaseException | None]:
    """Connect to ``address`` (Go's ``net.Dial``): ``conn, err = net.dial("tcp", ln.addr().string())``.

    ``network`` is ``tcp``, ``tcp4`` or ``tcp6``.  A refused connection is an
    `OpError`: ``dial tcp 127.0.0.1:PORT: connect: connection refused``.
    goexit resolves no host names but those of /etc/hosts (``localhost``).
    """
    return Dialer().dial(network, address)


def dial_timeout(network: str, address: str, timeout: int) -> tuple[TCPConn, BaseException | None]:
    """`dial`, giving up after ``timeout`` nanoseconds (Go's ``net.DialTimeout``): the error then is ``i/o timeout``."""
    return Dialer(timeout=timeout).dial(network, address)
