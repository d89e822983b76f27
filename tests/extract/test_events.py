"""Event attributes (place, country, date, size, origin, evidence), context across
sentences, the pipeline and the component registry.  Sentences written for the tests."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from caravanwatch.errors import ExtractError
from caravanwatch.records import Article, Event

pytestmark = pytest.mark.slow

WED = dt.date(2018, 10, 24)  # a Wednesday
CTX = "The caravan left Tecun Uman on Friday. "


def article(text: str, published: dt.date | None = WED, language: str = "en",
            id: str = "t") -> Article:
    return Article(id=id, text=text, source=f"test://{id}", content_hash="h",
                   ingested_at=dt.datetime(2024, 1, 1), published=published,
                   language=language)


@lru_cache(maxsize=1024)
def extract(text: str, published: dt.date | None = WED) -> tuple[Event, ...]:
    from caravanwatch.extract.pipeline import extract_articles

    (extraction,) = extract_articles([article(text, published)])
    return extraction.events


def one(text: str, kind: str, published: dt.date | None = WED) -> Event:
    found = [e for e in extract(text, published) if e.type == kind
             and e.evidence != CTX.strip()]
    assert len(found) == 1, f"expected one {kind} in {text!r}, got {extract(text, published)}"
    return found[0]


# --- places ------------------------------------------------------------------------------
PLACES: list[tuple[str, str, str, str | None, str | None]] = [
    ("depart-from", "About 500 migrants left Tapachula on Monday.", "depart", "Tapachula",
     "MX"),
    ("depart-from-city-of", ("Hundreds of Hondurans set out from the city of San Pedro Sula "
     "on Saturday."), "depart", "San Pedro Sula", "HN"),
    ("depart-capital-appos", ("The group of 300 Salvadorans left the capital San Salvador on "
     "Sunday."), "depart", "San Salvador", "SV"),
    ("depart-xcomp-from", "About 1,000 migrants began walking from Huixtla on Friday.",
     "depart", "Huixtla", "MX"),
    ("depart-not-destination", "The caravan left Arriaga for Juchitan on Monday.", "depart",
     "Arriaga", "MX"),
    ("depart-country-only", "Another caravan of 200 migrants left El Salvador on Sunday.",
     "depart", None, "SV"),
    ("arrive-in", "The caravan arrived in Tijuana on Tuesday.", "arrive", "Tijuana", "MX"),
    ("arrive-reached", "The migrants reached Esquipulas on Monday.", "arrive", "Esquipulas",
     "GT"),
    ("arrive-town-of", "The caravan stopped in the town of Mapastepec on Monday.", "arrive",
     "Mapastepec", "MX"),
    ("arrive-as-far-as", CTX + "By Monday the group had progressed as far as the town of "
     "Juchitan.", "arrive", "Juchitán de Zaragoza", "MX"),
    ("arrive-country-state", "The migrants are now in southern Mexico.", "arrive", None,
     "MX"),
    ("arrive-through", "The caravan is traveling through Guatemala.", "arrive", None, "GT"),
    ("cross-into-country", "The caravan crossed the border into Guatemala on Monday.",
     "cross_border", None, "GT"),
    ("cross-entered-mexico", "Hundreds of Hondurans entered Mexico on Friday.",
     "cross_border", None, "MX"),
    ("block-at", "Police blocked the caravan at Ciudad Hidalgo on Friday.", "block",
     "Ciudad Hidalgo", "MX"),
    ("detain-in", "Agents detained 200 of the migrants in Arriaga.", "detain", "Arriaga",
     "MX"),
    ("deport-country-actor", "Mexico deported 300 members of the caravan on Thursday.",
     "deport", None, "MX"),
    ("clash-national-actor", "Mexican security forces clashed with the caravan on Friday.",
     "clash", None, "MX"),
    ("aid-where", ("The caravan continued on foot to Huixtla, where the migrants were given "
     "food and shelter."), "aid", "Huixtla", "MX"),
    ("join-where", ("The caravan walked to Mapastepec, where another group of migrants "
     "joined it on Sunday."), "join", "Mapastepec", "MX"),
]


@pytest.mark.parametrize("text,kind,place,country", [c[1:] for c in PLACES],
                         ids=[c[0] for c in PLACES])
def test_place_and_country(text: str, kind: str, place: str | None,
                           country: str | None) -> None:
    event = one(text, kind)
    assert (event.place, event.country) == (place, country)
    if place is not None:
        assert event.lat is not None and event.lon is not None


# --- dates ------------------------------------------------------------------------------
DATES: list[tuple[str, str, str, dt.date | None]] = [
    ("on-weekday", "The caravan left Tapachula on Sunday.", "depart", dt.date(2018, 10, 21)),
    ("last-weekday", "Last Saturday, 2,000 migrants left San Pedro Sula.", "depart",
     dt.date(2018, 10, 20)),
    ("weekday-night", "The caravan arrived in Huixtla Tuesday night.", "arrive",
     dt.date(2018, 10, 23)),
    ("early-on", "About 1,000 migrants, early on Friday, began walking from Tapachula.",
     "depart", dt.date(2018, 10, 19)),
    ("by-weekday", "By Monday, the caravan had reached Esquipulas.", "arrive",
     dt.date(2018, 10, 22)),
    ("yesterday", "The caravan left Arriaga yesterday.", "depart", dt.date(2018, 10, 23)),
    ("today", "The caravan left Arriaga today.", "depart", WED),
    ("absolute", "The caravan left Tapachula on Oct. 13.", "depart", dt.date(2018, 10, 13)),
    ("absolute-day-month", "The caravan left Tapachula on 13 October 2018.", "depart",
     dt.date(2018, 10, 13)),
    ("present-state", "The migrants are now in Oaxaca.", "arrive", WED),
    ("vague-mid-month", "The caravan left Honduras in mid-October.", "depart", None),
    ("vague-recent-weeks", CTX + "They left the city of Tapachula in recent weeks, the caravan "
     "organizers said.", "depart", None),
    ("planned-weekday-forward", "The caravan will leave Mapastepec on Tuesday.", "depart",
     dt.date(2018, 10, 30)),
    ("no-date", "The caravan left Tapachula.", "depart", None),
    ("perfect-now-not-published", "Now the caravan has left El Salvador.", "depart", None),
    ("clause-date-second-event", CTX + "The group left Ocotepeque on Sunday and crossed into "
     "Guatemala on Monday.", "cross_border", dt.date(2018, 10, 22)),
    ("shared-date-conj", ("The caravan left Ocotepeque on Sunday and crossed into "
     "Guatemala."), "cross_border", dt.date(2018, 10, 21)),
]


@pytest.mark.parametrize("text,kind,date", [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_date(text: str, kind: str, date: dt.date | None) -> None:
    assert one(text, kind).date == date


def test_no_published_date_keeps_relative_dates_null() -> None:
    event = one("The caravan left Tapachula on Sunday.", "depart", published=None)
    assert event.date is None


# --- sizes and origins --------------------------------------------------------------------
SIZES: list[tuple[str, str, str, int | None, str | None]] = [
    ("more-than", "A caravan of more than 1,000 migrants left Tapachula on Friday.",
     "depart", 1000, "more_than"),
    ("almost", CTX + "Almost 2,000 people from Honduras left San Pedro Sula on Saturday.",
     "depart", 2000, "almost"),
    ("some", "Some 7,000 migrants crossed into Mexico.", "cross_border", 7000, "about"),
    ("about", "About 400 migrants rolled into Tijuana on nine buses.", "arrive", 400,
     "about"),
    ("strong", "A 1,000-strong caravan reached Juchitan on Monday.", "arrive", 1000,
     "exact"),
    ("range", "Between 900 and 1,000 Hondurans gathered in Agua Caliente on Wednesday.",
     "arrive", 900, "at_least"),
    ("words", "Two thousand migrants left Tapachula on Saturday.", "depart", 2000, "exact"),
    ("hundreds-null", "Hundreds of migrants left Tapachula on Saturday.", "depart", None,
     None),
    ("police-not-size", "About 300 police officers blocked the caravan at the bridge.",
     "block", None, None),
    ("more-is-join-only", ("About 1,000 more migrants joined the caravan before it reached "
     "Agua Caliente."), "arrive", None, None),
    ("more-join", "About 1,000 more migrants joined the caravan on Monday.", "join", 1000,
     "about"),
    ("pronoun-after-size", ("Police swept up a group of some 300 migrants and took them back "
     "to the border."), "deport", 300, "about"),
    ("distance-not-size", "The caravan advanced 58 miles to Esquipulas.", "arrive", None,
     None),
]


@pytest.mark.parametrize("text,kind,size,qualifier", [c[1:] for c in SIZES],
                         ids=[c[0] for c in SIZES])
def test_size(text: str, kind: str, size: int | None, qualifier: str | None) -> None:
    event = one(text, kind)
    assert (event.size, event.size_qualifier) == (size, qualifier)


ORIGINS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("demonym-adj", "Hundreds of Honduran migrants left San Pedro Sula on Wednesday.",
     "depart", ("HN",)),
    ("demonym-noun", "More than 300 Salvadorans left San Salvador on Sunday.", "depart",
     ("SV",)),
    ("from-countries", ("A caravan of migrants from Venezuela and Cuba left Tapachula on "
     "Sunday."), "depart", ("VE", "CU")),
    ("mostly", ("A group of about 600 migrants, mostly Haitian, set out from Tapachula on "
     "Saturday."), "depart", ("HT",)),
    ("region-only", "A caravan of migrants from Central America reached Tijuana.", "arrive",
     ()),
    ("none", "The caravan left Tapachula on Sunday.", "depart", ()),
    ("place-not-origin", "The caravan left Honduras on Sunday.", "depart", ()),
]


@pytest.mark.parametrize("text,kind,origin", [c[1:] for c in ORIGINS],
                         ids=[c[0] for c in ORIGINS])
def test_origin(text: str, kind: str, origin: tuple[str, ...]) -> None:
    assert one(text, kind).origin == origin


# --- evidence -----------------------------------------------------------------------------
def test_evidence_is_the_sentence_with_offsets() -> None:
    text = "Migrants rested.\n\nThe caravan left Tapachula on Sunday. It was raining."
    event = one(text, "depart")
    assert event.evidence == "The caravan left Tapachula on Sunday."
    assert text[event.span.start:event.span.end] == event.evidence


def test_evidence_keeps_hard_wrapped_text_exactly() -> None:
    text = ("Last Saturday, almost 2,000 migrants from Honduras left the northwestern \n\n"
            "city of San Pedro Sula to travel together.")
    event = one(text, "depart")
    assert event.evidence == text
    assert event.place == "San Pedro Sula"


# --- context -----------------------------------------------------------------------------
def test_there_takes_the_place_of_the_sentence_before() -> None:
    text = ("The caravan reached Esquipulas on Monday. There, the police arrested one of "
            "the caravan's organizers.")
    event = one(text, "detain")
    assert (event.place, event.country) == ("Esquipulas", "GT")


def test_restatement_is_one_event_with_attributes_from_all() -> None:
    text = ("A caravan of more than 1,000 migrants from Venezuela left southern Mexico on "
            "Friday. The migrants left on foot at dawn from Tapachula.")
    event = one(text, "depart")
    assert (event.place, event.size, event.date) == ("Tapachula", 1000,
                                                      dt.date(2018, 10, 19))
    assert event.origin == ("VE",)


def test_different_places_stay_two_events() -> None:
    text = "The caravan left Tapachula on Sunday. A second group left Huixtla on Monday."
    assert {e.place for e in extract(text) if e.type == "depart"} == {"Tapachula",
                                                                     "Huixtla"}


def test_vague_and_dated_departures_stay_apart() -> None:
    text = ("The migrants left the city of Tapachula in recent weeks. About 1,000 migrants "
            "began "
            "walking from Tapachula early on Friday.")
    departs = [e for e in extract(text) if e.type == "depart"]
    assert sorted(str(e.date) for e in departs) == ["2018-10-19", "None"]


def test_dateline_gives_the_country() -> None:
    text = ("TAPACHULA, Mexico (AP) - Police detained dozens of the migrants on Thursday. "
            "The caravan had left the city on Monday.")
    assert one(text, "detain").country == "MX"


def test_background_year_is_an_undated_event() -> None:
    """A caravan of another year is a happening of its own (the development gold keeps
    them), with no date: the article's day is not its day."""
    found = extract("The caravan that reached Tijuana in 2016 was smaller.",
                    dt.date(2018, 10, 24))
    assert [(e.type, e.place, e.date) for e in found] == [("arrive", "Tijuana", None)]


