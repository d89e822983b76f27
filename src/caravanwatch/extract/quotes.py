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
from typing import TYPE_CHECKING

from caravanwatch.extract.after_regex import regex_after
from caravanwatch.extract.attribution import (
    SPEECH_VERBS,
    Attribution,
    speech_attribution,
)
from caravanwatch.extract.coref import document_author, last_person_before, resolve
from caravanwatch.extract.nlp import span_ents
from caravanwatch.extract.quote_speakers import (
    DASH_NAME,
    NAME_COLON,
    NOT_NAME,
    NOT_SPEAKER_LABEL,
    attribution_follows,
    colon_lead_in,
    colon_subject,
    complete_name,
    first_char,
    given_name,
    headline_speaker,
    headline_subject_after,
    introduced_after,
    is_slogan_or_name,
    named_in_next_sentence,
    narrative_subject,
    organisation_anaphor,
    speech_verb_near_start,
)
from caravanwatch.extract.quotemarks import (
    ABBREV,
    Quoted,
    find_quoted,
    paragraph_breaks,
    sentence_end,
    sentence_start,
    word_count,
)
from caravanwatch.extract.sources import source_after
from caravanwatch.records import Article, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

EXTRACTOR = "quotes@1"

# GUIDELINES: "three words or more".
MIN_WORDS = 3
# How far back (characters) a standalone quotation may inherit the previous speaker:
# about one paragraph of wire copy.
CONTINUATION_CHARS = 700
# An attribution after a quotation sits in its first words ("..., said the minister of
# the interior", "..., Jose Sorto, a 30-year-old farmer, told Reuters"): verbs further
# on belong to another clause.  12 covers a four-word name plus a four-word apposition.
AFTER_TOKENS = 12
# A paragraph shorter than this that does not end in a full stop is a headline or a
# sub-headline (our headlines run 40-110 characters).
HEADLINE_CHARS = 150


# Transcript labels with a parenthesis: "ANCHOR (LAURA DIAZ): “...”", "Rios (on camera):".
_PAREN_LABEL = re.compile(
    r"^\s*((?:[A-Z][\w’'\-]+\.?\s+){0,3}[A-Z][\w’'\-]+)\s*\(([^()]{1,40})\)\s*:\s*$")
_LABEL_NAME = re.compile(r"(?:[A-Z][\w’'\-]+\.?\s+){1,3}[A-Z][\w’'\-]+")


def _paren_label(text: str, start: int, open_at: int) -> Attribution | None:
    """The speaker of a transcript label with a parenthesis: the name inside it when it
    holds one (the role is outside), else the name outside it."""
    m = _PAREN_LABEL.match(text[start:open_at])
    if m is None:
        return None
    group = 2 if _LABEL_NAME.fullmatch(m.group(2).strip()) else 1
    if group == 1 and m.group(1).lower() in NOT_SPEAKER_LABEL:
        return None
    return Attribution(m.group(group).strip(), None, start + m.start(group),
                       start + m.end(group), "named")


# A parenthesis right after a quotation that names who said it, fact-check style:
# '"..." (Senator Ana Ruiz, in a speech on May 3)'.
_PAREN_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,120})\)")


def _paren_after(doc: Doc, text: str, pos: int) -> Attribution | None:
    """The person named first in a parenthesis right after a quotation."""
    m = _PAREN_AFTER.match(text, pos)
    if m is None:
        return None
    head = m.group(1).split(",")[0]
    span = doc.char_span(m.start(1), m.start(1) + len(head), alignment_mode="contract")
    for ent in span_ents(span) if span is not None else ():
        if ent.label_ == "PERSON":
            return Attribution(ent.text, None, ent.start_char, ent.end_char, "named")
    return None


# A clause that follows a quotation without attributing it ('..., but did not say how',
# '..., and officials said ...'): an attribution never opens with a conjunction.
_NEW_CLAUSE = re.compile(r"[\s,;]*(?:and|but|or|yet|while|although|though|because|so|"
                         r"whereas)\b", re.IGNORECASE)
