"""Quotes: which quoted text is a quotation, and who said it (GUIDELINES.md, quotes).

Every sentence here is written for these tests, in the styles of wire services, local
papers, NGOs, partisan sites and government releases.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from speakers import same_speaker, words

from caravanwatch.extract.quotes import (
    extract_quotes,
    find_quoted,
    paragraph_breaks,
    word_count,
)
from caravanwatch.records import Article


def _run(nlp, make_article: Callable[..., Article], text: str):  # type: ignore[no-untyped-def]
    article = make_article(text=text)
    quotes = extract_quotes(nlp(text), article)
    for q in quotes:
        assert text[q.span.start:q.span.end] == q.text
    return quotes


# (id, text, [(speaker, first words of the quotation)])
QUOTE_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("wire-said-name-after",
     "“We are not going back,” said Maria Lopez, 34, a mother of three from Choluteca.",
     [("Maria Lopez", "We are not going back")]),
    ("wire-name-said",
     "“The children are sick and we have no medicine,” Lopez said on Sunday.",
     [("Lopez", "The children are sick")]),
    ("wire-told-reporters",
     ("“The situation at the border is unsustainable,” Homeland Security Secretary "
     "Kirstjen Nielsen told reporters on Monday."),
     [("Kirstjen Nielsen", "The situation at the")]),
    ("wire-told-agency",
     ("“We left because the gangs wanted my son,” Dania Reyes, 29, told Reuters as she "
     "rested under a bridge."),
     [("Dania Reyes", "We left because the")]),
    ("wire-two-sentences-then-more",
     "“We have no food and no water,” Ortega said. “The children are sick.”",
     [("Ortega", "We have no food"), ("Ortega", "The children are sick")]),
    ("wire-split-by-attribution",
     "“We will keep walking,” said Jorge Ramos, “because there is nothing for us at home.”",
     [("Jorge Ramos", "We will keep walking"), ("Jorge Ramos", "because there is nothing")]),
    ("wire-split-pronoun",
     ("Border Patrol chief Rodney Scott spoke to reporters in Yuma. “If they try to cross "
     "illegally,” he said, “they will be arrested and processed.”"),
     [("Rodney Scott", "If they try to"), ("Rodney Scott", "they will be arrested")]),
    ("wire-partial-quote-that",
     ("Mexican Interior Minister Olga Sanchez Cordero said the government “will not allow "
     "anyone to pass without registering.”"),
     [("Olga Sanchez Cordero", "will not allow anyone")]),
    ("wire-agency-statement",
     ("“It is a humanitarian emergency that requires a regional response,” the U.N. refugee "
     "agency said in a statement."),
     [("U.N. refugee agency", "It is a humanitarian")]),
    ("wire-spokesman-title",
     ("“We have seen an increase in families traveling together,” Border Patrol spokesman "
     "Ramiro Cordero said."),
     [("Ramiro Cordero", "We have seen an")]),
    ("wire-according-to-statement",
     ("Officials will meet in Guatemala City to discuss “a coordinated response to the "
     "movement of people,” according to a Foreign Ministry statement."),
     [("Foreign Ministry", "a coordinated response to")]),
    ("wire-according-to-person",
     ("“The caravan will be processed like anyone else,” according to Deputy Commissioner "
     "Robert Perez."),
     [("Robert Perez", "The caravan will be")]),
    ("wire-unnamed-description",
     ("“I just want a safe place for my kids,” said one Guatemalan woman who asked not to "
     "be named."),
     [("one Guatemalan woman", "I just want a")]),
    ("wire-unnamed-teen",
     "“We are tired, but we will continue,” a Salvadoran teenager told The Associated Press.",
     [("a Salvadoran teenager", "We are tired but")]),
    ("wire-the-woman-anaphora",
     ("Rosa Amaya, 41, carried her youngest on her back. “We sleep wherever we can,” said "
     "the woman, who left Olancho a week ago."),
     [("Rosa Amaya", "We sleep wherever we")]),
    ("wire-dateline",
     ("TAPACHULA, Mexico (AP) — “Nobody should have to walk this far,” said Father Heyman "
     "Vazquez, who runs a shelter in the city."),
     [("Heyman Vazquez", "Nobody should have to")]),
    ("local-said-colon",
     ("Ana Gomez, who runs the Casa del Migrante shelter, said: “We have 400 people "
     "sleeping on the floor tonight.”"),
     [("Ana Gomez", "We have 400 people")]),
    ("local-told-paper",
     ("“It breaks my heart to see the kids in the rain,” volunteer Linda Ochoa told the "
     "Star on Tuesday."),
     [("Linda Ochoa", "It breaks my heart")]),
    ("local-pronoun-next-paragraph",
     ("Mayor Juan Manuel Gastelum met with business owners on Friday.\n\n“We are not "
     "prepared for this many people,” he said."),
     [("Juan Manuel Gastelum", "We are not prepared")]),
    ("local-she-after-name",
     ("Karla Martinez has waited three months for an appointment. “Every day they tell us "
     "to come back tomorrow,” she said."),
     [("Karla Martinez", "Every day they tell")]),
    ("local-continuation-paragraph",
     ("“We walked for ten days without stopping,” said Pedro Alvarado, a farmer from "
     "Copan.\n\n“Then the police came and took everything we had.”"),
     [("Pedro Alvarado", "We walked for ten"), ("Pedro Alvarado", "Then the police came")]),
    ("local-open-quote-across-paragraphs",
     ("Pedro Alvarado described the trip. “We walked for ten days without stopping.\n\n"
     "“Then the police came and took everything we had,” he said."),
     [("Pedro Alvarado", "We walked for ten"), ("Pedro Alvarado", "Then the police came")]),
    ("ngo-said-role",
     ("“Detaining children is never in their best interest,” said Maria Torres, director "
     "of advocacy at Refugees International."),
     [("Maria Torres", "Detaining children is never")]),
    ("ngo-org-statement-colon",
     ("In a statement, Amnesty International said: “Seeking asylum is a human right, not "
     "a crime.”"),
     [("Amnesty International", "Seeking asylum is a")]),
    ("ngo-org-urged",
     ("Human Rights Watch urged Mexico to “stop returning people to danger without a fair "
     "hearing.”"),
     [("Human Rights Watch", "stop returning people to")]),
    ("gov-secretary-stated",
     ("“The Department will continue to enforce the law at our borders,” Secretary "
     "Mayorkas stated."),
     [("Mayorkas", "The Department will continue")]),
    ("gov-ministry-tweeted",
     ("The Foreign Ministry tweeted that Mexico “will respect the rights of every migrant "
     "on its territory.”"),
     [("Foreign Ministry", "will respect the rights")]),
    ("gov-president-declaration",
     ("President Alejandro Giammattei's declaration that “no one will cross without "
     "documents” drew criticism from rights groups."),
     [("Alejandro Giammattei", "no one will cross")]),
    ("partisan-wrote-twitter",
     "“This is an invasion, plain and simple,” Rep. Andy Biggs wrote on Twitter.",
     [("Andy Biggs", "This is an invasion")]),
    ("partisan-tweeted-colon",
     ("President Donald Trump tweeted: “The caravan will not be allowed into the United "
     "States!”"),
     [("Donald Trump", "The caravan will not")]),
    ("partisan-straight-quotes",
     "\"We want to work and live in peace,\" said Jose Ortiz, a bricklayer.",
     [("Jose Ortiz", "We want to work")]),
    ("partisan-straight-before",
     "Senator Ted Cruz said: \"Our border is not a suggestion, it is the law.\"",
     [("Ted Cruz", "Our border is not")]),
    ("single-curly-says",
     "‘We are not criminals, we are workers,’ says Honduran activist Bartolo Cruz.",
     [("Bartolo Cruz", "We are not criminals")]),
    ("adding-later",
     ("The governor warned migrants not to “put your families at risk on this road,” "
     "adding later: “We will enforce the law.”"),
     [("governor", "put your families at"), ("governor", "We will enforce the")]),
    ("asked-question",
     "“Where else can we go?” asked Yesenia Flores, holding her daughter.",
     [("Yesenia Flores", "Where else can we")]),
    ("in-the-words-of",
     ("The army is determined, in the words of Defense Minister Carlos Reyes, to “stop "
     "every crossing at the river.”"),
     [("Carlos Reyes", "stop every crossing at")]),
    ("appositive-name-after-role",
     ("His deputy for migration, Ana Beltran, has said the country is “not going to become "
     "a wall for anyone.”"),
     [("Ana Beltran", "not going to become")]),
    ("news-agency-he-added",
     ("“The process will take time,” the Interior Ministry said. “We ask for patience,” "
     "it added."),
     [("Interior Ministry", "The process will take"), ("Interior Ministry", "We ask for patience")]),
    ("quote-after-new-sentence-not-attribution",
     ("“We will not stop until we reach the border.” When asked by reporters about the "
     "heat, organizer Irineo Mujica shrugged."),
     []),
    ("hyphenated-surname",
     ("“Mexico must protect those who flee,” said Erika Vargas-Mendez, a lawyer with the "
     "Jesuit Migrant Service."),
     [("Erika Vargas-Mendez", "Mexico must protect those")]),
    ("two-speakers-one-paragraph",
     ("“We are full,” said shelter director Jose Maria Garcia. Across town, pastor Albert "
     "Rivera said: “We can take twenty more families tonight.”"),
     [("Jose Maria Garcia", "We are full"), ("Albert Rivera", "We can take twenty")]),
]

NOT_QUOTES: list[tuple[str, str]] = [
    ("scare-one-word", "The president called the caravan an “invasion” on Monday."),
    ("scare-two-words", "Officials described the camp as a “humanitarian crisis” last week."),
    ("slogan-chanted", "Marchers chanted “Yes we can, yes we can” as they crossed the bridge."),
    ("slogan-sign", "Signs reading “Migrants are welcome here” hung from the overpass."),
    ("title-film", "The documentary “Walking to America Together” aired on Sunday night."),
    ("program-name", "The “Remain in Mexico” program sent thousands back across the border."),
    ("known-as", "Families were returned under a policy known as “Migrant Protection Protocols.”"),
    ("so-called", "He opposed the so-called “catch and release” practice for years."),
    ("unattributed-phrase", "It is important to put a “caravan of 300 people” into context."),
    ("motto", "Their motto, “to migrate is not a crime,” was painted on the truck."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in QUOTE_CASES],
                         ids=[c[0] for c in QUOTE_CASES])
def test_quotes(nlp, make_article, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    quotes = _run(nlp, make_article, text)
    got = [(q.speaker, q.text) for q in quotes]
    assert len(quotes) == len(expected), got
    for (speaker, start), q in zip(expected, quotes):
        n = len(words(start))
        assert words(q.text)[:n] == words(start), got
        assert same_speaker(speaker, q.speaker), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NOT_QUOTES], ids=[c[0] for c in NOT_QUOTES])
def test_not_quotes(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _run(nlp, make_article, text) == []


@pytest.mark.slow
def test_roles_and_fields(nlp, make_article) -> None:  # type: ignore[no-untyped-def]
    text = ("“A caravan is a cry for help,” said Marta Cruz, director of the Honduran "
            "Migrant Forum.")
    (q,) = _run(nlp, make_article, text)
    assert q.speaker == "Marta Cruz"
    assert q.role == "director of the Honduran Migrant Forum"
    assert q.extractor.startswith("quotes@")
    assert q.to_gold() == {"speaker": "Marta Cruz", "role": q.role,
                           "start": "A caravan is a cry for"}


# --- find_quoted and helpers: no model needed ---------------------------------------

FIND_CASES: list[tuple[str, str, list[str]]] = [
    ("curly-double", "He said “we walk at dawn” today.", ["we walk at dawn"]),
    ("straight-double", 'He said "we walk at dawn" today.', ["we walk at dawn"]),
    ("curly-single", "He said ‘we walk at dawn’ today.", ["we walk at dawn"]),
    ("apostrophe-inside", "“It’s not the plan we have,” she said.", ["It’s not the plan we have,"]),
    ("nested-single", "“They call it ‘the beast’ here,” he said.", ["They call it ‘the beast’ here,"]),
    ("two-quotes", "“One two three,” he said, “four five six.”",
     ["One two three,", "four five six."]),
    ("unclosed-then-new-paragraph", "“First part of it.\n\n“Second part,” she said.",
     ["First part of it.", "Second part,"]),
    ("possessive-not-quote", "The migrants’ shelters were full.", []),
    ("guillemets", "Dijo «vamos al norte» ayer.", ["vamos al norte"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FIND_CASES],
                         ids=[c[0] for c in FIND_CASES])
def test_find_quoted(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quoted(text)] == expected


@pytest.mark.parametrize("text,n", [
    ("stop all migration.", 3), ("difficult and critical.", 3), ("It’s not", 2),
    ("I-miss-you", 3), ("   ", 0),
], ids=["three", "three-punct", "contraction", "hyphens", "blank"])
def test_word_count(text: str, n: int) -> None:
    assert word_count(text) == n


def test_hard_wrapped_lines_are_not_paragraphs() -> None:
    text = "He said the caravan \n\nwould leave soon.\n\nA new paragraph starts here."
    breaks = paragraph_breaks(text)
    assert len(breaks) == 1 and text[breaks[0] - 5:breaks[0]] == "soon."
