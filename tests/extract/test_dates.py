"""Tests for caravanwatch.extract.dates: find_dates and resolve_date.

Sentences written for these tests in wire, local-paper, NGO and partisan styles.
Reference weekdays: 2018-10-18 is a Thursday, 2018-10-14 a Sunday, 2021-11-27 a Saturday,
2019-01-05 a Saturday, 2020-01-16 a Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from caravanwatch.extract.dates import DateMention, find_dates, resolve_date, shift_from_anchor

THU = dt.date(2018, 10, 18)
SUN = dt.date(2018, 10, 14)
SAT = dt.date(2021, 11, 27)
D = dt.date

# (id, sentence, published, planned, tense, expected)
RESOLVE_CASES: list[tuple[str, str, dt.date | None, bool, str | None, dt.date | None]] = [
    # --- weekdays, past ---------------------------------------------------------------
    ("on-sunday", "The group left the capital on Sunday.", THU, False, None, D(2018, 10, 14)),
    ("bare-weekday", "Police stopped the caravan Tuesday near the border.", THU, False, None,
     D(2018, 10, 16)),
    ("last-saturday", "Last Saturday, almost 2,000 people gathered.", THU, False, None,
     D(2018, 10, 13)),
    ("tuesday-night", "The migrants slept in the plaza Tuesday night.", THU, False, None,
     D(2018, 10, 16)),
    ("early-on-friday", "About 1,000 migrants early on Friday began walking.", SAT, False, None,
     D(2021, 11, 26)),
    ("late-monday", "The caravan reached Tapanatepec late Monday.", THU, False, None,
     D(2018, 10, 15)),
    ("by-monday", "By Monday, about 1,000 more migrants joined the caravan.", THU, False, None,
     D(2018, 10, 15)),
    ("this-sunday-past", "The march set off this Sunday from the bus station.", THU, False,
     None, D(2018, 10, 14)),
    ("possessive", "Sunday's march drew thousands.", THU, False, None, D(2018, 10, 14)),
    ("same-weekday-is-today", "The migrants crossed the river on Thursday.", THU, False, None,
     THU),
    ("same-weekday-last", "The group left last Thursday.", THU, False, None, D(2018, 10, 11)),
    ("this-past", "The migrants arrived this past Wednesday.", THU, False, None,
     D(2018, 10, 17)),
    ("sunday-on-sunday", "The caravan left on Sunday, officials said.", SUN, False, None, SUN),
    ("last-sunday-on-sunday", "The caravan left last Sunday.", SUN, False, None, D(2018, 10, 7)),
    ("thursday-morning", "On Thursday morning the group entered Guatemala.", THU, False, None,
     THU),
    ("wednesday-afternoon", "By Wednesday afternoon many had crossed.", THU, False, None,
     D(2018, 10, 17)),
    # --- weekdays, planned -----------------------------------------------------------
    ("planned-tuesday", "About 1,500 people are expected to head north on Tuesday.", SAT, True,
     None, D(2021, 11, 30)),
    ("future-tense-tuesday", "They will leave on Tuesday.", SAT, False, "future",
     D(2021, 11, 30)),
    ("planned-same-day", "The group plans to leave on Saturday evening.", SAT, True, None, SAT),
    ("next-tuesday", "Organizers will meet next Tuesday.", THU, True, None, D(2018, 10, 23)),
    ("next-thursday-same", "A new group will leave next Thursday.", THU, True, None,
     D(2018, 10, 25)),
    ("this-coming", "The caravan leaves this coming Monday.", THU, True, None, D(2018, 10, 22)),
    ("next-past-tense", "He said next Friday the group would leave.", THU, False, None,
     D(2018, 10, 19)),
    # --- relative days ---------------------------------------------------------------
    ("yesterday", "The caravan crossed into Mexico yesterday.", THU, False, None, D(2018, 10, 17)),
    ("today", "The migrants rest today in Tapachula.", THU, False, None, THU),
    ("tonight", "The group will sleep tonight in Huixtla.", THU, True, None, THU),
    ("this-morning", "This morning the caravan left Ciudad Hidalgo.", THU, False, None, THU),
    ("last-night", "Many slept in the open last night.", THU, False, None, D(2018, 10, 17)),
    ("tomorrow", "They plan to leave tomorrow.", THU, True, None, D(2018, 10, 19)),
    ("day-before", "The mayor had warned the day before that the shelter was full.", THU, False,
     None, D(2018, 10, 17)),
    ("earlier-in-the-day", "A group of 600 rested after crossing earlier in the day.", THU,
     False, None, THU),
    ("days-ago", "The caravan left two days ago.", THU, False, None, D(2018, 10, 16)),
    ("week-ago", "Police broke up a march a week ago.", THU, False, None, D(2018, 10, 11)),
    ("digits-days-ago", "They set out 5 days ago.", THU, False, None, D(2018, 10, 13)),
    # --- absolute ---------------------------------------------------------------------
    ("oct-dot", "Another group intends to leave on Oct. 31.", D(2018, 10, 23), True, None,
     D(2018, 10, 31)),
    ("october-31-planned", "Another group was preparing to leave on October 31.",
     D(2018, 10, 29), True, None, D(2018, 10, 31)),
    ("october-31-slack", "Another group leaves on October 31.", D(2018, 10, 29), False, None,
     D(2018, 10, 31)),
    ("dec-28-year-back", "The migrants reached Tijuana on Dec. 28.", D(2019, 1, 5), False, None,
     D(2018, 12, 28)),
    ("jan-3-planned-next-year", "A new caravan is called for Jan. 3.", D(2018, 12, 20), True,
     None, D(2019, 1, 3)),
    ("uk-style", "On 13 October 2018 the march began.", None, False, None, D(2018, 10, 13)),
    ("uk-ordinal", "The group has been travelling since 12th October.", D(2018, 10, 29), False,
     None, D(2018, 10, 12)),
    ("weekday-ordinal-month", "On Friday 26th October the president announced permits.",
     D(2018, 10, 24), False, None, D(2018, 10, 26)),
    ("ap-full", "Migrants walk near Agua Caliente, Guatemala, Thursday, Jan. 16, 2020.",
     D(2020, 1, 16), False, None, D(2020, 1, 16)),
    ("ap-full-no-published", "Migrants rest in Tecun Uman, Guatemala, Friday, Jan. 17, 2020.",
     None, False, None, D(2020, 1, 17)),
    ("range-first-day", "Talks were held Oct 13-14 in Tegucigalpa.", THU, False, None,
     D(2018, 10, 13)),
    ("month-day-year", "The caravan formed on October 12, 2018, in San Pedro Sula.", None, False,
     None, D(2018, 10, 12)),
    ("sept-abbrev", "Officials counted the group on Sept. 5.", THU, False, None, D(2018, 9, 5)),
    ("iso", "Record date 2023-12-24: the group left Tapachula.", None, False, None,
     D(2023, 12, 24)),
    ("christmas-eve", "The caravan left Tapachula on Christmas Eve.", D(2023, 12, 27), False,
     None, D(2023, 12, 24)),
    ("new-years-day", "Another march is planned for New Year's Day.", D(2023, 12, 27), True,
     None, D(2024, 1, 1)),
    ("the-15th", "The group reached the capital on the 15th.", THU, False, None,
     D(2018, 10, 15)),
    ("the-25th-prev-month", "They left on the 25th.", THU, False, None, D(2018, 9, 25)),
    # --- Spanish ----------------------------------------------------------------------
    ("es-el-domingo", "El domingo, la caravana salió de San Pedro Sula.", THU, False, None,
     D(2018, 10, 14)),
    ("es-este-lunes", "Este lunes, los migrantes llegaron a Chiquimula.", THU, False, None,
     D(2018, 10, 15)),
    ("es-este-jueves-same", "Más de 1,000 hondureños cruzaron este jueves la frontera.",
     D(2020, 1, 16), False, None, D(2020, 1, 16)),
    ("es-el-pasado-sabado", "El pasado sábado partió un grupo de Tapachula.", THU, False, None,
     D(2018, 10, 13)),
    ("es-sabado-pasado", "El sábado pasado partió otro grupo.", D(2018, 10, 20), False, None,
     D(2018, 10, 13)),
    ("es-proximo-martes", "La caravana saldrá el próximo martes.", THU, True, None,
     D(2018, 10, 23)),
    ("es-ayer", "Ayer la caravana llegó a Huixtla.", THU, False, None, D(2018, 10, 17)),
    ("es-hoy", "Hoy los migrantes descansan en Tapachula.", THU, False, None, THU),
    ("es-anoche", "Los migrantes pernoctaron anoche en Nueva Ocotepeque.", THU, False, None,
     D(2018, 10, 17)),
    ("es-13-de-octubre", "La caravana salió el 13 de octubre.", THU, False, None,
     D(2018, 10, 13)),
    ("es-con-year", "El 13 de octubre de 2018 salió la primera caravana.", None, False, None,
     D(2018, 10, 13)),
    ("es-manana-tomorrow", "Los migrantes saldrán mañana hacia Oaxaca.", THU, True, None,
     D(2018, 10, 19)),
    ("es-en-la-manana-not-tomorrow", "Este martes, en la mañana, partieron de Esquipulas.",
     D(2018, 10, 16), False, None, D(2018, 10, 16)),
    ("es-hace-dias", "Salieron hace tres días de San Pedro Sula.", THU, False, None,
     D(2018, 10, 15)),
    ("es-miercoles-madrugada", "La caravana salió el miércoles en la madrugada.", THU, False,
     None, D(2018, 10, 17)),
    ("es-esta-manana", "Esta mañana la caravana partió de Tapachula.", THU, False, None, THU),
    # --- present ----------------------------------------------------------------------
    ("present-tense", "The migrants are in southern Mexico.", THU, False, "present", THU),
    ("present-now", "Thousands are now in Tapachula.", THU, False, None, THU),
    ("present-currently", "The caravan is currently resting in Arriaga.", THU, False, None, THU),
    ("present-es", "Actualmente se encuentran en Tapachula más de 5 mil migrantes.", THU, False,
     None, THU),
    ("present-vague-left", "Hondurans who left in mid-October are now in southern Mexico.",
     THU, False, "present", THU),
    # --- None ----------------------------------------------------------------------------
    ("no-date", "The migrants are heading north.", THU, False, None, None),
    ("no-date-past-tense", "The migrants walked north.", THU, False, "past", None),
    ("vague-mid-october", "The group left their country in mid-October.", THU, False, None, None),
    ("vague-this-week", "More migrants are expected this week.", THU, False, None, None),
    ("vague-recent-weeks", "In recent weeks thousands have crossed.", THU, False, None, None),
    ("vague-last-month", "A similar group left last month.", THU, False, None, None),
    ("vague-earlier-this-year", "Earlier this year another caravan formed.", THU, False, None,
     None),
    ("vague-in-2018", "In 2018, a caravan reached Tijuana.", THU, False, None, None),
    ("vague-in-october", "In October, the first group left.", THU, False, None, None),
    ("vague-october-2018", "The caravans of October 2018 drew attention.", THU, False, None,
     None),
    ("vague-es-octubre", "A mediados de octubre salió la caravana.", THU, False, None, None),
    ("vague-es-semana", "La semana pasada salió otro grupo.", THU, False, None, None),
    ("vague-es-en-2018", "En 2018 la caravana llegó a Tijuana.", THU, False, None, None),
    ("weekday-no-published", "The group left on Sunday.", None, False, None, None),
    ("yearless-no-published", "The group left on Oct. 13.", None, False, None, None),
    ("time-not-date", "The migrants left at 3 p.m. from the plaza.", THU, False, None, None),
    ("count-not-date", "About 300 migrants left the plaza.", THU, False, None, None),
    ("age-not-date", "A 23-year-old woman gave birth on the road.", THU, False, None, None),
    ("santo-domingo", "The flight landed in Santo Domingo.", THU, False, None, None),
    ("usa-today", "USA Today reported the figure.", THU, False, None, None),
    ("es-la-manana", "Por la mañana caminaron 20 kilómetros.", THU, False, None, None),
    ("title-42", "Title 42 expired, agents said.", THU, False, None, None),
    ("may-modal", "Officials said more migrants may join.", THU, False, None, None),
    ("march-verb", "Migrants march through Chiapas.", THU, False, None, None),
]


@pytest.mark.parametrize(("sentence", "published", "planned", "tense", "expected"),
                         [c[1:] for c in RESOLVE_CASES], ids=[c[0] for c in RESOLVE_CASES])
def test_resolve_date(sentence: str, published: dt.date | None, planned: bool,
                      tense: str | None, expected: dt.date | None) -> None:
    assert resolve_date(sentence, published, planned, tense) == expected  # type: ignore[arg-type]


# (id, sentence, expected kinds in order)
KIND_CASES = [
    ("weekday", "The group left on Sunday.", ["weekday"]),
    ("relative", "The group left yesterday.", ["relative"]),
    ("absolute", "The group left on Oct. 13.", ["absolute"]),
    ("absolute-with-weekday", "The group left on Saturday, Oct. 13.", ["absolute"]),
    ("vague-and-present", "They left in mid-October and are now in Mexico.", ["vague", "present"]),
    ("vague-period", "In the coming days more will join.", ["vague"]),
    ("es-mix", "El sábado salieron y hoy llegaron.", ["weekday", "relative"]),
    ("two-weekdays", "They left Tuesday and arrived Wednesday night.", ["weekday", "weekday"]),
    ("none-numbers", "About 2,000 migrants walked 58 miles at 3 p.m. in their 20s.", []),
    ("none-now-defunct", "The now-defunct group had 300 members.", []),
    ("year-alone", "The 2018 caravan was the largest.", []),
]


@pytest.mark.parametrize(("sentence", "kinds"), [c[1:] for c in KIND_CASES],
                         ids=[c[0] for c in KIND_CASES])
def test_find_dates_kinds(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_dates(sentence, THU)] == kinds


def test_mention_fields() -> None:
    s = "The group left on Sunday, officials said."
    (m,) = find_dates(s, THU)
    assert isinstance(m, DateMention)
    assert m.text == "on Sunday" and s[m.span[0]:m.span[1]] == m.text
    assert m.date == D(2018, 10, 14)


def test_anchor_picks_nearest() -> None:
    s = "Más de 1,000 hondureños cruzaron este jueves, como parte de la caravana que el miércoles salió."
    published = D(2020, 1, 16)
    assert resolve_date(s, published) == D(2020, 1, 16)
    assert resolve_date(s, published, anchor=s.index("salió")) == D(2020, 1, 15)


def test_planned_flag_moves_weekday_forward() -> None:
    s = "The group leaves on Monday."
    assert resolve_date(s, THU) == D(2018, 10, 15)
    assert resolve_date(s, THU, planned=True) == D(2018, 10, 22)


def test_repeated_calls_agree() -> None:
    """The compiled pattern is reused: the same sentence gives the same answer every time
    (speed is measured by benchmarks/extract_throughput.py, not in a timed test)."""
    s = ("About 1,000 migrants, many carrying children, early on Friday began walking from "
         "Tapachula, a city bordering Guatemala, to Mapastepec, about 100 km away.")
    first = find_dates(s, THU)
    assert [m.date for m in first] == [D(2018, 10, 12)]
    assert all(find_dates(s, THU) == first for _ in range(20))


def test_relative_to_narrative() -> None:
    """'two days later' needs the narrative's date: the caller passes it as anchor_date."""
    s = "Two days later they reached Tecún Umán."
    assert resolve_date(s, THU) is None
    assert resolve_date(s, THU, anchor_date=D(2018, 10, 14)) == D(2018, 10, 16)


