"""Definite descriptions that point back to a named person.

GUIDELINES (quotes) use the article's description of a speaker only when the speaker is
unnamed, so in "Maria Lopez, a Honduran mother of three, walked beside the highway. “We
are not criminals,” the mother of three said." the speaker is Maria Lopez.

A definite description ("the mother of three", "the 42-year-old", "the Honduran", "the
former deputy", "the pastor") resolves to the nearest earlier person whom the text
introduced with it: title or role words before the name ("Former deputy Luis Cardenas",
"Tapachula Mayor Rosa Urbina"), an apposition after it ("Jorge Mejia, 42,", "Maria Lopez,
a Honduran mother of three,") or a predicate ("Dilcia Ramos is Guatemalan").  Failing
that, a generic noun ("the woman", "the migrant") is left to pronoun resolution (the last
person of the right gender) unless the text has introduced an unnamed one since ("a woman
carried a baby"); any other description ("the mayor" of a mayor never named) stays as
written.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import Attribution, clean, doc_text
from caravanwatch.extract.gender import full_name_span
from caravanwatch.extract.mentions import PERSON_NOUNS, person_mentions, titled_person_before
from caravanwatch.extract.quote_speakers import TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# How far back (characters) a description may point to the person it describes: a
# feature names someone once and calls them "the 42-year-old" pages later; the
# introduction must match, so a long reach is safe (about six paragraphs).
DESCRIPTION_CHARS = 4000

# Nouns a text uses for anyone of the right sex or age, introduced or not: with no
# introduction they point to the last person that fits (like a pronoun).
GENERIC_NOUNS = frozenset({
    "woman", "man", "lady", "gentleman", "girl", "boy", "youth", "migrant", "person",
    "mother", "father", "grandmother", "grandfather", "child", "kid",
})
# Adjectives that do not narrow a generic noun ("the young man", "the older woman").
_VAGUE_ADJECTIVES = frozenset({"young", "old", "older", "elderly", "little", "small",
                               "other", "first", "second"})
# Person nouns beyond :data:`.mentions.PERSON_NOUNS` that head descriptions in caravan
# features and wire copy.
_MORE_PERSON_NOUNS = frozenset({
    "officer", "soldier", "agent", "doctor", "nurse", "mechanic", "teacher", "deputy",
    "official", "mayor", "governor", "minister", "bishop", "priest", "nun", "pastor",
    "deacon", "sister", "marcher", "deportee", "survivor", "refugee", "asylum-seeker",
    "organiser", "organizer", "guard", "cook", "fisherman", "electrician", "plumber",
    "tailor", "baker", "barber", "labourer", "laborer", "engineer", "journalist",
    "teen", "teenager", "veteran", "dad", "mom", "mum", "widow", "widower", "couple",
    "general", "commander", "chief", "congressman", "congresswoman", "ambassador",
    "consul", "judge", "sheriff", "senator", "spokesman", "spokeswoman", "spokesperson",
    "lawmaker", "legislator", "candidate", "president", "father-of-two", "mother-of-two",
})
# Words that introduce the same role under another name ("Father Alejandro Solalinde"
# is "the priest"; "Dr. Ruiz" is "the doctor"): clerical, medical and police titles.
_SYNONYMS: dict[str, frozenset[str]] = {
    "priest": frozenset({"father", "fr", "padre", "reverend", "rev", "msgr", "monsignor"}),
    "nun": frozenset({"sister", "sor"}),
    "pastor": frozenset({"reverend", "rev", "minister"}),
    "doctor": frozenset({"dr", "physician"}),
    "officer": frozenset({"police", "policeman", "policewoman", "sergeant", "sgt", "lt",
                          "lieutenant", "capt", "captain", "agent"}),
    "spokesman": frozenset({"spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "official": frozenset({"officer", "spokesman", "spokeswoman", "spokesperson",
                           "director", "commissioner", "secretary", "minister"}),
    "minister": frozenset({"secretary"}),
    "general": frozenset({"gen"}),
    "governor": frozenset({"gov"}),
    "senator": frozenset({"sen"}),
    "teacher": frozenset({"professor", "prof"}),
    "lawyer": frozenset({"attorney", "atty"}),
    "attorney": frozenset({"lawyer"}),
    "teenager": frozenset({"teen", "teenage"}),
    "teen": frozenset({"teenager", "teenage"}),
    "organizer": frozenset({"organiser", "coordinator"}),
    "organiser": frozenset({"organizer", "coordinator"}),
}
# Words of a description that say nothing about the person.
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "eleven", "twelve"})
_STOP = frozenset({"the", "of", "a", "an", "from", "with", "in", "for", "at", "and", "on",
                   "who", "to"})
# Words that end the head part of a description ("the mother of three").
_AFTER_HEAD = frozenset({"of", "from", "with", "in", "for", "at", "on", "who", "to"})
# Words that open an apposition after a name ("Jorge Mejia, 42, a bricklayer,").
_APPOS_OPENERS = frozenset({
    "a", "an", "the", "one", "who", "whose", "from", "of", "his", "her", "their", "now",
    "formerly", "once", "originally", "himself", "herself", "also", "another", "both",
})
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ean|ese|ine|i)")
_AGE = re.compile(r"(\d{1,3})-year-old")
_PHRASE = re.compile(r"\b[Tt]he\s+((?:[\w’'\-]+\s+){0,5}[\w’'\-]+)$")
# "the director of the Migration Institute, [Víctor] Hugo Sandoval": a role phrase,
# a comma, and the name (one given name may sit before the full name found).
_ROLE_BEFORE = re.compile(r"\b((?i:the|its|his|her|their)\s+[^,.;:!?\"“”()]{1,80}?),\s+"
                          r"(?:[A-Z][\w’'-]+\s+)?$")
_WORDS = re.compile(r"[\w’']+(?:-[\w’']+)*")


def _definite_phrase(text: str, att: Attribution) -> tuple[str, int] | None:
    """The definite description that ends at the speaker mention ("the mother of
    three", "the 42-year-old", "the Honduran") and where it starts."""
    lo = max(0, att.start - 50)
    m = _PHRASE.search(text, lo, att.end)
    if m is None or m.start() > att.start:
        return None
    return m.group(1), m.start()


def _head(words: list[str]) -> str:
    head = []
    for w in words:
        if w.lower() in _AFTER_HEAD:
            break
        head.append(w)
    return head[-1] if head else words[-1]


def _is_person_head(head: str) -> bool:
    low = head.lower()
    return (low in PERSON_NOUNS or low in _MORE_PERSON_NOUNS or bool(_AGE.fullmatch(low))
            or bool(_DEMONYM.fullmatch(head)))


def _profile(doc: Doc, mention: Attribution) -> str:
    """What the text says a person is where it names them: title and role words before
    the name, appositions after it, and the predicate of "<name> is ..."."""
    text = doc_text(doc)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    parts = [text[mention.start:mention.end]]
    if span is not None and len(span):
        root = span.root
        left = root.left_edge.i
        if left < span.start and span.start - left <= 6:
            parts.append(doc[left:span.start].text)
        if root.dep_ == "appos" and root.head.i < span.start:
            # "the municipal shelter director, Doris Paz,": the role the name stands
            # in apposition to
            role = root.head
            while role.dep_ == "pobj" and role.head.lower_ == "of" and \
                    role.head.head.i < role.i:
                role = role.head.head  # "the director of the network, Pablo Mena,"
            parts.append(doc[role.left_edge.i:span.start].text)
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in (
                "be", "work", "serve", "become", "remain"):
            for child in root.head.children:
                if child.i > root.head.i and child.dep_ in (
                        "attr", "acomp", "prep", "npadvmod", "oprd", "dobj"):
                    parts.append(doc[child.left_edge.i:child.right_edge.i + 1].text)
    # a role before the full name that the parser hung elsewhere ("alongside the
    # director of the Migration Institute, Víctor Hugo Sandoval,")
    first = full_name_span(doc, mention.start, mention.end)[0]
    before = _ROLE_BEFORE.search(text, max(0, first - 120), first)
    if before is not None:
        parts.append(before.group(1))
    pos = mention.end
    for _ in range(3):  # appositions: ", 42, a bricklayer from Olancho,"
        m = re.match(r"\s*,\s*([^,.;:!?\"“”()]{1,90})", text[pos:pos + 100])
        if m is None:
            break
        segment = m.group(1)
        opener = segment.split()[0].lower() if segment.split() else ""
        if opener not in _APPOS_OPENERS and not opener[:1].isdigit():
            break
        parts.append(segment)
        pos += m.end()
    return " ".join(parts)


def _matches(words: list[str], profile: str) -> bool:
    """Every telling word of the description is in the person's profile."""
    found = set()
    for w in _WORDS.findall(profile.lower()):
        found.add(w)
        found.update(w.split("-"))
    numbers = {int(w) for w in found if w.isdigit() and len(w) <= 3}
    content = [w for w in words if w.lower() not in _STOP]
    if not content:
        return False
    for word in content:
        low = word.lower()
        age = _AGE.fullmatch(low)
        if age is not None:
            if int(age.group(1)) not in numbers:
                return False
        elif low in ("teenager", "teen", "teenage") and not (
                found & {"teenager", "teen", "teenage"}) :
            if not any(13 <= n <= 19 for n in numbers):
                return False
        elif _DEMONYM.fullmatch(word) and word[:1].isupper():
            stem = low[:min(6, len(low) - 2)]
            if not any(w.startswith(stem) for w in found):
                return False
        elif low not in found and not (_SYNONYMS.get(low, frozenset()) & found) and not (
                low.endswith("s") and low[:-1] in found):
            return False
    return True


def _bare_name(name: str) -> str:
    """A name without the title or role words the NER kept in it ("Tapachula Mayor Rosa
    Urbina" -> "Rosa Urbina")."""
    words = name.split()
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in TITLES or w.lower() in PERSON_NOUNS or \
                w.lower() in _MORE_PERSON_NOUNS or w.lower() == "former":
            cut = i + 1
    return " ".join(words[cut:]) or name


def _unnamed_since(text: str, head: str, start: int, end: int) -> bool:
    """An unnamed person with this noun is introduced between ``start`` and ``end`` ("a
    woman carried a baby", "one teenager from Colon")."""
    pattern = re.compile(rf"\b(?i:a|an|one|another)\s+(?:[\w’'\-]+\s+){{0,3}}?"
                         rf"(?i:{re.escape(head)})\b")
    return pattern.search(text, start, end) is not None


# Person nouns by sex, for "the man" after "a father of three" was introduced.
_MALE_NOUNS = ("man", "father", "husband", "son", "brother", "grandfather", "boy",
               "farmer", "widower", "dad")
_FEMALE_NOUNS = ("woman", "mother", "wife", "daughter", "sister", "grandmother", "girl",
                 "widow", "mom", "mum")


def _introduced_unnamed(text: str, head: str, start: int, end: int) -> str | None:
    """The last unnamed person of the head noun's sex introduced between ``start`` and
    ``end`` with another noun ("a Honduran father of three" for "the man"), as written
    from its article; ``None`` when the noun itself introduced them or nobody fits."""
    low = head.lower()
    nouns = _MALE_NOUNS if low in _MALE_NOUNS else _FEMALE_NOUNS if low in _FEMALE_NOUNS \
        else ()
    if not nouns:
        return None
    pattern = re.compile(rf"\b([Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w’'\-]+\s+){{0,3}}?)"
                         rf"({'|'.join(nouns)})\b((?:\s+of\s+(?:one|two|three|four|five|six|"
                         rf"seven|eight|\d+))?)")
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    if found is None or found.group(3) == low:
        return None
    return "a " + found.group(0).split(None, 1)[1] if found.group(1).lower() != "an" \
        else found.group(0)[:1].lower() + found.group(0)[1:]


# Comparatives of age that pick one of two people the text gave ages ("the younger man",
# "the older cousin", "the elder of the two").
_YOUNGER = frozenset({"younger", "youngest"})
_OLDER = frozenset({"older", "oldest", "elder", "eldest"})
_AGE_IN_PROFILE = re.compile(r"(?<![\w.,])(\d{1,2})(?:-year-old)?(?![\w.,]|\s*(?:%|percent))")


def _by_age(doc: Doc, content: list[str], mentions: list[Attribution]) -> str | None:
    """The younger or older of the last two people whose ages the text gave, for a
    description with an age comparative; ``None`` when it has none or ages are missing."""
    if not content or content[0] not in _YOUNGER | _OLDER:
        return None
    text = doc_text(doc)
    aged: dict[str, int] = {}
    for mention in mentions:  # latest first
        # a bare surname stands for the full name before it; a full name for itself
        # (relatives share surnames)
        a, b = (mention.start, mention.end) if len(mention.speaker.split()) > 1 else \
            full_name_span(doc, mention.start, mention.end)
        name = text[a:b]
        profile = _profile(doc, mention).replace(mention.speaker, " ", 1)
        age = _AGE_IN_PROFILE.search(profile)
        if age is not None and name not in aged and \
                not any(name in other or other in name for other in aged):
            aged[name] = int(age.group(1))
        if len(aged) == 2:
            break
    if len(aged) < 2 or len(set(aged.values())) < 2:
        return None
    pick = min if content[0] in _YOUNGER else max
    return pick(aged, key=lambda name: aged[name])


def resolve_description(doc: Doc, att: Attribution,
                        skip: Iterable[tuple[int, int]] = ()) -> Attribution:
    """The named person a definite description points to; a generic description the
    text has not introduced otherwise comes back as a "pronoun" for gender-aware
    resolution; any other description comes back as written ("the mayor")."""
    if att.kind not in ("description", "pronoun", "organisation"):
        return att
    text = doc_text(doc)
    found = _definite_phrase(text, att)
    if found is None:
        return att
    phrase, start = found
    words = phrase.split()
    head = _head(words)
    if not _is_person_head(head) or any(
            w[:1].isupper() and not _DEMONYM.fullmatch(w) for w in words):
        return att  # "the Human Rights Advocate for El Salvador" is a name
    skip = list(skip)
    written = clean(text[start:att.end])
    floor = max(0, start - DESCRIPTION_CHARS)
    mentions = sorted(person_mentions(doc, start, floor, skip), key=lambda a: -a.start)
    # people (by surname) whose introduction fits, and the name it gives them; the one
    # mentioned last wins ("President Andrés Manuel López Obrador ... President Donald
    # Trump ... López Obrador spoke ... “...,” the president said.")
    fitting: dict[str, str] = {}
    for mention in reversed(mentions):
        key = mention.speaker.split()[-1].lower()
        if key not in fitting and _matches(words, _profile(doc, mention)):
            fitting[key] = _bare_name(mention.speaker)
    for mention in mentions:
        key = mention.speaker.split()[-1].lower()
        if key in fitting:
            return Attribution(fitting[key], written, att.start, att.end, "named")
    content = [w.lower() for w in words if w.lower() not in _STOP]
    compared = _by_age(doc, content, mentions)
    if compared is not None:
        return Attribution(compared, written, att.start, att.end, "named")
    if len(content) == 1:
        titled = titled_person_before(doc, content[0], start, max(0, start - 1500), skip)
        if titled is not None:
            return Attribution(titled.speaker, written, att.start, att.end, "named")
    generic = head.lower() in GENERIC_NOUNS and all(
        w in _VAGUE_ADJECTIVES or w in _COUNTS or w.isdigit() or w == head.lower()
        or _DEMONYM.fullmatch(w.capitalize()) for w in content)
    if generic:  # "the woman", "the young man", "the Honduran mother of three"
        last = mentions[0].end if mentions else 0
        introduced = _introduced_unnamed(text, head, last, start)
        if introduced is not None:
            # "a Honduran father of three ... “...,” the man said": the description the
            # text introduced the unnamed person with
            return Attribution(introduced, written, att.start, att.end, "description")
        if not _unnamed_since(text, head, last, start):
            # resolved like a pronoun by its head noun (its gender); the description
            # as written rides in ``role`` for when nobody fits
            return Attribution(f"the {head.lower()}", written, att.start, att.end,
                               "pronoun")
    return Attribution(written, att.role, att.start, att.end, "description")
