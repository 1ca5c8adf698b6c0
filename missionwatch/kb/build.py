"""``python -m missionwatch.kb.build CSV``: regenerate ``kb/data/undl.toml`` from a voting CSV.

The CSV is the UN Dag Hammarskjöld Library's "Security Council Voting Data"
(https://digitallibrary.un.org/record/4055387, e.g. ``2026_02_06_sc_voting.csv``). Every
resolution since ``--since`` (default 2000-01-01) that the curated data records, or whose
description names a KB mission, is written with its tally and each member's vote, citing the
dataset version (read from the file name, or ``--version``). Bad rows are reported as
``FILE:LINE: reason`` and left out. Re-running on the same file rewrites nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from importlib import resources
from pathlib import Path

from missionwatch.kb.importer import build_package_data


def default_out() -> Path:
    return Path(str(resources.files("missionwatch.kb").joinpath("data", "undl.toml")))


def main(argv: list[str] | None = None) -> int:
    summary = (__doc__ or "").split("\n")[0]
    parser = argparse.ArgumentParser(prog="python -m missionwatch.kb.build", description=summary)
    parser.add_argument("csv", help="Security Council Voting Data CSV")
    parser.add_argument("--out", default=None, help="output file (default: the package's data/undl.toml)")
    parser.add_argument("--since", default="2000-01-01", help="first adoption date kept (ISO)")
    parser.add_argument("--version", default=None, help="dataset version date, if not in the file name")
    args = parser.parse_args(argv)
    out = Path(args.out) if args.out else default_out()
    started = time.perf_counter()
    report = build_package_data(args.csv, out, version=args.version, since=args.since)
    for err in report.errors:
        print(err, file=sys.stderr)
    print(
        f"{args.csv}: {report.rows} rows; wrote {len(report.entries)} resolutions to {out} "
        f"({len(report.skipped)} on no KB mission, {len(report.errors)} errors) "
        f"in {time.perf_counter() - started:.1f}s"
    )
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
