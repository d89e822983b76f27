"""Near-duplicate detection: one wire story republished by many sites is stored once.

Exact copies (same normalised text, so the same ``content_hash``) short-circuit.  Other
texts are compared with MinHash LSH (datasketch) over word 5-gram shingles:

* **5-word shingles**: long enough that two *different* stories about the same caravan
  share almost none (stock phrases like "the caravan of Central American migrants" are
  diluted among hundreds of shingles), short enough that a re-wrapped or lightly edited
  copy keeps most of them.
* **Jaccard threshold 0.6** (:data:`THRESHOLD`): a site's header, byline, "Related" box and
  footer typically add 15-25% words on each side of a wire story, which takes the Jaccard
  of two copies down to about 0.65-0.8 (a 400-word story with 60 words of boilerplate on
  each copy scores 0.77), so 0.8 would miss many republications.  Pairs of distinct
  articles in ../shared/devset, including several accounts of the same caravan on the
  same day, all score below 0.05, so 0.6 leaves a wide margin on both sides.
* **num_perm 128** (:data:`NUM_PERM`): the Jaccard estimate's standard error is about
  ``sqrt(J(1-J)/128)`` = 0.04 near the threshold, and a signature is 1 KiB per article.

LSH candidates are verified with the estimated Jaccard before being called duplicates.
Only originals are indexed, so ``duplicate_of`` always names the first stored copy.
Signatures are persisted in the store's ``minhash`` table, so a later run finds duplicates
of articles stored by an earlier one.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

logger = logging.getLogger(__name__)

THRESHOLD = 0.6
NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
# datasketch's hashing scheme, stored with each signature: signatures made with another
# scheme (or num_perm, or seed) cannot be compared and are ignored when loaded.
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word ``size``-grams; a text shorter than ``size`` words is one shingle."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str, num_perm: int = NUM_PERM, seed: int = SEED) -> LeanMinHash | None:
    """The MinHash signature of ``text``, or None when it has no words."""
    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return LeanMinHash(mh)


def signature_bytes(mh: LeanMinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype="<u8").tobytes()


def signature_from_bytes(data: bytes, seed: int = SEED, scheme: str = SCHEME) -> LeanMinHash:
    return LeanMinHash(seed=seed, hashvalues=np.frombuffer(data, dtype="<u8"), scheme=scheme)


class Deduper:
    """Remembers originals (by content hash and signature) and names what duplicates them."""

    def __init__(
        self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, seed: int = SEED
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.seed = seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, LeanMinHash] = {}
        self._hashes: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def load(
        self,
        hashes: Mapping[str, str],
        signatures: Iterable[tuple[str, int, int, str, bytes]],
    ) -> None:
        """Index stored originals: ``hashes`` content_hash -> id, and their signatures
        as (article_id, num_perm, seed, scheme, bytes)."""
        self._hashes.update(hashes)
        loaded = 0
        for article_id, num_perm, seed, scheme, data in signatures:
            if (num_perm, seed, scheme) != (self.num_perm, self.seed, SCHEME):
                logger.warning(
                    "minhash of %s was made with num_perm=%d seed=%d scheme=%s, not %d/%d/%s; "
                    "ignored", article_id, num_perm, seed, scheme, self.num_perm, self.seed,
                    SCHEME,
                )
                continue
            self._index(article_id, signature_from_bytes(data, seed, scheme))
            loaded += 1
        logger.debug("dedupe index loaded: %d hashes, %d signatures", len(hashes), loaded)

    def signature(self, text: str) -> LeanMinHash | None:
        return minhash(text, self.num_perm, self.seed)

    def find(self, content_hash: str, signature: LeanMinHash | None) -> str | None:
        """The id of the original that this text duplicates, or None."""
        exact = self._hashes.get(content_hash)
        if exact is not None:
            return exact
        if signature is None:
            return None
        best: tuple[float, str] | None = None
        for key in self._lsh.query(signature):
            score = float(signature.jaccard(self._signatures[key]))
            if score >= self.threshold and (best is None or (-score, key) < (-best[0], best[1])):
                best = (score, key)
        if best is not None:
            logger.debug("near-duplicate of %s (estimated Jaccard %.2f)", best[1], best[0])
            return best[1]
        return None

    def add(self, article_id: str, content_hash: str, signature: LeanMinHash | None) -> None:
        """Remember an original article."""
        self._hashes.setdefault(content_hash, article_id)
        if signature is not None:
            self._index(article_id, signature)

    def _index(self, article_id: str, signature: LeanMinHash) -> None:
        if article_id in self._signatures:
            return
        self._signatures[article_id] = signature
        self._lsh.insert(article_id, signature)
