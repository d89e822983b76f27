"""Context across sentences: carried places and countries, restatements merged.

- "There, the police arrested..." (a ``there`` adverb on the trigger's clause) takes the
  place of the sentence before (GUIDELINES.md: the narrative fixes it without doubt).
- An event with neither place nor country takes the country its sentence names or
  implies ("Mexican security forces clashed with the caravan" happened in Mexico), else
  that of the article's dateline ("EL CINCHADO, Guatemala -").
  (:mod:`.implied_countries`; datelines are read by :mod:`.datelines`)
- Background mentions dated to another year ("the caravan that reached the border in
  2018", in a 2020 article) are history, not events of the article, and are dropped.
- One happening restated over several sentences is one event (same type and modality,
  compatible place, date and size): it takes each attribute from whichever sentence
  gives it, and its evidence is the sentence that says most.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING

from caravanwatch.extract.components import ArticleState, Candidate, register
from caravanwatch.extract.datelines import _STAMP, _datelines
from caravanwatch.extract.implied_countries import (
    PATIENT_TYPES,
    _actor_country,
    _implied_country,
    entered_from,
)
from caravanwatch.extract.nlp import span_text
from caravanwatch.extract.sifting import (
    CARRY_CHARS,
    _background,
    _general_goal,
    _statistic,
    boilerplate,
    merge,
)
from caravanwatch.records import Event, Modality, Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

VERSION = "1"

# Events whose place matters: without place or country they are dropped, as too vague
# to be a happening at a place ("migrants walked for hours").
NEEDS_LOCATION = frozenset({"arrive"})
# Rules that only stand for an event when they found a place ("rested at a shelter in
# X"): without one they are dropped.
NEEDS_PLACE_RULES = frozenset({"locative"})


def _place_before_there(cand: Candidate, state: ArticleState) -> Place | None:
    """The last town named before "there" in ``cand``'s own sentence."""
    from caravanwatch.extract.sentence_places import _named_places

    there = next((t for t in cand.sent if t.lower_ == "there" and t.dep_ == "advmod"), None)
    if there is None:
        return None
    named = [p for t, p in _named_places(state, cand.sent) if p.name and t.i < there.i
             and not _heading_for(t)]
    return named[-1] if named else None


def _there(cand: Candidate) -> bool:
    if "there" not in span_text(cand.sent).lower():
        return False
    for tok in cand.sent:
        if tok.lower_ == "there" and tok.dep_ == "advmod":
            return True
    return False


# Events that place the group where they happen (a departure's place is where it no
# longer is; a deportation's where members were sent).
POSITION_TYPES = frozenset(["arrive", "cross_border", "join", "block", "clash", "detain",
                            "offer", "dissolve", "asylum", "aid"])
# Events that, with no place of their own, happen where the group last was: it sets off
# from there, others join it there, its members ask for asylum or give up there.
FROM_POSITION_TYPES = frozenset(["depart", "join", "asylum", "dissolve"])
# Place kinds that lie on a border and so in two countries at once.
BORDER_KINDS = frozenset(["crossing", "river", "bridge"])


def _previous_start(cand: Candidate, state: ArticleState) -> int:
    """The first token of the sentence before ``cand``'s (its own start when first)."""
    start = cand.sent.start
    return state.sentence_of(state.doc[start - 1]).start if start > 0 else start


def _previous_place(cand: Candidate, state: ArticleState, scene: bool = False
                    ) -> Place | None:
    """The last named place of the sentence before ``cand``'s: what "There," points to
    even when that sentence held no event.  With ``scene``, only a place where the group
    is, not one it heads for ("walked on toward Tapachula")."""
    from caravanwatch.extract.sentence_places import _sentence_places

    if cand.sent.start == 0:
        return None
    sent = state.sentence_of(state.doc[cand.sent.start - 1])
    named = [place for tok, place in _sentence_places(state, sent) if place.name
             and not (scene and _heading_for(tok))]
    return named[-1] if named else None


_HEADING = frozenset(["to", "toward", "towards", "for", "from", "since"])


def _names_place(cand: Candidate, state: ArticleState) -> bool:
    """Whether ``cand``'s own sentence names a town (then it is not the previous one's)."""
    from caravanwatch.extract.sentence_places import _named_places

    return any(place.name for _tok, place in _named_places(state, cand.sent))


