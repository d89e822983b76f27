"""Migration figures: numbers about migration that are not a travelling group's size.

:func:`extract_figures` reads each sentence's numbers with
:func:`caravanwatch.extract.numbers.find_quantities` and keeps those that GUIDELINES.md
calls figures:

- rates and counts of migration (apprehensions, deportations, asylum applications,
  migrants present, "200 to 300 people migrate each day", "2200 per month");
- percentages, also in words ("one in five", "a quarter of"), US-dollar amounts (wages,
  fares, funding), troops deployed;
- distances travelled or still to go ("advanced 58 miles", "Huixtla, about 25 miles
  away"), in the first unit when two are given ("100 km (62.1 miles)").

Not figures: years, dates, ages, times, ordinals, fractions ("1/7th"), vague plurals
("thousands"), police sent at a caravan, counts of things that are not people, the
distance that *locates* a town ("56 km northeast of the capital"), and the size of a
travelling group (an event's ``size``): a count tied to a caravan or group, or to a
verb of moving ("400 migrants who arrived Tuesday"), or people an authority acts on near
a caravan ("60 people were detained"), unless the sentence gives it a period or rate
("over the last year 225,000 migrants traveled north").  People served ("treated 742
people") are figures; organisations called groups ("rights groups") are not caravans.

Each figure carries measure, subject, period and the source the text attributes it to
(:func:`caravanwatch.extract.sources.figure_source`, or the speaker of the
quotation it sits in).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import Attribution, doc_text
from caravanwatch.extract.coref import resolve
from caravanwatch.extract.figure_fields import measure_of, period_of, subject_of
from caravanwatch.extract.figure_words import (
    _APPOSED_PLACE,
    _AT_THE_CARAVAN,
    _AVERAGE_OF,
    _CARE_SPAN,
    _DEPLOYED,
    _ECONOMY,
    _ELLIPTIC,
    _FROM_GROUP_AFTER,
    _GROUP_BEFORE,
    _GROUP_WORDS,
    _HERE_EACH_AFTER,
    _LEAD_RATE,
    _LENGTH_OF,
    _LOCATING,
    _MOMENT,
    _MOVE_AFTER,
    _NUMBER_SIGN,
    _OPINION_AFTER,
    _ORG_GROUP,
    _PERIOD,
    _POLL_WORDS,
    _POLLED_OF,
    _POPULATION,
    _RATE_AFTER,
    _ROUND_WORDS,
    _SAY_LEMMAS,
    _SCENE_DAY,
    _SHARE_OF_PEOPLE,
    _SIZE_TALK,
    _SPACING,
    _STAT_WORDS,
    _STATISTIC_NOUNS,
    _STAYED_AT,
    _STRETCH_BEFORE,
    _TALLY_PERIOD,
    _TOTAL_WORDS,
    _TRAVEL_VERBS,
    _VOTE_AFTER,
    _WITH_POLICE,
    ACTION_LEMMAS,
    BLOCK_LEMMAS,
    CARE_LEMMAS,
    MIGRATION_WORDS,
    MOVEMENT_LEMMAS,
    PEOPLE_NOUNS,
    SCENE_LEMMAS,
    SERVICE_LEMMAS,
    SMALL_EVENT_COUNT,
)
from caravanwatch.extract.nlp import span_text
from caravanwatch.extract.number_words import _CURRENCY_WORDS, NOUN_UNITS
from caravanwatch.extract.numbers import Quantity, find_quantities
from caravanwatch.extract.sources import figure_source
from caravanwatch.records import Article, Figure, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

logger = logging.getLogger(__name__)

EXTRACTOR = "figures@1"

def sentences(doc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, re-joined where a line break split one (hard-wrapped text:
    the first part does not end a sentence and the next starts in lower case), or where
    spaCy took the dot of "no." for a full stop ("Bulletin no. | 38 of the ...")."""
    out: list[SpacySpan] = []
    for sent in doc.sents:
        if out:
            prev = out[-1]
            tail = span_text(prev).rstrip()
            head = span_text(sent).lstrip()
            if tail and head and (tail[-1] not in ".!?:;”\"’)" and (
                    head[0].islower() or head[0].isdigit() or tail[-1] in ",-–—")
                    or head[0].isdigit() and _NUMBER_SIGN.search(tail)):
                out[-1] = doc[prev.start:sent.end]
                continue
        out.append(sent)
    return out


