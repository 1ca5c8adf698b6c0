"""Exact provenance: every claim's evidence is ``text[start:end]``, inside its ``sentence``, and the
sentence is a substring of the text — the text given to ``extract()``, or ``Document.text`` as the
readers build it and the ledger stores it.

It must hold over the whitespace a real source brings: CRLF, runs of blank lines (some holding
spaces or tabs), trailing spaces, tabs and no-break spaces, and hard wrapping (PDF excerpts, plain
text reports), where a sentence runs on across a single newline. The splitter must join those
lines and nothing else: headlines, bullets and captions keep their lines.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.models import Claim, normalise_text
from missionwatch.nlp import extract, extract_document
from missionwatch.nlp.sentences import soft_newlines, split_sentences, working_text
from missionwatch.sources import read_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPORA = [
    (ROOT / ".." / "shared" / "corpus" / "dev").resolve(),
    FIXTURES / "articles",
    FIXTURES / "heldout",
    FIXTURES / "heldout2",
]
# the project's own articles first, then the shared corpus: an order (and so the samples the wrap
# test takes) that does not depend on where the checkout and ../shared happen to sit
ARTICLES = sorted(
    (p for d in CORPORA if d.is_dir() for p in d.glob("*.txt")),
    key=lambda p: (
        not p.is_relative_to(ROOT),
        str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else p.name,
    ),
)
EXTRACTOR = "rules"  # v1, whose sentences and offsets these rules define (v2 reuses the splitter)


def assert_provenance(text: str, claims: list[Claim]) -> None:
    """The three properties, for every claim of ``text``."""
    for c in claims:
        where = f"{c.measure} {c.value!r} [{c.start}:{c.end}]"
        assert 0 <= c.start < c.end <= len(text), where
        assert c.sentence, where
        # the sentence is a substring of the text, at a place that holds the evidence
        pos = text.find(c.sentence)
        assert pos >= 0, f"{where}: sentence not in the text: {c.sentence[:80]!r}"
        while pos >= 0 and not (pos <= c.start and c.end <= pos + len(c.sentence)):
            pos = text.find(c.sentence, pos + 1)
        assert pos >= 0, f"{where}: evidence {text[c.start : c.end]!r} is not inside {c.sentence[:80]!r}"
        assert "evidence_clipped" not in c.flags, f"{where}: a rule's match ran past its sentence"


def hard_wrap(body: str, width: int) -> str:
    """Each line of ``body`` wrapped at ``width`` the way text tools and PDF exports do."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        if line.strip()
        else line
        for line in body.split("\n")
    )


def split_article(path: Path) -> tuple[str, str, str | None]:
    """(header block, body, published) of a corpus article."""
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    published = re.search(r"^Published:\s*(\S+)", head, re.M)
    return head, body, published.group(1) if published else None


@st.composite
def whitespace_variants(draw: st.DrawFn) -> tuple[dict[str, object], random.Random]:
    """How a copy of an article may differ in whitespace alone."""
    return (
        {
            "width": draw(st.one_of(st.none(), st.integers(min_value=25, max_value=120))),
            "blank": draw(
                st.sampled_from(["\n\n", "\n\n\n", "\n\n\n\n\n", "\n \n", "\n\t\n\n", "\n  \n  \n"])
            ),
            "trailing": draw(st.sampled_from(["", " ", "  ", "\t", " \t"])),
            "spaces": draw(st.sampled_from(["", "\t", "\u00a0", "  ", "\u2009"])),
            "crlf": draw(st.booleans()),
        },
        random.Random(draw(st.integers(min_value=0, max_value=2**16))),
    )


def apply_variant(body: str, variant: dict[str, object], rng: random.Random) -> str:
    if variant["width"]:
        body = hard_wrap(body, int(variant["width"]))  # type: ignore[call-overload]
    body = re.sub(r"\n\n+", lambda _m: str(variant["blank"]), body)
    if variant["spaces"]:  # some of the spaces become tabs, no-break or thin spaces
        body = re.sub(" ", lambda _m: str(variant["spaces"]) if rng.random() < 0.15 else " ", body)
    if variant["trailing"]:
        body = body.replace("\n", f"{variant['trailing']}\n")
    if variant["crlf"]:
        body = body.replace("\n", "\r\n")
    return body


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", ARTICLES, ids=[f"{p.parent.name}/{p.stem[:24]}" for p in ARTICLES])
@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(variant=whitespace_variants())
def test_provenance_holds_over_whitespace_variants(
    path: Path, variant: tuple[dict[str, object], random.Random]
) -> None:
    spec, rng = variant
    head, body, published = split_article(path)
    text = apply_variant(body, spec, rng)
    # straight through the extractor: offsets into the text as given
    assert_provenance(text, extract(text, published, extractor=EXTRACTOR))
    # through the readers: offsets into Document.text, the text the ledger stores
    sep = "\r\n\r\n" if spec["crlf"] else str(spec["blank"])
    doc = read_text(head + sep + text)
    assert doc.published == published, "the header block was not read"
    assert doc.text == normalise_text(doc.text)
    assert_provenance(doc.text, extract_document(doc, extractor=EXTRACTOR))