# --- pipeline -----------------------------------------------------------------------------
def test_spanish_articles_are_not_extracted() -> None:
    from caravanwatch.extract.pipeline import extract_articles

    es = article("La caravana salió de Tapachula el domingo.", language="es", id="es1")
    en = article("The caravan left Tapachula on Sunday.", id="en1")
    out = list(extract_articles([es, en]))
    assert [x.article_id for x in out] == ["es1", "en1"]
    assert out[0].status == "not_extracted"
    assert out[0].reason == "no extractor for language es"
    assert out[0].events == ()
    assert out[1].status == "extracted" and out[1].events


def test_batches_keep_input_order() -> None:
    from caravanwatch.extract.pipeline import extract_articles

    arts = [article(f"The caravan left Tapachula on Sunday. Number {i}.", id=f"a{i}")
            for i in range(7)]
    out = list(extract_articles(arts, batch_size=3))
    assert [x.article_id for x in out] == [a.id for a in arts]
    assert all(x.events[0].article_id == x.article_id for x in out)


def test_extractor_version_names_components() -> None:
    from caravanwatch.extract.pipeline import extract_articles

    (x,) = extract_articles([article("The caravan left Tapachula on Sunday.")])
    for name in ("triggers@", "participants@", "modality@", "attributes@", "context@"):
        assert name in x.extractor_version


