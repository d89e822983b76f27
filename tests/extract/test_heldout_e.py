"""The open English evaluation set E (``tests/extract/heldout_e``).

Twelve longer fictional articles (features with several speakers, a TV transcript, a
Q&A interview, a press release, explainers and a fact-check dense with statistics, an
opinion piece with scare quotes and slogans, a photo essay of captions) written to find
quote-speaker and figure faults that only show in whole articles.  The set is *open*:
read its per-article predictions, but fix faults generically, with new test sentences of
your own.

Its checks (format, schema, exact evidence, dates, a regression floor whose failure
shows only aggregate scores) are those of ``heldout_checks.py``.
"""

from __future__ import annotations

from heldout_checks import HeldoutSet, define_tests

# Measured when the set was written (extractor of commit 5a5747d): events F1 0.576,
# figures F1 0.784, quotes F1 0.753; after the fixes that followed (quotes and figures
# commits after ef64777): events 0.598, figures 0.836, quotes 0.852.  Floors sit about 0.1
# below the latter; they guard against a broken stage, not against small trade-offs.
# Raised again at the end of the session of 2026-11-30 (about 0.07 below): the set then
# scored events 0.882, figures 1.000, quotes 0.975.
HELDOUT = HeldoutSet(
    folder="heldout_e", doc_prefix="he", n_articles=12, words=(300, 600),
    floors={"events": 0.80, "figures": 0.92, "quotes": 0.90},
    min_types=10,  # a set about quotes and figures
)
globals().update(define_tests(HELDOUT))