@pytest.mark.xfail(strict=True, reason="numeric dates ('16/01/2020', '1/16/2020') are not "
                                         "read: day/month order is ambiguous")
def test_numeric_date() -> None:
    assert resolve_date("Publicado el 16/01/2020.", None) == D(2020, 1, 16)


# --- counted from another happening: "four days later", "the next day" ----------------
ANCHOR = D(2023, 3, 10)  # a Friday
# (id, sentence, expected date counted from ANCHOR, or None for a vague count)
SHIFT_CASES: list[tuple[str, str, dt.date | None]] = [
    ("four-days-later", "They reached the border town four days later.", D(2023, 3, 14)),
    ("a-week-later", "A week later the group was in Oaxaca.", D(2023, 3, 17)),
    ("a-day-later", "A day later police broke up the camp.", D(2023, 3, 11)),
    ("two-weeks-later", "Two weeks later most of them had accepted permits.", D(2023, 3, 24)),
    ("digits-later", "3 days later the marchers entered Chiapas.", D(2023, 3, 13)),
    ("days-after-leaving", "Two days after leaving the shelter, the walkers reached a river.",
     D(2023, 3, 12)),
    ("the-next-day", "The next day they crossed the river on rafts.", D(2023, 3, 11)),
    ("next-day-no-the", "Next day, soldiers blocked the highway.", D(2023, 3, 11)),
    ("following-morning", "The following morning, troops blocked the road north.",
     D(2023, 3, 11)),
    ("following-evening", "The group regrouped the following evening near the plaza.",
     D(2023, 3, 11)),
    ("day-after-clause-end", "Police raided the shelter the day after.", D(2023, 3, 11)),
    ("the-day-before", "The day before, about 200 had been detained.", D(2023, 3, 9)),
    ("previous-night", "Agents had detained dozens the previous night.", D(2023, 3, 9)),
    ("three-days-earlier", "They had set out three days earlier from the capital.",
     D(2023, 3, 7)),
    ("a-week-before", "The offer was made a week before the march.", D(2023, 3, 3)),
    ("later-that-day", "Later that day, officials offered the marchers buses.", ANCHOR),
    ("that-night", "That night the migrants slept in a sports field.", ANCHOR),
    ("same-day", "The same day, a second group left from the bus terminal.", ANCHOR),
    ("hours-later", "Hours later the caravan had split in two.", ANCHOR),
    ("es-dos-dias-despues", "Dos días después, la caravana llegó a Huixtla.", D(2023, 3, 12)),
    ("es-una-semana-despues", "Una semana después el grupo se disolvió.", D(2023, 3, 17)),
    ("es-al-dia-siguiente", "Al día siguiente cruzaron el río Suchiate.", D(2023, 3, 11)),
    ("es-el-dia-siguiente", "El día siguiente, agentes detuvieron a 40 personas.",
     D(2023, 3, 11)),
    ("es-manana-siguiente", "A la mañana siguiente reanudaron la marcha.", D(2023, 3, 11)),
    ("es-tres-dias-antes", "Tres días antes habían salido de San Pedro Sula.", D(2023, 3, 7)),
    ("es-esa-noche", "Esa misma noche la policía desalojó el albergue.", ANCHOR),
    # vague counts: no day
    ("within-a-week", "The group broke up within a week.", None),
    ("days-later", "Days later, most had taken buses home.", None),
    ("a-few-days-later", "A few days later the march resumed.", None),
    ("several-weeks-later", "Several weeks later the caravan reached Mexico City.", None),
    ("es-dias-despues", "Días después, el grupo llegó a la capital.", None),
    ("no-shift", "The caravan reached the border town.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in SHIFT_CASES],
                         ids=[c[0] for c in SHIFT_CASES])
def test_shift_from_anchor(sentence: str, expected: dt.date | None) -> None:
    assert shift_from_anchor(sentence, ANCHOR, THU) == expected
    assert resolve_date(sentence, THU, anchor_date=ANCHOR) == expected or expected is None


@pytest.mark.parametrize(("sentence", "shift"), [
    ("They reached Huixtla four days later.", 4),
    ("The next day they crossed.", 1),
    ("The day before, police had stopped them.", -1),
    ("They had left three days earlier.", -3),
    ("Una semana después llegaron.", 7),
], ids=["later", "next-day", "day-before", "earlier", "es-semana"])
def test_mention_carries_shift(sentence: str, shift: int) -> None:
    (m,) = [m for m in find_dates(sentence, THU) if m.shift is not None]
    assert m.shift == shift and m.kind == "relative"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The caravan set out on Oct. 22 and reached Huixtla four days later.", D(2018, 10, 26)),
    ("Police stopped the group on Monday and released them the next day.", D(2018, 10, 16)),
    ("La caravana salió el 13 de octubre y dos días después cruzó el río.", D(2018, 10, 15)),
], ids=["later", "next-day", "es-despues"])
def test_shift_from_date_in_same_sentence(sentence: str, expected: dt.date) -> None:
    shifted = [m for m in find_dates(sentence, THU) if m.shift is not None]
    assert shifted[-1].date == expected


