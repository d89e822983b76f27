"""Places fixed by the narrative rather than the event's own sentence (GUIDELINES.md:
"Place and date may come from the surrounding narrative when it fixes them without
doubt").  Paragraphs written for the tests, in several outlets' styles."""

from __future__ import annotations

import datetime as dt

import pytest
from test_events import WED, extract

pytestmark = pytest.mark.slow

# (id, paragraph, sentence of the event, type, expected place, expected country)
CARRIED: list[tuple[str, str, str, str, str | None, str | None]] = [
    # a border crossing stands in two countries: the Guatemalan police act at the same post
    ("crossing-straddles",
     ("The caravan reached the Agua Caliente border crossing on Monday. "
     "Guatemalan police blocked the road to stop the marchers."),
     "Guatemalan police blocked the road to stop the marchers.", "block", "Agua Caliente",
     "GT"),
    # a planned departure leaves from where the narrative last placed the group
    ("plans-to-leave",
     ("The migrants reached Huixtla on Saturday after a long day on the road. "
     "The group plans to leave on Tuesday."),
     "The group plans to leave on Tuesday.", "depart", "Huixtla", "MX"),
    ("set-off-again",
     ("Hundreds of migrants spent the night in Escuintla, Chiapas, after arriving there on "
     "Sunday. They set off again before dawn on Monday."),
     "They set off again before dawn on Monday.", "depart", "Escuintla", "MX"),
    ("joined-where-they-are",
     ("The caravan arrived in Tapachula on Friday. On Saturday about 300 more people joined "
     "the caravan."),
     "On Saturday about 300 more people joined the caravan.", "join", "Tapachula", "MX"),
    # done to the group where the sentence before put it, though that sentence held no event
    ("aid-after-scene",
     ("Rain fell all night over the central park of Mapastepec, where the caravan camped. "
     "Volunteers handed out food and water to the migrants on Thursday."),
     "Volunteers handed out food and water to the migrants on Thursday.", "aid",
     "Mapastepec", "MX"),
    ("asylum-where-they-are",
     ("Migrants who left Guatemala on Saturday reached Tapachula on Monday. "
     "Some 200 asked for asylum."),
     "Some 200 asked for asylum.", "asylum", "Tapachula", "MX"),
    # the sentence before names where the group heads, not where it is
    ("not-the-destination",
     ("The caravan crossed the river into Mexico on Monday. Others walked on toward "
     "Tapachula. Volunteers handed out water to the migrants."),
     "Volunteers handed out water to the migrants.", "aid", None, "MX"),
    # a second verb done where the first took the group
    ("into-and-asylum",
     ("On Monday about 70 members of the caravan walked across the bridge into El Paso and "
     "asked for asylum."),
     ("On Monday about 70 members of the caravan walked across the bridge into El Paso and "
     "asked for asylum."), "asylum", "El Paso", "US"),
    # the report's dateline is where things were done to the group
    ("dateline-offer",
     ("TAPACHULA, Mexico (Wire) — Thousands of migrants waited in long lines on Tuesday. "
     "Immigration officials offered them humanitarian visas."),
     "Immigration officials offered them humanitarian visas.", "offer", "Tapachula", "MX"),
]


@pytest.mark.parametrize(("text", "evidence", "kind", "place", "country"), [
    pytest.param(t, e, k, p, c, id=i) for i, t, e, k, p, c in CARRIED])
def test_place_from_the_narrative(text: str, evidence: str, kind: str, place: str | None,
                                  country: str | None) -> None:
    found = [e for e in extract(text) if e.type == kind and e.evidence == evidence]
    assert [(e.place, e.country) for e in found] == [(place, country)]


# A departure that names where it leaves from keeps it; a stated country is not
# overwritten by the narrative's last town.
KEPT: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("own-from",
     "The caravan arrived in Tapachula on Friday. On Sunday it left Huixtla at dawn.",
     "On Sunday it left Huixtla at dawn.", "depart", "Huixtla", "MX"),
    ("own-country",
     ("The caravan arrived in Ciudad Juárez on Friday. "
     "A second caravan that left southern Mexico on Monday is still on the road."),
     "A second caravan that left southern Mexico on Monday is still on the road.", "depart",
     None, "MX"),
]


