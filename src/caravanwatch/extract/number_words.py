"""Word tables and regular expressions for :mod:`caravanwatch.extract.numbers`.

Closed classes of English and Spanish number words, qualifier phrases, counted nouns
with the unit they hint at, rates and currencies, and the compiled patterns that
``find_quantities`` uses.  Pure data: patterns are compiled on first use.
"""

from __future__ import annotations

import functools
import re

from caravanwatch.records import Qualifier

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
    "deportaciones", "expulsiones", "muertes",
    # care given to migrants is counted per person seen ("provided 1,874 consultations")
    "consultations", "consultas",
    # border and route statistics ("440,000 irregular entries", "1,340 kidnappings of
    # migrants", "5,000 arrivals in May")
    "entries", "arrivals", "kidnappings", "disappearances", "entradas", "secuestros",
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
        "extra", "más", "otros", "otras", "nuevos", "nuevas",
        # "5,200 active-duty soldiers", "2,100 reserve troops", "620 medical consultations"
        "active-duty", "active", "duty", "reserve", "uniformed", "medical"
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


# Fractions in words are shares (GUIDELINES.md percent): "one in five", "a quarter of",
# "two-thirds of", "half of the", "fell by about a quarter".  A word fraction needs "of"
# after it or "by" before it, so "two thirds are Venezuelan" style group make-ups and
# "a quarter century" stay out; time and length ("a quarter of an hour", "the first half
# of the year", "a third of the way") are refused in numbers.py.
_NUMERATORS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                 "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                 "tenth": 10, "tenths": 10}
_FRACTION = (
    r"\b(?P<n1>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?(?P<d1>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})\b"
    r"(?!\s*(?:,\d|\d|percent|%|days?|weeks?|months?|years?|hours?))"
    r"|\b(?P<n2>a|one|two|three|four)[\s-](?P<d2>half|thirds?|quarters?|fifths?|sixths?|tenths?)"
    r"\b(?=\s+of\b)"
    r"|(?<=\bby\s)(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|"
    r"just\s+under)\s+)?(?P<n3>a|one)\s+(?P<d3>third|quarter|fifth|tenth)\b"
    r"|\b(?P<d4>half)(?=\s+of\s+(?:the|all|those|these|its|their|his|her)\b)"
)
_FRACTION_NOT = (
    # time, distance and parts of a period: not a share of people
    r"^\s+of\s+(?:an?\s+|the\s+)?(?:hour|minute|century|mile|kilometer|kilometre|way|"
    r"distance|route|journey|trip|year|month|week|day|decade|season|game|match|block)s?\b"
)


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
        "fraction": re.compile(_FRACTION, re.IGNORECASE),
        "fraction_not": re.compile(_FRACTION_NOT, re.IGNORECASE),
        "fraction_left": re.compile(r"\b(?:first|second|third|fourth|last|latter|former|"
                                    r"final|next|past|previous|back|front)\s+$", re.IGNORECASE),
        "post": re.compile("|".join(rf"(?P<{q}>^(?:{p}))" for q, p in _POST_QUALIFIERS), re.IGNORECASE),
    }
