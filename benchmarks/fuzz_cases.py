"""The cases of issue 24 for ``benchmarks/fuzz_loader.py``: what an outside fuzzer found, as seeded generators.

Each ``make_*`` function builds one case from a ``random.Random`` in a fresh folder and returns
``(kind, check)``; ``check()`` runs the kit (in the fuzzer's child process) and returns ``"loaded"``
or ``"refused"`` (a KitError with a fix), or raises :class:`SilentDrop` (an item neither loaded nor
reported), :class:`Hang` (over the time or CPU budget) or any other exception (a crash)::

    >>> import random, tempfile
    >>> from pathlib import Path
    >>> kind, check = make_case(random.Random(3), Path(tempfile.mkdtemp()), web_base=None)
    >>> check() in ("loaded", "refused")
    True

Cases: file names with bytes that are not UTF-8 and names too long; pasted text and JSON manifests
with lone surrogates; links to ``/proc/self/mem``; a manifest naming a folder; malformed addresses;
CSV manifests with an unclosed quote (or one closed rows later); manifest rows pointing outside
the manifest's folder; pages of up to 5 MB (400,000 ``<p>a</p>``, long paragraphs, one ``<pre>``);
and, with ``web_base`` (a server from :func:`start_server`): a status line, header lines or a body
sent a byte at a time, slow redirects, gzip and deflate bombs, and ``.part`` files left by a fetch
killed with SIGKILL.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import resource
import signal
import socket
import threading
import time
import warnings
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import kit
from kit.articlefiles import visible_name
from kit.errors import KitError

#: The budget a page up to the 5 MB cap must load (or be refused) in: issue 24, item 2.
PAGE_CPU_SECONDS = 5.0
PAGE_MEMORY_MB = 300
PARAGRAPH = ("Paragraph {i}: the council met on Tuesday and voted on the plan for the river, the mayor said. "
             "Critics disagreed with the plan and said it cost too much. ")


class SilentDrop(AssertionError):
    """An item given to the loader was neither loaded nor reported (or was both)."""


class Hang(AssertionError):
    """A case went over its time or CPU budget."""


def _expect(condition: bool, detail) -> None:
    if not condition:
        raise SilentDrop(detail)


def _load(source, **kw):
    """load_articles with errors='skip': the table, or None after a KitError (checked to carry a fix)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            arts = kit.load_articles(source, errors="skip", **kw)
        except KitError as err:
            assert err.problems and all(p.fix for p in err.problems), str(err)
            arts = None
    others = [w for w in caught if not issubclass(w.category, kit.corpus.KitWarning)]
    assert not others, [str(w.message)[:300] for w in others]
    if arts is not None:
        _sound(arts)
    return arts


def _sound(arts) -> None:
    """No lone surrogate anywhere, unique ids, exact offsets."""
    assert len(arts) and arts.article_id.is_unique
    for column in arts.columns:
        for value in arts[column]:
            if isinstance(value, str):
                assert not any("\ud800" <= c <= "\udfff" for c in value), (column, value[:80])
    texts = dict(zip(arts.article_id, arts.text))
    for table in (kit.paragraphs(arts), kit.sentences(arts)):
        for aid, start, end, text in zip(table.article_id, table.start, table.end, table.text):
            assert texts[aid][start:end] == text


def _text(rng: random.Random, surrogates: bool = False) -> str:
    words = "the council said critics claimed U.S. Gen. Smith \u201cwe will stay,\u201d he added".split()
    parts = [rng.choice(words) for _ in range(rng.randint(3, 40))]
    if surrogates:
        for _ in range(rng.randint(1, 4)):
            parts.insert(rng.randrange(len(parts) + 1), chr(rng.randint(0xD800, 0xDFFF)))
    return " ".join(parts).capitalize() + "."


# --------------------------------------------------------------------------- folders and names

def _folder_check(folder: Path):
    def check() -> str:
        given = {visible_name(name) for name in os.listdir(folder)}
        arts = _load(folder)
        if arts is None:
            return "refused"
        loaded = [Path(f).name for f in arts.source_file]
        reported = [str(s["file"]).rsplit("/", 1)[-1] for s in arts.attrs["skipped"]]
        _expect(len(loaded) + len(reported) == len(given), ("loaded + skipped != given", loaded, reported, given))
        _expect(set(loaded) | set(reported) == given, ("not accounted for", given - set(loaded) - set(reported)))
        return "loaded"
    return check


