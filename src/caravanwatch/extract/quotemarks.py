"""Quotation marks: where quoted text starts and ends, and sentence bounds around it.

:func:`find_quoted` pairs straight, curly, angle, German and typewriter quotation marks
into top-level quoted stretches (double quotes nest single ones; an unclosed quote ends
at the paragraph break, the convention for quotations running over paragraphs).
:func:`paragraph_breaks` tells real paragraphs from hard-wrapped lines.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„«", "”»"
_SINGLE_OPEN, _SINGLE_CLOSE = "‘‹", "’›"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Every character :func:`_marks` reads as a quotation mark (the others it steps over).
_MARK_CHAR = re.compile("[" + re.escape("`'\"″„‚" + _DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN
                                        + _SINGLE_CLOSE) + "]")
ABBREV = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st", "jr",
    "sr", "u.s", "u.n", "u.k", "d.c", "jan", "feb", "aug", "sept", "sep", "oct", "nov",
    "dec", "no", "vs", "inc", "co", "corp", "ave", "prof", "capt", "maj", "cmdr", "rev",
    "fr", "mt", "ft", "a.m", "p.m", "e.g", "i.e", "approx", "est", "dept", "r-la",
})


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch of text between quotation marks."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None when it never closes
    start: int  # first character of the quoted text
    end: int  # end of the quoted text (exclusive)
    mark: str  # "double" or "single"


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of real paragraph breaks: a newline after sentence-final punctuation
    (hard-wrapped text breaks lines mid-sentence; those are not paragraphs)."""
    breaks = []
    for m in re.finditer(r"[ \t\u00a0]*\n\s*", text):
        before = text[:m.start()].rstrip()
        after = text[m.end():m.end() + 1]
        if not before:
            continue
        last = before[-1]
        if last in ".!?:\"”’)…]" or (after in _DOUBLE_OPEN + _SINGLE_OPEN + '"'
                                     and last not in ",;"):
            breaks.append(m.start())
        elif after[:1].isupper() and len(before.splitlines()[-1]) < 70 and \
                not before.splitlines()[-1][-1:].islower():
            breaks.append(m.start())  # a short title line
    return breaks