def _window(doc: Doc, sent: SpacySpan) -> str:
    """The sentence and the text before it (for "This figure is a 61 percent ...").

    500 characters: an interview's short question and answer lines ("Q: How many came?
    A: Between 1,100 and 1,300. In a normal month we receive around 900 people") can push
    the migration wording of the paragraph before beyond 300; devset, A, B, C and D
    figures are the same with 300 or 500."""
    start = sent.start_char
    return doc_text(doc)[max(0, start - 500):sent.end_char]


def _governing_verbs(q: Quantity, sent: SpacySpan, offset: int) -> tuple[list[str], list[str]]:
    """Lemmas of the verbs the counted noun is the subject of or described by, and of the
    verbs it is the object of ("detained 40 migrants", "treated 742 people")."""
    doc = sent.doc
    span = doc.char_span(offset + q.span[0], offset + q.span[1], alignment_mode="expand")
    if span is None:
        return [], []
    tok = span[-1]
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    objects = []
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        objects.append(noun.head)
    head = noun
    for _ in range(3):
        if head.dep_ in ("nsubj", "nsubjpass", "conj") and head.head.pos_ in ("VERB", "AUX"):
            verbs.append(head.head)
            break
        if head.head is head:
            break
        head = head.head

    def lemmas(verb: Token, depth: int) -> list[str]:
        out = [verb.lemma_.lower()]
        for c in verb.children:
            if c.dep_ in ("xcomp", "prt") or (c.dep_ == "conj" and c.pos_ == "VERB"):
                out += lemmas(c, depth - 1) if depth else [c.lemma_.lower()]
            elif c.dep_ == "ccomp" and verb.lemma_.lower() in _SAY_LEMMAS and depth:
                out += lemmas(c, depth - 1)
            elif c.dep_ == "pobj" or (c.dep_ == "prep" and any(
                    g.lemma_.lower() == "custody" for g in c.children)):
                out.append("take" if c.dep_ == "prep" else c.lemma_.lower())
        return out

    subject_lemmas = [lem for v in verbs for lem in lemmas(v, 2)]
    object_lemmas = [lem for v in objects for lem in lemmas(v, 1)]
    return subject_lemmas, object_lemmas


def _is_group_size(q: Quantity, sentence: str, sent: SpacySpan, offset: int,
                   window: str = "") -> bool:
    left = sentence[:q.span[0]]
    if q.noun in ("strong", "member", "them") or _GROUP_BEFORE.search(left[-45:]):
        return True
    if q.unit in ("per_day", "per_month", "per_year") or _PERIOD.search(sentence):
        return False
    subject_verbs, object_verbs = _governing_verbs(q, sent, offset)
    right = sentence[q.span[1]:q.span[1] + 80]
    if _FROM_GROUP_AFTER.match(_ORG_GROUP.sub(" ", right)):
        return True  # "640 asylum requests from people in the caravan"
    if _SCENE_DAY.search(sentence) and (set(subject_verbs[:1]) & SCENE_LEMMAS or (
            set(subject_verbs[:1]) & {"remain", "stay"} and _STAYED_AT.search(sentence))):
        return True  # "About 300 migrants slept in the plaza on Tuesday night"
    if set(object_verbs[:1]) & SERVICE_LEMMAS:
        # people treated, registered or housed are counted, not a group; but care with
        # no span of time is one scene's ("treated more than 100 people for dehydration")
        return bool(set(object_verbs[:1]) & CARE_LEMMAS and (q.value or 0) < SMALL_EVENT_COUNT
                    and not _CARE_SPAN.search(sentence))
    if set(object_verbs[:1]) & BLOCK_LEMMAS and not _STAT_WORDS.search(sentence) and \
            not _TALLY_PERIOD.search(sentence):
        return True  # "Guardsmen halted about 1,500 people at the bridge"
    if (not q.noun or _demonym_after(q, sentence)) and _SIZE_TALK.search(window):
        return True  # "Estimates of the group's size vary. Police put it at 6,000."
    if _GROUP_WORDS.search(_ORG_GROUP.sub(" ", sentence)):
        return True
    # a verb of moving right after the count or its noun ("about 400 eluded capture")
    if q.noun:
        # the noun with up to two words before it ("200 Venezuelan migrants climbed")
        right = re.sub(r"^\s*(?:[\w-]+\s+){0,2}?" + re.escape(q.noun), "", right,
                       flags=re.IGNORECASE)
    if _MOVE_AFTER.match(right):
        return True
    if _HERE_EACH_AFTER.match(right):
        return True  # "around 1,500 people here", "fewer than 2,000 people each"
    if set(subject_verbs) & MOVEMENT_LEMMAS:
        return True
    # people on whom authorities acted in this sentence: the size of a detain or deport
    # event ("60 people were detained", "detained about 40 Cuban migrants"); statistical
    # nouns ("arrests", "deportations") and totals stay figures.
    first = (q.noun or "").lower().split()[:1]
    statistic_noun = bool(first) and first[0] in _STATISTIC_NOUNS
    acted = set(subject_verbs[:3]) | set(object_verbs[:3])
    # Below SMALL_EVENT_COUNT people acted on with no period or tally wording are one
    # event's group ("45 were detained in the clashes") even with no caravan in sight.
    return bool(
        not statistic_noun and acted & ACTION_LEMMAS and not _STAT_WORDS.search(sentence)
        and not _TALLY_PERIOD.search(sentence)
        and (_GROUP_WORDS.search(_ORG_GROUP.sub(" ", window))
             or (q.value or 0) < SMALL_EVENT_COUNT))


