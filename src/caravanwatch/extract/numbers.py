"""Numbers in news sentences: parse them, and find them with their qualifier and noun.

``parse_number`` turns one number expression into a float ("7,000", "7.000",
"1.5 million", "three hundred and fifty", "dos mil", "half a million").
``find_quantities`` scans a sentence for every number and labels what it is
(a count, a year, an age, a date, a time, money, a percent, a distance...), with
the qualifier of GUIDELINES.md ("more than", "about", ...) and the counted noun.

Conventions:

- Vague plurals ("hundreds", "thousands", "miles", "decenas") have value ``None``.
- Ranges ("between 4,000 and 5,000", "200-300", "entre 4.000 y 5.000") give the lower
  bound with qualifier ``at_least``, ``is_range=True`` and the upper bound in ``upper``.
- ``value`` is the number as written: "61 percent" has value 61 and unit ``percent``;
  :attr:`Quantity.figure_value` gives the guidelines' 0.61.
- ``span`` covers the qualifier phrase and the number (and the range), not the noun.
- A dot followed by groups of exactly three digits is a thousands separator ("7.000",
  Spanish style); otherwise it is a decimal point ("41.2", "1.5 million").

Pure regular expressions, compiled on first use; no model is loaded.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Literal

from caravanwatch.records import Qualifier

logger = logging.getLogger(__name__)

QuantityKind = Literal[
    "count", "year", "age", "date", "time", "money", "percent", "distance", "ordinal", "other"
]

# --- number words -------------------------------------------------------------------
# Closed word classes of English and Spanish cardinals.  "once" (Spanish 11) is left
# out: in English text it is an adverb far more often than a number.
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_ES_UNITS = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintidós": 22,
    "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500,
    "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
    "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900,
}
_MULTIPLIERS = {"hundred": 100, "dozen": 12}
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "m": 1e6, "mil": 1e3, "millar": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6,
    "billón": 1e12, "billones": 1e12, "mn": 1e6, "bn": 1e9, "k": 1e3,
}
_ARTICLES = {"a": 1, "an": 1, "un": 1, "una": 1}
_WORD_VALUES: dict[str, float] = {**_EN_UNITS, **_ES_UNITS}

# Vague amounts: a quantity with no value.  Longest first so "tens of thousands" wins.
_VAGUE = (
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|several\s+(?:hundred|thousand|dozen)"
    r"|a\s+few\s+(?:hundred|thousand|dozen)|a\s+handful|dozens|hundreds|thousands|millions"
    r"|scores|decenas\s+de\s+miles|cientos\s+de\s+miles|varios\s+(?:cientos|miles)"
    r"|unos\s+cuantos|decenas|centenares|cientos|millares|miles(?=\s+de\b)|millones(?=\s+de\b)"
)
_SCALE_WORDS = r"thousand|million|billion|trillion|millones|millón|millon|millar|mil|billones|billón|mn|bn"
_WORD = "|".join(sorted(
    (re.escape(w) for w in list(_WORD_VALUES) + list(_MULTIPLIERS) + [
        "thousand", "million", "billion", "trillion", "mil", "millón", "millon", "millones",
        "millar"]),
    key=len, reverse=True))
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"      # 7,000  1,234.5
    r"|\d{1,3}(?:\.\d{3})+(?![\d.,]\d)"          # 7.000  (Spanish thousands)
    r"|\d+,\d{1,2}(?!\d)"                         # 41,2 (Spanish decimal comma)
    r"|\d+(?:\.\d+)?"                             # 41.2  2018  5
)
_CURRENCY = r"(?:US\s?\$|USD\s?|\$|€|£|MXN\s?\$?|Q(?=\d)|L(?=\d))"

_QUALIFIERS: tuple[tuple[Qualifier, str], ...] = (
    # Order does not matter: each pattern is anchored at the number, so the phrase
    # next to it wins ("estimated to number at least 3,500" -> at_least).
    ("more_than", (r"more\s+than|well\s+over|over|upwards\s+of|upward\s+of|in\s+excess\s+of"
                  r"|above|exceeding|m[aá]s\s+de|m[aá]s|arriba\s+de|por\s+encima\s+de|superior\s+a")),
    ("at_least", (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"
                 r"|al\s+menos|por\s+lo\s+menos|como\s+m[ií]nimo|at\s+a\s+minimum")),
    # "about" = around, roughly, estimated, some (GUIDELINES.md); Spanish "unos".
    ("about", (r"about|around|roughly|some|approximately|approx\.|an\s+estimated|estimated"
              r"|estimated\s+at|estimated\s+to\s+(?:number|be|total)|est\.|circa|~|an\s+average\s+of"
              r"|in\s+the\s+region\s+of|on\s+the\s+order\s+of|perhaps|maybe|possibly"
              r"|unos|unas|alrededor\s+de"
              r"|aproximadamente|aprox\.|m[aá]s\s+o\s+menos|un\s+estimado\s+de|estimad[oa]s?\s+en")),
    # "almost" = nearly, close to (GUIDELINES.md); "cerca de" is "close to".
    ("almost", (r"almost|nearly|close\s+to|just\s+under|just\s+shy\s+of|just\s+below|casi"
               r"|cerca\s+de|poco\s+menos\s+de|nearing")),
    # an upper bound: "fewer than 200", "no more than 300", "under 500", "menos de 100"
    ("up_to", (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|a\s+maximum\s+of|hasta"
              r"|fewer\s+than|less\s+than|no\s+more\s+than|not\s+more\s+than|under|below"
              r"|at\s+most|menos\s+de|no\s+m[aá]s\s+de")),
)
_POST_QUALIFIERS: tuple[tuple[Qualifier, str], ...] = (
    ("at_least", r"\s+or\s+more\b|\s+o\s+m[aá]s\b"),
    ("more_than", r"\+|-plus\b|\s+plus\b(?!\s+(?:a|an|the|\d))"),
    ("about", r"\s+or\s+so\b|\s+or\s+thereabouts\b|\s+aproximadamente\b"),
)

_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_MESES = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre"
)

# Counted nouns that say what a count is about.  Multiword entries are tried first.
# The unit is the hint figures.py needs (GUIDELINES.md units); police are kept apart
# from troops because police sent at a caravan are never a figure.
_PEOPLE = [
    "migrants", "migrant", "people", "persons", "person", "individuals", "hondurans",
    "salvadorans", "salvadoreans", "guatemalans", "nicaraguans", "venezuelans", "haitians",
    "cubans", "mexicans", "ecuadorians", "colombians", "africans", "asians", "americans",
    "refugees", "marchers", "travelers", "travellers", "members", "participants", "families",
    "children", "kids", "minors", "women", "men", "adults", "teens", "teenagers", "babies",
    "infants", "foreigners", "nationals", "deportees", "returnees", "detainees", "residents",
    "volunteers", "protesters", "demonstrators", "workers", "applicants", "walkers", "pilgrims",
    "migrantes", "personas", "hondureños", "hondureñas", "salvadoreños", "salvadoreñas",
    "guatemaltecos", "guatemaltecas", "nicaragüenses", "venezolanos", "venezolanas",
    "haitianos", "haitianas", "cubanos", "mexicanos", "centroamericanos", "centroamericanas",
    "extranjeros", "extranjeras", "integrantes", "miembros", "niños", "niñas", "menores",
    "mujeres", "hombres", "adultos", "familias", "refugiados", "refugiadas", "caminantes",
    "connacionales", "deportados", "retornados", "solicitantes"
]
_PEOPLE_MULTI = (
    "central americans", "asylum seekers", "asylum-seekers", "caravan members",
    "unaccompanied minors", "solicitantes de asilo", "people on the move",
)
_TROOPS = [
    "troops", "soldiers", "guardsmen", "marines", "personnel", "military", "soldados",
    "militares", "efectivos", "guardias", "elementos"
]
_TROOPS_MULTI = ("national guard", "national guardsmen", "guardia nacional", "active-duty troops")
_POLICE = [
    "police", "policemen", "officers", "agents", "policías", "policias", "agentes", "gendarmes"
]
_POLICE_MULTI = ("police officers", "riot police", "anti-riot police", "border patrol agents")
_OTHER_NOUNS = [
    "buses", "bus", "trucks", "vehicles", "cars", "trailers", "vans", "autobuses", "camiones",
    "vehículos", "vehiculos", "days", "hours", "weeks", "months", "years", "minutes", "días",
    "dias", "horas", "semanas", "meses", "años", "shelters", "beds", "meals", "visas",
    "permits", "cases"
]
# Counts of things that happen to people: figures about them are in unit "people".
_PEOPLE_EVENTS = [
    "applications", "arrests", "apprehensions", "deportations", "crossings", "encounters",
    "detentions", "deaths", "expulsions", "removals", "returns", "solicitudes", "detenciones",
    "deportaciones", "expulsiones", "muertes"
]
NOUN_UNITS: dict[str, str | None] = {
    **{n: "people" for n in _PEOPLE + list(_PEOPLE_MULTI)},
    **{n: "troops" for n in _TROOPS + list(_TROOPS_MULTI)},
    **{n: "police" for n in _POLICE + list(_POLICE_MULTI)},
    **{n: None for n in _OTHER_NOUNS},
    **{n: "people" for n in _PEOPLE_EVENTS},
}
"""Known counted nouns (lower case) and the unit hint they give."""

# Words that end the search for a counted noun.
_STOP = frozenset(
    [
        "of", "de", "del", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but",
        "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "will", "would",
        "could", "be", "been", "being", "as", "than", "the", "a", "an", "this", "these", "those",
        "their", "its", "en", "con", "por", "para", "que", "y", "o", "a", "al", "los", "las", "el",
        "la", "se", "su", "sus", "fue", "fueron", "han", "ha"
    ])
# Words skipped between the number and its noun ("1,000 more migrants").
_SKIP = frozenset(
    [
        "more", "additional", "other", "others", "further", "new", "young", "undocumented",
        "unaccompanied", "irregular", "mostly", "mainly", "largely", "many", "most", "mexican",
        "honduran", "salvadoran", "guatemalan", "haitian", "cuban", "venezuelan", "nicaraguan",
        "central", "american", "migrant", "local", "federal", "state", "municipal", "armed",
        "heavily", "riot", "anti-riot", "border", "immigration", "national", "army", "military",
        "extra", "más", "otros", "otras", "nuevos", "nuevas"
    ])
_RATES = (
    ("per_day", (r"per\s+day|a\s+day(?!\s+(?:earlier|ago|before|later|after|prior|since))|each\s+day|every\s+day|daily|a\s+diario|diari[oa]s|al\s+d[ií]a"
                r"|por\s+d[ií]a|cada\s+d[ií]a")),
    ("per_month", (r"per\s+month|a\s+month(?!\s+(?:earlier|ago|before|later|after|prior|since))|each\s+month|every\s+month|monthly|al\s+mes|por\s+mes"
                  r"|mensuales|cada\s+mes")),
    ("per_year", (r"per\s+year|a\s+year(?!\s+(?:earlier|ago|before|later|after|prior|since))|each\s+year|every\s+year|annually|al\s+a[ñn]o"
                 r"|por\s+a[ñn]o|anuales|cada\s+a[ñn]o")),
)
_CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "dólares": "usd", "dolares": "usd", "usd": "usd",
    "pesos": "mxn", "peso": "mxn", "lempiras": "hnl", "quetzales": "gtq", "euros": "eur",
    "colones": "crc", "bolívares": "ves",
}


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number expression found in a sentence (see the module docstring)."""

    span: tuple[int, int]
    text: str
    value: float | None
    qualifier: Qualifier = "exact"
    noun: str | None = None
    is_range: bool = False
    unit: str | None = None
    kind: QuantityKind = "count"
    upper: float | None = None
    currency: str | None = None

    @property
    def figure_value(self) -> float | None:
        """The value as GUIDELINES.md figures want it (61 percent -> 0.61)."""
        if self.value is None:
            return None
        return self.value / 100 if self.kind == "percent" else self.value


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    quals = "|".join(p for _, p in _QUALIFIERS)
    number = (
        rf"(?P<vague>\b(?:{_VAGUE})\b)"
        rf"|(?P<half>\bhalf\s+an?\s+(?:{_SCALE_WORDS}|dozen)\b)"
        rf"|(?P<words>\b(?:(?:a|an|un|una)\s+(?=(?:hundred|thousand|million|billion|dozen|mil|millón|millon|millar)\b))?"
        rf"(?:{_WORD})\b(?:(?:\s+|-|\s+and\s+|\s+y\s+)(?:{_WORD})\b)*)"
        r"|(?P<clock>(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?!\d))"
        rf"|(?P<digits>(?<![\w.,])(?:{_CURRENCY})?(?:{_DIGITS})(?:\s*(?:{_SCALE_WORDS})\b"
        # "1.2m crossings", "12k migrants": a letter scale before a counted plural noun
        r"|(?<=\d)[mk]\b(?=\s+(?:people|[a-z]+s)\b))?)"
    )
    return {
        "number": re.compile(number, re.IGNORECASE),
        "qualifier": re.compile(rf"(?:\b|(?<=~))(?P<q>{quals})\s*$", re.IGNORECASE),
        "between": re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE),
        "from": re.compile(r"\b(?:from|rose|fell|grew|increased|decreased|dropped)\s+$", re.IGNORECASE),
        "connector": re.compile(r"^\s*(?:-|–|—|to|and|or|y|a|o)\s*(?=[\d$a-zA-Z])", re.IGNORECASE),
        "scale_tail": re.compile(rf"^\s*(?:{_SCALE_WORDS})\b", re.IGNORECASE),
        "other_left": re.compile(
            r"(?:\b(?:covid|title|highway|route|carretera|ruta|interstate|article|art[ií]culo"
            r"|section|secci[oó]n|chapter|prop(?:osition|\.)?|flight|vuelo|gate|kil[oó]metro|km"
            r"|no\.|number|n[uú]mero|n[uú]m\.|pier|room|line|phase|fase|channel|canal|page"
            r"|p[aá]gina|district|distrito|zone|zona|sector|mile\s+marker|exit|tier|level"
            r"|h\.r\.|sb|hb|ab)[\s-]*|(?-i:\b(?:US|I|SR|CA|MX|N|E|S|W|A|B|G|H|M)-)"
            r"|[A-Za-z]-?|\d/|(?<![\w-])\d{1,2}\s+(?:in|of\s+every)\s+)$",
            re.IGNORECASE),
        "other_right": re.compile(r"^(?:/\d|[A-Za-z](?![a-z])|\s+in\s+\d+\b|(?:st|nd|rd|th)?/)"),
        "phone": re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{4}\b"),
        "time_right": re.compile(
            r"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|o['’]clock|horas?\b|hrs?\b|h\b"
            r"|gmt\b|utc\b|local\s+time|hora\s+local|et\b|est\b|edt\b|cst\b|cdt\b|pst\b|pdt\b))",
            re.IGNORECASE),
        "time_left": re.compile(r"\b(?:a\s+las|hacia\s+las|desde\s+las|hasta\s+las|antes\s+de\s+las"
                                r"|despu[eé]s\s+de\s+las|pasadas\s+las|la\s+una)\s*$", re.IGNORECASE),
        "clock": re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{1,2}:\d{2}"),
        "date_left": re.compile(rf"\b(?:{_MONTHS})\.?\s*$"),
        "date_right": re.compile(
            rf"^(?:st|nd|rd|th)?(?:,)?\s+(?:of\s+)?(?:{_MONTHS})(?![a-z])|(?i:^\s+de\s+(?:{_MESES})\b)"
            r"|^[/-]\d{1,2}[/-]\d{2,4}"),
        "iso_date": re.compile(r"^\d{4}-\d{2}-\d{2}"),
        "age_right": re.compile(
            r"^(?:[\s-]*(?:years?|yrs?)[\s-]*old\b|[\s-]*(?:year|month)-old\b|\s+years\s+of\s+age"
            r"|\s+a[ñn]os\s+de\s+edad|\s+a[ñn]os\s*[,)]|\s+a[ñn]os\b(?=.{0,3}$))",
            re.IGNORECASE),
        "age_left": re.compile(r"(?:\baged?|\bages|\bedad\s+de|\bde|\btiene|\bten[ií]a)\s+$", re.IGNORECASE),
        "age_comma": re.compile(r"[A-Z][\w'’-]+,\s$"),
        "anos": re.compile(r"^\s+a[ñn]os\b", re.IGNORECASE),
        "ordinal": re.compile(r"^(?:st|nd|rd|th)\b|^[ºª°o](?![a-z])", re.IGNORECASE),
        "year_left": re.compile(
            r"\b(?:in|since|of|during|by|until|till|from|through|year|fiscal|fy|before|after"
            r"|en|desde|del|de|durante|hasta|año|a[ñn]o|the|early|late|mid|spring|summer|fall"
            r"|autumn|winter|january|february|march|april|may|june|july|august|september"
            r"|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)[\s-]*$",
            re.IGNORECASE),
        "year_right": re.compile(r"^(?:['’]s\b|s\b|-\d{2}\b|/\d{2}\b)"),
        "percent": re.compile(r"^\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|pct\b|percentage\s+points?\b)",
                              re.IGNORECASE),
        "money_right": re.compile(
            r"^\s*(?P<cur>dollars?|d[oó]lares|usd|pesos?|lempiras|quetzales|euros|colones|bol[ií]vares)\b",
            re.IGNORECASE),
        "distance": re.compile(
            r"^[\s-]*(?P<u>miles?|mi\b|kilometers?|kilometres?|km\b|kms\b|kil[oó]metros?|meters?"
            r"|metres?|metros|feet|ft\b|yards)", re.IGNORECASE),
        "compound": re.compile(r"^-(?P<w>strong|member|person|people|man|family|vehicle|bus|day|week"
                               r"|hour|month|year|night|page)\b", re.IGNORECASE),
        "partitive": re.compile(
            r"^\s+(?:of|de)\s+(?:the\s+|those\s+|these\s+|them\b|ellos\b|ellas\b|los\s+|las\s+|estos\s+)?",
            re.IGNORECASE),
        "token": re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]", re.UNICODE),
        "rate": re.compile("|".join(rf"(?P<{u}>\b(?:{p})\b)" for u, p in _RATES), re.IGNORECASE),
        "post": re.compile("|".join(rf"(?P<{q}>^(?:{p}))" for q, p in _POST_QUALIFIERS), re.IGNORECASE),
    }


