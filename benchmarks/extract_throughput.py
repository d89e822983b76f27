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

It prints articles/s for each and their ratio (goal: full >= 0.8 x bare), in wall-clock
time and, for a machine shared with other jobs, in CPU time.  Each copy of the
development set is processed as its own stream, the runs take turns copy by copy, and
every per-text cache of the extractor modules is cleared before each copy, so a
repeated article is not served from a cache the first time it comes round again.  The
model is loaded and warmed up before timing.
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


# Caches of at least this many entries are per-input caches (a sentence, a place name);
# smaller ones hold a loaded model, an index or compiled patterns (maxsize 1 to 4).
PER_INPUT_CACHE = 256


def _text_caches() -> list[Callable[[], None]]:
    """``cache_clear`` of every per-input ``functools`` cache of the extractor modules
    (places' lookups, group sizes, quantities...): found rather than listed, so that a
    cache added later is cleared too."""
    import importlib
    import pkgutil

    import caravanwatch.extract as package

    clears = []
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_clear", None)) and hasattr(obj, "cache_info") \
                    and getattr(obj, "__module__", None) == info.name:
                size = obj.cache_info().maxsize
                if size is None or size >= PER_INPUT_CACHE:
                    clears.append(obj.cache_clear)
    return clears


def _clear_text_caches(clears: list[Callable[[], None]] | None = None) -> None:
    """Forget per-text results of the helper modules (place lookups and the like)."""
    for clear in clears if clears is not None else _text_caches():
        clear()


def _timed(runs: dict[str, Callable[[], int]], copies: int) -> dict[str, float]:
    """Articles per second of each run, the runs taking turns copy by copy (so that a
    change of load on a shared machine falls on all of them alike); per-text caches are
    cleared before every copy."""
    clears = _text_caches()
    wall = dict.fromkeys(runs, 0.0)
    cpu = dict.fromkeys(runs, 0.0)
    done = dict.fromkeys(runs, 0)
    for _ in range(copies):
        for label, run in runs.items():
            _clear_text_caches(clears)
            start, start_cpu = time.perf_counter(), time.process_time()
            done[label] += run()
            wall[label] += time.perf_counter() - start
            cpu[label] += time.process_time() - start_cpu
    rates = {}
    for label in runs:
        rates[label] = done[label] / wall[label]
        print(f"{label:6s} {done[label]} articles in {wall[label]:7.2f} s = {rates[label]:7.2f} "
              f"articles/s (CPU {cpu[label]:7.2f} s)", flush=True)
        rates[f"{label} cpu"] = done[label] / cpu[label]
    return rates


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

    runs = {"bare": bare, "full": full}
    if args.events_only:
        runs["events"] = events
    rates = _timed(runs, copies)
    ratio = rates["full"] / rates["bare"]
    print(f"ratio full/bare = {ratio:.3f} (goal >= {GOAL}): "
          f"{'met' if ratio >= GOAL else 'NOT met'}; in CPU time "
          f"{rates['full cpu'] / rates['bare cpu']:.3f}", flush=True)
    if args.events_only:
        print(f"ratio events-only/bare = {rates['events'] / rates['bare']:.3f} (events "
              "without figures and quotes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
