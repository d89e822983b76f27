"""Direct quotations and their speakers (GUIDELINES.md, quotes).

:func:`extract_quotes` finds text in straight or curly, double or single quotation
marks (:func:`find_quoted`), drops what is not a quotation (fewer than three words,
slogans, names and titles, scare quotes with nobody saying them) and attributes each
quotation with :mod:`.attribution`:

1. the attribution after the quote in its sentence (``"...," said Rios``,
   ``"...," the ministry said in a statement``, ``"...," according to X``);
2. the attribution before it (``X told NBC: "..."``, ``X has declared that Mexico is
   "..."``, ``in the words of X, to "..."``, ``For Venezuelans, ... "..."``);
3. a quotation that stands alone as a sentence continues the previous speaker (same or
   previous paragraph, the "open quote, no close, new paragraph" convention included).

Pronouns and "the woman"-style descriptions resolve to the nearest earlier named speaker
or person.  A quotation interrupted by its attribution gives two quotes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    ANAPHORIC_NOUNS,
    SLOGAN_CUES,
    SPEECH_VERBS,
    Attribution,
    doc_text,
    regex_after,
    resolve,
    source_after,
    speaker_of,
    speech_attribution,
)
from caravanwatch.records import Article, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

EXTRACTOR = "quotes@1"

# GUIDELINES: "three words or more".
MIN_WORDS = 3
# A quoted phrase of at most this many words that is all title case is a name or title
# ("Remain in Mexico", "Estas En Tu Casa"), not a quotation; longer title-case text is
# rare enough to keep (checked on our test headlines).
TITLE_MAX_WORDS = 7
# How far back (characters) a standalone quotation may inherit the previous speaker:
# about one paragraph of wire copy.
CONTINUATION_CHARS = 700
# An attribution after a quotation sits in its first words ("..., said the minister of
# the interior", "..., Jose Sorto, a 30-year-old farmer, told Reuters"): verbs further
# on belong to another clause.  12 covers a four-word name plus a four-word apposition.
AFTER_TOKENS = 12

_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„«", "”»"
_SINGLE_OPEN, _SINGLE_CLOSE = "‘‹", "’›"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ABBREV = frozenset({
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


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """The end of the sentence running from ``pos`` (exclusive offset), at most
    ``limit``."""
    for m in re.finditer(r"[.!?]+(?=[\s\"”’]|$)", text[pos:limit]):
        at = pos + m.start()
        word = re.findall(r"[\w.\-]+$", text[max(0, at - 12):at])
        if word and word[0].lower().rstrip(".") in _ABBREV:
            continue
        if word and len(word[0]) == 1 and word[0].isupper():
            continue  # an initial: "Luis G. Villagran"
        return pos + m.end()
    return limit


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """The start of the sentence that holds ``pos``, at least ``floor``."""
    start = floor
    for m in re.finditer(r"[.!?]+[\"”’]?\s+", text[floor:pos]):
        at = floor + m.start()
        word = re.findall(r"[\w.\-]+$", text[max(0, at - 12):at])
        if word and word[0].lower().rstrip(".") in _ABBREV:
            continue
        if word and len(word[0]) == 1 and word[0].isupper():
            continue
        start = floor + m.end()
    return start


def _is_slogan_or_name(text: str, q: Quoted, inner: str) -> bool:
    before = text[max(0, q.open - 40):q.open].lower()
    before = re.split(r"[.!?\n]", before)[-1]
    before_words = re.findall(r"[a-z\-]+", before)
    tail = " ".join(before_words[-3:])
    for cue in SLOGAN_CUES:
        if re.search(r"(?:^|\s)" + re.escape(cue) + r"(?:\s+(?:of|that|was|is|the|a))?:?$",
                     tail):
            return True
    words = _WORD.findall(inner)
    stripped = inner.strip()
    closes_sentence = bool(re.search(r"[.!?,;:…]['’\"”]?\s*$", stripped))
    # a label: "calls the caravan an 'assault on our country'", "branded it a '...'"
    if not closes_sentence and re.search(
            r"\b(?:call|calls|called|calling|labels?|labell?ed|brands?|branded|terms?|"
            r"termed|describes?|described)\b(?:\s+[\w’'-]+){0,4}\s+(?:as\s+)?"
            r"(?:a|an|the|its|their)\s*$", before):
        return True
    # a title or name: short and all capitalised ("Remain in Mexico")
    small = {"in", "of", "the", "a", "an", "and", "to", "for", "on", "at", "en", "de",
             "la", "el", "y", "tu", "is"}
    if len(words) <= TITLE_MAX_WORDS and all(
            w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words) and \
            sum(w[0].isupper() for w in words) >= 2 and not closes_sentence:
        return True
    # a modifier: "the 'zero tolerance' policy" -- determiner before, noun after
    after = text[(q.close or q.end) + 1:(q.close or q.end) + 20]
    return bool(q.close is not None and not closes_sentence and len(words) <= 5 and before_words and before_words[-1] in ("the", "a", "an", "its", "their", "his", "her", "our", "this") and re.match(r"\s+[a-z]+", after) and not re.match(r"\s+(?:said|says|say|told|added|he|she|they|according|wrote)\b", after))


def _attribution_follows(after: str) -> bool:
    """After a quotation that ends its sentence ("...?" he asked), does an attribution
    follow?  Only a lower-case continuation or a name directly followed by a verb of
    saying counts; a new sentence ("When asked by reporters...") does not."""
    stripped = after.lstrip(" \u00a0")
    if not stripped or len(after) > 160:
        return False
    if stripped[0].islower():
        return _speech_verb_near_start(stripped)
    return bool(re.match(
        r"(?!(?:When|As|While|If|After|Before|But|And|Then|Later|Asked|Since|Though|"
        r"Although|Because|Once|Until|Whether)\b)(?:[A-Z][\w.'’\-]*\s+){1,4}(?:said|says|told|tells|added|adds|wrote|writes|"
        r"tweeted|asked|explained|insisted|recalled|continued|stated|fumed|raged|"
        r"gushed|snapped|preached|revealed|confided|sighed|sobbed|retorted|pleaded|"
        r"admitted|blasted|slammed)\b", stripped))


def _speech_verb_near_start(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)[:6]
    forms = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
             "tweeted", "stated", "states", "declared", "explained", "insisted", "noted",
             "warned", "asked", "according", "continued", "recalled", "shouted",
             "cried", "exclaimed", "replied", "answered", "argued", "claimed",
             "posted", "announced", "concluded", "emphasized", "stressed", "urged",
             "fumed", "raged", "gushed", "snapped", "preached", "prayed", "revealed",
             "confided", "reflected", "remembered", "shrugged", "sighed", "sobbed",
             "sneered", "scoffed", "retorted", "countered", "blasted", "slammed",
             "laughed", "smiled", "beamed", "mused", "wept", "pleaded", "admitted",
             "adding", "saying", "telling", "explaining", "insisting", "writing",
             "noting", "warning", "asking", "continuing", "tweeting", "stating"}
    return any(w.lower() in forms for w in words)


# "a man who gave his name only as Juan", "a woman who gave only her first name, Marisol",
# "who identified herself as Rosa": the name the description carries is the speaker.
_GIVEN_NAME = re.compile(
    r"^[^.;:!?\"“”]{0,40}?\b(?:who\s+)?(?:gave|giving|gives|identified|identifying|"
    r"asked\s+to\s+be\s+identified|would\s+(?:only\s+)?give)\s+(?:only\s+)?(?:his|her|"
    r"their|himself|herself)?\s*(?:only\s+)?(?:first\s+|last\s+)?(?:name\s*)?(?:only\s+)?"
    r"(?:as|by\s+(?:his|her)\s+first\s+name,?|,)\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")


def _given_name(text: str, att: Attribution) -> Attribution:
    """A described speaker who gives a name ("a man who gave his name only as Juan")."""
    if att.kind != "description":
        return att
    m = _GIVEN_NAME.match(text[att.end:att.end + 160])
    if m is None:
        return att
    start = att.end + m.start(1)
    return Attribution(m.group(1), att.speaker, start, att.end + m.end(1), "named")


# Title abbreviations and words that stand before a name ("said Fr. Tomas Ruiz", "Msgr.
# Luis Ortega"): when the parser stops at the title, the name after it is the speaker.
# Collected from AP style's list of abbreviated titles plus clerical and police ranks.
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "maj", "cmdr", "cmdt", "insp", "supt", "det", "cpl", "pvt", "adm", "prof", "rev",
    "fr", "msgr", "sr", "br", "bro", "sis", "atty", "pres", "amb", "hon", "sheriff",
    "father", "sister", "brother", "pastor", "bishop", "archbishop", "cardinal",
    "deacon", "rabbi", "imam", "reverend", "mayor", "governor", "senator", "judge",
})
# Capitalised words that may follow a name but are not part of it.
_NOT_NAME = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "on", "in", "at", "said", "told",
})
_NAME_WORD = r"[A-Z][\w’'\-]+"


def _complete_name(text: str, att: Attribution) -> Attribution:
    """Repair a speaker cut short by the parse: a bare title ("Fr") takes the name after
    it, a name followed directly by more capitalised name words ("Bishop Raul" + "Vera")
    takes them, and a possessive ("Vera's words") loses its "'s"."""
    if att.kind not in ("named", "organisation", "description"):
        return att
    speaker, end = att.speaker, att.end
    if not text[att.start:end].endswith(speaker):
        return att
    words = speaker.split()
    if len(words) == 1 and speaker.rstrip(".").lower() in _TITLES:
        m = re.match(rf"\.?\s+((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})", text[end:end + 80])
        if m is None:
            return att
        names = m.group(1).split()
        while names and names[-1].lower() in _NOT_NAME:
            names.pop()
        if not names:
            return att
        name = " ".join(names)
        n_end = end + m.start(1) + len(name)
        return Attribution(name, att.role or speaker, end + m.start(1), n_end, "named")
    if att.kind == "named":
        m = re.match(rf"((?: {_NAME_WORD}){{1,2}})(?=[\s,.:;’'])", text[end:end + 40])
        if m is not None:
            extra = m.group(1).split()
            if all(w.lower() not in _NOT_NAME and not w.isupper() for w in extra):
                speaker = speaker + " " + " ".join(extra)
                end += m.end(1)
    speaker = re.sub(r"['’]s?$", "", speaker)
    if speaker != att.speaker:
        return Attribution(speaker, att.role, att.start, end, att.kind)
    return att


# Generic nouns by which a text refers back to an organisation it has named ("Frontera
# Viva said ... “...,” the group said."): from NGO press releases and government
# communiqués in our test sentences.
_ORG_NOUNS = frozenset({
    "organisation", "organization", "group", "agency", "ngo", "charity", "institute",
    "ministry", "secretariat", "department", "network", "coalition", "foundation",
    "association", "commission", "office", "diocese", "church", "government", "body",
    "alliance", "collective", "movement", "union", "embassy", "council", "committee",
})


def _organisation_anaphor(doc: Doc, text: str, att: Attribution,
                          skip: list[tuple[int, int]]) -> Attribution:
    """"the group" / "the ministry" after a named organisation is that organisation;
    with none named before, the description without its article ("ministry")."""
    words = att.speaker.split()
    if att.kind != "description" or len(words) != 2 or words[0].lower() != "the" or \
            words[1].lower() not in _ORG_NOUNS:
        return att
    noun = words[1].lower()
    best = None
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end_char > att.start or \
                ent.start_char < att.start - CONTINUATION_CHARS * 2:
            continue
        if any(a <= ent.start_char < b for a, b in skip):
            continue
        name = re.sub(r"^(?:the|The)\s+", "", ent.text.strip())
        name = re.sub(r"['’]s$", "", name)
        generic = noun in ("organisation", "organization", "group", "ngo", "charity",
                           "body", "network", "coalition", "collective", "movement")
        if generic or noun in name.lower():
            best = Attribution(name, att.role, att.start, att.end, "organisation")
    if best is not None:
        return best
    return Attribution(words[1], att.role, att.start, att.end, "description")


# A sentence right after a standalone quotation that names its speaker ("“...” Those are
# the words of Ana Ruiz, ...", "That is how Ana Ruiz sums it up."): feature style.
_NAMED_AFTER = re.compile(
    r"^\s*(?:So\s+(?:says|said)|(?:Those|These|Such)\s+(?:are|were)\s+the\s+words\s+of|"
    r"The\s+words\s+(?:are|were)\s+(?:those\s+)?of|(?:That|This)(?:\s+is|\s+was|['’]s)\s+how|"
    r"(?:That|This)\s+(?:is|was)\s+(?:the\s+)?(?:view|verdict|message)\s+of)\s+"
    rf"(?:(?:the\s+)?[a-z][\w\-]*\s+){{0,3}}((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})")


def _named_in_next_sentence(text: str, end: int, limit: int) -> Attribution | None:
    m = _NAMED_AFTER.match(text[end:min(limit, end + 200)])
    if m is None:
        return None
    return Attribution(m.group(1), None, end + m.start(1), end + m.end(1), "named")


def _colon_subject(doc: Doc, start: int, colon: int) -> Attribution | None:
    """"Ana Ruiz was blunt: “...”", "Ana Ruiz's verdict: “...”": the named subject (or
    the owner of a subject noun) of a lead-in that ends in a colon."""
    span = doc.char_span(start, colon, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and tok.pos_ in ("PROPN", "NOUN"):
            for child in tok.children:
                if child.dep_ == "poss" and child.pos_ == "PROPN":
                    att = speaker_of(child)
                    if att is not None and att.kind in ("named", "organisation"):
                        return _complete_name(doc_text(doc), att)
            if tok.dep_ != "ROOT" and tok.pos_ == "PROPN":
                att = speaker_of(tok)
                if att is not None and att.kind in ("named", "organisation"):
                    return _complete_name(doc_text(doc), att)
    return None


def _colon_lead_in(doc: Doc, text: str, pos: int, floor: int,
                   exclude: set[int]) -> Attribution | None:
    """A quotation that opens a paragraph after one ending in a colon ("Sister Ana said:"
    / new paragraph / "We have received..."): the speaker of that lead-in sentence."""
    head = text[:pos].rstrip()
    if not head.endswith(":") or len(text[len(head):pos].strip()) > 0:
        return None
    colon = len(head) - 1
    start = _sentence_start(text, colon, max(0, floor))
    if colon - start < 3:
        return None
    return speech_attribution(doc, start, colon, exclude, prefer="last")


# "“...,” — Jose Alvarado, 34, a farmer.": a dash and a name with no verb.
_DASH_NAME = re.compile(
    rf"^\s*[—–]\s*((?:{_NAME_WORD}\.?\s+){{0,3}}{_NAME_WORD})(?=\s*(?:,|\.|$))")


def _first_char(text: str, pos: int) -> int:
    """The first non-space offset at or after ``pos``."""
    m = re.compile(r"\S").search(text, pos)
    return m.start() if m else len(text)


# Transcript style: a name and a colon before a quotation ("Rosa Diaz: “We ...”",
# "ROSA DIAZ: “...”").  Without quotation marks it is not a quote (GUIDELINES).
_NAME_COLON = re.compile(
    rf"^\s*((?:{_NAME_WORD}\.?\s+){{0,3}}{_NAME_WORD})\s*:\s*$")
# Labels before a colon that are not speakers.
_NOT_SPEAKER_LABEL = frozenset({
    "q", "a", "update", "note", "editor", "editors", "headline", "correction", "source",
    "sources", "read", "quote", "background", "context", "translation", "video", "watch",
    "photo", "related", "statement", "communique", "point", "text",
})


def _narrative_subject(doc: Doc, pos: int, floor: int) -> Attribution | None:
    """A quotation standing alone after a sentence about a person speaks for that person
    ("Rosa Elvir sighed. “We are walking for our children.”"): the subject of the
    sentence right before it in the paragraph, when it is a named person, a pronoun or a
    person description, and that sentence quotes nobody."""
    before = doc.char_span(floor, pos, alignment_mode="contract")
    if before is None or len(before) == 0:
        return None
    last = before[-1]
    while last.is_space and last.i > before.start:
        last = doc[last.i - 1]
    sent = last.sent
    if sent.start_char < floor or re.search(r"[\"“”]", sent.text):
        return None
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.head.i == sent.root.i:
            att = speaker_of(tok)
            if att is None:
                return None
            if att.kind in ("named", "pronoun") or (
                    att.kind == "description" and tok.lower_ in ANAPHORIC_NOUNS):
                return att
            return None
    return None


def extract_quotes(doc: Doc, article: Article) -> list[Quote]:
    """Direct quotations of three words or more in ``article``, with their speakers.

    The result is cached on ``doc.user_data`` so :mod:`.figures` can read the speaker
    of a quotation that states a number without finding the quotes twice."""
    key = f"caravanwatch.quotes:{article.id}"
    cached = doc.user_data.get(key)
    if cached is not None:
        return list(cached)
    quotes = _extract_quotes(doc, article)
    doc.user_data[key] = tuple(quotes)
    return quotes


def _extract_quotes(doc: Doc, article: Article) -> list[Quote]:
    text = article.text
    breaks = paragraph_breaks(text)
    quoted = find_quoted(text)
    quote_ranges = [(q.start, q.end) for q in quoted]
    quote_tokens: set[int] = set()
    for q in quoted:
        span = doc.char_span(q.open, min(len(text), q.end + 1), alignment_mode="expand")
        if span is not None:
            quote_tokens.update(range(span.start, span.end))

    def para_bounds(pos: int) -> tuple[int, int]:
        start, end = 0, len(text)
        for b in breaks:
            if b < pos:
                start = b
            else:
                end = b
                break
        return start, end

    history: list[Attribution] = []
    out: list[Quote] = []
    prev_end = 0
    last_quote: tuple[Quoted, Attribution] | None = None
    pending: list[Quoted] = []
    for n, q in enumerate(quoted):
        inner = text[q.start:q.end]
        p_start, p_end = para_bounds(q.open)
        floor = max(p_start, prev_end)
        prev_end = (q.close + 1) if q.close is not None else q.end
        if word_count(inner) < MIN_WORDS or _is_slogan_or_name(text, q, inner):
            continue
        # the window after the quote: to the end of its sentence or the next quote
        after_start = (q.close + 1) if q.close is not None else q.end
        next_open = quoted[n + 1].open if n + 1 < len(quoted) else len(text)
        after_end = _sentence_end(text, after_start, min(p_end, next_open))
        after_text = text[after_start:after_end]
        ends_sentence = bool(re.search(r"[.!?…]['’\"”]?\s*$", inner.strip()))
        if ends_sentence and not _attribution_follows(after_text):
            after_end = after_start
            after_text = ""
        # the window before: from the sentence start (or the previous quote)
        before_start = _sentence_start(text, q.open, floor)
        if q.open - before_start < 1:
            before_start = q.open
        att: Attribution | None = None
        after_first = bool(re.search(r"[,—–-]['’\"”]?\s*$", inner.strip())) or (
            bool(after_text.strip()) and _speech_verb_near_start(after_text))
        windows = [("after", after_start, after_end), ("before", before_start, q.open)]
        if not after_first:
            windows.reverse()
        for side, a, b in windows:
            if b - a < 2:
                continue
            att = source_after(doc, a, b)
            if att is None and side == "after":
                att = speech_attribution(doc, a, b, quote_tokens, prefer="first",
                                         max_tokens=AFTER_TOKENS, climb=False)
                if att is None:
                    att = regex_after(doc, a, b)
            elif att is None:
                att = speech_attribution(doc, a, b, quote_tokens, prefer="last")
            if att is None and side == "before":
                m = re.match(r"\s*(?:For|To) ((?:the )?[A-Z][\w\-]+(?: [A-Z][\w\-]+)*),",
                             text[a:b])
                if m:
                    att = Attribution(m.group(1).removeprefix("the "), None,
                                      a + m.start(1), a + m.end(1), "organisation")
            if att is not None:
                break
        if att is None and after_text:
            m = _DASH_NAME.match(after_text)
            if m is not None:
                att = Attribution(m.group(1), None, after_start + m.start(1),
                                  after_start + m.end(1), "named")
        if att is None:
            m = _NAME_COLON.match(text[before_start:q.open])
            if m is not None and not {w.lower().rstrip(".") for w in m.group(1).split()} & (
                    _NOT_SPEAKER_LABEL | _NOT_NAME | set(_ABBREV)):
                att = Attribution(m.group(1), None, before_start + m.start(1),
                                  before_start + m.end(1), "named")
        lead_in = text[before_start:q.open]
        standalone = not lead_in.strip(" \t\n\u00a0—–-:")
        # "..., adding later: '...'": a subjectless speech verb continues the speaker
        continues = standalone or (_speech_verb_near_start(lead_in) and
                                   len(lead_in) < 60 and before_start == floor)
        if att is None and lead_in.rstrip().endswith(":") and before_start < q.open:
            att = _colon_subject(doc, before_start, before_start + len(lead_in.rstrip()) - 1)
        if att is None and standalone and q.close is not None and ends_sentence:
            att = _named_in_next_sentence(text, q.close + 1, p_end)
        if att is None and standalone and q.open == _first_char(text, p_start):
            prev_start = max((b for b in breaks if b < p_start), default=0)
            att = _colon_lead_in(doc, text, q.open, prev_start, quote_tokens)
        if att is None and standalone:
            att = _narrative_subject(doc, q.open, p_start)
        if att is None and standalone and last_quote is None and \
                q.open == _first_char(text, p_start):
            # a paragraph that is only a quotation, after a paragraph about a person
            # ("Maria Lopez walks with her two sons." / "“We will keep walking.”")
            prev_start = max((b for b in breaks if b < p_start), default=0)
            att = _narrative_subject(doc, q.open, prev_start)
        if att is None and continues and last_quote is not None and \
                q.open - last_quote[0].end <= CONTINUATION_CHARS:
            att = last_quote[1]
        if att is None:
            logger.debug("no speaker for quote at %d: %r", q.start, inner[:40])
            if q.close is None and standalone:
                pending.append(q)  # may continue in the next paragraph
            else:
                pending.clear()
            continue
        att = _complete_name(text, _given_name(text, att))
        att = _organisation_anaphor(doc, text, att, quote_ranges)
        resolved = resolve(att, doc, history, quote_ranges)
        if resolved is None:
            continue
        # an unclosed quotation continued by this one takes the same speaker
        while pending and not text[pending[-1].end:q.open].strip():
            prev = pending.pop()
            out.append(_make_quote(article, text, prev, resolved))
        pending.clear()
        history.append(resolved if att.kind == "pronoun" else att)
        last_quote = (q, resolved)
        out.append(_make_quote(article, text, q, resolved))
    out.sort(key=lambda quote: quote.span.start)
    return out


def _make_quote(article: Article, text: str, q: Quoted, att: Attribution) -> Quote:
    inner = text[q.start:q.end]
    body = inner.strip().strip(" ,")
    lead = inner.index(body) if body else 0
    return Quote(
        article_id=article.id,
        speaker=att.speaker,
        text=body,
        span=Span(q.start + lead, q.start + lead + len(body)),
        role=att.role,
        extractor=EXTRACTOR,
    )


__all__ = [
    "EXTRACTOR",
    "SPEECH_VERBS",
    "Quoted",
    "extract_quotes",
    "find_quoted",
    "paragraph_breaks",
    "word_count",
]
