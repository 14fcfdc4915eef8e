"""The HTTP client of a LanguageTool server's /v2/check: a deadline, a size limit, a clean reply."""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .options import Options

# The most a reply may hold. A request of BATCH_CHARS characters gets a few hundred
# kilobytes back at most; a server that sends more is broken (or hostile), not chatty.
MAX_REPLY_BYTES = 16 * 1024 * 1024
# What a rule id may look like (EN_A_VS_AN, ON-GOING); a match with any other id is dropped.
RULE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


class Unavailable(Exception):
    """LanguageTool could not be used; the message is one line for the user."""


def clean(text: str, limit: int = 500) -> str:
    """Text from a server made safe to print: one line, no control or direction characters.

    Runs of white space (line breaks included) become one space, so nothing from the server
    can start a line of its own or move the terminal's cursor, and a double colon gets a
    space (": :"), so that no line a report wraps can begin a GitHub Actions workflow
    command (``::error::``), which the runner reads even after leading spaces.
    """
    kept = "".join(" " if c.isspace() else c for c in text if c.isspace() or unicodedata.category(c) not in _UNSAFE)
    kept = _DOUBLE_COLON.sub(": ", " ".join(kept.split()))
    return kept if len(kept) <= limit else kept[: limit - 1] + "…"


_DOUBLE_COLON = re.compile(r":(?=:)")
# Control, format (bidirectional overrides, zero-width joiners), private-use, surrogate and
# unassigned characters.
_UNSAFE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})


def _where(opts: Options) -> str:
    return "the local LanguageTool server" if opts.server == "local" else f"the LanguageTool server at {opts.server}"


def post(url: str, fields: dict[str, str], timeout: float, limit: int = MAX_REPLY_BYTES) -> tuple[int, bytes]:
    """POST ``fields`` to ``url``: the reply's status and body.

    ``timeout`` bounds the whole exchange (connecting, sending, the headers and the body),
    not each read: a timer shuts the connection down when it runs out, so a server that
    sends a byte a second cannot hold a run. A body over ``limit`` bytes is refused.
    Raises TimeoutError, ValueError (too big) or OSError / http.client.HTTPException.
    """
    import http.client
    import socket
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    deadline = time.monotonic() + timeout
    target = parts.path or "/"
    proxy = _proxy_for(parts)
    if proxy is None:
        connection = kind(parts.hostname, parts.port, timeout=timeout)
    elif parts.scheme == "https":  # through the proxy's tunnel (CONNECT)
        connection = kind(proxy.hostname, proxy.port or 8080, timeout=timeout)
        connection.set_tunnel(parts.hostname, parts.port)
    else:  # the proxy forwards a request for the whole URL
        connection = http.client.HTTPConnection(proxy.hostname, proxy.port or 8080, timeout=timeout)
        target = url
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        if connection.sock is not None:
            with contextlib.suppress(OSError):
                connection.sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(timeout, expire)
    timer.daemon = True
    timer.start()
    try:
        connection.connect()  # each address tried may take ``timeout``: the deadline is checked after
        if expired.is_set():
            raise TimeoutError
        body = urllib.parse.urlencode(fields).encode("utf-8")
        connection.request(
            "POST",
            target,
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        )
        reply = connection.getresponse()
        chunks, size = [], 0
        while chunk := reply.read(65536):
            size += len(chunk)
            if size > limit:
                raise ValueError(f"its reply was larger than {limit // (1024 * 1024)} MB")
            chunks.append(chunk)
    except (OSError, http.client.HTTPException):
        if expired.is_set() or time.monotonic() >= deadline:
            raise TimeoutError from None
        raise
    finally:
        timer.cancel()
        connection.close()
    if expired.is_set():  # the body ended because the timer closed the connection
        raise TimeoutError
    return reply.status, b"".join(chunks)


def _proxy_for(parts):
    """The proxy the environment gives for a URL (``https_proxy``, ``http_proxy``, ``no_proxy``,
    as other HTTP clients read them), or None; never for this machine's own server."""
    import ipaddress
    import urllib.parse
    import urllib.request

    host = parts.hostname or ""
    try:
        if host == "localhost" or ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    return urllib.parse.urlsplit(proxy if "://" in proxy else f"http://{proxy}")


def _utf16_to_index(text: str):
    """A function from LanguageTool's offsets (UTF-16 code units) to offsets into ``text``."""
    import bisect

    wide = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
    if not wide:
        return lambda unit: unit
    # The k-th character outside the basic plane sits at UTF-16 unit wide[k] + k and takes two.
    units = [i + k for k, i in enumerate(wide)]
    return lambda unit: unit - bisect.bisect_right(units, unit - 1)


