"""Throughput of extraction against the bare spaCy pipeline, on the same articles.

    .venv/bin/python benchmarks/extract_throughput.py [--min-articles 500] [--shared PATH]

Reads the English articles of ``../shared/devset`` (beside the repository, or
``--shared`` / $CARAVANWATCH_SHARED), repeats them to at least ``--min-articles``, and
times in one run:

- ``bare``: ``nlp.pipe`` over the texts with the pipeline extraction uses (same model,
  same components, same batch size);
- ``full``: :func:`caravanwatch.extract.pipeline.extract_articles`, i.e. the same parse
  plus every event component, figures and quotes;
- ``events`` (with ``--events-only``): the same without figures and quotes, to see
  which part costs what.

It prints articles/s for each and their ratio (goal: full >= 0.8 x bare).  Each copy of
the development set is processed as its own stream, and the per-text caches of the
helper modules are cleared between copies, so a repeated article is not served from a
cache the first time it comes round again.  The model is loaded and warmed up before
timing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caravanwatch.records import Article

REPO = Path(__file__).resolve().parents[1]
GOAL = 0.8  # full extraction at >= 0.8 of the bare pipeline's throughput (issue 3)


def _shared(arg: str | None) -> Path:
    return Path(arg or os.environ.get("CARAVANWATCH_SHARED") or REPO.parent / "shared")


def load_articles(devset: Path) -> list[Article]:
    from caravanwatch.records import Article

    index = devset / "index.tsv"
    with index.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["language"] == "en"]
    out = []
    for row in rows:
        text = (devset / "articles" / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        out.append(Article(
            id=row["doc_id"], text=text, source=str(devset / "articles"), content_hash="",
            ingested_at=dt.datetime.now(dt.UTC), language="en",
            published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
        ))
    return out


def _clear_text_caches() -> None:
    """Forget per-text results of the helper modules (place lookups and the like)."""
    import importlib

    for module, names in (("caravanwatch.extract.places",
                           ("_find", "_geocode", "geocode_country")),):
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        for name in names:
            clear = getattr(getattr(mod, name, None), "cache_clear", None)
            if clear is not None:
                clear()


def _timed(label: str, copies: int, run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    done = 0
    for _ in range(copies):
        _clear_text_caches()
        done += run()
    seconds = time.perf_counter() - start
    print(f"{label:5s} {done} articles in {seconds:7.2f} s = {done / seconds:7.2f} articles/s",
          flush=True)
    return done / seconds, done


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-articles", type=int, default=500)
    ap.add_argument("--shared", help="the shared folder holding devset/")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--events-only", action="store_true",
                    help="also time events without figures and quotes")
    args = ap.parse_args(list(argv) if argv is not None else None)

    devset = _shared(args.shared) / "devset"
    if not (devset / "index.tsv").is_file():
        print(f"development set not found at {devset}: put shared/ beside the repository "
              "or pass --shared PATH", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO / "src"))
    from caravanwatch.extract.nlp import load_nlp, prepare_text
    from caravanwatch.extract.pipeline import extract_articles

    articles = load_articles(devset)
    copies = -(-args.min_articles // len(articles))
    nlp = load_nlp("en")
    texts = [prepare_text(a.text) for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(articles)} English articles ({words} words) x {copies} = "
          f"{len(articles) * copies} articles; model {nlp.meta.get('name')} "
          f"{nlp.meta.get('version')}, components {', '.join(nlp.pipe_names)}")

    # warm-up: model weights, matchers, gazetteer indexes
    list(extract_articles(articles[:3], batch_size=args.batch_size))

    def bare() -> int:
        return len(list(nlp.pipe(texts, batch_size=args.batch_size)))

    def full() -> int:
        return len(list(extract_articles(articles, batch_size=args.batch_size)))

    def events() -> int:
        return len(list(extract_articles(articles, batch_size=args.batch_size,
                                         others=False)))

    bare_rate, _ = _timed("bare", copies, bare)
    full_rate, _ = _timed("full", copies, full)
    ratio = full_rate / bare_rate
    print(f"ratio full/bare = {ratio:.3f} (goal >= {GOAL}): "
          f"{'met' if ratio >= GOAL else 'NOT met'}", flush=True)
    if args.events_only:
        events_rate, _ = _timed("events", copies, events)
        print(f"ratio events-only/bare = {events_rate / bare_rate:.3f} (events without "
              "figures and quotes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
