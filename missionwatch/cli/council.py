"""``missionwatch council …``: Article 27 what-ifs and tally checks."""

from __future__ import annotations

import json

import typer

from missionwatch.cli.common import JSON_ALIAS, fail, format_option, output_format
from missionwatch.errors import InputError, MissionWatchError

council_app = typer.Typer(
    help="Security Council rules: would a draft pass (Article 27)? Does a reported tally add up?",
    no_args_is_help=True,
)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


@council_app.command("outcome")
def outcome_command(
    year: int = typer.Option(..., "--year", help="Council year, e.g. 2024"),
    no: str | None = typer.Option(None, "--no", help="Members voting no, comma-separated (names or codes)"),
    abstain: str | None = typer.Option(None, "--abstain", help="Members abstaining"),
    absent: str | None = typer.Option(None, "--absent", help="Members absent or not participating"),
    procedural: bool = typer.Option(False, "--procedural", help="A procedural decision: no veto applies"),
    fmt: str | None = format_option(("text", "json"), "text"),
    as_json: bool = JSON_ALIAS,
) -> None:
    """Would a draft be adopted if these members voted no / abstained / were absent? Everyone else
    votes yes.

    Example: `missionwatch council outcome --year 2024 --no CHN,RUS`
    """
    from missionwatch.council import outcome

    as_json = output_format(fmt, as_json, ("text", "json"), "text") == "json"
    votes: dict[str, str] = {}
    for names, vote in ((no, "no"), (abstain, "abstain"), (absent, "absent")):
        for name in _split(names):
            if name in votes:
                fail(InputError(f"{name} is given two votes", input=name))
            votes[name] = vote
    try:
        result = outcome(votes, year=year, procedural=procedural)
    except MissionWatchError as exc:
        fail(exc)
    if as_json:
        print(json.dumps(result.model_dump(mode="json"), indent=2))
    else:
        print(result.reason)
        print("  " + ", ".join(f"{n} {vote}" for vote, n in result.counts.items()))
    raise typer.Exit(0 if result.adopted else 3)


@council_app.command("check")
def check_command(
    tally: str = typer.Argument(
        ..., help='As written: "13-0-2", "unanimously", "12 in favour, 3 abstentions"'
    ),
    year: int = typer.Option(..., "--year", help="Year of the vote"),
    resolution: str | None = typer.Option(None, "--resolution", "-r", help="Compare with the KB's record"),
    no: str | None = typer.Option(None, "--no", help="Countries the text says voted no"),
    abstain: str | None = typer.Option(None, "--abstain", help="Countries the text says abstained"),
    yes: str | None = typer.Option(None, "--yes", help="Countries the text says voted yes"),
) -> None:
    """Check a reported tally: does it add up, did the named countries sit that year, does it agree
    with the KB? Prints one flag per line (`code: message`), or `ok`; exit 3 when flagged."""
    from missionwatch.council import check_tally_text

    named = {n: v for names, v in ((no, "no"), (abstain, "abstain"), (yes, "yes")) for n in _split(names)}
    try:
        flags = check_tally_text(tally, year=year, named=named, resolution=resolution)
    except MissionWatchError as exc:
        fail(exc)
    for flag in flags:
        print(flag)
    if not flags:
        print("ok")
    raise typer.Exit(3 if flags else 0)


def register(app: typer.Typer) -> None:
    app.add_typer(council_app, name="council")
