"""The ingest stage end to end: sources -> drafts -> articles in the store.

:func:`ingest` walks the readers (:func:`caravanwatch.ingest.sources.iter_drafts`), turns
each :class:`Draft` into an :class:`Article` (stable id, content hash, language,
``ingested_at``), flags near-duplicates (:mod:`caravanwatch.ingest.dedupe`) and commits
articles and skips to the store one batch at a time, so an interrupted run keeps every
committed batch and the next run skips those ids cheaply.  No single input can stop the
run: an unexpected error becomes a skip with reason ``error``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from caravanwatch.config import INGEST_BATCH
from caravanwatch.ingest.dedupe import SCHEME, Deduper, signature_bytes
from caravanwatch.records import Article, Draft, Skip

if TYPE_CHECKING:
    from caravanwatch.ingest.sources import ReadOptions
    from caravanwatch.store import Store

logger = logging.getLogger(__name__)

BATCH_SIZE = INGEST_BATCH  # articles and skips per committed transaction (see config)

_SPACE = re.compile(r"\s+")


@dataclass
class IngestSummary:
    """What one ingest run did."""

    stored: int = 0
    already_present: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def line(self) -> str:
        return (
            f"{self.stored} stored, {self.already_present} present, "
            f"{self.duplicates} duplicates, {self.skipped_total} skipped"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "already_present": self.already_present,
            "duplicates": self.duplicates,
            "skipped": dict(sorted(self.skipped.items())),
            "languages": dict(sorted(self.languages.items())),
        }


def normalize_text(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped: the text that is hashed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def article_id(draft: Draft, text_hash: str) -> str:
    """The sidecar's doc_id, else 'a' + 16 hex of sha1(url), else of the content hash."""
    if draft.doc_id and draft.doc_id.strip():
        return draft.doc_id.strip()
    if draft.url and draft.url.strip():
        return "a" + hashlib.sha1(draft.url.strip().encode("utf-8")).hexdigest()[:16]
    return hash_id(text_hash)


def hash_id(text_hash: str) -> str:
    """The id an article gets from its text alone."""
    return "a" + hashlib.sha1(text_hash.encode("utf-8")).hexdigest()[:16]


def finalize(
    draft: Draft,
    text_hash: str | None = None,
    now: dt.datetime | None = None,
    id_: str | None = None,
) -> Article:
    """Turn a reader's draft into an article (duplicate_of is set later, by dedupe)."""
    text_hash = text_hash or content_hash(draft.text)
    language = draft.language
    if not language:
        from caravanwatch.ingest.language import detect_language

        language = detect_language(draft.text)
    return Article(
        id=id_ or article_id(draft, text_hash),
        text=draft.text,
        source=draft.source,
        content_hash=text_hash,
        ingested_at=now or dt.datetime.now(dt.UTC),
        title=draft.title,
        url=draft.url,
        outlet=draft.outlet,
        published=draft.published,
        published_basis=draft.published_basis,
        language=language,
        encoding=draft.encoding,
        notes=draft.notes,
    )


Reader = Callable[[Sequence[str], "ReadOptions"], Iterable[Draft | Skip]]
"""What :func:`caravanwatch.ingest.sources.iter_drafts` is; tests may pass another."""


def _drafts(
    sources: Sequence[str], options: ReadOptions, reader: Reader | None
) -> Iterator[Draft | Skip]:
    """The readers' output, one top-level source at a time so a reader bug stops only it."""
    if reader is None:
        from caravanwatch.ingest.sources import iter_drafts

        reader = iter_drafts
    for source in sources:
        try:
            yield from reader([source], options)
        except Exception as exc:  # a reader bug must not end the whole run
            logger.debug("reader failed on %s", source, exc_info=True)
            yield Skip(source=source, reason="error", detail=f"{type(exc).__name__}: {exc}")


def ingest(
    sources: Sequence[str],
    store: Store,
    options: ReadOptions,
    progress: bool = True,
    batch_size: int = BATCH_SIZE,
    reader: Reader | None = None,
) -> IngestSummary:
    """Read ``sources`` into ``store``; return what was stored, found present or skipped.

    ``reader`` defaults to :func:`caravanwatch.ingest.sources.iter_drafts`.
    """
    deduper = Deduper()
    deduper.load(store.original_hashes(), store.iter_signatures())
    run = _Run(store, store.article_hashes(), deduper, batch_size)
    with _progress_bar(progress) as tracker:
        try:
            for item in _drafts(sources, options, reader):
                run.take(item)
                if tracker is not None:
                    tracker.advance(run.summary.line())
        except KeyboardInterrupt:
            # Ctrl-C keeps what was read so far; kill -9 loses at most the open batch.
            run.flush()
            raise
        run.flush()
    return run.summary


