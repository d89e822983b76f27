"""Quotation speakers that need more than the attribution verb: names the NER misses in
apposition, pronouns after an unnamed description, colons, paragraphs (written for these
tests)."""

from __future__ import annotations

import pytest
from speakers import words

from caravanwatch.extract.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("appos-name-missed-by-ner",
     ("Her deputy for border affairs, Rogelio Tenorio, has said that the state is “not "
      "going to hunt anyone down. We will protect them.”"),
     [("Rogelio Tenorio", "not going to hunt anyone")]),
    ("pronoun-after-description",
     ("Asked whether the soldiers would let the marchers through, the spokesman was brief. "
      "“Nobody crosses without registering first,” he said."),
     [("the spokesman", "Nobody crosses without registering first")]),
    ("colon-told-reporters",
     ("Olga Barrios, a Salvadoran mother of three, told reporters: “We have nothing to "
      "go back to.”"),
     [("Olga Barrios", "We have nothing to go")]),
    ("description-colon",
     "A Guatemalan father of two said: “I am doing this so my sons can study.”",
     [("A Guatemalan father of two", "I am doing this so")]),
    ("he-added-next-paragraph",
     ("“We will walk until our feet give out,” said Nelson Ortega, a carpenter from "
      "Comayagua.\n\n“Nobody is going to stop us now,” he added."),
     [("Nelson Ortega", "We will walk until our"), ("Nelson Ortega", "Nobody is going to stop")]),
    ("split-by-attribution",
     ("“The shelter is full,” said Sister Alma Quiroz. “We are asking the state for "
      "mattresses and water.”"),
     [("Alma Quiroz", "The shelter is full"), ("Alma Quiroz", "We are asking the state")]),
    ("statement-from-common-noun-org",
     ("The statement from the Salvadoran foreign ministry was brief: “We urge our "
      "citizens not to put their lives at risk.”"),
     [("Salvadoran foreign ministry", "We urge our citizens not to")]),
    ("name-hung-on-organisation",
     ("A spokesman for the Mexican National Guard, Capt. Julio Ibarra, said troops "
      "“will follow the protocol at every checkpoint.”"),
     [("Julio Ibarra", "will follow the protocol at every")]),
    ("according-to-a-statement",
     ("Guatemalan officials said the marchers would be “received with food and medical "
      "care at the border,” according to a statement."),
     [("Guatemalan officials", "received with food and medical care")]),
    ("recounted-inverted",
     "“They took our phones and our money,” recounted Dilcia Mejía, 26.",
     [("Dilcia Mejía", "They took our phones and our")]),
    ("narrative-subject-before",
     ("Osman Fiallos shook his head. “We cannot go back to Choloma. The gangs are "
      "waiting for us.”"),
     [("Osman Fiallos", "We cannot go back to Choloma")]),
    ("narrative-subject-not-a-place",
     ("“We will ask for asylum at the bridge,” said Keyla Bonilla, 30. Mexico has not "
      "answered the request. “We will wait as long as it takes.”"),
     [("Keyla Bonilla", "We will ask for asylum at"), ("Keyla Bonilla", "We will wait as long")]),
    ("single-quotes-description-then-name",
     ("'It's the old people I worry about,' the marchers' spokesman, Tomás Benítez, told "
      "the BBC."),
     [("Tomás Benítez", "It's the old people I")]),
    ("given-name-only-as",
     "“They robbed us at the river,” said a man who gave his name only as Efraín.",
     [("Efraín", "They robbed us at the river")]),
    ("given-first-name-comma",
     ("“We will not go back to Comayagüela,” said a woman who gave only her first name, "
      "Dunia."),
     [("Dunia", "We will not go back to")]),
    ("description-stays-without-name",
     "“We have had no water since Sunday,” said a woman who gave birth on the road.",
     [("a woman", "We have had no water since")]),
    ("nested-single-quotes",
     ("“This is no invasion,” said Rebeca Solis of a Tapachula legal clinic. “An officer "
      "told me, ‘we have orders to stop them,’ and that is not a policy.”"),
     [("Rebeca Solis", "This is no invasion"), ("Rebeca Solis", "An officer told me")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_speakers(nlp, make_article, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    quotes = extract_quotes(nlp(text), make_article(text=text))
    got = [(q.speaker, q.text) for q in quotes]
    assert len(quotes) == len(expected), got
    for (speaker, start), q in zip(expected, quotes):
        assert words(q.text)[:len(words(start))] == words(start), got
        assert words(q.speaker)[-1:] == words(speaker)[-1:], got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("The mayor called it a “humanitarian crisis” on Monday.", id="two-words"),
    pytest.param("Marchers chanted “¡Sí se puede!” as they crossed.", id="slogan"),
])
def test_short_or_slogan_not_quotes(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_quotes(nlp(text), make_article(text=text)) == []
