"""Speaker comparison as ../shared/annotation/score.py does it, for the quote tests."""

from __future__ import annotations

import re


def words(text: str | None) -> list[str]:
    return re.sub(r"[^a-z0-9 ]+", " ", (text or "").lower()).split()


def same_speaker(expected: str, got: str | None) -> bool:
    """The scorer's rule: same words, same last word, or one inside the other."""
    e, g = words(expected), words(got)
    return bool(e and g) and (e == g or e[-1] == g[-1] or " ".join(e) in " ".join(g)
                              or " ".join(g) in " ".join(e))
