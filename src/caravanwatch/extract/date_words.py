"""Word lists and calendar arithmetic for :mod:`.dates`.

Month, weekday, number and holiday words of English and Spanish news, the fixed offsets
of "yesterday"/"ayer"-like words, and the functions that turn a month and day, a weekday
or "the 15th" into a date against the article's publication date (the conventions are
in the docstring of :mod:`.dates`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re

logger = logging.getLogger(__name__)

MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
WEEKDAY_NUM = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "un": 1, "una": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}
# Offsets in days from publication for fixed relative words (lower case, spaces single).
RELATIVE_DAYS = {
    "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "earlier today": 0, "later today": 0, "last night": -1,
    "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
    "the day before": -1, "the previous day": -1, "a day earlier": -1, "overnight": 0,
    "earlier in the day": 0, "later in the day": 0,
    "ayer": -1, "anteayer": -2, "antier": -2, "antes de ayer": -2, "antes de anoche": -2,
    "hoy": 0, "anoche": -1, "esta mañana": 0, "esta tarde": 0, "esta noche": 0,
    "mañana": 1, "pasado mañana": 2, "el día anterior": -1, "la víspera": -1,
}
ABBR_WEEKDAY = {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday",
                "fri": "friday", "sat": "saturday", "sun": "sunday"}
HOLIDAYS = {
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
# Relative words that count from the previous happening when the caller knows its date.
ANCHORED_RELATIVE = {"the day before": -1, "the previous day": -1, "a day earlier": -1,
                     "el día anterior": -1, "la víspera": -1}


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist (Feb. 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_day(month: int, day: int, year: int | None, published: dt.date | None,
              planned: bool, weekday: int | None = None) -> dt.date | None:
    """A month and day, with the year given or inferred from publication.

    A stated weekday picks the year it fits ("Friday 26th October" is a year whose Oct. 26
    is a Friday).  Otherwise the year puts the date on or before publication (past) or
    on or after it (planned), with ``_YEAR_SLACK_DAYS`` of slack either way.
    """
    if year is not None:
        return safe_date(year, month, day)
    if published is None or safe_date(2000, month, day) is None:  # 2000: Feb 29 exists
        return None
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := safe_date(y, month, day)) is not None]
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


def weekday_date(target: int, modifier: str, published: dt.date | None,
                 planned: bool) -> dt.date | None:
    """Resolve a weekday name (``target``, Monday 0) and its ``modifier`` ("last", "el
    próximo"...) by the conventions of the docstring of :mod:`.dates`."""
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


def month_number(name: str) -> int:
    """1-12 for an English or Spanish month name or abbreviation ("Sept.", "octubre")."""
    low = name.lower().rstrip(".")
    return MONTH_NUM[low] if low in MONTH_NUM else MONTH_NUM[low[:3]]


_NON_DIGITS = re.compile(r"\D")


def day_number(text: str) -> int:
    """The day of a day expression ("26th", "primero")."""
    text = text.lower()
    return 1 if text == "primero" else int(_NON_DIGITS.sub("", text))


def nth_of_month(day: int, published: dt.date | None, planned: bool) -> dt.date | None:
    """"on the 15th": the nearest month that puts the day on the right side of publication."""
    if published is None or not 1 <= day <= 31:
        return None
    y, mo = published.year, published.month
    for _ in range(3):
        d = safe_date(y, mo, day)
        if d is not None and ((d >= published) if planned else (d <= published)):
            return d
        mo += 1 if planned else -1
        if mo == 0:
            y, mo = y - 1, 12
        elif mo == 13:
            y, mo = y + 1, 1
    return None