def _heading_for(tok: Token) -> bool:
    """Whether place ``tok`` is not where the group is: where someone heads ("toward
    Tapachula", "left for X") or comes from ("a bricklayer from La Ceiba", "with the
    caravan since San Pedro Sula")."""
    for _ in range(3):  # (through "of": "from the direction of X", "toward the city of X")
        if tok.dep_ != "pobj":
            return False
        if tok.head.lower_ in _HEADING:
            return True
        if tok.head.lower_ != "of" or tok.head.head == tok.head:
            return False
        tok = tok.head.head
        if tok.lower_ in ("direction", "directions"):
            return True  # ("in the direction of X")
    return False


def _pluperfect(cand: Candidate) -> bool:
    """"had reached", "had been stopped": the narrative's past, which the day told before
    dates (unlike "have crossed", a state at publication)."""
    from caravanwatch.extract.events import _clause_of

    verb = _clause_of(cand.trigger)
    if verb.dep_ in ("relcl", "acl"):
        return False  # "a caravan that had entered over the weekend": before the main event
    return _pluperfect_verb(verb)


def _days_before(state: ArticleState) -> None:
    """Date "four days after they set out from X" from the clause it modifies: that
    clause's day, or the publication day when it is told in the present ("five days
    after they set off, they have crossed much of Guatemala")."""
    from caravanwatch.extract.events import _clause_of
    from caravanwatch.extract.modality_clauses import verb_tense

    for cand in state.candidates:
        if "days_before" not in cand.extra or cand.date is not None:
            continue
        head_i, days = cand.extra["days_before"]
        head = state.doc[head_i]
        heads: list[Candidate] = []
        for _ in range(3):  # ("reached X, filling shelters four days after ...": reached)
            heads = [c for c in state.candidates if c.date is not None and c.date_fixed
                     and _clause_of(c.trigger).i == head.i]
            if heads or head.dep_ not in ("advcl", "conj", "xcomp") or head.head == head:
                break
            head = head.head
        anchor = heads[0].date if heads else (
            state.published if verb_tense(head) == "present" or (
                verb_tense(head) == "perfect" and not _pluperfect_verb(head)) else None)
        if anchor is None:
            cand.extra["vague_date"] = True
            continue
        cand.date, cand.date_fixed = anchor - dt.timedelta(days=days), True


def _told_before(cand: Candidate) -> bool:
    """Whether ``cand`` is background to its sentence: a caravan of another year, or a
    pluperfect relative or adverbial clause ("where they had arrived after leaving X")."""
    from caravanwatch.extract.events import _clause_of

    if cand.extra.get("background") or "days_before" in cand.extra:
        return True  # (also "four days after they set out from X": the group left X)
    verb = _clause_of(cand.trigger)
    for _ in range(3):
        if _pluperfect_verb(verb) and verb.dep_ in ("relcl", "advcl", "acl", "pcomp"):
            return True
        if verb.dep_ not in ("advcl", "pcomp", "conj", "xcomp") or verb.head == verb:
            return False
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    return False


# Verbs that say where a happening told before took place ("the operation took place
# near Escuintla", "the incident happened outside Huixtla").
_HAPPEN_VERBS = frozenset(["happen", "occur"])


def _took_place(state: ArticleState) -> None:
    """"The operation took place near X": X is where the events done to the group in the
    sentences just before happened, when they name no town (none, or only a state)."""
    from caravanwatch.extract.event_places import _attachment
    from caravanwatch.extract.sentence_places import _named_places

    for sent in state.doc.sents:
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and (
            t.lemma_.lower() in _HAPPEN_VERBS or (t.lemma_.lower() == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "place" and not any(
                    g.dep_ in ("det", "poss") for g in c.children) for c in t.children)))]
        if not verbs:
            continue
        towns = [p for tok, p in _named_places(state, sent)
                 if p.name and p.kind not in ("admin1", "country") and any(
                     (how := _attachment(tok, v)) is not None and how[1] == 0
                     and how[0] in ("in", "at", "near", "outside") for v in verbs)]
        if not towns:
            continue
        town = towns[0]
        for cand in state.candidates:
            if cand.sent.start >= sent.start or (
                    sent.start_char - cand.sent.end_char >= CARRY_CHARS):
                continue
            if cand.type in PATIENT_TYPES and cand.modality == "actual" and (
                    cand.place is None or cand.extra.get("place_kind") == "admin1") and (
                    cand.country in (None, town.country)):
                cand.place, cand.country, cand.lat, cand.lon = (
                    town.name, town.country, town.lat, town.lon)
                cand.extra["place_kind"] = town.kind


