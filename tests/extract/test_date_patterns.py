"""Tests for caravanwatch.extract.date_patterns: the keyed scan finds exactly what
``finditer`` of all the alternatives joined by ``|`` finds.

Sentences written for these tests, plus seeded random strings of date words, plus every
line of the development articles (the ``devset`` fixture; skipped without shared/).
"""

from __future__ import annotations

import functools
import random
import re
from pathlib import Path
from typing import Any

import pytest

from caravanwatch.extract.date_patterns import _KEYS, _sources, date_matches


@functools.lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    return re.compile("|".join(_sources()))


def _names() -> list[str]:
    return [source[4:source.index(">")] for source in _sources()]


def _reference(sentence: str) -> list[tuple[str, tuple[int, int], dict[str, Any]]]:
    """The matches of the joined pattern, each named by the alternative that matched."""
    out = []
    for m in _joined().finditer(sentence):
        name = next(n for n in _names() if m.group(n) is not None)
        out.append((name, m.span(), m.groupdict()))
    return out


def _keyed(sentence: str) -> list[tuple[str, tuple[int, int], dict[str, Any]]]:
    return [(name, m.span(), m.groupdict()) for name, m in date_matches(sentence)]


def _same(sentence: str) -> None:
    ref, got = _reference(sentence), _keyed(sentence)
    assert [(n, s) for n, s, _ in got] == [(n, s) for n, s, _ in ref], sentence
    for (_, _, groups), (_, _, ref_groups) in zip(got, ref, strict=True):
        assert groups == {k: ref_groups[k] for k in groups}, sentence


SENTENCES: list[tuple[str, str]] = [
    ("iso", "The report dated 2018-10-19 counted 7,000 people."),
    ("span-en", "The caravan rested from Oct. 21 to 23 in Huixtla."),
    ("span-es", "Los migrantes caminaron del 1 al 7 de noviembre de 2018."),
    ("a1-weekday", "On Thursday, Jan. 16, 2020, about 1,500 people left."),
    ("a2", "The group set out on the 12th of October from the station."),
    ("a3", "El domingo 13 de octubre de 2018 salió la caravana."),
    ("holiday", "They hoped to reach the border by Christmas Day and by New  Year's Eve."),
    ("vague-en", "In mid-October and since late 2018, in recent weeks, earlier this month."),
    ("vague-es", "A mediados de octubre, esta semana y el fin de semana pasado."),
    ("rel-en", "Yesterday and last night, the day before, tomorrow and overnight they waited."),
    ("rel-es", "Ayer, anoche, anteayer y pasado mañana; la Mañana de su mañana."),
    ("ago", "Two weeks ago, hace tres días, 48 hours ago."),
    ("in-days", "They will leave in two days, within 72 hours, dentro de una semana."),
    ("shift", "Four days later, the next morning, that same night, hours afterward."),
    ("shift-es", "Dos días después, al día siguiente, esa misma noche, horas más tarde."),
    ("shift-vague", "Within a few weeks and days later, unos días después."),
    ("weekday", "Last Tuesday night and this coming Friday, Wed. and Tues. of last week."),
    ("weekday-es", "El pasado domingo y el miércoles próximo, el sábado."),
    ("ordinal", "Since the 15th and el día 3 they waited."),
    ("present", "Right now, currently and at the moment; actualmente y ahora."),
    ("overlap", "On Sunday Oct. 14 2018-10-14 at 1-2 October, Monday 3 Oct."),
    ("no-date", "The migrants walked along the highway toward the north."),
    ("dotted-capital", "İN MID-OCTOBER THEY LEFT YESTERDAY."),
    ("dotless-i", "Sınce Monday they walked; thıs week ın recent days."),
    ("long-s", "They left ſince Tueſday, two dayſ later."),
    ("unicode-digits", "The ٢٠١٨-١٠-١٤ report and ١٤ Oct."),
    ("mid-word", "xhours later, unosdías después, 112-13 October, USA today."),
]


@pytest.mark.parametrize("sentence", [s for _, s in SENTENCES], ids=[i for i, _ in SENTENCES])
def test_keyed_scan_equals_joined_pattern(sentence: str) -> None:
    _same(sentence)


def test_every_alternative_has_keys() -> None:
    assert set(_names()) == set(_KEYS)


