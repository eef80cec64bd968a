"""Web articles: URLs, saved pages, pasted text (issue 11).

No test touches the internet: a small http.server on 127.0.0.1 serves pages written for these tests.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

import kit
from kit import web

BODY = """
<p>The city council of Riverton voted five to two on Tuesday evening to approve the river-front plan,
ending a debate that had divided the town for more than a year.</p>
<p>Supporters said the plan would bring new housing, a public park and a footpath along the water.
Critics said the cost, which the council put at 4.5 million dollars, was too high for a town of its size.</p>
<p>"We will keep watching every step of this," said Mara Diaz, a spokeswoman for the residents' group
that opposed the plan. She said the vote came before the final flood report was published.</p>
<p>The mayor, Tom Berg, said work would start in May and that the report would be shared with residents.</p>
"""

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves river plan | Riverton Gazette</title>
<meta name="author" content="Ann Lee">
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
 <button>Accept all cookies</button> <a href="/privacy">Privacy policy</a></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>Council approves river plan</h1>
<p class="byline">By Ann Lee</p>
{BODY}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/1">Flood report delayed again</a></li>
<li><a href="/news/2">Mayor opens new bridge</a></li>
<li><a href="/news/3">Ten things to do this weekend</a></li></ul></aside>
</main>
<footer><p>Riverton Gazette, 12 Main Street</p><p><a href="/about">About us</a> | <a href="/contact">Contact</a>
| <a href="/terms">Terms of use</a></p></footer>
</body></html>"""

JSONLD_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Bridge reopens after repairs - Valley Times</title>
<link rel="canonical" href="https://valley-times.example/2024/04/02/bridge-reopens">
<meta property="og:title" content="Bridge reopens after repairs">
<meta property="og:site_name" content="Valley Times">
<meta property="og:url" content="https://valley-times.example/2024/04/02/bridge-reopens">
<meta property="og:type" content="article">
<script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after repairs",
             "datePublished": "2024-04-02T09:30:00Z", "author": {"@type": "Person", "name": "Sam Okafor"},
             "publisher": {"@type": "Organization", "name": "Valley Times"}})}
