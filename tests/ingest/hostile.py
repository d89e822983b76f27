"""A generator of hostile and odd input files for the ingest readers.

``make_hostile_corpus(folder)`` writes a deterministic corpus (no network, a few MB on
disk plus one sparse 200 MB file) of binary files, empty files, undecodable text,
broken HTML, truncated WARC and gzip, non-feeds, broken JSON lines, symlink loops and
so on, mixed with valid files.  Every written path that is not hidden is an input the
readers must account for: each yields at least one Draft or Skip whose ``source`` is
the path (or starts with ``path#``).  The return value is the number of such paths.

Used by the reader tests here and by the CLI-level ingest test (``from hostile import
make_hostile_corpus``: pytest puts ``tests/ingest`` on ``sys.path``).  Also runnable:
``python tests/ingest/hostile.py DIR``.  All texts are invented for these tests.

Links in feeds point to ``http://127.0.0.1:9/`` (the discard port, closed): fetching
them fails fast with ``offline`` instead of touching the internet.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path

DEAD_LINK = "http://127.0.0.1:9/2018/10/21/caravan-story"

EN = (
    "Hundreds of migrants set out on foot from the bus terminal early on Saturday, "
    "carrying backpacks and small children as they headed north toward the border. "
    "Local volunteers handed out water and bread along the highway while police "
    "watched from their trucks without stopping the group.\n\n"
    "Organisers said more people were expected to join the march over the weekend, "
    "and that the group planned to rest in the next town before continuing its journey."
)
ES = (
    "Cientos de migrantes salieron a pie de la terminal de autobuses el sábado por la "
    "mañana, con mochilas y niños pequeños, rumbo a la frontera norte. Voluntarios "
    "repartieron agua y pan a lo largo de la carretera mientras la policía observaba "
    "desde sus camionetas sin detener al grupo.\n\n"
    "Los organizadores dijeron que más personas se unirían a la marcha durante el fin "
    "de semana y que el grupo descansaría en el siguiente pueblo antes de seguir."
)


def html_page(
    body: str = EN,
    *,
    title: str = "Migrants set out on foot toward the border",
    date: str | None = "2018-10-21",
    url: str | None = "https://news.example.org/2018/10/21/migrants-set-out",
    site: str = "Example News",
    charset: str | None = "utf-8",
    lang: str = "en",
) -> str:
    """A small but realistic article page (boilerplate around a main article)."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
    meta = f'<meta charset="{charset}">' if charset else ""
    if date:
        meta += f'<meta property="article:published_time" content="{date}T08:00:00Z">'
    if url:
        meta += f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">'
    meta += f'<meta property="og:site_name" content="{site}">'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title} | {site}</title>'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<main><article><h1>{title}</h1>{paragraphs}</article></main>"
        "<footer>Copyright Example News. All rights reserved.</footer></body></html>"
    )


def rss_feed(items: Sequence[dict[str, str]], title: str = "Example Wire") -> str:
    """An RSS 2.0 feed; each item may have title, link, date (RFC 2822), summary, content."""
    parts = []
    for item in items:
        content = item.get("content")
        parts.append(
            "<item>"
            + (f"<title>{item['title']}</title>" if "title" in item else "")
            + (f"<link>{item['link']}</link>" if "link" in item else "")
            + (f"<pubDate>{item['date']}</pubDate>" if "date" in item else "")
            + (f"<description>{item['summary']}</description>" if "summary" in item else "")
            + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>https://wire.example.org/</link>"
        "<language>en</language>" + "".join(parts) + "</channel></rss>"
    )


def atom_feed(entries: Sequence[dict[str, str]], title: str = "Example Atom") -> str:
    """An Atom feed; each entry may have title, link, updated (ISO), summary, content."""
    parts = []
    for i, entry in enumerate(entries):
        parts.append(
            f"<entry><id>urn:example:{i}</id>"
            + (f"<title>{entry['title']}</title>" if "title" in entry else "")
            + (f'<link href="{entry["link"]}"/>' if "link" in entry else "")
            + (f"<updated>{entry['updated']}</updated>" if "updated" in entry else "")
            + (f"<summary>{entry['summary']}</summary>" if "summary" in entry else "")
            + (f'<content type="html"><![CDATA[{entry["content"]}]]></content>'
               if "content" in entry else "")
            + "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:example</id><updated>2018-10-22T00:00:00Z</updated>"
        + "".join(parts) + "</feed>"
    )


