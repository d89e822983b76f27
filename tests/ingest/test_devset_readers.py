"""The development set (../shared/devset) read through iter_drafts: metadata from index.tsv."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from caravanwatch.ingest.sources import ReadOptions, iter_drafts
from caravanwatch.records import Draft


def test_devset_articles_give_20_drafts_with_index_metadata(devset: Path) -> None:
    with (devset / "index.tsv").open(encoding="utf-8", newline="") as handle:
        index = {row["doc_id"]: row for row in csv.DictReader(handle, delimiter="\t")}
    items = list(iter_drafts([str(devset / "articles")], ReadOptions(allow_fetch=False)))
    assert all(isinstance(i, Draft) for i in items), [i for i in items if not isinstance(i, Draft)]
    drafts = {d.doc_id: d for d in items if isinstance(d, Draft)}
    assert len(items) == len(drafts) == len(index) == 20
    for doc_id, row in index.items():
        d = drafts[doc_id]
        assert d.published == dt.date.fromisoformat(row["published"]), doc_id
        assert d.published_basis == "sidecar", doc_id
        assert d.outlet == row["outlet"], doc_id
        assert (d.url or "") == row["url"], doc_id
        assert d.language == row["language"], doc_id
        assert d.encoding in ("utf-8", "utf-8-sig"), doc_id
        assert d.text.strip() and d.source.endswith(f"{doc_id}.txt")


def test_devset_languages_are_also_detected_right(devset: Path) -> None:
    """Without the sidecar's language column the detector agrees on every article."""
    from caravanwatch.ingest.language import detect_language

    with (devset / "index.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        text = (devset / "articles" / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        assert detect_language(text) == row["language"], row["doc_id"]
