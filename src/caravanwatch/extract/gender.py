"""Grammatical gender of a person mention, so "she said" does not go to a man.

News prose marks the gender of the people it names in a few reliable ways, used here in
this order:

1. a title or a kin/role noun next to the name ("Sister Alma Quiroz", "her husband,
   Wilmer", "Rosa Flores, a mother of four", "Carlos, 34, a father of two");
2. the first pronoun that refers back to the name in its own sentence when the name is
   the subject ("Rosa Flores ... with her two sons");
3. the given name: a short list of common Spanish and English given names, then the
   Spanish endings -a (feminine) and -o (masculine) with their usual exceptions.

Unknown gender is ``None`` and never rules a candidate out.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Literal

from caravanwatch.extract.attribution import doc_text
from caravanwatch.extract.mentions import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

Gender = Literal["f", "m"]

# Titles and person nouns that carry gender (English and Spanish), from AP style's
# courtesy titles, clerical titles and the kin and role nouns caravan features use.
_FEMININE_WORDS = frozenset({
    "mrs", "ms", "miss", "madam", "madame", "sra", "señora", "senora", "doña", "dona",
    "sister", "sor", "madre", "mother", "mom", "mum", "woman", "women", "wife", "daughter",
    "granddaughter", "grandmother", "grandma", "girl", "aunt", "niece", "widow", "lady",
    "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "councilwoman",
    "policewoman", "actress", "queen", "princess", "nun", "abuela", "hija", "esposa",
    "girlfriend", "fiancee", "fiancée", "stepmother", "mother-of-two", "mother-of-three",
    "mum-of-two", "mum-of-three",
})
_MASCULINE_WORDS = frozenset({
    "mr", "sr", "señor", "senor", "don", "father", "fr", "padre", "brother", "br",
    "dad", "man", "men", "husband", "son", "grandson", "grandfather", "grandpa", "boy",
    "uncle", "nephew", "widower", "gentleman", "spokesman", "congressman", "chairman",
    "businessman", "councilman", "policeman", "actor", "king", "prince", "monk", "abuelo",
    "hijo", "esposo", "boyfriend", "fiance", "fiancé", "stepfather", "bishop",
    "archbishop", "cardinal", "priest",
})
# Given names whose gender the endings get wrong or do not give, from the names in
# caravan coverage (Central American, Mexican, Venezuelan, Haitian and US) and our tests.
_FEMININE_NAMES = frozenset({
    "rocio", "rocío", "consuelo", "rosario", "amparo", "socorro", "pilar", "carmen",
    "mercedes", "dolores", "lourdes", "guadalupe", "ines", "inés", "isabel", "raquel",
    "ruth", "esther", "beatriz", "luz", "maribel", "marisol", "soledad", "yesenia",
    "yolanda", "nancy", "karen", "ingrid", "jennifer", "elizabeth", "sarah", "rachel",
    "kelly", "kimberly", "dilcia", "keyla", "dalia", "abigail", "evelyn", "astrid",
    "ashley", "nicole", "michelle", "jasmine", "esmeralda", "gladys", "iris", "miriam",
    "noemi", "noemí", "reyna", "belen", "belén", "marlen", "jacqueline", "kathy", "linda",
    "mary", "susan", "carol", "janet", "ann", "anne", "joan", "jean", "kirstjen", "norma",
    "elvira", "olga", "alma", "ana", "maria", "maría", "doris", "lilian", "lilián",
    "mildred", "madeline", "katherine", "catherine", "heidi", "wendy", "sandy", "cindy",
})
_MASCULINE_NAMES = frozenset({
    "luca", "joshua", "elijah", "jonah", "nicola", "andrea", "borja", "mustafa", "garcia",
    "jose", "josé", "juan", "luis", "carlos", "jorge", "miguel", "angel", "ángel", "jesus",
    "jesús", "david", "daniel", "manuel", "jonathan", "kevin", "marvin", "wilmer", "edwin",
    "nelson", "oscar", "óscar", "ever", "elvin", "wilson", "denis", "dennis", "francis",
    "elias", "elías", "andres", "andrés", "tomas", "tomás", "nicolas", "nicolás", "raul",
    "raúl", "ruben", "rubén", "ivan", "iván", "osman", "henry", "william", "walter",
    "javier", "cesar", "césar", "hector", "héctor", "victor", "víctor", "isaac", "isaias",
    "jairo", "edgar", "mark", "john", "james", "robert", "michael", "donald", "joe", "tom",
    "jeff", "chad", "greg", "steve", "paul", "peter", "irineo", "bartolo", "alex",
    "enrique", "felipe", "guillermo", "josue", "josué", "abel", "adrian", "adrián",
    "cristian", "christian", "samuel", "gabriel", "rafael", "ismael", "israel", "joel",
    "noel", "omar", "pablo", "saul", "saúl", "lenin", "ariel", "gerson", "brayan",
})


def word_gender(word: str) -> Gender | None:
    low = word.lower().rstrip(".")
    if low in _FEMININE_WORDS:
        return "f"
    if low in _MASCULINE_WORDS:
        return "m"
    return None


def name_gender(given: str) -> Gender | None:
    """The usual gender of a given name, or ``None``."""
    low = given.lower()
    if low in _FEMININE_NAMES:
        return "f"
    if low in _MASCULINE_NAMES:
        return "m"
    if not re.fullmatch(r"[a-záéíóúñü]{3,}", low):
        return None
    if low.endswith("a"):
        return "f"
    if low.endswith("o"):
        return "m"
    return None


def known_given_name(word: str) -> bool:
    """A given name of the lists (not guessed from its ending)."""
    return word.lower() in _FEMININE_NAMES or word.lower() in _MASCULINE_NAMES


def _full_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The longest earlier full name (:func:`.mentions.full_names`) that ends with the
    same surname: "Paredes" -> "Yesenia Paredes"."""
    from caravanwatch.extract.mentions import full_names

    text = doc_text(doc)
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    best = (start, end)
    for a, b in full_names(doc, end):
        if a > start:
            continue
        words = text[a:b].split()
        if len(words) > 1 and words[-1] == last and b - a > best[1] - best[0]:
            best = (a, b)
    return best