@pytest.mark.parametrize("sentence", [
    "The group reached Huixtla four days later.",
    "The next day soldiers blocked the road.",
    "Dos días después llegaron a Huixtla.",
], ids=["later", "next-day", "es"])
def test_shift_without_anchor_has_no_date(sentence: str) -> None:
    assert resolve_date(sentence, THU) is None


@pytest.mark.parametrize("sentence", [
    "Later that day, police detained about 40 people.",
    "That night the migrants slept in the square.",
    "Hours later the group split.",
], ids=["later-that-day", "that-night", "hours-later"])
def test_same_day_without_anchor_is_left_to_caller(sentence: str) -> None:
    """Undated here, with its count (0 days) for the caller to take from the narrative."""
    assert [(m.date, m.shift) for m in find_dates(sentence, THU)] == [(None, 0)]


def test_two_days_after_event_named_in_sentence_not_counted_from_sentence_date() -> None:
    s = "On Tuesday the marchers reached Huixtla, two days after leaving Tapachula."
    (m,) = [m for m in find_dates(s, THU) if m.shift is not None]
    assert m.date is None and m.shift == 2


# --- parts of the day and night around a date -----------------------------------------
# THU = 2018-10-18
PART_OF_DAY_CASES = [
    ("night-of-abbrev", "On the night of Oct. 16, troops surrounded a church shelter.",
     D(2018, 10, 16)),
    ("night-of-full", "On the night of October 16 agents raided the camp.", D(2018, 10, 16)),
    ("early-hours-of-date", "In the early hours of Oct. 15, the group left the park.",
     D(2018, 10, 15)),
    ("early-hours-of-weekday", "In the early hours of Sunday, police cleared the shelter.",
     D(2018, 10, 14)),
    ("overnight-weekday", "Agents detained 50 migrants overnight Tuesday.", D(2018, 10, 16)),
    ("overnight-on-weekday", "The caravan crossed the river overnight on Monday.",
     D(2018, 10, 15)),
    ("late-on-thursday", "The marchers reached the city late on Wednesday.", D(2018, 10, 17)),
    ("before-dawn-on", "They set off before dawn on Friday.", D(2018, 10, 12)),
    ("saturday-afternoon", "The group left Saturday afternoon.", D(2018, 10, 13)),
    ("sunday-evening", "They arrived on Sunday evening in the rain.", D(2018, 10, 14)),
    ("morning-of-date", "On the morning of Oct. 12 the caravan gathered.", D(2018, 10, 12)),
    ("evening-of-weekday", "By the evening of Monday most had crossed.", D(2018, 10, 15)),
    ("midnight-on", "Shortly before midnight on Saturday they crossed.", D(2018, 10, 13)),
    ("dawn-weekday", "At dawn Tuesday, hundreds set off again.", D(2018, 10, 16)),
    ("es-madrugada", "En la madrugada del martes la caravana salió.", D(2018, 10, 16)),
    ("es-noche-del", "La noche del 12 de octubre llegaron a la frontera.", D(2018, 10, 12)),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in PART_OF_DAY_CASES],
                         ids=[c[0] for c in PART_OF_DAY_CASES])
