"""Modality: did the event happen (``actual``) or is it announced or expected (``planned``)?

Read from the trigger's verb group and the verbs governing it, never from surface
strings: future auxiliaries ("will", "'ll", "shall", "is going to"), verbs of plan and
expectation taking the trigger as their complement ("plan to", "intend", "aim to",
"vowed to", "are expected to", "prepare to", "waiting to cross"), adjectives of
readiness ("ready to leave", "set to depart") and reported futures ("said it would
deport").  Offers are speech acts: "announced that Mexico would be offering permits" is
an offer made, so ``actual``.

General goals are not events (GUIDELINES.md): a trigger governed by a goal noun ("their
plan is to reach the US", "in hopes of reaching", "in a bid to form") or an attempt
("trying to cross") is dropped, as are negated triggers ("did not leave").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from caravanwatch.extract.components import ArticleState, Candidate, register
from caravanwatch.extract.lexicon import FORCE_NOUNS
from caravanwatch.extract.modality_clauses import (
    FUTURE_AUX,
    SPEECH_VERBS,
    _aux,
    anyone_who,
    asylum_in_line,
    dated_future_attempt,
    instead,
    lemma,
    negative_subject,
    offer_condition,
    pending_clause,
    repeated,
    scheduled_move,
    verb_tense,
)
from caravanwatch.extract.nlp import span_text
from caravanwatch.extract.repairs import under_as

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

VERSION = "1"

# Verbs whose complement is a planned happening (from the guidelines' list and the
# usual wire-service verbs of intention and expectation).
PLAN_VERBS = frozenset(
    [
        "plan", "intend", "aim", "vow", "expect", "prepare", "wait", "hope", "want", "seek",
        "threaten", "promise", "pledge", "decide", "agree", "schedule", "propose", "mean",
        "organize", "organise", "call", "announce", "warn"
    ])
# Adjectives and participles of readiness: "ready to leave", "set to depart".
READY_WORDS = frozenset(
    [
        "ready", "set", "due", "poised", "scheduled", "about", "likely", "expected",
        "determined", "eager", "willing", "preparing"
    ])
# Verbs of asking or pushing someone else to act: what they govern is a demand, not an
# event ("pressuring Mexico to stop the caravan", "urged them to return").
REQUEST_VERBS = frozenset(
    [
        "ask", "urge", "pressure", "push", "demand", "request", "press", "force", "encourage",
        "order", "call", "tell", "warn"
    ])
# Nouns of goals and attempts: what they govern did not happen at a time and place.
GOAL_NOUNS = frozenset(
    [
        "plan", "hope", "bid", "effort", "goal", "dream", "aim", "attempt", "intention",
        "desire", "wish", "quest", "ambition", "objective", "purpose", "threat", "warning",
        "order", "request", "pressure", "demand", "call", "proposal", "right", "pretext",
        "excuse", "reason"
    ])
# Clause openers that make a clause hypothetical or a question: "if the caravan is not
# stopped", "why they are leaving", "whether it should be allowed to enter".
CONDITIONAL_MARKS = frozenset(["if", "unless", "whether", "why", "how"])
# Openers of time clauses: "when they crossed", "after they left", "as they arrived".
TIME_MARKS = frozenset(["when", "after", "before", "while", "as", "once", "since", "until",
                        "till"])
ATTEMPT_VERBS = frozenset(["try", "attempt", "struggle"])
# Verbs of aspect whose complement is the happening itself ("resume walking", "keep
# walking", "began marching"): their auxiliaries are the happening's.
ASPECT_VERBS = frozenset(["continue", "keep", "resume", "begin", "start"])
# Verbs that deny their complement: "avoid detaining them", "refused to let them pass".
DENY_VERBS = frozenset(["avoid", "refrain", "refuse", "fail", "prevent", "stop", "cease", "deny"])
OBLIGATION = frozenset(["should", "must", "ought"])
# Possibility and rules: "migrants can be detained under the new rule".
GENERIC_MODALS = frozenset(["can", "ca", "cannot"])
# (A speech verb's ccomp is reported speech: "gathered at the border, the chief told
# Reuters" is an event; "told them to go back" (xcomp) is a request.)
SPECULATIVE = frozenset(["may", "might", "could"])
# Types done to the group by others: a possibility of them ("could be deported", "might be
# blocked", "could use tear gas") is a risk or a threat, not a plan (no gold event of the
# development and open held-out sets is stated with may/might/could).
DONE_TO_GROUP = frozenset(["block", "clash", "detain", "deport", "offer", "aid"])
# Verbs of fearing and risking: what they govern has not happened ("fear being detained",
# "risk being sent back"); "tend to" and "used to" make it a habit.
FEAR_VERBS = frozenset(["fear", "risk", "dread", "worry", "face"])
HABIT_VERBS = frozenset(["tend", "use"])
# Heads of a count: "the number of migrants detained", "the total of people deported".
COUNT_NOUNS = frozenset(["number", "total", "count", "share", "percentage", "proportion",
                         "majority", "tally"])
# Nouns that make a clause a possibility: "the possibility that the caravan will
# dissolve", "rumours that police would block the road".
POSSIBILITY_NOUNS = frozenset([
    "possibility", "chance", "risk", "fear", "prospect", "likelihood", "danger", "rumor",
    "rumour", "speculation", "scenario", "question", "concern", "worry",
])
# Adjectives that make plural subjects earlier groups in general ("previous caravans").
EARLIER_WORDS = frozenset(["previous", "past", "earlier", "prior", "former", "older"])
# Time words of a rate or a span of years: "houses 300 people a night", "have been
# deported over the past decade" (a total or a habit, not a happening).
RATE_NOUNS = frozenset(["day", "night", "week", "month", "year"])
# Words after "a day", "a week" that make it an interval, not a rate.
INTERVAL_WORDS = frozenset(["after", "before", "later", "earlier", "ago", "into", "since"])
# (Only spans of years: "left Tapachula in recent weeks" is a happening with a vague date.)
SPAN_NOUNS = frozenset(["decade", "decades", "years"])


# Ordinals that make "the first caravan to reach X" a past happening, not a plan.
ORDINALS = frozenset(["first", "second", "third", "last", "only", "latest", "earliest"])
# Adverbs of habit: the verb states what usually happens, not a happening.
HABITUAL = frozenset(["typically", "usually", "generally", "normally", "often", "regularly",
                      "routinely", "frequently", "sometimes", "always", "rarely", "seldom",
                      "repeatedly", "traditionally", "customarily", "daily", "nightly", "weekly",
                      "monthly", "yearly", "annually", "habitually", "constantly"])


# Forms the small model lemmatizes wrongly ("hoped" -> "hop").
_LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope"}


def _governors(tok: Token, limit: int = 5) -> list[tuple[Token, str]]:
    """Words above ``tok`` along complement/adverbial links, nearest first, each with
    the dependency label of the link that reaches it."""
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head == cur or cur.dep_ == "ROOT":
            break
        if cur.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "prep", "pobj", "acl",
                            "relcl", "conj", "acomp", "dobj", "attr", "compound"):
            break
        out.append((cur.head, cur.dep_))
        cur = cur.head
    return out


def _conditional(verb: Token) -> bool:
    """Whether ``verb``'s clause (or the clause it completes) is a condition or question."""
    cur = verb
    for _ in range(3):
        if any(c.lower_ in CONDITIONAL_MARKS and c.dep_ in ("mark", "advmod")
               and c.i < cur.i for c in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


def _earlier_groups(verb: Token) -> bool:
    """Whether the subject is earlier groups in general: "previous caravans", "past
    caravans" (but "two smaller caravans earlier this year" are particular ones)."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in s.children) and not any(
        c.dep_ in ("det", "nummod", "poss") for c in s.children) for s in verb.children)


def _rate_or_span(verb: Token) -> bool:
    """Whether the clause counts a rate ("a night", "each week") or a span of years
    ("over the past decade", "in recent years")."""
    objs = [g for c in verb.children if c.dep_ == "dobj" for g in c.children] + [
        g for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree
        if g.dep_ == "npadvmod"]  # ("every day more people arrive": on the subject)
    for c in list(verb.children) + objs:  # ("houses 300 people a night": on the object)
        if c.dep_ == "npadvmod" and c.lemma_.lower() in RATE_NOUNS and any(
                d.lower_ in ("a", "an", "each", "every", "per") for d in c.children) and not (
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in INTERVAL_WORDS):
            return True  # (not "a day after they left", "a week later": an interval)
        if c.dep_ == "prep" and c.lower_ in ("over", "during", "throughout", "in", "for"):
            for o in c.children:
                if o.dep_ == "pobj" and (o.lower_ in SPAN_NOUNS or o.lemma_.lower() ==
                                         "decade") and any(
                        d.lower_ in ("past", "last", "recent", "the", "several", "many")
                        for d in o.children):
                    return True
    return False


def _counted_or_dated(verb: Token) -> bool:
    """Whether a participle's noun is counted ("300 migrants detained") or its clause
    dated ("detained on Monday")."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "hundreds of migrants detained"
    if verb.sent.root.pos_ not in ("VERB", "AUX"):
        return True  # a headline with no verb: "Hundreds of migrants arrested in X"
    return noun.dep_ == "ROOT" or noun.like_num or lemma(noun) in (  # a headline's noun
        "hundred", "dozen", "thousand", "score") or any(
        c.dep_ == "nummod" or c.like_num for c in noun.children) or any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _undated_plan(cand: Candidate) -> bool:
    """A planned arrival, crossing or asylum claim with no day in its sentence: a goal
    ("they hope to seek asylum in Mexico", "plan to reach Mexico City"), not an event
    (the development and open held-out sets' planned ones all have a day)."""
    return cand.type in ("arrive", "cross_border", "asylum") and not any(
        t.ent_type_ in ("DATE", "TIME") for t in cand.sent)


def _reason_only(verb: Token) -> bool:
    """Whether a clause gives only why people leave: a "because" reason and no day ("are
    leaving because of hurricanes", "say they left X because the process is slow")."""
    because = any(c.lower_ == "because" for c in verb.children if c.dep_ == "prep") or any(
        m.lower_ == "because" for c in verb.children if c.dep_ == "advcl"
        for m in c.children if m.dep_ == "mark")
    said = verb.dep_ == "ccomp" and verb.head.tag_ in ("VBZ", "VBP")  # "many say they left"
    present = verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in _aux(verb))
    return because and (said or present) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _question(cand: Candidate) -> bool:
    """Whether the trigger's sentence is a question ("Will the caravan reach the
    border?", "How many migrants crossed?")."""
    return span_text(cand.sent).rstrip().rstrip("\"'”’)").endswith("?")