def full_name_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span of the earlier full name a bare surname at ``[start, end)`` stands for
    (the span itself when none)."""
    return _full_name(doc, start, end)


def _cue_gender(tokens: list[Token]) -> Gender | None:
    for tok in tokens:
        g = word_gender(tok.text)
        if g is not None:
            return g
    return None


def gender_of(doc: Doc, start: int, end: int) -> Gender | None:
    """The gender the text gives the person mentioned at ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if len(span) == 1 and span[0].pos_ == "PRON":
        return pronoun_gender(span[0].text)
    f_start, f_end = _full_name(doc, start, end)
    full = doc.char_span(f_start, f_end, alignment_mode="expand") or span
    for mention in (full, span):
        # a title inside or right before the name ("Sister Alma", "Mrs. Ruiz")
        before = [t for t in doc[max(0, mention.start - 2):mention.start]
                  if not t.is_punct]
        g = _cue_gender(list(mention)[:1] + before[-1:])
        if g is not None:
            return g
        head = mention.root
        # "her husband, Wilmer": the noun the name is in apposition to; "Rosa Flores, a
        # mother of four": the apposition of the name
        if head.dep_ == "appos":
            g = word_gender(head.head.text)
            if g is not None:
                return g
        for child in head.children:
            if child.dep_ == "appos":
                g = _cue_gender([t for t in child.subtree if t.pos_ == "NOUN"][:2])
                if g is not None:
                    return g
    words = _name_words([w for w in full.text.split() if w[:1].isupper()])
    given = words[0].rstrip(".").lower() if words else ""
    if given in _FEMININE_NAMES or given in _MASCULINE_NAMES:
        return name_gender(given)
    g = _pronoun_after(full)
    if g is not None:
        return g
    if len(words) >= 2 or (len(words) == 1 and full.start_char != span.start_char):
        return name_gender(given)
    return None


# Title and office words the NER keeps inside a name ("Guatemalan President Alejandro
# Giammattei", "Honduran Foreign Minister Lisandro Rosales"): the given name follows them.
_TITLE_WORDS = PERSON_NOUNS | frozenset({
    "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "dr", "prof", "rev", "msgr",
    "general", "colonel", "captain", "sergeant", "commander", "ambassador", "judge",
    "sheriff", "chancellor", "congressman", "congresswoman", "former",
})


def _name_words(words: list[str]) -> list[str]:
    """The words of a name from the given name on: a known given name if there is one,
    else the word after the last title word."""
    for i, w in enumerate(words):
        if w.rstrip(".").lower() in _FEMININE_NAMES | _MASCULINE_NAMES:
            return words[i:]
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.rstrip(".").lower() in _TITLE_WORDS:
            cut = i + 1
    return words[cut:]


def _pronoun_after(mention: Span) -> Gender | None:
    """The first third-person singular pronoun after a subject mention in its sentence,
    when no other person is named in between."""
    root = mention.root
    if root.dep_ not in ("nsubj", "nsubjpass") and not (
            root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")):
        return None
    doc = mention.doc
    for tok in doc[mention.end:mention.sent.end]:
        if tok.ent_type_ == "PERSON" or tok.text in ('"', "“", "”"):
            return None
        # only a possessive or a subject pronoun points back to the subject ("with her
        # sons", "said he would"); "beside him" is somebody else
        if not (tok.dep_ == "poss" or tok.dep_ in ("nsubj", "nsubjpass")):
            continue
        if tok.lower_ in ("he", "his"):
            return "m"
        if tok.lower_ in ("she", "her"):
            return "f"
    return None


def pronoun_gender(word: str) -> Gender | None:
    """``"f"`` for she/her, ``"m"`` for he/him/his, else ``None``."""
    low = word.lower()
    if low in ("she", "her", "herself"):
        return "f"
    if low in ("he", "him", "his", "himself"):
        return "m"
    return None


__all__ = ["Gender", "gender_of", "name_gender", "pronoun_gender", "word_gender"]
