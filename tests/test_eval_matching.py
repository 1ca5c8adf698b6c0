"""The matching rules of the evaluation (corpus/README.md), case by case, and the CLI around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from missionwatch.cli import app
from missionwatch.nlp.evaluate import Report, format_table, match, pair_score, score_document, subject_key


def fact(measure: str, subject: object = None, value: object = None, **kw: object) -> dict[str, object]:
    return {
        "measure": measure,
        "subject": subject,
        "value": value,
        "mission": kw.pop("mission", None),
        "qualifier": kw.pop("qualifier", "exact"),
        "as_of": kw.pop("as_of", None),
        **kw,
    }


@pytest.mark.parametrize(
    ("gold", "got", "strict", "agrees"),
    [
        (fact("personnel.deployed", "Kenya", 600), fact("personnel.deployed", "KEN", 600), False, True),
        (fact("personnel.deployed", "Kenya", 600), fact("personnel.deployed", "Kenyan", 600), False, True),
        (
            fact("funding.contributed", "United States", 3e8),
            fact("funding.contributed", "Washington", 3e8),
            False,
            True,
        ),
        (
            fact("personnel.deployed", None, 600),
            fact("personnel.deployed", None, 605),
            False,
            True,
        ),  # within 1 %
        (fact("personnel.deployed", None, 600), fact("personnel.deployed", None, 620), False, False),
        (
            fact("personnel.target", "uniformed personnel", 5500),
            fact("personnel.target", "uniformed", 5500),
            False,
            True,
        ),
        (
            fact("council.vote", "2751", "unanimous"),
            fact("council.vote", "resolution 2751 (2024)", "15-0-0"),
            False,
            True,
        ),
        (
            fact("council.adopted", "2699", "2023-10"),
            fact("council.adopted", "S/RES/2699", "2023-10-02"),
            False,
            True,
        ),
        (fact("mandate.expiry", None, "2025-10"), fact("mandate.expiry", None, "2025-11"), False, False),
        (
            fact("role", "William Ruto", "Kenyan President"),
            fact("role", "Ruto", "the Kenyan President"),
            False,
            True,
        ),
        (
            fact("quote", "Ruto", "deeply grateful"),
            fact("quote", "Ruto", "totally different words"),
            False,
            False,
        ),
        (
            fact("personnel.deployed", None, 400, mission="MSS"),
            fact("personnel.deployed", None, 400, mission="GSF"),
            False,
            False,
        ),
        (
            fact("personnel.deployed", None, 400, mission="MSS"),
            fact("personnel.deployed", None, 400),
            False,
            True,
        ),
        (
            fact("killed", "Haiti", 115, qualifier="at_least", as_of="2024-10"),
            fact("killed", "HTI", 115, qualifier="exact", as_of="2024-10-04"),
            True,
            False,
        ),
        (
            fact("killed", "Haiti", 115, qualifier="at_least", as_of="2024-10"),
            fact("killed", "HTI", 115, qualifier="at_least", as_of="2024-10-04"),
            True,
            True,
        ),
        (fact("contributor", "Chad", "willing"), fact("contributor", "TCD", "committed"), False, False),
    ],
)
def test_pair_rules(gold: dict, got: dict, strict: bool, agrees: bool) -> None:
    assert bool(pair_score(gold, got, strict=strict)) is agrees


def test_one_to_one() -> None:
    golds = [fact("killed", "Haiti", 2), fact("killed", "Haiti", 1)]
    gots = [fact("killed", "HTI", 2), fact("killed", "HTI", 2), fact("killed", "HTI", 1)]
    pairs, missed, extra = match(golds, gots, strict=False)
    assert len(pairs) == 2 and missed == [] and len(extra) == 1


def test_report_counts_and_last_line() -> None:
    report = Report(strict=False)
    score_document(
        report,
        "a",
        [fact("killed", "Haiti", 2), fact("injured", "Haiti", 5)],
        [fact("killed", "HTI", 2), fact("kidnapped", "HTI", 9)],
    )
    micro = report.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)
    assert format_table(report).splitlines()[-1] == "micro P 0.500 R 0.500 F1 0.500 (lenient)"


def test_subject_keys() -> None:
    assert subject_key("council.vote", "S/RES/2751 (2024)") == subject_key("council.vote", "2751")
    assert subject_key("personnel.deployed", "the Bahamas") == subject_key("personnel.deployed", "BHS")
    assert subject_key("quote", "Linda Thomas-Greenfield") == subject_key("quote", "Thomas-Greenfield")
    # a word saying what kind of place it is does not make another place
    assert subject_key("displaced", "Lubero territory") == subject_key("displaced", "Lubero")
    assert subject_key("killed", "the Ouham-Pendé prefecture") != subject_key("killed", "Ouham")
    assert subject_key("killed", "Department of Nippes") == subject_key("killed", "Nippes")
    assert subject_key("displaced", "North Kivu province") == subject_key("displaced", "North Kivu")
    assert subject_key("displaced", "Upper Nile state") != subject_key("displaced", "Unity state")
    assert subject_key("quote", "Britain") == subject_key("quote", "United Kingdom")
    # a place written with a hyphen or in another language's form is compared by its last word, as the
    # reference scorer compares it ("Nord-Kivu" in a French story, "North Kivu" in its gold)
    assert subject_key("displaced", "Nord-Kivu") == subject_key("displaced", "North Kivu")
    assert subject_key("killed", "Cité-Soleil") == subject_key("killed", "Cité Soleil")
    assert subject_key("displaced", "southern Cabo Delgado") == subject_key("displaced", "Cabo Delgado")


ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _cli(*args: str, stdin: str | None = None) -> Result:
    """The command in-process (spaCy loads once for the whole test session)."""
    return CliRunner().invoke(app, list(args), input=stdin)


def test_eval_command_json_and_table() -> None:
    out = _cli("eval", str(ARTICLES), "--format", "json")
    assert out.exit_code == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["documents"] >= 6 and 0 <= data["micro"]["f1"] <= 1
    table = _cli("eval", str(ARTICLES), "--strict")
    assert table.stdout.strip().splitlines()[-1].startswith("micro P ")
    assert table.stdout.strip().endswith("(strict)")


def test_eval_command_bad_dir() -> None:
    out = _cli("eval", "/nonexistent/gold")
    assert out.exit_code != 0
    assert out.stderr.strip().splitlines()[-1].startswith("error: /nonexistent/gold: ")
