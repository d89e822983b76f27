"""More quotation styles: attribution shapes across outlets (written for these tests)."""

from __future__ import annotations

import pytest
from speakers import same_speaker, words

from caravanwatch.extract.quotes import extract_quotes

STYLE_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # wire services
    ("ap-said-after-role-first",
     "“There is no work and no future there,” said Honduran farmer Elmer Castillo, 27.",
     [("Elmer Castillo", "There is no work")]),
    ("ap-comma-name-said-as",
     "“We are going to keep going,” Castillo said as he boarded a truck.",
     [("Castillo", "We are going to")]),
    ("reuters-told-reuters-by-phone",
     "“They are not letting anyone through,” activist Irineo Mujica told Reuters by phone.",
     [("Irineo Mujica", "They are not letting")]),
    ("afp-told-afp",
     "“I sold everything to pay for this trip,” Venezuelan Luis Perez, 35, told AFP.",
     [("Luis Perez", "I sold everything to")]),
    ("efe-told-efe-after",
     "“We only want to pass through Mexico,” Haitian migrant Jean Pierre told EFE.",
     [("Jean Pierre", "We only want to")]),
    ("wire-added-name",
     "“The journey is dangerous, but staying is worse,” added Maria Elena Ruiz.",
     [("Maria Elena Ruiz", "The journey is dangerous")]),
    ("wire-wrote-in-letter",
     ("The bishops wrote in a letter that migrants “deserve dignity at every step of the "
     "road.”"), [("bishops", "deserve dignity at every")]),
    ("wire-says-present",
     "“We trust in God,” says Santos Hernandez, who walks with his two sons.",
     [("Santos Hernandez", "We trust in God")]),
    ("wire-spokeswoman-for",
     ("“All foreigners must respect Mexican law,” said Ana Lopez, a spokeswoman for the "
     "National Migration Institute."),
     [("Ana Lopez", "All foreigners must respect")]),
    ("wire-official-anonymous",
     ("“We expect more groups next month,” a senior Mexican official said on condition of "
     "anonymity."),
     [("a senior Mexican official", "We expect more groups")]),
    ("wire-the-president-title",
     ("“Our borders are closed to illegal entry,” President Jimmy Morales said in a "
     "televised address."),
     [("Jimmy Morales", "Our borders are closed")]),
    ("wire-pronoun-after-two-sentences",
     ("Olga Sanchez, 52, left Choloma with her grandson. The boy is seven. “I do it for "
     "him,” she said."),
     [("Olga Sanchez", "I do it for")]),
    # local papers
    ("local-reporter-interview",
     ("Speaking outside the shelter, volunteer coordinator Patricia Ruiz said: “We ran out "
     "of blankets on the first night.”"),
     [("Patricia Ruiz", "We ran out of")]),
    ("local-sheriff-told",
     "“My deputies are ready for anything,” Sheriff Tom Hughes told the Gazette.",
     [("Tom Hughes", "My deputies are ready")]),
    ("local-resident-unnamed",
     ("“I don’t mind helping them, but the city needs a plan,” said one resident of the "
     "Zona Norte."),
     [("one resident of the Zona Norte", "I don t mind helping")]),
    ("local-councilwoman-explained",
     ("Councilwoman Monica Vega explained that the shelter “can only stay open until the "
     "end of the month.”"),
     [("Monica Vega", "can only stay open")]),
    ("local-quote-then-paragraph-continuation",
     ("“The buses came at night,” said Rosa Mejia.\n\n“Nobody told us where they were "
     "taking us. We just got on.”"),
     [("Rosa Mejia", "The buses came at"), ("Rosa Mejia", "Nobody told us where")]),
    # NGOs
    ("ngo-release-said-director",
     ("“The caravan is a symptom of a regional crisis,” said Jose Luis Santos, regional "
     "director at Save the Children."),
     [("Jose Luis Santos", "The caravan is a")]),
    ("ngo-organisation-warned",
     ("Doctors Without Borders warned that “the lack of water and shade is putting "
     "children at risk.”"),
     [("Doctors Without Borders", "the lack of water")]),
    ("ngo-org-statement-after",
     ("“Pushing people back violates international law,” the International Rescue "
     "Committee said in a statement."),
     [("International Rescue Committee", "Pushing people back violates")]),
    ("ngo-called-on",
     "The group called on authorities to “guarantee safe passage for every family.”",
     [("group", "guarantee safe passage for")]),
    # government
    ("gov-dhs-statement",
     "“The Department will not tolerate unlawful entry,” DHS said in a statement.",
     [("DHS", "The Department will not")]),
    ("gov-embassy-tweet",
     ("The U.S. Embassy in Tegucigalpa tweeted: “Do not put your life in the hands of "
     "smugglers.”"),
     [("U.S. Embassy in Tegucigalpa", "Do not put your")]),
    ("gov-secretary-declared",
     "Secretary Ebrard declared that Mexico “will not be a safe third country.”",
     [("Ebrard", "will not be a")]),
    ("gov-according-to-ministry",
     ("The migrants “will be offered work permits in southern states,” according to the "
     "Interior Ministry."),
     [("Interior Ministry", "will be offered work")]),
    ("gov-release-adds",
     ("“Mexico will protect the human rights of all migrants,” the government said. “At "
     "the same time, it will enforce its laws.”"),
     [("government", "Mexico will protect the"), ("government", "At the same time")]),
    # partisan and opinion sites
    ("partisan-senator-said-fox",
     "“This caravan is a national security threat,” Sen. Tom Cotton said on Fox News.",
     [("Tom Cotton", "This caravan is a")]),
    ("partisan-straight-told",
     "\"They are coming whether we like it or not,\" activist Alex Mensing told the site.",
     [("Alex Mensing", "They are coming whether")]),
    ("partisan-straight-split",
     "\"We are workers,\" said Carlos Mejia, \"and we want to pay taxes like anyone.\"",
     [("Carlos Mejia", "We are workers"), ("Carlos Mejia", "and we want to")]),
    ("opinion-trump-tweet",
     "Trump tweeted on Thursday that the migrants “are not coming into the U.S.A.”",
     [("Trump", "are not coming into")]),
    ("question-then-said",
     "“What are we supposed to do, go back and die?” said Wilmer Paz, 19.",
     [("Wilmer Paz", "What are we supposed")]),
    ("exclamation-shouted",
     "“We are not criminals, we are workers!” shouted a man from the back of the truck.",
     [("a man", "We are not criminals")]),
]

