"""Properties of the readers over generated input: they never crash, and the body is kept intact."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.errors import InputError
from missionwatch.models import Document, normalise_text
from missionwatch.sources import read_bytes, read_text
from missionwatch.sources.base import decode_bytes
from missionwatch.sources.dates import parse_published
from missionwatch.sources.language import guess_language

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

keys = st.sampled_from(["Published", "Title", "Outlet", "URL", "Source-basis", "Language", "Section"])
values = st.text(alphabet=string.ascii_letters + string.digits + " -:/.", min_size=1, max_size=30).filter(
    lambda v: v.strip() == v and v != ""
)
headers = st.dictionaries(keys, values, min_size=2, max_size=6)
body_lines = st.lists(
    st.text(alphabet=string.ascii_letters + "  ,.0123456789–’é", min_size=1, max_size=60),
    min_size=1,
    max_size=8,
)


@FAST
@given(headers, body_lines)
def test_header_is_removed_and_body_kept(header: dict[str, str], lines: list[str]) -> None:
    body = "\n".join(lines)
    if not body.strip():
        return
    text = "".join(f"{k}: {v}\n" for k, v in header.items()) + "\n" + body
    doc = read_text(text)
    assert doc.text == normalise_text(body)
    for key, value in header.items():
        if key == "Title":
            assert doc.title == " ".join(value.split())
        if key in ("Source-basis", "Section"):
            assert doc.meta[key.lower().replace("-", "_")] == value


@FAST
@given(st.text(max_size=300))
def test_read_text_gives_a_document_or_an_input_error(text: str) -> None:
    try:
        doc = read_text(text)
    except InputError as exc:
        assert exc.input == "-"
    else:
        assert isinstance(doc, Document) and doc.text.strip()


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_give_documents_or_input_errors(data: bytes) -> None:
    try:
        items = list(read_bytes(data, source="blob", content_type=None))
    except InputError as exc:
        assert exc.input == "blob" and "\n" not in exc.one_line()
    else:
        assert all(isinstance(i, Document | InputError) for i in items)


@FAST
@given(st.binary(max_size=400))
def test_decoding_never_raises_anything_else(data: bytes) -> None:
    warnings: list[str] = []
    try:
        text = decode_bytes(data, source="b", warnings=warnings)
    except InputError:
        return
    assert isinstance(text, str) and "\x00" not in text


@FAST
@given(st.text(max_size=80))
def test_dates_and_language_never_raise(value: str) -> None:
    parsed = parse_published(value)
    assert parsed is None or parsed[1] in ("day", "month", "year")
    assert guess_language(value) in (None, "en", "fr", "es", "pt")


@FAST
@given(st.from_regex(r"[A-Za-z ,.]{0,20}(19|20)\d\d[A-Za-z ,.:-]{0,20}", fullmatch=True))
def test_prose_dates_with_a_year_parse_or_give_none(value: str) -> None:
    parsed = parse_published(value)
    if parsed is not None:
        iso, precision = parsed
        assert len(iso) == {"day": 10, "month": 7, "year": 4}[precision]
