"""Attribution right after a quotation read with regular expressions: ``, said X``,
``, X said``, ``, X, a role, told Y`` -- a fallback for parses broken by the quote."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    ANAPHORIC_NOUNS,
    PRONOUNS,
    Attribution,
    Kind,
    clean,
    doc_text,
    person_in,
    proper_run,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# Word forms of the commonest attribution verbs, for the regular-expression fallback
# when the parse of a quote-heavy sentence is broken.
_SAY_FORMS = (r"said|says|say|told|tells|added|adds|wrote|writes|tweeted|stated|states|"
              # present tense of headlines: "'We will not stop,' vows caravan organiser"
              r"vows|warns|insists|urges|pleads|claims|admits|asks|declares|demands|"
              r"promises|tweets|explains|recalls|"
              r"explained|insisted|noted|warned|asked|recalled|continued|declared|"
              r"replied|answered|argued|claimed|posted|announced|concluded|stressed|"
              r"emphasized|cried|shouted|exclaimed|whispered|admitted|acknowledged|"
              r"recounted|lamented|complained|pleaded|predicted|joked|conceded|remarked|"
              r"observed|cautioned|urged|sighed|laughed|sobbed|muttered|quipped|"
              r"confirmed|denied|demanded|promised|vowed|repeated|reiterated|fumed|raged|gushed|"
              r"snapped|preached|prayed|revealed|confided|reflected|remembered|shrugged|"
              r"sneered|scoffed|thundered|roared|retorted|countered|interjected|groaned|"
              r"moaned|grumbled|ranted|chuckled|wept|wailed|stammered|murmured|mumbled|"
              r"mused|beamed|smiled|blasted|slammed|hit\s+out|raved|pleaded|begged")
_NAME = r"(?:[A-Z][\w’'.\-]*|de|del|la|van|von|da|dos|y)"
_AFTER_INVERTED = re.compile(
    rf"^[\s,—–\-]*(?:{_SAY_FORMS})\s+(?P<np>(?:the\s+|a\s+|an\s+|one\s+)?[^,.;:!?]{{2,80}}?)"
    r"\s*(?:,|\.|;|$|\s+(?:in|on|at|during|after|before|from|to|who|while|as|when)\b)")
_AFTER_NAME_FIRST = re.compile(
    rf"^[\s,—–\-]*(?P<np>(?:the\s+|a\s+|an\s+|one\s+)?[^,.;:!?\"“”]{{2,80}}?)"
    rf"(?P<appos>,[^,]{{1,90}},)?\s+(?:{_SAY_FORMS})\b")


def regex_after(doc: Doc, start: int, end: int) -> Attribution | None:
    """``, said X`` / ``, X said`` / ``, X, a role, told Y`` right after a quotation,
    read with regular expressions (a fallback for parses broken by the quote)."""
    text = doc_text(doc)[start:end]
    blank = re.search(r"\n[ \t]*\n", text)
    if blank is not None:  # a headline's attribution ends with its line
        text = text[:blank.start()]
        end = start + blank.start()
    m = _AFTER_NAME_FIRST.match(text) or _AFTER_INVERTED.match(text)
    if m is None:
        return None
    np_start, np_end = start + m.start("np"), start + m.end("np")
    np = doc_text(doc)[np_start:np_end].strip()
    if not np or len(np.split()) > 8:
        return None
    role = None
    if "appos" in m.groupdict() and m.group("appos"):
        role = clean(m.group("appos"))
        # ", the migrants' spokesman, Luis García, told": a lower-case description with a
        # name in apposition; the name is the speaker
        a_start = start + m.start("appos") + 1
        a_span = doc.char_span(a_start, start + m.end("appos") - 1, alignment_mode="contract")
        if (a_span is not None and np[:1].islower() and role
                and re.fullmatch(rf"[A-Z][\w’'.\-]*(?:\s+{_NAME})+", role)
                and any(t.ent_type_ == "PERSON" for t in a_span)):
            first_tok = next(t for t in a_span if not t.is_space)
            return Attribution(role, np, first_tok.idx, first_tok.idx + len(role), "named")
    elif m.re is _AFTER_INVERTED:
        rest = text[m.end("np"):]
        r = re.match(r"\s*,\s*([^,.;]{3,90})", rest)
        if r and not re.match(r"(?:who|which|as|while|when|adding|saying)\b", r.group(1)):
            role = clean(r.group(1))
    span = doc.char_span(np_start, np_end, alignment_mode="expand")
    if span is not None and len(span):
        toks = list(span)
        first = toks[0].lower_
        if len(toks) == 1 and (first in PRONOUNS):
            return Attribution(toks[0].text, None, toks[0].idx,
                               toks[0].idx + len(toks[0].text), "pronoun")
        if len(toks) == 2 and first == "the" and toks[1].lower_ in ANAPHORIC_NOUNS:
            return Attribution(np, None, np_start, np_end, "pronoun")
        person = person_in(toks) or proper_run(toks)
        if person is not None:
            a, b = person
            name = toks[a:b]
            before = [t.text for t in toks[:a] if t.lower_ not in ("the", "a", "an")]
            if before and not role:
                role = clean(" ".join(before))
            if a > 0 or b - a >= 1:
                text_name = clean(doc[name[0].i: name[-1].i + 1].text)
                kind: Kind = "named" if any(t.ent_type_ == "PERSON" for t in name) or \
                    a > 0 else "organisation"
                if not re.fullmatch(rf"{_NAME}(?:\s+{_NAME})*", text_name):
                    text_name = np
                return Attribution(text_name, role, name[0].idx,
                                   name[-1].idx + len(name[-1].text), kind)
    words = np.split()
    if words and words[0].lower() == "the" and len(words) > 1 and words[1][:1].isupper():
        np = " ".join(words[1:])
    return Attribution(np, role, np_start, np_end, "description")