def make_odd_names(rng: random.Random, root: Path):
    """A folder whose file names hold bytes that are not UTF-8, or are too long, beside good ones."""
    folder = root / "names"
    folder.mkdir()
    for i in range(rng.randint(1, 5)):
        stem = rng.choice([b"good%d" % i, b"bad\xff%d" % i, b"\xed\xa0\x80%d" % i, b"caf\xe9%d" % i,
                           bytes(rng.randint(128, 255) for _ in range(rng.randint(1, 8))) + b"%d" % i,
                           b"n" * rng.randint(240, 400)])
        name = stem + rng.choice([b".txt", b".md", b".html", b".pdf"])
        try:
            with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
                handle.write(_text(rng, surrogates=False).encode() if rng.random() < 0.8 else b"")
        except OSError:
            pass  # too long for this file system: never given
    return "odd-names", _folder_check(folder)


def make_read_error(rng: random.Random, root: Path):
    """A link to /proc/self/mem (opens, every read fails) in a folder, a manifest or given on its own."""
    folder = root / "mem"
    folder.mkdir()
    (folder / "good.txt").write_text(_text(rng), encoding="utf-8")
    os.symlink("/proc/self/mem", folder / rng.choice(["mem.txt", "mem.md", "mem.html"]))
    how = rng.randrange(3)
    if how == 0:
        return "read-error", _folder_check(folder)
    if how == 1:
        target = next(folder.glob("mem.*"))

        def check_one() -> str:
            return "refused" if _load(target) is None else _fail("a /proc/self/mem link loaded")
        return "read-error", check_one
    (folder / "m.csv").write_text(f"file\ngood.txt\n{next(folder.glob('mem.*')).name}\n", encoding="utf-8")
    return "read-error", _manifest_check(folder / "m.csv", 2, folder)


def _fail(message: str):
    raise AssertionError(message)


def make_long_name(rng: random.Random, root: Path):
    """A name too long for the file system: alone, in a list with a good file, or in a manifest."""
    long_name = "x" * rng.randint(256, 5000) + rng.choice([".txt", ".md", ".html", ""])
    good = root / "good.txt"
    good.write_text(_text(rng), encoding="utf-8")
    how = rng.randrange(3)
    if how == 0:
        return "long-name", lambda: "refused" if _load(long_name) is None else _fail("a missing file loaded")

    if how == 1:
        def check_list() -> str:
            arts = _load([str(good), long_name])
            _expect(arts is not None and len(arts) == 1 and len(arts.attrs["skipped"]) == 1, "long name lost")
            return "loaded"
        return "long-name", check_list
    (root / "m.csv").write_text(f"file\ngood.txt\n{long_name}\n", encoding="utf-8")
    return "long-name", _manifest_check(root / "m.csv", 2, root)


# --------------------------------------------------------------------------- manifests

def _manifest_check(path: Path, rows: int, folder: Path, allow: bool = False, outside_text: str | None = None):
    """Every one of ``rows`` rows is loaded or reported; nothing outside ``folder`` is read unless ``allow``."""
    def check() -> str:
        arts = _load(path, allow_outside=allow)
        if arts is None:
            return "refused"
        name = path.name
        by_line = {s["line"] for s in arts.attrs["skipped"] if Path(str(s["file"])).name == name and s["line"]}
        by_file = [s for s in arts.attrs["skipped"] if Path(str(s["file"])).name != name]
        _expect(len(arts) + len(by_line) + len(by_file) == rows,
                ("loaded + skipped != given", rows, list(arts.source_file), arts.attrs["skipped"]))
        if not allow:
            for source in filter(None, arts.source_file):  # inline text has no file
                full = Path(source) if Path(source).is_absolute() else kit.datafiles.data_dir().parent / source
                assert full.resolve().is_relative_to(folder.resolve()), f"read outside the folder: {source}"
            if outside_text is not None:
                assert not any(outside_text in t for t in arts.text), "an outside file's text was loaded"
        return "loaded"
    return check


