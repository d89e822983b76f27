"""The size of a travelling migrant group, as one sentence states it.

``find_group_size(sentence)`` returns the number of people in the group the sentence
talks about ("more than 300 migrants", "a 1,000-strong group", "a caravan of 2,000",
"unos 2.000 migrantes") or ``None``.  It builds on :func:`numbers.find_quantities`, so
years, ages, dates, times, distances, money, percents, route numbers and vague plurals
("thousands") are never sizes.

Choice among several candidates (documented convention):

1. Tiers.  (a) a number tied to a group word by the sentence's structure ("a caravan
   of 2,000", "a 1,000-strong group", "numbering about 1,500", "estimated at 4,000",
   "with 3,000 members", "conformado por unas 200 personas") or counting a
   ``GROUP_NOUNS`` noun ("300 migrants", "dos mil hondureños"); (b) a bare count that a
   verb follows ("about 400 eluded capture", "más 500 salieron") or "N of them".
   The highest tier that has a candidate wins.
2. Within a tier, the largest value wins: a sentence that names a group and a part of
   it ("2,000 migrants, 300 of whom...") states the group's size with the larger number.
3. Counts of sub-groups (children, women, minors, families, men), of security forces
   (police, troops, agents), vehicles and time units are never the group's size:
   "including 500 children" is part of the group, not its size.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from caravanwatch.extract.numbers import Quantity, find_quantities
from caravanwatch.records import Qualifier

logger = logging.getLogger(__name__)

GROUP_NOUNS: frozenset[str] = frozenset([
    # English: the words wire services and local papers use for the people in a caravan.
    "migrants", "migrant", "people", "persons", "individuals", "hondurans", "salvadorans",
    "salvadoreans", "guatemalans", "nicaraguans", "venezuelans", "haitians", "cubans",
    "ecuadorians", "colombians", "africans", "mexicans", "refugees", "marchers", "travelers",
    "travellers", "members", "participants", "walkers", "foreigners", "nationals", "pilgrims",
    "holdouts", "stragglers", "newcomers", "marchers",
    # Spanish
    "migrantes", "personas", "hondureños", "hondureñas", "salvadoreños", "salvadoreñas",
    "guatemaltecos", "guatemaltecas", "nicaragüenses", "venezolanos", "venezolanas",
    "haitianos", "haitianas", "cubanos", "centroamericanos", "centroamericanas", "extranjeros",
    "extranjeras", "integrantes", "miembros", "refugiados", "refugiadas", "caminantes",
    "connacionales", "solicitantes",
]) | frozenset((
    "central americans", "asylum seekers", "asylum-seekers", "caravan members",
    "people on the move", "solicitantes de asilo",
))
"""Counted nouns whose count can be a travelling group's size (lower case).

