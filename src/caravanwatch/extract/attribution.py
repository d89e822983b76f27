"""Who says so: speaker and source attribution shared by quotes and figures.

News text attributes words and numbers in a handful of shapes, all handled here over a
spaCy ``Doc`` (token offsets are offsets into the article text):

- ``X said`` / ``said X`` / ``X told Reuters`` / ``X tweeted`` / ``X wrote`` ... : the
  subject of a speech verb (:data:`SPEECH_VERBS`), climbing from participles and
  infinitives ("..., adding later:") to the clause that has a subject;
- ``according to X``, ``data from X``, ``in the words of X``, ``X's statement``,
  ``a State Department statement``: the owner of a source phrase or speech noun;
- ``CBP reported``, ``X reporting``: reporting verbs for figures;
- pronouns (``he said``) and anaphoric descriptions (``said the woman``) resolve to the
  nearest preceding named person or speaker;
- unnamed descriptions ("a Haitian migrant", "one mother carrying her daughter") stay
  descriptions; roles come from appositions ("Cesar Rios, director of ...") or from
  title words before a name ("Defense Secretary Luis Sandoval").

Everything works on token indices and character windows; nothing is loaded here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from caravanwatch.extract.nlp import doc_ents, doc_text
from caravanwatch.extract.speech_words import (
    ANAPHORIC_NOUNS,
    INDEFINITE_SPEAKERS,
    KIN_NOUNS,
    PRONOUNS,
    SLOGAN_CUES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)

# Dependency labels of parts of a subject phrase that are not the speaker's name.
_CUT_DEPS = frozenset({"relcl", "appos", "advcl", "punct", "cc", "conj", "parataxis"})

Kind = Literal["named", "description", "pronoun", "organisation"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the text says said something, as the text names them."""

    speaker: str
    role: str | None
    start: int  # character offset of the speaker mention
    end: int
    kind: Kind


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—\u00a0")
    return text


def _strip_determiner(tokens: list[Token]) -> list[Token]:
    """Drop a leading "the" before a proper name ("the Mexican Foreign Ministry")."""
    if len(tokens) > 1 and tokens[0].lower_ == "the" and any(
            t.pos_ == "PROPN" or (t.text[:1].isupper()) for t in tokens[1:]):
        return tokens[1:]
    return tokens


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("26-year-old"), not a dash between clauses."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and \
        not tok.doc[tok.i - 1].whitespace_


def phrase_tokens(head: Token, exclude: set[int] | None = None) -> list[Token]:
    """The tokens of the noun phrase headed by ``head``, without relative clauses,
    appositions and parentheticals (which hold roles, not names)."""
    exclude = exclude or set()
    keep: set[int] = set()

    def walk(tok: Token, depth: int) -> None:
        if tok.i in exclude:
            return
        keep.add(tok.i)
        for child in tok.children:
            if child.dep_ in _CUT_DEPS and not (child.dep_ == "punct" and (
                    child.text in "()" or _inner_hyphen(child))):
                continue
            if child.dep_ == "acl" and depth > 0:
                continue
            if child.dep_ == "prep" and depth > 1:
                continue
            if child.dep_ in ("pcomp", "advmod") and depth > 0:
                continue
            walk(child, depth + (1 if child.dep_ in ("acl", "prep") else 0))

    walk(head, 0)
    ordered = sorted(keep)
    # keep a contiguous run around the head
    run = [head.i]
    for i in range(head.i - 1, ordered[0] - 1, -1):
        if i in keep:
            run.insert(0, i)
        else:
            break
    for i in range(head.i + 1, ordered[-1] + 1):
        if i in keep:
            run.append(i)
        else:
            break
    doc = head.doc
    # a name the NER knows is kept whole ("U.S. Customs and Border Protection")
    if head.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC"):
        for ent in doc_ents(doc):
            if ent.start <= head.i < ent.end:
                lo = min(run[0], ent.start)
                hi = max(run[-1], ent.end - 1)
                if all(j not in exclude for j in range(lo, hi + 1)):
                    run = list(range(lo, hi + 1))
                break
    toks = [doc[i] for i in run]
    # unbalanced parentheses at the end: drop them
    if toks and toks[-1].text == "(":
        toks = toks[:-1]
    return _strip_determiner(toks)


