"""Modality (actual / planned) and tense of events, on sentences written for the tests."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from caravanwatch.records import Article, Event

pytestmark = pytest.mark.slow

CTX = "The caravan left Tecun Uman on Friday. "


@lru_cache(maxsize=1024)
def extract(text: str, published: dt.date = dt.date(2018, 10, 24)) -> tuple[Event, ...]:
    from caravanwatch.extract.pipeline import extract_articles

    article = Article(id="t", text=text, source="test://t", content_hash="h",
                      ingested_at=dt.datetime(2024, 1, 1), published=published,
                      language="en")
    (extraction,) = extract_articles([article])
    return extraction.events


def find(text: str, kind: str) -> list[Event]:
    """Events of ``kind``, leaving out those of the context sentence ``CTX``."""
    return [e for e in extract(text) if e.type == kind and e.evidence != CTX.strip()]


# (id, text, event type, expected modality)
CASES: list[tuple[str, str, str, str]] = [
    # actual: past, present, perfect, passive, reported
    ("past", "The caravan left Tapachula on Sunday.", "depart", "actual"),
    ("present-progressive", "The caravan is crossing into Mexico at Ciudad Hidalgo.",
     "cross_border", "actual"),
    ("present-perfect", "About 2,000 migrants have crossed into Guatemala.", "cross_border",
     "actual"),
    ("passive", "The migrants were detained by police in Arriaga.", "detain", "actual"),
    ("reported-said", "Police said the caravan left Huixtla on Monday.", "depart", "actual"),
    ("reported-according", ("According to organizers, 1,500 migrants arrived in Juchitan "
     "on Tuesday."), "arrive", "actual"),
    ("reported-told", ("Hundreds of migrants gathered in Tapachula on Sunday, a police chief "
     "told reporters."), "arrive", "actual"),
    ("present-state", "The migrants are in Oaxaca.", "arrive", "actual"),
    ("offer-announced-would", ("The president announced that Mexico would offer work "
     "permits to the migrants in the caravan."), "offer", "actual"),
    ("allowed-to", CTX + "The caravan was finally allowed to march into Guatemala.",
     "cross_border", "actual"),
    ("headline-present", "Migrant caravan reaches Mexico City", "arrive", "actual"),
    # planned: future, plans, expectations, vows, reported intentions
    ("will", "The caravan will leave Tapachula on Saturday.", "depart", "planned"),
    ("will-passive", "The migrants will be bused to Mexico City on Monday.", "arrive",
     "planned"),
    ("going-to", "The caravan is going to leave Huixtla on Sunday.", "depart", "planned"),
    ("plan-to", "The migrants plan to leave Arriaga on Thursday.", "depart", "planned"),
    ("plans-to-3sg", "The caravan plans to cross into Mexico on Friday.", "cross_border",
     "planned"),
    ("intend", "A group of 230 migrants intends to leave San Salvador on Oct. 31.",
     "depart", "planned"),
    ("aim-to", "The marchers aim to reach Mexico City by Sunday.", "arrive", "planned"),
    ("expected-to", CTX + "About 1,500 people are expected to head north from Mapastepec on "
     "Tuesday.", "depart", "planned"),
    ("vowed-to", "Mexican authorities vowed to halt the caravan at the border.", "block",
     "planned"),
    ("preparing-to", CTX + "Another group was preparing to leave San Salvador on Wednesday.",
     "depart", "planned"),
    ("ready-to", "Another caravan was ready to leave Tapachula on Monday.", "depart",
     "planned"),
    ("set-to", "A second caravan is set to depart from San Pedro Sula on Friday.",
     "depart", "planned"),
    ("waiting-to", ("Hundreds of Hondurans gathered at the border, waiting to cross into "
     "Guatemala on Thursday."), "cross_border", "planned"),
    ("said-would", "Organizers said the caravan would leave Tapachula on Saturday.",
     "depart", "planned"),
    ("threatened", ("The government threatened to deport the migrants in the caravan to "
     "Honduras."), "deport", "planned"),
    ("will-deport", "Mexico will deport the members of the caravan to Honduras.", "deport",
     "planned"),
    ("hope-to-verb", "The migrants hope to reach Tijuana next week.", "arrive", "planned"),
    ("want-to", "The marchers want to cross into Mexico on Saturday.", "cross_border",
     "planned"),
    ("scheduled", "The caravan is scheduled to leave Tapachula on Monday.", "depart",
     "planned"),
    ("could", "The caravan could reach the border city of Tijuana on Sunday.", "arrive",
     "planned"),
    ("coordinated-planned", ("The migrants plan to rest in Juchitan and leave for "
     "Oaxaca on Sunday."), "depart", "planned"),
]


@pytest.mark.parametrize("text,kind,modality", [(t, k, m) for _, t, k, m in CASES],
                         ids=[c[0] for c in CASES])
def test_modality(text: str, kind: str, modality: str) -> None:
    events = find(text, kind)
    assert events, f"no {kind} event in {text!r}: {extract(text)}"
    assert {e.modality for e in events} == {modality}


# General goals and non-happenings are no events at all (GUIDELINES.md).
DROPPED: list[tuple[str, str, str]] = [
    ("plan-noun", "Their plan is to reach the United States.", "arrive"),
    ("goal-noun", "The caravan's goal is to cross into the United States.", "cross_border"),
    ("dream", "Their dream of reaching the US keeps them walking.", "arrive"),
    ("in-a-bid", "Hundreds of migrants walk in a bid to reach the US border.", "arrive"),
    ("effort", "In an effort to reach the United States, the migrants travel together.",
     "arrive"),
    ("try", "The migrants tried to cross the border at the bridge.", "cross_border"),
    ("attempt", "A group attempted to enter Mexico illegally.", "cross_border"),
    ("negated", "The caravan has not left Tapachula yet.", "depart"),
    ("negated-governor", "Officials warned migrants not to attempt to cross into Mexico.",
     "cross_border"),
    ("if", "If the caravan reaches Tijuana, the city will open a shelter.", "arrive"),
    ("whether", "Reporters asked whether the caravan would reach Mexico City.", "arrive"),
    ("should", "The caravan should be stopped at the border, he said.", "block"),
    ("must", "The authorities must not detain the asylum seekers.", "detain"),
    ("avoid", "Authorities should avoid detaining the migrants.", "detain"),
    ("goal-us-planned", "The migrants will travel to the United States.", "arrive"),
    ("urge", "Trump urged Mexico to stop the caravan.", "block"),
    ("any-policy", ("Mexico will deport any member of the caravan who enters Chiapas "
     "without papers."), "deport"),
    ("purpose", "The migrants ran toward the bridge to cross into Mexico.", "cross_border"),
    ("pressure", "Washington pressured Guatemala to block the caravan.", "block"),
]


@pytest.mark.parametrize("text,kind", [(t, k) for _, t, k in DROPPED],
                         ids=[c[0] for c in DROPPED])
def test_not_an_event(text: str, kind: str) -> None:
    assert not find(text, kind), extract(text)


TENSES: list[tuple[str, str, str, str | None]] = [
    ("past", "The caravan left Tapachula.", "left", "past"),
    ("present", "The caravan leaves Tapachula.", "leaves", "present"),
    ("progressive", "The caravan is leaving Tapachula.", "leaving", "present"),
    ("perfect", "The caravan has left Tapachula.", "left", "perfect"),
    ("future", "The caravan will leave Tapachula.", "leave", "future"),
    ("future-contracted", "They'll leave Tapachula.", "leave", "future"),
    ("passive-past", "The migrants were detained.", "detained", "past"),
]


@pytest.mark.parametrize("text,word,tense", [(t, w, x) for _, t, w, x in TENSES],
                         ids=[c[0] for c in TENSES])
def test_verb_tense(text: str, word: str, tense: str | None) -> None:
    from caravanwatch.extract.modality import verb_tense
    from caravanwatch.extract.nlp import load_nlp

    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == word)
    assert verb_tense(tok) == tense


def test_deployment_is_the_block_not_its_purpose() -> None:
    events = find("Police were deployed to the bridge to stop the caravan.", "block")
    assert len(events) == 1 and events[0].trigger == "deployed"


def test_planned_weekday_resolves_forward() -> None:
    published = dt.date(2018, 10, 24)  # Wednesday
    (event,) = find("The caravan will leave Tapachula on Saturday.", "depart")
    assert event.date == dt.date(2018, 10, 27) and published < event.date
