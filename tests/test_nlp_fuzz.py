"""A bad figure never fails a document: the fast, bounded version of ``bench/fuzz.py``.

Random unicode (lone surrogates, control characters), absurd figures, impossible dates and extreme
publication dates go through ``extract()``; it must return, and every claim's offsets and sentence
must be in the text and its JSON writable. The rest of a document with one bad figure is still
extracted and stored. (No timings here: ``bench/fuzz.py`` measures those.)
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fuzz import check, generate  # noqa: E402
from missionwatch.models import Document, date_precision  # noqa: E402
from missionwatch.nlp import extract, extract_document  # noqa: E402

# both registered extractors: v1 and the default, v2 (bench/fuzz.py --extractor runs either at scale)
EXTRACTORS = ("rules", "frames")
each_extractor = pytest.mark.parametrize("extractor", EXTRACTORS)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_sound(text: str, published: str | None, title: str | None = None, *, extractor: str) -> list:
    claims = extract(text, published, title=title, extractor=extractor)
    assert check(text, claims) is None
    for c in claims:
        if c.as_of is not None:  # a date the ledger can file: ISO at its own precision
            assert date_precision(c.as_of) is not None, c.as_of
    return claims


@pytest.mark.timeout(120)
@each_extractor
@FAST
@given(
    index=st.integers(min_value=0, max_value=10**6),
    kind=st.sampled_from(["unicode", "numbers", "dates", "news"]),
)
def test_fuzzed_inputs_never_fail_a_document(extractor: str, index: int, kind: str) -> None:
    case = generate(9, index, kind)
    assert_sound(case.text, case.published, case.title, extractor=extractor)


anything = st.text(
    alphabet=st.characters(codec=None, categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Cs", "Co"]),
    max_size=300,
)
published = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.sampled_from(["0001-01-01", "9999-12-31", "9999", "0000-00-00", "2024-02-30", "garbage", ""]),
)


@pytest.mark.timeout(120)
@each_extractor
@FAST
@given(prefix=anything, suffix=anything, pub=published)
def test_any_unicode_around_a_news_sentence(
    extractor: str, prefix: str, suffix: str, pub: str | None
) -> None:
    text = f"{prefix} Kenya deployed 400 police officers to Haiti last week. {suffix}"
    assert_sound(text, pub, extractor=extractor)


@pytest.mark.timeout(120)
@each_extractor
@FAST
@given(
    figure=st.integers(min_value=10**15, max_value=10**400),
    when=st.sampled_from(
        ["on 31 February 2024", "next year", "last week", "on 1 January 10000", "in Q5 2024"]
    ),
    pub=published,
)
def test_absurd_figures_and_dates(extractor: str, figure: int, when: str, pub: str | None) -> None:
    text = (
        f"Kenya pledged ${figure:,} and deployed {figure} police officers {when}. Jamaica sent 24 soldiers."
    )
    assert_sound(text, pub, extractor=extractor)


@pytest.mark.parametrize(
    # "Jamaica sent 24 soldiers": one movement, an arrival, for both extractors (frames since 3737b41)
    ("extractor", "measure"),
    [("rules", "personnel.arrived"), ("frames", "personnel.arrived")],
)
def test_a_bad_figure_leaves_the_rest_extracted_and_stored(
    tmp_path: Path, extractor: str, measure: str
) -> None:
    from missionwatch.ledger.store import open_ledger

    huge = "9" * 320
    doc = Document(
        text=f"Kenya deployed {huge} police officers to Haiti.\n\nJamaica sent 24 soldiers to the MSS.",
        source="fuzz",
        published="2024-09-30",
    )
    claims = extract_document(doc, extractor=extractor)
    assert [(c.measure, c.value) for c in claims if c.measure.startswith("personnel.")] == [(measure, 24)]
    ledger = open_ledger(str(tmp_path / "fuzz.db"))
    try:
        ledger.store(doc, claims)
        assert len(ledger.claims(document_id=doc.id)) == len(claims)
    finally:
        ledger.close()


@each_extractor
@pytest.mark.parametrize("pub", ["0001-01-01", "0001-01-03", "9999-12-31", "9999", "2024-02-30", "garbage"])
def test_extreme_publication_dates(extractor: str, pub: str) -> None:
    text = (
        "Kenya deployed 400 police officers last week. Next year it will send 200 more. Last year it sent 30."
    )
    claims = assert_sound(text, pub, extractor=extractor)
    assert any(c.value == 400 for c in claims)


@each_extractor
def test_lone_surrogates_and_control_characters(extractor: str) -> None:
    text = (
        "Kenya deployed 400\ud800 police\x00 officers\x1b to Haiti\udfff on Monday\x0c. "
        "Jamaica sent 24 soldiers."
    )
    claims = assert_sound(text, "2024-09-30", extractor=extractor)
    assert {c.value for c in claims if c.measure.startswith("personnel.")} >= {400, 24}
    json.dumps([c.model_dump(mode="json") for c in claims])