@pytest.mark.parametrize(("text", "evidence", "kind", "place", "country"), [
    pytest.param(t, e, k, p, c, id=i) for i, t, e, k, p, c in KEPT])
def test_own_place_wins(text: str, evidence: str, kind: str, place: str | None,
                        country: str | None) -> None:
    found = [e for e in extract(text) if e.type == kind and e.evidence == evidence]
    assert [(e.place, e.country) for e in found] == [(place, country)]


def test_far_narrative_place_is_not_carried() -> None:
    """Beyond about a paragraph the group may have moved: no place is carried."""
    filler = ("Officials in the capital declined to comment on the situation at length, and "
              "a spokesperson said the ministry would publish a statement in due course. ") * 8
    text = ("The caravan arrived in Tapachula on Friday. " + filler
            + "The group plans to leave on Tuesday.")
    found = [e for e in extract(text) if e.type == "depart"]
    assert [e.place for e in found] == [None]


@pytest.mark.parametrize(("text", "kind", "country"), [
    pytest.param("Migrants reached the river on Monday. On the Mexican side, soldiers blocked "
                 "the migrants' path.", "block", "MX", id="mexican-side"),
    pytest.param("The caravan waited at the river. On Guatemalan soil, police detained 30 "
                 "of the migrants.", "detain", "GT", id="guatemalan-soil"),
])
def test_side_of_the_border_gives_the_country(text: str, kind: str, country: str) -> None:
    assert [e.country for e in extract(text) if e.type == kind] == [country]


def test_border_town_dateline_is_not_the_crossing() -> None:
    """Filed from the Guatemalan bank, the crossing leads into Mexico: the dateline town
    is not where the group crossed to."""
    text = ("TECÚN UMÁN, Guatemala (Wire) — Thousands of migrants crossed the river into "
            "Mexico on Monday.")
    found = [e for e in extract(text) if e.type == "cross_border"]
    assert [(e.place, e.country) for e in found] == [(None, "MX")]


@pytest.mark.parametrize(("text", "place", "country"), [
    pytest.param("Hundreds of migrants from the caravan crossed the Suchiate River into "
                 "Mexico on Monday.", "Suchiate River", "MX", id="river-into-country"),
    pytest.param("Migrants from the caravan crossed the Suchiate on rafts on Monday.",
                 "Suchiate River", "MX", id="river-alone"),
    pytest.param("Dozens from the caravan waded across the Rio Grande into El Paso on "
                 "Monday.", "El Paso", "US", id="town-entered-wins"),
    pytest.param("Caravan members crossed the Río Bravo into Texas on Monday.", "Rio Grande", "US",
                 id="rio-bravo-is-the-river"),
    pytest.param("The caravan crossed into Guatemala on Monday.", None, "GT",
                 id="country-only"),
])
def test_crossing_a_border_river(text: str, place: str | None, country: str) -> None:
    found = [e for e in extract(text) if e.type == "cross_border"]
    assert [(e.place, e.country) for e in found] == [(place, country)]


def test_country_of_the_story_fills_an_unplaced_event() -> None:
    """An event whose sentence names no country takes that of the last located event."""
    filler = ("Officials in the capital declined to comment on the situation at length, and "
              "a spokesperson said the ministry would publish a statement in due course. ") * 8
    text = ("The caravan reached Tapachula on Friday. " + filler
            + "Hundreds more people have joined the caravan since then.")
    found = [e for e in extract(text) if e.type == "join"]
    assert [e.country for e in found] == ["MX"]


def test_restatements_merge_before_countries_are_filled() -> None:
    """A headline and the body sentence that restates it stay one event."""
    text = ("Caravan reaches Juárez; dozens lodge asylum claims at bridge\n\n"
            "On Monday about 70 members of the caravan walked across the bridge into "
            "El Paso and asked for asylum.")
    assert len([e for e in extract(text) if e.type == "asylum"]) == 1


