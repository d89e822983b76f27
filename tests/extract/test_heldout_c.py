"""The third, blind held-out English evaluation set (``tests/extract/heldout_c``).

Eighteen fictional articles from many kinds of outlet (wire copy, local papers, an NGO
situation report, a live blog, a TV transcript, photo captions, an explainer, briefs, a
feature, a government bulletin, a shelter newsletter) about caravans from 2018 to 2025.
It stands in for the unseen official test set and is *blind*: people working on the
extractor look at its aggregate score only, never at its articles, gold or per-article
output (see ``heldout_c/README.md``).  This file therefore holds no article text, only:

* format checks: articles, ``index.tsv`` and gold agree; gold follows the schema of
  ``shared/annotation/GUIDELINES.md``; every ``evidence`` and every quote ``start`` is an
  exact substring of its article; dates are ISO and sit sensibly around publication;
* a regression floor: one run of :func:`caravanwatch.extract.evaluate.run_eval` with the
  shared scorer (``../shared/annotation/score.py``, never re-implemented here), shared by
  the module.  Skipped cleanly when the scorer is not there.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

SET_DIR = Path(__file__).resolve().parent / "heldout_c"
REPO_ROOT = Path(__file__).resolve().parents[2]

# Measured when the set was written, with the extractor of commit 2a76377: events P 0.676
# R 0.533 F1 0.596, figures P 0.738 R 0.795 F1 0.765, quotes P 0.892 R 0.825 F1 0.857 (the
# working tree a few minutes later: events F1 0.605, figures and quotes unchanged).  Floors
# are about 0.15 below: they guard against a broken stage, not against small trade-offs;
# raise them only when the measured scores have risen well above.
# Raised on 2026-11-30, when the set scored events 0.703, figures 0.795, quotes 0.857.
EVENTS_F1_FLOOR = 0.62
FIGURES_F1_FLOOR = 0.70
QUOTES_F1_FLOOR = 0.78

N_ARTICLES = 18
# Article length asked for in the brief (words, fictional-marker line included).
WORDS_MIN, WORDS_MAX = 150, 400
FICTIONAL = "This article is fictional, written for caravanwatch's tests."

TYPES = {"depart", "arrive", "cross_border", "join", "block", "clash", "detain",
         "deport", "offer", "dissolve", "asylum", "aid"}
QUALIFIERS = {"exact", "about", "more_than", "at_least", "up_to", "almost"}
UNITS = {"people", "per_day", "per_month", "per_year", "percent", "usd", "usd_per_day",
         "troops", "km", "miles"}
TOP_KEYS = {"doc_id", "published", "published_basis", "language", "events", "figures",
            "quotes"}
EVENT_FIELDS = {"type", "modality", "date", "place", "country", "size",
                "size_qualifier", "origin", "evidence"}
FIGURE_FIELDS = {"value", "qualifier", "unit", "measure", "subject", "period", "source",
                 "evidence"}
COLUMNS = ["doc_id", "published", "outlet", "url", "language", "caravan"]
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
ALPHA2 = re.compile(r"[A-Z]{2}")
URL = re.compile(r"https://example\.(?:org|com)/\S*")
DOC_ID = re.compile(r"hc\d{2}")


def _ids() -> list[str]:
    return sorted(p.stem for p in (SET_DIR / "articles").glob("*.txt"))


def _rows() -> dict[str, dict[str, str]]:
    with (SET_DIR / "index.tsv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return {row["doc_id"]: row for row in reader}


def _gold(doc_id: str) -> dict[str, Any]:
    path = SET_DIR / "gold" / f"{doc_id}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _text(doc_id: str) -> str:
    return (SET_DIR / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")


def _date(value: str) -> dt.date:
    assert isinstance(value, str) and ISO.fullmatch(value), value
    return dt.date.fromisoformat(value)


IDS = _ids()


def test_folder_layout() -> None:
    assert len(IDS) == N_ARTICLES
    assert all(DOC_ID.fullmatch(i) for i in IDS), IDS
    assert sorted(p.stem for p in (SET_DIR / "gold").glob("*.json")) == IDS
    assert sorted(_rows()) == IDS
    assert (SET_DIR / "README.md").is_file()


def test_set_covers_every_type_and_both_modalities() -> None:
    events = [e for i in IDS for e in _gold(i)["events"]]
    assert {e["type"] for e in events} == TYPES
    modalities = Counter(e["modality"] for e in events)
    assert set(modalities) == {"actual", "planned"}
    assert all(_gold(i)["events"] for i in IDS)
    # Sizes of the set asked for in the brief (about 110-140 events, 30 figures, 35 quotes).
    assert 110 <= len(events) <= 150
    assert 25 <= sum(len(_gold(i)["figures"]) for i in IDS) <= 45
    assert 30 <= sum(len(_gold(i)["quotes"]) for i in IDS) <= 45


@pytest.mark.parametrize("doc_id", IDS)
def test_index_row_matches_gold(doc_id: str) -> None:
    row = _rows()[doc_id]
    assert row["language"] == "en"
    assert row["outlet"].strip() and row["caravan"].strip()
    assert row["url"] == "" or URL.fullmatch(row["url"]), row["url"]
    assert row["published"] == _gold(doc_id)["published"]
    assert 2018 <= _date(row["published"]).year <= 2026


@pytest.mark.parametrize("doc_id", IDS)
def test_article_length_and_fictional_marker(doc_id: str) -> None:
    text = _text(doc_id)
    assert text.rstrip().splitlines()[-1] == FICTIONAL
    assert WORDS_MIN <= len(text.split()) <= WORDS_MAX, len(text.split())


@pytest.mark.parametrize("doc_id", IDS)
def test_gold_follows_the_schema(doc_id: str) -> None:
    gold = _gold(doc_id)
    assert set(gold) == TOP_KEYS
    assert gold["doc_id"] == doc_id and gold["language"] == "en"
    assert gold["published_basis"] in {"stated", "inferred"}
    _date(gold["published"])
    for ev in gold["events"]:
        assert set(ev) == EVENT_FIELDS, ev
        assert ev["type"] in TYPES and ev["modality"] in {"actual", "planned"}, ev
        if ev["date"] is not None:
            _date(ev["date"])
        if ev["place"] is not None:
            assert isinstance(ev["place"], str) and ev["place"].strip(), ev
            assert ev["country"] is not None, f"place without country: {ev}"
        assert ev["country"] is None or ALPHA2.fullmatch(ev["country"]), ev
        if ev["size"] is None:
            assert ev["size_qualifier"] is None, ev
        else:
            assert type(ev["size"]) is int and ev["size"] > 0, ev
            assert ev["size_qualifier"] in QUALIFIERS, ev
        assert isinstance(ev["origin"], list), ev
        assert all(ALPHA2.fullmatch(c) for c in ev["origin"]), ev
    for fig in gold["figures"]:
        assert set(fig) == FIGURE_FIELDS, fig
        assert isinstance(fig["value"], (int, float)) and not isinstance(fig["value"], bool)
        assert fig["qualifier"] in QUALIFIERS and fig["unit"] in UNITS, fig
        assert re.fullmatch(r"[a-z][a-z0-9_]*", fig["measure"]), fig
        if fig["unit"] == "percent":
            assert 0 < fig["value"] <= 1, "percentages are fractions (61 percent -> 0.61)"
    for quote in gold["quotes"]:
        assert set(quote) == {"speaker", "start"}, quote
        assert quote["speaker"].strip()
        assert 3 <= len(quote["start"].split()) <= 6, quote


@pytest.mark.parametrize("doc_id", IDS)
def test_evidence_and_quote_starts_are_exact_substrings(doc_id: str) -> None:
    text, gold = _text(doc_id), _gold(doc_id)
    for item in gold["events"] + gold["figures"]:
        assert item["evidence"] in text, item["evidence"]
    for quote in gold["quotes"]:
        assert quote["start"] in text, quote["start"]


@pytest.mark.parametrize("doc_id", IDS)
def test_event_dates_fit_publication(doc_id: str) -> None:
    """Actual happenings are not after publication, planned ones not before it."""
    gold = _gold(doc_id)
    published = _date(gold["published"])
    for ev in gold["events"]:
        if ev["date"] is None:
            continue
        date = _date(ev["date"])
        assert abs((date - published).days) <= 60, ev
        if ev["modality"] == "actual":
            assert date <= published, ev
        else:
            assert date >= published, ev


def _scorer() -> Path:
    shared = Path(os.environ.get("CARAVANWATCH_SHARED", REPO_ROOT.parent / "shared"))
    return shared / "annotation" / "score.py"


@pytest.fixture(scope="module")
def eval_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """One run of the extractor and the shared scorer over the set, for the module."""
    scorer = _scorer()
    if not scorer.is_file():
        pytest.skip(f"no scorer at {scorer}")
    from caravanwatch.extract.evaluate import run_eval

    pred = tmp_path_factory.mktemp("heldout_c") / "pred"
    return run_eval(SET_DIR, language="en", out=pred, scorer=scorer), pred


@pytest.mark.slow
def test_every_article_is_extracted(eval_run: tuple[Any, Path]) -> None:
    result, pred = eval_run
    assert result.articles == N_ARTICLES
    assert result.not_extracted == 0
    assert sorted(p.stem for p in pred.glob("*.json")) == IDS
    assert result.scores["docs"] == N_ARTICLES


@pytest.mark.slow
@pytest.mark.parametrize(("part", "floor"), [("events", EVENTS_F1_FLOOR),
                                             ("figures", FIGURES_F1_FLOOR),
                                             ("quotes", QUOTES_F1_FLOOR)],
                         ids=["events", "figures", "quotes"])
def test_regression_floor(eval_run: tuple[Any, Path], part: str, floor: float) -> None:
    result, _ = eval_run
    # Only scores are shown on failure: the set stays blind.
    summary = {k: result.scores[k]["f1"] for k in ("events", "figures", "quotes")}
    assert result.f1(part) >= floor, summary
