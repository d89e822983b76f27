"""The places a sentence names, as (token, Place) pairs, for the event modules.

:func:`places_in` finds them (the gazetteer's scan, then spaCy's place entities);
:func:`_sentence_places` adds "the city" / "this town" standing for the town just named
(:func:`_town_anaphora`); :func:`article_countries` lists the countries an article names,
to choose among homonyms.  Split from :mod:`.event_places`, which chooses among them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from caravanwatch.extract.components import ArticleState
from caravanwatch.extract.nlp import doc_ents, span_ents, span_text
from caravanwatch.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

logger = logging.getLogger(__name__)

def _sentence_places(state: ArticleState, sent: Span) -> list[tuple[Token, Any]]:
    key = f"places:{sent.start}"
    if key not in state.cache:
        if "countries" not in state.cache:
            state.cache["countries"] = article_countries(state.doc)
        named = _named_places(state, sent)
        state.cache[key] = named + _town_anaphora(state, sent, named)
    return state.cache[key]  # type: ignore[no-any-return]


def _named_places(state: ArticleState, sent: Span) -> list[tuple[Token, Any]]:
    key = f"named:{sent.start}"
    if key not in state.cache:
        if "countries" not in state.cache:
            state.cache["countries"] = article_countries(state.doc)
        state.cache[key] = places_in(sent, state.cache["countries"], state.ents_of(sent))
    return state.cache[key]  # type: ignore[no-any-return]


def _dateline_town(state: ArticleState) -> Any:
    """The town of the article's dateline ("HUIXTLA, Chiapas —"), or None."""
    if "dateline_town" not in state.cache:
        from caravanwatch.extract.datelines import _dateline_place, first_dateline

        match = first_dateline(state.text)
        place = _dateline_place(match.group(1), match.group(2)) if match else None
        state.cache["dateline_town"] = place if place is not None and place.name else None
    return state.cache["dateline_town"]


# Nouns that, with "the"/"this", point back at the town the narrative is in: "the city's
# outskirts", "at the edge of the city", "in this coffee-growing town".
TOWN_NOUNS = frozenset(["city", "town", "village", "municipality", "hamlet"])
TOWN_KINDS = frozenset(["city", "town"])
# Nouns that, with "our", stand for the writer's (a shelter's, a parish's) own place.
OUR_NOUNS = frozenset(["door", "doors", "shelter", "house", "home", "parish", "town", "city"])
# How far back (characters) "the city" looks for the town it means: about a paragraph.
TOWN_BACK_CHARS = 600


def _described_elsewhere(tok: Token, nouns: list[Token]) -> bool:
    """Whether a town named in the sentence hangs in a relative clause that none of
    ``nouns`` is in: "a group from the caravan that left Tapachula arrived at our door"
    (Tapachula tells where the group came from; "our door" is still the writer's town)."""
    for anc in tok.ancestors:
        if anc.dep_ in ("relcl", "acl"):
            return not any(n in anc.subtree for n in nouns)
    return False


def _town_anaphora(state: ArticleState, sent: Span, named: list[tuple[Token, Any]]
                   ) -> list[tuple[Token, Any]]:
    """(noun, place) for "the city" / "this town" in ``sent``, resolved to the last town
    named before it within about a paragraph (or the dateline town at the start; "this
    town" to the dateline town when there is one); none
    when the phrase names its own ("the city of X") or the sentence names a town."""
    nouns = [t for t in sent if t.lower_ in TOWN_NOUNS and t.pos_ == "NOUN" and any(
        c.lower_ in ("the", "this", "that") for c in t.children) and not any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ in ("same", "other", "next")
        for c in t.children)]  # ("the same town" of another year, "the next town")
    # the writer's own place: "they reached our doors", "arrived here"
    nouns += [t for t in sent if (t.lower_ in OUR_NOUNS and t.pos_ == "NOUN" and any(
        c.lower_ == "our" for c in t.children)) or (t.lower_ == "here" and t.dep_ == "advmod")]
    if not nouns or any(p.name and p.kind in TOWN_KINDS and not _described_elsewhere(t, nouns)
                        for t, p in named):
        return []
    from caravanwatch.extract.datelines import _STAMP  # (a live-blog entry's timestamp)

    line = _dateline_town(state)
    if line is not None and line.kind in TOWN_KINDS and all(
            any(c.lower_ == "this" for c in noun.children) for noun in nouns):
        # "rode into this border city": the town the report is filed from, not the last
        # one named (a headline's "... as crossings into Eagle Pass surge")
        return [(noun, line) for noun in nouns]
    town = None
    cur = sent
    while cur.start > 0 and sent.start_char - cur.start_char < TOWN_BACK_CHARS and (
            not _STAMP.match(cur.text)):  # (not across live-blog entries)
        cur = state.sentence_of(state.doc[cur.start - 1])
        towns = [p for _t, p in _named_places(state, cur) if p.name and p.kind in TOWN_KINDS]
        if towns:
            town = towns[-1]
            break
    if town is None and cur.start == 0:
        town = line if line is not None and line.kind in TOWN_KINDS else None
    return [(noun, town) for noun in nouns] if town is not None else []