class _Run:
    """The state of one ingest run: known ids, the dedupe index, the open batch."""

    def __init__(self, store: Store, known: dict[str, str], deduper: Deduper, batch_size: int):
        self.store = store
        self.known = known  # id -> content hash of every stored (or batched) article
        self.deduper = deduper
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self.articles: list[Article] = []
        self.signatures: dict[str, tuple[int, int, str, bytes]] = {}
        self.skips: list[Skip] = []
        self.committed = 0

    def take(self, item: Draft | Skip) -> None:
        if isinstance(item, Skip):
            self.skip(item)
        else:
            try:
                self.add(item)
            except Exception as exc:  # one bad draft becomes a skip, never a crash
                logger.debug("could not finalize %s", item.source, exc_info=True)
                self.skip(Skip(item.source, "error", f"{type(exc).__name__}: {exc}"))
        if len(self.articles) + len(self.skips) >= self.batch_size:
            self.flush()

    def skip(self, item: Skip) -> None:
        self.summary.skipped[item.reason] += 1
        self.skips.append(item)
        logger.info("skipped %s: %s %s", item.source, item.reason, item.detail)

    def add(self, draft: Draft) -> None:
        text_hash = content_hash(draft.text)
        aid = article_id(draft, text_hash)
        stored_hash = self.known.get(aid)
        if stored_hash is not None and stored_hash != text_hash:
            # The id is taken by a different text (two folders with a story.txt, a page
            # that changed since): keep this one too, under the id of its text, so that
            # nothing distinct is dropped and a rerun still finds it present.
            taken, aid = aid, hash_id(text_hash)
            logger.warning("id %s of %s is taken by another text; stored as %s",
                           taken, draft.source, aid)
            draft = replace(draft, notes=(*draft.notes, f"id {taken} was taken by another text"))
            stored_hash = self.known.get(aid)
        if stored_hash is not None:
            self.summary.already_present += 1
            logger.debug("already present: %s (%s)", aid, draft.source)
            return
        article = finalize(draft, text_hash, id_=aid)
        signature = self.deduper.signature(article.text)
        original = self.deduper.find(text_hash, signature)
        if original is not None and original != aid:
            article = replace(article, duplicate_of=original)
            self.summary.duplicates += 1
            logger.info("%s (%s) duplicates %s", aid, draft.source, original)
        else:
            self.deduper.add(aid, text_hash, signature)
            if signature is not None:
                self.signatures[aid] = (
                    self.deduper.num_perm, self.deduper.seed, SCHEME, signature_bytes(signature)
                )
        self.known[aid] = text_hash
        self.articles.append(article)
        self.summary.stored += 1
        self.summary.languages[article.language or "unknown"] += 1

    def flush(self) -> None:
        """Commit the open batch (articles, their signatures and skips) in one transaction."""
        if not self.articles and not self.skips:
            return
        with self.store.transaction():
            self.store.upsert_articles(self.articles, self.signatures)
            self.store.record_skips(self.skips)
        self.committed += len(self.articles)
        logger.info(
            "committed %d articles and %d skips (%d articles this run)",
            len(self.articles), len(self.skips), self.committed,
        )
        self.articles, self.signatures, self.skips = [], {}, []


class _Tracker:
    def __init__(self, prog: Any, task: Any) -> None:
        self._prog = prog
        self._task = task

    def advance(self, description: str) -> None:
        self._prog.update(self._task, advance=1, description=description)


class _RichBar(AbstractContextManager["_Tracker"]):
    """A spinner with a counter on stderr (the total number of inputs is unknown)."""

    def __enter__(self) -> _Tracker:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("ingest: {task.completed} inputs"),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.__enter__()
        return _Tracker(self._progress, self._progress.add_task("", total=None))

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(None, None, None)


def _progress_bar(enabled: bool) -> AbstractContextManager[_Tracker | None]:
    if enabled and sys.stderr.isatty():
        return _RichBar()
    return nullcontext(None)
