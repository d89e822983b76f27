"""The plain records that flow between pipeline stages.

Every stage is a function over these frozen dataclasses, so the same code runs in
one process, a process pool or on a Ray cluster.  Field names follow
``../shared/annotation/GUIDELINES.md`` where the guidelines define them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

PublishedBasis = Literal["metadata", "sidecar", "flag", "url", "text", "unknown"]
"""How an article's publication date was known."""

Modality = Literal["actual", "planned"]
Qualifier = Literal["exact", "about", "more_than", "at_least", "up_to", "almost"]
EventType = Literal[
    "depart", "arrive", "cross_border", "join", "block", "clash",
    "detain", "deport", "offer", "dissolve", "asylum", "aid",
]
EVENT_TYPES: tuple[str, ...] = (
    "depart", "arrive", "cross_border", "join", "block", "clash",
    "detain", "deport", "offer", "dissolve", "asylum", "aid",
)


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader found in one input before ids, hashes and language are settled.

    ``source`` locates the input exactly (a path, ``path#line=12``,
    ``file.warc.gz#offset=1234``, a URL), so a skip or a stored article can be traced.
    """

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_basis: PublishedBasis = "unknown"
    language: str | None = None
    doc_id: str | None = None
    encoding: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One stored news article."""

    id: str
    text: str
    source: str
    content_hash: str
    ingested_at: dt.datetime
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_basis: PublishedBasis = "unknown"
    language: str | None = None
    encoding: str | None = None
    duplicate_of: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skip:
    """An input that was not stored, with the reason (see :class:`errors.SkipInput`)."""

    source: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place: GeoNames' usual English name, ISO alpha-2 country."""

    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None  # city, crossing, river, shelter, country...


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into ``Article.text`` (start inclusive, end exclusive)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """What a migrant group did, or what was done to it (GUIDELINES.md, events)."""

    article_id: str
    type: str
    modality: Modality
    evidence: str
    span: Span
    date: dt.date | None = None
    place: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    size: int | None = None
    size_qualifier: Qualifier | None = None
    origin: tuple[str, ...] = ()
    trigger: str | None = None
    extractor: str = ""

    def to_gold(self) -> dict[str, object]:
        return {
            "type": self.type,
            "modality": self.modality,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "country": self.country,
            "size": self.size,
            "size_qualifier": self.size_qualifier,
            "origin": list(self.origin),
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """A number about migration that is not a travelling group's size."""

    article_id: str
    value: float
    unit: str
    evidence: str
    span: Span
    qualifier: Qualifier | None = "exact"
    measure: str | None = None
    subject: str | None = None
    period: str | None = None
    source: str | None = None
    extractor: str = ""

    def to_gold(self) -> dict[str, object]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "measure": self.measure,
            "subject": self.subject,
            "period": self.period,
            "source": self.source,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation with its speaker."""

    article_id: str
    speaker: str | None
    text: str
    span: Span
    role: str | None = None
    extractor: str = ""

    @property
    def start_words(self) -> str:
        """The first six words, as the gold's ``start`` field has them."""
        return " ".join(self.text.split()[:6])

    def to_gold(self) -> dict[str, object]:
        return {"speaker": self.speaker, "role": self.role, "start": self.start_words}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, or why nothing was."""

    article_id: str
    status: Literal["extracted", "not_extracted"]
    reason: str | None = None
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    labels: tuple[str, ...] = ()
    extractor_version: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