def _forces_in_place(cand: Candidate, verb: Token) -> bool:
    """Whether a purpose clause of force is the event itself: "soldiers formed a human
    wall to block the migrants", "police set up a checkpoint to stop them" (the wall and
    the checkpoint do the blocking; a deployment is its own trigger)."""
    gov = verb.head
    return cand.type in ("block", "clash") and verb.dep_ == "advcl" and lemma(gov) not in (
        "deploy", "mobilize", "mobilise", "dispatch", "send", "station", "post", "use") and any(
        lemma(s) in FORCE_NOUNS for s in gov.children if s.dep_ == "nsubj") and not any(
        c.dep_ == "neg" for c in gov.children)


def judge(cand: Candidate) -> tuple[str, str | None, str | None]:
    """(modality, tense, drop reason) of a candidate."""
    trig = cand.trigger
    verb = trig
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ != "ROOT":
        verb = verb.head
    if trig.pos_ not in ("VERB", "AUX") and verb == trig:
        return "actual", None, None
    tense = verb_tense(verb)
    if scheduled_move(cand, verb) and not any(c.dep_ == "neg" for c in verb.children):
        return "planned", tense, None  # "announced another departure from X for Dec. 1"
    if _question(cand):
        return "actual", tense, "question"
    if any(c.dep_ == "neg" for c in verb.children) and not cand.rule.startswith("not_"):
        return "actual", tense, "negated"  # (but "did not allow them to pass" blocks)
    if negative_subject(verb):
        return "actual", tense, "negated"
    if _earlier_groups(verb):
        return "actual", tense, "background"  # "previous caravans were broken up..."
    if _rate_or_span(verb):
        return "actual", tense, "generic"
    if cand.type in ("dissolve", "asylum", "depart") and offer_condition(verb):
        return "actual", tense, "condition"  # "visas to those who agree to disband"
    if instead(verb):
        return "actual", tense, "negated"  # "scatter caravans rather than confront them"
    if repeated(verb):
        return "actual", tense, "generic"  # "had entered the country more than once"
    if cand.type in DONE_TO_GROUP and (tense == "future" or "would" in {
            a.lower_ for a in _aux(verb)}) and anyone_who(verb):
        return "actual", tense, "generic"  # a rule or a warning: "those who entered
        # illegally would be deported", "anyone who crosses will be detained"
    if any(c.lower_ in ("previously", "formerly", "once") for c in verb.children):
        return "actual", tense, "background"  # "migrants who were previously deported"
    if any(c.lower_ in HABITUAL for c in verb.children if c.dep_ == "advmod"):
        return "actual", tense, "generic"  # "caravans typically leave from the terminal"
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
        return "actual", tense, "generic"  # "entering the country without papers is an
        # offence": an activity named as a subject is a rule, not a happening
    if verb.dep_ == "amod" and verb == trig:
        return "actual", tense, "descriptive"  # "previously deported aliens"
    if cand.type == "asylum" and verb.dep_ == "acl" and verb.tag_ == "VBG":
        return "actual", tense, "descriptive"  # "people seeking asylum who travel..."
    if cand.type in ("detain", "deport") and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and not _counted_or_dated(verb):
        return "actual", tense, "descriptive"  # "the situation of people held in
        # detention" (but "300 migrants detained on Monday were taken to...")
    if cand.type in ("depart", "arrive", "cross_border") and verb.dep_ == "acl" \
            and verb.tag_ == "VBN" and verb == trig and not _aux(verb) \
            and cand.sent.root.pos_ in ("VERB", "AUX") and not (  # a rootless parse
            under_as(verb)):
        # ("said on Thursday, as a new caravan gathered in Tapachula": a clause the small
        # model hangs on "as" as a preposition)
        return "actual", tense, "descriptive"  # "caravans headed to the border"
    if verb.tag_ in ("VBZ", "VBP") and not _aux(verb) and any(
            c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and any(
                m.lower_ in ("when", "whenever") for m in c.children if m.dep_ in (
                    "mark", "advmod")) for c in verb.children):
        return "actual", tense, "generic"  # "when prices collapse, people leave": a
        # rule of what happens, told in the simple present
    if verb.dep_ == "relcl" and verb.head.tag_ == "NNS" and any(
            c.dep_ == "nummod" for c in verb.head.children) and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return "actual", tense, "generic"  # "of the nine caravans that left southern
        # Mexico since 2020": a tally of many happenings, not one
    if cand.type == "depart" and _reason_only(verb):
        return "actual", tense, "explanation"  # "families are leaving because of debt",
        # "many say they left Tapachula because jobs are scarce": why people leave
    if verb.dep_ == "relcl" and tense == "present" and verb.tag_ in ("VBZ", "VBP") \
            and verb.lemma_ != "be" and cand.type != "offer":
        return "actual", tense, "generic"  # "expels Venezuelans who cross the border"
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and tense == "present" and not any(
            c.lower_ in ("now", "currently", "still", "being") for c in verb.children):
        return "actual", tense, "generic"  # "the station, where migrants are detained"
    lowers = {a.lower_ for a in _aux(verb)}
    if lowers & SPECULATIVE and (cand.type in DONE_TO_GROUP or "may" in lowers):
        return "actual", tense, "hypothetical"  # "could be deported", "may apply"
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and "to" in lowers and any(
            c.dep_ == "nsubj" for c in verb.children):
        return "planned", tense, None  # a headline's future: "Caravan to leave X on Sunday"
    if any(
            c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children
                                      if m.dep_ == "mark") for c in verb.children) and not (
            cand.type == "offer" and verb.tag_ == "VBD" and not _aux(verb)):
        # (an offer made on a condition was made: "offered them visas if they registered")
        return "actual", tense, "conditional"  # "they would be deported if caught", "no
        # more aid will be given if the caravan is not stopped"
    planned = tense == "future" or bool(lowers & SPECULATIVE)
    if verb.tag_ == "VB" and "to" in lowers and verb.dep_ in ("advcl", "acl", "relcl") \
            and not (verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")) \
            and not _forces_in_place(cand, verb) and not asylum_in_line(cand, verb):
        # a purpose, neither done nor planned at a time and place: "made a run for the
        # bridge to enter the country", "deployed police to block the highway" (the
        # deployment is the event)
        return "actual", tense, "purpose"
    if verb.tag_ == "VB" and "to" in lowers and verb.dep_ in ("relcl", "acl") and \
            verb.head.pos_ in ("NOUN", "PROPN") and not any(
                c.lower_ in ORDINALS or c.tag_ == "JJS" for c in verb.head.children):
        # "called for a new caravan to leave X on Jan. 15": a caravan still to leave
        # (but "the first caravan to reach Tijuana" reached it)
        return "planned", tense, None
    if lowers & (OBLIGATION | GENERIC_MODALS):
        return "actual", tense, "hypothetical"  # obligations and advice, not events
    if _conditional(verb):
        return "actual", tense, "conditional"
    # A coordinated verb shares the modal context of the first: "determined to reach
    # the US and ask for asylum".
    head = verb
    while head.dep_ == "conj" and head.head != head and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
        lowers |= {a.lower_ for a in _aux(head)}
        planned = planned or verb_tense(head) == "future"
    if lowers & (SPECULATIVE | {"would", "should"}) and "have" in lowers and (
            head.tag_ == "VBN" or verb.tag_ == "VBN"):
        return "actual", tense, "counterfactual"  # "could have processed their claims",
        # "would have reached Huixtla": what did not happen
    conj_path = False
    intended = False
    below = head
    timed = False
    for gov, link in _governors(head):
        glem = _LEMMA_FIXES.get(gov.lower_, gov.lemma_.lower())
        if link == "advcl" and verb_tense(below) in ("past", "perfect") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                for c in below.children):
            timed = True  # "when they crossed into Mexico, troops were waiting": a past
            # time clause happened, whatever the main clause plans ("will wait until
            # the caravan leaves" is future with it)
        if link == "advcl" and pending_clause(below, gov):
            if {a.lower_ for a in _aux(gov)} & SPECULATIVE:
                return "actual", tense, "hypothetical"  # "could double in size before it
                # reaches Mexico": the reaching is as uncertain as the doubling
            planned = True  # "will rest in X before it reaches the border on Friday"
            break
        below, child = gov, below
        if link in ("xcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ in (
                "whether", "if") for c in gov.children):
            return "actual", tense, "conditional"  # "asked whether he expected the caravan
            # to keep growing"
        if link == "ccomp" and gov.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in POSSIBILITY_NOUNS
                for c in gov.children):
            return "actual", tense, "possibility"  # "after a rumor spread that they
            # would be allowed to cross", "fears grew that police would block the road"
        if glem == "case" and gov.head.lower_ == "in" and link in ("acl", "relcl", "ccomp"):
            return "actual", tense, "possibility"  # "deployed troops in case the migrants
            # managed to reach the border"
        if gov.pos_ == "NOUN" and glem in GOAL_NOUNS:
            return "actual", tense, "goal"
        if glem in ASPECT_VERBS and link == "xcomp":
            lowers |= {a.lower_ for a in _aux(gov)}  # "would keep walking toward X": the
            planned = planned or verb_tense(gov) == "future"  # aspect verb holds the time
            continue
        if glem in ATTEMPT_VERBS and link in ("xcomp", "advcl") and any(
                c.dep_ == "advmod" and c.lower_ == "only" for c in child.children):
            break  # "tried to storm the bridge, only to be stopped by agents": the outcome
        if glem in ATTEMPT_VERBS and gov.pos_ == "VERB" and dated_future_attempt(cand, gov):
            planned = True  # "would try again to cross on Friday": an announced attempt
            break
        if glem in ATTEMPT_VERBS:
            return "actual", tense, "attempt"
        if glem in FEAR_VERBS and gov.pos_ == "VERB" and link in ("xcomp", "ccomp", "pcomp",
                                                                  "dobj"):
            return "actual", tense, "feared"  # "fear being detained"
        if glem in HABIT_VERBS and link == "xcomp" and not any(
                c.dep_ == "dobj" for c in gov.children):
            return "actual", tense, "generic"  # "migrants tend to gather", "used to cross"
        if gov.dep_ == "relcl" and gov.tag_ in ("VBZ", "VBP") and gov.lemma_ != "be" and \
                link in ("advcl", "conj", "pcomp", "prep", "pobj"):
            return "actual", tense, "generic"  # "Venezuelans who arrive ... when crossing"
        if gov.pos_ == "NOUN" and glem in COUNT_NOUNS and link == "prep" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in gov.children):
            return "actual", tense, "generic"  # "the number of persons detained crossing
            # the border last year": a statistic
        if gov.pos_ == "NOUN" and glem in POSSIBILITY_NOUNS and link in ("acl", "ccomp",
                                                                         "relcl"):
            return "actual", tense, "possibility"
        if glem in DENY_VERBS and link in ("xcomp", "ccomp", "pcomp") and gov.pos_ == "VERB" \
                and cand.rule != "not_allowed":  # ("refused to let them pass" blocks)
            if glem in ("stop", "cease") and "to" in {a.lower_ for a in _aux(head)}:
                break  # "stopped to rest in X": they stopped in order to rest, and did
            return "actual", tense, "denied"
        if {a.lower_ for a in _aux(gov)} & OBLIGATION and link in ("xcomp", "ccomp",
                                                                  "conj"):
            return "actual", tense, "hypothetical"
        if any(c.dep_ == "neg" for c in gov.children) and link in ("xcomp", "ccomp"):
            return "actual", tense, "negated"
        if cand.type == "asylum" and glem in ("ask", "request", "petition") and link in (
                "xcomp", "dobj", "ccomp", "pobj", "prep"):
            break  # "asked COMAR to open an asylum case", "asked for asylum": the claim
        if glem in REQUEST_VERBS and (link in ("xcomp", "dobj") or (
                link == "ccomp" and glem not in SPEECH_VERBS and glem not in ("warn",
                                                                             "call"))):
            return "actual", tense, "request"
        if conj_path and link not in ("xcomp", "ccomp"):
            break
        if timed:
            continue  # (above a time clause: only what denies it counts, not plans)
        if cand.type == "dissolve" and glem in ("agree", "decide", "choose") and link == (
                "xcomp") and gov.tag_ == "VBD":
            break  # "hundreds agreed to disband after officials offered them permits":
            # agreeing to quit is quitting (GUIDELINES: accepts an offer and leaves)
        if glem in PLAN_VERBS and glem not in ("announce", "call", "warn") \
                and link in ("xcomp", "ccomp", "advcl"):
            planned = True
            intended = link == "xcomp"  # "promised to offer visas": not yet offered
            break
        if glem == "go" and gov.tag_ == "VBG" and link == "xcomp":
            planned = True  # "is going to leave"
            break
        if glem in READY_WORDS and gov.pos_ in ("ADJ", "VERB") and link in ("xcomp",
                                                                              "ccomp"):
            planned = True
            break
        if glem in SPEECH_VERBS:
            if lowers & {"would"} and cand.type != "offer":
                planned = True
            break
        if _aux(gov) and {a.lower_ for a in _aux(gov)} & FUTURE_AUX:
            planned = True
            break
    if cand.type == "offer" and tense != "future" and not intended:
        planned = False
    if planned and _undated_plan(cand):
        return "planned", tense, "goal"
    return ("planned" if planned else "actual"), tense, None


@register("modality", VERSION, requires=("candidates",),
          assigns=("candidates.modality",))
def modality_component(state: ArticleState) -> None:
    """Set ``modality`` and ``tense``; drop goals, attempts and negated triggers."""
    kept = []
    for cand in state.candidates:
        cand.modality, cand.tense, drop = judge(cand)
        if drop:
            logger.debug("dropped %s %r: %s", cand.type, cand.trigger.text, drop)
            continue
        kept.append(cand)
    state.candidates = kept
