"""Clause readings for :mod:`.modality` that say a happening is not one: done instead
("rather than confront them"), repeated ("more than once"), a rule for anyone ("anyone
who crosses will be detained"), and attempts announced for a day ("would try again to
cross on Friday", which are planned)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from caravanwatch.extract.components import Candidate

FUTURE_AUX = frozenset(["will", "'ll", "shall", "wo"])
SPEECH_VERBS = frozenset(["say", "announce", "report", "state", "tell", "add", "claim", "insist"])


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def verb_tense(tok: Token) -> str | None:
    """past / present / future / perfect from the verb group's morphology."""
    auxes = _aux(tok)
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or ("going" in lowers and any(a.lower_ == "to" for a in auxes)):
        return "future"
    if any(a.lemma_ == "have" for a in auxes):
        return "perfect"
    tags = {a.tag_ for a in auxes} | {tok.tag_}
    if tags & {"VBZ", "VBP"}:
        return "present"
    if tags & {"VBD"}:
        return "past"
    if tok.tag_ == "VBN":
        return "past"
    return None


# Subjects that deny the happening: "none of the migrants were deported", "nobody was
# detained", "no one crossed".
NEGATIVE_SUBJECTS = frozenset(["none", "nobody", "noone", "neither", "nothing"])
# Links by which a verb completes one whose subject is its own: "nobody seems willing to
# stop it" (stop <xcomp- willing <oprd- seems), "no one has moved to block them".
_SAME_SUBJECT_LINKS = frozenset(["xcomp", "oprd", "acomp"])


def negative_subject(verb: Token) -> bool:
    """Whether the subject denies the happening: "none of the migrants", "nobody", "no
    one", "no migrants", also as the subject of the verbs the trigger completes ("nobody
    seems willing to stop it", "no government has moved to block them")."""
    cur = verb
    for _ in range(4):
        for s in cur.children:
            if s.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if s.lower_ in NEGATIVE_SUBJECTS or any(c.lower_ == "no" and c.dep_ == "det"
                                                     for c in s.children):
                return True
            if s.lower_ == "one" and any(c.lower_ == "no" for c in s.children):
                return True
        if cur.dep_ not in _SAME_SUBJECT_LINKS or cur.head == cur:
            return False
        cur = cur.head
    return False


def instead(verb: Token) -> bool:
    """Whether ``verb`` is what was done *instead*: "rather than confront them", "instead
    of detaining them"."""
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and c.i < verb.i
                                   and any(a.lower_ == "rather" for a in c.children)
                                   for c in verb.head.children):
        return True
    head = verb.head
    return verb.dep_ == "pcomp" and head.lower_ in ("than", "of") and any(
        t.lower_ in ("rather", "instead") for t in (head.doc[head.i - 1],) if head.i > 0)


# Words that make a count of times: "more than once", "several times", "many times".
_TIMES_QUANTIFIERS = frozenset(["several", "many", "multiple", "numerous", "countless"])


def repeated(verb: Token) -> bool:
    """Whether the clause says the happening recurred: "more than once", "several
    times" (a history or a habit, not one happening)."""
    for c in verb.children:
        if c.lower_ == "more" and any(p.lower_ == "than" and any(
                o.lower_ == "once" for o in p.children) for p in c.children):
            return True
        if c.lower_ == "times" and c.dep_ in ("npadvmod", "advmod", "dobj") and any(
                q.lower_ in _TIMES_QUANTIFIERS for q in c.children):
            return True
    return False


# Pronouns of a class of people: "those who cross", "anyone who enters illegally".
_CLASS_PRONOUNS = frozenset(["those", "anyone", "anybody", "whoever", "everyone",
                             "everybody"])


def anyone_who(verb: Token) -> bool:
    """Whether the one the verb is done to is anyone of a class ("anyone who crosses
    illegally will be detained"), or a class in a warning ("warned that those who
    entered illegally would be deported"), or whoever might do something ("we will
    confront those who would do us harm"); "Mexico said those it detained will be
    deported" may announce what happens to a caravan's members."""
    warned = verb.dep_ == "ccomp" and lemma(verb.head) in ("warn", "threaten")
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _CLASS_PRONOUNS and any(
        r.dep_ == "relcl" and (c.lower_ != "those" or warned or _modal(r))
        for r in c.children) for c in verb.children)