LEAD = "A caravan of Honduran migrants is travelling north. "


@pytest.mark.parametrize(("text", "kind", "place", "country"), [
    pytest.param("Volunteers in Arriaga served hot meals to the caravan on Monday.", "aid",
                 "Arriaga", "MX", id="agents-located-noun-trigger"),
    pytest.param("The caravan made it into Mexico near Ciudad Hidalgo on Monday.",
                 "cross_border", "Ciudad Hidalgo", "MX", id="crossed-near"),
    pytest.param("Thousands poured into Guatemala via the El Florido crossing on Monday.",
                 "cross_border", "El Florido", "GT", id="crossed-via"),
    pytest.param("The group crossed over from Honduras into Guatemala at Agua Caliente on "
                 "Monday.", "cross_border", "Agua Caliente", "GT", id="side-entered"),
    pytest.param("On Monday the caravan crossed into Honduras, at the Agua Caliente border "
                 "post.", "cross_border", "Agua Caliente", "HN", id="side-entered-south"),
    pytest.param("The caravan entered Guatemala on Monday through the Agua Caliente customs "
                 "post.", "cross_border", "Agua Caliente", "GT", id="side-entered-dobj"),
    pytest.param("Soldiers blocked the highway at Vado Hondo and used tear gas to disperse "
                 "the caravan on Monday.", "block", "Vado Hondo", "GT",
                 id="scene-of-the-first-conjunct"),
    pytest.param("The caravan left the shelter in Esquipulas on Monday, bound for the Mexican "
                 "border.", "depart", "Esquipulas", "GT", id="left-the-shelter-in"),
    pytest.param("About 300 migrants left Tapachula's central park on Monday.", "depart",
                 "Tapachula", "MX", id="left-possessive"),
    pytest.param("On Sunday about 2,000 police formed a line across the road at Vado Hondo, a "
                 "hamlet some 15 kilometres to the west, and stopped the caravan.", "block",
                 "Vado Hondo", "GT", id="scene-through-another-preposition"),
    pytest.param("Soldiers stopped the caravan at a roadblock in Vado Hondo, about 10 kilometers "
                 "inside the country, where officers fired tear gas at the migrants.", "clash",
                 "Vado Hondo", "GT", id="where-after-a-non-place"),
    pytest.param("Migrants crossed at Paso Canoas into Panama on Monday.", "cross_border",
                 "Paso Canoas", "PA", id="paso-canoas-panama"),
])
def test_place_in_the_sentence(text: str, kind: str, place: str, country: str) -> None:
    found = [e for e in extract(LEAD + text) if e.type == kind and e.evidence == text]
    assert [(e.place, e.country) for e in found] == [(place, country)]


@pytest.mark.parametrize(("text", "sizes"), [
    pytest.param("The caravan set out from Tapachula on Monday with an estimated 5,000 "
                 "participants and reached Huixtla two days later.",
                 {"depart": 5000, "arrive": 5000}, id="with-participants-shared"),
    pytest.param("A caravan of roughly 400 migrants that left Tapachula on Monday pulled into "
                 "Huixtla on Tuesday.", {"depart": 400, "arrive": 400}, id="one-group-shared"),
    pytest.param("A new caravan got under way from San Salvador on Monday, with roughly 800 "
                 "people heading north.", {"depart": 800}, id="with-people-heading"),
])
def test_group_size_of_the_sentence(text: str, sizes: dict[str, int]) -> None:
    found = {e.type: e.size for e in extract(text)}
    assert found == sizes


def test_join_keeps_its_own_size() -> None:
    text = "About 300 more migrants joined the caravan of 2,000 people in Huixtla on Monday."
    assert [e.size for e in extract(text) if e.type == "join"] == [300]