def person_in(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Index range (within ``tokens``) of the last PERSON entity run."""
    best = None
    i = 0
    while i < len(tokens):
        if tokens[i].ent_type_ == "PERSON":
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].ent_type_ == "PERSON":
                j += 1
            best = (i, j + 1)
            i = j + 1
        else:
            i += 1
    if best is not None:  # hyphenated surnames: "Guevara-Rosas"
        a, b = best
        while b + 1 < len(tokens) and tokens[b].text == "-" and \
                not tokens[b - 1].whitespace_ and tokens[b + 1].text[:1].isupper():
            b += 2
        best = (a, b)
    return best


def proper_run(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The trailing run of capitalised proper nouns (a name after a title)."""
    j = len(tokens)
    while j > 0 and tokens[j - 1].pos_ == "PROPN" and tokens[j - 1].text[:1].isupper():
        j -= 1
    if j < len(tokens):
        return (j, len(tokens))
    return None


def _appos_role(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ == "appos":
            # the first apposition only, up to the next comma
            text = head.doc[child.left_edge.i: child.right_edge.i + 1].text
            text = text.split(",")[0]
            return clean(text) or None
    return None


# Possessive determiners of a kin or role description ("her mother", "his neighbour").
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})


def _indefinite_appos(head: Token) -> str | None:
    """An indefinite description in apposition to ``head``, up to its head noun ("a
    Venezuelan woman" of ", a Venezuelan woman travelling with three children,")."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and \
                child.left_edge.lower_ in ("a", "an"):
            return clean(head.doc[child.left_edge.i: child.i + 1].text) or None
    return None


def speaker_of(head: Token, exclude: set[int] | None = None) -> Attribution | None:
    """The speaker named by the noun phrase headed by ``head``."""
    toks = phrase_tokens(head, exclude)
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    lower = head.lower_
    if lower in ("who", "which", "that") and head.head.dep_ == "relcl":
        return speaker_of(head.head.head, exclude)
    if lower in PRONOUNS:
        return Attribution(head.text, None, head.idx, head.idx + len(head.text), "pronoun")
    if head.pos_ == "PRON" and lower not in INDEFINITE_SPEAKERS:
        return Attribution(head.text, None, head.idx, head.idx + len(head.text), "pronoun")
    if head.pos_ == "VERB" and head.tag_ == "VBG":
        # "Writing on Facebook, the shelter's director, Father Pedro Pantoja, said": the
        # parser made the participle the subject; the name is in the phrase after it
        for tok in head.subtree:
            if tok.dep_ == "appos" and tok.pos_ in ("PROPN", "NOUN"):
                inner = speaker_of(tok, exclude)
                if inner is not None and inner.kind in ("named", "description"):
                    return inner
        return None
    words = [t.lower_ for t in toks]
    named_appos = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)
    if len(toks) == 2 and words[0] == "the" and words[1] in ANAPHORIC_NOUNS and \
            not named_appos:  # "the organizer, Luis Garcia," is named below
        return Attribution(clean(" ".join(t.text for t in toks)), None, start, end,
                           "pronoun")
    role = _appos_role(head)
    person = person_in(toks)
    last = toks[-1]
    if person is not None and last.dep_ == "pobj" and last.head.lower_ in ("for", "of") and (
            any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in last.children)):
        # "A spokesman for Dalton, Kyle Brennan, said": the name in apposition speaks for
        # the person the description names
        person = None
    if person is None:
        # "his incoming undersecretary, Alejandro Encinas," : the name is the apposition
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                inner = speaker_of(child, exclude)
                if inner is not None and inner.kind == "named":
                    own = clean(head.doc[toks[0].i: toks[-1].i + 1].text)
                    return Attribution(inner.speaker, own or inner.role, inner.start,
                                       inner.end, "named")
            # the NER may miss the name ("Alejandro Encinas" as a place): a run of two
            # or more proper nouns in apposition to a common noun is a person's name
            name = [t for t in child.subtree if t.pos_ == "PROPN"]
            if (child.dep_ == "appos" and head.pos_ == "NOUN" and len(name) >= 2
                    and len(name) == sum(not t.is_space for t in child.subtree)
                    and (child.ent_type_ not in ("ORG", "NORP")
                         or head.lower_ in KIN_NOUNS)):
                own = clean(head.doc[toks[0].i: toks[-1].i + 1].text)
                return Attribution(clean(head.doc[name[0].i: name[-1].i + 1].text), own,
                                   name[0].idx, name[-1].idx + len(name[-1].text), "named")
        # "A spokeswoman for the Border Patrol, Lt. Maria Ortiz," : the parser hangs the
        # name on the last noun of the description
        last = toks[-1]
        if last.i != head.i and last.head.i != last.i:
            for child in last.children:
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    inner = speaker_of(child, exclude)
                    if inner is not None and inner.kind == "named":
                        own = clean(head.doc[toks[0].i: toks[-1].i + 1].text)
                        return Attribution(inner.speaker, own or inner.role, inner.start,
                                           inner.end, "named")
    if person is None and any(t.pos_ == "PROPN" for t in toks):
        run = proper_run(toks)
        if run is not None and run[0] > 0 and toks[run[0] - 1].pos_ in ("NOUN", "ADJ"):
            person = run  # "migrant Jose Sorto": title words, then a name
    if person is not None:
        a, b = person
        name = toks[a:b]
        before = [t for t in toks[:a] if t.lower_ not in ("the", "a", "an")]
        if before and not any(t.tag_ == "POS" for t in before):
            role = role or clean(" ".join(t.text for t in before)) or None
        text = clean(head.doc[name[0].i: name[-1].i + 1].text)
        return Attribution(text, role, name[0].idx, name[-1].idx + len(name[-1].text),
                           "named")
    text = clean(head.doc[toks[0].i: toks[-1].i + 1].text)
    if not text:
        return None
    kind: Kind = "organisation" if any(t.pos_ == "PROPN" for t in toks) else "description"
    indefinite = _indefinite_appos(head)
    if kind == "description" and indefinite is not None and words[0] in _POSSESSIVES:
        # "Her mother, a Venezuelan woman travelling with three children, said": the
        # article's own description of an unnamed speaker, not a kin word relative to
        # someone else
        return Attribution(indefinite, text, start, end, "description")
    if kind == "organisation" and any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in toks):
        kind = "organisation"
    return Attribution(text, role, start, end, kind)


def is_speech_verb(tok: Token) -> bool:
    """A verb of saying (lemma in :data:`SPEECH_VERBS`)."""
    return tok.lemma_.lower() in SPEECH_VERBS or tok.lower_ in SPEECH_VERBS


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through participles, infinitives and
    coordinated verbs ("..., adding later:", "urged ... not to")."""
    tok: Token | None = verb
    for _ in range(6):
        if tok is None:
            return None
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
                if child.dep_ == "nsubjpass":
                    continue
                return child
        if tok.lemma_.lower() == "quote":  # "X was quoted by local media as saying"
            for child in tok.children:
                if child.dep_ == "nsubjpass":
                    return child
        for child in tok.children:
            if child.dep_ == "agent":  # "was told by X"
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp", "acl", "relcl", "pcomp",
                        "prep", "dobj", "pobj") and tok.head is not tok:
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return tok.head
            tok = tok.head
            continue
        return None
    return None




