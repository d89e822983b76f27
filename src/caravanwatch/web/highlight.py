"""An article's text with extracted spans wrapped in ``<mark>``, safely.

The text is cut at every span boundary; each piece is escaped, then wrapped in one
``<mark>`` whose classes name every span covering it (``hl-event hl-quote`` where an
event lies inside a quote), so overlapping and nested spans never produce crossed tags.
The first piece of each span carries ``id="span-ID"`` so tables can link to it.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

KINDS = ("event", "figure", "quote")


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to mark: ``[start, end)`` in characters of the text."""

    start: int
    end: int
    kind: str  # one of KINDS
    label: str  # tooltip, e.g. "event: departs"
    id: str = ""


def highlight(text: str, spans: Sequence[Highlight]) -> Markup:
    """``text`` as HTML with ``spans`` marked (offsets clamped to the text; empty or
    inverted spans ignored)."""
    n = len(text)
    clean = []
    for s in spans:
        start, end = max(0, min(s.start, n)), max(0, min(s.end, n))
        if end > start and s.kind in KINDS:
            clean.append((start, end, s))
    cuts = sorted({0, n, *(c for start, end, _ in clean for c in (start, end))})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = html.escape(text[a:b], quote=False)
        active = [s for start, end, s in clean if start <= a and b <= end]
        if not active:
            out.append(piece)
            continue
        kinds = sorted({s.kind for s in active}, key=KINDS.index)
        classes = " ".join(f"hl-{k}" for k in kinds)
        title = html.escape(" · ".join(dict.fromkeys(s.label for s in active)), quote=True)
        # spans starting here get an anchor each (empty ones for all but the first)
        starting = [html.escape(s.id, quote=True) for start, _, s in clean
                    if start == a and s.id]
        out.extend(f'<span id="span-{i}"></span>' for i in starting[1:])
        anchor = f' id="span-{starting[0]}"' if starting else ""
        out.append(f'<mark class="hl {classes}"{anchor} title="{title}">{piece}</mark>')
    return Markup("".join(out))
