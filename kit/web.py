"""Bring articles from the web: fetch a page politely, keep a copy on disk, take out the article.

``kit.load_articles("https://...")`` and ``kit.load_articles("saved-page.html")`` use this module.
The main text and the metadata (title, author, date, site name, canonical address) come from
`trafilatura <https://trafilatura.readthedocs.io>`_; the text then goes through the same cleaning
as every other article, so bylines and footers still end up in the ``boilerplate`` column::

    >>> page = b'''<html><head><title>Council votes</title>
    ...   <meta property="og:site_name" content="Riverton Gazette"></head>
    ...   <body><nav>Home | Sport</nav><article><h1>Council votes</h1>
    ...   <p>The city council voted on Tuesday to approve the river plan after a long debate.</p>
    ...   <p>Critics said the plan would cost more than the town could afford this year.</p>
    ...   </article><footer>Contact us</footer></body></html>'''
    >>> record = record_from_html(page, source="council.html", min_words=10)
    >>> record["title"], record["outlet"]
    ('Council votes', 'Riverton Gazette')
    >>> record["text"].split("\\n\\n")[0]
    'The city council voted on Tuesday to approve the river plan after a long debate.'

Nothing here runs at import time, and nothing is downloaded except the pages you ask for.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import __version__
from .cleaning import clean_document
from .errors import ArticleError
from .segment import count_words

__all__ = ["fetch", "Page", "Deadline", "record_from_url", "record_from_html", "is_url", "cache_folder",
           "remove_leftover_parts", "PART_FILE_AGE", "USER_AGENT", "TIMEOUT_SECONDS", "MAX_BYTES", "MAX_REDIRECTS",
           "MIN_WORDS", "HTML_SUFFIXES", "MAX_ELEMENTS", "MAX_PARAGRAPHS"]

#: How the kit introduces itself to web sites (sites can see who is asking, and why).
USER_AGENT = f"media-literacy-kit/{__version__} (classroom text-analysis kit; fetches one page when asked)"
#: Seconds the whole fetch of one page may take, redirects included (``fetch(..., timeout=...)`` sets another).
TIMEOUT_SECONDS = 20
#: The largest page the kit downloads (5 MB; a news article's HTML is usually 50 KB to 2 MB).
MAX_BYTES = 5_000_000
#: How many redirects (the site saying "the page is now at ...") the kit follows.
MAX_REDIRECTS = 10
#: Fewer words than this after extraction: the page is not an article (a front page, a paywall stub).
MIN_WORDS = 50
#: File endings read as saved web pages.
HTML_SUFFIXES = {".html", ".htm"}
#: The most HTML elements (tags) a page may have: reading a page costs time in step with them (about 0.1 ms
#: each), and a news article's page usually has a few thousand. A page with more is refused before the work starts.
MAX_ELEMENTS = 25_000
#: The most paragraphs (lines of text) a page's article may have; a news article has a few dozen.
MAX_PARAGRAPHS = 20_000

_START_TAG = re.compile(rb"<[A-Za-z]")

_NO_NETWORK_FIX = ("If there is no internet here: save the page as HTML (Ctrl+S) from a browser that has it, "
                   "and load the file: kit.load_articles('page.html').")
_SAVE_FIX = "Open the page in a browser, save it as HTML (Ctrl+S) and load the file: kit.load_articles('page.html')."
_NOT_HTML = {b"%PDF-": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
             b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP or Word file", b"RIFF": "a WebP image or sound file"}


def is_url(value) -> bool:
    """True for a web address that starts with ``http://`` or ``https://``.

    >>> is_url("https://example.org/news/1"), is_url("data/articles"), is_url("www.example.org")
    (True, False, False)
    """
    return isinstance(value, str) and re.match(r"(?i)^https?://", value.strip()) is not None


def cache_folder() -> Path:
    """The folder that keeps a copy of every fetched page: ``web-cache`` in the current folder.

    Set the environment variable ``KIT_WEB_CACHE`` to use another folder. Delete the folder at any
    time: pages are then fetched again the next time they are loaded.

    >>> cache_folder().name
    'web-cache'
    """
    return Path(os.environ.get("KIT_WEB_CACHE") or Path.cwd() / "web-cache").expanduser()


@dataclass
class Page:
    """A fetched page: the address asked for, where it ended up, the bytes, and where the copy is."""

    url: str
    final_url: str
    html: bytes
    content_type: str
    fetched: str
    cache_file: Path | None
    from_cache: bool


# --------------------------------------------------------------------------- fetching

def _cache_paths(url: str, folder: Path) -> tuple[Path, Path]:
    url = url.split("#", 1)[0]  # "#comments" is the same page
    try:
        where = urlsplit(url).path
    except ValueError:
        where = ""
    name = re.sub(r"[^A-Za-z0-9]+", "-", f"{_host(url)}{where}").strip("-")[:60].strip("-")
    digest = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = f"{name or 'page'}-{digest}"
    return folder / f"{stem}.html", folder / f"{stem}.json"


def _from_cache(url: str, folder: Path) -> Page | None:
    html_path, info_path = _cache_paths(url, folder)
    if not (html_path.is_file() and info_path.is_file()):
        return None
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        data = html_path.read_bytes()
    except (OSError, ValueError):
        return None  # a damaged copy: fetch the page again
    return Page(url, info.get("final_url", url), data, info.get("content_type", ""), info.get("fetched", ""),
                html_path, True)


def _save(page: Page, folder: Path) -> Page:
    html_path, info_path = _cache_paths(page.url, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        readme = folder / "README.txt"
        if not readme.exists():
            readme.write_text("Copies of web pages fetched by the media-literacy kit, so that a notebook run again\n"
                              "fetches nothing twice and works offline. Delete this folder at any time.\n"
                              "These copies are for analysis in class: do not republish them.\n", encoding="utf-8")
        info = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
                "fetched": page.fetched, "user_agent": USER_AGENT}
        remove_leftover_parts(folder)
        for path, data in ((html_path, page.html), (info_path, (json.dumps(info, indent=2) + "\n").encode())):
            part = path.with_name(f"{path.name}.{os.getpid()}.part")  # whole files only, even in a shared folder
            try:
                part.write_bytes(data)
                os.replace(part, path)
            finally:
                part.unlink(missing_ok=True)  # a failed write (a full disk) leaves no piece behind
    except OSError:
        return page  # a read-only folder: the page still loads, it is just not kept
    page.cache_file = html_path
    return page


#: A ``.part`` file older than this (seconds) is a piece left by a fetch that was stopped (kill -9, a crash).
PART_FILE_AGE = 60


def remove_leftover_parts(folder) -> list[Path]:
    """Delete the ``.part`` files in the cache folder that a stopped fetch left behind; returns what was deleted.

    A ``.part`` file is written and renamed in one step, so one that is older than ``PART_FILE_AGE``
    seconds, or whose process (the number in its name) no longer runs, is a leftover.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "page-1a2b.html.999999999.part").write_bytes(b"<html>")
    >>> [p.name for p in remove_leftover_parts(folder)], list(folder.iterdir())
    (['page-1a2b.html.999999999.part'], [])
    """
    removed = []
    try:
        parts = [p for p in Path(folder).iterdir() if p.name.endswith(".part")]
    except OSError:
        return removed
    now = time.time()
    for part in parts:
        pid_text = part.name[:-len(".part")].rsplit(".", 1)[-1]
        try:
            old = now - part.stat().st_mtime > PART_FILE_AGE
            if old or not _process_runs(int(pid_text) if pid_text.isdigit() else -1):
                part.unlink()
                removed.append(part)
        except OSError:
            continue  # deleted meanwhile, or not ours to delete
    return removed


def _process_runs(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process (or a number that cannot be checked): leave it to the age rule
    return True


def _fail(url: str, problem: str, fix: str):
    raise ArticleError(problem, file=url, field="url", fix=fix) from None


def _sniff(data: bytes) -> str | None:
    """What a page is when its first bytes show it is not HTML (a PDF, an image...)."""
    return next((kind for magic, kind in _NOT_HTML.items() if data.startswith(magic)), None)


def _check_url(url: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # both raise ValueError for "http://[::1/x" or "http://a:99999"
    except ValueError:
        host = None
    if not host or " " in url:
        _fail(url, "this is not a complete web address",
              "Copy the whole address from the browser's address bar, starting with https://")
    return url


def fetch(url: str, *, cache: bool | str | Path = True, refresh: bool = False, timeout: float | None = None) -> Page:
    """Fetch one web page, or take it from the cache folder if it was fetched before.

    ``cache=True`` keeps a copy in :func:`cache_folder` (``cache`` may also be a folder);
    ``refresh=True`` fetches the page again even if a copy exists. ``timeout`` is the time the whole
    fetch may take, redirects and a slow site included (default ``TIMEOUT_SECONDS``). Every problem (no connection,
    a missing page, a timeout, a PDF, a page over ``MAX_BYTES``, a redirect loop) is a ``KitError``
    that names the address and says what to do.

    >>> fetch("https://")
    Traceback (most recent call last):
    ...
    kit.errors.ArticleError: https://: field 'url': this is not a complete web address
      How to fix: Copy the whole address from the browser's address bar, starting with https://
    """
    url = _check_url(url)
    folder = None if cache is False else (cache_folder() if cache is True else Path(cache))
    if folder is not None and not refresh:
        kept = _from_cache(url, folder)
        if kept is not None:
            return kept
    seconds = TIMEOUT_SECONDS if timeout is None else timeout
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or not 0 < seconds < 3600:
        raise ArticleError(f"timeout={timeout!r} is not a number of seconds", field="timeout",
                           fix="Give the seconds a fetch may take, for example timeout=20.")
    deadline = Deadline(seconds)
    try:
        page = _download(url, deadline)
    finally:
        deadline.cancel()
    return _save(page, folder) if folder is not None else page


class Deadline:
    """One time limit for a whole fetch: when it runs out, every connection the fetch opened is shut.

    A site that sends one byte a second, or a header line every ten seconds, never makes a single
    read wait long; a limit per read would never end such a fetch. This one does.

    >>> d = Deadline(5)
    >>> 0 < d.left() <= 5, d.expired
    (True, False)
    >>> d.cancel()
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self.expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        """Seconds left (at least a millisecond, so that a socket timeout is never zero)."""
        return max(0.001, self.end - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        """Shut this connection when the time is up (at once if it already is)."""
        with self._lock:
            self._sockets.append(sock)
            if not self.expired:
                return
        _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _pool_manager(deadline: Deadline):
    """A urllib3 PoolManager whose every connection is watched by ``deadline``."""
    import urllib3
    from urllib3.connection import HTTPConnection, HTTPSConnection

    class Watched:
        def _new_conn(self):  # the one place urllib3 opens a socket (before TLS, so a slow handshake is watched too)
            sock = super()._new_conn()
            deadline.watch(sock)
            return sock

    class Conn(Watched, HTTPConnection):
        pass

    class SecureConn(Watched, HTTPSConnection):
        pass

    class Pool(urllib3.HTTPConnectionPool):
        ConnectionCls = Conn

    class SecurePool(urllib3.HTTPSConnectionPool):
        ConnectionCls = SecureConn

    http = urllib3.PoolManager(headers={"User-Agent": USER_AGENT,
                                        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
    http.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}
    return http


def _download(url: str, deadline: Deadline) -> Page:
    import urllib3
    from urllib3 import exceptions as failed

    http = _pool_manager(deadline)
    retries = urllib3.Retry(total=None, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS,
                            raise_on_redirect=True, raise_on_status=False)
    timeout = urllib3.Timeout(connect=deadline.left(), read=deadline.left())
    try:
        response = http.request("GET", url, retries=retries, timeout=timeout, preload_content=False)
        try:
            status = response.status
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            length = response.headers.get("Content-Length", "")
            if 200 <= status < 300:
                if length.isdigit() and int(length) > MAX_BYTES:
                    _too_big(url, int(length))
                chunks, size = [], 0
                for chunk in response.stream(64 * 1024):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_BYTES:
                        _too_big(url, size)
                    if deadline.expired:
                        _timeout(url, deadline.seconds)
                data = b"".join(chunks)
            else:
                data = b""
            final_url = urljoin(url, response.geturl() or url)
        finally:
            response.release_conn()
    except ArticleError:
        raise
    except failed.MaxRetryError as exc:
        reason = exc.reason
        if deadline.expired:
            _timeout(url, deadline.seconds)
        if isinstance(reason, failed.ResponseError) and "redirect" in str(reason).lower():
            _fail(url, f"the site sent the kit from address to address more than {MAX_REDIRECTS} times "
                       "(a redirect loop)",
                  "Open the address in a browser and copy the address of the page it finally shows. " + _SAVE_FIX)
        if isinstance(reason, failed.NewConnectionError):  # (urllib3 makes this a kind of timeout: test it first)
            _fail(url, "could not connect to the site: no internet here, or the address is wrong",
                  "Check the address. " + _NO_NETWORK_FIX)
        if isinstance(reason, failed.TimeoutError):
            _timeout(url, deadline.seconds)
        if isinstance(reason, failed.SSLError):
            _fail(url, "the site's security certificate could not be checked",
                  "Check the address (https://...). " + _SAVE_FIX)
        _fail(url, "could not fetch the page (the connection failed)", "Try again. " + _NO_NETWORK_FIX)
    except failed.TimeoutError:
        _timeout(url, deadline.seconds)
    except (failed.ProtocolError, failed.HTTPError, OSError, ValueError):
        if deadline.expired:
            _timeout(url, deadline.seconds)
        _fail(url, "the connection broke while the page was arriving", "Try again. " + _NO_NETWORK_FIX)
    finally:
        http.clear()  # close every connection now, not when Python collects them
    if deadline.expired:  # the connection was shut at the deadline: what arrived is not the whole page
        _timeout(url, deadline.seconds)
    _check_status(url, status)
    kind = _sniff(data)
    if kind or (content_type and content_type not in ("text/html", "application/xhtml+xml", "text/plain", "")):
        shown = kind or f"a '{content_type}' file"
        _fail(url, f"this address gives {shown}, not a web page",
              "For a PDF or a document: open it, copy the article's text into a .txt file and load that "
              "(or paste it into kit.article(...)).")
    if not data.strip():
        _fail(url, "the site sent an empty page", _SAVE_FIX)
    fetched = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Page(url, final_url, data, content_type, fetched, None, False)


def _too_big(url: str, size: int):
    _fail(url, f"the page is larger than the kit's limit ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)",
          "Check that the address is one article, not a file or an archive. For a long page: save it from "
          "a browser, or copy the article's text into a .txt file and load that.")


def _timeout(url: str, seconds: float):
    _fail(url, f"the site did not send the whole page within {seconds:g} seconds (a timeout)",
          "Try again in a minute, or allow more time: kit.load_articles(url, timeout=60). " + _NO_NETWORK_FIX)


def _check_status(url: str, status: int) -> None:
    if 200 <= status < 300:
        return
    if status == 404 or status == 410:
        _fail(url, f"the site says this page does not exist (HTTP {status})",
              "Check the address for typing mistakes. A page that was removed may still be in a web archive "
              "(for example the Wayback Machine): load the archived address instead.")
    if status in (401, 403):
        _fail(url, f"the site refused to send this page to the kit (HTTP {status}); many sites block programs "
                   "or ask readers to log in",
              _SAVE_FIX)
    if status == 429:
        _fail(url, "the site says too many requests came from here (HTTP 429)",
              "Wait a few minutes and try again; in class, load the page once and share the saved copy.")
    if status >= 500:
        _fail(url, f"the site had a problem of its own (HTTP {status})", "Try again later. " + _SAVE_FIX)
    _fail(url, f"the site did not send the page (HTTP {status})", _SAVE_FIX)


# --------------------------------------------------------------------------- extraction

def _extract(data: bytes | str, url: str | None):
    """trafilatura's main text and metadata, or None. No network: trafilatura only reads ``data``."""
    import trafilatura

    return trafilatura.bare_extraction(
        data, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, favor_precision=True,
        # dates only from the page's own markup (meta tags, JSON-LD, <time>), never guessed from the text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def record_from_html(data: bytes | str, *, source: str, url: str = "", min_words: int = MIN_WORDS) -> dict:
    """One article record (title, author, published, outlet, url, text, boilerplate) from a page's HTML.

    ``source`` (a file name or an address) is named in every error; ``url`` is where the page came
    from, used when the page names no canonical address. The outlet is the site name the page gives
    (never guessed from the address).

    >>> record_from_html(b"<html><body><nav>Home</nav><p>Subscribe to read.</p></body></html>", source="stub.html")
    Traceback (most recent call last):
    ...
    kit.errors.ArticleError: stub.html: field 'text': no article text was found on this page (a front page, a list of links or a paywall?)
      How to fix: Load the page of one article. If the article is behind a paywall or only shows in a browser, copy its text and use kit.article("...", title=..., outlet=...).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        raise ArticleError("the file is empty", file=source, field="text",
                           fix="Save the page again from the browser (Ctrl+S, 'Web page, HTML only').")
    kind = _sniff(raw)
    if kind or (b"\x00" in raw[:4096]):
        raise ArticleError(f"this is {kind or 'a binary file'}, not a web page", file=source, field="text",
                           fix="Open it, copy the article's text into a .txt file and load that.")
    elements = sum(1 for _ in _START_TAG.finditer(raw))
    if elements > MAX_ELEMENTS:
        raise ArticleError(f"the page has {elements:,} HTML elements; the kit reads pages of up to {MAX_ELEMENTS:,} "
                           "(a news article's page usually has a few thousand)", file=source, field="text",
                           fix="Check that this is the page of one article. For a very long page, copy the "
                               "article's text into a .txt file and load that, or use kit.article(\"...\").")
    doc = _extract(raw, url)
    text = doc.text if doc is not None and doc.text else ""
    lines = text.count("\n") + 1
    if lines > MAX_PARAGRAPHS:
        raise ArticleError(f"the page's text has {lines:,} paragraphs; the kit reads pages of up to "
                           f"{MAX_PARAGRAPHS:,}", file=source, field="text",
                           fix="Check that this is the page of one article; split a long text into one .txt "
                               "file per article.")
    cleaned = clean_document(text.replace("\n", "\n\n"), find_title=False) if text.strip() else None
    if cleaned is None or count_words(cleaned.text) < min_words:
        raise ArticleError("no article text was found on this page (a front page, a list of links or a paywall?)",
                           file=source, field="text",
                           fix="Load the page of one article. If the article is behind a paywall or only shows in a "
                               "browser, copy its text and use kit.article(\"...\", title=..., outlet=...).")
    title = doc.title or cleaned.title or ""
    if title and cleaned.paragraphs and _same(cleaned.paragraphs[0], title):
        cleaned.boilerplate.insert(0, cleaned.paragraphs.pop(0))  # the headline, repeated above the text
    sitename = doc.sitename or ""
    address = doc.url or url or ""
    if sitename and address and sitename.lower() in _host(address, netloc=True):
        sitename = ""  # trafilatura fell back to the address: that is not a name the page gives
    return {
        "article_id": "", "title": title, "author": doc.author or cleaned.author or "",
        "published": doc.date or cleaned.published or "", "outlet": sitename, "url": address,
        "rights": doc.license or "", "notes": "",
        "text": cleaned.text, "boilerplate": "\n\n".join(cleaned.boilerplate), "source_file": "",
    }


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def record_from_url(url: str, *, cache: bool | str | Path = True, refresh: bool = False,
                    timeout: float | None = None) -> dict:
    """Fetch a page (or take it from the cache) and return its article record; see :func:`fetch`.

    The record's ``url`` is the page's canonical address, or the address it was fetched from.

    >>> record_from_url("ftp://example.org/a")
    Traceback (most recent call last):
    ...
    kit.errors.ArticleError: ftp://example.org/a: field 'url': the kit reads only web addresses that start with http:// or https://
      How to fix: Copy the address from the browser's address bar.
    """
    if not is_url(url):
        _fail(str(url), "the kit reads only web addresses that start with http:// or https://",
              "Copy the address from the browser's address bar.")
    page = fetch(url, cache=cache, refresh=refresh, timeout=timeout)
    record = record_from_html(page.html, source=url.strip(), url=page.final_url)
    record["_id_base"] = _id_from_url(record["url"] or page.final_url)
    return record


def _id_from_url(url: str) -> str:
    """A readable id from an address: the last part of its path, or the site name."""
    try:
        path = urlsplit(url).path
    except ValueError:  # a page's own canonical address can be malformed ("http://[::1/x")
        path = ""
    segments = [s for s in path.split("/") if s and s.lower() not in ("index.html", "index.htm", "amp")]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segments[-1], flags=re.I) if segments else ""
    if not re.search(r"[A-Za-z]", last):
        last = (_host(url) or "page").removeprefix("www.") + ("-" + last if last else "")
    return last


def _host(url: str, netloc: bool = False) -> str:
    """The address's host name (with ``netloc``: and port) in lower case ("" when the address is malformed)."""
    try:
        parts = urlsplit(url)
        return (parts.netloc if netloc else parts.hostname or "").lower()
    except ValueError:
        return ""