# Common nouns that name an institution able to issue a statement ("a statement from the
# Honduran foreign ministry"), from the bodies caravan news quotes.
_ORG_NOUNS: frozenset[str] = frozenset({
    "ministry", "government", "office", "agency", "department", "institute", "embassy",
    "consulate", "commission", "secretariat", "presidency", "administration", "army",
    "police", "guard", "patrol", "church", "archdiocese", "diocese", "organization",
    "organisation", "group", "coalition", "network", "council", "committee", "mission",
})


def _owner_of_noun(noun: Token) -> Attribution | None:
    """Who owns an utterance noun: "Peña Nieto's declaration", "a State Department
    statement", "a statement from the ministry", "data from the institute"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return speaker_of(child)
    comp = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod")
            and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))]
    if comp:
        toks: list[Token] = []
        for c in comp:
            toks.extend(t for t in c.subtree)
        toks = sorted(set(toks), key=lambda t: t.i)
        toks = [t for t in toks if t.pos_ != "DET"]
        if toks:
            text = clean(noun.doc[toks[0].i: toks[-1].i + 1].text)
            kind: Kind = "named" if any(t.ent_type_ == "PERSON" for t in toks) \
                else "organisation"
            return Attribution(text, None, toks[0].idx,
                               toks[-1].idx + len(toks[-1].text), kind)
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_ in ("sign", "issue", "release", "publish",
                                                    "post", "send", "write"):
            for agent in child.children:  # "a statement signed by the institute"
                if agent.dep_ == "agent":
                    for g in agent.children:
                        if g.dep_ == "pobj":
                            return speaker_of(g)
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for g in child.children:
                if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_
                                         or g.lower_ in _ORG_NOUNS or (
                                             child.lower_ == "by" and g.pos_ == "NOUN")):
                    return speaker_of(g)
    return None


def speech_attribution(doc: Doc, start: int, end: int, exclude: set[int],
                       prefer: Literal["first", "last"] = "last",
                       max_tokens: int | None = None, climb: bool = True,
                       ) -> Attribution | None:
    """The speaker of a speech verb or utterance noun in the window ``[start, end)``,
    ignoring tokens in ``exclude`` (quoted text).  ``max_tokens`` limits the search to
    the first words of the window; without ``climb`` the verb must have its own
    subject ("X said", "said X"), as after a quotation."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    toks = [t for t in span if t.i not in exclude and not t.is_space]
    if max_tokens is not None:
        toks = toks[:max_tokens]
    if prefer == "last":
        toks = list(reversed(toks))
    for tok in toks:
        if tok.lemma_ == "read" and tok.pos_ == "VERB":
            # "reads a statement by the bishops", "The statement, signed by X, read:"
            for child in tok.children:
                if child.dep_ in ("nsubj", "dobj") and child.lower_ in SPEECH_NOUNS:
                    owner = _owner_of_noun(child)
                    if owner is not None:
                        return owner
        if tok.pos_ in ("VERB", "AUX") and is_speech_verb(tok):
            if tok.lemma_ == "put" and not any(c.lower_ == "it" for c in tok.children):
                continue
            while tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX") and (
                    is_speech_verb(tok.head)):
                tok = tok.head  # "X said El Paso would declare ...": X speaks
            subj = subject_of(tok) if climb else _own_subject(tok)
            if subj is None or subj.i in exclude:
                continue
            if not climb and not (span.start <= subj.i < span.end or
                                  subj.pos_ == "PRON"):
                continue
            att = speaker_of(subj, exclude)
            if att is not None:
                return att
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in SPEECH_NOUNS:
            owner = _owner_of_noun(tok)
            if owner is not None:
                return owner
            # "sent a clear message:", "put out a statement:" -> the verb's subject
            if tok.dep_ in ("dobj", "pobj", "attr") and tok.head.pos_ in ("VERB", "ADP"):
                verb = tok.head if tok.head.pos_ == "VERB" else tok.head.head
                subj = subject_of(verb)
                if subj is not None and subj.i not in exclude:
                    att = speaker_of(subj, exclude)
                    if att is not None:
                        return att
    return None


__all__ = [
    "ANAPHORIC_NOUNS", "PRONOUNS", "SLOGAN_CUES", "SPEECH_NOUNS", "SPEECH_VERBS",
    "Attribution", "Kind", "clean", "doc_text", "person_in",
    "phrase_tokens", "proper_run", "speaker_of", "speech_attribution",
    "subject_of",
]
