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


def matches(event: Event, want: dict[str, Any]) -> bool:
    """Whether ``event`` has every gold-format field of ``want``."""
    got = event.to_gold()
    return all(got.get(k) == v for k, v in want.items())
