"""Quoting styles beyond wire copy: titles, transcripts, tabloid verbs, dash and colon
lead-ins, paragraph-spanning quotes, interviewers (sentences written for these tests)."""

from __future__ import annotations

import pytest
from speakers import same_speaker, words

from caravanwatch.extract.quotes import extract_quotes

_LEAD = "Local councillor Mark Evans said the town was overwhelmed. "

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # abbreviated titles the parser stops at
    ("title-fr", "“The shelter is full and we have no more beds,” said Fr. Miguel Torres.",
     [("Miguel Torres", "The shelter is full and")]),
    ("title-msgr", "“The shelter is full and we have no more beds,” said Msgr. Luis Ortega.",
     [("Luis Ortega", "The shelter is full and")]),
    ("title-sgt-of", ("“The road is closed to everyone tonight,” said Sgt. Miguel Torres of "
                      "the state police."), [("Miguel Torres", "The road is closed to")]),
    ("title-cmdr", "“We intercepted three boats at dawn,” said Cmdr. Rosa Vidal.",
     [("Rosa Vidal", "We intercepted three boats at")]),
    ("in-the-words-of-full-name",
     "In the words of Bishop Raul Vera: “Nobody is illegal in the eyes of God.”",
     [("Raul Vera", "Nobody is illegal in the")]),
    ("possessive-words", "Bishop Raul Vera's words: “Nobody is illegal in the eyes of God.”",
     [("Raul Vera", "Nobody is illegal in the")]),
    # British single quotes with apostrophes inside
    ("british-dont", "'We don't have anything left to lose,' said Maria Lopez, a mother.",
     [("Maria Lopez", "We don't have anything left")]),
    ("british-were-told", "'We're tired, but we won't stop now,' Carlos Mendez told the BBC.",
     [("Carlos Mendez", "We're tired but we won't")]),
    # dash attributions
    ("dash-verbless", "“We will not go back to Honduras,” — Jose Alvarado, 34, a farmer.",
     [("Jose Alvarado", "We will not go back")]),
    ("dash-said", "“We will not go back to Honduras” — said Jose Alvarado, 34.",
     [("Jose Alvarado", "We will not go back")]),
    # transcript style with quotation marks
    ("name-colon", "Rosa Diaz: “We have received more than 400 people this week.”",
     [("Rosa Diaz", "We have received more than")]),
    ("caps-name-colon", "ROSA DIAZ: “We have received more than 400 people this week.”",
     [("Rosa Diaz", "We have received more than")]),
    ("qa-answer-said", ("Q: Why did you leave Honduras?\nA: “There was no work and the gangs "
                        "threatened my son,” said Rosa Maria."),
     [("Rosa Maria", "There was no work and")]),
    # a colon lead-in, then paragraphs that open a quote and do not close it
    ("colon-paragraphs",
     ("Sister Ana Maria Flores, who runs the shelter, said:\n“We have received more than "
      "500 people this week.\n“Most of them are women and children who walked for days.\n"
      "“We need donations of food and medicine.”"),
     [("Ana Maria Flores", "We have received more than"),
      ("Ana Maria Flores", "Most of them are women"),
      ("Ana Maria Flores", "We need donations of food")]),
    # interviews: the quote belongs to the guest, not the host
    ("description-takes-title",
     ("The programme's host, Laura Diaz, spoke with Governor Ana Ruiz. “We will not allow "
      "another camp in our city,” the governor said."),
     [("Ana Ruiz", "We will not allow another")]),
    ("pronoun-skips-interviewer",
     ("Mayor Pedro Salas was interviewed by Laura Diaz. Asked about the shelters, he said: "
      "“The city cannot take more people.”"),
     [("Pedro Salas", "The city cannot take more")]),
    ("host-then-guest",
     ("On Tuesday's programme, host Laura Diaz interviewed Mayor Pedro Salas. Salas said: "
      "“The city cannot take more people.” He added: “We need help from the federal "
      "government.”"),
     [("Pedro Salas", "The city cannot take more"), ("Pedro Salas", "We need help from the")]),
    # organisations
    ("ministry-statement-after",
     "“All migrants will be processed according to the law,” the ministry said in a statement.",
     [("ministry", "All migrants will be processed")]),
    ("according-to-ministry",
     "According to the interior ministry, “the border will remain closed until further notice.”",
     [("interior ministry", "the border will remain closed")]),
    ("guillemets", "«We only want to work and live in peace», said Jean Baptiste, a migrant.",
     [("Jean Baptiste", "We only want to work")]),
    # tabloid and bulletin verbs after the quote: never the previous speaker
    ("verb-fumed", _LEAD + "“This is a total disgrace and nobody listens,” fumed mum-of-two "
     "Kelly Brown, 34.", [("Kelly Brown", "This is a total disgrace")]),
    ("verb-raged", _LEAD + "“Nobody in government is listening to us,” raged Kelly Brown.",
     [("Kelly Brown", "Nobody in government is listening")]),
    ("verb-gushed", _LEAD + "“It was the best day of my life,” gushed Kelly Brown.",
     [("Kelly Brown", "It was the best day")]),
    ("verb-hit-out", _LEAD + "“This cannot go on any longer,” Kelly Brown hit out.",
     [("Kelly Brown", "This cannot go on any")]),
    ("verb-preached", _LEAD + "“We are all migrants before God,” preached Father Tomás Ruiz.",
     [("Tomás Ruiz", "We are all migrants before")]),
    ("verb-snapped", _LEAD + "“Get out of our town now,” snapped Kelly Brown.",
     [("Kelly Brown", "Get out of our town")]),
    ("verb-prayed", _LEAD + "“Let us pray for the families on the road,” prayed Father Tomás "
     "Ruiz.", [("Tomás Ruiz", "Let us pray for the")]),
    ("verb-revealed", _LEAD + "“The kids haven't eaten since Tuesday,” revealed Kelly Brown.",
     [("Kelly Brown", "The kids haven't eaten since")]),
    ("verb-confided", _LEAD + "“Nobody should have to live like this,” Kelly Brown confided.",
     [("Kelly Brown", "Nobody should have to live")]),
    ("verb-shrugged", _LEAD + "“Nobody should have to live like this,” Kelly Brown shrugged.",
     [("Kelly Brown", "Nobody should have to live")]),
    ("verb-reflected", _LEAD + "“Nobody should have to live like this,” Kelly Brown reflected.",
     [("Kelly Brown", "Nobody should have to live")]),
    ("verb-remembered", _LEAD + "“Nobody should have to live like this,” Kelly Brown "
     "remembered.", [("Kelly Brown", "Nobody should have to live")]),
]

