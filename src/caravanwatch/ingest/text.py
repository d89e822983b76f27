"""Plain-text articles, with metadata from an ``index.tsv`` sidecar or from flags.

A sidecar is a tab-separated file named ``index.tsv`` in the article's folder or its
parent (the layout of ``devset/``: ``index.tsv`` beside ``articles/``).  Its columns are
``doc_id, published, outlet, url, language``; other columns are ignored.  A file's
``doc_id`` is its stem.  Sidecar values win for that file; the ``--published``,
``--outlet`` and ``--url`` flags apply to files without a sidecar row.

Also home to the small date helpers every reader shares (:func:`parse_date`,
:func:`date_from_url`).
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.decode import decode_bytes
from caravanwatch.ingest.language import resolve_language
from caravanwatch.records import Draft, PublishedBasis, Skip

logger = logging.getLogger(__name__)

SIDECAR_NAME = "index.tsv"
SIDECAR_COLUMNS = ("doc_id", "published", "outlet", "url", "language")
# A sidecar larger than this is not read (a million rows is ~100 MB; sidecars in the
# wild are thousands of rows).
SIDECAR_MAX_BYTES = 100 * 1024 * 1024

# A first line is taken as the title when it is at most this long and has no final
# period.  Headlines in the devset and in the benchmark pages are 30-140 characters;
# 200 leaves room for long headlines while a paragraph's first sentence rarely fits.
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30

# Publication dates outside this window are treated as unparsed (typos like 0218-10-18).
MIN_YEAR, MAX_YEAR = 1990, 2100

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "ene", "enero"), ("feb", "february", "febrero"),
            ("mar", "march", "marzo"), ("apr", "april", "abr", "abril"),
            ("may", "mayo"), ("jun", "june", "junio"), ("jul", "july", "julio"),
            ("aug", "august", "ago", "agosto"),
            ("sep", "sept", "september", "septiembre", "setiembre"),
            ("oct", "october", "octubre"), ("nov", "november", "noviembre"),
            ("dec", "december", "dic", "diciembre"),
        ]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# /2018/10/18/, /2018-10-18-, /2018_10_18, /20181018/, /2018/oct/18/ (The Guardian).
_URL_DATE = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"),
    re.compile(
        rf"/((?:19|20)\d\d)/({_MONTH_RE})/(0?[1-9]|[12]\d|3[01])(?=/|$)", re.IGNORECASE
    ),
)
_TEXT_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y%m%d")


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A date from ISO text, an RFC 2822 date, ``October 29, 2018``, or a datetime."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _valid(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _valid(value.year, value.month, value.day)
    text = str(value).strip()
    if not text:
        return None
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            got = parse(text)
        except ValueError:
            continue
        return _valid(got.year, got.month, got.day)
    try:
        got = email.utils.parsedate_to_datetime(text)
        return _valid(got.year, got.month, got.day)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _TEXT_DATE_FORMATS:
        try:
            got = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _valid(got.year, got.month, got.day)
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """A full date written in a URL path (``/2018/10/18/``), or None."""
    if not url:
        return None
    for pattern in _URL_DATE:
        for match in pattern.finditer(url):
            year, month, day = match.groups()
            month_num = int(month) if month.isdigit() else _MONTHS[month.lower()]
            got = _valid(int(year), month_num, int(day))
            if got:
                return got
    return None


def guess_title(text: str) -> str | None:
    """The first line, if it looks like a headline: short, no final period, text follows."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if not first or not rest.strip():
        return None
    if len(first) > TITLE_MAX_CHARS or len(first.split()) > TITLE_MAX_WORDS:
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return None
    return first


@dataclass(frozen=True, slots=True)
class SidecarRow:
    """One row of an ``index.tsv`` sidecar, values as written (empty cells are None)."""

    doc_id: str
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def load_sidecar(path: Path) -> dict[str, SidecarRow]:
    """Read an ``index.tsv``; raise :class:`SkipInput` ``bad_sidecar`` when unusable."""
    try:
        size = path.stat().st_size
        if size > SIDECAR_MAX_BYTES:
            raise SkipInput("bad_sidecar", f"{size:,} bytes is too large for a sidecar")
        text, _ = decode_bytes(path.read_bytes())
    except SkipInput as exc:
        raise SkipInput("bad_sidecar", f"{exc.reason}: {exc.detail}", str(path)) from None
    except OSError as exc:
        raise SkipInput("bad_sidecar", f"cannot read: {exc}", str(path)) from None
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise SkipInput("bad_sidecar", "no header line", str(path)) from None
    if "doc_id" not in header:
        raise SkipInput(
            "bad_sidecar",
            f"no doc_id column (columns: {', '.join(header[:8])}); expected "
            + ", ".join(SIDECAR_COLUMNS),
            str(path),
        )
    index = {name: header.index(name) for name in SIDECAR_COLUMNS if name in header}
    rows: dict[str, SidecarRow] = {}
    for cells in reader:
        def cell(name: str, cells: list[str] = cells) -> str | None:
            i = index.get(name)
            if i is None or i >= len(cells):
                return None
            return cells[i].strip() or None

        doc_id = cell("doc_id")
        if not doc_id:
            continue
        rows[doc_id] = SidecarRow(
            doc_id, cell("published"), cell("outlet"), cell("url"), cell("language")
        )
    logger.debug("sidecar %s: %d rows", path, len(rows))
    return rows