# An interview's answer marker at the start of a paragraph ("A: “...”", "R. “...”").
_QA_ANSWER = re.compile(r"\s*(?:A|R|ANSWER|Answer)\s*[:.\-—–]\s*")
# Things that "say" a slogan: what they carry is not a quotation (GUIDELINES).
_SIGN_SPEAKER = re.compile(r"\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|"
                           r"graffiti|billboards?|murals?)\b", re.IGNORECASE)


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
        if word_count(inner) < MIN_WORDS or is_slogan_or_name(text, q, inner):
            continue
        # the window after the quote: to the end of its sentence or the next quote
        after_start = (q.close + 1) if q.close is not None else q.end
        next_open = quoted[n + 1].open if n + 1 < len(quoted) else len(text)
        after_end = sentence_end(text, after_start, min(p_end, next_open))
        after_text = text[after_start:after_end]
        ends_sentence = bool(re.search(r"[.!?…]['’\"”]?\s*$", inner.strip()))
        if ends_sentence and not attribution_follows(after_text):
            after_end = after_start
            after_text = ""
        # the window before: from the sentence start (or the previous quote)
        before_start = sentence_start(text, q.open, floor)
        if q.open - before_start < 1:
            before_start = q.open
        att: Attribution | None = None
        after_first = bool(re.search(r"[,—–-]['’\"”]?\s*$", inner.strip())) or (
            bool(after_text.strip()) and speech_verb_near_start(after_text))
        windows = [("after", after_start, after_end), ("before", before_start, q.open)]
        if not after_first:
            windows.reverse()
        if _NEW_CLAUSE.match(after_text):
            # '... said that it "will act," but did not say how': the words after the
            # quotation are a new clause, whatever verb of saying they hold
            windows = [w for w in windows if w[0] == "before"]
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
            m = DASH_NAME.match(after_text)
            if m is not None:
                att = Attribution(m.group(1), None, after_start + m.start(1),
                                  after_start + m.end(1), "named")
        if att is None and q.close is not None and ends_sentence:
            att = _paren_after(doc, text, q.close + 1)
        if att is None:
            att = _paren_label(text, before_start, q.open)
        if att is None:
            m = NAME_COLON.match(text[before_start:q.open])
            if m is not None and not {w.lower().rstrip(".") for w in m.group(1).split()} & (
                    NOT_SPEAKER_LABEL | NOT_NAME | set(ABBREV)):
                att = Attribution(m.group(1), None, before_start + m.start(1),
                                  before_start + m.end(1), "named")
        line_end = text.find("\n", q.open)
        line_end = len(text) if line_end < 0 else line_end
        if att is None and q.close is not None and q.open == first_char(text, p_start) \
                and line_end - q.open < HEADLINE_CHARS and q.close < line_end and \
                not re.search(r"[.!?]['’\"”]?\s*$", text[q.close + 1:line_end]):
            att = headline_subject_after(doc, q.close + 1, line_end)
        if att is None and first_char(text, before_start) == first_char(text, p_start):
            att = headline_speaker(text, before_start, q.open)
        lead_in = text[before_start:q.open]
        standalone = not lead_in.strip(" \t\n\u00a0—–-:")
        if att is None and _QA_ANSWER.fullmatch(lead_in) and \
                first_char(text, before_start) == first_char(text, p_start):
            # an interview's answer line: the previous answer's speaker, else the person
            # the introduction names
            if last_quote is not None:
                att = last_quote[1]
            else:
                att = last_person_before(doc, q.open, max(0, q.open - 3000), quote_ranges)
        # "..., adding later: '...'": a subjectless speech verb continues the speaker
        continues = standalone or (speech_verb_near_start(lead_in) and
                                   len(lead_in) < 60 and before_start == floor)
        if att is None and lead_in.rstrip().endswith(":") and before_start < q.open:
            att = colon_subject(doc, before_start, before_start + len(lead_in.rstrip()) - 1)
        if att is None and standalone and q.close is not None and ends_sentence:
            att = named_in_next_sentence(text, q.close + 1, p_end)
        if att is None and standalone and q.open == first_char(text, p_start):
            prev_start = max((b for b in breaks if b < p_start), default=0)
            att = colon_lead_in(doc, text, q.open, prev_start, quote_tokens)
        if att is None and standalone:
            att = narrative_subject(doc, q.open, p_start)
        if att is None and standalone and last_quote is None and \
                q.open == first_char(text, p_start):
            # a paragraph that is only a quotation, after a paragraph about a person
            # ("Maria Lopez walks with her two sons." / "“We will keep walking.”")
            prev_start = max((b for b in breaks if b < p_start), default=0)
            att = narrative_subject(doc, q.open, prev_start)
        if att is None and standalone and q.close is not None and ends_sentence and \
                q.open == first_char(text, p_start):
            # the next sentence, in this paragraph or, for a quotation that is the
            # whole paragraph, the next one
            att = introduced_after(doc, q.close + 1, p_end if text[q.close + 1:p_end].strip()
                                   else min(len(text), q.close + 400))
        if att is None and continues and last_quote is not None and \
                q.open - last_quote[0].end <= CONTINUATION_CHARS:
            att = last_quote[1]
        if att is None and last_quote is not None and last_quote[0].close is not None and \
                before_start == last_quote[0].close + 1 and _SAME_CLAUSE.match(lead_in):
            # 'told reporters that "..." but that the government "..."': the second
            # part of the same reported sentence
            att = last_quote[1]
        if att is None:
            logger.debug("no speaker for quote at %d: %r", q.start, inner[:40])
            if q.close is None and standalone:
                pending.append(q)  # may continue in the next paragraph
            else:
                pending.clear()
            continue
        att = complete_name(text, given_name(text, att))
        att = organisation_anaphor(doc, text, att, quote_ranges)
        att = document_author(doc, att, quote_ranges)
        resolved = resolve(att, doc, history, quote_ranges)
        if resolved is None and att.kind == "pronoun":
            # "“...,” she says. Marta Lopez, 31, is ...": named after the quotation
            resolved = introduced_after(doc, max(after_end, q.end + 1),
                                        min(len(text), after_end + 400))
        if resolved is None or _SIGN_SPEAKER.search(resolved.speaker):
            continue  # nobody, or "signs held by residents said '...'"
        # an unclosed quotation continued by this one takes the same speaker
        while pending and not text[pending[-1].end:q.open].strip():
            prev = pending.pop()
            out.append(_make_quote(article, text, prev, resolved))
        pending.clear()
        history.append(resolved)
        last_quote = (q, resolved)
        out.append(_make_quote(article, text, q, resolved))
    out.sort(key=lambda quote: quote.span.start)
    return _drop_repeats(out)