def _subset_of_figure(q: Quantity, people_before: list[float]) -> bool:
    """``q`` is "N of them" and counts part of a people figure earlier in its sentence
    ("more than 6 million Venezuelans have left ..., nearly half a million of them to
    Peru"); part of a group's size stays out, as that size is no figure."""
    return bool(q.noun == "them" and q.kind == "count" and q.value is not None
                and q.value >= 10 and any(q.value < v for v in people_before))


def _demonym_after(q: Quantity, sentence: str) -> bool:
    """The counted noun is a capitalised demonym ("200,000 Central Americans",
    "3,000 Cameroonians"): people."""
    m = re.match(r"\s+(?:more\s+|other\s+)?((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ans|ians|ese|is|ns))\b",
                 sentence[q.span[1]:q.span[1] + 40])
    return m is not None


def _unit(q: Quantity, sentence: str, sent: SpacySpan, offset: int,
          window: str) -> str | None:
    """The figure's unit, or ``None`` when the quantity is not a figure."""
    if q.kind == "other" and q.noun is None and re.match(
            r"\s+in\s+(?:19|20)\d\d\b", sentence[q.span[1]:]):
        q = dataclasses.replace(q, kind="count")  # "to 120,000 in 2019" is not "1 in 3"
    if q.value is None or q.kind in ("year", "age", "date", "time", "ordinal", "other"):
        return None
    after = sentence[q.span[1]:q.span[1] + 12]
    if re.match(r"\s*(?:/|-?(?:th|st|nd|rd)\b|-?(?:thirds?|quarters?|halves|half|fifths?|"
                r"tenths?|sevenths?)\b)", after, re.IGNORECASE):
        return None  # fractions and ratios: "1/7th", "two-thirds"
    if re.search(r"\bnot\s+$", sentence[:q.span[0]]):
        return None  # "at most 12,000, not 500,000": a number denied
    if q.kind != "distance" and not MIGRATION_WORDS.search(window) and not (
            q.kind == "percent" and _SHARE_OF_PEOPLE.match(sentence[q.span[1]:])):
        return None
    if q.kind == "percent":
        if _ECONOMY.search(sentence) and not MIGRATION_WORDS.search(sentence):
            return None  # "unemployment stands at 9 percent": the economy, not migration
        if _VOTE_AFTER.match(sentence[q.span[1]:]):
            return None  # "elected with 60% of the vote"
        if _POLLED_OF.match(sentence[q.span[1]:]) or (
                _POLL_WORDS.search(sentence) and _OPINION_AFTER.match(sentence[q.span[1]:])):
            return None  # "57 percent of voters disapprove", "while 38% approve"
        return "percent"
    if q.kind == "money":
        if q.currency not in (None, "usd"):
            return None
        return "usd_per_day" if q.unit == "usd_per_day" else "usd"
    if q.kind == "distance":
        if q.unit not in ("km", "miles"):
            return None
        if _LENGTH_OF.match(sentence[q.span[1]:]):
            return None  # "a 1,954-mile border": the length of a thing, not a trip
        if re.match(r"\s*(?:kilometers|kilometres|km|miles|mi)?\.?[\s-]+(?:long|wide|high|"
                    r"deep|in\s+length)\b", sentence[q.span[1]:], re.IGNORECASE):
            return None  # "the road is 1,200 kilometres long": the size of a thing
        if _STRETCH_BEFORE.search(sentence[:q.span[0]]):
            return None  # the length of the column or of a line of people
        if _ROUND_WORDS.fullmatch(q.text.strip()):
            return None  # "a thousand miles": a figure of speech, not a measured distance
        before = sentence[max(0, q.span[0] - 2):q.span[0]]
        if "(" in before:
            return None  # the second unit of "100 km (62.1 miles)"
        rest = sentence[q.span[1]:]
        if _LOCATING.match(rest) and not _TRAVEL_VERBS.search(sentence[:q.span[0]]):
            return None
        located = _LOCATING.match(rest)
        if located and _APPOSED_PLACE.search(sentence[:q.span[0]]) and not \
                re.match(r"\s+(?:of|from)\b", rest[located.end():]):
            # "shelters in Chihuahua city, about 370 kilometers south" places the city;
            # "reached Huixtla, about 40 kilometers north of Tapachula" is the way walked
            return None
        if _SPACING.search(sentence[:q.span[0]]):
            return None  # "rest points every 20 kilometers": a spacing, not a trip
        return str(q.unit)
    if q.kind != "count":
        return None
    if q.unit == "police":
        return None
    if re.match(r"-(?:bed|room|seat|bunk|cot|tent)s?\b", sentence[q.span[1]:q.span[1] + 8],
                re.IGNORECASE):
        return None  # "the 300-bed shelter": a capacity in things, not people
    if q.unit == "troops" and _WITH_POLICE.match(sentence[q.span[1]:q.span[1] + 80]) and \
            _GROUP_WORDS.search(_ORG_GROUP.sub(" ", sentence)):
        # "200 soldiers and police officers ... told the group": a force sent at a
        # caravan, like police; "1,600 soldiers and police deployed along the border" stay
        return None
    if q.unit == "troops" and _AT_THE_CARAVAN.search(sentence):
        return None  # "sent 400 troops to the highway to stop the caravan"
    if q.unit == "troops":
        # troops are a figure when sent or stationed, not when hurt or quoted
        return "troops" if _DEPLOYED.search(sentence) and q.value >= 10 else None
    noun = (q.noun or "").lower().split()
    if not noun:  # numbers.py found no noun: look at the next words ("asylum applications")
        # only in the same phrase: "100,000, people will keep coming" has no noun
        phrase = re.split(r"[,;:.!?()\"“”]", sentence[q.span[1]:q.span[1] + 40])[0]
        nxt = re.findall(r"[a-z\-]+", phrase.lower())[:3]
        noun = [w for w in nxt if w in PEOPLE_NOUNS][:1]
        elliptic = _ELLIPTIC.search(sentence[max(0, q.span[0] - 60):q.span[0]])
        if not noun and elliptic:  # "10,000 soldiers or 100,000": the noun before
            before = elliptic.group(1)
            if before in PEOPLE_NOUNS:
                noun = [before]
            elif NOUN_UNITS.get(before, "people") != "people" or before in _CURRENCY_WORDS or (
                    before in NOUN_UNITS and before not in ("days", "weeks", "months", "years")):
                return None  # troops, police, buses or pesos; "2,000 a day to 5,000" goes on
    # a quoted term "of" people: 46,500 "events" of irregular migrants
    of_people = re.match(r'\s*["“‘]?[a-z-]+["”’]?\s+of\s+(?:[a-z-]+\s+)?([a-z-]+)',
                         sentence[q.span[1]:q.span[1] + 60])
    if (not noun or noun[0] not in PEOPLE_NOUNS) and of_people and \
            of_people.group(1) in PEOPLE_NOUNS and of_people.group(1) not in ("asylum",):
        noun = [of_people.group(1)]
    first = noun[0] if noun else None
    if first is not None and first not in PEOPLE_NOUNS and not (
            len(noun) > 1 and noun[-1] in PEOPLE_NOUNS) and not _demonym_after(q, sentence):
        return None
    is_rate = q.unit in ("per_day", "per_month", "per_year")
    # a bare rate may lean on the sentence before ("That works out to roughly 7,700 a day.")
    if first is None and (q.value < 100 or not MIGRATION_WORDS.search(
            window if is_rate or _TOTAL_WORDS.search(sentence) else sentence)):
        return None
    if first is None and re.match(r"\s*(?:of them|of whom|of the)\b", after):
        return None
    if first is None and q.unit not in ("per_day", "per_month", "per_year") and not (
            _PERIOD.search(sentence) or _STAT_WORDS.search(sentence)
            or _TALLY_PERIOD.match(sentence[q.span[1]:q.span[1] + 30].lstrip())):
        return None  # a bare number needs a statistic's wording ("reached 137,000")
    if _POPULATION.search(sentence[max(0, q.span[0] - 60):q.span[0]]):
        return None  # "a town of 30,000 residents": a place's population
    if q.value < 10:
        return None
    if _is_group_size(q, sentence, sent, offset, window):
        return None
    if q.unit in ("per_day", "per_month", "per_year"):
        return str(q.unit)
    # a rate after the number belongs to it, not to a number further on ("9,816
    # foreigners between January and August ... roughly 5,400 a month")
    rest = re.split(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                    r"hundred|thousand)\b", sentence[q.span[1]:], maxsplit=1,
                    flags=re.IGNORECASE)[0]
    for rate, pattern in _RATE_AFTER:
        if pattern.search(rest):
            return rate
    average = _AVERAGE_OF.search(sentence[:q.span[0]])
    if average:  # "a daily average of 6,400"
        return "per_day" if average.group(1).lower() == "daily" else "per_month"
    # "Each day, about 700 people arrive": a rate before the count, at the sentence start
    lead = _LEAD_RATE.match(sentence)
    if lead:
        return f"per_{lead.group(1).lower()}"
    if re.search(r"\bin each of\b|\bevery year\b|\beach year\b|\ba year\b(?!\s+(?:earlier|"
                 r"ago|before|later|after|prior|since))",
                 sentence[q.span[1]:], re.IGNORECASE):
        return "per_year"
    return "people"