@pytest.mark.parametrize(("text", "prepared"), [
    pytest.param("block the highway to \n\nmeet the caravan",
                 "block the highway to   meet the caravan", id="blank-line-lower-case-joins"),
    pytest.param("Last updated June 6, 2022\n\n6:45 p.m. — The march",
                 "Last updated June 6, 2022\n\n6:45 p.m. — The march",
                 id="blank-line-then-timestamp-stays"),
    pytest.param("about\n300 people", "about 300 people", id="single-break-digit-joins"),
])
def test_soft_and_hard_line_breaks(text: str, prepared: str) -> None:
    from caravanwatch.extract.nlp import prepare_text

    assert prepare_text(text) == prepared


LIVE_BLOG = """Caravan live: the march leaves Tapachula

Updated 6:45 p.m., June 8

6:45 p.m. — The march has reached Huixtla, where church volunteers are serving rice.

1:20 p.m. — Near Viva México, police briefly blocked the road in front of the caravan.

7:30 a.m. — The caravan has set out.
"""


def test_live_blog_entries() -> None:
    """Timestamped entries are dated to the day of publication and, told newest first,
    do not pass their scene to the entry below."""
    events = extract(LIVE_BLOG)
    assert {e.type for e in events} >= {"depart", "arrive", "block"}
    # the departure (restated by the headline) is not placed at the later roadblock
    assert [e.place for e in events if e.type == "depart"] == ["Tapachula"]
    assert all(e.date == WED for e in events if e.evidence[:1].isdigit())


def test_where_clause_after_a_reference_point() -> None:
    text = ("The caravan has reached Huehuetán, some 30 kilometers north of Tapachula, where "
            "church volunteers are serving rice and beans to the migrants.")
    assert [e.place for e in extract(text) if e.type == "aid"] == ["Huehuetán"]


@pytest.mark.parametrize(("text", "published", "date"), [
    pytest.param("The caravan reached Tapachula on Dec. 28, 2018.", dt.date(2019, 1, 16),
                 dt.date(2018, 12, 28), id="last-december-in-january"),
    pytest.param("In October 2018, the caravan reached Tapachula.", dt.date(2019, 11, 16),
                 None, id="last-year-in-november"),
    pytest.param("In 2016, a caravan reached Tapachula.", dt.date(2019, 1, 16), None,
                 id="years-ago"),
])
def test_recent_or_history(text: str, published: dt.date, date: dt.date | None) -> None:
    """News within the season keeps its day; a caravan of another year is an event of its
    own with no date."""
    assert [e.date for e in extract(text, published) if e.type == "arrive"] == [date]


def test_history_is_kept_apart_from_the_news() -> None:
    text = ("The caravan left Tapachula on Sunday. In June 2016, a caravan of similar size "
            "departed from Tapachula.")
    departs = [e for e in extract(text, dt.date(2018, 10, 24)) if e.type == "depart"]
    assert sorted((e.date is None, e.place) for e in departs) == [
        (False, "Tapachula"), (True, "Tapachula")]


@pytest.mark.parametrize(("text", "kind", "date"), [
    pytest.param("The caravan left Tapachula on Oct. 22. By the time they reached Juchitán a "
                 "week later, the government had moved.", "arrive", dt.date(2018, 10, 29),
                 id="a-week-later"),
    pytest.param("The caravan left Tapachula on Oct. 22. The next day, police detained 40 "
                 "migrants in Huixtla.", "detain", dt.date(2018, 10, 23), id="the-next-day"),
    pytest.param("Police detained 40 migrants from the caravan in Huixtla a week later.",
                 "detain", None, id="no-anchor-no-date"),
])
def test_days_counted_from_the_last_dated_event(text: str, kind: str,
                                                date: dt.date | None) -> None:
    published = dt.date(2018, 10, 30)
    assert [e.date for e in extract(text, published) if e.type == kind] == [date]


def test_pluperfect_takes_the_narrative_day_but_present_perfect_does_not() -> None:
    published = dt.date(2018, 10, 30)
    text = ("The caravan left Tapachula on Sunday. By nightfall the marchers had reached "
            "Huixtla.")
    assert [e.date for e in extract(text, published) if e.type == "arrive"] == [
        dt.date(2018, 10, 28)]
    text = "The caravan left Tapachula on Sunday. Since then, the migrants have reached Huixtla."
    assert [e.date for e in extract(text, published) if e.type == "arrive"] != [
        dt.date(2018, 10, 28)]