</script></head><body>
<article><h1>Bridge reopens after repairs</h1>
{BODY.replace("river-front plan", "bridge repairs")}
</article></body></html>"""

BARE_PAGE = f"<html><body>{BODY}</body></html>"

FRONT_PAGE = """<html><head><title>Riverton Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><ul>""" + "".join(
    f'<li><a href="/news/{i}">Headline number {i} about the town</a></li>' for i in range(30)) + "</ul></body></html>"

PAYWALL_PAGE = """<html><head><title>Council approves river plan</title></head><body>
<article><h1>Council approves river plan</h1><p>The city council voted on Tuesday.</p>
<div class="paywall"><p>Subscribe to keep reading. Already a subscriber? Log in.</p></div></article></body></html>"""

ESCAPE_PAGE = f"""<html><head><title>Script &lt;b&gt;test&lt;/b&gt;</title></head><body><article>
<p>A reader wrote &lt;script&gt;alert("x")&lt;/script&gt; into the comment box, and the page showed it as text.</p>
{BODY}</article></body></html>"""


class Handler(BaseHTTPRequestHandler):
    counts: dict[str, int] = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status, body: bytes, content_type="text/html; charset=utf-8", length=True, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - the name http.server calls
        Handler.counts[self.path] = Handler.counts.get(self.path, 0) + 1
        Handler.agents.append(self.headers.get("User-Agent", ""))
        pages = {"/news.html": NEWS_PAGE, "/jsonld.html": JSONLD_PAGE, "/bare.html": BARE_PAGE,
                 "/front.html": FRONT_PAGE, "/paywall.html": PAYWALL_PAGE, "/escape.html": ESCAPE_PAGE}
        if self.path in pages:
            return self.send(200, pages[self.path].encode("utf-8"))
        if self.path == "/moved":
            return self.send(301, b"", headers=[("Location", "/news.html")])
        if self.path in ("/loop-a", "/loop-b"):
            return self.send(302, b"", headers=[("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")])
        if self.path == "/report.pdf":
            return self.send(200, b"%PDF-1.4\n% a tiny pdf\n", "application/pdf")
        if self.path == "/photo.png":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        if self.path == "/unlabelled":
            return self.send(200, b"%PDF-1.4\n% no content type\n", "application/octet-stream")
        if self.path == "/huge":
            return self.send(200, b"<html><body>" + b"<p>word </p>" * 5000 + b"</body></html>")
        if self.path == "/huge-unannounced":
            return self.send(200, b"<html><body>" + b"<p>word </p>" * 5000 + b"</body></html>", length=False)
        if self.path == "/slow":
            time.sleep(2)
            return self.send(200, NEWS_PAGE.encode())
        status = {"/forbidden": 403, "/broken": 503, "/gone": 404, "/busy": 429}.get(self.path, 404)
        return self.send(status, b"<html><body>error</body></html>")


@pytest.fixture(scope="module")
def server():
    Handler.agents = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "web-cache"
    monkeypatch.setenv("KIT_WEB_CACHE", str(folder))
    return folder


def load(source, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return kit.load_articles(source, **kw)


def error_of(source, **kw) -> kit.KitError:
    with pytest.raises(kit.KitError) as info:
        load(source, **kw)
    return info.value


def assert_clean_error(err: kit.KitError, url: str, *words: str):
    text = str(err)
    assert url in text, text
    assert "How to fix" in text
    for word in words:
        assert word.lower() in text.lower(), text
    for internal in ("urllib3", "Traceback", "HTTPConnection", "MaxRetryError", "socket", "lxml"):
        assert internal not in text, text
    # no network-stack exception is chained for Python to print under the KitError
    assert err.__cause__ is None and (err.__context__ is None or err.__suppress_context__)


# --------------------------------------------------------------------------- text and metadata

def test_news_page_keeps_the_article_and_drops_the_page_around_it(server, cache):
    arts = load(f"{server}/news.html")
    assert list(arts.columns[:len(kit.corpus.ARTICLE_COLUMNS)]) == kit.corpus.ARTICLE_COLUMNS
    row = arts.iloc[0]
    assert row.text.startswith("The city council of Riverton voted five to two")
    assert row.text.endswith("shared with residents.")
    assert "Critics said the cost" in row.text
    for chrome in ("cookies", "Accept all", "Sport", "Related stories", "Mayor opens new bridge",
                   "12 Main Street", "Terms of use", "Subscribe"):
        assert chrome not in row.text, chrome
    assert row.text.count("\n\n") == 3  # four paragraphs, as on the page
    assert row.title == "Council approves river plan"
    assert row.author == "Ann Lee"
    assert "By Ann Lee" not in row.text
    assert row.boilerplate == "Council approves river plan"  # the headline above the text, kept as boilerplate
    assert row.url == f"{server}/news.html"
    assert row.source_file == ""
    assert row.article_id == "news"
    assert pd.isna(row.published)  # the page gives no date: none is invented
    assert row.n_words == len(row.text.split())
    sents = kit.sentences(arts)
    assert all(row.text[s:e] == t for s, e, t in zip(sents.start, sents.end, sents.text))


def test_json_ld_and_open_graph_metadata(server, cache):
    row = load(f"{server}/jsonld.html").iloc[0]
    assert row.title == "Bridge reopens after repairs"
    assert row.author == "Sam Okafor"
    assert row.outlet == "Valley Times"
    assert row.published == pd.Timestamp("2024-04-02")
    assert row.url == "https://valley-times.example/2024/04/02/bridge-reopens"  # the canonical address
    assert row.article_id == "bridge-reopens"
    assert "bridge repairs" in row.text


def test_page_without_metadata_gets_empty_fields_not_guesses(server, cache):
    row = load(f"{server}/bare.html").iloc[0]
    assert (row.title, row.author, row.outlet, row.rights) == ("", "", "", "")
    assert pd.isna(row.published)
    assert row.url == f"{server}/bare.html"
    assert row.text.startswith("The city council of Riverton")


def test_redirect_is_followed_and_the_user_agent_names_the_kit(server, cache):
    row = load(f"{server}/moved").iloc[0]
    assert row.url == f"{server}/news.html"
    assert row.title == "Council approves river plan"
    assert Handler.agents and all(a.startswith("media-literacy-kit/") for a in Handler.agents)


def test_list_of_urls_gives_one_row_each_with_distinct_ids(server, cache):
    arts = load([f"{server}/news.html", f"{server}/jsonld.html", f"{server}/bare.html"])
    assert list(arts.article_id) == ["news", "bridge-reopens", "bare"]
    assert arts.article_id.is_unique


# --------------------------------------------------------------------------- the cache

def test_cache_a_rerun_fetches_nothing_and_works_offline(tmp_path, monkeypatch):
    folder = tmp_path / "class-cache"
    monkeypatch.setenv("KIT_WEB_CACHE", str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/jsonld.html"
    before = Handler.counts.get("/jsonld.html", 0)
    first = load(url)
    assert Handler.counts["/jsonld.html"] == before + 1
    kept = sorted(p.name for p in folder.iterdir())
    assert "README.txt" in kept and any(n.endswith(".html") for n in kept) and any(n.endswith(".json") for n in kept)
    info = json.loads(next(folder.glob("*.json")).read_text())
    assert info["url"] == url and info["fetched"].endswith("Z")
    second = load(url)
    assert Handler.counts["/jsonld.html"] == before + 1  # the re-run fetched nothing
    pd.testing.assert_frame_equal(first, second)
    httpd.shutdown()
    httpd.server_close()
    offline = load(url)  # the server is gone: the page still loads from the cache
    pd.testing.assert_frame_equal(first, offline)
    # deleting the folder is allowed; then the page must be fetched again, which now fails clearly
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    assert_clean_error(error_of(url), url, "no internet here", "save the page as HTML")


def test_refresh_fetches_again_and_cache_false_keeps_nothing(server, tmp_path):
    folder = tmp_path / "c"
    before = Handler.counts.get("/bare.html", 0)
    web.fetch(f"{server}/bare.html", cache=folder)
    page = web.fetch(f"{server}/bare.html", cache=folder)
    assert page.from_cache and Handler.counts["/bare.html"] == before + 1
    page = web.fetch(f"{server}/bare.html", cache=folder, refresh=True)
    assert not page.from_cache and Handler.counts["/bare.html"] == before + 2
    other = tmp_path / "none"
    page = web.fetch(f"{server}/bare.html", cache=False)
    assert page.cache_file is None and not other.exists()


# --------------------------------------------------------------------------- every error

@pytest.mark.parametrize("path, words", [
    ("/gone", ["does not exist", "HTTP 404"]),
    ("/forbidden", ["refused", "HTTP 403", "Ctrl+S"]),
    ("/broken", ["problem of its own", "HTTP 503"]),
    ("/busy", ["too many requests", "HTTP 429"]),
    ("/report.pdf", ["a PDF file", "not a web page"]),
    ("/photo.png", ["a PNG image", "not a web page"]),
    ("/unlabelled", ["a PDF file"]),
    ("/front.html", ["no article text", "front page"]),
    ("/paywall.html", ["no article text", "paywall", "kit.article"]),
    ("/loop-a", ["redirect loop"]),
])
def test_every_page_problem_is_a_clear_kit_error(server, cache, path, words):
    url = f"{server}{path}"
    assert_clean_error(error_of(url), url, *words)
    if path not in ("/front.html", "/paywall.html"):  # (those pages arrived; they are not articles)
        assert not cache.exists() or not list(cache.glob("*.html"))  # a page that did not arrive is not cached


def test_no_connection(cache):
    with socket.socket() as sock:  # a port on this machine that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news.html"
    assert_clean_error(error_of(url), url, "no internet here", "save the page as HTML (Ctrl+S)", "load the file")


def test_timeout(server, cache, monkeypatch):
    monkeypatch.setattr(web, "TIMEOUT_SECONDS", 0.3)
    url = f"{server}/slow"
    assert_clean_error(error_of(url), url, "timeout", "0.3 seconds")


@pytest.mark.parametrize("path", ["/huge", "/huge-unannounced"])
def test_huge_page(server, cache, monkeypatch, path):
    monkeypatch.setattr(web, "MAX_BYTES", 20_000)
    url = f"{server}{path}"
    assert_clean_error(error_of(url), url, "larger than the kit's limit")


@pytest.mark.parametrize("url, words", [("https://", ["not a complete web address"]),
                                        ("ftp://example.org/a", ["http:// or https://"])])
def test_bad_addresses(url, words):
    with pytest.raises(kit.KitError) as info:
        web.record_from_url(url)
    assert_clean_error(info.value, url, *words)


def test_skip_loads_the_good_pages_and_lists_the_rest(server, cache):
    good, missing, pdf = f"{server}/news.html", f"{server}/gone", f"{server}/report.pdf"
    with pytest.warns(kit.corpus.KitWarning, match="skipped"):
        arts = kit.load_articles([good, missing, pdf], errors="skip")
    assert list(arts.article_id) == ["news"]
    skipped = pd.DataFrame(arts.attrs["skipped"])
    assert sorted(skipped.file) == sorted([missing, pdf])
    assert skipped.problem.str.contains("HTTP 404|PDF").all() and skipped.fix.str.len().gt(0).all()
    err = error_of([good, missing, pdf])  # errors="raise" (the default) names both bad pages
    assert missing in str(err) and pdf in str(err) and len(err.problems) == 2


# --------------------------------------------------------------------------- saved pages, folders, manifests

def test_saved_html_file_and_a_folder_mixing_html_and_text(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "bridge.html").write_text(JSONLD_PAGE, encoding="utf-8")
    (folder / "council.htm").write_bytes(NEWS_PAGE.encode("cp1252").replace(b"utf-8", b"windows-1252"))
    (folder / "letter.txt").write_text("A letter to the editor\n\nThe river plan costs too much for a town "
                                       "like ours, and the council knows it.\n", encoding="utf-8")
    one = load(folder / "bridge.html")
    assert one.source_file.item().endswith("bridge.html") and one.article_id.item() == "bridge"
    assert one.outlet.item() == "Valley Times"
    arts = load(folder)
    assert list(arts.article_id) == ["bridge", "council", "letter"]
    assert arts.set_index("article_id").title["council"] == "Council approves river plan"
    assert kit.raw_text(arts.iloc[0]).startswith("<!DOCTYPE html>")  # the file as it is on disk


def test_bad_html_files(tmp_path):
    (tmp_path / "empty.html").write_text("  ", encoding="utf-8")
    (tmp_path / "front.html").write_text(FRONT_PAGE, encoding="utf-8")
    (tmp_path / "fake.html").write_bytes(b"%PDF-1.5 not html")
    for name, words in (("empty.html", ["empty"]), ("front.html", ["no article text"]), ("fake.html", ["PDF"])):
        err = error_of(tmp_path / name)
        assert name in str(err) and "How to fix" in str(err)
        for w in words:
            assert w in str(err)


def test_manifest_with_a_url_column(server, cache, tmp_path):
    (tmp_path / "bare.html").write_text(BARE_PAGE, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Short note\n\nThe council met and talked about the plan for an hour.\n")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url,outlet\n"
                        f",{server}/news.html,Riverton Gazette\n"
                        f"bare.html,https://example.org/bare,Some Site\n"
                        "note.txt,,\n"
                        f",{server}/gone,\n", encoding="utf-8")
    arts = load(manifest, errors="skip")
    assert list(arts.article_id) == ["news", "bare", "note"]
    assert list(arts.outlet) == ["Riverton Gazette", "Some Site", ""]
    assert arts.url[1] == "https://example.org/bare"  # a url beside a file is metadata, never fetched
    assert arts.attrs["skipped"][0]["file"] == f"{server}/gone"
    only_urls = tmp_path / "urls.json"
    only_urls.write_text(json.dumps([{"url": f"{server}/jsonld.html"}]), encoding="utf-8")
    assert load(only_urls).outlet.item() == "Valley Times"


# --------------------------------------------------------------------------- escaping

def test_article_html_reaches_no_output_unescaped(server, cache):
    arts = load(f"{server}/escape.html")
    row = arts.iloc[0]
    assert '<script>alert("x")</script>' in row.text  # the words on the page, as text
    assert row.title == "Script <b>test</b>"
    shown = [arts._repr_html_(), kit.highlight(row)._repr_html_()]
    for html in shown:
        assert "<script>" not in html and "<b>test" not in html
        assert "&lt;script&gt;" in html


# --------------------------------------------------------------------------- pasted text

def test_article_from_pasted_text_is_the_same_table_as_every_loader():
    pasted = ("By Ann Lee\n\nRIVERTON, April 2 - The city council voted on Tuesday to approve\n"
              "the plan. Crit-\nics said it cost too much.\n\n(c) 2024 Riverton Gazette. All rights reserved.")
    one = kit.article(pasted, title="Council approves plan", outlet="Riverton Gazette", published="2024-04-02")
    seeds = kit.load_articles()
    assert list(one.columns) == list(seeds.columns)
    assert one.dtypes.equals(seeds.dtypes)
    row = one.iloc[0]
    assert row.text == "The city council voted on Tuesday to approve the plan. Critics said it cost too much."
    assert (row.title, row.outlet, row.author) == ("Council approves plan", "Riverton Gazette", "Ann Lee")
    assert row.published == pd.Timestamp("2024-04-02")
    assert row.article_id == "council-approves-plan"
    assert "RIVERTON, April 2 -" in row.boilerplate and "All rights reserved" in row.boilerplate
    both = pd.concat([seeds, one], ignore_index=True)
    assert len(kit.sentences(both)) > len(kit.sentences(seeds))
    assert kit.article("Just one line of text.").article_id.item().startswith("pasted-")
    again = kit.article("Council approves plan\n\nThe council voted.", title="Council approves plan")
    assert again.text.item() == "The council voted." and again.boilerplate.item() == "Council approves plan"


@pytest.mark.parametrize("bad", ["", "   \n", None, 42])
def test_article_rejects_empty_or_non_text(bad):
    with pytest.raises(kit.KitError) as info:
        kit.article(bad)
    assert info.value.field == "text" and info.value.fix


def test_article_bad_date_is_a_clear_error():
    with pytest.raises(kit.KitError, match="YYYY-MM-DD"):
        kit.article("The council met.", published="next Tuesday")


# --------------------------------------------------------------------------- validate and offline use

def test_validate_accepts_urls_and_html(server, cache, tmp_path):
    from kit.validate import validate

    (tmp_path / "page.html").write_text(NEWS_PAGE, encoding="utf-8")
    report = validate([f"{server}/news.html", str(tmp_path / "page.html"), str(tmp_path)])
    assert report.ok, report.problems
    assert [rows for _, _, rows in report.checked] == [1, 1, 1]
    bad = validate([f"{server}/gone"])
    assert not bad.ok and "HTTP 404" in bad.problems[0].message and bad.problems[0].file == f"{server}/gone"


def test_extraction_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the kit tried to open a network connection while reading a saved page")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    record = web.record_from_html(JSONLD_PAGE.encode(), source="saved.html")
    assert record["outlet"] == "Valley Times" and record["published"] == "2024-04-02"


# --------------------------------------------------------------------------- one deadline for the whole fetch (issue 24)

class Trickle(BaseHTTPRequestHandler):
    """A site that sends its answer very slowly: never a long pause, so only a deadline for the whole fetch ends it."""

    step = 0.05  # seconds between two pieces; each server stops after about 10 s even if the kit never hangs up

    def log_message(self, *args):
        pass

    def dribble(self, pieces) -> None:
        try:
            for piece in pieces:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(self.step)
        except OSError:
            pass  # the kit hung up: what we want

    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path == "/status":  # the status line, one byte at a time
            return self.dribble(bytes([b]) for b in b"HTTP/1.1 200 OK\r\n" * 20)
        if self.path == "/headers":  # a header line every few tenths of a second
            self.dribble([b"HTTP/1.1 200 OK\r\n"] + [b"X-Wait: %d\r\n" % i for i in range(50)])
            return None
        if self.path == "/body":  # an announced body sent one byte at a time
            self.dribble([b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"]
                         + [b"<"] * 200)
            return None
        if self.path.startswith("/hop/"):  # redirects, each a little slow
            n = int(self.path.rsplit("/", 1)[1])
            time.sleep(0.3)
            target = f"/hop/{n - 1}" if n > 0 else "/done"
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        body = NEWS_PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@pytest.fixture(scope="module")
def slow_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/status", "/headers", "/body", "/hop/3"])
def test_one_deadline_for_the_whole_fetch(slow_server, cache, path):
    url = f"{slow_server}{path}"
    started = time.monotonic()
    err = error_of(url, timeout=0.5)
    took = time.monotonic() - started
    assert_clean_error(err, url, "timeout", "0.5 seconds", "timeout=60")
    assert took < 0.5 + 2.0, f"the fetch took {took:.1f} s with a 0.5 s deadline"
    assert not list(cache.glob("*.part")) and not list(cache.glob("*.html"))


def test_redirects_within_the_deadline_are_followed(slow_server, cache):
    assert len(load(f"{slow_server}/hop/1", timeout=5)) == 1


@pytest.mark.parametrize("bad", [0, -1, "20", True, float("nan"), 10**9])
def test_timeout_must_be_a_number_of_seconds(bad):
    with pytest.raises(kit.KitError, match="timeout"):
        web.fetch("http://127.0.0.1:9/x", timeout=bad, cache=False)


def test_leftover_part_files_are_removed_by_the_next_fetch(server, cache):
    import os

    cache.mkdir(parents=True)
    stale = cache / "page-0123456789.html.999999999.part"  # a process that no longer runs
    stale.write_bytes(b"<html>half a page")
    old = cache / f"page-abcdef0123.json.{os.getpid()}.part"  # this process, but from long ago
    old.write_bytes(b"{")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    fresh = cache / f"page-fedcba9876.html.{os.getpid()}.part"  # being written now: left alone
    fresh.write_bytes(b"<html>")
    load(f"{server}/news.html")
    assert not stale.exists() and not old.exists() and fresh.exists()
    assert sorted(p.suffix for p in cache.iterdir()) == [".html", ".json", ".part", ".txt"]
