"""Near-duplicate detection: MinHash signatures over word shingles and their LSH band hashes.

A wire story republished with a new headline or an added sentence shares most of its word
3-shingles with the original. Each stored document keeps its 128-value MinHash signature and
32 band hashes (4 rows a band) in ``doc_bands``; a new document's candidates are the stored
documents sharing any band, and a candidate joins only when the signatures' Jaccard estimate
reaches the threshold (``settings.near_duplicate_threshold``).

The bands are deliberately generous (32 bands of 4 rows catch pairs from a Jaccard of about 0.4
up), so the threshold can change without re-banding the ledger: the band layout finds
candidates, the stored signature decides.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
SEED = 1
# Pinned so that signatures stored by one datasketch release compare with the next one's.
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """One MinHash whose permutations every signature reuses (building them is the slow part)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Lower-cased word k-shingles; a text shorter than k words is one shingle of all its words."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint64 values) of the text's shingles."""
    template = _template()
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=template.permutations, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    """Signature as stored in ``documents.minhash`` (little-endian uint64)."""
    return np.asarray(sig, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, signed 64-bit hash of the band's rows): the keys stored in ``doc_bands``."""
    raw = np.asarray(sig, dtype="<u8")
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(raw[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity of two signatures."""
    if len(a) != len(b) or not len(a):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)