NOT_QUOTE_STYLES: list[tuple[str, str]] = [
    ("headline-word", "Trump calls caravan an “assault on our country”."),
    ("banner", "A banner that read “Jesus walks with the migrants” led the march."),
    ("hashtag", "The hashtag “#CaravanaMigrante” trended in Honduras on Sunday."),
    ("operation-name", "The “Operation Faithful Patriot” deployment ended in December."),
    ("book-title", "Her book “The Beast Rides North” was published in 2015."),
    ("single-word-scare", "Officials insist the “crisis” is under control."),
    ("two-word-said", "He said it was “totally unacceptable” and left."),
    ("tshirt", "Many wore T-shirts emblazoned with “We are all migrants” in red letters."),
    ("chants-spanish", "They chanted “Sí se puede, sí se puede” at the bridge."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in STYLE_CASES],
                         ids=[c[0] for c in STYLE_CASES])
def test_quote_styles(nlp, make_article, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    quotes = extract_quotes(nlp(text), make_article(text=text))
    got = [(q.speaker, q.text) for q in quotes]
    assert len(quotes) == len(expected), got
    for (speaker, start), q in zip(expected, quotes):
        n = len(words(start))
        assert words(q.text)[:n] == words(start), got
        assert same_speaker(speaker, q.speaker), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NOT_QUOTE_STYLES],
                         ids=[c[0] for c in NOT_QUOTE_STYLES])
def test_not_quote_styles(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_quotes(nlp(text), make_article(text=text)) == []