def _words_value(words: list[str]) -> float | None:
    """Value of a run of number words ("three hundred and fifty", "dos mil")."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("and", "y"):
            continue
        if w in _ARTICLES and not seen:
            current, seen = 1.0, True
            continue
        if w in _WORD_VALUES:
            current += _WORD_VALUES[w]
        elif w in _MULTIPLIERS:
            current = max(current, 1.0) * _MULTIPLIERS[w]
        elif w in _SCALES:
            scale = _SCALES[w]
            if current == 0 and 0 < total < scale:
                total *= scale  # "dos mil millones"
            else:
                total += max(current, 1.0) * scale
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digits_value(text: str) -> float | None:
    s = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", ""))
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    return None


def parse_number(text: str) -> float | None:
    """The value of one number expression, or None for vague or non-numbers.

    >>> parse_number("7,000"), parse_number("1.5 million"), parse_number("dos mil")
    (7000.0, 1500000.0, 2000.0)
    >>> parse_number("thousands") is None
    True
    """
    s = " ".join(text.strip().split())
    if not s:
        return None
    p = _patterns()
    # Drop a leading qualifier ("unos 300", "more than 2,000") and trailing unit words.
    while True:
        m = re.match(rf"^(?:{'|'.join(q for _, q in _QUALIFIERS)})\s+(?=\S)", s, re.IGNORECASE)
        if not m or m.end() == 0:
            break
        s = s[m.end():]
    m = p["number"].search(s)
    if m is None or m.group("vague"):
        return None
    if m.group("half"):
        scale_word = m.group("half").split()[-1].lower()
        return 0.5 * (_SCALES.get(scale_word) or _MULTIPLIERS.get(scale_word, 1))
    if m.group("words"):
        return _words_value(re.split(r"[\s-]+", m.group("words")))
    token = re.sub(rf"^{_CURRENCY}", "", m.group("digits"), flags=re.IGNORECASE).strip()
    if re.match(r"[mk]\b", s[m.end():]) and token[-1:].isdigit():
        token += s[m.end()]  # "1.2m" / "12k" read alone
    scale = 1.0
    sm = re.search(rf"(?:{_SCALE_WORDS}|(?<=\d)[mk])$", token, re.IGNORECASE)
    if sm:
        scale = _SCALES[sm.group(0).lower()]
        token = token[: sm.start()].strip()
        if re.fullmatch(r"\d{1,3}\.\d{3}", token) and scale >= 1e6:
            # "1.500 millones" is 1,500 million; "1.5 million" a decimal.
            pass
    value = _digits_value(token)
    return None if value is None else value * scale


def find_quantities(sentence: str) -> list[Quantity]:
    """Every number expression in ``sentence``, labelled, in text order."""
    p = _patterns()
    raw = _raw_numbers(sentence)
    out: list[Quantity] = []
    i = 0
    while i < len(raw):
        start, end, value, vague = raw[i]
        upper: float | None = None
        is_range = False
        first_end = end
        # Ranges: "between 4,000 and 5,000", "200-300", "200 to 300", "entre 4.000 y 5.000".
        if i + 1 < len(raw) and not vague:
            n_start, n_end, n_value, n_vague = raw[i + 1]
            gap = sentence[end:n_start]
            cm = p["connector"].match(gap + "0")
            if cm and cm.end() == len(gap) and n_value is not None and value is not None \
                    and not n_vague:
                conn = gap.strip().lower()
                left = sentence[max(0, start - 12):start]
                between = bool(p["between"].search(left))
                ok = (conn in ("and", "y") and between) or (
                    conn in ("-", "–", "—", "to", "a", "or", "o")
                    and (between or not p["from"].search(left)))
                nv = n_value
                if ok and nv < value and conn not in ("and", "y"):
                    # "$5.7-8 billion" style tails are rare; a smaller second number
                    # is usually something else ("2018-19", "Oct. 13-4").
                    ok = bool(p["scale_tail"].match(sentence[n_end:])) or False
                first_year = _is_year_like(sentence, start, end, value)
                if first_year and p["year_left"].search(sentence[:start]) and \
                        not _is_year_like(sentence, n_start, n_end, nv):
                    ok = False  # "from 2,000 in 2019 to 9,000 in 2021": a year, then a count
                if ok and not (first_year
                               and (conn == "-" or _is_year_like(sentence, n_start, n_end, nv))):
                    first_end, end, upper, is_range = end, n_end, nv, True
                    i += 1
        out.append(_label(sentence, start, end, value, vague, upper, is_range, first_end))
        i += 1
    return out


def _is_year_like(sentence: str, start: int, end: int, value: float | None) -> bool:
    text = sentence[start:end]
    return value is not None and re.fullmatch(r"\d{4}", text) is not None and 1900 <= value <= 2099


def _raw_numbers(sentence: str) -> list[tuple[int, int, float | None, bool]]:
    """(start, end, value, vague) of every number expression, before labelling."""
    p = _patterns()
    found: list[tuple[int, int, float | None, bool]] = []
    for m in p["number"].finditer(sentence):
        if m.group("vague"):
            found.append((m.start(), m.end(), None, True))
        elif m.group("clock"):
            found.append((m.start(), m.end(), None, False))
        elif m.group("words"):
            found.extend(_split_words(m.group("words"), m.start()))
        else:
            found.append((m.start(), m.end(), parse_number(m.group(0)), False))
    return found


def _split_words(text: str, offset: int) -> list[tuple[int, int, float | None, bool]]:
    """Split a run of number words where "and"/"y" joins two numbers, not one."""
    pieces: list[tuple[int, int, float | None, bool]] = []
    tokens = list(re.finditer(r"[^\s-]+", text))
    groups: list[list[re.Match[str]]] = [[]]
    for k, t in enumerate(tokens):
        w = t.group(0).lower()
        if w in ("and", "y") and groups[-1]:
            prev = groups[-1][-1].group(0).lower()
            nxt = tokens[k + 1].group(0).lower() if k + 1 < len(tokens) else ""
            joins = (w == "and" and prev in ("hundred", "thousand", "million", "billion")
                     and nxt in _EN_UNITS) or (
                w == "y" and _ES_UNITS.get(prev, 0) in (30, 40, 50, 60, 70, 80, 90)
                and _ES_UNITS.get(nxt, 99) < 10)
            if not joins:
                groups.append([])
                continue
        groups[-1].append(t)
    for g in groups:
        if not g:
            continue
        words = [t.group(0) for t in g]
        low = [w.lower() for w in words if w.lower() not in ("and", "y")]
        if low and all(w in ("one", "uno", "una", "un", "a", "an") for w in low):
            continue  # a pronoun or an article, not a count
        if low and low[0] in _SCALES and low[0] not in ("mil", "millar"):
            continue  # a bare "million" / "thousand" with no multiplier
        s, e = offset + g[0].start(), offset + g[-1].end()
        pieces.append((s, e, _words_value(words), False))
    return pieces


def _label(sentence: str, start: int, end: int, value: float | None, vague: bool,
           upper: float | None, is_range: bool, first_end: int) -> Quantity:
    p = _patterns()
    text = sentence[start:end]
    left = sentence[max(0, start - 40):start]
    right = sentence[end:end + 80]
    qualifier: Qualifier = "exact"
    q_start = start
    qm = p["qualifier"].search(left)
    if qm and not vague:
        for name, pat in _QUALIFIERS:
            if re.fullmatch(pat, qm.group("q"), re.IGNORECASE):
                qualifier = name
                break
        q_start = start - (len(left) - qm.start("q"))
    pm = p["post"].match(right)
    if pm is None:  # "3,000 miles or so", "300 migrants or more"
        wm = re.match(r"\s+[^\W\d_]+", right)
        pm = p["post"].match(right[wm.end():]) if wm else None
        if pm and pm.lastgroup == "more_than":
            pm = None
    if pm and not vague and qualifier == "exact":
        qualifier = pm.lastgroup  # type: ignore[assignment]
    if qualifier == "exact" and re.fullmatch(r"(?i:un\s+millar)", text):
        qualifier = "about"  # "un millar" is "about a thousand"
    if is_range:
        qualifier = "at_least"
        bm = p["between"].search(left)
        if bm:
            q_start = start - (len(left) - bm.start())
    kind, unit, currency = _kind(sentence, start, first_end, value, vague, left,
                                 sentence[first_end:first_end + 80], right)
    noun = _noun(right) if kind == "count" else None
    if kind == "percent":
        noun = "percent"
    elif kind == "money":
        noun = "dollars" if currency == "usd" else currency
    elif kind == "distance":
        noun = {"km": "kilometers"}.get(unit or "", unit)
    if kind == "count" and noun is not None:
        unit = NOUN_UNITS.get(noun, None)
    if kind == "count" and noun is None and vague:
        unit = None
    if kind in ("count", "money"):
        rm = p["rate"].search(right[:40].split(".")[0])
        if rm:
            rate = rm.lastgroup
            unit = f"usd_{rate}" if currency == "usd" else rate
    if kind in ("year", "age", "date", "time", "ordinal", "other"):
        qualifier = "exact" if not is_range else qualifier
        q_start = start
    return Quantity(span=(q_start, end), text=sentence[q_start:end], value=value,
                    qualifier=qualifier, noun=noun, is_range=is_range, unit=unit, kind=kind,
                    upper=upper, currency=currency)


def _kind(sentence: str, start: int, end: int, value: float | None, vague: bool, left: str,
          right: str, right_end: str) -> tuple[QuantityKind, str | None, str | None]:
    """What the number at ``start:end`` (the first of a range) is, its unit and currency.

    ``right`` follows the first number, ``right_end`` the whole range ("20-30 percent").
    """
    p = _patterns()
    text = sentence[start:end]
    digits = text.lstrip("$€£USDMXQL ").replace(" ", "")
    if vague:
        return "count", None, None
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", text):
        return "time", None, None
    if re.search(r"\b(?:19|20)\d{2}\s?[-–/]$", left) and re.fullmatch(r"\d{2}|\d{4}", text):
        return "year", None, None
    if text[:1] in "$€£" or re.match(r"(?:US|USD|MXN|Q|L)\s?\$?\d", text):
        cur = "usd" if "$" in text and not text.startswith("MXN") else (
            "eur" if "€" in text else "gbp" if "£" in text else "mxn" if text.startswith("MXN")
            else "gtq" if text.startswith("Q") else "hnl")
        return "money", "usd" if cur == "usd" else None, cur
    if p["other_left"].search(left) or p["other_right"].match(right):
        return "other", None, None
    for pm in p["phone"].finditer(sentence):
        if pm.start() <= start < pm.end() and len(re.sub(r"\D", "", pm.group(0))) >= 7:
            return "other", None, None
    if p["iso_date"].match(sentence[start:start + 10]) or (
            p["date_right"].match(right) and value is not None and 1 <= value <= 31):
        return "date", None, None
    if p["date_left"].search(left) and value is not None and re.fullmatch(r"\d{1,2}", text) \
            and 1 <= value <= 31:
        return "date", None, None
    if p["time_right"].match(right) and value is not None and value <= 24 or \
            re.fullmatch(r"\d{1,2}:\d{2}", text + (right[:3] if right.startswith(":") else "")) or \
            (right.startswith(":") and re.match(r":\d{2}", right)) or \
            (p["time_left"].search(left) and value is not None and value <= 24):
        return "time", None, None
    if value is not None and value < 130 and re.fullmatch(r"\d{1,3}", digits):
        if p["age_right"].match(right) or (p["age_left"].search(left) and p["anos"].match(right)):
            return "age", None, None
        if re.search(r"\baged?\s+$", left, re.IGNORECASE):
            return "age", None, None
        if p["age_comma"].search(left) and re.match(r"^\s*[,)]", right):
            return "age", None, None
    if p["ordinal"].match(right):
        return "ordinal", None, None
    right = right_end
    if re.fullmatch(r"\d{4}", text) and value is not None and 1900 <= value <= 2099:
        noun = _noun(right)
        counted = noun is not None and NOUN_UNITS.get(noun) is not None
        if p["year_right"].match(right) or noun is None or (
                not counted and p["year_left"].search(left)):
            return "year", None, None
    pc = p["percent"].match(right)
    if pc:
        return "percent", "percent", None
    mr = p["money_right"].match(right)
    if mr:
        cur = _CURRENCY_WORDS.get(mr.group("cur").lower(), mr.group("cur").lower())
        return "money", "usd" if cur == "usd" else None, cur
    dm = p["distance"].match(right)
    if dm:
        u = dm.group("u").lower()
        unit = "miles" if u.startswith("mi") else "km" if u.startswith(("k", "ki")) else u
        return "distance", unit, None
    if re.match(r"^-?(?:mile|km|kilometer|kilometre)\b", right, re.IGNORECASE):
        return "distance", "miles" if "mile" in right[:6].lower() else "km", None
    return "count", None, None


def _noun(right: str) -> str | None:
    """The counted noun after a number ("1,000 more migrants" -> "migrants")."""
    p = _patterns()
    cm = p["compound"].match(right)
    if cm:
        return cm.group("w").lower()
    right = re.sub(r"^\s+(?:or\s+(?:so|more)|o\s+m[aá]s)\b", "", right)  # "1,000 or so migrants"
    pm = p["partitive"].match(right)
    rest = right[pm.end():] if pm else right
    if pm and re.search(r"(?:them|ellos|ellas)$", pm.group(0).strip(), re.IGNORECASE):
        return "them"
    # a noun in scare quotes is still the noun: 800 "asylum seekers"
    tokens = [t.group(0) for t in p["token"].finditer(rest[:60])]
    if tokens and tokens[0] in ('"', "“", "‘", "'"):
        tokens = [t for t in tokens[1:6] if t not in ('"', "”", "’", "'")]
    first: str | None = None
    for k, tok in enumerate(tokens[:5]):
        low = tok.lower()
        if not re.match(r"\w", low):
            break
        for width in (3, 2):
            phrase = " ".join(t.lower() for t in tokens[k:k + width])
            if phrase in NOUN_UNITS:
                return phrase
        if low in NOUN_UNITS:
            return low
        if low in _STOP:
            break
        if first is None and low not in _SKIP:
            first = low
        if low not in _SKIP and not tok[:1].isupper():
            break
    if first is not None and re.fullmatch(r"[^\W\d_]{3,}s", first) and first not in _STOP:
        return first
    return None
