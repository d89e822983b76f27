"""Attributes of each event candidate, read from its own sentence.

The registered ``attributes`` component sets place (:func:`.event_places.choose_place`:
the place phrase attached to the trigger by the preposition its type takes, and the
other cues listed there), date (the date expression attached to the trigger's clause,
resolved by :mod:`.dates`), size (:mod:`.sizes`, only when the number is in the group's
own phrase) and origin (nationalities in the group's phrase, :mod:`.places`).  The last
section is the thin layer over the helpers' modules (places, dates, sizes).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from caravanwatch.extract.components import ArticleState, Candidate, register
from caravanwatch.extract.datelines import blog_day
from caravanwatch.extract.event_places import choose_place
from caravanwatch.extract.events import _clause_of, antecedent, lemma
from caravanwatch.extract.nlp import span_text
from caravanwatch.extract.repairs import named_crossing
from caravanwatch.extract.sentence_places import _DEMONYM_CODES, country_code

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

logger = logging.getLogger(__name__)

VERSION = "1"

# --- attributes -----------------------------------------------------------------------
def _sentence_dates(state: ArticleState, sent: Span, planned: bool) -> list[Any]:
    key = f"dates:{sent.start}:{planned}"
    if key not in state.cache:
        state.cache[key] = dates_in(span_text(sent), state.published, planned)
    return state.cache[key]  # type: ignore[no-any-return]




# A clock time with no day ("9:40 a.m. —" in a live blog, "at 6 p.m.") or "hours ago":
# the day of publication.
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\bhours ago\b")


# "since Thursday", "ever since October": the day a state began, not the happening's.
_SINCE = re.compile(r"(?:ever\s+)?since\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


# Counts whose anchor is the narrative's last dated happening ("a week later", "the next
# day", "that night"), unlike "two weeks after the caravan broke up", anchored on its own
# clause.
_ANAPHORIC_SHIFT = re.compile(
    r"\b(?:later|earlier|afterwards?|next|following|previous|before(?!\s+\w)|that|same)\b")


# "four days after they set out", "two weeks after it left": how many days the
# clause's happening precedes the clause it modifies.
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1}
_UNIT_DAYS = {"day": 1, "week": 7}


def days_before_head(verb: Token) -> tuple[Token, int] | None:
    """(the verb modified, days) for a clause "N days/weeks after ..." ("reached Huixtla
    four days after their caravan set out from Tapachula": "set" is 4 days before
    "reached")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after"
                                       for c in verb.children):
        return None
    for c in verb.children:
        unit = _UNIT_DAYS.get(lemma(c))
        if c.dep_ != "npadvmod" or unit is None:
            continue
        for num in c.children:
            if num.dep_ in ("nummod", "det"):
                n = int(num.text) if num.text.isdigit() else _COUNT_WORDS.get(num.lower_)
                if n:
                    return verb.head, n * unit
    return None