def test_part_of_day(sentence: str, expected: dt.date) -> None:
    assert resolve_date(sentence, THU) == expected


# --- a date belongs to its own clause --------------------------------------------------
# (id, sentence, trigger word, expected)
CLAUSE_CASES = [
    ("but-within-a-week", "About 300 left the city on Oct. 2 but broke up within a week.",
     "broke", None),
    ("but-first-clause", "About 300 left the city on Oct. 2 but broke up within a week.",
     "left", D(2018, 10, 2)),
    ("semicolon", "The group crossed on Monday; others were deported later.", "deported", None),
    ("and-then", "The caravan left on Sunday and then stalled at a checkpoint.", "stalled",
     None),
    ("own-clause-date", "They left on Sunday, but police stopped them on Tuesday.", "stopped",
     D(2018, 10, 16)),
    ("fronted-date", "On Sunday, the caravan left Tapachula and then reached Huixtla.",
     "reached", D(2018, 10, 14)),
    ("before-clause", "Police stopped the group on Tuesday before it could reach the border.",
     "reach", None),
    ("es-pero", "Salieron el 13 de octubre, pero se dispersaron en una semana.", "dispersaron",
     None),
    ("single-clause", "The migrants arrived in the city on Wednesday.", "arrived",
     D(2018, 10, 17)),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [c[1:] for c in CLAUSE_CASES],
                         ids=[c[0] for c in CLAUSE_CASES])
