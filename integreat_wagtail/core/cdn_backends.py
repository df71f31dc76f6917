"""Wagtail's HTTP purge backend with a time limit (Varnish, nginx, Squid: FRONTEND_CACHE_PURGE_URL).

Wagtail's own backend calls `urlopen` without a timeout, once per URL: a proxy that accepts
connections and never answers would hold the task worker (or, with the immediate task backend, the
editor's request) for ever, and one that drops packets would cost a full connect timeout per URL.
Here each PURGE may take PURGE_TIMEOUT seconds; after the first one that runs out, the rest of the
batch is given up (logged): the pages then leave the proxy by their max-age.
"""

import logging
import socket
import time
from contextlib import contextmanager

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)

PURGE_TIMEOUT = 3


@contextmanager
def socket_timeout(seconds):
    """`urlopen` without a timeout uses the process default; the task runs one purge at a time."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(seconds)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)


class TimedHTTPBackend(HTTPBackend):
    def __init__(self, params):
        super().__init__(params)
        self.gave_up = False

    def purge(self, url):
        if self.gave_up:
            return
        started = time.monotonic()
        try:
            with socket_timeout(PURGE_TIMEOUT):
                super().purge(url)  # logs refused connections and HTTP errors itself
        except OSError as error:  # a read that timed out is raised, not logged, by Wagtail's backend
            logger.error("Couldn't purge '%s' from HTTP cache: %s", url, error)
        if time.monotonic() - started >= PURGE_TIMEOUT:
            self.gave_up = True
            logger.error("The HTTP cache at %s does not answer; the rest of this purge is given up.", self.cache_netloc)
