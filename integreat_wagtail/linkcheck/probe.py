"""Checking one external address: HEAD, then GET where HEAD is refused, without reading bodies.

Every host is resolved first and refused when any of its addresses is private, loopback,
link-local or otherwise not public (the checker runs inside the platform's network: a link to
`http://10.0.0.5/` or a cloud metadata address must not make it a proxy into that network), unless
`allow_private` is set. The connection goes to the address that was checked, so a second DNS answer
cannot swap it. Redirects are followed by hand, each hop checked the same way.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.utils.translation import gettext_noop

MAX_REDIRECTS = 5
# Stored in English, shown translated in the report (other errors are the system's own words).
PRIVATE_REFUSED = gettext_noop("private network address refused")
HOST_NOT_FOUND = gettext_noop("host not found")
NOT_A_WEB_ADDRESS = gettext_noop("not a web address")
TIMED_OUT = gettext_noop("timed out")
TOO_MANY_REDIRECTS = gettext_noop("too many redirects")
USER_AGENT = "integreat-wagtail linkcheck/1.0"


@dataclass
class Result:
    status: int | None = None
    error: str = ""

    @property
    def broken(self):
        return bool(self.error) or self.status is None or self.status >= 400


class Blocked(Exception):
    """The address may not be contacted."""


class HostThrottle:
    """At most `rate` requests per second to one host (the next one waits)."""

    def __init__(self, rate, clock=time.monotonic, sleep=time.sleep):
        self.interval = 1 / rate
        self.clock, self.sleep = clock, sleep
        self.last = {}

    def wait(self, host):
        now = self.clock()
        due = self.last.get(host, now - self.interval) + self.interval
        if due > now:
            self.sleep(due - now)
            now = due
        self.last[host] = now


def public_address(host, port, allow_private):
    """The address to connect to; Blocked when the host does not resolve to public addresses only."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise Blocked(HOST_NOT_FOUND) from error
    addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    if not allow_private and any(not address.is_global for address in addresses):
        raise Blocked(PRIVATE_REFUSED)
    return str(addresses[0])


class PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def check_url(url, *, timeout, throttle, allow_private=False):
    """The final status of `url` after redirects, or the reason it could not be reached."""
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            status, location = _request_with_fallback(url, timeout, throttle, allow_private)
            if status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            return Result(status=status)
        return Result(error=TOO_MANY_REDIRECTS)
    except Blocked as error:
        return Result(error=str(error))
    except TimeoutError:
        return Result(error=TIMED_OUT)
    except (OSError, http.client.HTTPException, ValueError) as error:
        return Result(error=(str(error) or type(error).__name__)[:255])


def _request_with_fallback(url, timeout, throttle, allow_private):
    status, location = _request("HEAD", url, timeout, throttle, allow_private)
    if status >= 400:  # many servers refuse or mishandle HEAD
        status, location = _request("GET", url, timeout, throttle, allow_private)
    return status, location


def _request(method, url, timeout, throttle, allow_private):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Blocked(NOT_A_WEB_ADDRESS)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = public_address(parts.hostname, port, allow_private)
    throttle.wait(parts.hostname)
    connection_class = PinnedHTTPSConnection if parts.scheme == "https" else PinnedHTTPConnection
    connection = connection_class(parts.hostname, port, address, timeout)
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request(method, path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        response = connection.getresponse()
        return response.status, response.getheader("Location")
    finally:
        connection.close()
