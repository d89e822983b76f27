"""Dates in news sentences, resolved against the article's publication date.

``find_dates(sentence, published, planned)`` lists every date expression with the date
it names; ``resolve_date(sentence, published, planned, tense)`` gives the date of the
happening the sentence states.  English and Spanish; pure regular expressions compiled
on first use (dateparser is not needed: its ``search_dates`` gives false hits on "We"
and bare numbers, and the relative logic below is the part that matters).

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
import functools
import logging
import re
from dataclasses import dataclass
from typing import Literal

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


_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
_WEEKDAY_NUM = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "un": 1, "una": 1, "dos": 2,
          "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
          "diez": 10}
# Offsets in days from publication for fixed relative words (lower case, spaces single).
_RELATIVE = {
    "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "earlier today": 0, "later today": 0, "last night": -1,
    "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
    "the day before": -1, "the previous day": -1, "a day earlier": -1, "overnight": 0,
    "earlier in the day": 0, "later in the day": 0,
    "ayer": -1, "anteayer": -2, "antier": -2, "antes de ayer": -2, "antes de anoche": -2,
    "hoy": 0, "anoche": -1, "esta mañana": 0, "esta tarde": 0, "esta noche": 0,
    "mañana": 1, "pasado mañana": 2, "el día anterior": -1, "la víspera": -1,
}
_ABBR_WEEKDAY = {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday",
                 "fri": "friday", "sat": "saturday", "sun": "sunday"}
_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year’s eve": (12, 31), "new year's day": (1, 1),
    "new year’s day": (1, 1), "nochebuena": (12, 24), "navidad": (12, 25),
    "nochevieja": (12, 31), "año nuevo": (1, 1),
}
# A yearless date a few days past publication (past) or before it (planned) keeps the
# publication's year: inferred publication dates are often a few days off, and a date a
# year away would be written with its year (AP style).  7 = one news week.
_YEAR_SLACK_DAYS = 7
_PAST_MODS = ("last", "past", "this past", "pasado", "el pasado", "este pasado")
_NEXT_MODS = ("next", "coming", "this coming", "próximo", "proximo", "el próximo",
              "el proximo", "este próximo", "este proximo", "que viene")


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    month = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?"
             r"|July?\.?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?"
             r"|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
    mes = (r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
           r"|octubre|noviembre|diciembre)")
    wd = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    dia = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
    year = r"(?:19|20)\d{2}(?!\d)"
    day = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
    part = r"(?i:\s+(?:morning|afternoon|evening|night))"
    on = r"(?:(?i:on|by|since|until|from|before|after|early|late|the)\s+)?"
    alternatives = [
        rf"(?P<iso>\b{year}-\d{{2}}-\d{{2}}\b)",
        # a span of days: "from 1 to 7 October", "Oct. 1-7", "del 1 al 7 de octubre".
        # More than two days is a period, not a day (vague); "Oct 13-14" gives the first.
        (rf"(?P<span>(?i:from\s+|between\s+|on\s+|del\s+|entre\s+el\s+|el\s+)?(?:(?P<spm1>{month})\s*"
        rf"(?P<sp1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|(?i:to|through|and|until))\s*(?:{month}\s*)?"
        rf"(?P<sp2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?|(?P<sp3>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–"
        rf"|(?i:to|through|and|until|al|y))\s*(?P<sp4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?i:de|of)\s+)?"
        rf"(?P<spm2>{month}|{mes})(?![a-z]))(?:,?\s+(?:(?i:de)\s+)?(?P<spy>{year}))?)"),
        # "Thursday, Jan. 16, 2020", "Oct 13-14", "October 31"
        (rf"(?P<a1>{on}(?:(?P<a1wd>{wd}),?\s+)?(?P<a1m>{month})\s*(?P<a1d>{day})"
        rf"(?:\s*(?:-|–|(?i:and|to|through))\s*\d{{1,2}}(?!\d)(?:st|nd|rd|th)?)?"
        rf"(?:,?\s+(?P<a1y>{year}))?)"),
        # "13 October 2018", "Friday 26th October", "the 12th of October"
        (rf"(?P<a2>{on}(?:(?P<a2wd>{wd}),?\s+)?(?:the\s+)?(?P<a2d>{day})\s+(?:of\s+)?"
        rf"(?P<a2m>{month})(?![a-z])(?:,?\s+(?P<a2y>{year}))?)"),
        # "el domingo 13 de octubre de 2018", "el 13 de octubre"
        (rf"(?P<a3>(?:(?i:el|este|del|al|desde\s+el|hasta\s+el|para\s+el)\s+)?(?:(?P<a3wd>{dia})\s+)?"
        rf"(?P<a3d>\d{{1,2}}|(?i:primero))(?!\d)\s+(?i:de)\s+(?P<a3m>{mes})"
        rf"(?:\s+(?i:de|del)\s+(?P<a3y>{year}))?)"),
        (r"(?P<hol>(?i:on\s+|by\s+|en\s+|el\s+d[ií]a\s+de\s+)?(?:Christmas\s+(?:Eve|Day)"
        r"|(?<=on\s)Christmas|(?<=by\s)Christmas|New\s+Year['’]s\s+(?:Eve|Day)"
        r"|(?i:nochebuena|nochevieja)|(?<=de\s)Navidad|(?<=en\s)Navidad))"),
        # vague: month without day, periods, years
        (rf"(?P<vague>(?:(?i:mid|early|late|end\s+of|the\s+end\s+of|beginning\s+of|start\s+of)"
        rf"[\s-]+{month}(?!\.?\s*\d{{1,2}}(?!\d))(?:,?\s+{year})?"
        rf"|(?i:in|since|until|by|during|through|throughout|this|last|next|of|before|after)\s+"
        rf"{month}(?!\.?\s*\d{{1,2}}(?!\d))(?:,?\s+{year})?"
        rf"|{month}\s+{year}"
        rf"|(?i:(?:a\s+)?(?:mediados|finales|principios|fines|comienzos)\s+de|en|desde|hasta|durante)"
        rf"\s+{mes}(?:\s+(?:de|del)\s+{year})?"
        rf"|(?i:(?:earlier|later)\s+this\s+(?:week|month|year)|(?:this|last|next|past|previous|coming)"
        rf"\s+(?:few\s+)?(?:days|weeks?|weekend|months?|years?|fall|spring|summer|winter)"
        rf"|in\s+recent\s+(?:days|weeks|months|years)|recent\s+(?:days|weeks|months)"
        rf"|in\s+the\s+(?:coming|past|last|next)\s+(?:few\s+)?(?:days|weeks|months|years)"
        rf"|(?:in|since|during|by|until|through|before|after|en|desde|durante|hasta)\s+(?:early\s+|late\s+)?{year}"
        rf"|(?:la|esta|esa)\s+semana(?:\s+pasada|\s+pr[oó]xima|\s+que\s+viene)?"
        rf"|(?:el|este|ese)\s+(?:mes|año|fin\s+de\s+semana)(?:\s+pasado|\s+pr[oó]ximo|\s+que\s+viene)?"
        rf"|(?:en\s+)?(?:los|las)\s+(?:últimos|últimas|próximos|próximas)\s+(?:días|semanas|meses)))\b)"),
        # relative days
        (r"(?P<rel>(?i:\bthe\s+day\s+before\s+yesterday|\bthe\s+day\s+after\s+tomorrow"
        r"|\bthe\s+day\s+before\b(?!\s+(?:Christmas|the|a|his|her|their))|\bthe\s+previous\s+day"
        r"|\ba\s+day\s+earlier|\byesterday|(?<!USA\s)\btoday|\btonight|\bthis\s+(?:morning|afternoon|evening)"
        r"|\b(?:earlier|later)\s+(?:today|in\s+the\s+day)|\blast\s+night|\btomorrow|\bovernight(?!\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
        r"|\bantes\s+de\s+(?:ayer|anoche)|\banteayer|\bantier|\bayer|\bhoy|\banoche"
        r"|\besta\s+(?:mañana|tarde|noche)|\bpasado\s+mañana|\bel\s+día\s+anterior|\bla\s+víspera)"
        r"|(?<!\bla\s)(?<!\bLa\s)(?<!\bde\s)(?<!\bpor\s)(?<!\besta\s)(?<!\bcada\s)(?<!\buna\s)"
        r"(?<!\bsu\s)\b[Mm]añana)\b"),
        (r"(?P<ago>\b(?i:(?P<agon>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
        r"\s+(?P<agou>days?|weeks?)\s+ago|hace\s+(?P<agon2>\d{1,2}|un|una|dos|tres|cuatro|cinco"
        r"|seis|siete|ocho|nueve|diez)\s+(?P<agou2>d[ií]as?|semanas?)"
        r"|(?P<agoh>24|48|72)\s+hours\s+ago)\b)"),
        (r"(?P<inn>\b(?i:in\s+(?P<innn>a|one|two|three|four|five|six|seven|\d{1,2})\s+"
        r"(?P<innu>days?|weeks?)|within\s+(?:24|48|72)\s+hours|dentro\s+de\s+(?P<innn2>\d{1,2}"
        r"|un|una|dos|tres|cuatro|cinco)\s+(?P<innu2>d[ií]as?|semanas?))\b)"),
        # counted from another happening: "four days later", "the next day", "that night"
        (r"(?P<shift>(?i:\b(?P<shn>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine"
        r"|ten|eleven|twelve|fourteen)\s+(?P<shu>days?|nights?|weeks?)\s+"
        r"(?P<shd>later|afterwards?|earlier|on(?=\s*[,.;]|\s*$)|after|before)"
        r"|(?:the\s+)?(?:next|following)\s+(?P<shnext>day|morning|afternoon|evening|night)"
        r"|the\s+(?:day|morning|night|evening)\s+(?P<shda>after|before)(?=\s*[,.;]|\s*$)"
        r"|the\s+previous\s+(?P<shprev>night|evening|morning|afternoon)"
        r"|(?:later\s+)?(?P<shsame>that|the)\s+(?:same|very)\s+(?:day|night|evening|morning|afternoon)"
        r"|later\s+that\s+(?:day|night|evening|morning|afternoon)"
        r"|(?<![Aa]ll\s)(?<![Oo]n\s)\bthat\s+(?:night|evening|afternoon)"
        r"|(?:(?:\d{1,2}|a\s+few|several|two|three|four|an|a)\s+)?hours\s+(?:later|afterwards?)"
        r"|(?P<esn>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+"
        r"(?P<esu>d[ií]as?|noches?|semanas?)\s+(?P<esd>despu[eé]s|m[aá]s\s+tarde|antes)"
        r"|(?:al|el)\s+d[ií]a\s+(?:siguiente|despu[eé]s)(?P<esnext>)"
        r"|a\s+la\s+(?:mañana|tarde|noche)\s+siguiente(?P<esnext2>)"
        r"|(?:ese|esa)\s+(?:mism[oa]\s+)?(?:d[ií]a|noche|tarde)"
        r"|(?:horas|minutos)\s+(?:despu[eé]s|m[aá]s\s+tarde))\b"
        # the same, with no day count: vague
        r"|(?P<shvague>(?i:\bwithin\s+(?:a|one|two|three|four|five|six|\d{1,2}|a\s+few)\s+"
        r"(?:days?|weeks?|months?)|\b(?:a\s+few|several|some|many)\s+(?:days|weeks|months)\s+"
        r"(?:later|afterwards?|earlier|on(?=\s*[,.;]))|\b(?:days|weeks|months)\s+(?:later"
        r"|afterwards?|earlier)|\b(?:unos|varios|pocos|algunos)?\s*(?:d[ií]as|semanas|meses)\s+"
        r"(?:despu[eé]s|m[aá]s\s+tarde)|\ben\s+(?:menos\s+de\s+)?(?:una|dos)\s+semanas?)\b))"),
        # weekdays
        # (abbreviated with a dot in some datelines and local copy: "Wed.", "Tues.")
        (rf"(?P<wd>(?P<wmod>\b(?i:this\s+past|this\s+coming|last|this|next|past|coming|on|early"
        rf"|late|by|until|since|from|before|after|earlier|later|overnight)\s+(?:(?i:on)\s+)?)?"
        rf"(?:(?P<wday>{wd})\b(?:['’]s)?|(?P<wabbr>Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat)\.)"
        rf"(?:{part}\b)?(?P<wweek>\s+(?i:of\s+)?(?i:last|next)\s+week\b)?)"),
        (rf"(?P<eswd>(?:(?P<esmod>(?i:el\s+pasado|el\s+pr[oó]ximo|este\s+pr[oó]ximo|este\s+pasado"
        rf"|desde\s+el|hasta\s+el|para\s+el|el|este|del|al|pasado|pr[oó]ximo))\s+)?"
        rf"(?<!Santo\s)(?P<esday>{dia})(?!s)"
        rf"(?:\s+(?P<espost>(?i:pasado|pr[oó]ximo|que\s+viene)))?)\b"),
        # "on the 15th", "el día 15"
        (r"(?P<ord>(?i:\b(?:on|since|by|until)\s+the\s+(?P<ordd>\d{1,2})(?:st|nd|rd|th)\b"
        r"|\bel\s+d[ií]a\s+(?P<ordd2>\d{1,2})\b(?!\s+de\s)))"),
        (r"(?P<present>(?i:\bright\s+now|\bas\s+of\s+now|\bat\s+present|\bat\s+the\s+moment"
        r"|\bnow\b(?!-)|\bcurrently|\bpresently|\bactualmente|\bahora\b(?!\s+que)"
        r"|\ben\s+(?:este|estos)\s+momentos?))"),
    ]
    return re.compile("|".join(alternatives))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, published: dt.date | None,
               planned: bool, weekday: int | None = None) -> dt.date | None:
    """A month and day, with the year given or inferred from publication.

    A stated weekday picks the year it fits ("Friday 26th October" is a year whose Oct. 26
    is a Friday).  Otherwise the year puts the date on or before publication (past) or
    on or after it (planned), with ``_YEAR_SLACK_DAYS`` of slack either way.
    """
    if year is not None:
        return _safe_date(year, month, day)
    if published is None or _safe_date(2000, month, day) is None:  # 2000: Feb 29 exists
        return None
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(y, month, day)) is not None]
    if weekday is not None:
        fitting = [d for d in candidates if d.weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda d: abs((d - published).days))
    slack = dt.timedelta(days=_YEAR_SLACK_DAYS)
    if planned:
        after = [d for d in candidates if d >= published - slack]
        return min(after) if after else None
    before = [d for d in candidates if d <= published + slack]
    return max(before) if before else None


def _weekday(target: int, modifier: str, published: dt.date | None, planned: bool) -> dt.date | None:
    """Resolve a weekday name by the conventions of the module docstring."""
    if published is None:
        return None
    back = (published.weekday() - target) % 7
    fwd = (target - published.weekday()) % 7
    mod = " ".join(modifier.lower().split())
    if mod in _PAST_MODS:
        return published - dt.timedelta(days=back or 7)
    if mod in _NEXT_MODS:
        return published + dt.timedelta(days=fwd or 7)
    if planned:
        return published + dt.timedelta(days=fwd)
    return published - dt.timedelta(days=back)


def _month_of(name: str) -> int:
    low = name.lower().rstrip(".")
    return _MONTH_NUM[low] if low in _MONTH_NUM else _MONTH_NUM[low[:3]]


def _day(text: str) -> int:
    text = text.lower()
    return 1 if text == "primero" else int(re.sub(r"\D", "", text))


def _shift_of(m: re.Match[str]) -> tuple[int, bool]:
    """Days from the anchor of a ``shift`` match, and whether it is prepositional
    ("two days after leaving X" counts from a happening the sentence names itself)."""
    g = m.group
    if g("shn") or g("esn"):
        n_text = (g("shn") or g("esn")).lower()
        n = int(n_text) if n_text.isdigit() else _SMALL.get(n_text, 0) or {
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


# Relative words that count from the previous happening when the caller knows its date.
_ANCHORED_RELATIVE = {"the day before": -1, "the previous day": -1, "a day earlier": -1,
                      "el día anterior": -1, "la víspera": -1}


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
    for m in _pattern().finditer(sentence):
        date: dt.date | None = None
        kind: DateKind
        shift: int | None = None
        g = m.group
        if g("shift") is not None and g("shvague") is None:
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
        if g("span") is not None:
            first, last = int(g("sp1") or g("sp3")), int(g("sp2") or g("sp4"))
            date = None
            if 0 <= last - first <= 1:
                y = g("spy")
                date = _month_day(_month_of(g("spm1") or g("spm2")), first, int(y) if y else None,
                                  published, planned)
            out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=date,
                                   kind="absolute" if date is not None else "vague"))
            continue
        if g("shvague") is not None:
            out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=None,
                                   kind="vague"))
            continue
        if g("iso"):
            kind, date = "absolute", _safe_date(*map(int, g("iso").split("-")))
        elif g("a1") or g("a2") or g("a3"):
            k = "a1" if g("a1") else "a2" if g("a2") else "a3"
            kind = "absolute"
            y = g(f"{k}y")
            wd_name = g(f"{k}wd")
            date = _month_day(_month_of(g(f"{k}m")), _day(g(f"{k}d")), int(y) if y else None,
                              published, planned,
                              _WEEKDAY_NUM[wd_name.lower()] if wd_name else None)
            if date is None and wd_name and published is not None:
                kind, date = "weekday", _weekday(_WEEKDAY_NUM[wd_name.lower()], "", published, planned)
        elif g("hol"):
            kind = "absolute"
            key = re.sub(r"^(?:on|by|en|el\s+d[ií]a\s+de)\s+", "", g("hol"), flags=re.IGNORECASE).lower()
            key = " ".join(key.split())
            month, day = _HOLIDAYS.get(key, (12, 25))
            date = _month_day(month, day, None, published, planned)
        elif g("vague"):
            kind = "vague"
        elif g("rel"):
            kind = "relative"
            key = " ".join(g("rel").lower().split())
            if published is not None and key in _RELATIVE:
                date = published + dt.timedelta(days=_RELATIVE[key])
            if key in _ANCHORED_RELATIVE:
                shift = _ANCHORED_RELATIVE[key]
                if anchor_date is not None:
                    date = anchor_date + dt.timedelta(days=shift)
        elif g("ago") and g("agoh"):
            kind = "relative"
            if published is not None:
                date = published - dt.timedelta(days=int(g("agoh")) // 24)
        elif g("inn"):
            # "they will leave in two days": forward when planned, else a duration
            n_text = (g("innn") or g("innn2") or "").lower()
            kind = "vague"
            if planned and n_text and published is not None:
                kind = "relative"
                n = int(n_text) if n_text.isdigit() else _SMALL[n_text]
                unit = (g("innu") or g("innu2")).lower()
                date = published + dt.timedelta(days=n * (7 if unit.startswith(("week", "sem")) else 1))
        elif g("ago"):
            kind = "relative"
            n_text = (g("agon") or g("agon2")).lower()
            n = int(n_text) if n_text.isdigit() else _SMALL[n_text]
            unit = (g("agou") or g("agou2")).lower()
            if published is not None:
                date = published - dt.timedelta(days=n * (7 if unit.startswith(("week", "sem")) else 1))
        elif g("wd"):
            kind = "weekday"
            name = g("wday") or _ABBR_WEEKDAY[g("wabbr")[:3].lower()]
            date = _weekday(_WEEKDAY_NUM[name.lower()], g("wmod") or "", published, planned)
            if g("wweek") and published is not None:
                # "Tuesday of last week": that day of the calendar week (Monday first)
                # before publication's; "Monday next week" of the one after.
                monday = published - dt.timedelta(days=published.weekday())
                step = -7 if "last" in g("wweek").lower() else 7
                date = monday + dt.timedelta(days=step + _WEEKDAY_NUM[name.lower()])
        elif g("eswd"):
            kind = "weekday"
            mod = g("espost") or g("esmod") or ""
            date = _weekday(_WEEKDAY_NUM[g("esday").lower()], mod, published, planned)
        elif g("ord"):
            kind = "absolute"
            day = int(g("ordd") or g("ordd2"))
            date = _nth_of_month(day, published, planned)
        else:
            kind = "present"
            date = published
        out.append(DateMention(span=(m.start(), m.end()), text=m.group(0), date=date, kind=kind,
                               shift=shift))
    return out


def _nth_of_month(day: int, published: dt.date | None, planned: bool) -> dt.date | None:
    """"on the 15th": the nearest month that puts the day on the right side of publication."""
    if published is None or not 1 <= day <= 31:
        return None
    y, mo = published.year, published.month
    for _ in range(3):
        d = _safe_date(y, mo, day)
        if d is not None and ((d >= published) if planned else (d <= published)):
            return d
        mo += 1 if planned else -1
        if mo == 0:
            y, mo = y - 1, 12
        elif mo == 13:
            y, mo = y + 1, 1
    return None


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
