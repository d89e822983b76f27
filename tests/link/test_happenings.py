"""Reports of one happening across articles become one happening."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from link_scenarios import PLACES, d, report

from caravanwatch.link.happenings import Report, group_reports, place_key

OUTLETS = ("Reuters", "AP", "AFP", "EFE", "BBC", "CNN", "El Heraldo", "La Prensa",
           "Prensa Libre", "Proceso")


def ten_outlets_one_departure() -> list[Report]:
    """Ten outlets report the San Pedro Sula departure: sizes 1,000-2,000, two of them
    dated the next day (time zones), one placed at the bus terminal 4 km off."""
    out = []
    for i, outlet in enumerate(OUTLETS):
        out.append(report(
            outlet, f"a{i}", "depart", d(13) if i < 8 else d(14), "San Pedro Sula",
            size=1000 + 100 * i, origin=("HN",) if i % 2 else (),
            offset_km=4.0 if i == 5 else 0.0,
        ))
    return out


def test_ten_outlets_reporting_one_departure_make_one_happening() -> None:
    happenings = group_reports(ten_outlets_one_departure())
    assert len(happenings) == 1
    h = happenings[0]
    assert len(h.reports) == 10
    assert h.outlets == tuple(sorted(OUTLETS))
    assert (h.type, h.date, h.place, h.country) == ("depart", d(13), "San Pedro Sula", "HN")
    assert (h.size_low, h.size_high) == (1000, 1900)
    assert h.origin == ("HN",)
    assert h.locatable
    assert h.id.startswith("h-")


def test_grouping_does_not_depend_on_input_order() -> None:
    reports = ten_outlets_one_departure() + [
        report("AP", "b1", "arrive", d(15), "Esquipulas", size=1500),
        report("EFE", "b2", "arrive", d(15), "Esquipulas", size=2000),
        report("AP", "b1", "cross_border", d(15), "Agua Caliente"),
    ]
    expected = group_reports(reports)
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert group_reports(shuffled) == expected


def test_one_article_mentioning_two_caravans_at_different_places_same_day() -> None:
    reports = [
        report("AP", "a1", "arrive", d(3, 11), "Matías Romero", size=4000, origin=("HN",),
               evidence="The first caravan reached Matías Romero on Saturday."),
        report("AP", "a1", "arrive", d(3, 11), "Tapachula", size=1500, origin=("SV",),
               evidence="A second caravan of Salvadorans arrived in Tapachula."),
        report("EFE", "a2", "arrive", d(3, 11), "Tapachula", size=1200, origin=("SV",)),
    ]
    happenings = group_reports(reports)
    assert len(happenings) == 2
    by_place = {h.place: h for h in happenings}
    assert len(by_place["Tapachula"].reports) == 2
    assert len(by_place["Matías Romero"].reports) == 1


@pytest.mark.parametrize(
    ("second", "n"),
    [
        pytest.param({"date": d(16)}, 1, id="next-day-same-happening"),
        pytest.param({"date": d(17)}, 2, id="two-days-apart"),
        pytest.param({"place": "Chiquimula"}, 2, id="different-town"),
        pytest.param({"offset_km": 20.0}, 1, id="20-km-off"),
        pytest.param({"offset_km": 30.0, "place_override": "Esquipulas shelter"}, 2,
                     id="30-km-off-other-name"),
        pytest.param({"size": 2400}, 1, id="size-2.4x"),
        pytest.param({"size": 4000}, 2, id="size-4x"),
        pytest.param({"origin": ("SV",)}, 2, id="other-nationality"),
        pytest.param({"origin": ("HN", "GT")}, 1, id="overlapping-nationalities"),
        pytest.param({"type_": "depart"}, 2, id="other-type"),
        pytest.param({"modality": "planned"}, 2, id="planned-apart"),
        pytest.param({"evidence": "The second caravan reached Esquipulas."}, 2,
                     id="named-otherwise"),
    ],
)
def test_what_makes_two_reports_the_same_happening(second: dict[str, object], n: int) -> None:
    base = {"type_": "arrive", "date": d(15), "place": "Esquipulas", "size": 1000,
            "origin": ("HN",), "evidence": "The first caravan reached Esquipulas."}
    second = dict(second)
    override = second.pop("place_override", None)
    kw = {**base, **second}
    first = report("AP", "a1", **base)  # type: ignore[arg-type]
    other = report("EFE", "a2", **kw)  # type: ignore[arg-type]
    if override:
        other = Report(dataclasses.replace(other.event, place=override), other.outlet,
                       other.url, other.published)
    assert len(group_reports([first, other])) == n


def test_country_only_report_joins_the_placed_happening() -> None:
    reports = [
        report("AP", "a1", "cross_border", d(15), "Agua Caliente", country="GT"),
        report("EFE", "a2", "cross_border", d(15), None, country="GT"),
    ]
    (h,) = group_reports(reports)
    assert h.place == "Agua Caliente" and len(h.reports) == 2


def test_undated_report_joins_a_happening_of_the_days_before_publication() -> None:
    reports = [
        report("AP", "a1", "arrive", d(21), "Tapachula", size=5000),
        report("EFE", "a2", "arrive", None, "Tapachula", published=d(22)),
        report("BBC", "a3", "arrive", None, "Tapachula", published=d(30)),
    ]
    happenings = group_reports(reports)
    assert len(happenings) == 2
    dated = next(h for h in happenings if h.date)
    assert len(dated.reports) == 2
    undated = next(h for h in happenings if h.date is None)
    assert not undated.locatable


def test_planned_happenings_are_kept_apart_and_make_no_track_points() -> None:
    reports = [
        report("AP", "a1", "depart", d(5, 11), "Mexico City", modality="planned"),
        report("EFE", "a2", "depart", d(5, 11), "Mexico City", modality="planned"),
        report("BBC", "a3", "depart", d(5, 11), "Mexico City"),
    ]
    happenings = group_reports(reports)
    planned = [h for h in happenings if h.modality == "planned"]
    assert len(planned) == 1 and len(planned[0].reports) == 2
    assert not planned[0].locatable


def test_happening_ids_survive_new_reports() -> None:
    before = {h.place: h.id for h in group_reports(ten_outlets_one_departure())}
    more = ten_outlets_one_departure() + [
        report("Univision", "z9", "depart", d(13), "San Pedro Sula", size=1300),
        report("Univision", "z9", "arrive", d(15), "Esquipulas", size=1300),
    ]
    after = {h.place: h.id for h in group_reports(more)}
    assert after["San Pedro Sula"] == before["San Pedro Sula"]
    assert "Esquipulas" in after


def test_colliding_ids_are_made_unique() -> None:
    reports = [
        report("AP", "a1", "arrive", d(4, 11), "Tapachula", size=6000),
        report("EFE", "a2", "arrive", d(4, 11), "Tapachula", size=300),
    ]
    happenings = group_reports(reports)
    assert len(happenings) == 2
    assert len({h.id for h in happenings}) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Ciudad Tecún Umán", "Tecún Umán", id="ciudad-prefix"),
        pytest.param("Juchitán de Zaragoza", "juchitan de zaragoza", id="accents-case"),
        pytest.param("Mexico City", "Mexico  City.", id="spaces-punctuation"),
    ],
)
def test_place_key_folds_variants(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


def test_at_most_1_1_happenings_per_real_happening_on_a_mixed_corpus() -> None:
    """40 real happenings along a 2018-like route, each reported by 2-6 of 10 outlets
    with realistic noise: dates off by one day for a sixth, positions up to 12 km off,
    sizes within 2x, origins sometimes missing, a few country-only reports."""
    rng = random.Random(11)
    route = ["San Pedro Sula", "Agua Caliente", "Esquipulas", "Chiquimula", "Guatemala City",
             "Ciudad Tecún Umán", "Ciudad Hidalgo", "Tapachula", "Huixtla", "Mapastepec",
             "Pijijiapan", "Arriaga", "Juchitán de Zaragoza", "Matías Romero", "Puebla",
             "Mexico City", "Guadalajara", "Escuinapa", "Mexicali", "Tijuana"]
    reports: list[Report] = []
    real = 0
    for i, place in enumerate(route):
        day = d(13) + dt.timedelta(days=2 * i)
        for type_ in ("arrive", "aid") if i else ("depart", "block"):
            real += 1
            size = rng.randint(1000, 7000)
            for outlet in rng.sample(OUTLETS, rng.randint(2, 6)):
                shift = dt.timedelta(days=1 if rng.random() < 1 / 6 else 0)
                place_: str | None = place
                country = None
                if type_ == "arrive" and rng.random() < 0.1:  # "arrived in Mexico"
                    place_, country = None, PLACES[place][0]
                reports.append(report(
                    outlet, f"{outlet}-{day}-{rng.random():.6f}", type_, day + shift, place_,
                    country=country, size=int(size * rng.uniform(0.7, 1.4)),
                    origin=("HN",) if rng.random() < 0.5 else (),
                    offset_km=rng.uniform(0, 12),
                ))
    happenings = group_reports(reports)
    assert len(happenings) / real <= 1.1, f"{len(happenings)} happenings for {real} real ones"
    assert len(happenings) >= real, "distinct happenings were merged"
