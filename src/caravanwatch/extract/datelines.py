"""Datelines and live-blog timestamps: where a report is filed from.

:func:`_datelines` finds the article's dateline ("TAPACHULA, Mexico (AP) —") and those
that open later paragraphs of a round-up ("GUATEMALA - ..."), each geocoded by
:func:`_dateline_place`; ``_STAMP`` finds a live blog's entries ("9:40 a.m. —").  Split
from :mod:`.context`, which carries these places to events.
"""

from __future__ import annotations

import datetime as dt
import re

from caravanwatch.extract.sentence_places import country_code
from caravanwatch.records import Place

# A dateline at a line start: "EL CINCHADO, Guatemala -", "TAPACHULA, Mexico (AP) —",
# "SAN SALVADOR/TEGUCIGALPA (Reuters) -": the place the report is filed from.
# A regional paper's dateline also carries the day: "JUCHITÁN, Oaxaca, October 21, 2024.
# —", "PASO CANOAS, Costa Rica (February 20, 2025) —".
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.' ]{2,40})(?:/[A-ZÁÉÍÓÚÑ.' ]{2,40})*"
    r"(?:,\s*([A-Z][a-zé]+(?: [A-Z][a-z]+)?))?"
    r"\s*(?:\([A-Za-z0-9., ]+\)\s*)?[-\u2013\u2014]\s")
# A Spanish-language agency's dateline, kept in translations: "Tapachula (Mexico), 31 dec
# (EFE).-", "Tegucigalpa (Honduras), Oct 16 (EFE) -": the town, then its country in
# brackets.
_AGENCY_LINE = re.compile(
    r"(?m)^[ \t]*([A-ZÁÉÍÓÚÑ][\w.' ]{2,40}?) \(([A-Z][a-zé]+(?: [A-Z][a-z]+)?)\),\s*"
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})\s*"
    r"\((?:EFE|AFP|AP|Reuters|Notimex|ANSA|DPA|Xinhua|Prensa Latina)\)\s*\.?\s*"
    r"[-\u2013\u2014]")
# A live-blog entry's timestamp at a line start: "9:40 a.m. —", "14:05 -", "Update, 3 p.m.:".
_STAMP = re.compile(
    r"(?m)^[ \t]*(?:update[d]?[,:]?\s*)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)?"
    r"(?:\s*[A-Z]{2,4})?\s*[-\u2013\u2014:|]\s", re.IGNORECASE)


def _dateline_place(city: str, country: str | None) -> Place | None:
    """The dateline's place, geocoded ("SAN SALVADOR" -> San Salvador, SV)."""
    from caravanwatch.extract.places import geocode_place

    code = country_code(country) if country else None
    place = geocode_place(city.strip().title(), countries=(code,) if code else ())
    if place is not None and (code is None or place.country == code):
        return place
    if code is None:
        from caravanwatch.extract.places import country_only

        code = country_only(city.strip().title())  # ("NICARAGUA - A group of ...")
    return Place(None, code, kind="country") if code else None


def _datelines(text: str) -> list[tuple[re.Match[str], Place | None]]:
    """The article's dateline (in its first 3,000 characters), then the datelines that
    open later paragraphs of a round-up ("GUATEMALA - At El Ceibo, ..."), with their
    places; a later line that names no known place or country ("WATCH -") is skipped."""
    first = first_dateline(text)
    if first is None:
        return []
    out = [(first, _dateline_place(first.group(1), first.group(2)))]
    for match in _DATELINE.finditer(text, first.end()):
        place = _dateline_place(match.group(1), match.group(2))
        if place is not None:
            out.append((match, place))
    return out


def first_dateline(text: str) -> re.Match[str] | None:
    """The article's own dateline in its first 3,000 characters: the first line that
    names a place ("EL DIARIO DEL ISTMO - English edition", a masthead, is passed over),
    else the first dateline-like line."""
    head = text[:3000]
    lines = sorted([*_DATELINE.finditer(head), *_AGENCY_LINE.finditer(head)],
                   key=lambda m: m.start())
    return next((m for m in lines if _dateline_place(m.group(1), m.group(2)) is not None),
                lines[0] if lines else None)


# A live blog's day heading on a line of its own: "Monday, November 4", "Tuesday, Nov. 5,
# 2024" (the entries under it, with clock times only, are of that day).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
           "dec")
_DAY_HEADING = re.compile(
    r"(?m)^[ \t]*(?:Last updated:?\s*)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?[ \t]*$")


def blog_day(text: str, offset: int, published: dt.date | None) -> dt.date | None:
    """The day of the last day heading of a live blog before ``offset`` ("Monday,
    November 4"), not after ``published``; None when there is none."""
    last = None
    for match in _DAY_HEADING.finditer(text, 0, offset):
        last = match
    if last is None or published is None:
        return None
    month = last.group(1)[:3].lower()
    if month not in _MONTHS:
        return None
    year = int(last.group(3)) if last.group(3) else published.year
    try:
        day = dt.date(year, _MONTHS.index(month) + 1, int(last.group(2)))
    except ValueError:
        return None
    if day > published and not last.group(3):
        day = day.replace(year=year - 1)
    return day if day <= published else None