def parse_matches(data: Any, text: str) -> list[dict]:
    """The matches of a /v2/check reply for ``text``, checked and cleaned.

    Raises ValueError when the reply is not a check reply at all; a single match that is
    malformed (a bad offset, a rule id that is not one) is dropped.
    """
    if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
        raise ValueError("its reply was not a LanguageTool check reply")
    to_index = _utf16_to_index(text)
    found = []
    for raw in data["matches"]:
        try:
            rule = raw["rule"]
            rule_id = rule["id"]
            offset, length = raw["offset"], raw["length"]
            if not (isinstance(rule_id, str) and RULE_ID.fullmatch(rule_id)):
                continue
            if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in (offset, length)):
                continue
            start, end = to_index(offset), to_index(offset + length)
            if end > len(text) or end <= start:
                continue
            category = (rule.get("category") or {}).get("id", "")
            replacements = [r.get("value") for r in raw.get("replacements") or () if isinstance(r, dict)]
        except (KeyError, TypeError, AttributeError):
            continue
        found.append(
            {
                "offset": start,
                "length": end - start,
                "rule": rule_id,
                "category": clean(category, 100) if isinstance(category, str) else "",
                "message": clean(raw.get("message", "")) if isinstance(raw.get("message"), str) else "",
                "replacements": [clean(r, 100) for r in replacements if isinstance(r, str) and clean(r, 100)][:3],
                "issue": clean(rule.get("issueType", ""), 40) if isinstance(rule.get("issueType"), str) else "",
            }
        )
    return found


def _starting() -> None:
    """Say why a run waits while the user's server starts (on a terminal only)."""
    import sys

    if sys.stderr.isatty():
        print(
            "newslint: starting the local LanguageTool server (first use; it stays up until idle)...",
            file=sys.stderr,
            flush=True,
        )


class Client:
    """One LanguageTool server's /v2/check, with a deadline and a size limit of its own.

    Not language-tool-python's client: it waits per socket read (a server sending a byte a
    second holds it for ever), reads a reply of any size, and takes an HTTP 500 whose body
    says ``{"matches": []}`` for "no problems".
    """

    def __init__(self, opts: Options):
        self.opts = opts
        self.base = self._local() if opts.server == "local" else str(opts.server)
        self.requests = 0

    @staticmethod
    def _local() -> str:
        """The URL of the user's own server (started now if it is not running)."""
        from .. import ltserver

        try:
            return ltserver.ensure(on_start=_starting)
        except ltserver.Unavailable as exc:
            raise Unavailable(str(exc)) from None

    def _post(self, fields: dict[str, str]) -> tuple[int, bytes]:
        url = self.base.rstrip("/") + "/v2/check"
        try:
            return post(url, fields, self.opts.timeout)
        except ConnectionRefusedError:
            if self.opts.server != "local":
                raise
            # The user's server stopped (idle) between the look-up and the request: once more.
            self.base = self._local()
            return post(self.base.rstrip("/") + "/v2/check", fields, self.opts.timeout)

    def check(self, text: str, language: str, opts: Options) -> list[dict]:
        """LanguageTool's matches for ``text`` under ``opts``' rules: offset and length in Python characters."""
        fields = {"language": language, "text": text}
        if opts.disabled_rules:
            fields["disabledRules"] = ",".join(opts.disabled_rules)
        if opts.disabled_categories:
            fields["disabledCategories"] = ",".join(opts.disabled_categories)
        if opts.enable:
            fields["enabledRules"] = ",".join(opts.enable)
        if opts.picky:
            fields["level"] = "picky"
        self.requests += 1
        status, body = self._post(fields)
        if status != 200:
            # Whatever the body says ({"matches": []} included), a failed request found nothing.
            reason = clean(body[:300].decode("utf-8", "replace"), 200)
            raise Unavailable(f"{_where(self.opts)} answered HTTP {status}" + (f": {reason}" if reason else ""))
        try:
            return parse_matches(json.loads(body), text)
        except ValueError as exc:  # not JSON, or not a check reply
            raise Unavailable(f"{_where(self.opts)} gave an unexpected reply ({clean(str(exc), 120)})") from None


def describe(exc: BaseException, opts: Options) -> str:
    """One line about why LanguageTool could not be used."""
    where = _where(opts)
    if isinstance(exc, TimeoutError):
        return f"{where} did not answer within {opts.timeout:g} s (raise [tool.newslint.languagetool] timeout, or check the server)"
    if isinstance(exc, ValueError):
        return f"{where} failed: {clean(str(exc), 200)}"
    import socket

    if isinstance(exc, (ConnectionError, socket.gaierror)):
        return f"cannot reach {where} (connection refused or no such host); is it running?"
    text = clean(str(exc), 300) or type(exc).__name__
    return f"{where} failed: {text}"
