"""Context across sentences: carried places and countries, restatements merged.

- "There, the police arrested..." (a ``there`` adverb on the trigger's clause) takes the
  place of the sentence before (GUIDELINES.md: the narrative fixes it without doubt).
- An event with neither place nor country takes the country its sentence names or
  implies ("Mexican security forces clashed with the caravan" happened in Mexico), else
  that of the article's dateline ("EL CINCHADO, Guatemala -").
- Background mentions dated to another year ("the caravan that reached the border in
  2018", in a 2020 article) are history, not events of the article, and are dropped.
- One happening restated over several sentences is one event (same type and modality,
  compatible place, date and size): it takes each attribute from whichever sentence
  gives it, and its evidence is the sentence that says most.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from caravanwatch.extract.components import ArticleState, Candidate, register
from caravanwatch.extract.events import _DEMONYM_CODES, country_code
from caravanwatch.records import Event, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

VERSION = "1"

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A dateline: "EL CINCHADO, Guatemala -", "TAPACHULA, Mexico (AP) —" at a line start.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.'/ ]{2,40}),\s*([A-Z][a-zé]+(?: [A-Z][a-z]+)?)"
    r"\s*(?:\([A-Za-z. ]+\)\s*)?[-\u2013\u2014]")
# Events whose place matters: without place or country they are dropped, as too vague
# to be a happening at a place ("migrants walked for hours").
NEEDS_LOCATION = frozenset({"arrive"})


def _there(trig: Token) -> bool:
    sent = trig.sent
    for tok in sent:
        if tok.lower_ == "there" and tok.dep_ == "advmod":
            return True
    return False


def _implied_country(cand: Candidate) -> str | None:
    """A country the sentence names or implies by a nationality adjective of its actors."""
    for tok in cand.sent:
        if tok.ent_type_ == "GPE":
            code = country_code(tok.text)
            if code:
                return code
        if tok.ent_type_ == "NORP" and tok.dep_ in ("amod", "compound") and (
                tok.head.lemma_.lower() in ("police", "authority", "force", "government",
                                            "official", "guard", "troop", "soldier",
                                            "agent", "army", "military", "president")):
            code = _DEMONYM_CODES.get(tok.lower_)
            if code:
                return code
    return None


def carry_context(state: ArticleState) -> None:
    """Fill places from "there" sentences and countries from the sentence or dateline."""
    prev_place: dict[str, object] | None = None
    last_sent = -1
    dateline = _DATELINE.search(state.doc.text[:3000])
    dateline_country = country_code(dateline.group(1)) if dateline else None
    for cand in state.candidates:
        if cand.place is None and cand.country is None and prev_place is not None \
                and _there(cand.trigger) and cand.sent.start != last_sent:
            cand.place = prev_place["place"]  # type: ignore[assignment]
            cand.country = prev_place["country"]  # type: ignore[assignment]
            cand.lat, cand.lon = prev_place["lat"], prev_place["lon"]  # type: ignore[assignment]
        if cand.country is None:
            cand.country = _implied_country(cand) or cand.extra.get("country_hint")
        if cand.country is None and dateline_country and cand.type not in NEEDS_LOCATION:
            cand.country = dateline_country
        if cand.place is not None:
            prev_place = {"place": cand.place, "country": cand.country, "lat": cand.lat,
                          "lon": cand.lon}
            last_sent = cand.sent.start


def _background(cand: Candidate, state: ArticleState) -> bool:
    if state.published is None:
        return False
    if cand.extra.get("vague_date"):
        years = {int(y) for y in _YEAR.findall(cand.sent.text)}
        return bool(years) and state.published.year not in years
    return cand.date is not None and (state.published - cand.date).days > 120


def _score(cand: Candidate) -> int:
    return (2 * (cand.place is not None) + 2 * (cand.date is not None)
            + 2 * (cand.size is not None) + (cand.country is not None) + bool(cand.origin))


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.type != b.type or a.modality != b.modality:
        return False
    if a.place and b.place and a.place.lower() != b.place.lower():
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if (a.date and b.extra.get("vague_date")) or (b.date and a.extra.get("vague_date")):
        return False
    if a.size and b.size and a.size != b.size:
        return False
    return True


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Merge restatements of one happening (see module docstring)."""
    groups: list[list[Candidate]] = []
    for cand in cands:
        for group in groups:
            if all(_compatible(cand, other) for other in group):
                group.append(cand)
                break
        else:
            groups.append([cand])
    merged = []
    for group in groups:
        best = max(group, key=_score)
        for other in group:
            if other is best:
                continue
            for name in ("place", "country", "lat", "lon", "date", "size"):
                if getattr(best, name) is None and getattr(other, name) is not None:
                    setattr(best, name, getattr(other, name))
                    if name == "size":
                        best.size_qualifier = other.size_qualifier
            best.origin = tuple(dict.fromkeys(best.origin + other.origin))
        merged.append(best)
    merged.sort(key=lambda c: c.trigger.i)
    return merged


def to_event(cand: Candidate, state: ArticleState, extractor: str) -> Event:
    text = state.article.text
    start, end = cand.evidence_start, cand.evidence_end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Event(
        article_id=state.article.id, type=cand.type, modality=cand.modality,  # type: ignore[arg-type]
        evidence=text[start:end], span=Span(start, end), date=cand.date, place=cand.place,
        country=cand.country, lat=cand.lat, lon=cand.lon, size=cand.size,
        size_qualifier=cand.size_qualifier if cand.size is not None else None,
        origin=cand.origin, trigger=cand.trigger.text, extractor=extractor)


@register("context", VERSION, requires=("candidates.attributes",), assigns=("events",))
def context_component(state: ArticleState) -> None:
    """Carry context, drop background and vague arrivals, merge, build events."""
    carry_context(state)
    kept = [c for c in state.candidates if not _background(c, state)
            and not (c.type in NEEDS_LOCATION and c.place is None and c.country is None)]
    label = f"context@{VERSION}"
    state.events = [to_event(c, state, f"{c.rule}/{label}") for c in merge(kept)]