def _drop_repeats(quotes: list[Quote]) -> list[Quote]:
    """One quotation repeated (a headline that restates a quote of the body, often cut
    short: "'We just want a chance': ..." over "“We just want a chance to work.”"): keep
    one, the longest that a named speaker says, else the first."""
    groups: list[tuple[tuple[str, ...], list[Quote]]] = []
    for quote in quotes:
        key = tuple(_WORDS.findall(quote.text.lower())[:6])
        for other, group in groups:
            n = min(len(key), len(other))
            if n >= MIN_WORDS + 1 and key[:n] == other[:n]:
                group.append(quote)
                break
        else:
            groups.append((key, [quote]))
    keep = set()
    for _, group in groups:
        named = [q for q in group if q.speaker and q.speaker[:1].isupper()]
        keep.add(id(max(named, key=lambda q: len(q.text)) if named else group[0]))
    return [q for q in quotes if id(q) in keep]


_WORDS = re.compile(r"[^\W_]+")
# The words between two quotations of one reported sentence: 'that "..." but that the
# government "..."', '"..." and "..."' (no verb of saying: the same speaker).
_SAME_CLAUSE = re.compile(r"\s*,?\s*(?:but|and|while|yet)\s+(?:also\s+)?(?:that\s+)?"
                          r"(?:(?:the|its|his|her|their)\s+)?[\w\s’'-]{0,40}?\s*$")


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