def test_every_corpus_is_there() -> None:
    assert len(ARTICLES) >= 40, [str(d) for d in CORPORA]


# --- hard-wrapped text reads as the original --------------------------------------------------


def _keys(claims: list[Claim]) -> list[tuple[object, ...]]:
    return sorted(
        tuple(str(x) for x in (c.measure, c.mission, c.subject, c.value, c.qualifier, c.as_of))
        for c in claims
    )


@pytest.mark.timeout(120)
@pytest.mark.parametrize("width", [45, 70, 100])
def test_a_hard_wrapped_article_gives_the_claims_of_the_original(width: int) -> None:
    """The dev corpus and the test articles, wrapped like a PDF excerpt, give the same claims."""
    for path in ARTICLES[:: 3 if width != 70 else 1]:
        head, body, _ = split_article(path)
        original = read_text(head + "\n\n" + body)
        wrapped = read_text(head + "\n\n" + hard_wrap(body, width))
        assert wrapped.title == original.title, path.name
        got, want = (
            extract_document(wrapped, extractor=EXTRACTOR),
            extract_document(original, extractor=EXTRACTOR),
        )
        assert _keys(got) == _keys(want), (path.name, width)


def _sentences(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in split_sentences(text)]


PARAGRAPH = (
    "Kenya has sent some 400 police officers to Haiti, the government said on Monday, and Jamaica "
    "has deployed two dozen soldiers. The U.S. pledged $300 million to the mission. More officers "
    "from the Bahamas, Belize and Guatemala are expected to arrive by the end of the year."
)


@pytest.mark.parametrize("width", [30, 50, 72, 100])
def test_a_wrapped_paragraph_splits_like_the_line(width: int) -> None:
    assert _sentences(hard_wrap(PARAGRAPH, width)) == _sentences(PARAGRAPH)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph a line: every line is its own
        (
            "Kenya sends 400 police officers to Haiti\nThe first contingent landed on Tuesday.",
            ["Kenya sends 400 police officers to Haiti", "The first contingent landed on Tuesday."],
        ),
        # bullets and a caption stand alone
        (
            "The contributors so far:\n- Kenya: 396 officers\n- Jamaica: 24 soldiers\n"
            "• Belize: two staff officers",
            [
                "The contributors so far:",
                "- Kenya: 396 officers",
                "- Jamaica: 24 soldiers",
                "• Belize: two staff officers",
            ],
        ),
        (
            "Kenyan police officers arrive at the airport in Port-au-Prince (Photo: AP)\n"
            "They were greeted by the police chief.",
            [
                "Kenyan police officers arrive at the airport in Port-au-Prince (Photo: AP)",
                "They were greeted by the police chief.",
            ],
        ),
        # a list of headlines does not run together
        (
            "Kenya sends more police to Haiti\nCouncil renews the mission for a year\n"
            "Donors pledge $40 million\nGangs hold most of the capital",
            [
                "Kenya sends more police to Haiti",
                "Council renews the mission for a year",
                "Donors pledge $40 million",
                "Gangs hold most of the capital",
            ],
        ),
        # a sentence broken mid-phrase continues, even in a one-paragraph-a-line text
        (
            "The mission will run until April 30,\n2026, the resolution says.\nIt was killed in\nan attack.",
            [
                "The mission will run until April 30, 2026, the resolution says.",
                "It was killed in an attack.",
            ],
        ),
    ],
)
def test_lines_that_stand_alone_stay_alone(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_dash_inside_a_wrapped_sentence_is_no_bullet() -> None:
    text = hard_wrap(
        "The UN Trust Fund holds enough money from other countries - about $110 million - for operations "
        "to continue, she said. " * 3,
        55,
    )
    assert len(split_sentences(text)) == 3


def test_working_text_keeps_every_offset() -> None:
    text = "Kenya sent\t400\u00a0officers\r\nto Haiti.\r\n\r\n\x0cNext page \ud800 here.\x1b\u2029End."
    flat = working_text(text)
    assert len(flat) == len(text)
    assert "\t" not in flat and "\r" not in flat and "\u00a0" not in flat and "\ud800" not in flat
    assert flat.startswith("Kenya sent 400 officers  to Haiti.")  # the CRLF mid-sentence is a wrap
    for a, b in split_sentences(text):
        assert text[a:b].strip() and flat[a:b] == flat[a:b].strip()
    assert soft_newlines(text) == [text.index("\n")]  # the form feed and U+2029 end their lines
