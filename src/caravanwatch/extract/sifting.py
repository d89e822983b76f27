"""Which event candidates stand as events, and which restate one another.

- Statistics (rates, agency totals, counts beyond any caravan) are figures, not events.
- General goals with no day and no place ("their plan is to reach the US") are not
  events (GUIDELINES.md).
- A happening dated to another year, or more than a season before publication, is a
  caravan of its own: kept, undated, and never merged into this one.
- One happening restated over several sentences is one event (same type and modality,
  compatible place, date and size): it takes each attribute from whichever sentence
  gives it, and its evidence is the sentence that says most.

Split from :mod:`.context`, which carries places, countries and dates across sentences
and then calls these.
"""

from __future__ import annotations

import datetime as dt
import re

from caravanwatch.extract.components import ArticleState, Candidate
from caravanwatch.extract.nlp import span_text

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# How far (characters) a place, country or date carries from one event to the next that
# states none (:mod:`.context`), and how far apart two sentences may restate one
# happening: about one news paragraph, as for group pronouns.
CARRY_CHARS = 1000


# Rates and totals: a sentence counting these is a statistic, not a group's happening.
_RATE = re.compile(
    r"\b(?:(?:per|each|every) (?:day|week|month|year)|(?<!in )(?<!for )(?<!within )"
    r"(?<!after )(?<!than )(?<!by )\ba (?:day|week|month|year)\b"
    # ("a week later", "a day after leaving": an interval, not a rate)
    r"(?! (?:later|earlier|ago|after|before|afterwards|into|long|away|of|on|or|and))"
    r"|annually|fiscal year|so far this year|million|billion|record number)", re.IGNORECASE)
# Words of _RATE that mark a statistic even with no number beside them.
_TOTAL_WORDS = frozenset(["annually", "fiscal year", "so far this year", "million", "billion",
                          "record number"])
# "more people than", but not the qualifier "more than 1,500".
_COMPARISON = re.compile(r"\b(?:more|fewer|less)\b(?!\s+than)[^.;]{1,140}\bthan\b",
                         re.IGNORECASE)
# No caravan on record numbered more than about 15,000; larger counts are statistics.
MAX_GROUP_SIZE = 20000


# A month or year with no day ("in March", "during 2023", "last month"): the period of a
# total, not the day of a happening.
_PERIOD = re.compile(
    r"\b(?:in|during|since|through|throughout|for) (?:the month of )?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|\d{4})\b"
    r"(?! \d)(?!,? \d{4}\b.{0,3}\d)|\b(?:last|this|past) (?:month|year|fiscal year)\b")
# Types whose totals agencies report: a period with a count over a caravan group's size is
# a statistic.  (1,000: caravan subgroups detained or deported on one day rarely exceed
# it; agency monthly totals are larger.)
TOTAL_TYPES = frozenset(["detain", "deport", "asylum"])
PERIOD_TOTAL_MIN = 1000


def _statistic(cand: Candidate) -> bool:
    """Rates, totals and counts beyond any caravan: statistics (figures), not events."""
    from caravanwatch.extract.attributes import group_size

    if cand.size is not None and cand.size > MAX_GROUP_SIZE:
        return True
    text = span_text(cand.sent)
    if cand.type in TOTAL_TYPES and cand.size is not None and (
            cand.size >= PERIOD_TOTAL_MIN) and _PERIOD.search(text):
        return True  # "the sector apprehended more than 11,000 people in March"
    rate = _RATE.search(text)
    if rate and (rate.group(0).lower() in _TOTAL_WORDS or any(t.like_num for t in cand.sent)):
        return True  # (a count per day; "volunteers have served meals there every day" is aid)
    if cand.type in ("deport", "detain", "asylum") and _COMPARISON.search(text):
        return True  # "Mexico has deported more people than the US"
    stated = group_size(text)
    return stated is not None and stated.value is not None and stated.value > MAX_GROUP_SIZE


def _year_of_clause(cand: Candidate, state: ArticleState) -> int | None:
    """A year dating the trigger's clause: "deported 165,000 in 2015", "since June 2022
    when a group departed"."""
    from caravanwatch.extract.event_places import _attachment
    from caravanwatch.extract.events import _clause_of

    verb = _clause_of(cand.trigger)
    when_head = verb.head if verb.dep_ in ("relcl", "advcl") and any(
        c.lower_ == "when" for c in verb.children) else None
    for ent in state.ents_of(cand.sent):
        if ent.label_ != "DATE":
            continue
        years = [int(t.text) for t in ent if t.like_num and _YEAR.fullmatch(t.text)]
        if not years:
            continue
        if when_head is not None and ent.start <= when_head.i < ent.end:
            return years[0]
        how = _attachment(ent.root, cand.trigger)
        if how is not None and how[1] == 0 and ent.root.dep_ in ("pobj", "npadvmod"):
            return years[0]
    return None


