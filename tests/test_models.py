"""The shared shapes: document ids are content hashes, claims carry their date precision."""

from missionwatch.models import Claim, Document, date_precision, document_id


def test_document_id_ignores_line_endings_and_trailing_space():
    assert document_id("A line.\r\nB line.  \n") == document_id("A line.\nB line.")
    assert Document(text="x\r\n", source="a.txt").id == document_id("x")


def test_document_id_differs_for_different_text():
    assert document_id("400 officers") != document_id("410 officers")


def test_precision_follows_the_written_form():
    assert date_precision("2024-09-30") == "day"
    assert date_precision("2025-10") == "month"
    assert date_precision("2025") == "year"
    assert date_precision("soon") is None
    assert Claim(measure="mandate.expiry", as_of="2025-10").as_of_precision == "month"
