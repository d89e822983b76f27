"""Dates in news sentences, resolved against the article's publication date.

``find_dates(sentence, published, planned)`` lists every date expression with the date
it names; ``resolve_date(sentence, published, planned, tense)`` gives the date of the
happening the sentence states.  English and Spanish; pure regular expressions compiled
on first use (dateparser is not needed: its ``search_dates`` gives false hits on "We"
and bare numbers, and the relative logic below is the part that matters).  The patterns
and their scan are in :mod:`.date_patterns`, the word lists and the calendar arithmetic
in :mod:`.date_words`.

Conventions (news style, checked against GUIDELINES.md examples):

- A weekday with no modifier, or with "on", "by", "early", "late", "this", "este",
  "el" ("on Sunday", "By Monday", "Tuesday night", "Sunday's march", "este martes")
  names, for a past happening, the latest such day **on or before** publication: in a
  Sunday article "on Sunday" is that Sunday (wire copy names the day of publication by
  its weekday).  For a planned happening (``planned=True`` or ``tense="future"``) it is
  the first such day **on or after** publication.
- "last Sunday", "this past Sunday", "el pasado domingo", "el domingo pasado" are
  strictly before publication (a Sunday article's "last Sunday" is 7 days earlier).
- "next Tuesday", "this coming Tuesday", "el próximo martes" are strictly after.
- A month and day with no year ("Dec. 28", "el 13 de octubre") takes the year that puts
  it on or before publication (past) or on or after it (planned), with 7 days of slack
  (a date a year away would carry its year): "Dec. 28" in an article of 2019-01-05 is
  2018-12-28, "Oct. 20" in one of 2018-10-18 is 2018-10-20.  A stated weekday picks
  the year it fits ("Friday 26th October").  "Oct 13-14" gives the first day.  "on the 15th" takes
  the month that does the same.
- "yesterday"/"ayer" and "last night"/"anoche" are the day before publication;
  "the day before", "the previous day" are read against publication too (an extractor
  that reads one sentence cannot know another anchor); "today", "tonight", "this
  morning", "hoy", "esta noche" are publication day; "tomorrow"/"mañana" the day after;
  "two days ago"/"hace dos días" count back.
- Counts from another happening ("four days later", "a week later", "the next day",
  "the following morning", "three days earlier", "two days after leaving X", "dos días
  después", "al día siguiente", "that night") carry ``DateMention.shift`` (days) and
  resolve against ``anchor_date`` (the caller's previous dated happening), else against
  an earlier date of the same sentence ("left on Oct. 22 and arrived four days later"),
  else stay undated; "within a week", "days later", "a few days later" are vague.
- "on the night of Oct. 28", "in the early hours of Sunday", "overnight Tuesday",
  "before dawn on Friday", "Wed." give that day; "Tuesday of last week" the previous
  calendar week's; spans of more than two days ("from 1 to 7 October") are vague.
- "now", "currently", "actualmente" are kind ``present`` with the publication date.
- Vague spans ("mid-October", "this week", "in recent weeks", "last month", "earlier
  this year", "in 2018", "en octubre") are kind ``vague`` with date ``None``.
- Without a publication date only expressions that carry their own year resolve.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Literal

from caravanwatch.extract.date_patterns import date_matches
from caravanwatch.extract.date_words import (
    ABBR_WEEKDAY,
    ANCHORED_RELATIVE,
    HOLIDAYS,
    RELATIVE_DAYS,
    SMALL_NUMBERS,
    WEEKDAY_NUM,
    day_number,
    month_day,
    month_number,
    nth_of_month,
    safe_date,
    weekday_date,
)

logger = logging.getLogger(__name__)

DateKind = Literal["absolute", "relative", "weekday", "vague", "present"]
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: its character span, text, resolved date and kind."""

    span: tuple[int, int]
    text: str
    date: dt.date | None
    kind: DateKind
    shift: int | None = None
    """Days from an anchor date for expressions that count from another happening
    ("four days later" 4, "the next day" 1, "the day before" -1, "that night" 0);
    ``None`` for the rest."""


def _shift_of(m: re.Match[str]) -> tuple[int, bool]:
    """Days from the anchor of a ``shift`` match, and whether it is prepositional
    ("two days after leaving X" counts from a happening the sentence names itself)."""
    g = m.group
    if g("shn") or g("esn"):
        n_text = (g("shn") or g("esn")).lower()
        n = int(n_text) if n_text.isdigit() else SMALL_NUMBERS.get(n_text, 0) or {
            "eleven": 11, "twelve": 12, "fourteen": 14}[n_text]
        unit = (g("shu") or g("esu")).lower()
        days = n * (7 if unit.startswith(("week", "sem")) else 1)
        direction = (g("shd") or g("esd")).lower()
        back = direction in ("earlier", "before", "antes")
        return (-days if back else days), direction in ("after", "before", "antes")
    if g("shnext") or g("esnext") is not None or g("esnext2") is not None:
        return 1, False
    if g("shda"):
        return (1 if g("shda").lower() == "after" else -1), False
    if g("shprev"):
        return -1, False
    return 0, False



