"""The checks every held-out evaluation set of fictional articles shares.

Each set (``tests/extract/heldout_b`` ... ``heldout_e``) is laid out like
``../shared/devset``: ``articles/<id>.txt``, ``index.tsv``, ``gold/<id>.json``.  Its test
module describes the set with a :class:`HeldoutSet` and takes the tests of
:func:`define_tests` into its namespace, so that pytest reports them under the set's
module.  The tests hold no article text, only:

* format checks: articles, ``index.tsv`` and gold agree; gold follows the schema of
  ``shared/annotation/GUIDELINES.md``; every ``evidence`` and every quote ``start`` is an
  exact substring of its article; dates are ISO and sit sensibly around publication;
* a regression floor: one run of :func:`caravanwatch.extract.evaluate.run_eval` with the
  shared scorer (``../shared/annotation/score.py``, never re-implemented here), whose
  failure shows only aggregate scores (blind sets stay blind).  Skipped cleanly when the
  scorer is not there.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
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


@dataclass(frozen=True)
class HeldoutSet:
    """What one set promises (from the brief it was written to)."""

    folder: str  # under tests/extract/
    doc_prefix: str  # "hb" -> hb01, hb02...
    n_articles: int
    words: tuple[int, int]  # article length, fictional-marker line included
    floors: dict[str, float]  # F1 floor of "events", "figures", "quotes"
    first_year: int = 2019  # earliest publication year
    date_days: int = 60  # how far an event's date may sit from publication
    min_types: int = len(TYPES)  # event types the set covers
    every_article_has_events: bool = False  # else: events, figures or quotes

    @property
    def path(self) -> Path:
        return Path(__file__).resolve().parent / self.folder

    def ids(self) -> list[str]:
        return sorted(p.stem for p in (self.path / "articles").glob("*.txt"))

    def rows(self) -> dict[str, dict[str, str]]:
        with (self.path / "index.tsv").open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            assert reader.fieldnames == COLUMNS
            return {row["doc_id"]: row for row in reader}

    def gold(self, doc_id: str) -> dict[str, Any]:
        path = self.path / "gold" / f"{doc_id}.json"
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def text(self, doc_id: str) -> str:
        return (self.path / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")


def _date(value: str) -> dt.date:
    assert isinstance(value, str) and ISO.fullmatch(value), value
    return dt.date.fromisoformat(value)


def _scorer() -> Path:
    shared = Path(os.environ.get("CARAVANWATCH_SHARED", REPO_ROOT.parent / "shared"))
    return shared / "annotation" / "score.py"


def define_tests(hs: HeldoutSet) -> dict[str, Callable[..., None]]:
    """The test functions of set ``hs``, by name, for its module's namespace."""
    ids = hs.ids()
    doc_id_pattern = re.compile(rf"{hs.doc_prefix}\d{{2}}")
    by_doc = pytest.mark.parametrize("doc_id", ids)

    def test_folder_layout() -> None:
        assert len(ids) == hs.n_articles
        assert all(doc_id_pattern.fullmatch(i) for i in ids), ids
        assert sorted(p.stem for p in (hs.path / "gold").glob("*.json")) == ids
        assert sorted(hs.rows()) == ids
        assert (hs.path / "README.md").is_file()

    def test_set_covers_the_types_and_both_modalities() -> None:
        events = [e for i in ids for e in hs.gold(i)["events"]]
        types = {e["type"] for e in events}
        assert types <= TYPES and len(types) >= hs.min_types, types
        modalities = Counter(e["modality"] for e in events)
        assert set(modalities) == {"actual", "planned"}
        if hs.every_article_has_events:
            assert all(hs.gold(i)["events"] for i in ids)
        assert all(hs.gold(i)["figures"] or hs.gold(i)["quotes"] or hs.gold(i)["events"]
                   for i in ids)

    @by_doc
    def test_index_row_matches_gold(doc_id: str) -> None:
        row = hs.rows()[doc_id]
        assert row["language"] == "en"
        assert row["outlet"].strip() and row["caravan"].strip()
        assert row["url"] == "" or URL.fullmatch(row["url"]), row["url"]
        assert row["published"] == hs.gold(doc_id)["published"]
        assert hs.first_year <= _date(row["published"]).year <= 2026

    @by_doc
    def test_article_length_and_fictional_marker(doc_id: str) -> None:
        text = hs.text(doc_id)
        assert text.rstrip().splitlines()[-1] == FICTIONAL
        low, high = hs.words
        assert low <= len(text.split()) <= high, len(text.split())

    @by_doc
    def test_gold_follows_the_schema(doc_id: str) -> None:
        gold = hs.gold(doc_id)
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

    @by_doc
    def test_evidence_and_quote_starts_are_exact_substrings(doc_id: str) -> None:
        text, gold = hs.text(doc_id), hs.gold(doc_id)
        for item in gold["events"] + gold["figures"]:
            assert item["evidence"] in text, item["evidence"]
        for quote in gold["quotes"]:
            assert quote["start"] in text, quote["start"]

    @by_doc
    def test_event_dates_fit_publication(doc_id: str) -> None:
        """Actual happenings are not after publication, planned ones not before it."""
        gold = hs.gold(doc_id)
        published = _date(gold["published"])
        for ev in gold["events"]:
            if ev["date"] is None:
                continue
            date = _date(ev["date"])
            assert abs((date - published).days) <= hs.date_days, ev
            if ev["modality"] == "actual":
                assert date <= published, ev
            else:
                assert date >= published, ev

    @pytest.mark.slow
    def test_regression_floor(tmp_path: Path) -> None:
        scorer = _scorer()
        if not scorer.is_file():
            pytest.skip(f"no scorer at {scorer}")
        from caravanwatch.extract.evaluate import run_eval

        pred = tmp_path / "pred"
        result = run_eval(hs.path, language="en", out=pred, scorer=scorer)
        assert result.articles == hs.n_articles
        assert result.not_extracted == 0
        assert sorted(p.stem for p in pred.glob("*.json")) == ids
        assert result.scores["docs"] == hs.n_articles
        # Only scores are shown on failure: blind sets stay blind.
        summary = {k: result.scores[k]["f1"] for k in ("events", "figures", "quotes")}
        for part, floor in hs.floors.items():
            assert result.f1(part) >= floor, summary

    return {name: func for name, func in locals().items() if name.startswith("test_")}