def _is_open_straight(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—–-/:" or i == 0:
        return not nxt.isspace()
    # a missing space: 'said,"We ...' / 'Lopez."We ...'
    return prev in ",." and nxt.isupper()


def _marks(text: str) -> list[tuple[int, str, str]]:
    """(offset, 'open'|'close', 'double'|'single') for every quotation mark.

    Besides straight, curly and angle quotes this reads the German pairing „...“, the
    typewriter pairs ``...'' and ''...'', and the double prime ″ used as a quote."""
    out: list[tuple[int, str, str]] = []
    low_open = False  # inside „...: the next “ closes it
    low_single = False  # inside ‚...: the next ‘ closes it
    d_open = False  # a double quotation is open
    # »...« (reversed guillemets, German and Scandinavian style) when » comes first
    first_open, first_close = text.find("«"), text.find("»")
    reversed_angles = first_close >= 0 and (first_open < 0 or first_close < first_open)
    i = 0
    while i < len(text):
        mark = _MARK_CHAR.search(text, i)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        pair = text[i:i + 2]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        kind: str | None = None
        if pair == "``":
            kind = "open"
        elif pair == "''":
            kind = "open" if _is_open_straight(text, i) or prev.isspace() or i == 0 \
                else "close"
        elif ch == "„":
            kind, low_open = "open", True
        elif ch == "“" and low_open:
            kind, low_open = "close", False
        elif ch in "«»":
            kind = "open" if (ch == "«") != reversed_angles else "close"
        elif ch == "”" and not d_open and nxt.isalnum() and not prev.isalnum():
            kind = "open"  # ”...” with right marks on both sides
        elif ch in _DOUBLE_OPEN:
            kind = "open"
        elif ch in _DOUBLE_CLOSE:
            kind = "close"
        elif ch in '"″':
            if prev.isspace() and nxt.isspace():  # spaced: " We ... , "
                kind = "close" if d_open else "open"
            else:
                kind = "open" if _is_open_straight(text, i) else "close"
        if kind is not None:
            out.append((i, kind, "double"))
            d_open = kind == "open"
            if kind == "close":
                low_open = False
            i += 2 if pair in ("``", "''") else 1
            continue
        if ch == "‚" and (prev.isspace() or i == 0):
            out.append((i, "open", "single"))
            low_single = True
        elif ch == "‘" and low_single:
            out.append((i, "close", "single"))
            low_single = False
        elif ch in _SINGLE_OPEN:
            if not prev.isalnum():
                out.append((i, "open", "single"))
        elif ch in _SINGLE_CLOSE or ch == "'":
            if ch == "'" and _is_open_straight(text, i) and nxt.isalpha():
                out.append((i, "open", "single"))
            elif not prev.isspace() and not nxt.isalnum():
                out.append((i, "close", "single"))
        i += 1
    return out


def _plural_possessive(text: str, pos: int) -> bool:
    """A closing single mark that is a plural possessive ("the migrants' rights"): after
    an "s" and followed by a lower-case word."""
    return text[pos - 1:pos] == "s" and bool(re.match(r" [a-z]", text[pos + 1:pos + 3]))


def find_quoted(text: str) -> list[Quoted]:
    """Top-level quoted stretches of ``text``.

    Double quotes nest single ones.  A quote that is not closed ends at the next real
    paragraph break or at the next opening mark of its kind, whichever comes first
    (the convention for quotations running over paragraphs re-opens the quote).
    """
    breaks = paragraph_breaks(text)
    marks = _marks(text)
    found: list[Quoted] = []
    cur: tuple[int, str] | None = None  # (open offset, family)

    def next_break(pos: int) -> int:
        for b in breaks:
            if b > pos:
                return b
        return len(text)

    def finish(open_at: int, family: str, close: int | None, limit: int) -> None:
        end = close if close is not None else limit
        width = 2 if text[open_at:open_at + 2] in ("``", "''") else 1
        while open_at + width < end and text[open_at + width] == " ":
            width += 1  # a spaced quotation: " We ... "
        found.append(Quoted(open_at, close, open_at + width, end, family))

    for pos, kind, family in marks:
        if cur is not None:
            open_at, fam = cur
            limit = next_break(open_at)
            if pos > limit:  # the paragraph ended first: unclosed quote
                finish(open_at, fam, None, limit)
                cur = None
            elif family != fam:
                continue  # a nested quote of the other kind
            elif kind == "close" and fam == "single" and _plural_possessive(text, pos) \
                    and any(p > pos and k == "close" and f == "single" and p < limit
                            for p, k, f in marks):
                continue  # "the migrants' rights": a later mark closes the quote
            elif kind == "close":
                finish(open_at, fam, pos, pos)
                cur = None
                continue
            else:  # a new opening of the same kind: the old one never closed
                finish(open_at, fam, None, min(limit, pos))
                cur = None
        if cur is None and kind == "open":
            cur = (pos, family)
    if cur is not None:
        open_at, fam = cur
        finish(open_at, fam, None, next_break(open_at))
    return found


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def sentence_end(text: str, pos: int, limit: int) -> int:
    """The end of the sentence running from ``pos`` (exclusive offset), at most
    ``limit``."""
    for m in re.finditer(r"[.!?]+(?=[\s\"”’]|$)", text[pos:limit]):
        at = pos + m.start()
        word = re.findall(r"[\w.\-]+$", text[max(0, at - 12):at])
        if word and word[0].lower().rstrip(".") in ABBREV:
            continue
        if word and len(word[0]) == 1 and word[0].isupper():
            continue  # an initial: "Luis G. Villagran"
        return pos + m.end()
    return limit


def sentence_start(text: str, pos: int, floor: int) -> int:
    """The start of the sentence that holds ``pos``, at least ``floor``."""
    start = floor
    for m in re.finditer(r"[.!?]+[\"”’]?\s+", text[floor:pos]):
        at = floor + m.start()
        word = re.findall(r"[\w.\-]+$", text[max(0, at - 12):at])
        if word and word[0].lower().rstrip(".") in ABBREV:
            continue
        if word and len(word[0]) == 1 and word[0].isupper():
            continue
        start = floor + m.end()
    return start
