"""Speaker comparison as ../shared/annotation/score.py does it, for the quote tests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caravanwatch.records import Quote


def words(text: str | None) -> list[str]:
    return re.sub(r"[^a-z0-9 ]+", " ", (text or "").lower()).split()


def same_speaker(expected: str, got: str | None) -> bool:
    """The scorer's rule: same words, same last word, or one inside the other."""
    e, g = words(expected), words(got)
    return bool(e and g) and (e == g or e[-1] == g[-1] or " ".join(e) in " ".join(g)
                              or " ".join(g) in " ".join(e))


def check_quotes(quotes: Sequence[Quote], expected: list[tuple[str, str]]) -> None:
    """The quotes found are the ``expected`` (speaker, first words) pairs, in order:
    first words compared like the scorer (up to four), speakers by :func:`same_speaker`."""
    got = [(q.speaker, " ".join(words(q.text)[:4])) for q in quotes]
    assert len(quotes) == len(expected), got
    for (speaker, start), quote in zip(expected, quotes, strict=True):
        n = min(4, len(words(start)))
        assert words(quote.text)[:n] == words(start)[:n], got
        assert same_speaker(speaker, quote.speaker), got