# The preposition before a holiday ("on Christmas Day", "el día de Navidad").
_HOLIDAY_PREP = re.compile(r"^(?:on|by|en|el\s+d[ií]a\s+de)\s+", re.IGNORECASE)


def _unit_days(unit: str) -> int:
    """Days in a unit word ("weeks", "semanas" 7; "days", "días" 1), lower case."""
    return 7 if unit.startswith(("week", "sem")) else 1


def find_dates(sentence: str, published: dt.date | None, planned: bool = False, *,
               anchor_date: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``sentence``, resolved against ``published``.

    Expressions that count from another happening ("four days later", "the next day",
    "dos días después") carry ``shift`` and resolve against ``anchor_date`` (the date of
    the previous dated happening, which the caller knows from the narrative).  Without
    it, they resolve against an earlier dated expression of the same sentence ("left on
    Oct. 22 and reached Huixtla four days later"); failing that their date is None and
    the caller counts from the narrative ("the same day", shift 0, included so that it
    outranks another clause's date).  Vague counts ("within a week", "days later") are
    kind ``vague``.
    """
    out: list[DateMention] = []
    for name, m in date_matches(sentence):
        date: dt.date | None = None
        kind: DateKind
        shift: int | None = None
        g = m.group
        if name == "shift" and g("shvague") is None:
            kind = "relative"
            shift, prepositional = _shift_of(m)
            if anchor_date is not None:
                date = anchor_date + dt.timedelta(days=shift)
            else:
                before = [o.date for o in out if o.date is not None and o.shift is None]
                if before and not prepositional:
                    date = before[-1] + dt.timedelta(days=shift)
            out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=date,
                                   kind=kind, shift=shift))
            continue
        if name == "span":
            first, last = int(g("sp1") or g("sp3")), int(g("sp2") or g("sp4"))
            date = None
            if 0 <= last - first <= 1:
                y = g("spy")
                date = month_day(month_number(g("spm1") or g("spm2")), first,
                                 int(y) if y else None, published, planned)
            out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=date,
                                   kind="absolute" if date is not None else "vague"))
            continue
        if name == "shift":  # the vague counts: "within a week", "days later"
            out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=None,
                                   kind="vague"))
            continue
        if name == "iso":
            kind, date = "absolute", safe_date(*map(int, g("iso").split("-")))
        elif name in ("a1", "a2", "a3"):
            k = name
            kind = "absolute"
            y = g(f"{k}y")
            wd_name = g(f"{k}wd")
            date = month_day(month_number(g(f"{k}m")), day_number(g(f"{k}d")),
                             int(y) if y else None, published, planned,
                             WEEKDAY_NUM[wd_name.lower()] if wd_name else None)
            if date is None and wd_name and published is not None:
                kind, date = "weekday", weekday_date(WEEKDAY_NUM[wd_name.lower()], "", published,
                                                     planned)
        elif name == "hol":
            kind = "absolute"
            key = _HOLIDAY_PREP.sub("", g("hol")).lower()
            key = " ".join(key.split())
            month, day = HOLIDAYS.get(key, (12, 25))
            date = month_day(month, day, None, published, planned)
        elif name == "vague":
            kind = "vague"
        elif name == "rel":
            kind = "relative"
            key = " ".join(g("rel").lower().split())
            if published is not None and key in RELATIVE_DAYS:
                date = published + dt.timedelta(days=RELATIVE_DAYS[key])
            if key in ANCHORED_RELATIVE:
                shift = ANCHORED_RELATIVE[key]
                if anchor_date is not None:
                    date = anchor_date + dt.timedelta(days=shift)
        elif name == "ago" and g("agoh"):
            kind = "relative"
            if published is not None:
                date = published - dt.timedelta(days=int(g("agoh")) // 24)
        elif name == "inn":
            # "they will leave in two days": forward when planned, else a duration
            n_text = (g("innn") or g("innn2") or "").lower()
            kind = "vague"
            if planned and n_text and published is not None:
                kind = "relative"
                n = int(n_text) if n_text.isdigit() else SMALL_NUMBERS[n_text]
                unit = (g("innu") or g("innu2")).lower()
                date = published + dt.timedelta(days=n * _unit_days(unit))
        elif name == "ago":
            kind = "relative"
            n_text = (g("agon") or g("agon2")).lower()
            n = int(n_text) if n_text.isdigit() else SMALL_NUMBERS[n_text]
            unit = (g("agou") or g("agou2")).lower()
            if published is not None:
                date = published - dt.timedelta(days=n * _unit_days(unit))
        elif name == "wd":
            kind = "weekday"
            day_name = g("wday") or ABBR_WEEKDAY[g("wabbr")[:3].lower()]
            date = weekday_date(WEEKDAY_NUM[day_name.lower()], g("wmod") or "", published,
                                planned)
            if g("wweek") and published is not None:
                # "Tuesday of last week": that day of the calendar week (Monday first)
                # before publication's; "Monday next week" of the one after.
                monday = published - dt.timedelta(days=published.weekday())
                step = -7 if "last" in g("wweek").lower() else 7
                date = monday + dt.timedelta(days=step + WEEKDAY_NUM[day_name.lower()])
        elif name == "eswd":
            kind = "weekday"
            mod = g("espost") or g("esmod") or ""
            date = weekday_date(WEEKDAY_NUM[g("esday").lower()], mod, published, planned)
        elif name == "ord":
            kind = "absolute"
            day = int(g("ordd") or g("ordd2"))
            date = nth_of_month(day, published, planned)
        else:
            kind = "present"
            date = published
        out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=date, kind=kind,
                               shift=shift))
    return out


# Where one clause of a sentence ends and another, with its own time, begins ("left on
# Jan. 2 but broke up within a week", "crossed on Monday; on Tuesday they..."). Chosen
# from the coordinators and subordinators that news sentences use to chain happenings.
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:but|yet|and\s+then|then|before|after|until|while|whereas|although|though"
    r"|pero|y\s+luego|antes\s+de|despu[eé]s\s+de|hasta\s+que|mientras)\s+|\s*;\s+",
    re.IGNORECASE)
# A date that opens the sentence ("On Sunday, ...", "In the early hours of Oct. 28,")
# dates every clause: only prepositions and parts of the day may precede it.
_FRONTED = re.compile(
    r"^[\W_]*(?:(?:on|in|at|by|early|late|the|of|hours|night|morning|evening|afternoon|dawn"
    r"|before|after|overnight|shortly|en|la|el|madrugada|noche|mañana|tarde|del|de|a)\s+)*$",
    re.IGNORECASE)


def _clause_bounds(sentence: str, offset: int) -> tuple[int, int]:
    """The character range of the clause holding ``offset``."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= offset:
            start = m.start()
        elif m.start() >= offset:
            end = m.start()
            break
    return start, end


def resolve_date(sentence: str, published: dt.date | None, planned: bool = False,
                 tense: Tense | None = None, *, anchor: int | None = None,
                 anchor_date: dt.date | None = None) -> dt.date | None:
    """The date of the happening ``sentence`` states, or None.

    ``planned=True`` or ``tense="future"`` resolves weekdays and yearless dates forward.
    With no resolvable date expression, ``tense="present"`` gives ``published``.
    ``anchor`` (a character offset, e.g. the event trigger) picks the date expressions of
    the trigger's own clause, nearest first; when that clause has none (or only a vague
    one: "but broke up within a week") only a date fronted at the start of the sentence
    applies to it, else the result is None.  Without ``anchor`` the first dated
    expression wins.  ``anchor_date`` resolves "four days later", "the next day"... (see
    :func:`find_dates`).
    """
    future = planned or tense == "future"
    mentions = find_dates(sentence, published, future, anchor_date=anchor_date)
    dated = [m for m in mentions if m.date is not None]
    if anchor is not None and mentions:
        lo, hi = _clause_bounds(sentence, anchor)
        own = [m for m in mentions if lo <= m.span[0] < hi]
        if own:
            own_dated = [m for m in own if m.date is not None]
            if not own_dated:
                return None
            own_dated.sort(key=lambda m: min(abs(m.span[0] - anchor), abs(m.span[1] - anchor)))
            return own_dated[0].date
        fronted = [m for m in dated if m.span[1] <= lo and _FRONTED.match(sentence[:m.span[0]])]
        if fronted:
            return fronted[0].date
        if dated and lo > 0:
            return None
        if dated:
            dated.sort(key=lambda m: min(abs(m.span[0] - anchor), abs(m.span[1] - anchor)))
            return dated[0].date
    if dated:
        return dated[0].date
    if tense == "present":
        return published
    return None


def shift_from_anchor(sentence: str, anchor_date: dt.date,
                      published: dt.date | None = None) -> dt.date | None:
    """The date a sentence's "four days later" / "the next day" / "that night" names,
    counted from ``anchor_date`` (the previous dated happening); None when the sentence
    has no such expression or only a vague one ("within a week", "days later")."""
    for m in find_dates(sentence, published, anchor_date=anchor_date):
        if m.shift is not None:
            return m.date
        if m.kind == "vague":
            return None
    return None