MOVEMENT_TYPES = frozenset(["depart", "arrive", "cross_border", "join", "asylum"])


# A press release's boilerplate: "About CRC: the coalition was founded in 2019 and...",
# "About the author:", "Notes to editors".
_BOILERPLATE = re.compile(r"^\s*(?:About\s+[A-Z][^:\n]{0,60}:|Notes? to editors\b|###)")


def boilerplate(cand: Candidate) -> bool:
    """Whether ``cand``'s sentence is a press release's boilerplate, not news."""
    return bool(_BOILERPLATE.match(cand.sent.text))


def _general_goal(cand: Candidate) -> bool:
    """A planned happening with no day and no place but (at most) the United States:
    "their plan is to reach the US" (GUIDELINES.md: not an event)."""
    # a day of another clause does not date the goal: "set out on Monday, hoping to
    # reach the United States"
    undated = cand.date is None or not cand.extra.get("date_own_clause", True)
    return cand.modality == "planned" and undated and cand.place is None \
        and cand.country in (None, "US") and cand.type in MOVEMENT_TYPES


# How long before publication a happening is still news of the article, not history
# (days): about a season, the span of the longest caravans.
RECENT_DAYS = 120


def _recent_year(year: int, published: dt.date) -> bool:
    """Whether a bare year may still be the article's news: the same year, or the one
    before in the first months ("in late December 2018" in a January 2019 report)."""
    return year == published.year or (
        year == published.year - 1 and published.timetuple().tm_yday <= RECENT_DAYS)


def _background(cand: Candidate, state: ArticleState) -> bool:
    if state.published is None:
        return False
    if cand.date is not None and 0 <= (state.published - cand.date).days <= RECENT_DAYS:
        return False  # a day fixed within the season is the article's news
    year = _year_of_clause(cand, state)
    if year is not None and not _recent_year(year, state.published):
        return True
    if cand.extra.get("vague_date"):
        years = {int(y) for y in _YEAR.findall(cand.sent.text)}
        return bool(years) and not any(_recent_year(y, state.published) for y in years)
    return cand.date is not None and (state.published - cand.date).days > RECENT_DAYS


def _score(cand: Candidate) -> int:
    return (2 * (cand.place is not None) + 2 * (cand.date is not None)
            + 2 * (cand.size is not None) + (cand.country is not None) + bool(cand.origin))


def _conflict(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates cannot state one happening."""
    if a.type != b.type or a.modality != b.modality:
        return True
    if bool(a.extra.get("background")) != bool(b.extra.get("background")):
        return True  # a caravan of another year is not this one
    if a.place and b.place and a.place.lower() != b.place.lower():
        return True
    if a.country and b.country and a.country != b.country:
        return True
    if a.date and b.date and a.date != b.date:
        return True
    if (a.date and b.extra.get("vague_date")) or (b.date and a.extra.get("vague_date")):
        return True
    return bool(a.size and b.size and a.size != b.size)


def _same_happening(merged: Candidate, members: list[Candidate], cand: Candidate) -> bool:
    """Whether ``cand`` restates the happening of ``merged`` (built from ``members``):
    no conflict, and it agrees on place, date or size, or it states none of them, or it
    follows one of the members closely (the lead and the next paragraph of a report)."""
    if _conflict(merged, cand):
        return False
    if (cand.place is not None and cand.place == merged.place) or (
            cand.date is not None and cand.date == merged.date) or (
            cand.size is not None and cand.size == merged.size):
        return True
    if cand.place is None and cand.date is None and cand.size is None:
        return True
    return any(abs(cand.sent.start_char - m.sent.start_char) < CARRY_CHARS for m in members)


_FIELDS = ("place", "country", "lat", "lon", "date", "size", "size_qualifier")


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Merge restatements of one happening (see module docstring).

    The most informative candidates seed the groups; each other candidate joins the
    first group it restates.  The merged event keeps the seed's evidence (the sentence
    that says most) and takes missing attributes from the others."""
    order = sorted(cands, key=lambda c: (-_score(c), c.trigger.i))
    groups: list[tuple[Candidate, list[Candidate]]] = []
    for cand in order:
        for merged, members in groups:
            if _same_happening(merged, members, cand):
                members.append(cand)
                for name in _FIELDS:
                    if getattr(merged, name) is None and getattr(cand, name) is not None:
                        setattr(merged, name, getattr(cand, name))
                if cand.extra.get("vague_date"):
                    merged.extra["vague_date"] = True
                merged.origin = tuple(dict.fromkeys(merged.origin + cand.origin))
                break
        else:
            groups.append((cand, [cand]))
    out = [merged for merged, _ in groups]
    out.sort(key=lambda c: c.trigger.i)
    return out
