"""The second held-out English evaluation set (``tests/extract/heldout_b``).

This set checks that improvements measured on the first held-out set
(``tests/extract/heldout``) generalise.  It was *blind* until 2026-11-30, when it was
opened to find the categories of place and trigger errors; the blind sets are now
``heldout_c`` and ``heldout_f``.

Its checks (format, schema, exact evidence, dates, a regression floor whose failure
shows only aggregate scores) are those of ``heldout_checks.py``.
"""

from __future__ import annotations

from heldout_checks import HeldoutSet, define_tests

# Floors from the brief for this set.  Measured when the set was written (extractor of
# commit 4f3fbef, re-checked on the working tree): events F1 0.332, figures F1 0.717, quotes
# F1 0.808.  They guard against a broken stage, not against small trade-offs; raise them
# only when the measured scores have risen well above.
# Raised on 2026-11-30, when the set scored events 0.628, figures 0.902, quotes 1.000.
# Raised again at the end of the session of 2026-11-30 (about 0.07 below): the set then
# scored events 0.820, figures 1.000, quotes 1.000.
HELDOUT = HeldoutSet(
    folder="heldout_b", doc_prefix="hb", n_articles=16, words=(120, 300),
    floors={"events": 0.74, "figures": 0.92, "quotes": 0.92},
)
globals().update(define_tests(HELDOUT))