def make_json_surrogates(rng: random.Random, root: Path):
    """A JSON manifest holding "\\ud800" escapes in texts, titles, keys and file names."""
    (root / "a.txt").write_text(_text(rng), encoding="utf-8")
    rows = []
    for _ in range(rng.randint(1, 5)):
        row = rng.choice([{"file": "a.txt"}, {"text": _text(rng, surrogates=True)},
                          {"file": "a\ud800.txt"}, {"text": "\ud800"}])
        if rng.random() < 0.5:
            row["title"] = _text(rng, surrogates=True)[:30]
        if rng.random() < 0.3:
            row[chr(rng.randint(0xD800, 0xDFFF)) + "key"] = "value \udfff"
        if rng.random() < 0.3:
            row["article_id"] = rng.choice(["x\ud800", "x", "same"])
        rows.append(row)
    (root / "m.json").write_text(json.dumps(rows), encoding="utf-8")
    return "json-surrogates", _manifest_check(root / "m.json", len(rows), root)


def make_pasted(rng: random.Random, root: Path):
    """kit.article() with lone surrogates (and titles with them)."""
    text = "\n\n".join(_text(rng, surrogates=rng.random() < 0.8) for _ in range(rng.randint(1, 4)))
    title = _text(rng, surrogates=True)[:40] if rng.random() < 0.5 else ""

    def check() -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", kit.corpus.KitWarning)
            try:
                arts = kit.article(text, title=title)
            except KitError:
                return "refused"
        _sound(arts)
        return "loaded"
    return "pasted-surrogates", check


def make_manifest_folder(rng: random.Random, root: Path):
    """A manifest whose file cell names a folder ('.', '..', a subfolder), beside good rows."""
    (root / "sub").mkdir()
    (root / "a.txt").write_text(_text(rng), encoding="utf-8")
    cells = [rng.choice([".", "..", "sub", "sub/", "./", "a.txt"]) for _ in range(rng.randint(1, 4))]
    (root / "m.csv").write_text("file\n" + "\n".join(cells) + "\n", encoding="utf-8")
    return "manifest-folder", _manifest_check(root / "m.csv", len(cells), root)