def extract_figures(doc: Doc, article: Article) -> list[Figure]:
    """Migration figures in ``article`` (see the module docstring)."""
    from caravanwatch.extract.quotes import extract_quotes

    quotes = extract_quotes(doc, article)
    out: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    for sent in sentences(doc):
        sentence = span_text(sent)
        if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"hundred|thousand|million|billion|dozen|half|thirds?|quarter|"
                         r"fifth|tenth)\b", sentence, re.IGNORECASE):
            continue
        offset = sent.start_char
        window = _window(doc, sent)
        source: Attribution | None = None
        source_done = False
        people_before: list[float] = []
        for q in find_quantities(sentence):
            unit = _unit(q, sentence, sent, offset, window)
            if unit is None and _subset_of_figure(q, people_before):
                unit = "people"  # "detaining 140,000 foreigners ... deporting 34,000 of them"
            if unit == "people" and q.value is not None:
                people_before.append(q.value)
            if unit is None or unit == "people" and _MOMENT.search(sentence) and any(
                    quote.span.start <= offset + q.span[0] < quote.span.end for quote in quotes):
                continue  # "We had 130 people on the floor by midnight," he said.
            value = q.figure_value
            if value is None:
                continue
            key = (round(float(value), 6), unit)
            if key in seen:
                continue
            seen.add(key)
            if not source_done:
                source = _source(doc, sent, offset + q.span[0], quotes)
                source_done = True
            out.append(Figure(
                article_id=article.id,
                value=float(value),
                unit=unit,
                evidence=sentence.strip(),
                span=Span(sent.start_char, sent.end_char),
                qualifier=q.qualifier,
                measure=measure_of(unit, q, sentence),
                subject=subject_of(sent),
                period=period_of(sentence, article),
                source=source.speaker if source is not None else None,
                extractor=EXTRACTOR,
            ))
    return out


def _source(doc: Doc, sent: SpacySpan, pos: int, quotes: list[Quote]
            ) -> Attribution | None:
    for quote in quotes:
        if quote.span.start <= pos < quote.span.end and quote.speaker:
            return Attribution(quote.speaker, quote.role, quote.span.start,
                               quote.span.end, "named")
    att = figure_source(doc, sent.start_char, sent.end_char)
    if att is None:
        return None
    return resolve(att, doc, [], ())


__all__ = ["EXTRACTOR", "PEOPLE_NOUNS", "extract_figures"]
