"""Tests for the per-Doc text and entity helpers of caravanwatch.extract.nlp: they give
exactly what spaCy's ``doc.text``, ``span.text``, ``doc.ents`` and ``span.ents`` give.

Texts written for these tests (odd spacing, line breaks, tabs, accents, emoji), plus the
development articles (the ``devset`` fixture; skipped without shared/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from caravanwatch.extract.nlp import doc_ents, doc_text, parse, span_ents, span_text

TEXTS: list[tuple[str, str]] = [
    ("plain", "About 2,000 migrants left San Pedro Sula on Saturday."),
    ("double-spaces", "The caravan  reached   Tapachula.  Police  watched."),
    ("line-breaks", "MIGRANTS ARRIVE\n\nThe group of 300 people\nwalked to the border.\n"),
    ("tabs-and-trailing", "\tHondurans and Guatemalans crossed the river.   "),
    ("dateline", "TAPACHULA, Mexico (AP) — About 3,000 migrants set off on Monday."),
    ("accents-emoji", "Los migrantes llegaron a Ciudad Tecún Umán 🙂 el martes, dijo José."),
    ("quotes", '"We will keep walking," said María López of Pueblo Sin Fronteras.'),
    ("leading-space", "   Mexico deported 1,500 people from Chiapas in March."),
]


def _check(doc: Any) -> None:
    assert doc_text(doc) == doc.text
    for sent in doc.sents:
        assert span_text(sent) == sent.text
        assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == \
            [(e.start, e.end, e.label_) for e in sent.ents]
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == \
        [(e.start, e.end, e.label_) for e in doc.ents]
    for ent in doc.ents:
        assert span_text(ent) == ent.text
    for token in doc:
        span = doc[token.i:token.i + 1]
        assert span_text(span) == span.text


@pytest.mark.parametrize("text", [t for _, t in TEXTS], ids=[i for i, _ in TEXTS])
def test_parse_keeps_the_text(nlp: Any, text: str) -> None:
    (doc,) = parse([text])
    _check(doc)


@pytest.mark.parametrize("text", [t for _, t in TEXTS], ids=[i for i, _ in TEXTS])
def test_helpers_on_a_doc_parsed_elsewhere(nlp: Any, text: str) -> None:
    _check(nlp(text))


def test_development_articles(nlp: Any, devset: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((devset / "articles").glob("*.txt"))]
    for doc in parse(texts):
        _check(doc)
