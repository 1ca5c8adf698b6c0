"""Extractor v2 on input that is not prose: what it reads, what it leaves unparsed, and that its
per-token lookups answer as a scan of the sentence would (``bench/fuzz.py`` measures the time)."""

from __future__ import annotations

from missionwatch.nlp.frames.article import MAX_MENTIONS, Sentence, read, readable
from missionwatch.nlp.frames.pipeline import extract


def _scanned(s: Sentence, tok, items):  # type: ignore[no-untyped-def]
    a, b = s.pos(tok), s.end_of(tok)
    return next((x for x in items if x.start < b and a < x.end), None)


def test_token_lookups_answer_as_the_scan_did() -> None:
    text = (
        "UNITED NATIONS (AP) — Kenya deployed 400 police officers to Haiti on 25 June 2024, and "
        "Jamaica, the Bahamas and Belize sent 24, 12 and two soldiers in July.\n"
        "The Council renewed the MSS mandate for 12 months on 30 September 2024."
    )
    art = read(text, "2024-10-01", None)
    checked = 0
    for s in art.sentences:
        assert s.doc is not None
        for tok in s.doc:
            assert s.quantity_of(tok) is _scanned(s, tok, s.quants)
            assert s.date_of(tok) is _scanned(s, tok, s.dates)
            for labels in (("COUNTRY",), ("COUNTRY", "MISSION", "ORG")):
                want = _scanned(s, tok, [e for e in s.ents if e.label in labels])
                assert s.entity_of(tok, labels) is want
            checked += 1
    assert checked > 40


def test_a_run_of_mentions_is_not_parsed() -> None:
    run = "$5m " * 500  # one sentence of 2,000 characters
    art = read(run, "2024-10-01", None)
    assert art.sentences and all(s.dump and s.doc is None for s in art.sentences)
    assert all(len(s.quants) > MAX_MENTIONS for s in art.sentences)
    assert extract(run + "\n\nKenya deployed 400 police officers to Haiti.", "2024-10-01")


def test_readable_keeps_length_and_whitespace() -> None:
    text = "Kenya\ud800 sent\x00 400\x85 troops\x1c.\r\n\tJamaica\x9f"
    out = readable(text)
    assert len(out) == len(text)
    assert out == "Kenya\ufffd sent  400\x85 troops\x1c.\r\n\tJamaica "
    assert readable("plain text") == "plain text"


def test_claims_quote_the_text_as_given() -> None:
    text = "Kenya deployed 400\ud800 police officers to Haiti on Monday."
    claims = extract(text, "garbage")
    assert any(c.value == 400 for c in claims)
    assert all(c.sentence in text for c in claims)
    assert all(c.as_of is None for c in claims)  # no publication date to resolve "Monday" against


def test_a_mandate_date_near_the_ends_of_the_calendar() -> None:
    """fuzz seed 1, input 7557: a weekday read on a publication date of 9999-12-31 overflowed."""
    for published in ("9999-12-31", "0001-01-01"):
        for text in (
            "The Council extended the mandate, which runs out on Saturday.",
            "The mandate had run until Oct. 2.",
        ):
            claims = extract(text, published)
            assert all(c.as_of is None or "0001" <= c.as_of[:4] <= "9999" for c in claims)
