"""The seventh, blind held-out English evaluation set (``tests/extract/heldout_g``).

Sixteen fictional articles written as text comes off the real web (bylines, captions,
"Advertisement", related links, share buttons, editor's and correction notes) from many
kinds of outlet: a personal blog, a socialist site, an advocacy NGO, a partisan site, an
immigration-control foundation, wire stories and a wire rewrite, TV networks' web
stories, a small border-town daily, a national paper, an analysis piece, a newsletter and
aggregator reprints of a Spanish agency in awkward English, about caravans from 2018 to
2026.  It stands in for the unseen official test set and is *blind*: people working on
the extractor look at its aggregate score only, never at its articles, gold or
per-article output (see ``heldout_g/README.md``).

Its checks (format, schema, exact evidence, dates, a regression floor whose failure
shows only aggregate scores) are those of ``heldout_checks.py``.
"""

from __future__ import annotations

from heldout_checks import HeldoutSet, define_tests

# Measured once, when the set was complete, with the extractor of main at 92e651f:
# events P 0.649 R 0.615 F1 0.632, figures P 0.778 R 0.875 F1 0.824, quotes P 0.950
# R 0.927 F1 0.938 (matched events: date exact 0.84, size exact 0.93).  Floors are about
# 0.12 below: they guard against a broken stage, not against small trade-offs; raise
# them only when the measured scores have risen well above.
# Raised again at the end of the session of 2026-11-30 (about 0.07 below): the set then
# scored events 0.670, figures 0.833, quotes 0.938.
HELDOUT = HeldoutSet(
    folder="heldout_g", doc_prefix="hg", n_articles=16, words=(200, 900),
    floors={"events": 0.60, "figures": 0.76, "quotes": 0.86},
    first_year=2018,
    every_article_has_events=True,
)
globals().update(define_tests(HELDOUT))


def test_set_size_from_the_brief() -> None:
    """About 100-140 events, 30-45 figures and 35-45 quotes were asked for."""
    golds = [HELDOUT.gold(i) for i in HELDOUT.ids()]
    assert 100 <= sum(len(g["events"]) for g in golds) <= 140
    assert 30 <= sum(len(g["figures"]) for g in golds) <= 45
    assert 35 <= sum(len(g["quotes"]) for g in golds) <= 45
