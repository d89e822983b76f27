"""The built-in sample corpus that ``caravanwatch demo`` runs on.

Every file must parse with the library its reader uses (csv, lxml, feedparser, warcio,
json), carry the fictional-sample marker, point only at example.* domains, and, when
the ingest readers are present, turn into exactly one Draft per article with no Skip.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "caravanwatch" / "data"
SAMPLE = DATA / "sample"
MARKER = "FICTIONAL SAMPLE — invented for caravanwatch's demo; not real news."
INDEX_COLUMNS = ["doc_id", "published", "outlet", "url", "language"]
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")

# The articles of the sample, by URL: (published, outlet, language, form).  A change to
# the corpus must change this table too, which is the point.
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    "https://meridianwire.example.com/2025/10/05/honduras-caravan-san-pedro-sula":
        ("2025-10-05", "Meridian Press Wire", "en", "text"),
    "https://orientechronicle.example.org/news/2025/10/07/caravan-agua-caliente-chiquimula":
        ("2025-10-07", "Oriente Chronicle", "en", "text"),
    "https://elfarodelsuchiate.example.com/local/2025/10/15/caravana-tapachula-asilo":
        ("2025-10-15", "El Faro del Suchiate", "es", "text"),
    "https://harlowcourier.example.net/world/2025/10/05/caravan-1500-migrants-leaves-honduras":
        ("2025-10-05", "Harlow Valley Courier", "en", "html"),
    "https://sovereignborder.example.org/2025/10/05/3000-strong-caravan-honduras":
        ("2025-10-05", "Sovereign Border Report", "en", "html"),
    "https://elfarodelsuchiate.example.com/estado/2025/10/21/caravana-mapastepec-permisos":
        ("2025-10-21", "El Faro del Suchiate", "es", "html"),
    "https://meridianwire.example.com/2025/10/09/caravan-guatemala-city-shelters":
        ("2025-10-09", "Meridian Press Wire", "en", "rss"),
    "https://meridianwire.example.com/2025/10/13/caravan-suchiate-river-ciudad-hidalgo":
        ("2025-10-13", "Meridian Press Wire", "en", "rss"),
    "https://caminantes.example.org/press/2025-10-08-aid-chiquimula":
        ("2025-10-08", "Caminantes Relief Coalition", "en", "atom"),
    "https://caminantes.example.org/press/2025-10-19-huixtla-detentions":
        ("2025-10-19", "Caminantes Relief Coalition", "en", "atom"),
    "https://meridianwire.example.com/2025/10/24/caravan-breaks-up-mapastepec":
        ("2025-10-24", "Meridian Press Wire", "en", "warc"),
    "https://metroledger.example.net/city/2025/11/03/caravan-stragglers-mexico-city":
        ("2025-11-03", "The Metro Ledger", "en", "warc"),
    "https://cns.example.net/americas/2025/10/18/caravan-leaves-tapachula-huixtla":
        ("2025-10-18", "Continental News Service", "en", "jsonl"),
    "https://bajafrontier.example.com/news/2025/11/18/last-of-october-caravan-reaches-tijuana":
        ("2025-11-18", "Baja Frontier Daily", "en", "jsonl"),
}
# The near-duplicate pair: a wire story (text) republished by another site (HTML).
WIRE_ORIGINAL = "https://meridianwire.example.com/2025/10/05/honduras-caravan-san-pedro-sula"
WIRE_REPUBLISHED = (
    "https://harlowcourier.example.net/world/2025/10/05/caravan-1500-migrants-leaves-honduras"
)
# "Short news articles": the brief asked for 150-400 words each.
MIN_WORDS, MAX_WORDS = 150, 400

_URL = re.compile(r"""https?://[^\s"'<>)\]]+""")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_TAG = re.compile(r"<[^>]+>")


def _files(pattern: str) -> list[Path]:
    return sorted(SAMPLE.glob(pattern))


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def _strip_tags(html: str) -> str:
    return re.sub(r"\s+", " ", _TAG.sub(" ", html)).strip()