@pytest.mark.parametrize(("text", "kind", "place"), [
    pytest.param("The caravan left Tapachula on Monday. At the edge of the city, about 500 "
                 "more people joined the column.", "join", "Tapachula", id="edge-of-the-city"),
    pytest.param("The caravan reached Mexico City on Sunday. Officials in the city offered the "
                 "migrants shelter and food.", "aid", "Mexico City", id="officials-in-the-city"),
    pytest.param("HUIXTLA, Chiapas (Wire) — More than 3,000 people who had been walking in a "
                 "caravan were granted humanitarian visas on Sunday in this coffee-growing "
                 "town.", "offer", "Huixtla", id="this-town-dateline"),
])
def test_the_city_means_the_town_before(text: str, kind: str, place: str) -> None:
    assert [e.place for e in extract(text, dt.date(2018, 10, 22)) if e.type == kind] == [place]


@pytest.mark.parametrize(("text", "kind", "place"), [
    pytest.param("The Juárez municipal government said it would open a gymnasium as a "
                 "temporary shelter for the caravan by Wednesday.", "aid", "Ciudad Juárez",
                 id="municipal-government-said"),
    pytest.param("Tijuana officials offered the caravan's migrants a sports complex as a "
                 "shelter.", "offer", "Tijuana", id="town-officials"),
    pytest.param("The Tapachula mayor said the city would give the caravan food and water.",
                 "aid", "Tapachula", id="town-mayor-reported"),
])
def test_local_agents_act_in_their_town(text: str, kind: str, place: str) -> None:
    lead = "The caravan reached the border on Sunday. "
    found = [e.place for e in extract(lead + text) if e.type == kind]
    assert found == [place]


def test_own_place_beats_the_where_clause_it_sits_in() -> None:
    text = ("The group came by bus from Mexico City, where they had stayed at a shelter for two "
            "weeks after the caravan broke up in Chiapas.")
    assert [e.place for e in extract(text) if e.type == "dissolve"] == ["Chiapas"]


def test_a_count_after_a_clause_is_not_from_the_last_dated_event() -> None:
    """"two weeks after the caravan broke up" counts from its own clause, not from the day
    told before; and no actual event is dated after publication."""
    published = dt.date(2018, 10, 30)
    text = ("The caravan reached Tijuana on Monday. The group came by bus from Mexico City, "
            "where they had stayed at a shelter for two weeks after the caravan broke up.")
    assert all(e.date is None or e.date <= published for e in extract(text, published))
    assert [e.date for e in extract(text, published) if e.type == "dissolve"] == [None]


@pytest.mark.parametrize(("text", "published", "depart"), [
    pytest.param("Roughly 1,800 migrants reached Guatemala City on Thursday, filling two shelters "
                 "four days after their caravan set out from San Pedro Sula.",
                 dt.date(2018, 10, 19), dt.date(2018, 10, 14), id="after-clause-of-dated-verb"),
    pytest.param("Five days after they set off from San Pedro Sula, the migrants of the caravan "
                 "have already crossed much of Guatemala.", dt.date(2018, 10, 18),
                 dt.date(2018, 10, 13), id="after-clause-of-present-perfect"),
    pytest.param("The caravan reached Huixtla on Tuesday, two weeks after it left Tapachula.",
                 dt.date(2018, 10, 18), dt.date(2018, 10, 2), id="weeks"),
])
def test_days_after_a_clause(text: str, published: dt.date, depart: dt.date) -> None:
    found = [e for e in extract(text, published) if e.type == "depart"]
    assert [(e.date, e.place is not None) for e in found] == [(depart, True)]


