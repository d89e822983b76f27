"""The third, blind held-out English evaluation set (``tests/extract/heldout_c``).

Eighteen fictional articles from many kinds of outlet (wire copy, local papers, an NGO
situation report, a live blog, a TV transcript, photo captions, an explainer, briefs, a
feature, a government bulletin, a shelter newsletter) about caravans from 2018 to 2025.
It stands in for the unseen official test set and is *blind*: people working on the
extractor look at its aggregate score only, never at its articles, gold or per-article
output (see ``heldout_c/README.md``).

Its checks (format, schema, exact evidence, dates, a regression floor whose failure
shows only aggregate scores) are those of ``heldout_checks.py``.
"""

from __future__ import annotations

from heldout_checks import HeldoutSet, define_tests

# Measured when the set was written, with the extractor of commit 2a76377: events P 0.676
# R 0.533 F1 0.596, figures P 0.738 R 0.795 F1 0.765, quotes P 0.892 R 0.825 F1 0.857 (the
# working tree a few minutes later: events F1 0.605, figures and quotes unchanged).  Floors
# are about 0.15 below: they guard against a broken stage, not against small trade-offs;
# raise them only when the measured scores have risen well above.
# Raised on 2026-11-30, when the set scored events 0.703, figures 0.795, quotes 0.857.
# Raised again at the end of the session of 2026-11-30 (about 0.07 below): the set then
# scored events 0.724, figures 0.819, quotes 0.857.
HELDOUT = HeldoutSet(
    folder="heldout_c", doc_prefix="hc", n_articles=18, words=(150, 400),
    floors={"events": 0.66, "figures": 0.74, "quotes": 0.78},
    first_year=2018,
    every_article_has_events=True,
)
globals().update(define_tests(HELDOUT))


def test_set_size_from_the_brief() -> None:
    """About 110-140 events, 30 figures and 35 quotes were asked for."""
    golds = [HELDOUT.gold(i) for i in HELDOUT.ids()]
    assert 110 <= sum(len(g["events"]) for g in golds) <= 150
    assert 25 <= sum(len(g["figures"]) for g in golds) <= 45
    assert 30 <= sum(len(g["quotes"]) for g in golds) <= 45
