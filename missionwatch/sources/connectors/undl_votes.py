"""The UN Digital Library's "Security Council Voting Data" CSV: one Document per resolution's vote.

Access rules: the Dag Hammarskjöld Library publishes the dataset openly at
https://digitallibrary.un.org/record/4055387 (a new CSV file with each release, named by its date,
e.g. ``2025_7_21_sc_voting.csv``); the Digital Library's terms allow non-commercial use with
attribution. There is no API and no key: give the CSV's ``url`` (the file link on the record page)
or a downloaded ``file``. The whole file is larger than the default per-input cap; raise
``MISSIONWATCH_MAX_DOCUMENT_BYTES`` or use ``file``.

The rows are read by the same parser as ``missionwatch kb import-votes`` (``kb.undl.read_rows``:
one row per member and resolution, grouped and checked against the file's own totals), and a
resolution is filed under the KB mission its description names with the same ``match_mission``.
Each Document's text is a statement of the vote written from the record's fields, its URL the
resolution's Digital Library record (``undl_link``), its date the adoption date, and ``meta`` holds
the vote itself (tally, member votes, meeting, draft), so nothing is left to the extractor's reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from missionwatch.errors import InputError, MissionWatchError
from missionwatch.models import Document

from ..base import build_document, decode_bytes
from ..kinds import AlreadySeen
from ..registry import PollContext, SourceSpec, register
from ._common import Options, get_if_changed

KIND = "undl-votes"
OPTIONS = {
    "url": "the voting CSV's link on https://digitallibrary.un.org/record/4055387",
    "file": "a downloaded voting CSV instead of url",
    "since": "only resolutions adopted on or after this day (YYYY-MM-DD)",
    "mission": "only resolutions whose description names this KB mission (code, e.g. MSS)",
    "max": "resolutions per poll (default 5000)",
}
_VOTE_WORDS = (("yes", "In favour"), ("no", "Against"), ("abstain", "Abstaining"), ("absent", "Not voting"))


class UndlVotes:
    def __init__(self, spec: SourceSpec) -> None:
        opts = Options(spec, OPTIONS)
        self.source = spec.name
        self.url = opts.url("url")
        self.file = opts.text("file")
        if bool(self.url) == bool(self.file):
            raise InputError(
                "give either 'url' (the CSV's link) or 'file' (a downloaded CSV)", input=self.source
            )
        self.since = opts.day("since")
        self.mission = (opts.text("mission") or "").upper() or None
        self.max = opts.integer("max", 5000, 1, 100_000)

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        from missionwatch.kb import undl

        warnings: list[str] = []
        if self.url:
            response = get_if_changed(ctx, self.url, self.source)
            if response is None:  # the same release of the file as at the last poll
                return
            data, shown = response.data, response.url
        else:
            path = Path(self.file or "")
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InputError(f"cannot read {path}: {exc.strerror or exc}", input=self.source) from None
            shown = str(path)
        text = decode_bytes(data, source=self.source, warnings=warnings)
        result = undl.read_csv_text(text, display=shown)
        version = undl.version_from_filename(shown.rsplit("/", 1)[-1])
        for error in result.errors:
            yield InputError(error.reason, input=f"{error.path}:{error.line}")
        if not result.resolutions and not result.errors:
            raise InputError("the CSV has no resolutions", input=self.source)
        count = 0
        for res in reversed(result.resolutions):  # newest first, as the other connectors
            if count >= self.max:
                return
            if self.since and res.date < self.since:
                continue
            matched = undl.match_mission(res.description, res.agenda)
            if self.mission and (matched is None or self.mission not in (matched[0], *matched[1])):
                continue
            key = f"{KIND}:S/RES/{res.number}({res.year})"
            if ctx.seen(key):
                yield AlreadySeen("already stored", input=key)
                continue
            count += 1
            try:
                yield vote_document(
                    res, matched, key=key, dataset=self.url or shown, version=version, warnings=warnings
                )
            except MissionWatchError as exc:
                yield InputError(exc.reason, input=f"{shown}:{res.line}")


def vote_document(
    res: Any,
    matched: tuple[str, list[str]] | None,
    *,
    key: str,
    dataset: str,
    version: str | None,
    warnings: list[str],
) -> Document:
    """The Document of one resolution's vote (``res`` is a ``kb.undl.UndlResolution``)."""
    from missionwatch.kb import undl

    symbol = f"S/RES/{res.number} ({res.year})"
    yes, no, abstain = res.tally
    lines = [f"Security Council resolution {res.number} ({res.year}) was adopted on {res.date}."]
    if res.meeting:
        lines.append(f"Meeting: {res.meeting}.")
    if res.draft:
        lines.append(f"Draft: {res.draft}.")
    lines.append(f"Vote: {yes} in favour, {no} against, {abstain} abstentions.")
    for vote, label in _VOTE_WORDS:
        members = [_name(code) for code, given in sorted(res.votes.items()) if given == vote]
        if members:
            lines.append(f"{label}: {', '.join(members)}.")
    if res.description:
        lines.append(f"Subject: {res.description}")
    link = res.undl_link if res.undl_link.startswith(("http://", "https://")) else undl.DATASET_URL
    meta: dict[str, Any] = {
        "connector": KIND,
        "entry_key": key,
        "resolution": res.number,
        "symbol": symbol,
        "tally": [yes, no, abstain],
        "votes": dict(sorted(res.votes.items())),
        "meeting": res.meeting or None,
        "draft": res.draft or None,
        "agenda": res.agenda or None,
        "undl_id": res.undl_id or None,
        "dataset": dataset,
        "dataset_version": version,
        "licence": undl.DATASET_LICENCE,
    }
    if matched:
        meta["mission"], meta["also_missions"] = matched[0], matched[1]
    return build_document(
        "\n\n".join(lines),
        source=link,
        content_type="text/plain",
        url=link,
        title=f"{symbol}" + (f": {res.description}" if res.description else ""),
        outlet=undl.DATASET_PUBLISHER,
        published=res.date,
        language="en",
        meta={k: v for k, v in meta.items() if v not in (None, [], "")},
        warnings=warnings,
    )


def _name(code: str) -> str:
    from missionwatch.kb import countries

    try:
        return countries.country_name(code)
    except MissionWatchError:
        return code


register(KIND, UndlVotes)
