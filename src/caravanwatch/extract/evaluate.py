"""Score the extractor on a folder laid out like ``../shared/devset``.

``run_eval(folder)`` ingests ``folder/articles`` (with ``folder/index.tsv`` as sidecar)
into a temporary DuckDB, extracts every article of the chosen language, writes one
prediction JSON per article in the gold format (``doc_id``, ``published``,
``published_basis``, ``language``, ``events``, ``figures``, ``quotes``) and runs the
project's scorer, ``annotation/score.py`` next to the folder (or ``scorer=``), in a
subprocess.  The scorer is never re-implemented here: its printed lines are the report,
and its ``--json`` output gives the parsed scores.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caravanwatch.errors import EvalError
from caravanwatch.records import Article, Extraction

logger = logging.getLogger(__name__)

SCORER_RELATIVE = Path("..") / "annotation" / "score.py"
# Gold's published_basis vocabulary: a date the page stated, or one inferred.
_STATED_BASES = frozenset({"metadata", "sidecar", "flag", "url"})


@dataclass(frozen=True, slots=True)
class EvalResult:
    """The scorer's report and parsed scores for one evaluation run."""

    report: str
    scores: dict[str, Any]
    pred_dir: Path | None  # None when the predictions were written to a temporary folder
    articles: int
    not_extracted: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def f1(self, key: str = "events") -> float:
        return float(self.scores[key]["f1"])

    @property
    def date_exact(self) -> float | None:
        value = self.scores.get("event_date_exact")
        return None if value is None else float(value)

    @property
    def size_exact(self) -> float | None:
        value = self.scores.get("event_size_exact")
        return None if value is None else float(value)


def find_scorer(folder: Path, scorer: Path | None = None) -> Path:
    """``scorer`` if given, else ``folder/../annotation/score.py``."""
    path = scorer if scorer is not None else (folder / SCORER_RELATIVE)
    if not path.is_file():
        raise EvalError(f"scorer not found at {path}: pass --scorer PATH/TO/score.py")
    return path.resolve()


def check_layout(folder: Path) -> None:
    for part in ("articles", "gold"):
        if not (folder / part).is_dir():
            raise EvalError(
                f"{folder} has no {part}/ folder: an eval folder holds articles/, "
                "index.tsv and gold/ like ../shared/devset")


def prediction(article: Article, extraction: Extraction | None) -> dict[str, Any]:
    """One article's prediction in the gold format of GUIDELINES.md."""
    basis = "stated" if article.published_basis in _STATED_BASES else "inferred"
    ex = extraction
    return {
        "doc_id": article.id,
        "published": article.published.isoformat() if article.published else None,
        "published_basis": basis,
        "language": article.language,
        "events": [e.to_gold() for e in ex.events] if ex else [],
        "figures": [f.to_gold() for f in ex.figures] if ex else [],
        "quotes": [q.to_gold() for q in ex.quotes] if ex else [],
    }


def load_articles(folder: Path, db_path: Path) -> list[Article]:
    """Ingest ``folder/articles`` into a DuckDB at ``db_path`` and read them back."""
    from caravanwatch.ingest.pipeline import ingest
    from caravanwatch.ingest.sources import ReadOptions
    from caravanwatch.store import Store

    with Store.open(db_path) as store:
        summary = ingest([str(folder / "articles")], store,
                         ReadOptions(allow_fetch=False), progress=False)
        logger.info("ingested %s: %s", folder, summary.as_dict())
        return list(store.iter_articles(include_duplicates=True))


def run_eval(folder: Path, language: str | None = None, out: Path | None = None,
             scorer: Path | None = None, batch_size: int = 32) -> EvalResult:
    """Ingest, extract and score ``folder``; see the module docstring."""
    from caravanwatch.extract.pipeline import extract_articles

    folder = Path(folder)
    check_layout(folder)
    score_py = find_scorer(folder, scorer)
    with tempfile.TemporaryDirectory(prefix="caravanwatch-eval-") as tmp:
        articles = load_articles(folder, Path(tmp) / "eval.duckdb")
        if language:
            articles = [a for a in articles if (a.language or "").startswith(language)]
        if not articles:
            raise EvalError(f"no {language or ''} articles ingested from {folder}/articles")
        extractions = {x.article_id: x for x in extract_articles(articles, batch_size)}
        pred_dir = Path(out) if out is not None else Path(tmp) / "pred"
        pred_dir.mkdir(parents=True, exist_ok=True)
        for article in articles:
            path = pred_dir / f"{article.id}.json"
            path.write_text(json.dumps(prediction(article, extractions.get(article.id)),
                                       ensure_ascii=False, indent=2), encoding="utf-8")
        gold_dir = folder / "gold"
        if language:
            gold_dir = _gold_subset(gold_dir, {a.id for a in articles}, Path(tmp) / "gold")
        report = _score(score_py, gold_dir, pred_dir, "--per-doc")
        scores = json.loads(_score(score_py, gold_dir, pred_dir, "--json"))
        skipped = sum(1 for x in extractions.values() if x.status != "extracted")
        return EvalResult(report=report, scores=scores,
                          pred_dir=pred_dir if out is not None else None,
                          articles=len(articles), not_extracted=skipped)


def _gold_subset(gold_dir: Path, ids: set[str], dest: Path) -> Path:
    """A copy of the gold files of the articles kept (gold of other languages dropped)."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in gold_dir.glob("*.json"):
        if path.stem in ids:
            (dest / path.name).write_bytes(path.read_bytes())
    return dest


def _score(score_py: Path, gold: Path, pred: Path, *flags: str) -> str:
    cmd = [sys.executable, str(score_py), "--gold", str(gold), "--pred", str(pred), *flags]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise EvalError(f"scorer failed ({' '.join(cmd)}): {done.stderr.strip()}")
    return done.stdout