def country_of_token(tok: Token) -> str | None:
    """The ISO code of the country ``tok`` names ("Guatemala", "the US"), or None."""
    text = tok.text
    if tok.ent_iob_ in ("B", "I"):  # the whole entity: "El Salvador", "the United States"
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        text = doc[start:end].text
    return country_code(text)


# --- other helpers' modules (places, dates, sizes), called through one thin layer -----
# Nationality adjectives for actors and appositions ("Mexican police", "mostly Haitian").
_DEMONYM_CODES = {
    "honduran": "HN", "salvadoran": "SV", "salvadorean": "SV", "guatemalan": "GT",
    "nicaraguan": "NI", "venezuelan": "VE", "haitian": "HT", "cuban": "CU",
    "ecuadorian": "EC", "colombian": "CO", "mexican": "MX",
}


def country_code(text: str) -> str | None:
    """ISO alpha-2 code of the country ``text`` names, else None."""
    from caravanwatch.extract.places import geocode_country

    return geocode_country(text)


def article_countries(doc: Any) -> tuple[str, ...]:
    """Countries the article's place entities name, in order, to disambiguate places."""
    from caravanwatch.extract.places import geocode_place

    found: list[str] = []
    mentions: dict[str, int] = {}
    seen: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC", "NORP"):
            code = country_code(ent.text)
            if code is None and ent.label_ == "GPE" and _proper(ent.text):
                town = geocode_place(ent.text.removeprefix("the "))
                code = town.country if town is not None else None  # ("Retalhuleu": GT)
            elif ent.text in seen:
                continue
            seen.add(ent.text)
            if code:
                mentions[code] = mentions.get(code, 0) + 1
                if code not in found:
                    found.append(code)
    # most named first: a town several countries have ("Coatepeque") is taken in the
    # country the story keeps naming, not one a nationality names once ("from El Salvador")
    return tuple(sorted(found, key=lambda c: -mentions[c]))


def _proper(text: str) -> bool:
    """Whether an entity's text is a name: a capitalised word besides a leading "the"
    ("the plaza", "the levee" are common nouns, even where GeoNames lists "Plaza" as
    another name of a town)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def places_in(sent: Span, countries: tuple[str, ...], ents: list[Span] | None = None
              ) -> list[tuple[Token, Place]]:
    """(root token, Place) for each place named in ``sent``: the gazetteer's places,
    then spaCy's place entities (countries, and names the scan passed over)."""
    from caravanwatch.extract.places import geocode_place
    from caravanwatch.extract.text_places import find_places

    doc = sent.doc
    out: list[tuple[Token, Place]] = []
    taken: set[int] = set()
    for span, place in find_places(span_text(sent), countries):
        chars = doc.char_span(sent.start_char + span.start, sent.start_char + span.end,
                              alignment_mode="expand")
        if chars is not None:
            out.append((chars.root, place))
            taken.update(range(chars.start, chars.end))
    for ent in (span_ents(sent) if ents is None else ents):
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or taken & set(
                range(ent.start, ent.end)):
            continue
        code = country_code(ent.text)
        if code and (ent.label_ != "NORP" or ent.root.lower_ in ("border", "territory")):
            out.append((ent.root, Place(None, code, kind="country")))
        elif ent.label_ != "NORP" and _proper(ent.text):
            # a name find_places passed over ("Huixtla Tuesday night"): geocode it alone
            found = geocode_place(ent.text.removeprefix("the "), countries=countries)
            if found is not None:
                out.append((ent.root, found))
    return out