def _modal(clause: Token) -> bool:
    """Whether a relative clause describes whoever might do something: "those who would
    do us harm", "those who may try to cross"."""
    return any(a.lower_ in ("would", "could", "might", "may") for a in _aux(clause))


def dated_future_attempt(cand: Candidate, attempt: Token) -> bool:
    """Whether an attempt is announced for a day: "said they would try again to cross on
    Friday", "will try to continue walking on Monday" (a plan stated as an attempt; a past
    attempt, "tried to cross", did not happen, and one with no day is a goal)."""
    reported = any(a.lower_ == "would" for a in _aux(attempt)) and (
        attempt.dep_ == "ccomp" and lemma(attempt.head) in SPEECH_VERBS or (
            attempt.dep_ == "ROOT"))  # ("would try" alone: a report's future in the body)
    return (verb_tense(attempt) == "future" or reported) and cand.type in (
        "depart", "arrive", "cross_border") and any(
        t.ent_type_ in ("DATE", "TIME") for t in attempt.subtree)


# Verbs that make a departure or arrival noun a scheduled one: "announced another
# departure", "the next departure is scheduled for Friday", "called a new departure".
SCHEDULING_VERBS = frozenset(["announce", "schedule", "plan", "set", "call", "organize",
                              "organise", "convene", "program", "programme"])
# Words on the noun that make the move one still to come.
NEXT_WORDS = frozenset(["next", "upcoming", "planned", "scheduled", "another", "new"])


def scheduled_move(cand: Candidate, verb: Token) -> bool:
    """Whether a departure or arrival noun is one announced or scheduled ("organizers
    announced another departure from Villahermosa for Dec. 1", "the next departure of
    buses is scheduled for Friday"), not one that happened ("after the caravan's
    departure from Tapachula")."""
    trig = cand.trigger
    if cand.type not in ("depart", "arrive") or trig.pos_ not in ("NOUN", "PROPN"):
        return False
    if trig.dep_ not in ("dobj", "nsubjpass", "nsubj") or trig.head != verb:
        return False
    return lemma(verb) in SCHEDULING_VERBS and (
        lemma(verb) == "schedule" or any(c.lower_ in NEXT_WORDS for c in trig.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in trig.children))


# Marks of a clause of what has not happened yet when the main clause does: "before it
# reaches Mexico", "until they cross", "by the time it gets to the border".
_PENDING_MARKS = frozenset(["before", "until", "till", "once"])


def pending_clause(clause: Token, main: Token) -> bool:
    """Whether ``clause`` (an adverbial clause of ``main``) tells, in the simple present,
    what is still to come when the main clause is future or possible ("could double in
    size before it reaches Mexico", "will wait until the caravan leaves"); in a past
    story ("rested in X before it reached Y") both happened."""
    if clause.tag_ not in ("VBZ", "VBP") or _aux(clause):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _PENDING_MARKS
               for c in clause.children):
        return False
    return bool({a.lower_ for a in _aux(main)} & (FUTURE_AUX | {"would", "could", "may",
                                                                "might"}))


# Verbs of waiting one's turn or giving oneself up whose purpose is the asylum claim
# itself: "lined up to apply for asylum", "queued to register for asylum", "turned
# themselves in to Border Patrol to ask for asylum", "presented themselves at the port
# of entry to request asylum".
_QUEUE_VERBS = frozenset(["line", "queue", "wait", "turn", "present", "surrender", "report"])


def asylum_in_line(cand: Candidate, verb: Token) -> bool:
    """Whether an asylum claim is the purpose of queuing or giving oneself up: the claim
    is made there, so it is the event (other purposes are not: "crossed to seek
    asylum")."""
    return cand.type == "asylum" and verb.dep_ == "advcl" and lemma(verb.head) in _QUEUE_VERBS


# Verbs of giving whose recipients can be restricted by a condition ("visas to those who
# agree to leave the caravan").
GIVING_VERBS = frozenset(["offer", "grant", "issue", "promise", "provide", "give", "extend",
                          "hand", "distribute"])


def offer_condition(verb: Token) -> bool:
    """Whether ``verb`` is in a relative clause that restricts who an offer is for:
    "offered permits to those who agreed to disband", "visas for migrants who agree to
    leave the caravan" (the offer's condition, not a happening of its own)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            noun = tok.head
            giver = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in (
                "to", "for") else noun.head if noun.dep_ in ("dative", "dobj") else None
            return giver is not None and lemma(giver) in GIVING_VERBS
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False
