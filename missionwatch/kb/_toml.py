"""Writing the generated KB files: a small TOML emitter for ``[[resolutions]]`` records.

The standard library reads TOML (``tomllib``) but does not write it, and the generated files only
need strings, integers, floats, booleans, lists of those and one level of inline tables, so this
writes exactly that, one record per block, keys in a stable order: regenerating from the same
input gives the same bytes (and a readable diff when the input changes).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

__all__ = ["dump_records", "value"]


def value(v: Any) -> str:
    """One TOML value."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(f"cannot write {v!r} to TOML")
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {value(x)}" for k, x in v.items()) + " }" if v else "{}"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")


def _key(k: str) -> str:
    return k if k.replace("_", "").replace("-", "").isalnum() and k.isascii() else json.dumps(k)


def dump_records(table: str, records: Iterable[dict[str, Any]], header: str = "") -> str:
    """``header`` (as # comments) then one ``[[table]]`` block per record."""
    out: list[str] = [f"# {line}".rstrip() for line in header.strip("\n").splitlines()] if header else []
    for record in records:
        if out:
            out.append("")
        out.append(f"[[{table}]]")
        for k, v in record.items():
            if v is None:
                continue
            out.append(f"{_key(k)} = {value(v)}")
    return "\n".join(out) + "\n"