def choose_date(cand: Candidate, state: ArticleState) -> None:
    """Set ``date`` from the date expression nearest the trigger's clause."""
    sent = cand.sent
    planned = cand.modality == "planned"
    mentions = _sentence_dates(state, sent, planned)
    verb = _clause_of(cand.trigger)
    before = days_before_head(verb)
    if before is not None and not planned:
        cand.extra["days_before"] = (before[0].i, before[1])  # resolved in context
        return
    chain = [verb]
    tok = verb
    while tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "ccomp", "relcl", "acl") \
            and tok.head != tok and len(chain) < 5:
        tok = tok.head
        chain.append(tok)
    best: tuple[int, Any] | None = None
    for m in mentions:
        if m.kind == "present" and cand.tense in ("past", "perfect"):
            continue  # "now ... has left": "now" dates the state, not the departure
        span = state.doc.char_span(sent.start_char + m.span[0], sent.start_char + m.span[1],
                                   alignment_mode="expand")
        if span is None:
            continue
        head_verb = _clause_of(span.root)
        if named_crossing(head_verb):
            head_verb = _clause_of(head_verb.head)  # "at the El Florido crossing the next
            # day": the small model's verb "crossing" is the post's name
        if (head_verb == verb or verb.is_ancestor(span.root)) and (
                _SINCE.match(m.text) or _SINCE_BEFORE.search(sent.text[:m.span[0]])):
            # "posted at the crossing since Thursday": when a state began; "arrived with
            # nothing to eat since Sunday": a state told inside the event's clause (not
            # "the largest since June 2022, when a group departed": that clause's day)
            continue
        rank = chain.index(head_verb) if head_verb in chain else 50 + abs(
            span.start - cand.trigger.i)
        if best is None or rank < best[0]:
            best = (rank, m)
    if best is not None and best[0] > 0 and cand.tense == "perfect" and (
            cand.trigger.dep_ in ("relcl", "acl") or best[0] >= 50):
        best = None  # "...broke up on Monday a caravan that had entered over the weekend"
    if best is not None:
        cand.date = best[1].date
        cand.date_fixed = best[1].date is not None
        cand.extra["date_own_clause"] = best[0] == 0
        if best[1].date is None and best[0] < 50 and getattr(best[1], "shift", None) is not None:
            text = sent.text[best[1].span[0]:best[1].span[1]].lower()
            if _ANAPHORIC_SHIFT.search(text):
                cand.extra["shift"] = best[1].shift  # "a week later": from the last dated event
            else:
                cand.extra["vague_date"] = True  # "two weeks after the caravan broke up"
        elif best[1].date is None and best[0] < 50:
            cand.extra["vague_date"] = True
        elif best[0] >= 50 and best[1].kind == "vague":
            cand.date = None
        return
    if _headline(sent, state):
        return  # headlines tell past news in the present: "Caravan reaches Mexico City"
    if not planned and _CLOCK.search(sent.text):
        # "9:40 a.m. — ... joined the column" (a live blog): the day of the blog's heading
        # above the entry ("Monday, November 4"), else of publication
        cand.date = blog_day(state.text, sent.start_char, state.published) or state.published
        cand.date_fixed = state.published is not None
        return
    if cand.type == "arrive" and (cand.tense == "present" or (
            cand.tense == "perfect" and any(c.lower_ in ("already", "now")
                                            for c in verb.children))):
        cand.date = state.published  # "are now in southern Mexico", "have already crossed"


def _headline(sent: Span, state: ArticleState) -> bool:
    """A line without closing punctuation standing alone: a headline or a caption title."""
    text = sent.text.rstrip()
    after = state.text[sent.end_char:sent.end_char + 2]
    return bool(text) and text[-1] not in ".!?\"\u201d'\u2019:" and (
        "\n" in after or text != sent.text or sent.end_char >= len(state.text))


def choose_size(cand: Candidate, state: ArticleState) -> None:
    """The group size stated in the group's own phrase ("about 400 migrants rolled
    in"); a pronoun group ("took them back") takes a size stated before it in the same
    sentence.  "1,000 more migrants" is the size of a join only."""
    if cand.group is None:
        return
    group, tokens = antecedent(cand.group, cand.trigger)
    if group.i == cand.trigger.i or group.pos_ in ("VERB", "AUX") or not tokens:
        return
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    pronoun = group.lower_ in ("they", "them", "it", "we")
    # The best-ranked size may belong to another group of the sentence ("500 police
    # stopped 2,000 migrants"): take the best one that sits in this group's phrase.
    for size in group_sizes(cand.sent.text):
        start = cand.sent.start_char + size.span[0]
        end = cand.sent.start_char + size.span[1]
        inside = lo <= start < hi or lo < end <= hi
        if not inside and not (pronoun and end <= group.idx):
            continue
        words = state.text[start:end + 14].lower().split()
        if cand.type != "join" and any(w in ("more", "additional", "other")
                                       for w in words[1:4]):
            continue
        cand.size, cand.size_qualifier = size.value, size.qualifier
        return
    _size_with(cand, state)


# Prepositions that give a travelling group its members: "set out with an estimated
# 5,000 participants", "left Tapachula with some 800 people".
_WITH = frozenset(["with"])


def _size_with(cand: Candidate, state: ArticleState) -> None:
    """A size the trigger's clause states with "with" ("set out ... with about 5,000
    people") when the group's own phrase has none."""
    if cand.type not in ("depart", "arrive", "cross_border"):
        return
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else _clause_of(cand.trigger)
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITH]
    for prep in preps:
        lo = min(t.idx for t in prep.subtree)
        hi = max(t.idx + len(t) for t in prep.subtree)
        for size in group_sizes(cand.sent.text):
            start = cand.sent.start_char + size.span[0]
            if lo <= start < hi:
                cand.size, cand.size_qualifier = size.value, size.qualifier
                return