def _allowed(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in ALLOWED_DOMAINS)



# --- the texts of every article, read with each form's own library ------------------


def _text_articles() -> Iterator[tuple[str, str]]:
    with (SAMPLE / "text" / "index.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield row["url"], (SAMPLE / "text" / f"{row['doc_id']}.txt").read_text("utf-8")


def _html_article(html: str) -> str:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    (article,) = tree.xpath("//main//article")
    return " ".join(article.text_content().split())


def _og_url(html: str) -> str:
    from lxml import html as lxml_html

    (url,) = lxml_html.fromstring(html).xpath('//meta[@property="og:url"]/@content')
    return str(url)


def _html_articles() -> Iterator[tuple[str, str]]:
    for path in _files("html/*.html"):
        html = path.read_text("utf-8")
        yield _og_url(html), _html_article(html)


def _feed_articles() -> Iterator[tuple[str, str]]:
    feedparser = pytest.importorskip("feedparser")
    for path in _files("feeds/*.xml"):
        for entry in feedparser.parse(path.read_bytes()).entries:
            yield entry.link, _strip_tags(entry.content[0].value)


def _warc_responses() -> list[tuple[str, str, str]]:
    """(url, content type, body) of every response record."""
    archive = pytest.importorskip("warcio.archiveiterator")
    found = []
    for path in _files("warc/*.warc.gz"):
        with path.open("rb") as handle:
            for record in archive.ArchiveIterator(handle):
                if record.rec_type == "response":
                    found.append((
                        record.rec_headers.get_header("WARC-Target-URI"),
                        record.http_headers.get_header("Content-Type"),
                        record.content_stream().read().decode("utf-8"),
                    ))
    return found


def _warc_articles() -> Iterator[tuple[str, str]]:
    for url, _, body in _warc_responses():
        yield url, _html_article(body)


def _jsonl_records() -> list[dict[str, object]]:
    records = []
    for path in _files("jsonl/*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def _jsonl_articles() -> Iterator[tuple[str, str]]:
    for record in _jsonl_records():
        yield str(record["url"]), str(record["text"])


def _all_articles() -> dict[str, str]:
    found: dict[str, str] = {}
    for reader in (_text_articles, _html_articles, _feed_articles, _warc_articles,
                   _jsonl_articles):
        for url, text in reader():
            assert url not in found, f"two articles with the URL {url}"
            found[url] = text
    return found


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    return _all_articles()


# --- layout ----------------------------------------------------------------------


def test_layout_has_every_form() -> None:
    assert len(_files("text/*.txt")) == 3
    assert len(_files("html/*.html")) == 3
    assert len(_files("feeds/*.xml")) == 2
    assert len(_files("warc/*.warc.gz")) == 1
    assert len(_files("jsonl/*.jsonl")) == 1


def test_nothing_in_the_sample_folder_is_not_an_input() -> None:
    """The readers walk the whole folder: a README or stray file would become a Skip."""
    allowed = {".txt", ".tsv", ".html", ".xml", ".gz", ".jsonl"}
    stray = [p for p in SAMPLE.rglob("*") if p.is_file() and p.suffix not in allowed]
    assert stray == []
    assert (DATA / "SAMPLE.md").is_file(), "the corpus is described one level up"


def test_sample_description_says_fictional() -> None:
    text = (DATA / "SAMPLE.md").read_text("utf-8").lower()
    assert "fictional" in text and "not real news" in text


def test_pyproject_ships_the_sample_as_package_data() -> None:
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "data/**/*" in config["tool"]["setuptools"]["package-data"]["caravanwatch"]


# --- each form parses with its reader library --------------------------------------


def test_index_tsv_columns_and_rows() -> None:
    path = SAMPLE / "text" / "index.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        assert reader.fieldnames is not None
        assert list(reader.fieldnames[:5]) == INDEX_COLUMNS
        rows = list(reader)
    assert {r["doc_id"] for r in rows} == {p.stem for p in _files("text/*.txt")}
    for row in rows:
        assert dt.date.fromisoformat(row["published"]).isoformat() == row["published"]
        assert row["language"] in {"en", "es"}
        assert row["outlet"].strip()
        assert EXPECTED[row["url"]][:3] == (row["published"], row["outlet"], row["language"])


@pytest.mark.parametrize("path", _files("text/*.txt"), ids=_ids(_files("text/*.txt")))
def test_text_file_shape(path: Path) -> None:
    text = path.read_text("utf-8")
    lines = text.strip().splitlines()
    assert MARKER not in lines[0], "the marker must not become the title"
    assert len(lines[0]) < 120 and not lines[0].endswith("."), "first line is a headline"
    assert lines[-1].startswith(MARKER)


@pytest.mark.parametrize("path", _files("html/*.html"), ids=_ids(_files("html/*.html")))
def test_html_page_metadata(path: Path) -> None:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(path.read_bytes())

    def meta(attr: str, name: str) -> str:
        (value,) = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
        return str(value)

    assert tree.findtext(".//title").strip()
    assert meta("name", "caravanwatch:fictional") == "true"
    site = meta("property", "og:site_name")
    url = meta("property", "og:url")
    published = meta("property", "article:published_time")
    assert dt.datetime.fromisoformat(published).tzinfo is not None
    assert EXPECTED[url][:2] == (published[:10], site)
    assert tree.xpath("//main//article//h1")
    assert tree.xpath("//nav"), "boilerplate for extraction to strip"
    assert tree.xpath("//footer[not(ancestor::article)]")
    footer = " ".join(tree.xpath("//footer")[-1].text_content().split()).lower()
    assert "fictional" in footer, "a visible notice outside the article"


@pytest.mark.parametrize("path", _files("feeds/*.xml"), ids=_ids(_files("feeds/*.xml")))
def test_feed_parses_with_full_content(path: Path) -> None:
    feedparser = pytest.importorskip("feedparser")
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version in {"rss20", "atom10"}
    assert len(parsed.entries) == 2
    for entry in parsed.entries:
        assert entry.title and entry.link and entry.published_parsed
        published = dt.date(*entry.published_parsed[:3]).isoformat()
        assert EXPECTED[entry.link][0] == published
        assert EXPECTED[entry.link][1] == parsed.feed.title, "outlet = feed title"
        text = _strip_tags(entry.content[0].value)
        # longer than a summary, so the reader never needs to fetch the page
        assert len(text) > 800 and len(text) > 3 * len(_strip_tags(entry.summary))


def test_both_feed_flavours_present() -> None:
    feedparser = pytest.importorskip("feedparser")
    versions = {feedparser.parse(p.read_bytes()).version for p in _files("feeds/*.xml")}
    assert versions == {"rss20", "atom10"}


def test_warc_has_two_html_responses() -> None:
    responses = _warc_responses()
    assert len(responses) == 2
    for url, content_type, body in responses:
        assert content_type.startswith("text/html")
        assert url == _og_url(body)
        assert '<meta name="caravanwatch:fictional" content="true">' in body


def test_warc_is_reproducible_from_its_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("warcio")
    spec = importlib.util.spec_from_file_location(
        "build_sample", ROOT / "scripts" / "build_sample.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_sample", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run scripts/build_sample.py"


def test_jsonl_records() -> None:
    records = _jsonl_records()
    assert len(records) == 2
    for record in records:
        assert record["fictional"] is True
        assert isinstance(record["text"], str) and record["text"].strip()
        url = str(record["url"])
        published, outlet, language, _ = EXPECTED[url]
        assert (record["published"], record["outlet"], record["language"]) == (
            published, outlet, language,
        )
        assert str(record["title"]).strip()


# --- properties of the corpus as a whole -------------------------------------------


def test_every_expected_article_is_found(articles: dict[str, str]) -> None:
    assert set(articles) == set(EXPECTED)
    forms = [form for *_, form in EXPECTED.values()]
    assert {f: forms.count(f) for f in set(forms)} == {
        "text": 3, "html": 3, "rss": 2, "atom": 2, "warc": 2, "jsonl": 2,
    }
    assert sum(1 for _, _, lang, _ in EXPECTED.values() if lang == "es") == 2


@pytest.mark.parametrize("url", sorted(EXPECTED), ids=lambda u: urlsplit(u).path[-40:])
def test_article_is_marked_fictional_and_short(articles: dict[str, str], url: str) -> None:
    text = articles[url]
    assert MARKER in text
    assert MIN_WORDS <= len(text.split()) <= MAX_WORDS


@pytest.mark.parametrize(
    "path", [p for p in SAMPLE.rglob("*") if p.is_file()],
    ids=lambda p: str(p.relative_to(SAMPLE)),
)
def test_only_example_domains(path: Path) -> None:
    if path.suffix == ".gz":
        import gzip

        content = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        content = path.read_text("utf-8")
    urls = _URL.findall(content)
    outside = [u for u in urls if not _allowed(urlsplit(u).hostname or "")
               and not u.startswith(("http://www.w3.org/", "http://purl.org/"))]
    assert outside == []
    assert all(_allowed(host) for host in _EMAIL.findall(content))


def test_the_near_duplicate_pair_overlaps(articles: dict[str, str]) -> None:
    """Dedupe needs something to find: the republished wire story shares most shingles."""

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}

    original, republished = shingles(articles[WIRE_ORIGINAL]), shingles(
        articles[WIRE_REPUBLISHED]
    )
    assert len(original & republished) / len(original | republished) > 0.8
    others = [shingles(t) for u, t in articles.items()
              if u not in (WIRE_ORIGINAL, WIRE_REPUBLISHED)]
    for other in others:
        assert len(original & other) / len(original | other) < 0.2


def test_sizes_conflict_on_the_same_day(articles: dict[str, str]) -> None:
    """Two reports of the departure on 2025-10-05 give different sizes, on purpose."""
    partisan = "https://sovereignborder.example.org/2025/10/05/3000-strong-caravan-honduras"
    assert "About 1,500 migrants" in articles[WIRE_ORIGINAL]
    assert "A caravan of 3,000 people" in articles[partisan]


# --- the project's own readers ------------------------------------------------------


@pytest.fixture(scope="module")
def drafts() -> list[object]:
    sources = pytest.importorskip("caravanwatch.ingest.sources")
    options = sources.ReadOptions(allow_fetch=False) if _has_field(
        sources.ReadOptions, "allow_fetch"
    ) else sources.ReadOptions()
    return list(sources.iter_drafts([str(SAMPLE)], options))


def _has_field(cls: type, name: str) -> bool:
    import dataclasses

    if dataclasses.is_dataclass(cls):
        return any(f.name == name for f in dataclasses.fields(cls))
    import inspect

    return name in inspect.signature(cls).parameters


def test_readers_yield_one_draft_per_article_and_no_skip(drafts: list[object]) -> None:
    from caravanwatch.records import Draft, Skip

    skips = [d for d in drafts if isinstance(d, Skip)]
    assert skips == []
    assert all(isinstance(d, Draft) for d in drafts)
    by_url = {d.url: d for d in drafts if isinstance(d, Draft)}
    assert len(by_url) == len(drafts) == len(EXPECTED)
    assert set(by_url) == set(EXPECTED)


@pytest.mark.parametrize("url", sorted(EXPECTED), ids=lambda u: urlsplit(u).path[-40:])
def test_reader_metadata_matches(drafts: list[object], url: str) -> None:
    from caravanwatch.records import Draft

    (draft,) = [d for d in drafts if isinstance(d, Draft) and d.url == url]
    published, outlet, language, _ = EXPECTED[url]
    assert draft.published == dt.date.fromisoformat(published)
    assert draft.outlet == outlet
    assert draft.title and MARKER not in draft.title
    assert MARKER in draft.text
    if draft.language is not None:
        assert draft.language == language
