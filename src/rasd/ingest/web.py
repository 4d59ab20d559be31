"""HTTP(S) GET for the URLs a user gives and the links feeds carry, with limits.

A feed is someone else's data: its links may point at ``file:`` URLs, at this
machine (``127.0.0.1``) or at the private network behind it. So only
``http``/``https`` are fetched, every connection (redirects included) is
checked against the address it actually connects to, and only public
addresses are allowed unless the caller says otherwise (``allow_private``).
Each fetch has a size limit and a total deadline: a server that sends one
byte a second would otherwise never time out, since the socket timeout
restarts with every byte.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rasd.errors import InputError

USER_AGENT = "rasd/0.1 (+https://example.invalid/rasd)"
SOCKET_TIMEOUT = 20  # seconds without a byte
DEADLINE = 60  # seconds for a whole fetch: connect, headers and body
MAX_BYTES = 10 * 2**20  # a page or feed larger than this is refused, not read whole
SCHEMES = ("http", "https")


class BlockedURL(InputError):
    """A URL rasd will not fetch (scheme or address)."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_BYTES
    deadline: float = DEADLINE
    allow_private: bool = False


def check_url(url: str) -> None:
    """Refuse what is not an http(s) URL with a host, before any connection."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise BlockedURL(f"{url}: only http and https URLs are fetched (not {parts.scheme or 'a bare path'}:)")
    if not parts.hostname:
        raise BlockedURL(f"{url}: the URL names no host")


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _connect(host: str, port: int, timeout: float, allow_private: bool) -> socket.socket:
    """Resolve, check each address, connect to the first allowed one (so a name that resolves to
    a public address for the check and a private one for the connection cannot slip through)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host} ({exc})") from exc
    last: OSError | None = None
    for family, kind, proto, _name, addr in infos:
        if not allow_private and not is_public(addr[0]):
            last = BlockedURL(f"{host} is a private, loopback or reserved address ({addr[0]}); "
                              "pass --allow-private to fetch it")
            continue
        sock = socket.socket(family, kind, proto)
        sock.settimeout(timeout)
        try:
            sock.connect(addr)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"no address for {host}")


class _Deadline:
    """Shuts the fetch's sockets down when its time is up, whatever they are doing."""

    def __init__(self, seconds: float):
        self.at = time.monotonic() + seconds
        self.socks: list[socket.socket] = []
        self.expired = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        self.expired = True
        for s in self.socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _opener(limits: Limits, deadline: _Deadline) -> urllib.request.OpenerDirector:
    class Conn(http.client.HTTPConnection):
        def connect(self):
            self.sock = _connect(self.host, self.port, SOCKET_TIMEOUT, limits.allow_private)
            deadline.socks.append(self.sock)

    class TLSConn(http.client.HTTPSConnection):
        def connect(self):
            raw = _connect(self.host, self.port, SOCKET_TIMEOUT, limits.allow_private)
            deadline.socks.append(raw)
            self.sock = self._context.wrap_socket(raw, server_hostname=self.host)

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Conn, req)

    class TLS(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(TLSConn, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 5

        def http_error_302(self, req, fp, code, msg, headers):
            # a redirect to file: or ftp: is refused like a link to it, with the same message
            target = headers.get("Location") or headers.get("URI")
            if target:
                check_url(urllib.parse.urljoin(req.full_url, target))
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    # built by hand: build_opener would add the file:, ftp: and data: handlers
    opener = urllib.request.OpenerDirector()
    for handler in (Plain(), TLS(), Redirects(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes | None  # None for 304 Not Modified
    headers: dict[str, str]


def get(url: str, *, headers: dict[str, str] | None = None, limits: Limits = Limits()) -> Response:
    """GET ``url``; InputError (BlockedURL for refused URLs) on any failure or limit."""
    check_url(url)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    deadline = _Deadline(limits.deadline)
    try:
        with _opener(limits, deadline).open(req, timeout=SOCKET_TIMEOUT) as resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise InputError(f"{url}: {int(declared) // 2**20} MiB declared, over the "
                                 f"{limits.max_bytes // 2**20} MiB limit; not read")
            chunks, size = [], 0
            while True:
                chunk = resp.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > limits.max_bytes:
                    raise InputError(f"{url}: response over the {limits.max_bytes // 2**20} MiB limit; "
                                     "not read further")
                chunks.append(chunk)
                if deadline.expired:
                    break
            if deadline.expired:
                raise InputError(f"{url}: no complete answer within {limits.deadline:g} s; given up")
            return Response(resp.status, b"".join(chunks), {k: v for k, v in resp.headers.items()})
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Response(304, None, dict(exc.headers.items()))
        raise InputError(f"{url}: HTTP {exc.code}") from exc
    except InputError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, BlockedURL):
            raise BlockedURL(str(reason)) from exc
        if deadline.expired:
            raise InputError(f"{url}: no complete answer within {limits.deadline:g} s; given up") from exc
        raise InputError(f"{url}: could not fetch ({reason})") from exc
    finally:
        deadline.cancel()