def test_to_gold_has_the_gold_fields() -> None:
    gold = one("About 400 Honduran migrants left Tapachula on Sunday.", "depart").to_gold()
    assert gold == {"type": "depart", "modality": "actual", "date": "2018-10-21",
                    "place": "Tapachula", "country": "MX", "size": 400,
                    "size_qualifier": "about", "origin": ["HN"],
                    "evidence": "About 400 Honduran migrants left Tapachula on Sunday."}


# --- registry -----------------------------------------------------------------------------
def test_default_chain_is_registered_with_contracts() -> None:
    from caravanwatch.extract.components import DEFAULT_CHAIN, build_chain

    chain = build_chain()
    assert [c.name for c in chain] == list(DEFAULT_CHAIN)
    assert all(c.version and c.assigns for c in chain)


def test_chain_refuses_unmet_requirements() -> None:
    from caravanwatch.extract.components import build_chain

    with pytest.raises(ExtractError, match="requires"):
        build_chain(["participants", "triggers"])


def test_unknown_component_names_the_registered_ones() -> None:
    from caravanwatch.extract.components import get_component

    with pytest.raises(ExtractError, match="triggers"):
        get_component("no-such-component")


def test_a_component_can_be_replaced_without_touching_the_rest() -> None:
    from caravanwatch.extract import components
    from caravanwatch.extract.pipeline import extract_articles

    original = components.get_component("modality")

    def everything_planned(state: components.ArticleState) -> None:
        original.func(state)
        for cand in state.candidates:
            cand.modality = "planned"

    try:
        components.register("modality", "test", requires=original.requires,
                            assigns=original.assigns, replace=True)(everything_planned)
        (x,) = extract_articles([article("The caravan left Tapachula on Sunday.")])
        assert {e.modality for e in x.events} == {"planned"}
        assert "modality@test" in x.extractor_version
    finally:
        components.register(original.name, original.version, requires=original.requires,
                            assigns=original.assigns, replace=True)(original.func)


