"""Attribution helpers: speakers of speech verbs, source phrases, pronouns, roles."""

from __future__ import annotations

import pytest

from caravanwatch.extract.after_regex import regex_after
from caravanwatch.extract.attribution import (
    Attribution,
    speech_attribution,
)
from caravanwatch.extract.coref import resolve
from caravanwatch.extract.sources import figure_source

SOURCE_CASES: list[tuple[str, str, str | None]] = [
    ("according-to-org", "Arrests rose 20 percent, according to the Border Patrol.",
     "Border Patrol"),
    ("according-to-person", "According to Gov. Doug Ducey, 2,000 people crossed on Friday.",
     "Doug Ducey"),
    ("data-from", "Data from the Migration Policy Institute show a sharp rise.",
     "Migration Policy Institute"),
    ("quoting-data-from", "Quoting data from the UNHCR, the paper said 4 million had left.",
     "UNHCR"),
    ("org-reported", "CBP reported 60,000 apprehensions in January.", "CBP"),
    ("person-said", "About 900 migrants can sleep in shelters, Luis Soto said.", "Luis Soto"),
    ("statement-noun", "Deportations doubled, a State Department statement said.",
     "State Department"),
    ("no-source", "Deportations doubled in 2019.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in SOURCE_CASES],
                         ids=[c[0] for c in SOURCE_CASES])
def test_figure_source(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    att = figure_source(doc, 0, len(text))
    assert (att.speaker if att else None) == expected


SPEECH_CASES: list[tuple[str, str, str, str | None]] = [
    ("subject-said", "Maria Lopez said the road was long.", "Maria Lopez", None),
    ("role-title", "Defense Secretary Luis Sandoval told reporters the army was ready.",
     "Luis Sandoval", "Defense Secretary"),
    ("appos-role", "Cesar Rios, director of the migration institute, said it was normal.",
     "Cesar Rios", "director of the migration institute"),
    ("org-the", "The Mexican Foreign Ministry said the talks went well.",
     "Mexican Foreign Ministry", None),
    ("description", "A Haitian migrant told reporters the trip was hard.", "A Haitian migrant",
     None),
    ("relative-clause-cut", "Cristian Rivera, who travels alone, explained his hopes.",
     "Cristian Rivera", None),
    ("appos-name", "His deputy, Ana Beltran, said the plan would work.", "Ana Beltran",
     "His deputy"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,speaker,role", [c[1:] for c in SPEECH_CASES],
                         ids=[c[0] for c in SPEECH_CASES])
def test_speech_attribution(nlp, text: str, speaker: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    att = speech_attribution(nlp(text), 0, len(text), set())
    assert att is not None
    assert att.speaker == speaker
    if role is not None:
        assert att.role == role


REGEX_CASES: list[tuple[str, str, str]] = [
    ("inverted", "“We walk,” said Jorge Ramos, a farmer.", "Jorge Ramos"),
    ("name-first-age", "“We walk,” Dania Reyes, 29, told Reuters.", "Dania Reyes"),
    ("pronoun", "“We walk,” she said.", "she"),
    ("the-woman", "“We walk,” said the woman.", "the woman"),
    ("org", "“We walk,” the Interior Ministry said in a statement.", "Interior Ministry"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,speaker", [c[1:] for c in REGEX_CASES],
                         ids=[c[0] for c in REGEX_CASES])
def test_regex_after(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index("”") + 1
    att = regex_after(doc, start, len(text))
    assert att is not None and att.speaker == speaker


@pytest.mark.slow
def test_pronoun_resolves_to_nearest_person_or_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Karla Martinez walked on. Later she said it was hard."
    doc = nlp(text)
    pos = text.index("she")
    she = Attribution("she", None, pos, pos + 3, "pronoun")
    assert resolve(she, doc, []).speaker == "Karla Martinez"  # type: ignore[union-attr]
    ministry = Attribution("Foreign Ministry", None, 0, 5, "organisation")
    it = Attribution("it", None, pos, pos + 2, "pronoun")
    assert resolve(it, doc, [ministry]).speaker == "Foreign Ministry"  # type: ignore[union-attr]
    assert resolve(Attribution("he", None, 3, 5, "pronoun"), nlp("So he said."), []) is None
