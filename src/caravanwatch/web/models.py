"""Pydantic response models of the JSON API (they make ``/openapi.json`` precise).

Every HTML page renders the same model its ``.json`` twin returns.  Dates are ISO dates;
``href`` fields are this app's page for the object, ``url`` fields the article's own
address on the web.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field


class Pagination(BaseModel):
    total: int = Field(description="Rows matching the request, over all pages.")
    limit: int
    offset: int
    next: str | None = Field(None, description="Path and query of the next page, if any.")
    prev: str | None = Field(None, description="Path and query of the previous page, if any.")


class Position(BaseModel):
    date: dt.date
    lat: float
    lon: float
    place: str | None
    country: str | None
    kind: Literal["observed", "interpolated"] | str


class CaravanSummary(BaseModel):
    id: str
    name: str
    href: str
    origin_place: str | None
    origin_country: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    nationalities: list[str]
    happenings: int
    sources: int = Field(description="Distinct articles reporting the caravan.")
    outlets: int = Field(description="Distinct outlets reporting the caravan.")
    track_days: int
    latest_position: Position | None
    size_low: int | None = Field(description="Smallest whole-group size any outlet gave.")
    size_high: int | None = Field(description="Largest whole-group size any outlet gave.")


class CaravanList(BaseModel):
    items: list[CaravanSummary]
    pagination: Pagination


class ReportOut(BaseModel):
    """One article's account of a happening."""

    article_id: str
    article_href: str
    article_title: str | None
    url: str | None
    outlet: str | None
    event_id: str | None
    type: str
    date: dt.date | None
    size: int | None
    size_qualifier: str | None
    evidence: str
    start: int
    end: int


class HappeningOut(BaseModel):
    id: str
    type: str
    modality: str
    date: dt.date | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    size_low: int | None
    size_high: int | None
    origin: list[str]
    reports: list[ReportOut]


class SizeClaimOut(BaseModel):
    date: dt.date
    outlet: str
    size: int
    qualifier: str | None
    article_id: str
    article_href: str


class TrackPointOut(BaseModel):
    date: dt.date
    lat: float
    lon: float
    place: str | None
    country: str | None
    kind: str
    size_low: int | None
    size_high: int | None
    outlets: list[str]
    sources: list[str]
    conflict: bool
    conflict_detail: str | None
    along_road: bool | None


class ConflictOut(BaseModel):
    date: dt.date
    detail: str


class CaravanDetail(BaseModel):
    caravan: CaravanSummary
    happenings: list[HappeningOut]
    track: list[TrackPointOut]
    size_claims: list[SizeClaimOut]
    conflicts: list[ConflictOut]


class ArticleSummary(BaseModel):
    id: str
    href: str
    title: str | None
    outlet: str | None
    outlet_key: str
    url: str | None
    published: dt.date | None
    language: str | None
    duplicate_of: str | None
    events: int
    figures: int
    quotes: int


class ArticleList(BaseModel):
    items: list[ArticleSummary]
    pagination: Pagination


class EventOut(BaseModel):
    id: str
    type: str
    modality: str
    date: dt.date | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    size: int | None
    size_qualifier: str | None
    origin: list[str]
    evidence: str
    start: int
    end: int
    trigger: str | None
    caravan_id: str | None = Field(None, description="The caravan its happening joined.")


class FigureOut(BaseModel):
    id: str
    article_id: str
    value: float
    qualifier: str | None
    unit: str
    measure: str | None
    subject: str | None
    period: str | None
    source: str | None
    evidence: str
    start: int
    end: int


class QuoteOut(BaseModel):
    id: str
    speaker: str | None
    role: str | None
    text: str
    start: int
    end: int


class CaravanRef(BaseModel):
    id: str
    name: str
    href: str


class ArticleDetail(BaseModel):
    article: ArticleSummary
    text: str
    source: str
    published_basis: str
    encoding: str | None
    notes: list[str]
    ingested_at: dt.datetime
    events: list[EventOut]
    figures: list[FigureOut]
    quotes: list[QuoteOut]
    caravans: list[CaravanRef]


class OutletSummary(BaseModel):
    key: str = Field(description="The outlet's id in URLs (a slug of its name).")
    name: str | None = Field(description="The outlet as stored; null for articles without one.")
    href: str
    articles: int
    events: int
    caravans: int
    first_published: dt.date | None
    last_published: dt.date | None


class OutletList(BaseModel):
    items: list[OutletSummary]
    pagination: Pagination


class OtherClaim(BaseModel):
    outlet: str | None
    size: int
    qualifier: str | None
    article_id: str
    article_href: str


class SizeComparison(BaseModel):
    """What this outlet said a happening's size was, beside what the others said."""

    happening_id: str
    caravan: CaravanRef | None
    type: str
    date: dt.date | None
    place: str | None
    claims: list[OtherClaim]
    others: list[OtherClaim]


class FigureComparison(BaseModel):
    """One of this outlet's figures beside other outlets' figures of the same measure,
    subject and unit."""

    figure: FigureOut
    article_href: str
    others: list[tuple[str | None, FigureOut]]


class OutletDetail(BaseModel):
    outlet: OutletSummary
    articles: list[ArticleSummary]
    caravans: list[CaravanRef]
    sizes: list[SizeComparison]
    figures: list[FigureComparison]


class SearchHit(BaseModel):
    article: ArticleSummary
    score: float | None = Field(description="BM25 score (full-text mode), else null.")
    snippet: str = Field(description="Plain text around the first match (not HTML).")


class SearchResult(BaseModel):
    query: str
    mode: Literal["fulltext", "substring"] = Field(
        description="fulltext: DuckDB's fts extension (BM25, stemmed); substring: "
        "case-insensitive match of every word (the extension could not be loaded).")
    note: str | None
    items: list[SearchHit]
    pagination: Pagination


class ErrorOut(BaseModel):
    detail: str | list[dict[str, object]]
