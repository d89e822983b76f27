"""Happenings are linked into caravans; users merge and split them."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from link_scenarios import d, report

from caravanwatch.link.caravans import (
    Caravan,
    Corrections,
    Merge,
    Split,
    apply_corrections,
    link_caravans,
)
from caravanwatch.link.happenings import Happening, Report, group_reports


def link(reports: list[Report]) -> tuple[list[Caravan], dict[str, Happening]]:
    happenings = group_reports(reports)
    return link_caravans(happenings), {h.id: h for h in happenings}


def places_of(caravan: Caravan, by_id: dict[str, Happening]) -> list[str | None]:
    return [by_id[h].place for h in caravan.happening_ids]


def honduran_caravan(size: int = 3000) -> list[Report]:
    """A caravan from San Pedro Sula on 13 October, two outlets per day."""
    steps = [(13, "depart", "San Pedro Sula"), (15, "arrive", "Esquipulas"),
             (17, "arrive", "Guatemala City"), (19, "arrive", "Ciudad Tecún Umán"),
             (21, "arrive", "Tapachula"), (22, "arrive", "Huixtla"),
             (24, "arrive", "Mapastepec"), (26, "arrive", "Arriaga")]
    return [
        report(outlet, f"{outlet}-{day}", type_, d(day), place, size=size, origin=("HN",))
        for day, type_, place in steps for outlet in ("AP", "EFE")
    ]


def test_one_caravan_walking_the_corridor() -> None:
    caravans, by_id = link(honduran_caravan())
    (c,) = caravans
    assert c.name == "from San Pedro Sula, 13 Oct 2018"
    assert (c.origin_place, c.origin_country) == ("San Pedro Sula", "HN")
    assert (c.start_date, c.end_date) == (d(13), d(26))
    assert c.nationalities == ("HN",)
    assert places_of(c, by_id)[-1] == "Arriaga"
    assert c.id.startswith("c-")


def test_caravan_bussed_700_km_in_a_day_stays_one_caravan() -> None:
    reports = [
        report("AP", "a1", "arrive", d(14, 11), "Hermosillo", size=3000),
        report("AP", "a2", "arrive", d(15, 11), "Tijuana", size=2500),
    ]
    caravans, _ = link(reports)
    assert len(caravans) == 1


@pytest.mark.parametrize(
    ("second", "days", "n"),
    [
        pytest.param("Mexicali", 1, 2, id="tapachula-mexicali-next-day"),
        pytest.param("Mexico City", 1, 2, id="tapachula-cdmx-next-day"),
        pytest.param("Mexico City", 2, 1, id="tapachula-cdmx-in-two-days"),
    ],
)
def test_impossible_jump_starts_a_new_caravan(second: str, days: int, n: int) -> None:
    reports = [
        report("AP", "a1", "arrive", d(21), "Tapachula", size=3000),
        report("AP", "a2", "arrive", d(21 + days), second, size=3000),
    ]
    caravans, _ = link(reports)
    assert len(caravans) == n


@pytest.mark.parametrize(
    ("type_", "place", "n"),
    [
        pytest.param("arrive", "Tapachula", 2, id="backwards-new-caravan"),
        pytest.param("arrive", "Ciudad Tecún Umán", 2, id="back-to-the-border"),
        pytest.param("depart", "Tapachula", 2, id="departure-behind-new-caravan"),
        pytest.param("block", "Tapachula", 2, id="blocked-behind-new-caravan"),
        pytest.param("deport", "Tapachula", 1, id="deported-members-stay"),
        pytest.param("deport", "San Pedro Sula", 1, id="deported-home"),
        pytest.param("asylum", "Tapachula", 1, id="members-stayed-to-claim-asylum"),
        pytest.param("detain", "Huixtla", 1, id="detained-at-a-checkpoint-passed"),
        pytest.param("aid", "Tapachula", 1, id="stragglers-aided-behind"),
        pytest.param("arrive", "Pijijiapan", 1, id="forwards"),
    ],
)
def test_backward_movement_starts_a_new_caravan_unless_members_or_deport(
    type_: str, place: str, n: int
) -> None:
    reports = [
        report("AP", "a1", "arrive", d(24), "Mapastepec", size=3000),
        report("AP", "a2", type_, d(26), place, size=3000 if type_ == "arrive" else 200),
    ]
    caravans, _ = link(reports)
    assert len(caravans) == n


def test_small_step_back_within_tolerance_is_the_same_caravan() -> None:
    reports = [
        report("AP", "a1", "arrive", d(22), "Huixtla", size=5000),
        report("EFE", "a2", "arrive", d(23), "Tapachula", size=5000),  # 33 km back
    ]
    caravans, _ = link(reports)
    assert len(caravans) == 1


def test_two_caravans_a_week_apart_on_the_same_road_are_told_apart() -> None:
    first = honduran_caravan()
    second = [
        report(outlet, f"{outlet}-2-{day}", type_, d(day), place, size=1500, origin=("HN",))
        for day, type_, place in [
            (20, "depart", "San Pedro Sula"), (22, "arrive", "Esquipulas"),
            (24, "arrive", "Guatemala City"), (26, "arrive", "Ciudad Tecún Umán"),
            (28, "arrive", "Tapachula"),
        ]
        for outlet in ("Reuters", "AFP")
    ]
    caravans, by_id = link(first + second)
    assert len(caravans) == 2
    a, b = caravans  # sorted by start date
    assert a.name == "from San Pedro Sula, 13 Oct 2018"
    assert b.name == "from San Pedro Sula, 20 Oct 2018"
    assert places_of(a, by_id)[-1] == "Arriaga" and len(a.happening_ids) == 8
    assert places_of(b, by_id)[-1] == "Tapachula" and len(b.happening_ids) == 5
    outlets_b = {r.outlet for h in b.happening_ids for r in by_id[h].reports}
    assert outlets_b == {"Reuters", "AFP"}


def two_caravans_in_tapachula(evidence: str, origin: tuple[str, ...] = ()) -> list[Report]:
    """A Honduran (2,000) and a Salvadoran (1,500) caravan both in Tapachula on
    3 November; then a report from Huixtla the next day with ``evidence``."""
    return [
        report("AP", "h1", "depart", d(29), "Ciudad Tecún Umán", size=2000, origin=("HN",)),
        report("AP", "h2", "arrive", d(3, 11), "Tapachula", size=2000, origin=("HN",),
               evidence="The Honduran caravan rested in Tapachula."),
        report("EFE", "s1", "depart", d(31), "San Salvador", size=1500, origin=("SV",)),
        report("EFE", "s2", "arrive", d(2, 11), "Ciudad Hidalgo", size=1500, origin=("SV",)),
        report("EFE", "s3", "arrive", d(3, 11), "Tapachula", size=1500, origin=("SV",),
               evidence="The Salvadoran group reached Tapachula."),
        report("BBC", "x1", "arrive", d(4, 11), "Huixtla", size=1700, origin=origin,
               evidence=evidence),
    ]


@pytest.mark.parametrize(
    ("evidence", "origin", "expected"),
    [
        pytest.param("The Salvadoran group walked to Huixtla.", (), "San Salvador",
                     id="named-by-nationality"),
        pytest.param("The second caravan walked to Huixtla.", (), "San Salvador",
                     id="named-by-ordinal"),
        pytest.param("The first caravan walked to Huixtla.", (), "Ciudad Tecún Umán",
                     id="named-first"),
        pytest.param("La caravana de salvadoreños llegó a Huixtla.", (), "San Salvador",
                     id="named-in-spanish"),
        pytest.param("Migrants walked to Huixtla.", ("SV",), "San Salvador",
                     id="by-origin"),
    ],
)
def test_explicit_naming_picks_the_caravan(
    evidence: str, origin: tuple[str, ...], expected: str
) -> None:
    caravans, by_id = link(two_caravans_in_tapachula(evidence, origin))
    assert len(caravans) == 2
    (owner,) = [c for c in caravans
                if "Huixtla" in places_of(c, by_id)]
    assert owner.origin_place == expected


def test_members_behind_go_to_the_caravan_that_is_there() -> None:
    reports = [
        report("AP", "a1", "arrive", d(21), "Tapachula", size=3000),
        report("AP", "a2", "arrive", d(23), "Mapastepec", size=3000),
        report("EFE", "b1", "arrive", d(24), "Tapachula", size=1500,
               evidence="Another caravan reached Tapachula."),
        report("AP", "a3", "aid", d(25), "Tapachula",
               evidence="Volunteers handed out food to migrants in Tapachula."),
    ]
    caravans, by_id = link(reports)
    assert len(caravans) == 2
    (owner,) = [c for c in caravans if any(by_id[h].type == "aid" for h in c.happening_ids)]
    assert places_of(owner, by_id) == ["Tapachula", "Tapachula"]


def remnant(evidence: str, when: dt.date | None = None) -> list[Report]:
    """The Honduran caravan (13-26 October), then 70 people in Tijuana weeks later
    (17 November unless ``when``)."""
    return [*honduran_caravan(),
            report("AP", "t1", "arrive", when or d(17, 11), "Tijuana", size=70,
                   evidence=evidence)]


@pytest.mark.parametrize(
    ("evidence", "n"),
    [
        pytest.param("About 70 members of the October caravan reached Tijuana.", 1,
                     id="month-name"),
        pytest.param("Seventy migrants from the October 2018 caravan reached Tijuana.", 1,
                     id="month-and-year"),
        pytest.param("Setenta integrantes de la caravana de octubre llegaron a Tijuana.", 1,
                     id="spanish-month"),
        pytest.param("About 70 members of the November caravan reached Tijuana.", 2,
                     id="another-month"),
        pytest.param("About 70 members of the October 2019 caravan reached Tijuana.", 2,
                     id="another-year"),
        pytest.param("About 70 migrants reached Tijuana.", 2, id="not-named"),
    ],
)
def test_a_month_name_links_a_remnant_weeks_later(evidence: str, n: int) -> None:
    caravans, by_id = link(remnant(evidence))
    assert len(caravans) == n
    assert places_of(caravans[0], by_id)[0] == "San Pedro Sula"
    assert ("Tijuana" in places_of(caravans[0], by_id)) == (n == 1)


def test_a_month_name_does_not_reach_back_past_four_months() -> None:
    late = d(20, 2, 2019)
    caravans, _ = link(remnant("Members of the October caravan reached Tijuana.", late))
    assert len(caravans) == 2


def test_a_new_caravan_departing_where_another_is_starts_a_new_one() -> None:
    reports = [
        report("AP", "a1", "arrive", d(21), "Tapachula", size=3000),
        report("AP", "a2", "depart", d(22), "Tapachula", size=2000,
               evidence="A new caravan set off from Tapachula on Monday."),
    ]
    caravans, _ = link(reports)
    assert len(caravans) == 2
    assert caravans[1].name == "from Tapachula, 22 Oct 2018"
    assert caravans[0].name == "first seen in Tapachula, 21 Oct 2018"


def test_size_far_below_the_caravan_is_another_group() -> None:
    reports = [
        report("AP", "a1", "arrive", d(21), "Tapachula", size=6000),
        report("AP", "a2", "arrive", d(22), "Huixtla", size=6000),
        report("EFE", "a3", "arrive", d(22), "Huixtla", size=300),
    ]
    caravans, _ = link(reports)
    assert len(caravans) == 2


def test_country_only_happening_joins_the_caravan_that_just_left_for_that_country() -> None:
    reports = honduran_caravan()[:8] + [
        report("BBC", "b1", "cross_border", d(20), None, country="MX"),
    ]
    caravans, by_id = link(reports)
    assert len(caravans) == 1
    assert any(by_id[h].type == "cross_border" for h in caravans[0].happening_ids)


def test_country_only_happening_with_no_caravan_nearby_is_left_out() -> None:
    reports = honduran_caravan()[:4] + [
        report("BBC", "b1", "cross_border", d(1, 12), None, country="US"),
    ]
    caravans, by_id = link(reports)
    assert len(caravans) == 1
    assert all(by_id[h].type != "cross_border" for h in caravans[0].happening_ids)


def test_linking_is_deterministic_whatever_the_input_order() -> None:
    reports = honduran_caravan() + two_caravans_in_tapachula("Migrants reached Huixtla.")
    expected, _ = link(reports)
    for seed in range(3):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert link(shuffled)[0] == expected


def test_duplicate_names_are_numbered() -> None:
    reports = [
        report("AP", "a1", "depart", d(21), "Tapachula", size=3000),
        report("AP", "a2", "depart", d(21), "Tapachula", size=300),
    ]
    caravans, _ = link(reports)
    assert [c.name for c in caravans] == [
        "from Tapachula, 21 Oct 2018", "from Tapachula, 21 Oct 2018 (2)"]


# --- manual corrections -------------------------------------------------------------


def jump_scenario() -> list[Report]:
    """The machine splits this one caravan in two: a day's jump of 3,000 km (a wrong
    date in the articles, say)."""
    return [
        report("AP", "a1", "arrive", d(21), "Tapachula", size=3000),
        report("AP", "a2", "arrive", d(22), "Mexicali", size=3000),
        report("AP", "a3", "arrive", d(23), "Tijuana", size=3000),
    ]


def test_merge_correction() -> None:
    caravans, by_id = link(jump_scenario())
    assert len(caravans) == 2
    tapachula = next(h for h in by_id.values() if h.place == "Tapachula")
    tijuana = next(h for h in by_id.values() if h.place == "Tijuana")
    fixed = apply_corrections(caravans, Corrections((Merge(tijuana.id, tapachula.id),)),
                              by_id.values())
    (c,) = fixed
    assert c.id == caravans[0].id  # the target keeps its id
    assert set(c.happening_ids) == set(by_id)
    assert c.end_date == d(23)


def test_split_correction() -> None:
    caravans, by_id = link(honduran_caravan())
    late = [h.id for h in by_id.values() if h.place in ("Mapastepec", "Arriaga")]
    fixed = apply_corrections(caravans, Corrections((Split(tuple(late)),)), by_id.values())
    assert len(fixed) == 2
    main, split = fixed
    assert set(split.happening_ids) == set(late)
    assert split.name == "first seen in Mapastepec, 24 Oct 2018"
    assert main.end_date == d(22)
    named = apply_corrections(caravans, Corrections((Split(tuple(late), "rear guard"),)),
                              by_id.values())
    assert named[1].name == "rear guard"


def test_corrections_survive_relinking_with_new_articles() -> None:
    reports = jump_scenario() + honduran_caravan()[:4]
    caravans, by_id = link(reports)
    tapachula = next(h for h in by_id.values() if h.place == "Tapachula")
    mexicali = next(h for h in by_id.values() if h.place == "Mexicali")
    esquipulas = next(h for h in by_id.values() if h.place == "Esquipulas")
    corrections = Corrections((Merge(mexicali.id, tapachula.id), Split((esquipulas.id,))))
    before = apply_corrections(caravans, corrections, by_id.values())

    more = reports + [
        report("Reuters", "r1", "arrive", d(22), "Mexicali", size=2800),  # new outlet
        report("Reuters", "r2", "arrive", d(24), "Tijuana", size=2800),  # new happening
        report("Reuters", "r3", "arrive", d(15), "Esquipulas", size=2900),
    ]
    caravans2, by_id2 = link(more)
    assert {mexicali.id, tapachula.id, esquipulas.id} <= set(by_id2)
    after = apply_corrections(caravans2, corrections, by_id2.values())

    def owner(cs: list[Caravan], hid: str) -> str:
        return next(c.id for c in cs if hid in c.happening_ids)

    for cs in (before, after):
        assert owner(cs, mexicali.id) == owner(cs, tapachula.id)
        assert owner(cs, esquipulas.id) != owner(cs, tapachula.id)
        split = next(c for c in cs if esquipulas.id in c.happening_ids)
        assert split.happening_ids == (esquipulas.id,)
    assert owner(before, esquipulas.id) == owner(after, esquipulas.id)
    assert owner(before, tapachula.id) == owner(after, tapachula.id)
    assert len(by_id2[mexicali.id].reports) == 2


def test_corrections_naming_unknown_happenings_are_skipped() -> None:
    caravans, by_id = link(jump_scenario())
    fixed = apply_corrections(
        caravans, Corrections((Merge("h-nope", caravans[0].happening_ids[0]),
                               Split(("h-gone",)))), by_id.values())
    assert fixed == caravans


def test_front_and_rear_reported_the_same_day_stay_one_caravan() -> None:
    """The day after leaving San Pedro Sula, one outlet has the group at Agua Caliente
    and another still at San Pedro Sula, 250 km back: both are the same caravan."""
    reports = [
        report("AP", "a1", "depart", d(15, 1, 2020), "San Pedro Sula", size=600),
        report("EFE", "a2", "cross_border", d(16, 1, 2020), "Agua Caliente", size=600),
        report("AP", "a3", "arrive", d(16, 1, 2020), "Esquipulas", size=500),
        report("BBC", "a4", "arrive", d(16, 1, 2020), "San Pedro Sula", size=400),
    ]
    caravans, _ = link(reports)
    assert len(caravans) == 1


def test_bus_day_and_foreign_nationality_together_start_a_new_caravan() -> None:
    near = [
        report("AP", "a1", "arrive", d(4, 11), "Tapachula", size=1000, origin=("SV",)),
        report("AP", "a2", "arrive", d(4, 11), "Puebla", size=900, origin=("HN",)),
    ]
    assert len(link(near)[0]) == 2
    same_people = [
        report("AP", "a1", "arrive", d(4, 11), "Tapachula", size=1000, origin=("SV",)),
        report("AP", "a2", "arrive", d(5, 11), "Puebla", size=900, origin=("SV",)),
    ]
    assert len(link(same_people)[0]) == 1


def test_caravan_silent_for_weeks_has_dispersed() -> None:
    reports = [
        report("AP", "a1", "arrive", d(1, 11), "Tapachula", size=1000),
        report("AP", "a2", "arrive", d(28, 11), "Huixtla", size=1000),
    ]
    assert len(link(reports)[0]) == 2


def test_caravan_known_by_country_only_is_continued_by_the_first_located_report() -> None:
    reports = [
        report("AP", "a1", "depart", d(28), None, country="SV", size=300, origin=("SV",),
               evidence="Hundreds of Salvadorans set off on Sunday."),
        report("AP", "a2", "cross_border", d(29), "Ciudad Tecún Umán", size=300),
        report("AP", "a3", "arrive", d(30), "Tapachula", size=300),
    ]
    caravans, _ = link(reports)
    (c,) = caravans
    assert c.name == "from El Salvador, 28 Oct 2018"
    assert (c.origin_place, c.origin_country) == (None, "SV")
