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
- Fractions in words are percents: "one in five" has value 20, "two-thirds of" 66.7
  (``kind="percent"``); "a quarter of an hour" and "the first half of" are not.
- ``span`` covers the qualifier phrase and the number (and the range), not the noun.
- A dot followed by groups of exactly three digits is a thousands separator ("7.000",
  Spanish style); otherwise it is a decimal point ("41.2", "1.5 million").

Pure regular expressions (word tables and patterns in
:mod:`caravanwatch.extract.number_words`), compiled on first use; no model is loaded.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Literal

from caravanwatch.extract.number_words import (
    _ARTICLES,
    _CURRENCY,
    _CURRENCY_WORDS,
    _DENOMINATORS,
    _EN_UNITS,
    _ES_UNITS,
    _MULTIPLIERS,
    _NUMERATORS,
    _QUALIFIERS,
    _SCALE_WORDS,
    _SCALES,
    _SKIP,
    _STOP,
    _WORD_VALUES,
    NOUN_UNITS,
    _patterns,
)
from caravanwatch.records import Qualifier

logger = logging.getLogger(__name__)

QuantityKind = Literal[
    "count", "year", "age", "date", "time", "money", "percent", "distance", "ordinal", "other"
]



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


def _fraction_value(word: str) -> float | None:
    w = word.lower()
    if w.isdigit():
        return float(w)
    return float(_NUMERATORS.get(w) or _DENOMINATORS.get(w) or _WORD_VALUES.get(w)
                 or _MULTIPLIERS.get(w) or 0) or None


def _fractions(sentence: str) -> list[Quantity]:
    """Shares written as fractions ("one in five", "a quarter of", "two-thirds of"), as
    percent quantities (value 20 for "one in five", like "20 percent")."""
    p = _patterns()
    out: list[Quantity] = []
    for m in p["fraction"].finditer(sentence):
        num_word = m.group("n1") or m.group("n2") or m.group("n3") or "one"
        den_word = m.group("d1") or m.group("d2") or m.group("d3") or m.group("d4")
        num, den = _fraction_value(num_word), _fraction_value(den_word)
        if num is None or den is None or not 0 < num < den:
            continue
        if p["fraction_not"].match(sentence[m.end():]) or \
                p["fraction_left"].search(sentence[max(0, m.start() - 12):m.start()]):
            continue  # "a quarter of an hour", "the first half of the year"
        start = m.start("n3") if m.group("n3") else m.start()
        inner = sentence[m.start():start]
        left = sentence[max(0, m.start() - 40):m.start()] if not inner.strip() else inner
        qualifier: Qualifier = "exact"
        q_start = start
        qm = p["qualifier"].search(left)
        if qm:
            for name, pat in _QUALIFIERS:
                if re.fullmatch(pat, qm.group("q"), re.IGNORECASE):
                    qualifier = name
                    break
            if not inner.strip():
                q_start = m.start() - (len(left) - qm.start("q"))
            else:
                q_start = m.start() + qm.start("q")
        out.append(Quantity(span=(q_start, m.end()), text=sentence[q_start:m.end()],
                            value=100.0 * num / den, qualifier=qualifier, noun="percent",
                            unit="percent", kind="percent"))
    return out


def find_quantities(sentence: str) -> list[Quantity]:
    """Every number expression in ``sentence``, labelled, in text order."""
    return list(_quantities(sentence))


@functools.lru_cache(maxsize=4096)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    """:func:`find_quantities`, cached: figures and group sizes read the same sentences."""
    p = _patterns()
    fractions = _fractions(sentence)
    raw = [r for r in _raw_numbers(sentence)
           if not any(f.span[0] <= r[0] < f.span[1] or r[0] <= f.span[0] < r[1]
                      for f in fractions)]
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
    return tuple(sorted(out + fractions, key=lambda q: q.span) if fractions else out)


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