CASES += [
    # other quotation-mark conventions
    ("german-low-high", "„We will keep walking until we reach the border,“ said Maria Lopez.",
     [("Maria Lopez", "We will keep walking until")]),
    ("typewriter-backticks", ("``We will keep walking until we reach the border,'' said Maria "
     "Lopez."), [("Maria Lopez", "We will keep walking until")]),
    ("double-apostrophes", ("''We will keep walking until we reach the border,'' said Maria "
     "Lopez."), [("Maria Lopez", "We will keep walking until")]),
    ("double-prime", "″We will keep walking until we reach the border,″ said Maria Lopez.",
     [("Maria Lopez", "We will keep walking until")]),
    ("no-space-before-next-quote",
     "“We will keep walking,” said Maria Lopez.\"We have no choice at all,\" she added.",
     [("Maria Lopez", "We will keep walking"), ("Maria Lopez", "We have no choice")]),
    ("british-plural-possessive", ("'The migrants' rights must be respected by every state,' "
     "said the ombudsman, Luis Raul Gonzalez."), [("Luis Raul Gonzalez", "The migrants rights must")]),
    ("curly-plural-possessive", ("‘The migrants’ rights must be respected by every state,’ "
     "said the ombudsman, Luis Raul Gonzalez."), [("Luis Raul Gonzalez", "The migrants rights must")]),
    # a paragraph that is only a quotation, after a paragraph about a person
    ("previous-paragraph-subject",
     "Maria Lopez walks with her two sons.\n“We will keep walking until we reach the border.”",
     [("Maria Lopez", "We will keep walking until")]),
    ("description-takes-apposition",
     ("Carlos Ruiz, the mayor of Tapachula, and police chief Ana Diaz met the marchers. “We "
      "will not use force,” the mayor said."), [("Carlos Ruiz", "We will not use force")]),
]