def make_unclosed_quote(rng: random.Random, root: Path):
    """A CSV manifest with a quote opened and never closed, or closed some rows later."""
    names = [f"f{i}.txt" for i in range(rng.randint(2, 6))]
    for name in names:
        (root / name).write_text(_text(rng), encoding="utf-8")
    column = rng.choice(["notes", "title", "outlet"])
    lines = [f"file,{column}"] + [f"{n},note {i}" for i, n in enumerate(names)]
    bad = rng.randrange(1, len(lines))
    lines[bad] = lines[bad].replace(",", ',"', 1)  # the opening quote
    if rng.random() < 0.5 and bad + 1 < len(lines):  # ... closed on a later line, swallowing the ones between
        later = rng.randrange(bad + 1, len(lines))
        lines[later] += '"'
    (root / "m.csv").write_text(rng.choice(["\n", "\r\n"]).join(lines) + "\n", encoding="utf-8")

    def check() -> str:
        for errors in ("skip", "raise"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    arts = kit.load_articles(root / "m.csv", errors=errors)
                except KitError as err:
                    assert err.line or any(p.line for p in err.problems), str(err)
                    continue
            raise SilentDrop(("a manifest with an unclosed quote loaded", len(arts), "of", len(names), lines))
        return "refused"
    return "unclosed-quote", check


def make_outside(rng: random.Random, root: Path):
    """Manifest rows that point outside the manifest's folder: ../, absolute paths, links."""
    folder = root / "class"
    folder.mkdir()
    (folder / "a.txt").write_text(_text(rng), encoding="utf-8")
    secret = f"A private note number {rng.randrange(10**9)} of the student's own."
    (root / "private.txt").write_text(secret, encoding="utf-8")
    os.symlink(root / "private.txt", folder / "link.txt")
    choices = ["a.txt", "../private.txt", str(root / "private.txt"), "link.txt", "../../etc/passwd",
               "/etc/hostname", "sub/../../private.txt", "./a.txt"]
    cells = [rng.choice(choices) for _ in range(rng.randint(1, 5))]
    (folder / "m.csv").write_text("file\n" + "\n".join(cells) + "\n", encoding="utf-8")
    allow = rng.random() < 0.2
    return "outside", _manifest_check(folder / "m.csv", len(cells), folder, allow=allow,
                                      outside_text=None if allow else secret)


def make_bad_address(rng: random.Random, root: Path):
    """Malformed web addresses (no connection is ever opened: the child refuses DNS)."""
    url = rng.choice(["http://[::1/x", "http://[", "https://[::1]:port/", "http://a:99999/", "http://%zz/",
                      "https://", "http:// space.org/", "http://[::1]]/", "http://\ud800.org/", "https://@/",
                      "http://[" + "1" * rng.randint(1, 50)])

    def check() -> str:
        def refuse(*args, **kwargs):
            raise OSError("the fuzzer allows no network")

        socket.getaddrinfo = refuse
        socket.create_connection = refuse
        os.environ["KIT_WEB_CACHE"] = str(root / "cache")
        given = [url, str(root / "x.txt")] if rng.random() < 0.3 else url
        (root / "x.txt").write_text(_text(rng), encoding="utf-8")
        arts = _load(given, timeout=2)
        if arts is None:
            return "refused"
        _expect(len(arts) + len(arts.attrs["skipped"]) == 2, "an address was lost")
        return "loaded"
    return "bad-address", check


# --------------------------------------------------------------------------- large pages

def big_page(kind: str, rng: random.Random) -> bytes:
    """A page of up to 5 MB: the issue's 400,000 ``<p>a</p>``, long paragraphs, one ``<pre>``, nested divs."""
    if kind == "p":
        return b"<html><body>" + b"<p>a</p>" * rng.choice([400_000, 600_000, 24_000]) + b"</body></html>"
    if kind == "long":
        n = rng.choice([19_000, 24_000, 30_000])
        body = "".join(f"<p>{PARAGRAPH.format(i=i)}</p>\n" for i in range(n)).encode()[:4_900_000]
        return b"<html><head><title>Long</title></head><body><article>" + body + b"</article></body></html>"
    if kind == "pre":
        return b"<html><body><pre>" + b"word\n" * 990_000 + b"</pre></body></html>"
    return b"<html><body>" + b"<div>" * 20_000 + b"text " * 100_000 + b"</div>" * 20_000 + b"</body></html>"


def _resident_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def budget_check(load):
    """Run ``load``; raise Hang over PAGE_CPU_SECONDS of CPU, AssertionError over PAGE_MEMORY_MB more memory."""
    def check() -> str:
        before = resource.getrusage(resource.RUSAGE_SELF)
        resident = _resident_mb()
        outcome = "refused" if load() is None else "loaded"
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        peak = after.ru_maxrss / 1000 - resident  # ru_maxrss is in KB on Linux
        if cpu > PAGE_CPU_SECONDS:
            raise Hang(f"a large page took {cpu:.1f} s of CPU (budget {PAGE_CPU_SECONDS:g} s)")
        assert peak <= PAGE_MEMORY_MB, f"a large page took {peak:.0f} MB more (budget {PAGE_MEMORY_MB} MB)"
        return outcome
    return check


def make_large_page(rng: random.Random, root: Path):
    kind = rng.choice(["p", "long", "pre", "nested"])
    path = root / f"big-{kind}.html"
    path.write_bytes(big_page(kind, rng))
    return f"large-page-{kind}", budget_check(lambda: _load(path))


# --------------------------------------------------------------------------- the web (a server on 127.0.0.1)

class FuzzHandler(BaseHTTPRequestHandler):
    """Pages and misbehaving answers for the web cases; nothing here waits more than about 10 s."""

    step = 0.05

    def log_message(self, *args):
        pass

    def dribble(self, pieces) -> None:
        try:
            for piece in pieces:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(self.step)
        except OSError:
            pass

    def send_page(self, body: bytes, headers=()) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def do_GET(self):  # noqa: N802 - the name http.server calls
        path = self.path.split("?")[0]
        if path == "/status":
            return self.dribble(bytes([b]) for b in b"HTTP/1.1 200 OK\r\n" * 20)
        if path == "/headers":
            return self.dribble([b"HTTP/1.1 200 OK\r\n"] + [b"X-Wait: %d\r\n" % i for i in range(200)])
        if path == "/body":
            return self.dribble([b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999\r\n\r\n"]
                                + [b"<"] * 200)
        if path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            time.sleep(0.2)
            self.send_response(302)
            self.send_header("Location", f"/hop/{n - 1}" if n > 0 else "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if path == "/gzip-bomb":
            return self.send_page(gzip.compress(b"<p>" + b"a" * 60_000_000), [("Content-Encoding", "gzip")])
        if path == "/deflate-bomb":
            return self.send_page(zlib.compress(b"<p>" + b"b" * 60_000_000), [("Content-Encoding", "deflate")])
        if path == "/big":
            return self.send_page(b"<html><body>" + b"<p>a</p>" * 400_000 + b"</body></html>")
        body = "".join(f"<p>{PARAGRAPH.format(i=i)}</p>" for i in range(8))
        return self.send_page(f"<html><head><title>Page {self.path}</title></head><body><article>{body}"
                              "</article></body></html>".encode())


def start_server() -> tuple[str, ThreadingHTTPServer]:
    """A server on 127.0.0.1 in a thread of this process (children forked later use it)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FuzzHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}", httpd


def make_web(rng: random.Random, root: Path, base: str):
    cache = root / "cache"
    os.environ["KIT_WEB_CACHE"] = str(cache)
    kind = rng.choice(["status", "headers", "body", "hop", "bomb", "big", "ok", "part", "kill"])
    timeout = round(rng.uniform(0.3, 1.0), 2)
    if kind in ("status", "headers", "body", "hop"):
        url = f"{base}/{kind}" if kind != "hop" else f"{base}/hop/{rng.randint(3, 8)}"

        def check_slow() -> str:
            started = time.monotonic()
            arts = _load(url, timeout=timeout)
            took = time.monotonic() - started
            if took > timeout + 5:  # a limit per read would take 10 s or more (the servers send for 10 s)
                raise Hang(f"{url}: {took:.1f} s with a {timeout} s deadline")
            assert arts is None or kind == "hop", f"{url} loaded"  # a few quick hops may fit in the deadline
            assert not list(cache.glob("*.part")), "a .part file was left"
            return "refused" if arts is None else "loaded"
        return f"web-{kind}", check_slow
    if kind == "bomb":
        url = f"{base}/{rng.choice(['gzip-bomb', 'deflate-bomb'])}"
        return "web-bomb", budget_check(lambda: _load(url) and _fail("a bomb loaded"))
    if kind == "big":
        return "web-big", budget_check(lambda: _load(f"{base}/big?{rng.random()}"))
    if kind == "ok":
        return "web-ok", lambda: "loaded" if _load(f"{base}/page/{rng.random()}", timeout=10) is not None \
            else _fail("a good page was refused")
    return f"web-{kind}", _part_check(rng, base, cache, kill=kind == "kill")


def _part_check(rng: random.Random, base: str, cache: Path, kill: bool):
    """.part files from stopped fetches (old ones, or a fetch killed with SIGKILL) are gone after a later fetch,
    and every copy left in the cache is whole (its .json reads)."""
    def check() -> str:
        from kit import web

        cache.mkdir(parents=True, exist_ok=True)
        (cache / "page-0123456789.html.999999999.part").write_bytes(b"<html>half")
        if kill:
            pid = os.fork()
            if pid == 0:  # fetches that are killed while the page arrives or while its copy is saved
                try:
                    for n in range(1000):
                        web.fetch(f"{base}/big?{n}", cache=cache, refresh=True, timeout=10)
                finally:
                    os._exit(0)
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        arts = _load(f"{base}/page/{rng.random()}", timeout=10)
        assert arts is not None, "a good page was refused"
        left = list(cache.glob("*.part"))
        assert not left, f".part files left: {[p.name for p in left]}"
        for info in cache.glob("*.json"):
            json.loads(info.read_text(encoding="utf-8"))
        return "loaded"
    return check


# --------------------------------------------------------------------------- choosing a case

MAKERS = [make_odd_names, make_read_error, make_long_name, make_json_surrogates, make_pasted,
          make_manifest_folder, make_unclosed_quote, make_outside, make_bad_address]


def make_case(rng: random.Random, root: Path, web_base: str | None, large_every: int = 60):
    """One issue-24 case: mostly loader cases, a web case in four when ``web_base`` is given,
    a large page in about ``large_every`` (each costs seconds of CPU)."""
    if rng.random() < 1 / large_every:
        return make_large_page(rng, root)
    if web_base and rng.random() < 0.25:
        return make_web(rng, root, web_base)
    return rng.choice(MAKERS)(rng, root)