# (alternative, key word, a phrase that the alternative matches and that holds that key
# word and none of the alternative's other key words): each key word is needed.
KEY_PHRASES: list[tuple[str, str, str]] = [
    *[("a1", k, p) for k, p in (("jan", "Jan. 16"), ("feb", "Feb 3"), ("mar", "March 4"),
                                ("apr", "Apr. 5"), ("may", "May 6"), ("jun", "June 7"),
                                ("jul", "July 8"), ("aug", "Aug. 9"), ("sep", "Sept. 10"),
                                ("oct", "Oct 11"), ("nov", "Nov. 12"), ("dec", "Dec. 13"))],
    *[("a2", k, p) for k, p in (("jan", "16 January"), ("feb", "3 Feb"), ("mar", "4th March"),
                                ("apr", "5 April"), ("may", "6 May"), ("jun", "7 June"),
                                ("jul", "8 July"), ("aug", "9 August"), ("sep", "10 Sept"),
                                ("oct", "11 October"), ("nov", "12 November"),
                                ("dec", "13 Dec."))],
    *[("a3", k, f"el 3 de {k}") for k in _KEYS["a3"][1]],
    ("hol", "christmas", "on Christmas Eve"), ("hol", "year", "New Year's Day"),
    ("hol", "nochebuena", "en Nochebuena"), ("hol", "nochevieja", "en nochevieja"),
    ("hol", "navidad", "en Navidad"),
    *[("vague", k, p) for k, p in (("jan", "in January"), ("feb", "since Feb."),
                                   ("mar", "in March"), ("apr", "in April"), ("may", "in May"),
                                   ("jun", "in June"), ("jul", "until July"),
                                   ("aug", "late August"), ("sep", "in September"),
                                   ("oct", "mid-October"), ("nov", "in November"),
                                   ("dec", "by December"))],
    *[("vague", k, f"en {k}") for k in ("enero", "abril", "agosto", "setiembre", "diciembre")],
    ("vague", "days", "in the coming days"), ("vague", "week", "this week"),
    ("vague", "month", "next month"), ("vague", "year", "last year"),
    ("vague", "fall", "last fall"), ("vague", "spring", "this spring"),
    ("vague", "summer", "next summer"), ("vague", "winter", "this winter"),
    ("vague", "semana", "esta semana"), ("vague", "mes", "el mes pasado"),
    ("vague", "año", "el año pasado"), ("vague", "días", "en los últimos días"),
    ("rel", "day", "yesterday"), ("rel", "night", "tonight"), ("rel", "this", "this morning"),
    ("rel", "tomorrow", "tomorrow"), ("rel", "ayer", "ayer"), ("rel", "antier", "antier"),
    ("rel", "hoy", "hoy"), ("rel", "anoche", "anoche"), ("rel", "esta", "esta tarde"),
    ("rel", "añana", "mañana"), ("rel", "anterior", "el día anterior"),
    ("rel", "víspera", "la víspera"),
    ("ago", "ago", "two days ago"), ("ago", "hace", "hace dos días"),
    ("inn", "day", "in two days"), ("inn", "week", "in two weeks"),
    ("inn", "hour", "within 48 hours"), ("inn", "dentro", "dentro de dos semanas"),
    ("shift", "day", "four days later"), ("shift", "night", "two nights later"),
    ("shift", "week", "a week later"), ("shift", "month", "within two months"),
    ("shift", "morning", "the next morning"), ("shift", "afternoon", "the following afternoon"),
    ("shift", "evening", "the next evening"), ("shift", "hour", "hours later"),
    ("shift", "hora", "horas después"), ("shift", "dia", "dos dias después"),
    ("shift", "día", "dos días después"), ("shift", "noche", "esa noche"),
    ("shift", "tarde", "esa tarde"), ("shift", "semana", "en dos semanas"),
    ("shift", "mes", "meses después"), ("shift", "siguiente", "a la mañana siguiente"),
    ("shift", "minutos", "minutos después"),
    *[("wd", k, p) for k, p in (("mon", "Monday"), ("tue", "Tues."), ("wed", "Wednesday"),
                                ("thu", "Thurs."), ("fri", "Friday"), ("sat", "Sat."),
                                ("sun", "Sunday"))],
    *[("eswd", k, p) for k, p in (("lunes", "el lunes"), ("martes", "el martes"),
                                  ("rcoles", "el miércoles"), ("jueves", "el jueves"),
                                  ("viernes", "el viernes"), ("bado", "el sábado"),
                                  ("domingo", "el domingo"))],
    ("present", "now", "right now"), ("present", "present", "at present"),
    ("present", "moment", "at the moment"), ("present", "currently", "currently"),
    ("present", "actualmente", "actualmente"), ("present", "ahora", "ahora"),
]


@pytest.mark.parametrize(("name", "key", "phrase"), KEY_PHRASES,
                         ids=[f"{n}-{k}-{p}" for n, k, p in KEY_PHRASES])
def test_each_key_word_is_needed(name: str, key: str, phrase: str) -> None:
    keys = _KEYS[name][1]
    assert [k for k in keys if k in phrase.lower()] == [key]
    assert name in [n for n, _, _ in _reference(f"They went {phrase}.")]
    _same(f"They went {phrase}.")


def test_every_key_word_has_a_phrase() -> None:
    witnessed = {(n, k) for n, k, _ in KEY_PHRASES}
    assert {(n, k) for n, (_, words) in _KEYS.items() for k in words} == witnessed


# Words and marks the alternatives are made of, to build random sentences from.
_FRAGMENTS = (
    "on", "the", "last", "next", "this", "past", "coming", "early", "late", "by", "since",
    "Monday", "Tuesday", "Wed.", "Thurs.", "Sunday's", "night", "morning", "Oct.", "October",
    "Dec", "May", "Sept.", "1", "12", "13th", "2018", "2019", "-", "to", "and", "of", "week",
    "weeks", "days", "day", "later", "earlier", "after", "before", "ago", "in", "within",
    "two", "a", "few", "hours", "yesterday", "today", "tonight", "tomorrow", "overnight",
    "now", "currently", "Christmas", "New", "Year's", "Eve", "mid", "recent", "el", "la",
    "de", "del", "pasado", "próximo", "domingo", "miércoles", "octubre", "ayer", "hoy",
    "mañana", "Mañana", "noche", "esta", "esa", "misma", "días", "semana", "después",
    "siguiente", "hace", "dentro", "ahora", "USA", ",", ";", ".", "İ", "ı", "ſ",
)


def test_random_sentences() -> None:
    rng = random.Random(20181019)
    for _ in range(3000):
        words = rng.choices(_FRAGMENTS, k=rng.randint(1, 14))
        if rng.random() < 0.3:
            words = [w.upper() if rng.random() < 0.3 else w for w in words]
        _same(" ".join(words) if rng.random() < 0.8 else "".join(words))


def test_development_articles(devset: Path) -> None:
    for path in sorted((devset / "articles").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            _same(line)