def test_date_of_trigger_clause(sentence: str, trigger: str, expected: dt.date | None) -> None:
    assert resolve_date(sentence, THU, anchor=sentence.index(trigger)) == expected


# --- periods that do not fix a day ------------------------------------------------------
PERIOD_CASES = [
    ("span-day-month", "Medics saw patients in the caravan from 1 to 7 October.", None),
    ("span-month-day", "The march covered 80 miles Oct. 2-9, organizers said.", None),
    ("span-between", "Between Oct. 1 and Oct. 7 the group walked through Oaxaca.", None),
    ("span-es", "Del 3 al 9 de octubre la caravana avanzó por Chiapas.", None),
    ("two-day-span-first", "The caravan rested in Huixtla Oct. 15-16.", D(2018, 10, 15)),
    ("two-day-span-from-to", "They camped there from Oct. 12 to 13.", D(2018, 10, 12)),
    ("two-day-span-es", "Descansaron el 12 y 13 de octubre en Huixtla.", D(2018, 10, 12)),
    ("two-day-span-year", "They were held on 12-13 October 2017.", D(2017, 10, 12)),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in PERIOD_CASES],
                         ids=[c[0] for c in PERIOD_CASES])
def test_periods(sentence: str, expected: dt.date | None) -> None:
    assert resolve_date(sentence, THU) == expected


