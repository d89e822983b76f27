"""The registry of extraction components and the working records they share.

Each component is a plain function over one article's :class:`ArticleState`, registered
under a versioned name with a declared contract, as spaCy's ``@Language.component``:
``requires`` names the state it reads, ``assigns`` what it writes.  The event chain is
a list of names (:data:`DEFAULT_CHAIN`); :func:`build_chain` checks that each
component's ``requires`` is assigned by an earlier one, so a better extractor can
replace one step (``register(..., replace=True)`` or a different chain) without
touching the rest.

Contract keys used by the default chain:

- ``doc``: ``state.doc`` (the spaCy Doc) and ``state.article``: given by the pipeline;
- ``candidates``: ``state.candidates`` with ``type``, ``trigger``, ``sent``;
- ``candidates.group``: the migrant group a candidate applies to (others dropped);
- ``candidates.modality``: ``actual`` / ``planned``;
- ``candidates.attributes``: date, place, country, size, origin;
- ``events``: ``state.events``, the merged, final :class:`~caravanwatch.records.Event`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from caravanwatch.errors import ExtractError
from caravanwatch.extract.nlp import doc_ents
from caravanwatch.records import Article, Event, Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Candidate:
    """A possible event while the chain works on it (mutable, unlike ``Event``)."""

    type: str
    trigger: Token
    sent: Span
    rule: str = ""
    group: Token | None = None
    modality: str = "actual"
    tense: str | None = None  # past, present, future, perfect
    date: dt.date | None = None
    date_fixed: bool = False  # the date came from an explicit expression
    place: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    size: int | None = None
    size_qualifier: Qualifier | None = None
    origin: tuple[str, ...] = ()
    evidence_start: int = 0
    evidence_end: int = 0
    dropped: str | None = None  # why a later component rejected it
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def paragraph(self) -> int:
        return int(self.extra.get("paragraph", 0))


@dataclass(slots=True)
class ArticleState:
    """One article while the chain runs over it."""

    article: Article
    doc: Doc
    published: dt.date | None
    candidates: list[Candidate] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The article's text, offsets as in the Doc (``Doc.text`` rebuilds the string on
        each access; the parsed text differs only by soft line breaks made spaces)."""
        return self.article.text

    def ents_of(self, sent: Span) -> list[Span]:
        """The entities of ``sent`` (``Span.ents`` rebuilds the doc's entity list)."""
        by_sent = self.cache.get("ents")
        if by_sent is None:
            by_sent = self.cache["ents"] = {}
            for ent in doc_ents(self.doc):
                by_sent.setdefault(self.sentence_of(ent[0]).start, []).append(ent)
        return by_sent.get(sent.start, [])  # type: ignore[no-any-return]

    def sentence_of(self, tok: Token) -> Span:
        """The sentence holding ``tok`` (``Token.sent`` rescans the doc on each call)."""
        starts = self.cache.get("sent_starts")
        if starts is None:
            sents = list(self.doc.sents)
            self.cache["sents"] = sents
            starts = self.cache["sent_starts"] = [s.start for s in sents]
        sent: Span = self.cache["sents"][bisect.bisect_right(starts, tok.i) - 1]
        return sent


ComponentFunc = Callable[[ArticleState], None]


@dataclass(frozen=True, slots=True)
class Component:
    """A registered extraction step and its contract."""

    name: str
    version: str
    func: ComponentFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


_REGISTRY: dict[str, Component] = {}

# The event chain run by the pipeline, in order.
DEFAULT_CHAIN: tuple[str, ...] = (
    "triggers", "participants", "modality", "attributes", "context",
)
# What the pipeline itself provides before the first component runs.
PROVIDED: tuple[str, ...] = ("doc",)


def register(name: str, version: str, requires: Iterable[str] = (),
             assigns: Iterable[str] = (), replace: bool = False
             ) -> Callable[[ComponentFunc], ComponentFunc]:
    """Decorator: register ``func`` as component ``name`` (refuses duplicates unless
    ``replace``)."""

    def wrap(func: ComponentFunc) -> ComponentFunc:
        old = _REGISTRY.get(name)
        same = old is not None and (old.func.__module__, old.func.__qualname__) == (
            func.__module__, func.__qualname__)  # a module imported twice re-registers
        if old is not None and not replace and not same:
            raise ExtractError(
                f"component {name!r} is already registered by "
                f"{old.func.__module__}.{old.func.__qualname__}: pass replace=True "
                "to swap it")
        _REGISTRY[name] = Component(name, version, func, tuple(requires), tuple(assigns))
        return func

    return wrap


def get_component(name: str) -> Component:
    """The registered component ``name``."""
    _load_defaults()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ExtractError(
            f"no extraction component {name!r}; registered: {', '.join(sorted(_REGISTRY))}"
        ) from None


def registered() -> dict[str, Component]:
    """All registered components by name."""
    _load_defaults()
    return dict(_REGISTRY)


def build_chain(names: Iterable[str] = DEFAULT_CHAIN) -> list[Component]:
    """The components ``names`` in order, checking every ``requires`` is met."""
    have = set(PROVIDED)
    chain = []
    for name in names:
        comp = get_component(name)
        missing = [key for key in comp.requires if key not in have]
        if missing:
            raise ExtractError(
                f"component {comp.label} requires {', '.join(missing)}, which no earlier "
                f"component assigns; put a component assigning it before {name!r}")
        have.update(comp.assigns)
        chain.append(comp)
    return chain


def chain_version(chain: Iterable[Component]) -> str:
    """A version string naming every component of ``chain``."""
    return "+".join(comp.label for comp in chain)


def run_chain(chain: Iterable[Component], state: ArticleState) -> None:
    """Run each component of ``chain`` over ``state`` in order."""
    for comp in chain:
        comp.func(state)


def _load_defaults() -> None:
    """Import the modules that register the default components (cheap: no models)."""
    from caravanwatch.extract import (  # noqa: F401
        attributes,
        context,
        events,
        modality,
        triggers,
    )
