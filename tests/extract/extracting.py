"""Running the event extractor on test text: one cached helper for the test modules."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from caravanwatch.records import Article, Event


@lru_cache(maxsize=2048)
def events_of(text: str, published: dt.date) -> tuple[Event, ...]:
    """The events the pipeline extracts from ``text`` published on ``published``."""
    from caravanwatch.extract.pipeline import extract_articles

    article = Article(id="t", text=text, source="test://t", content_hash="h",
                      ingested_at=dt.datetime(2024, 1, 1), published=published,
                      language="en")
    (extraction,) = extract_articles([article], others=False)
    return extraction.events


def events_after(lead: str, text: str, published: dt.date) -> list[Event]:
    """Events of ``text`` read after the context sentence ``lead``, leaving out any the
    lead itself gives."""
    return [e for e in events_of(lead + text, published) if e.evidence != lead.strip()]


def found_after(lead: str, sentence: str, published: dt.date) -> list[tuple[str, str]]:
    """(type, modality) of the events whose evidence is ``sentence``, read after the
    context sentence ``lead``."""
    return [(e.type, e.modality) for e in events_of(lead + sentence, published)
            if e.evidence.strip() and e.evidence.strip() in sentence]


def matches(event: Event, want: dict[str, Any]) -> bool:
    """Whether ``event`` has every gold-format field of ``want``."""
    got = event.to_gold()
    return all(got.get(k) == v for k, v in want.items())


def check_events(text: str, published: dt.date, want: list[dict[str, Any]],
                 forbid: set[tuple[str, str]]) -> None:
    """Every event of ``want`` is found (by its given fields) and no event of a forbidden
    (type, modality) is."""
    events = events_of(text, published)
    got = [e.to_gold() for e in events]
    for w in want:
        assert any(matches(e, w) for e in events), (w, got)
    for kind, modality in forbid:
        assert not any(g["type"] == kind and g["modality"] == modality for g in got), got
