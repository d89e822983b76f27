"""Where an event happened, in wordings written for these tests: the general rules of
news English that place (or do not place) a happening, each in several phrasings.

An expected event matches a found one on the fields it gives.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracting import check_events

pytestmark = pytest.mark.slow

D = dt.date(2023, 10, 30)  # a Monday
Case = tuple[str, str, list[dict[str, Any]]]


def _params(cases: list[Case]) -> Any:
    return pytest.mark.parametrize(("text", "want"), [c[1:] for c in cases],
                                   ids=[c[0] for c in cases])


# --- "the border with X", "an agreement with X": X is the other party, not the scene ----
PARTNER: list[Case] = [
    ("entered-along-border-with",
     ("A group of about 2,000 Hondurans entered Guatemala on Thursday night at several "
      "points along the border with Honduras."),
     [{"type": "cross_border", "country": "GT"}]),
    ("entered-national-territory-border-with",
     ("The Guatemalan army said a caravan of some 1,500 people entered national territory "
      "on Saturday along the border with Honduras."),
     [{"type": "cross_border", "country": "GT"}]),
    ("crossed-near-border-with",
     "Some 500 migrants crossed into Mexico on Sunday near its border with Belize.",
     [{"type": "cross_border", "country": "MX"}]),
    ("offer-under-agreement-with",
     ("Under an agreement with Honduras, Guatemalan officials offered the 800 migrants "
      "free bus rides home in Esquipulas on Friday."),
     [{"type": "offer", "place": "Esquipulas", "country": "GT"}]),
]


@_params(PARTNER)
def test_partner_country_is_not_the_scene(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- "from the direction of X", "toward the city of X": where the group is not ----------
HEADING: list[Case] = [
    ("aid-after-direction-of",
     ("The square in Esquipulas filled on Monday with migrants walking in from the "
      "direction of Chiquimula. Volunteers handed out water and food to the group."),
     [{"type": "aid", "place": "Esquipulas"}]),
    ("block-after-direction-of",
     ("Tension grew in Huixtla, where hundreds of migrants had come from the direction of "
      "Tapachula. Police stopped the group on the highway on Sunday."),
     [{"type": "block", "place": "Huixtla"}]),
    ("aid-after-toward-city-of",
     ("Hundreds of migrants rested in Arriaga on Sunday before walking on toward the city "
      "of Tonalá. Local churches handed out bread and water to the marchers."),
     [{"type": "aid", "place": "Arriaga"}]),
]


@_params(HEADING)
def test_place_headed_for_is_not_the_scene(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- ", where ..." describes the place named last before it, wherever the parser hangs it
WHERE: list[Case] = [
    ("where-after-time-phrase",
     ("The rest of the marchers walked through the fields and reached Arriaga on foot two "
      "days later, where a parish shelter gave them food and blankets."),
     [{"type": "aid", "place": "Arriaga"}]),
    ("where-after-date",
     ("The remaining families of the caravan arrived in Huixtla by bus on Saturday night, "
      "where the Red Cross handed out water and medicine to them."),
     [{"type": "aid", "place": "Huixtla"}]),
    ("where-after-manner",
     ("Most of the caravan reached Esquipulas on foot the next morning, where police "
      "detained 40 of the migrants."),
     [{"type": "detain", "place": "Esquipulas"}]),
]


@_params(WHERE)
def test_where_clause_takes_the_last_place(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- "arrived in X after crossing at Y": the main clause, not the "after" one, is the scene
AFTER: list[Case] = [
    ("after-crossing-at",
     ("About 350 migrants arrived in Danlí on Wednesday after crossing from Nicaragua at "
      "Las Manos the night before. Volunteers handed out hot meals to the group."),
     [{"type": "aid", "place": "Danlí"}]),
    ("after-leaving",
     ("The caravan reached Huixtla on Sunday after leaving Tapachula at dawn. Police "
      "detained 30 of the migrants on Monday."),
     [{"type": "detain", "place": "Huixtla"}]),
    ("after-they-crossed",
     ("Hundreds of migrants reached Esquipulas on Friday after they crossed the border at "
      "Agua Caliente. The Red Cross gave them water and medical care."),
     [{"type": "aid", "place": "Esquipulas"}]),
]


@_params(AFTER)
def test_after_clause_is_not_the_scene(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- where a group means to go is not where the story is --------------------------------
PLANNED: list[Case] = [
    ("planned-arrive-then-aid",
     ("The caravan reached Huixtla on Sunday. Its leaders said they hope to arrive in "
      "Mapastepec by Wednesday. Volunteers handed out food to the marchers."),
     [{"type": "aid", "place": "Huixtla"}]),
    ("planned-cross-then-detain",
     ("The group arrived in Esquipulas on Friday. They intend to cross into Mexico next "
      "week. Police detained 20 of the migrants on Saturday."),
     [{"type": "detain", "place": "Esquipulas", "country": "GT"}]),
    ("planned-depart-then-aid",
     ("About 2,000 migrants reached Arriaga on Monday. Organizers said the caravan would "
      "set out for Juchitán on Thursday. Local churches handed out water to the group."),
     [{"type": "aid", "place": "Arriaga"}]),
]


@_params(PLANNED)
def test_planned_event_is_not_the_scene(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- a round-up: each paragraph's own dateline ("GUATEMALA - ...") sets its country ------
ROUNDUP = ("Migrant groups on the move across the region\n\n"
           "PANAMA - Some 400 migrants who had waited in Necoclí crossed into Panama over "
           "the weekend.\n\n"
           "HONDURAS - Police detained 35 members of another caravan on Monday.\n\n"
           "GUATEMALA - Soldiers stopped a caravan of about 800 people on Sunday.\n\n"
           "MEXICO CITY, Mexico - Officials offered visas to 200 members of the caravan.\n")
ROUNDUP_WANT: list[dict[str, Any]] = [
    {"type": "cross_border", "country": "PA"},
    {"type": "detain", "country": "HN", "size": 35},
    {"type": "block", "country": "GT", "size": 800},
    {"type": "offer", "country": "MX"},
]


@pytest.mark.parametrize("want", ROUNDUP_WANT, ids=[w["type"] for w in ROUNDUP_WANT])
def test_paragraph_datelines_set_the_country(want: dict[str, Any]) -> None:
    check_events(ROUNDUP, D, [want], set())


# --- "reached the town": the town just named; "this city": the dateline's town ----------
TOWN: list[Case] = [
    ("reached-the-town",
     ("About 2,000 migrants left Tapachula at dawn on Monday, heading for Huehuetán. By "
      "late afternoon they had reached the town."),
     [{"type": "arrive", "place": "Huehuetán"}]),
    ("arrived-in-the-city",
     ("The marchers set out from Arriaga on Sunday toward Tonalá. They arrived in the city "
      "after a ten-hour walk."),
     [{"type": "arrive", "place": "Tonalá"}]),
    ("this-border-city-dateline",
     ("Migrants ride buses to Tapachula as crossings at Ciudad Hidalgo grow\n\n"
      "TAPACHULA, Mexico - About 600 migrants arrived in this border city on Tuesday."),
     [{"type": "arrive", "place": "Tapachula"}]),
    ("this-town-dateline-aid",
     ("Caravan heads for Arriaga after long walk from Pijijiapan\n\n"
      "HUIXTLA, Mexico - Churches in this town handed out food to 300 migrants on Sunday."),
     [{"type": "aid", "place": "Huixtla"}]),
]


@_params(TOWN)
def test_the_town_stands_for_a_named_town(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- a common noun spaCy tags as a place ("the plaza") is not a GeoNames alternate name --
COMMON: list[Case] = [
    ("near-the-plaza",
     ("The caravan reached Ciudad Juárez on Sunday. A priest who runs a shelter near the "
      "plaza handed out coffee and blankets to the migrants."),
     [{"type": "aid", "place": "Ciudad Juárez"}]),
    ("at-the-plaza",
     ("About 500 migrants arrived in Tapachula on Monday. Volunteers at the plaza gave "
      "them water and food."),
     [{"type": "aid", "place": "Tapachula"}]),
]


@_params(COMMON)
def test_common_noun_is_not_a_town(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


@pytest.mark.parametrize(("text", "proper"), [
    ("the plaza", False), ("The plaza", False), ("the levee", False), ("Huixtla", True),
    ("the Rio Grande", True), ("The Suchiate", True), ("plaza", False),
], ids=["the-plaza", "The-plaza", "the-levee", "Huixtla", "the-Rio-Grande", "The-Suchiate",
        "bare-plaza"])
def test_proper_names(text: str, proper: bool) -> None:
    from caravanwatch.extract.sentence_places import _proper

    assert _proper(text) is proper


# --- "the operation took place near X": where the happening told before was -------------
TOOK_PLACE: list[Case] = [
    ("operation-took-place-near",
     ("Soldiers intercepted a caravan of about 400 migrants on Sunday on a highway in the "
      "state of Chiapas. The operation took place near Huixtla, officials said."),
     [{"type": "block", "place": "Huixtla"}]),
    ("raid-happened-outside",
     ("Police detained 60 members of the caravan on Tuesday in Guatemala. The raid "
      "happened outside Chiquimula, according to witnesses."),
     [{"type": "detain", "place": "Chiquimula"}]),
    ("clash-occurred-in",
     ("National Guard troops clashed with the marchers on Saturday. The confrontation "
      "occurred in Escuintla, the institute said in a statement."),
     [{"type": "clash", "place": "Escuintla"}]),
    ("detention-after-operation",
     ("Agents stopped a group of about 500 migrants on Sunday in southern Mexico. The "
      "operation took place near Mapastepec. Later, 120 of them were detained."),
     [{"type": "block", "place": "Mapastepec"}, {"type": "detain", "place": "Mapastepec"}]),
]


@_params(TOOK_PLACE)
def test_took_place_locates_the_event_before(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- "were resting in X and said they would leave": a group sets off from where it is ---
RESTING: list[Case] = [
    ("resting-said-would-leave",
     ("On Friday about 300 migrants were resting in Tonalá and said they would leave "
      "for Arriaga on Saturday."),
     [{"type": "depart", "modality": "planned", "place": "Tonalá"}]),
    ("camped-announced-would-set-out",
     ("The marchers camped in Arriaga on Sunday and announced they would set out again "
      "on Tuesday."),
     [{"type": "depart", "modality": "planned", "place": "Arriaga"}]),
    ("waiting-told-would-depart",
     ("Hundreds of migrants were waiting in Tapachula this week and told reporters they "
      "would depart on Friday."),
     [{"type": "depart", "modality": "planned", "place": "Tapachula"}]),
]


@_params(RESTING)
def test_group_sets_off_from_where_it_is(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- before the story places the group anywhere, it sets off from the dateline's town ---
DATELINE_DEPART: list[Case] = [
    ("dateline-then-set-off",
     ("HUIXTLA, Mexico - By dawn on Monday the park was full. About 2,000 migrants had "
      "gathered with their bags, and at sunrise they set off north along the highway."),
     [{"type": "depart", "place": "Huixtla"}]),
    ("dateline-then-began-walking",
     ("ESQUIPULAS, Guatemala - The church bells had barely rung on Tuesday. Hundreds of "
      "Hondurans then began walking north in a long column."),
     [{"type": "depart", "place": "Esquipulas"}]),
    ("dateline-but-placed-elsewhere",
     ("TAPACHULA, Mexico - The caravan reached Huixtla on Sunday after a long day. On "
      "Tuesday the marchers set out again."),
     [{"type": "depart", "place": "Huixtla"}]),
]


@_params(DATELINE_DEPART)
def test_group_sets_off_from_the_dateline(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- a shelter's own letter: "our doors", "here" are the writer's town -------------------
OURS: list[Case] = [
    ("reached-our-doors",
     ("Dear friends, this week has been busy at our shelter in Palenque. On Friday a group "
      "of 200 migrants reached our doors, tired and hungry."),
     [{"type": "arrive", "place": "Palenque"}]),
    ("arrived-here",
     ("The parish of San José in Tenosique has seen many pilgrims this year. A caravan of "
      "150 people arrived here on Saturday night."),
     [{"type": "arrive", "place": "Tenosique"}]),
    ("detained-outside-our-house",
     ("We run a small shelter in Arriaga. On Sunday, police detained 20 migrants outside "
      "our house."),
     [{"type": "detain", "place": "Arriaga"}]),
]


@_params(OURS)
def test_our_doors_are_the_writers_town(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- the country whose government receives asylum requests is where they are made -------
ASYLUM_COUNTRY: list[Case] = [
    ("government-says-received",
     ("The caravan crossed into Mexico from Guatemala on Friday. Mexico's government says "
      "it has received 640 asylum requests from people in the caravan."),
     [{"type": "asylum", "country": "MX"}]),
    ("country-received-applications",
     ("Hundreds of Hondurans crossed into Guatemala on Thursday. Mexico received 300 "
      "asylum applications from members of the caravan on Sunday."),
     [{"type": "asylum", "country": "MX"}]),
]


@_params(ASYLUM_COUNTRY)
def test_asylum_country_is_the_receiver(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- one scene in one sentence: what is done to the group shares the place of the clause
# that names it ("stopped them near X, and by evening 300 had been detained") ------------
SAME_SCENE: list[Case] = [
    ("stopped-then-detained",
     ("Police stopped the caravan near Huixtla on Sunday, and by evening 300 of the "
      "migrants had been detained."),
     [{"type": "block", "place": "Huixtla"}, {"type": "detain", "place": "Huixtla"}]),
    ("halted-then-taken-to-detention",
     ("Agents halted the migrant caravan on the highway outside Tapachula, and hundreds were "
      "taken to the city's detention center."),
     [{"type": "detain", "place": "Tapachula"}]),
    ("left-outskirts-stopped-taken",
     ("On Saturday about 1,500 migrants set out from Huixtla. Before they had left the "
      "town's outskirts, soldiers had stopped them on the road, and by evening hundreds "
      "had been taken to the town's detention center."),
     [{"type": "block", "place": "Huixtla"}, {"type": "detain", "place": "Huixtla"}]),
    ("blocked-checkpoint-arrested",
     ("About 900 Hondurans left San Pedro Sula on Friday. By noon, Honduran police had "
      "stopped them at a checkpoint in the city, and officers arrested 40 of them."),
     [{"type": "detain", "place": "San Pedro Sula"}]),
    ("blocked-then-sent-back",
     ("Guatemalan soldiers blocked the marchers at Vado Hondo on Saturday, and 500 of them "
      "were later sent back to Honduras."),
     [{"type": "deport", "place": "Vado Hondo"}]),
]


@_params(SAME_SCENE)
def test_same_sentence_shares_the_scene(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- "had been posted there since Thursday": the day a state began is not the event's ---
SINCE: list[Case] = [
    ("posted-since-thursday",
     ("The caravan reached the Corinto crossing on Saturday afternoon. There, about 200 "
      "Guatemalan soldiers had been posted at the gate since Thursday to stop them."),
     [{"type": "block", "date": "2023-10-28"}]),
    ("deployed-since-wednesday",
     ("Hundreds of migrants arrived at the El Florido crossing on Saturday. Guatemalan "
      "police had been deployed at the border since Wednesday to block the caravan."),
     [{"type": "block", "date": "2023-10-28"}]),
]


@_params(SINCE)
def test_since_dates_the_state_not_the_event(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- "U.S. authorities expelled ...": a country name modifying the actors ---------------
US_ACTORS: list[Case] = [
    ("us-authorities-expelled",
     ("The caravan reached Matamoros on Friday. Meanwhile, U.S. authorities expelled 57 "
      "members of an earlier group back to Reynosa on Saturday."),
     [{"type": "deport", "country": "US"}]),
    ("us-agents-detained",
     ("The marchers arrived in Ciudad Juárez on Sunday. On Monday, US agents detained 40 "
      "members of the caravan."),
     [{"type": "detain", "country": "US"}]),
]


@_params(US_ACTORS)
def test_country_modifier_of_actors(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())


# --- an event with only the country of the place before does not hide that place --------
KEEP_PLACE: list[Case] = [
    ("asylum-then-turned-back",
     ("On Monday about 70 members of the caravan walked across the bridge into El Paso and "
      "asked U.S. officers for asylum. Others who tried to wade across the river that night "
      "were turned back by soldiers."),
     [{"type": "block", "place": "El Paso"}]),
    ("asylum-then-detained",
     ("The group crossed the border into Eagle Pass on Friday and applied for asylum with "
      "American officials. Later that day, agents detained 30 of the migrants."),
     [{"type": "detain", "place": "Eagle Pass"}]),
]


@_params(KEEP_PLACE)
def test_country_only_event_keeps_the_place(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())