# --- abbreviations, clock times around a weekday, counts forward and back -------------
# THU = 2018-10-18
MORE_FORMS_CASES = [
    ("noon-on", "The marchers crossed around noon on Wednesday.", False, D(2018, 10, 17)),
    ("midday-weekday", "They set off at midday Tuesday from the plaza.", False, D(2018, 10, 16)),
    ("weekday-at-noon", "They crossed Wednesday at noon, police said.", False, D(2018, 10, 17)),
    ("abbr-wed", "On Wed., the group crossed into Mexico.", False, D(2018, 10, 17)),
    ("abbr-tues-evening", "Police stopped them on Tues. evening.", False, D(2018, 10, 16)),
    ("abbr-thurs", "The caravan arrives Thurs. in Tapachula.", True, D(2018, 10, 18)),
    ("newspaper-sun", "The figure was reported by The Sun.", False, None),
    ("in-two-days-planned", "They will leave for the border in two days.", True,
     D(2018, 10, 20)),
    ("in-a-week-planned", "Organizers plan to set off in a week.", True, D(2018, 10, 25)),
    ("in-two-days-duration", "They walked to the border in two days.", False, None),
    ("within-48-hours", "They plan to leave within 48 hours.", True, None),
    ("48-hours-ago", "The group left the shelter 48 hours ago.", False, D(2018, 10, 16)),
    ("es-dentro-de", "Saldrán hacia la frontera dentro de dos días.", True, D(2018, 10, 20)),
]


@pytest.mark.parametrize(("sentence", "planned", "expected"), [c[1:] for c in MORE_FORMS_CASES],
                         ids=[c[0] for c in MORE_FORMS_CASES])
def test_more_forms(sentence: str, planned: bool, expected: dt.date | None) -> None:
    assert resolve_date(sentence, THU, planned) == expected


@pytest.mark.parametrize(("sentence", "planned", "expected"), [
    ("The group left Tuesday of last week.", False, D(2018, 10, 9)),
    ("On Friday last week, police detained 40 migrants.", False, D(2018, 10, 12)),
    ("The march resumes Monday next week.", True, D(2018, 10, 22)),
    ("They left last week.", False, None),
], ids=["of-last-week", "last-week", "next-week", "vague-last-week"])
def test_weekday_of_another_week(sentence: str, planned: bool, expected: dt.date | None) -> None:
    assert resolve_date(sentence, THU, planned) == expected