def test_time_before_a_from_place_is_not_a_distance() -> None:
    """"four days after they set out from X": X is where they set out, not a reference
    point as in "two hours from X"."""
    text = "The caravan reached Huixtla on Tuesday, four days after it set out from Tapachula."
    assert [e.place for e in extract(text) if e.type == "depart"] == ["Tapachula"]


@pytest.mark.parametrize(("text", "kind", "place", "country"), [
    pytest.param("Border Patrol detained about 400 people from the caravan on Monday.",
                 "detain", None, "US", id="agency-country"),
    pytest.param("Santiago Gómez, who runs a shelter in Juárez, said volunteers there had "
                 "handed out blankets to the caravan's families.", "aid", "Ciudad Juárez", "MX",
                 id="there-after-a-named-town"),
    pytest.param("By Thursday, Mexico's National Migration Institute said it had flown 300 of "
                 "the caravan's members back to Honduras from the airport in Villahermosa.",
                 "deport", "Villahermosa", "MX", id="from-the-airport-in"),
    pytest.param("Some of the caravan's migrants have scattered into the hills around Ciudad "
                 "Hidalgo.", "dissolve", "Ciudad Hidalgo", "MX", id="around"),
    pytest.param("The caravan broke up in Huixtla within a week after the migration institute "
                 "offered its members humanitarian visas.", "offer", "Huixtla", "MX",
                 id="after-clause-scene"),
    pytest.param("Some 600 Hondurans who gathered on Friday night at the bus terminal in San "
                 "Pedro Sula started walking toward the border early Saturday.", "depart",
                 "San Pedro Sula", "HN", id="group-gathered-in"),
    pytest.param("On Tuesday night the caravan's members slept in a school gym in Escuintla, in "
                 "southern Guatemala, where local volunteers gave them rice and beans.", "aid",
                 "Escuintla", "GT", id="where-after-town-and-country"),
    pytest.param("About 1,500 migrants from the caravan crossed the Paso del Norte bridge into "
                 "the United States on Monday.", "cross_border", "Paso del Norte Bridge", "US",
                 id="one-sided-bridge-into-country"),
])
def test_more_places_in_the_sentence(text: str, kind: str, place: str | None,
                                     country: str) -> None:
    found = [(e.place, e.country) for e in extract(text) if e.type == kind]
    assert found == [(place, country)]


@pytest.mark.parametrize(("text", "kind", "kept"), [
    pytest.param("The caravan reached Huixtla on Monday. Volunteers have served hot meals to "
                 "the migrants there every day since the group arrived.", "aid", True,
                 id="habit-without-a-count-is-aid"),
    pytest.param("Mexico deports about 300 migrants every day, officials said.", "deport", False,
                 id="count-per-day-is-a-statistic"),
    pytest.param("Last week, border agents encountered a record number of migrants crossing "
                 "the border.", "cross_border", False, id="record-number-is-a-statistic"),
])
def test_rates_need_a_count(text: str, kind: str, kept: bool) -> None:
    assert bool([e for e in extract(text) if e.type == kind]) is kept


def test_background_clause_does_not_set_the_scene() -> None:
    """A pluperfect clause of another time does not pass its place or day on."""
    text = ("On Sunday the caravan was in Escuintla, where its members had arrived on Saturday "
            "after leaving Tapachula four days earlier. On Sunday agents detained 130 of them.")
    found = [(e.place, e.date) for e in extract(text, dt.date(2018, 10, 22)) if e.type == "detain"]
    assert found and all(place != "Tapachula" for place, _date in found)


def test_the_same_day_is_the_day_told_before() -> None:
    text = ("The caravan left Tapachula on Oct. 24. The column reached Huehuetán the same day "
            "and reached Huixtla on Oct. 26.")
    found = {e.place: e.date for e in extract(text, dt.date(2018, 10, 30)) if e.type == "arrive"}
    assert found == {"Huehuetán": dt.date(2018, 10, 24), "Huixtla": dt.date(2018, 10, 26)}