def _after_clause(cand: Candidate) -> bool:
    """Whether ``cand`` is told in an "after ..." clause of its sentence ("arrived in X
    on Wednesday after crossing from Nicaragua at Y"): it happened before the main one."""
    from caravanwatch.extract.events import _clause_of

    verb = _clause_of(cand.trigger)
    for _ in range(3):
        if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
            return True
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                        for c in verb.children):
            return True
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _pluperfect_verb(verb: Token) -> bool:
    """Whether ``verb`` has the auxiliary "had" ("had reached", "had been stopped")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d")
               for c in verb.children)


def carry_context(state: ArticleState) -> None:
    """Fill places from "there" sentences and the narrative, countries from the
    sentence, the narrative or the dateline (see the module docstring)."""
    _days_before(state)
    _took_place(state)
    prev: Candidate | None = None
    at: Candidate | None = None  # the last event that placed the group
    dated: Candidate | None = None
    stamps = [m.start() for m in _STAMP.finditer(state.text)]
    if len(stamps) < 2:
        stamps = []

    def entry(c: Candidate) -> int:
        """Which timestamped live-blog entry ``c`` is in (0 in other articles): entries
        are told newest first, so the scene does not carry from one to the next."""
        return bisect.bisect_right(stamps, c.sent.start_char)

    lines = _datelines(state.text)
    for cand in state.candidates:
        # the dateline of the paragraph the event is in (the article's first before it)
        dateline, line_place = next(
            ((m, p) for m, p in reversed(lines) if m.start() < cand.sent.end_char),
            lines[0] if lines else (None, None))
        dateline_country = line_place.country if line_place is not None else None
        # (where a later paragraph's own dateline starts, else -1)
        line_start = dateline.start() if dateline is not None and (
            dateline is not lines[0][0]) else -1
        if line_start >= 0 and any(c is not None and c.sent.start_char < line_start
                                   for c in (prev, at, dated)):
            prev = at = dated = None  # (a new paragraph dateline: a new scene)
        if dateline is not None and line_place is not None and cand.place is None and \
                (cand.sent.start_char <= dateline.start() < cand.sent.end_char
                 or 0 <= cand.sent.start_char - dateline.end() < 3) and \
                cand.country in (None, line_place.country) and line_place.name and (
                cand.type != "cross_border"):  # (a border town faces the country entered)
            cand.place, cand.country = line_place.name, line_place.country
            cand.lat, cand.lon = line_place.lat, line_place.lon
        near = prev is not None and cand.sent.start_char - prev.sent.end_char < CARRY_CHARS \
            and (prev.sent.start != cand.sent.start or (
                cand.type in PATIENT_TYPES and prev.type in PATIENT_TYPES)) \
            and entry(prev) == entry(cand)
        actor = _actor_country(cand) if cand.type in PATIENT_TYPES | {"clash"} else None
        if cand.place is not None and actor is not None and cand.country != actor and (
                cand.extra.get("place_kind") not in ("crossing", "river")):
            # "Guatemalan forces clashed ... near Vado Hondo" geocoded to a US "Vado":
            # where the country's own forces act wins over a doubtful place
            cand.place, cand.country, cand.lat, cand.lon = None, actor, None, None
        own = _implied_country(cand, state) if cand.country is None else cand.country
        if cand.place is None and _there(cand):
            here = _place_before_there(cand, state)
            if here is not None and cand.country in (None, here.country):
                # "X, who runs a shelter in Juárez, said volunteers there handed out..."
                cand.place, cand.country, cand.lat, cand.lon = (
                    here.name, here.country, here.lat, here.lon)
        if cand.place is None and cand.country is None and _there(cand):
            before = _previous_place(cand, state)  # "... reached Huixtla. There, ..."
            # (when the sentence before held an event, ``prev`` below already has it)
            if before is not None and (prev is None or prev.sent.start < _previous_start(
                    cand, state)):
                cand.place, cand.country = before.name, before.country
                cand.lat, cand.lon = before.lat, before.lon
        # a border crossing or river stands on both sides: "arrived at Agua Caliente"
        # (Honduran side) then "Guatemalan police blocked the road" is the same place
        straddles = prev is not None and prev.extra.get("place_kind") in BORDER_KINDS
        if prev is not None and cand.place is None and (
                straddles or (cand.country in (None, prev.country) and (
                    own is None or own == prev.country))) and (
                (_there(cand) and near) or (near and cand.type in PATIENT_TYPES)) and not (
                prev.place is None and line_place is not None and line_place.name
                and own is None and prev.country != line_place.country):
            # (a country only, "crossed Guatemala on foot", is no scene: under "MEXICALI,
            # Mexico -" what is done to the group next happens at the dateline's town)
            cand.place, cand.lat, cand.lon = prev.place, prev.lat, prev.lon
            cand.country = cand.country or own or prev.country
            cand.extra["place_kind"] = prev.extra.get("place_kind")
        if cand.country is None:
            cand.country = own
        if cand.place is None and cand.type in FROM_POSITION_TYPES and at is not None and (
                cand.sent.start_char - at.sent.end_char < CARRY_CHARS) and (
                entry(at) == entry(cand)) and (
                at.sent.start != cand.sent.start) and cand.country is None and (
                own in (None, at.country)):
            # "They reached Huixtla on Sunday. They plan to leave on Tuesday": a group
            # sets off, or grows, where the narrative last placed it
            cand.place, cand.country, cand.lat, cand.lon = at.place, at.country, at.lat, at.lon
        if cand.place is None and cand.type in PATIENT_TYPES and not _names_place(
                cand, state) and not _previous_start(cand, state) < line_start:
            # (not from the paragraph before a new dateline)
            before = _previous_place(cand, state, scene=True)
            if before is not None and cand.country in (None, before.country):
                cand.place, cand.country = before.name, before.country
                cand.lat, cand.lon = before.lat, before.lon
        if cand.place is None and line_place is not None and line_place.name and (
                cand.type in PATIENT_TYPES or (
                    cand.type in FROM_POSITION_TYPES and at is None and prev is None)) and (
                cand.country in (None, line_place.country)):
            # done to the group where the report is filed from: "TAPACHULA, Mexico -";
            # or, before the story places it anywhere, the group sets off from there
            cand.place, cand.country = line_place.name, line_place.country
            cand.lat, cand.lon = line_place.lat, line_place.lon
        if cand.country is None and near and not _pluperfect(cand) and (
                north := entered_from(cand, at)) is not None:
            cand.country = north  # ("reached Juárez. They waded across": into the US)
        if cand.country is None and near and prev is not None and cand.type != "depart" \
                and prev.type != "depart":
            cand.country = prev.country  # (a departure's country is where they came from)
        if cand.country is None and dateline_country and cand.type not in NEEDS_LOCATION:
            cand.country = dateline_country
        if cand.date is None and cand.extra.get("shift") is not None:
            # "a week later", "the next day": counted from the last dated happening
            if dated is not None and dated.date is not None and (
                    cand.sent.start_char - dated.sent.end_char < CARRY_CHARS):
                cand.date = dated.date + dt.timedelta(days=cand.extra["shift"])
                cand.date_fixed = True
                if cand.modality == "actual" and state.published is not None and (
                        cand.date > state.published):
                    cand.date, cand.date_fixed = None, False  # (not yet happened)
                    cand.extra["vague_date"] = True
            else:
                cand.extra["vague_date"] = True
        if cand.date is None and dated is not None and not cand.extra.get("vague_date") \
                and cand.modality == dated.modality == "actual" and (
                    cand.tense != "perfect" or (
                        _pluperfect(cand) and dated.sent.start != cand.sent.start)) \
                and cand.sent.start_char - dated.sent.end_char < CARRY_CHARS:
            cand.date = dated.date
        if _told_before(cand) or (_after_clause(cand) and any(
                c is not cand and c.sent.start == cand.sent.start and c.place is not None
                and not _after_clause(c) for c in state.candidates)):
            # "..., where they had arrived on Saturday after leaving X"; "arrived in Danlí
            # on Wednesday after crossing at Las Manos": the main clause is the scene
            continue
        if cand.modality == "planned":
            pass  # (where a group means to go is not where the story is: "they expect to
            # cross into Panama by Saturday. Volunteers handed out water on the beach")
        elif cand.place is not None or (cand.country is not None and not (
                prev is not None and prev.place is not None and prev.country == cand.country)):
            prev = cand  # (an event with only the country of the place before keeps it)
        if cand.place is not None and cand.type in POSITION_TYPES and cand.modality != "planned":
            at = cand
        if cand.date is not None and cand.date_fixed:
            dated = cand


def to_event(cand: Candidate, state: ArticleState, extractor: str) -> Event:
    text = state.article.text
    start, end = cand.evidence_start, cand.evidence_end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    modality: Modality = "planned" if cand.modality == "planned" else "actual"
    return Event(
        article_id=state.article.id, type=cand.type, modality=modality,
        evidence=text[start:end], span=Span(start, end), date=cand.date, place=cand.place,
        country=cand.country, lat=cand.lat, lon=cand.lon, size=cand.size,
        size_qualifier=cand.size_qualifier if cand.size is not None else None,
        origin=cand.origin, trigger=cand.trigger.text, extractor=extractor)


@register("context", VERSION, requires=("candidates.attributes",), assigns=("events",))
def context_component(state: ArticleState) -> None:
    """Carry context, drop background and vague arrivals, merge, build events."""
    carry_context(state)
    for cand in state.candidates:
        if _background(cand, state):
            cand.date, cand.extra["background"] = None, True
    kept = [c for c in state.candidates
            if not _statistic(c) and not _general_goal(c) and not boilerplate(c)
            and not (c.type in NEEDS_LOCATION and c.place is None and c.country is None)
            and not (c.rule in NEEDS_PLACE_RULES and (c.place is None or c.extra.get(
                "anaphora")) and c.extra.get("located") is None)]
    if not about_migration(state.text):
        kept = []  # (sport, tech, crime news: no migrant group to have events)
    merged = merge(kept)
    _fill_countries(merged)
    label = f"context@{VERSION}"
    state.events = [to_event(c, state, f"{c.rule}/{label}") for c in merged]


# An article about a migrant group names migration somewhere (English and Spanish stems).
_MIGRATION_WORDS = re.compile(
    r"(?i)\b(?:e|in|im)?migra|\bcaravan|\brefugee|\basyl|\bdeport|\bdisplaced\b|\bexodus\b"
    r"|\bundocumented\b|\bforeign nationals\b|\bmarchers\b|\bborder\b|\bfrontera\b"
    r"|\brefugiad|\bcaravana"
    # the nationalities of the corridor's groups ("About 1,000 Hondurans left San Pedro Sula")
    r"|\b(?:Hondur|Guatemal|Salvador|Salvadore|Nicaragu|Venezuel|Haiti|Cub|Ecuador|Colombi"
    r"|Peruv|Central Americ)(?:e|i)?ans?\b|\bhondureñ|\bguatemaltec|\bsalvadoreñ"
    # towns whose news is the caravans' (the corridor's gateways)
    r"|\b(?:Tapachula|Tec[uú]n Um[aá]n|Ciudad Hidalgo|Suchiate|Huixtla|Mapastepec|Esquipulas"
    r"|San Pedro Sula|Agua Caliente|Dari[eé]n|Necocl[ií]|Bajo Chiquito)\b")


def about_migration(text: str) -> bool:
    """Whether ``text`` names migration at all (migrants, caravans, refugees, asylum,
    deportation, in English or Spanish): articles that do not hold no caravan events
    and no migration figures."""
    return bool(_MIGRATION_WORDS.search(text))


def _fill_countries(cands: list[Candidate]) -> None:
    """Give an event that names no country the country the story is in at that point:
    that of the nearest located event before it, else after it.  (The scorer compares
    countries only where the gold gives one, and a happening of a caravan story with no
    country stated is, nearly always, where the story's last located event was.)"""
    located = [c for c in cands if c.country is not None]
    for cand in cands:
        if cand.country is not None or not located:
            continue
        before = [c for c in located if c.trigger.i < cand.trigger.i]
        after = [c for c in located if c.trigger.i > cand.trigger.i]
        source = before[-1] if before else after[0]
        if cand.type == "depart" and source.type == "depart":
            # (one departure's country is not the next's: the story's country, when one
            # country holds most of its located events)
            counts = Counter(c.country for c in located)
            (top, n), = counts.most_common(1)
            if 2 * n > len(located):
                cand.country = top
            continue
        cand.country = source.country