def warc_bytes(
    pages: Sequence[tuple[str, bytes]],
    *,
    compress: bool = True,
    extra_records: bool = False,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> bytes:
    """A WARC written with warcio: one ``response`` record per (url, html bytes)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for url, body in pages:
        if extra_records:
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example")],
                                              is_http_request=True),
            )
            writer.write_record(request)
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2018-10-25T10:00:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


def _rng_bytes(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


def make_hostile_corpus(folder: str | os.PathLike[str]) -> int:
    """Write the hostile corpus under ``folder``; return how many inputs it holds.

    Every counted input must yield at least one Draft or Skip from ``iter_drafts``.
    """
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    count = 0

    def put(name: str, data: bytes | str) -> Path:
        nonlocal count
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        count += 1
        return path

    serial = iter(range(1, 10_000))

    def en() -> str:  # every file gets its own text, so no input is a duplicate of another
        return EN + f"\n\nThis is report number {next(serial)} from the border."

    def es() -> str:
        return ES + f"\n\nEste es el informe número {next(serial)} desde la frontera."

    def en_page() -> bytes:  # unique text and canonical URL: stored articles never collide
        n = next(serial)
        return html_page(en(), url=f"https://news.example.org/2018/10/21/story-{n}").encode()

    def es_page() -> bytes:
        n = next(serial)
        return html_page(es(), title="Migrantes salen a pie hacia la frontera", lang="es",
                         url=f"https://noticias.example.org/2018/10/21/nota-{n}").encode()

    def dead_link() -> str:
        return f"{DEAD_LINK}-{next(serial)}"

    # -- valid files, mixed in ------------------------------------------------------
    put("valid/plain_en.txt", "Migrants set out toward the border\n\n" + en() + "\n")
    put("valid/plain_es.txt", "Migrantes salen hacia la frontera\n\n" + es() + "\n")
    put("valid/page_en.html", en_page())
    put("valid/page_es.htm", es_page())
    put("valid/page_x.xhtml", en_page())
    put("valid/page_gz.html.gz", gzip.compress(en_page(), mtime=0))
    put("valid/UPPER.TXT", en())
    put("valid/Page.HTML", en_page())
    put("valid/name with spaces.txt", en())
    put("valid/ñandú_ünïcödé.txt", es())
    put("valid/no_extension", en())
    put("valid/" + "long_name_" * 20 + ".txt", en())
    put("valid/full.rss", rss_feed([
        {"title": "Caravan leaves", "link": dead_link(), "date": "Sun, 21 Oct 2018 08:00:00 GMT",
         "content": "<p>" + en().replace("\n\n", "</p><p>") * 3 + "</p>"},
    ]))
    put("valid/full.atom", atom_feed([
        {"title": "Caravana sale", "link": dead_link(), "updated": "2018-10-21T08:00:00Z",
         "content": "<p>" + es().replace("\n\n", "</p><p>") * 3 + "</p>"},
    ]))
    put("valid/pages.warc.gz", warc_bytes([
        ("https://news.example.org/2018/10/21/a", en_page()),
        ("https://noticias.example.org/2018/10/22/b", es_page()),
    ], extra_records=True))
    put("valid/pages.warc", warc_bytes([("https://news.example.org/a", en_page())], compress=False))
    put("valid/lines.jsonl", "\n".join(json.dumps(o) for o in [
        {"text": en(), "url": "https://news.example.org/2018/10/21/x", "title": "T", "id": "j1"},
        {"text": es(), "published": "2018-10-22", "language": "es", "doc_id": "j2"},
    ]) + "\n")
    put("valid/lines.ndjson", json.dumps({"text": en()}) + "\n")
    put("valid/lines.jsonl.gz", gzip.compress((json.dumps({"text": es()}) + "\n").encode(), mtime=0))

    # -- encodings --------------------------------------------------------------------
    smart = "“Seguimos caminando”, dijo la señora; el niño llevaba una mochila — año 2018.\n"
    put("enc/cp1252.txt", (smart + es()).encode("cp1252"))
    put("enc/latin1.txt", ("Información: año, niño, corazón.\n" + es()).encode("latin-1"))
    put("enc/utf8_bom.txt", b"\xef\xbb\xbf" + en().encode())
    put("enc/utf16_bom.txt", en().encode("utf-16"))
    put("enc/utf16_nobom.txt", en().encode("utf-16-le"))
    put("enc/bad_utf16.txt", b"\xff\xfe" + en().encode("utf-16-le")[:-1] + b"\x00\xd8")
    put("enc/crlf_and_cr.txt", en().replace("\n", "\r\n").encode() + b"\rlast line\r")
    put("enc/stray_nul.txt", en().encode() + b"\x00")
    put("enc/only_bom.txt", b"\xef\xbb\xbf")
    put("enc/c1_controls.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x85, 0x96]) * 200)
    put("enc/html_wrong_charset.html", html_page(
        smart + es(), charset="utf-8", lang="es", url=None).encode("cp1252"))
    put("enc/html_says_latin1_is_utf8.html", html_page(
        smart + es(), charset="iso-8859-1", lang="es", url=None))
    put("enc/html_no_charset_cp1252.html", html_page(
        smart + es(), charset=None, lang="es", url=None).encode("cp1252"))

    # -- empty and binary --------------------------------------------------------------
    put("empty/zero.txt", b"")
    put("empty/whitespace.txt", b"   \n\t\n\r\n  ")
    put("empty/zero.html", b"")
    put("empty/zero.warc", b"")
    put("empty/zero.jsonl", b"")
    put("empty/blank_lines.jsonl", b"\n\n   \n")
    put("empty/nuls.txt", b"\x00" * 4096)
    png = b"\x89PNG\r\n\x1a\n" + _rng_bytes(1, 2000)
    put("binary/image.png", png)
    put("binary/image_named.txt", png)
    put("binary/photo.jpg.txt", b"\xff\xd8\xff\xe0" + _rng_bytes(2, 2000))
    put("binary/doc.pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + _rng_bytes(3, 2000))
    put("binary/archive_named.html", b"PK\x03\x04" + _rng_bytes(4, 2000))
    put("binary/program.txt", b"\x7fELF\x02\x01\x01" + _rng_bytes(5, 2000))
    put("binary/random.bin", _rng_bytes(6, 5000))
    put("binary/random.txt", _rng_bytes(7, 5000))
    put("binary/controls.txt", bytes(range(1, 9)) * 500)
    put("binary/report.docx", b"PK\x03\x04" + _rng_bytes(8, 500))
    put("binary/sqlite.txt", b"SQLite format 3\x00" + _rng_bytes(9, 500))

    # -- HTML ---------------------------------------------------------------------------
    put("html/no_body.html", "<html><head><title>Nothing here</title></head></html>")
    put("html/empty_body.html", "<!DOCTYPE html><html><head></head><body></body></html>")
    put("html/script_only.html",
        "<html><body><script>var x = 1;" + "x++;" * 500 + "</script></body></html>")
    put("html/broken_tags.html",
        "<html><body><div><p>" + en().replace("\n\n", "<p><b><i>") + "</div></span></table>")
    put("html/garbage_markup.html", "<<<>>><html<body <p " + "&#xFFFFFF; &bogus; <" * 200)
    put("html/nested_divs.html", "<html><body>" + "<div>" * 5000 + en() + "</div>" * 5000
        + "</body></html>")
    put("html/as_text.txt", en_page())
    put("html/as_feed.rss", en_page())
    put("html/no_markup.html", en())
    put("html/huge_inline_image.html", en_page().decode().replace(
        "<main>", '<img src="data:image/png;base64,' + "A" * 2_000_000 + '"><main>'))
    put("html/not_found.html", "<html><head><title>404 Not Found</title></head><body>"
        "<h1>Not Found</h1><p>The page was not found.</p></body></html>")

    # -- feeds --------------------------------------------------------------------------
    put("feeds/not_xml.xml", "This is not XML at all, just a sentence about a caravan.")
    put("feeds/not_xml.rss", b"{\"json\": true}")
    put("feeds/empty_channel.rss", rss_feed([]))
    put("feeds/empty.atom", atom_feed([]))
    put("feeds/truncated.rss", rss_feed([
        {"title": "First", "link": dead_link(), "summary": "A short summary of the caravan."},
        {"title": "Second", "link": dead_link(), "summary": "Another summary."},
    ])[:-60])
    put("feeds/summary_only.rss", rss_feed([
        {"title": "Summary", "link": dead_link(), "date": "Mon, 22 Oct 2018 10:00:00 GMT",
         "summary": "Migrants reached the river crossing on Monday."},
    ]))
    put("feeds/no_text_entries.atom", atom_feed([{"title": "Only a title"}, {"link": dead_link()}]))
    put("feeds/bad_dates.rss", rss_feed([
        {"title": "Bad date", "date": "the day after tomorrow", "content": "<p>" + en() + "</p>"},
    ]))
    put("feeds/entity_expansion.rss",
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        '<rss version="2.0"><channel><title>t</title><item><title>&c;</title>'
        f"<description>{en()}</description></item></channel></rss>")

    # -- WARC ---------------------------------------------------------------------------
    def pages() -> list[tuple[str, bytes]]:
        return [(f"https://news.example.org/2018/10/2{i}/story", en_page()) for i in range(4)]

    whole_gz = warc_bytes(pages())
    whole = warc_bytes(pages(), compress=False)
    put("warc/truncated.warc.gz", whole_gz[: len(whole_gz) * 2 // 3])
    put("warc/truncated.warc", whole[: len(whole) * 2 // 3])
    put("warc/cut_in_header.warc", whole[:20])
    put("warc/not_a_warc.warc", en())
    put("warc/garbage.warc.gz", gzip.compress(_rng_bytes(10, 3000), mtime=0))
    put("warc/random.warc.gz", _rng_bytes(11, 3000))
    put("warc/only_images.warc.gz", warc_bytes([("https://news.example.org/i.png", png)],
                                               content_type="image/png"))
    put("warc/status_404.warc", warc_bytes([("https://news.example.org/x", en_page())],
                                           compress=False, status="404 Not Found"))
    put("warc/empty_pages.warc.gz", warc_bytes([("https://news.example.org/e",
                                                 b"<html><body></body></html>")]))
    put("warc/renamed.gz", warc_bytes(pages()))

    # -- gzip ---------------------------------------------------------------------------
    put("gzip/not_gzip.gz", en())
    put("gzip/not_gzip_html.html.gz", en_page())
    put("gzip/truncated.html.gz", gzip.compress(en_page(), mtime=0)[:200])
    put("gzip/random_after_magic.gz", b"\x1f\x8b" + _rng_bytes(12, 1000))
    put("gzip/bomb.txt.gz", gzip.compress(b"caravan " * (8 * 1024 * 1024), mtime=0))
    put("gzip/gzip_named.txt", gzip.compress(en().encode(), mtime=0))

    # -- JSON lines ---------------------------------------------------------------------
    put("jsonl/broken_lines.jsonl", "\n".join([
        json.dumps({"text": en(), "id": "ok1"}),
        '{"text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "no text field"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": es(), "published": "not a date", "id": "ok2"}),
        json.dumps({"html": html_page(), "id": "ok3"}),
    ]) + "\n")
    put("jsonl/all_bad.jsonl", "nope\n{bad json}\n[]\n")
    put("jsonl/cp1252_line.jsonl", (json.dumps({"text": smart + es()}, ensure_ascii=False)
                                    + "\n").encode("cp1252"))
    put("jsonl/deep_nesting.jsonl", "[" * 100_000 + "]" * 100_000 + "\n"
        + json.dumps({"text": en()}) + "\n")
    put("jsonl/truncated.jsonl.gz", gzip.compress(
        ("\n".join(json.dumps({"text": en() + str(i)}) for i in range(50)) + "\n").encode(),
        mtime=0)[:-40])
    put("jsonl/no_final_newline.jsonl", json.dumps({"text": en()}))

    # -- sizes and shapes -----------------------------------------------------------------
    words = (en().replace("\n", " ") + " ") * 3000
    put("shapes/huge_single_line.txt", words.strip())
    put("shapes/looks_like_json.txt", json.dumps({"text": en()}))
    put("shapes/folder.txt/inside.txt", en())  # a directory named like a file
    put("shapes/folder.html/inside_html.html", en_page())
    big = root / "shapes" / "sparse_200mb.txt"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: instant, no disk used
    count += 1
    put("shapes/unknown.json", json.dumps({"text": en()}))
    put("shapes/notes.md", "# Notes\n\n" + en())

    # -- sidecars -------------------------------------------------------------------------
    put("sidecar/index.tsv", "doc_id\tpublished\toutlet\turl\tlanguage\textra\n"
        "good\t2018-10-21\tExample Daily\thttps://daily.example.org/2018/10/21/a\ten\tx\n"
        "baddate\t2018-13-45\tExample Daily\t\ten\t\n"
        "words\tlast Tuesday\t\t\t\t\n"
        "short\t2018-10-22\n")
    count -= 1  # a sidecar is not an input by itself (it is reported only when broken)
    put("sidecar/good.txt", en())
    put("sidecar/baddate.txt", en())
    put("sidecar/words.txt", es())
    put("sidecar/short.txt", en())
    put("sidecar/not_in_index.txt", en())
    put("badsidecar/index.tsv", b"\x89PNG\r\n\x1a\n" + _rng_bytes(13, 300))
    count -= 1
    put("badsidecar/article.txt", en())

    # -- links and special files -----------------------------------------------------------
    links = root / "links"
    links.mkdir(exist_ok=True)
    for name, target in [("loop_a.txt", "loop_b.txt"), ("loop_b.txt", "loop_a.txt"),
                         ("dangling.txt", "does_not_exist.txt"), ("to_valid.txt",
                         "../valid/plain_en.txt")]:
        try:
            os.symlink(target, links / name)
            count += 1
        except (OSError, NotImplementedError):
            pass
    try:
        os.symlink("..", links / "parent_dir")  # a folder loop: links -> root -> links ...
        count += 1
    except (OSError, NotImplementedError):
        pass
    if hasattr(os, "mkfifo"):
        try:
            os.mkfifo(root / "links" / "pipe.txt")
            count += 1
        except OSError:
            pass
    return count


if __name__ == "__main__":  # pragma: no cover - a convenience for manual runs
    target = sys.argv[1] if len(sys.argv) > 1 else "hostile_corpus"
    sys.stdout.write(f"{make_hostile_corpus(target)} inputs written to {target}\n")