def test_according_to_a_government_is_not_where_it_happened() -> None:
    text = ("Mexico sent 116 Venezuelans from the caravan back to Caracas on Monday on a "
            "chartered flight from Villahermosa, according to the Venezuelan government.")
    assert [(e.place, e.country) for e in extract(text) if e.type == "deport"] == [
        ("Villahermosa", "MX")]


@pytest.mark.parametrize(("text", "kind", "place"), [
    pytest.param("Guatemalan officials returned 312 members of the caravan to Honduras through "
                 "Corinto on Saturday.", "deport", "Corinto", id="returned-through"),
])
def test_route_and_position_prepositions(text: str, kind: str, place: str) -> None:
    assert [e.place for e in extract(text) if e.type == kind] == [place]


def test_left_place_of_an_after_clause_is_not_the_scene() -> None:
    """"... four days after their caravan set out from San Pedro Sula": the group is no
    longer there; the aid told next happens where it arrived."""
    text = ("Roughly 1,800 migrants of the caravan reached Guatemala City on Thursday, four days "
            "after they set out from San Pedro Sula. Volunteers served them soup.")
    assert [e.place for e in extract(text) if e.type == "aid"] == ["Guatemala City"]


def test_press_release_boilerplate_is_not_news() -> None:
    text = ("The caravan reached Huixtla on Monday. About Caminos Relief: the network was "
            "founded in 2019 and gives food and shelter to migrants on the road.")
    assert [e.type for e in extract(text)] == ["arrive"]


@pytest.mark.parametrize(("text", "kind", "place"), [
    pytest.param("The caravan reached Ciudad Juárez on Sunday. On Monday, immigration agents "
                 "offered its members bus rides to shelters in Chihuahua.", "offer",
                 "Ciudad Juárez", id="rides-to-a-destination"),
    pytest.param("Volunteers handed out food to the migrants of the caravan in Arriaga on "
                 "Monday.", "aid", "Arriaga", id="food-to-the-people-in"),
])
def test_to_a_destination_or_to_the_people(text: str, kind: str, place: str) -> None:
    assert [e.place for e in extract(text) if e.type == kind] == [place]


def test_an_article_that_never_names_migration_has_no_events_or_figures() -> None:
    """Sport and tech news: "capturing its group", "were left stranded", "police arrested"
    hold no caravan, and their numbers are not migration figures."""
    from test_events import article

    from caravanwatch.extract.pipeline import extract_articles

    text = ("The team is a win away from capturing its group on Tuesday. Travellers were left "
            "stranded at the airport in Denver after 3,000 flights were cancelled, and police "
            "arrested two fans outside the stadium.")
    (extraction,) = extract_articles([article(text, dt.date(2019, 11, 20))])
    assert (extraction.events, extraction.figures) == ((), ())


def test_a_speakers_hometown_is_not_the_scene() -> None:
    text = ("MEXICO CITY (Wire) — About 180 migrants from the caravan arrived in Mexico City on "
            "Sunday. \"We keep going,\" said Marvin Ortez, a bricklayer from La Ceiba who has "
            "been with the caravan since San Pedro Sula. A shelter gave the new arrivals hot "
            "meals.")
    assert [e.place for e in extract(text) if e.type == "aid"] == ["Mexico City"]


def test_the_sentences_one_group_size_goes_to_its_journey() -> None:
    text = ("Organizers of the caravan, which they say numbers about 4,500 people, said the "
            "group would leave Tapachula on Saturday.")
    found = [(e.size, e.size_qualifier) for e in extract(text) if e.type == "depart"]
    assert found == [(4500, "about")]


@pytest.mark.parametrize(("text", "kind", "size"), [
    pytest.param("Mexico's migration institute said it had flown more than 2,300 of the "
                 "caravan's members back to Honduras on Thursday.", "deport", 2300,
                 id="n-of-the-caravans-members"),
    pytest.param("The caravan reached the fence on Monday. Mexican agents detained 39 others on "
                 "their side of the fence.", "detain", 39, id="n-others"),
])
def test_part_of_a_group_is_a_size(text: str, kind: str, size: int) -> None:
    assert [e.size for e in extract(text) if e.type == kind] == [size]
