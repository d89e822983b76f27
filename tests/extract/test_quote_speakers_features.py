"""Quotation speakers in feature writing: people compared by age ("the younger man", "the
older cousin"), a role given before a name the parser hangs elsewhere ("alongside the
director of the institute, Víctor Hugo Sandoval"), "she said" after a bare surname of a
person named in full earlier, and a kin word with an indefinite apposition ("Her
mother, a Venezuelan woman, said"), where the article's description is the speaker.

Every paragraph was written for these tests; people and places are invented or generic.
Speakers are compared as the scorer compares them (``speakers.same_speaker``).
"""

from __future__ import annotations

import pytest
from speakers import check_quotes

from caravanwatch.extract.quotes import extract_quotes

Case = tuple[str, str, list[tuple[str, str]]]

BY_AGE: list[Case] = [
    ("younger-man-father-son",
     ("Rigoberto Flores was 52 when he first walked north. His son Kevin, 20, now walks "
      "the same road.\n\n\"I told him it is a trap,\" the elder Flores said by phone.\n\n"
      "\"He forgets that I am grown,\" the younger man said."),
     [("Rigoberto Flores", "I told him it"), ("Kevin", "He forgets that I")]),
    ("older-cousin",
     ("Among the first to arrive were Luis Pineda, a 38-year-old baker, and his cousin "
      "Mario Pineda, 26.\n\n\"We came together,\" Mario said.\n\n\"And we leave "
      "together,\" the older cousin answered."),
     [("Mario", "We came together"), ("Luis Pineda", "And we leave together")]),
    ("elder-sister",
     ("Dania Reyes, 31, and her sister Karla Reyes, 24, sold tortillas at the plaza.\n\n"
      "\"Nobody buys anything today,\" the elder sister said."),
     [("Dania Reyes", "Nobody buys anything today")]),
    ("youngest-of-two-women",
     ("Gloria Mejia, 67, walks slowly behind her niece Paola Mejia, 19.\n\n\"My aunt "
      "never stops praying,\" the younger woman said."),
     [("Paola Mejia", "My aunt never stops")]),
]

ROLE_BEFORE_NAME: list[Case] = [
    ("director-of-institute-conj",
     ("The minister spoke alongside the director of the Honduran Migration Institute, "
      "Víctor Hugo Barahona, and the army chief.\n\nBarahona said 300 people had been "
      "sent back. \"Everyone who asks for help will be heard,\" the director said."),
     [("Barahona", "Everyone who asks for")]),
]

SURNAME_AFTER_FULL_NAME: list[Case] = [
    ("she-after-bare-surname",
     ("\"The river was cold and fast,\" said Yaritza Osegueda, 27, from Olancho.\n\n"
      "A nurse, Teresa Lainez, handed out bandages and said: \"We ran out of gauze by "
      "noon.\"\n\nOsegueda hangs her clothes on a fence near the camp. \"I still believe "
      "we will make it,\" she said."),
     [("Yaritza Osegueda", "The river was cold"), ("Teresa Lainez", "We ran out of"),
      ("Osegueda", "I still believe we")]),
]

KIN_WITH_DESCRIPTION: list[Case] = [
    ("her-mother-a-woman",
     ("A girl sleeps on a blanket by the road. Her mother, a Salvadoran woman travelling "
      "with four children, said: \"We take turns keeping watch at night.\""),
     [("a Salvadoran woman", "We take turns keeping")]),
    ("his-brother-a-mechanic",
     ("The boy waits by the gate. His brother, a young mechanic from Choluteca, said: "
      "\"We only want to work and send money home.\""),
     [("a young mechanic", "We only want to")]),
]

# A headline that cuts a body quotation short: one quote, the body's, with its speaker.
HEADLINE_REPEATS: list[Case] = [
    ("headline-cut-short",
     ("'We only ask for work': Hundreds of Hondurans reach the border\n\nAmong them was "
      "Elvin Cruz, 28. \"We only ask for work. Nothing else,\" Cruz said."),
     [("Elvin Cruz", "We only ask for work")]),
    ("headline-curly-cut-short",
     ("“Nobody wants to leave home”: migrants rest in Tapachula\n\n“Nobody wants to "
      "leave home, believe me,” said Marisol Duarte, who travels with two sons."),
     [("Marisol Duarte", "Nobody wants to leave")]),
]

# Interview headlines: '"...": a conversation with <person>'.
INTERVIEW_HEADLINES: list[Case] = [
    ("conversation-with",
     ("\"We cannot close the door on anyone\": a conversation with shelter director "
      "Sister Marta Ibarra\n\nThe shelter opened in 2009."),
     [("Marta Ibarra", "We cannot close the")]),
    ("interview-with",
     ("“The road has become more dangerous”: an interview with lawyer Ramiro Solis\n\n"
      "Solis has defended migrants for ten years."),
     [("Ramiro Solis", "The road has become")]),
]

# Two quoted parts of one reported sentence with one verb of saying.
SAME_SENTENCE: list[Case] = [
    ("but-that-the-government",
     ("A spokesman, Hugo Serrano, told reporters that \"the border remains open to "
      "everyone\" but that the ministry \"will not allow any disorder.\""),
     [("Hugo Serrano", "the border remains open"), ("Hugo Serrano", "will not allow any")]),
    ("and-that",
     ("Bishop Ana Ortega said the church \"will feed whoever arrives\" and that "
      "volunteers \"have worked every night this week.\""),
     [("Ana Ortega", "will feed whoever arrives"),
      ("Ana Ortega", "have worked every night")]),
]

CASES = (BY_AGE + ROLE_BEFORE_NAME + SURNAME_AFTER_FULL_NAME + KIN_WITH_DESCRIPTION
         + HEADLINE_REPEATS + INTERVIEW_HEADLINES + SAME_SENTENCE)

# Quotations a sentence names as chants or slogans: no quote.
NAMED_AS_SLOGANS = [
    ("are-chants",
     ("The rally was loud. \"Send them all back\" and \"Close the border now\" are "
      "chants, not policies, the columnist wrote.")),
    ("was-the-slogan",
     "\"We are all migrants here\" was the slogan of the march, painted on every sign."),
    ("is-just-a-catchphrase",
     ("Critics say the plan is empty. \"Secure the border first\" is just a catchphrase, "
      "said the editorial.")),
    ("became-a-rallying-cry",
     "“No human being is illegal” became a rallying cry for the volunteers in Tijuana."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_feature_speakers(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                          expected: list[tuple[str, str]]) -> None:
    check_quotes(extract_quotes(nlp(text), make_article(text=text)), expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NAMED_AS_SLOGANS],
                         ids=[c[0] for c in NAMED_AS_SLOGANS])
def test_named_as_slogan(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(q.speaker, q.text) for q in extract_quotes(nlp(text), make_article(text=text))] \
        == []
