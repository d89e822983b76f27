"""Quality gate for issue 4: figures and quotes F1 on the English development set.

Runs :func:`extract_figures` and :func:`extract_quotes` over the English articles of
``../shared/devset`` and scores them with the shared ``score.py`` (never re-implemented
here) against the English gold files only.  Skips cleanly when ``../shared`` is absent.
The pins sit a little below the scores reached when the gate was written (figures
1.000, quotes 0.946) so that small, deliberate trade-offs do not fail the build.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from caravanwatch.extract.figures import extract_figures
from caravanwatch.extract.quotes import extract_quotes
from caravanwatch.records import Article

FIGURES_F1_MIN = 0.90
QUOTES_F1_MIN = 0.90


@pytest.mark.slow
def test_issue4_devset_gate(devset: Path, shared_dir: Path, tmp_path: Path) -> None:
    from caravanwatch.extract.nlp import load_nlp

    scorer = shared_dir / "annotation" / "score.py"
    if not scorer.is_file():
        pytest.skip(f"scorer not found at {scorer}")
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    nlp = load_nlp("en")
    with (devset / "index.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["language"] == "en"]
    assert rows, "no English articles in the development set"
    for row in rows:
        doc_id = row["doc_id"]
        shutil.copy(devset / "gold" / f"{doc_id}.json", gold_dir / f"{doc_id}.json")
        text = (devset / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")
        article = Article(
            id=doc_id, text=text, source=f"devset:{doc_id}",
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            ingested_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
            published=dt.date.fromisoformat(row["published"]), language="en")
        doc = nlp(text)
        pred = {
            "doc_id": doc_id, "events": [],
            "figures": [f.to_gold() for f in extract_figures(doc, article)],
            "quotes": [q.to_gold() for q in extract_quotes(doc, article)],
        }
        (pred_dir / f"{doc_id}.json").write_text(json.dumps(pred), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold_dir), "--pred", str(pred_dir),
         "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["figures"]["f1"] >= FIGURES_F1_MIN, result["figures"]
    assert result["quotes"]["f1"] >= QUOTES_F1_MIN, result["quotes"]
