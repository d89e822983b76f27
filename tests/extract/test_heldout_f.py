"""The sixth, blind held-out English evaluation set (``tests/extract/heldout_f``).

Sixteen fictional articles from many kinds of outlet (two wire agencies, a US border-town
daily, a cable-news web story, a right-leaning site, a Catholic news agency, an
international-organisation press release, Guatemalan, Honduran and Mexican papers'
English editions, a magazine feature told in flashbacks, a radio brief, an explainer, a
Panama story, a live blog, a regional paper) about caravans from 2018 to 2026.  It
stands in for the unseen official test set and is *blind*: people working on the
extractor look at its aggregate score only, never at its articles, gold or per-article
output (see ``heldout_f/README.md``).

Its checks (format, schema, exact evidence, dates, a regression floor whose failure
shows only aggregate scores) are those of ``heldout_checks.py``.
"""

from __future__ import annotations

from heldout_checks import HeldoutSet, define_tests

# Measured once, when the set was complete, with the extractor of commit a271642 (main at
# 2b8ce64): events P 0.598 R 0.579 F1 0.589, figures P 0.833 R 0.857 F1 0.845, quotes
# P 0.857 R 0.837 F1 0.847 (matched events: date exact 0.87, size exact 0.91).  Floors
# are about 0.12 below: they guard against a broken stage, not against small trade-offs;
# raise them only when the measured scores have risen well above.
# Raised again at the end of the session of 2026-11-30 (about 0.07 below): the set then
# scored events 0.653, figures 0.857, quotes 0.847.
HELDOUT = HeldoutSet(
    folder="heldout_f", doc_prefix="hf", n_articles=16, words=(250, 600),
    floors={"events": 0.58, "figures": 0.78, "quotes": 0.77},
    first_year=2018,
    # The magazine feature looks back four months to the October 2018 caravan.
    date_days=120,
    every_article_has_events=True,
)
globals().update(define_tests(HELDOUT))


def test_set_size_from_the_brief() -> None:
    """About 110-150 events, 30-45 figures and 35-45 quotes were asked for."""
    golds = [HELDOUT.gold(i) for i in HELDOUT.ids()]
    assert 110 <= sum(len(g["events"]) for g in golds) <= 150
    assert 30 <= sum(len(g["figures"]) for g in golds) <= 45
    assert 35 <= sum(len(g["quotes"]) for g in golds) <= 45
