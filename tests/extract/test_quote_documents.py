"""Speakers who speak through a document or a medium: "the report said" after "X said
in a report" is X; "X was quoted by local media as saying" is X, not the media
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from speakers import check_quotes

from caravanwatch.extract.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("ngo-said-in-report",
     ("Amnesty International said in a report released Tuesday that Mexico deported 82,000 "
      "people last year. “Mexico has become the wall the north wanted,” the report said."),
     [("Amnesty International", "Mexico has become the")]),
    ("published-a-report",
     ("Human Rights Watch published a report on Monday about the caravan. \"Migrants face "
      "extortion at every checkpoint,\" the report said."),
     [("Human Rights Watch", "Migrants face extortion at")]),
    ("according-to-the-study",
     ("The Washington Office on Latin America released a study on the route. According to "
      "the study, \"most migrants are robbed at least once on the way.\""),
     [("Washington Office on Latin America", "most migrants are robbed")]),
    ("statement-said",
     ("The UN refugee agency said in a statement on Friday that the marchers need protection. "
      "\"Many of them are fleeing persecution,\" the statement said."),
     [("UN refugee agency", "Many of them are")]),
    ("letter-signed-by",
     ("More than 40 bishops signed a letter to the president. \"We cannot close our hearts "
      "to those who knock at our door,\" the letter said."),
     [("bishops", "We cannot close our")]),
    ("report-by-org",
     ("A report by Doctors Without Borders described the dangers of the jungle. \"Our teams "
      "treat victims of sexual violence every week,\" the report said."),
     [("Doctors Without Borders", "Our teams treat victims")]),
    ("report-no-author",
     "\"The route has become deadlier than ever,\" the report said.",
     [("the report", "The route has become")]),
    ("quoted-by-media-as-saying",
     ("The governor was quoted by local media as saying that \"the state is not a warehouse "
      "for migrants.\""), [("governor", "the state is not")]),
    ("quoted-by-newspaper-colon",
     ("Mayor Ana Ruiz was quoted by the newspaper El Heraldo as saying: \"We have no room "
      "for more migrants.\""), [("Ana Ruiz", "We have no room")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_speakers(nlp, make_article, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    check_quotes(extract_quotes(nlp(text), make_article(text=text)), expected)
