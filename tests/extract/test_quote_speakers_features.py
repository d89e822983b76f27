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

CASES = BY_AGE + ROLE_BEFORE_NAME + SURNAME_AFTER_FULL_NAME + KIN_WITH_DESCRIPTION


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_feature_speakers(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                          expected: list[tuple[str, str]]) -> None:
    check_quotes(extract_quotes(nlp(text), make_article(text=text)), expected)
