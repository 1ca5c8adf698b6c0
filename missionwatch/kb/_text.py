"""Text folding and data loading shared by the knowledge-base loaders.

Every lookup in the knowledge base goes through :func:`fold`, so that "Türkiye", "TURKIYE" and
"the Türkiye" meet at one key, and every data file is read through :func:`load_toml` from the
package itself (``importlib.resources``), so the KB works from an installed wheel.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and dots, unify apostrophes and spaces, drop a leading "the".

    Dots go because "U.S." and "US" are the same form; "&" becomes "and".
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("&", " and ").replace(".", "")
    text = re.sub(r"[\s\u00a0]+", " ", text).strip(" ,;:")
    if text.startswith("the "):
        text = text[4:]
    return text


def is_capitals_abbreviation(form: str) -> bool:
    """True for short all-capital forms ("US", "CAR", "A.U.") that are English words in lower case.

    Such forms only match text written in capitals, so the pronoun "us" is not a country.
    """
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"^the\s+", "", form.strip(), flags=re.IGNORECASE))
    return 0 < len(letters) <= 4 and letters.isupper()


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A data file of ``missionwatch/kb/data`` parsed with tomllib (cached: the files never change)."""
    data = resources.files("missionwatch.kb").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(data)