CASES += [
    ("spaced-straight", ("\" We will keep walking until we reach the border, \" said Maria "
     "Lopez."), [("Maria Lopez", "We will keep walking until")]),
    ("reversed-guillemets", ("»We will keep walking until we reach the border,« said Maria "
     "Lopez. »We have no choice at all.«"),
     [("Maria Lopez", "We will keep walking until"), ("Maria Lopez", "We have no choice")]),
    ("right-marks-both-sides", ("”We will keep walking until we reach the border,” said Maria "
     "Lopez. ”We have no choice at all,” she added."),
     [("Maria Lopez", "We will keep walking until"), ("Maria Lopez", "We have no choice")]),
    ("low-single", "‚We will keep walking until we reach the border,‘ said Maria Lopez.",
     [("Maria Lopez", "We will keep walking until")]),
    # organisations referred back to, and communiqué verbs
    ("the-group-is-named-org", ("Frontera Viva said the government had failed. “We call on "
     "both governments to guarantee safe passage,” the group said."),
     [("Frontera Viva", "We call on both governments")]),
    ("communique-informs", ("The Government of Guatemala informs the public: “Entry will be "
     "permitted only with valid documents.”"),
     [("Government of Guatemala", "Entry will be permitted only")]),
    ("date-label-is-not-speaker", ("Oct. 20: “We are leaving tonight no matter what,” "
     "organizers said."), [("organizers", "We are leaving tonight no")]),
    # a pronoun takes the previous sentence's subject over the person it talks to
    ("pronoun-prefers-subject", ("Ana Ruiz spoke to Laura Diaz on Morning Edition. “We have "
     "never seen so many children,” she said."), [("Ana Ruiz", "We have never seen so")]),
    ("pronoun-prefers-subject-joined", ("Ana Ruiz joined Laura Diaz in the studio on Tuesday. "
     "“We have never seen so many children,” she told listeners."),
     [("Ana Ruiz", "We have never seen so")]),
]

_FIRST = "Local councillor Mark Evans spoke first. "
_BEDS = "“We have no more beds and no more food.”"
CASES += [
    # feature style: the speaker named in the sentence after, or in a colon lead-in
    ("words-of-next-sentence", _FIRST + _BEDS + " Those are the words of Ana Ruiz, who runs "
     "the shelter.", [("Ana Ruiz", "We have no more beds")]),
    ("that-is-how-next-sentence", _FIRST + _BEDS + " That is how Ana Ruiz, who runs the "
     "shelter, sums it up.", [("Ana Ruiz", "We have no more beds")]),
    ("so-says", _FIRST + _BEDS + " So says Ana Ruiz, who runs the shelter.",
     [("Ana Ruiz", "We have no more beds")]),
    ("possessive-verdict-colon", _FIRST + "Ana Ruiz's verdict: " + _BEDS,
     [("Ana Ruiz", "We have no more beds")]),
    ("subject-was-blunt-colon", _FIRST + "Ana Ruiz, who runs the shelter, was blunt: " + _BEDS,
     [("Ana Ruiz", "We have no more beds")]),
]

NOT_QUOTES: list[tuple[str, str]] = [
    ("transcript-no-marks", "SPEAKER: We will not allow another camp in our city."),
    ("qa-no-marks", ("Q: How many people arrived this week?\nA: More than 400, most of them "
     "families.")),
    ("dash-dialogue-no-marks", ("– We will keep walking until we reach the border, said Maria "
     "Lopez.")),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_quote_generalisation(nlp, make_article, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    quotes = extract_quotes(nlp(text), make_article(text=text))
    got = [(q.speaker, " ".join(words(q.text)[:4])) for q in quotes]
    assert len(quotes) == len(expected), got
    for (speaker, start), quote in zip(expected, quotes, strict=True):
        assert words(quote.text)[:4] == words(start)[:4], got
        assert same_speaker(speaker, quote.speaker), got


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_QUOTES])
def test_not_quotes(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_quotes(nlp(text), make_article(text=text)) == []