@dataclass
class Sidecars:
    """Finds the sidecar row of a file; loads each ``index.tsv`` once per run.

    A broken sidecar is reported once through :meth:`drain_skips` and then treated as
    absent, so the articles beside it are still read (with flags applying).
    """

    cache: dict[Path, dict[str, SidecarRow] | None] = field(default_factory=dict)
    pending: list[Skip] = field(default_factory=list)

    def _load(self, folder: Path) -> dict[str, SidecarRow] | None:
        if folder not in self.cache:
            path = folder / SIDECAR_NAME
            rows: dict[str, SidecarRow] | None = None
            if path.is_file():
                try:
                    rows = load_sidecar(path)
                except SkipInput as exc:
                    logger.warning("%s", exc)
                    self.pending.append(Skip(str(path), exc.reason, exc.detail))
            self.cache[folder] = rows
        return self.cache[folder]

    def row_for(self, path: Path) -> SidecarRow | None:
        """The row for ``path``'s stem in its folder's sidecar, else its parent's."""
        doc_id = doc_id_of(path)
        for folder in (path.parent, path.parent.parent):
            rows = self._load(folder)
            if rows is not None and doc_id in rows:
                return rows[doc_id]
        return None

    def drain_skips(self) -> list[Skip]:
        out, self.pending = self.pending, []
        return out


def doc_id_of(path: Path) -> str:
    """The file name without its extensions (``a.html.gz`` -> ``a``; ``h01.txt`` -> ``h01``)."""
    name = path.name
    for suffix in (".gz", ".txt", ".text", ".html", ".htm", ".xhtml"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


@dataclass(frozen=True, slots=True)
class Metadata:
    """Resolved metadata for one document (shared by the text and HTML readers)."""

    published: dt.date | None
    basis: PublishedBasis
    outlet: str | None
    url: str | None
    language: str | None
    notes: tuple[str, ...] = ()


def resolve_metadata(
    row: SidecarRow | None,
    *,
    flag_published: dt.date | None,
    flag_outlet: str | None,
    flag_url: str | None,
) -> Metadata:
    """Sidecar row wins; flags apply when there is no row; then a date in the URL."""
    notes: list[str] = []
    if row is not None:
        url, outlet, language = row.url, row.outlet, row.language
        if row.published:
            published = parse_date(row.published)
            if published:
                return Metadata(published, "sidecar", outlet, url, language)
            notes.append(f"unparsed date: {row.published!r}")
            return Metadata(None, "unknown", outlet, url, language, tuple(notes))
        url_date = date_from_url(url)
        if url_date:
            return Metadata(url_date, "url", outlet, url, language)
        return Metadata(None, "unknown", outlet, url, language)
    if flag_published:
        return Metadata(flag_published, "flag", flag_outlet, flag_url, None)
    url_date = date_from_url(flag_url)
    if url_date:
        return Metadata(url_date, "url", flag_outlet, flag_url, None)
    return Metadata(None, "unknown", flag_outlet, flag_url, None)


def read_text(
    data: bytes,
    source: str,
    *,
    path: Path | None = None,
    sidecars: Sidecars | None = None,
    flag_published: dt.date | None = None,
    flag_outlet: str | None = None,
    flag_url: str | None = None,
    declared_encoding: str | None = None,
    detect: bool = True,
    notes: tuple[str, ...] = (),
) -> Draft:
    """One plain-text article; raises :class:`SkipInput` (binary, empty, undecodable)."""
    text, encoding = decode_bytes(data, declared_encoding)
    row = sidecars.row_for(path) if (sidecars is not None and path is not None) else None
    meta = resolve_metadata(
        row, flag_published=flag_published, flag_outlet=flag_outlet, flag_url=flag_url
    )
    text = text.rstrip()
    return Draft(
        text=text,
        source=source,
        title=guess_title(text),
        url=meta.url,
        outlet=meta.outlet,
        published=meta.published,
        published_basis=meta.basis,
        language=resolve_language(meta.language, text, detect),
        doc_id=doc_id_of(path) if path is not None else None,
        encoding=encoding,
        notes=notes + meta.notes,
    )
