"""Run extraction over articles: ``extract_articles(articles) -> Iterator[Extraction]``.

English articles are parsed in batches with :func:`caravanwatch.extract.nlp.parse` and
run through the registered event chain (:data:`components.DEFAULT_CHAIN`); figures and
quotes come from :mod:`.figures` and :mod:`.quotes` when those modules are installed.
Articles in a language without an extractor (Spanish, for now) are returned with status
``not_extracted`` and the reason, not run through the English rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any

from caravanwatch.extract.components import (
    DEFAULT_CHAIN,
    ArticleState,
    Component,
    build_chain,
    chain_version,
    run_chain,
)
from caravanwatch.extract.context import about_migration
from caravanwatch.extract.nlp import parse
from caravanwatch.records import Article, Extraction

logger = logging.getLogger(__name__)

LANGUAGES = frozenset({"en"})
"""Languages that have an event extractor."""


@lru_cache(maxsize=1)
def _other_extractors() -> tuple[Callable[..., Any] | None, Callable[..., Any] | None]:
    """``extract_figures`` and ``extract_quotes`` when their modules are present."""
    found: list[Callable[..., Any] | None] = []
    for module, name in (("figures", "extract_figures"), ("quotes", "extract_quotes")):
        try:
            mod = __import__(f"caravanwatch.extract.{module}", fromlist=[name])
            found.append(getattr(mod, name, None))
        except ImportError:
            found.append(None)
        if found[-1] is None:
            logger.info("no %s extractor installed: articles get no %s", module, module)
    return found[0], found[1]


def _safe(func: Callable[..., Any] | None, doc: Any, article: Article) -> tuple[Any, ...]:
    if func is None:
        return ()
    try:
        return tuple(func(doc, article))
    except Exception:  # one faulty extractor must not lose the article's events
        logger.exception("%s failed on article %s", getattr(func, "__name__", func),
                         article.id)
        return ()


def extract_doc(doc: Any, article: Article, chain: Sequence[Component],
                others: bool = True) -> Extraction:
    """Everything extracted from one parsed English article (events only when
    ``others`` is false)."""
    state = ArticleState(article=article, doc=doc, published=article.published)
    run_chain(chain, state)
    figures_fn, quotes_fn = _other_extractors() if others else (None, None)
    if not about_migration(article.text):
        figures_fn = None  # (figures are numbers about migration: none in sport or tech news)
    return Extraction(
        article_id=article.id, status="extracted", events=tuple(state.events),
        figures=_safe(figures_fn, doc, article), quotes=_safe(quotes_fn, doc, article),
        extractor_version=chain_version(chain))


def _language(article: Article) -> str:
    return (article.language or "en").lower()[:2]


def extract_articles(articles: Iterable[Article], batch_size: int = 32,
                     chain: Sequence[str] = DEFAULT_CHAIN, *, others: bool = True
                     ) -> Iterator[Extraction]:
    """Extract every article, in input order, parsing English ones in batches.

    ``chain`` names the event components to run (see :mod:`.components`); ``others``
    false skips figures and quotes."""
    components = build_chain(chain)
    version = chain_version(components)
    it = iter(articles)
    while True:
        batch = list(islice(it, batch_size))
        if not batch:
            return
        english = [a for a in batch if _language(a) in LANGUAGES]
        docs = dict(zip((a.id for a in english),
                        parse((a.text for a in english), "en", batch_size), strict=True))
        for article in batch:
            lang = _language(article)
            if lang not in LANGUAGES:
                yield Extraction(article_id=article.id, status="not_extracted",
                                 reason=f"no extractor for language {lang}",
                                 extractor_version=version)
                continue
            yield extract_doc(docs[article.id], article, components, others)
