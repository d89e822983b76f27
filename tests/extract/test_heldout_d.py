"""The open held-out English evaluation set D (``tests/extract/heldout_d``).

Sixteen fictional articles of 250-500 words written like real coverage (wire reports,
features, live blogs, captions, NGO reports, press releases).  The set is *open*: its
per-article predictions may be read to find failure modes, which are then fixed with test
sentences of other wordings (``test_events_in_context.py``).

Its checks (format, schema, exact evidence, dates, a regression floor whose failure
shows only aggregate scores) are those of ``heldout_checks.py``.
"""

from __future__ import annotations

from heldout_checks import HeldoutSet, define_tests

# Floors about 0.1 below the scores measured at the end of the first round of fixes
# (working tree after commit 0291b32): events F1 0.538 (P 0.556, R 0.521), figures F1
# 0.706, quotes F1 0.886.  When the set was written (commit 5a5747d) events F1 was 0.491.
# They guard against a broken stage, not against small trade-offs; raise them when the
# measured scores have risen well above.
# Raised again at the end of the session of 2026-11-30 (about 0.07 below): the set then
# scored events 0.729, figures 0.935, quotes 0.987.
HELDOUT = HeldoutSet(
    folder="heldout_d", doc_prefix="hd", n_articles=16, words=(250, 500),
    floors={"events": 0.66, "figures": 0.86, "quotes": 0.90},
    first_year=2018,
    date_days=120,  # a past caravan of the same year may be dated months back
)
globals().update(define_tests(HELDOUT))
