"""Running the figure extractor on test text: one helper for the figure test modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from caravanwatch.extract.figures import extract_figures


def values(pairs: Iterable[tuple[float, str]]) -> list[tuple[float, str]]:
    """(value, unit) pairs rounded and sorted, to compare found and expected figures."""
    return sorted((round(v, 4), u) for v, u in pairs)


def figures_found(nlp: Callable[[str], Any], make_article: Callable[..., Any], text: str,
                  published: dt.date) -> list[tuple[float, str]]:
    """The (value, unit) of every figure extracted from ``text`` published on
    ``published``, rounded and sorted."""
    article = make_article(text=text, published=published)
    return values((f.value, f.unit) for f in extract_figures(nlp(text), article))