def test_registering_a_taken_name_needs_replace() -> None:
    from caravanwatch.extract import components

    with pytest.raises(ExtractError, match="replace=True"):
        components.register("triggers", "x")(lambda state: None)


def test_importing_the_package_loads_no_model() -> None:
    import subprocess
    import sys

    code = ("import sys, caravanwatch.extract, caravanwatch.extract.pipeline, "
            "caravanwatch.extract.evaluate; "
            "print(any(m.startswith('en_core_web') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# --- text preparation ------------------------------------------------------------------
PREPARE: list[tuple[str, str, str]] = [
    ("soft-break", "gathered in the northwestern \n\ncity of San Pedro Sula",
     "gathered in the northwestern   city of San Pedro Sula"),
    ("soft-after-function-word", "to reach the United States and \n\nCanada.",
     "to reach the United States and   Canada."),
    ("hard-break-kept", "Caravan dissolves\n\nThe migrants left.",
     "Caravan dissolves\n\nThe migrants left."),
    ("dateline-agency", "MEXICO CITY (AP) — The caravan", "MEXICO CITY (AP) \n The caravan"),
    ("dateline-country", "EL CINCHADO, Guatemala - Police", "EL CINCHADO, Guatemala \n Police"),
    ("not-a-dateline", "US - Mexico talks resume", "US - Mexico talks resume"),
]


@pytest.mark.parametrize("text,prepared", [c[1:] for c in PREPARE],
                         ids=[c[0] for c in PREPARE])
def test_prepare_text_keeps_offsets(text: str, prepared: str) -> None:
    from caravanwatch.extract.nlp import prepare_text

    out = prepare_text(text)
    assert out == prepared and len(out) == len(text)


def test_model_loads_once_with_only_the_components_used() -> None:
    from caravanwatch.extract.nlp import COMPONENTS, load_nlp

    nlp = load_nlp("en")
    assert load_nlp("en") is nlp
    assert set(nlp.pipe_names) - {"caravanwatch_line_breaks"} <= set(COMPONENTS)


def test_unknown_language_model_is_a_clear_error() -> None:
    from caravanwatch.extract.nlp import model_name

    with pytest.raises(ExtractError, match="no spaCy model"):
        model_name("xx")