def share_sizes(cands: list[Candidate]) -> None:
    """Events of one sentence with one group share its size ("a caravan of about 400
    migrants that left southern Mexico pulled into Ciudad Juárez": depart and arrive,
    400).  Joins keep their own ("1,000 more migrants joined")."""
    by_group: dict[tuple[int, int], list[Candidate]] = {}
    for cand in cands:
        if cand.group is not None and cand.type != "join":
            by_group.setdefault((cand.sent.start, cand.group.i), []).append(cand)
    for members in by_group.values():
        sizes = {(c.size, c.size_qualifier) for c in members if c.size is not None}
        if len(sizes) != 1:
            continue
        size, qualifier = sizes.pop()
        for cand in members:
            if cand.size is None:
                cand.size, cand.size_qualifier = size, qualifier
    # a journey whose sentence states one group size and no other event claims it ("the
    # caravan, which numbers about 4,500 people, would leave Tapachula on Saturday")
    by_sentence: dict[int, list[Candidate]] = {}
    for cand in cands:
        by_sentence.setdefault(cand.sent.start, []).append(cand)
    for members in by_sentence.values():
        if any(c.size is not None for c in members):
            continue
        stated = group_sizes(members[0].sent.text)
        if len(stated) != 1:
            continue
        for cand in members:
            if cand.type in ("depart", "arrive", "cross_border"):
                cand.size, cand.size_qualifier = stated[0].value, stated[0].qualifier


def choose_origin(cand: Candidate, state: ArticleState) -> None:
    """Nationalities stated in the group's own phrase ("Honduran migrants", "a group of
    mostly Haitians", "migrants from Venezuela")."""
    if cand.group is None or cand.group.i == cand.trigger.i:
        return
    group, tokens = antecedent(cand.group, cand.trigger)
    if group.pos_ in ("VERB", "AUX") or not tokens:
        return
    tokens = sorted(tokens, key=lambda t: t.i)
    text = state.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    found = origins(text[:300])
    for tok in tokens:  # "migrants, mostly Haitian": a nationality in apposition
        if tok.dep_ in ("appos", "amod", "conj") and tok.ent_type_ == "NORP" and not (
                tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("central", "south", "north",
                                                            "latin")):
            code = _DEMONYM_CODES.get(tok.lower_) or country_code(tok.text)
            if code and code not in found:
                found.append(code)
    cand.origin = tuple(found)


@register("attributes", VERSION, requires=("candidates.group", "candidates.modality"),
          assigns=("candidates.attributes",))
def attributes_component(state: ArticleState) -> None:
    """Set place, date, size and origin of each candidate from its own sentence."""
    for cand in state.candidates:
        choose_origin(cand, state)
        choose_place(cand, state)
        if cand.type == "depart" and cand.place is None and cand.country is None \
                and cand.origin and _leaves_home(cand.trigger):
            cand.country = cand.origin[0]  # "Hondurans ... who left their country"
        choose_date(cand, state)
        choose_size(cand, state)
        cand.evidence_start = cand.sent.start_char
        cand.evidence_end = cand.sent.end_char
    share_sizes(state.candidates)


def _leaves_home(trig: Token) -> bool:
    return any(c.dep_ == "dobj" and lemma(c) in ("country", "homeland", "home", "nation")
               for c in trig.children)


def dates_in(sentence: str, published: dt.date | None, planned: bool) -> list[Any]:
    """Date mentions of ``sentence`` (:func:`caravanwatch.extract.dates.find_dates`)."""
    from caravanwatch.extract.dates import find_dates

    return list(find_dates(sentence, published, planned))


@lru_cache(maxsize=4096)
def group_sizes(sentence: str) -> tuple[Any, ...]:
    """:func:`caravanwatch.extract.sizes.find_group_sizes`, best first, cached."""
    from caravanwatch.extract.sizes import find_group_sizes

    return tuple(find_group_sizes(sentence))


def group_size(sentence: str) -> Any:
    """:func:`caravanwatch.extract.sizes.find_group_size` (the first of
    :func:`group_sizes`), from the cache of :func:`group_sizes`: the size is read by
    several components for every candidate of a sentence."""
    sizes = group_sizes(sentence)
    return sizes[0] if sizes else None


# Regional demonyms that a country lookup would read as the United States.
_REGIONS = re.compile(r"\b(?:Central|South|North|Latin|Latino)[ -]Americans?\b")


def origins(text: str) -> list[str]:
    """Nationalities named in ``text`` (a group's phrase); regions are left out."""
    from caravanwatch.extract.nationalities import origin_countries

    return list(origin_countries(_REGIONS.sub(" ", text)))
