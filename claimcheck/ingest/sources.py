"""Articles from where a user points: a file, `-` for standard input, or an http(s) URL.

A URL is fetched with a time limit and a size limit (the article's `max_bytes`); every way a fetch can fail
(no answer, refused, an HTTP error status, too large, not text) is an `InputError` of one line. A page is read
as HTML (article extraction as for .html files) when the server says so or it looks like one.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from claimcheck import __version__
from claimcheck.document import Document
from claimcheck.errors import InputError
from claimcheck.ingest import DEFAULT_MAX_BYTES, from_bytes, read_article

STDIN = "-"
DEFAULT_TIMEOUT = 20.0
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml")


def is_url(source: str | Path) -> bool:
    """Whether `source` is an http or https URL."""
    return isinstance(source, str) and urlsplit(source).scheme.lower() in ("http", "https")


def read_input(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
               stdin: BinaryIO | None = None) -> Document:
    """The article at `source`: `-` reads standard input, an http(s) URL is fetched, anything else is a file."""
    if str(source) == STDIN:
        return read_stream(stdin or sys.stdin.buffer, max_bytes)
    if is_url(str(source)):
        return fetch_url(str(source), max_bytes, timeout)
    return read_article(Path(source), max_bytes)


def read_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """An article piped in (`cat a.txt | claimcheck report -`)."""
    if stream.isatty():
        raise InputError("-: standard input is a terminal; pipe an article in (cat article.txt | claimcheck report -)")
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"-: standard input is over the {max_bytes:,}-byte limit (see --max-bytes)")
    return from_bytes(data, id="stdin", source=None)


def fetch_url(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT) -> Document:
    """The article at `url`, fetched within `timeout` seconds and `max_bytes` bytes."""
    request = urllib.request.Request(url, headers={"User-Agent": f"claimcheck/{__version__}",
                                                   "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http and https only)
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if headers.get("Content-Type") and not content_type.startswith(_TEXT_TYPES):
                raise InputError(f"{url}: the server sent {content_type}, not a text or HTML page")
            declared = headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: {int(declared):,} bytes is over the {max_bytes:,}-byte limit "
                                 "(see --max-bytes)")
            data = response.read(max_bytes + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
        raise InputError(f"{url}: cannot fetch ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: over the {max_bytes:,}-byte limit (see --max-bytes)")
    if not data.strip():
        raise InputError(f"{url}: the page is empty")
    name = Path(urlsplit(final_url).path).stem or urlsplit(final_url).hostname or "url"
    return from_bytes(data, id=name, source=url, html=content_type in ("text/html", "application/xhtml+xml"),
                      charset=headers.get_content_charset())
