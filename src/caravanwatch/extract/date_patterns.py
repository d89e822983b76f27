"""The date expressions of :mod:`.dates` as regular expressions, and a fast scan.

Each kind of expression (``iso``, ``span``, ``a1``... ``present``, the names of their
outer groups) is one alternative, compiled on its own.  :func:`date_matches` gives what
``finditer`` of all of them joined by ``|`` gives (the leftmost match first, the earlier
alternative when two start at the same place), but runs only the alternatives whose key
words (:data:`_KEYS`) occur in the sentence: the joined pattern tried some 200 branches
at every character (about 0.6 ms for a sentence of news, a quarter of the time of the
whole extraction beyond the parse), and most sentences hold no month, weekday, "ago",
"night" or "now".
"""

from __future__ import annotations

import functools
import logging
import re

logger = logging.getLogger(__name__)


def _sources() -> list[str]:
    """The alternatives, in the order that decides between two matches at one place."""
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
    return alternatives


# Key words of each alternative: it can match only where one of them occurs in the
# lower-cased sentence, or where the sentence holds what its pattern needs (``_DIGIT``:
# a digit, ``_YEAR``: a year).  Read off the alternatives above, branch by branch: every
# branch of an alternative contains one of its words ("yesterday" and "today" contain
# "day", "Weds." "wed", "miércoles" "rcoles", "horas" "hora"; the vague "this week",
# "in the coming days" need "week", "days"), so leaving out an alternative whose words
# are all absent cannot change a match (tests/extract/test_date_patterns.py checks it
# against the joined pattern).
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
              "dec")
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "setiembre", "octubre", "noviembre", "diciembre")
_ES_ONLY_MONTHS = ("enero", "abril", "agosto", "setiembre", "diciembre")  # no "feb", "mar"...
_KEYS: dict[str, tuple[re.Pattern[str] | None, tuple[str, ...]]] = {
    "iso": (_DIGIT, ()),
    "span": (_DIGIT, ()),
    "a1": (None, _EN_MONTHS),
    "a2": (None, _EN_MONTHS),
    "a3": (None, _ES_MONTHS),
    "hol": (None, ("christmas", "year", "nochebuena", "nochevieja", "navidad")),
    "vague": (_YEAR, (*_EN_MONTHS, *_ES_ONLY_MONTHS, "days", "week", "month", "year", "fall",
                      "spring", "summer", "winter", "semana", "mes", "año", "días")),
    "rel": (None, ("day", "night", "this", "tomorrow", "ayer", "antier", "hoy", "anoche",
                   "esta", "añana", "anterior", "víspera")),
    "ago": (None, ("ago", "hace")),
    "inn": (None, ("day", "week", "hour", "dentro")),
    "shift": (None, ("day", "night", "week", "month", "morning", "afternoon", "evening",
                     "hour", "hora", "dia", "día", "noche", "tarde", "semana", "mes",
                     "siguiente", "minutos")),
    "wd": (None, ("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    "eswd": (None, ("lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo")),
    "ord": (_DIGIT, ()),
    "present": (None, ("now", "present", "moment", "currently", "actualmente", "ahora")),
}
# Letters that case-insensitive matching takes for a key word's letter but str.lower()
# does not turn into it (dotted capital I, dotless i, long s; found by trying every
# code point against the letters of the key words): a sentence holding one is scanned
# with every alternative.
_CASE_ODD = frozenset("İıſ")


@functools.lru_cache(maxsize=1)
def _alternatives() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None,
                                   tuple[str, ...]], ...]:
    """(name, compiled alternative, key pattern, key words), in order; compiled on first
    use."""
    out = []
    for source in _sources():
        name = source[4:source.index(">")]  # each alternative is one group "(?P<name>..."
        out.append((name, re.compile(source), *_KEYS[name]))
    return tuple(out)


def date_matches(sentence: str) -> list[tuple[str, re.Match[str]]]:
    """(alternative name, match) of every date expression of ``sentence``, left to right,
    as ``finditer`` of the joined alternatives finds them."""
    every = not _CASE_ODD.isdisjoint(sentence)
    low = sentence.lower()
    digit = _DIGIT.search(sentence) is not None
    held = {_DIGIT: digit, _YEAR: digit and _YEAR.search(sentence) is not None, None: False}
    names: list[str] = []
    patterns: list[re.Pattern[str]] = []
    ahead: list[re.Match[str] | None] = []  # each alternative's next match
    for name, pattern, key, words in _alternatives():
        if every or held[key] or any(w in low for w in words):
            m = pattern.search(sentence)
            if m is not None:
                names.append(name)
                patterns.append(pattern)
                ahead.append(m)
    found: list[tuple[str, re.Match[str]]] = []
    pos = 0
    while True:
        best: re.Match[str] | None = None
        best_name = ""
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:  # overlaps the last match: look again
                m = ahead[i] = patterns[i].search(sentence, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best, best_name = m, names[i]
        if best is None:
            return found
        found.append((best_name, best))
        pos = best.end()  # no alternative matches the empty string