Chosen from how caravan news names the marchers; sub-groups (children, women,
families) are left out on purpose (see the module docstring)."""

# Compound modifiers that make the number the group's size: "a 1,000-strong caravan".
_COMPOUND_SIZE = frozenset({"strong", "member", "person", "people", "man"})

# A group word before the number.  Group words are those GUIDELINES.md calls a migrant
# group travelling together; "column"/"exodus" are used by AFP/EFE style copy.
_GROUP_WORDS = (
    r"caravans?|group|groups|contingent|convoy|column|exodus|wave|march|procession|throng"
    r"|crowd|caravana|grupo|contingente|[eé]xodo|columna|marcha|oleada"
)


@dataclass(frozen=True, slots=True)
class GroupSize:
    """The stated size of a travelling group."""

    value: int
    qualifier: Qualifier
    span: tuple[int, int]
    text: str


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # "a caravan of", "the group, numbering", "estimated at", "with", "integrada por"
        "structure": re.compile(
            rf"(?:\b(?:{_GROUP_WORDS})\s*,?\s+(?:(?:of|de)(?:\s+(?:some|about|around|roughly"
            r"|approximately|more\s+than|at\s+least|over|nearly|almost))?"
            r"|(?:that|which|who)?\s*(?:numbers?|numbered|numbering|totals?|totaling|totalling"
            r"|swelled\s+to|grew\s+to|reached)"
            r"|(?:integrad[oa]|conformad[oa]|compuest[oa]|formad[oa])\s+por"
            r"|(?:que\s+)?(?:suma|sumaba|suman)))"
            # "which organizers put at 4,000", "police pegged the crowd at 2,000"
            r"|\b(?:put|pegged|placed|estimated|calculated|counted)\s+(?:(?:the|its|their)\s+"
            r"(?:number|numbers|size|crowd|group|caravan|total)\s+(?:of\s+(?:the\s+)?"
            r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?)?at"
            # "by nightfall they were some 2,000", "we are about 3,000" (organisers' words)
            r"|\b(?:they|we)\s+(?:were|are|now\s+number|numbered|number)"
            # "their numbers swelled to about 6,000", "its ranks grew to"
            r"|\b(?:numbers?|ranks|size|total|headcount)\s+(?:had\s+|has\s+|have\s+)?"
            r"(?:swelled|swollen|grew|grown|rose|risen|climbed|jumped|increased|reached|topped"
            r"|dropped|fell|fallen|shrank|shrunk|dwindled|declined)"
            r"(?:\s+to)?"
            # "the migrants, who number about 800", "which now totals 2,000"
            r"|\b(?:who|which|that)\s+(?:now\s+)?(?:numbers?|numbered|totals?|totaled|totalled)"
            # "the caravan had grown to 5,000", "the group has swelled to about 3,000"
            rf"|\b(?:{_GROUP_WORDS}|migrants|marchers)\b[^.;]{{0,40}}\b(?:swelled|swollen|grew"
            r"|grown|ballooned|dwindled|shrank|shrunk)\s+to"
            r"|\b(?:numbering|numbered|estimated\s+at|estimated\s+to\s+(?:number|total|be)"
            r"|totaling|totalling|calculad[oa]\s+en|estimad[oa]\s+en|with|con)"
            r"\s*$",
            re.IGNORECASE),
        # a count in apposition to the group: "migrants — perhaps 1,500 —", "the
        # marchers, about 1,000 in all,"
        "apposition_before": re.compile(
            rf"\b(?:{_GROUP_WORDS}|migrants|marchers|people|members|participants)\s*(?:,|—|–|--|\()\s*$",
            re.IGNORECASE),
        "apposition_after": re.compile(r"^\s*(?:in\s+all|in\s+total|all\s+told)?\s*(?:,|—|–|--|\))"),
        "in_all_after": re.compile(r"^\s+(?:in\s+all|in\s+total|all\s+told|en\s+total)\b",
                                   re.IGNORECASE),
        # "roughly 3,000 strong" written without the hyphen
        "strong_after": re.compile(r"^\s+strong\b", re.IGNORECASE),
        # People served, treated or fed are a count of services, not a group's size
        # (aid groups report "treated 742 people" of a caravan): chosen from NGO copy.
        "served_before": re.compile(
            r"\b(?:treated|vaccinated|attended(?:\s+to)?|served|fed|examined|cared\s+for"
            r"|tested|screened|consultations?\s+(?:for|with|to)|care\s+to"
            r"|(?:atendi[oó]|atendieron|vacunaron|vacun[oó])(?:\s+a)?)\s*$",
            re.IGNORECASE),
        # "two waves of about 300 migrants each": the size of each part, not of the group
        "each_after": re.compile(
            r"^\s*(?:[^\W\d_]+\s+){0,2}(?:each|apiece|cada\s+un[oa])"
            r"(?=\s*[,.;:)\u2014\u2013]|\s*$)", re.IGNORECASE),
        "members_after": re.compile(
            r"^\s+(?:members|people|persons|migrants|integrantes|miembros|personas|migrantes)\b",
            re.IGNORECASE),
        "verb_after": re.compile(
            r"^\s*(?:more\s+)?(?:were|are|have|had|will|remained|remain|continued|continue"
            r"|kept|stayed|set|left|walked|marched|crossed|arrived|reached|joined|boarded"
            r"|headed|refused|decided|managed|eluded|made|got|took|began|started|[a-z]+ed"
            r"|[a-záéíóú]+(?:aron|ieron|yeron)|siguieron|llegaron|salieron|cruzaron|han"
            r"|habían|permanecen|continúan)\b",
            re.IGNORECASE),
    }


def _candidate_tier(sentence: str, q: Quantity) -> int:
    """2 = structural or group noun, 1 = bare count before a verb / "of them", 0 = none."""
    if q.kind != "count" or q.value is None or q.value < 2 or not float(q.value).is_integer():
        return 0
    p = _patterns()
    left = sentence[max(0, q.span[0] - 60):q.span[0]]
    right = sentence[q.span[1]:q.span[1] + 60]
    if p["served_before"].search(left) or p["each_after"].match(right):
        return 0
    if q.noun in _COMPOUND_SIZE or (q.noun is None and p["strong_after"].match(right)):
        return 2
    if q.noun is None and (p["in_all_after"].match(right) or (
            p["apposition_before"].search(left) and p["apposition_after"].match(right))):
        return 2
    if q.noun is not None and q.noun in GROUP_NOUNS:
        return 2
    if q.noun is None and p["structure"].search(left):
        if p["structure"].search(left).group(0).strip().lower() in ("with", "con"):  # type: ignore[union-attr]
            return 2 if p["members_after"].match(right) else 0
        return 2
    if q.noun == "them" or (q.noun is None and p["verb_after"].match(right)):
        return 1
    if q.noun is None and _PART_OF_GROUP.match(right):
        return 1  # "2,300 of the caravan's members", "39 others"
    return 0


# A count of part of a group: "of the caravan's members", "of the migrants", "others".
_PART_OF_GROUP = re.compile(
    r"\s*(?:of\s+(?:the|its|their|these|those)\s+(?:[\w’']+(?:'s|’s)\s+)?"
    r"(?:members|migrants|marchers|participants|people|travell?ers|families|caravan)\b"
    r"|others\b|more\b(?!\s+than))", re.IGNORECASE)


def find_group_sizes(sentence: str) -> list[GroupSize]:
    """Every candidate group size of ``sentence``, best first (the order of the module
    docstring: tier, then value).  ``find_group_size`` is the first of them; a caller
    that knows which phrase names its group ("1,000 more migrants joined the
    3,000-strong caravan") can take the candidate inside that phrase."""
    ranked: list[tuple[int, float, Quantity]] = []
    for q in find_quantities(sentence):
        tier = _candidate_tier(sentence, q)
        if tier == 0 or q.value is None:
            continue
        ranked.append((tier, q.value, q))
    ranked.sort(key=lambda t: (-t[0], -t[1], t[2].span[0]))
    return [_group_size(sentence, q) for _, _, q in ranked]


def _group_size(sentence: str, q: Quantity) -> GroupSize:
    end = q.span[1]
    if q.noun and q.noun not in ("them",):
        m = re.search(re.escape(q.noun), sentence[end:end + 60], re.IGNORECASE)
        if m:
            end = end + m.end()
    return GroupSize(value=int(q.value), qualifier=q.qualifier, span=(q.span[0], end),  # type: ignore[arg-type]
                     text=sentence[q.span[0]:end])


def find_group_size(sentence: str) -> GroupSize | None:
    """The travelling group's size stated in ``sentence``, or None (see module docstring).

    >>> find_group_size("A caravan of more than 300 migrants left on Sunday.").value
    300
    """
    sizes = find_group_sizes(sentence)
    return sizes[0] if sizes else None
