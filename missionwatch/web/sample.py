"""A small made-up record to serve without the extractor: four short articles and their claims.

The web tests, the browser tests and the serve benchmark load it (the datasette habit of one
fixture factory for every client). The texts are written for MissionWatch; one of them carries
``<script>`` and HTML in its title, outlet and body, so every page is exercised on hostile input.
Evidence offsets are found in the text, never typed by hand.
"""

from __future__ import annotations

from typing import Any

from missionwatch.ledger import Ledger
from missionwatch.models import Claim, Document

HOSTILE = "<script>alert('mw')</script>"

ARTICLES: list[dict[str, Any]] = [
    {
        "title": "First police contingent lands in the capital",
        "outlet": "Harbour Times",
        "published": "2024-07-01",
        "url": "https://example.org/harbour/1",
        "text": "First police contingent lands in the capital\n\n"
        "Kenya deployed 400 police officers to Port-au-Prince on Tuesday. "
        "The mission now counts 1,000 personnel on the ground.",
        "claims": [
            dict(
                measure="personnel.deployed",
                mission="MSS",
                subject="Kenya",
                value=400,
                unit="persons",
                qualifier="exact",
                as_of="2024-07-01",
                evidence="Kenya deployed 400 police officers",
            ),
            dict(
                measure="personnel.deployed",
                mission="MSS",
                value=1000,
                unit="persons",
                qualifier="exact",
                as_of="2024-07-01",
                evidence="counts 1,000 personnel",
            ),
        ],
    },
    {
        "title": "Agency counts the displaced",
        "outlet": "Relief Notes",
        "published": "2024-08-15",
        "url": "https://example.org/relief/7",
        "text": "Agency counts the displaced\n\n"
        "About 700,000 people have been displaced in Haiti, the agency said on Thursday.",
        "claims": [
            dict(
                measure="displaced",
                mission=None,
                subject="Haiti",
                value=700000,
                unit="persons",
                qualifier="approx",
                as_of="2024-08-15",
                evidence="About 700,000 people have been displaced in Haiti",
            ),
        ],
    },
    {
        "title": "Force at a fifth of its strength, money short",
        "outlet": "Island Wire",
        "published": "2024-09-01",
        "url": "https://example.org/wire/22",
        "text": "Force at a fifth of its strength, money short\n\n"
        "The mission now counts about 2,500 personnel on the ground, against an authorised "
        "strength of 11,500. The United States has paid $100 million of the $600 million "
        "the force needs. The authorisation runs until 2 October 2024.",
        "claims": [
            dict(
                measure="personnel.deployed",
                mission="MSS",
                value=2500,
                unit="persons",
                qualifier="approx",
                as_of="2024-09-01",
                evidence="about 2,500 personnel on the ground",
            ),
            dict(
                measure="personnel.target",
                mission="MSS",
                value=11500,
                unit="persons",
                qualifier="at_most",
                as_of="2024-09-01",
                evidence="an authorised strength of 11,500",
            ),
            dict(
                measure="funding.contributed",
                mission="MSS",
                subject="United States",
                value=100000000,
                unit="USD",
                qualifier="exact",
                as_of="2024-09-01",
                evidence="The United States has paid $100 million",
            ),
            dict(
                measure="funding.required",
                mission="MSS",
                value=600000000,
                unit="USD",
                qualifier="exact",
                as_of="2024-09-01",
                evidence="$600 million the force needs",
            ),
            dict(
                measure="mandate.expiry",
                mission="MSS",
                value="2024-10-02",
                qualifier="exact",
                as_of="2024-09-01",
                evidence="The authorisation runs until 2 October 2024",
            ),
        ],
    },
    {
        "title": f"{HOSTILE}<img src=x onerror=alert(2)> Commander disputes the count",
        "outlet": f"Daily {HOSTILE}",
        "published": "2024-09-10",
        "url": "javascript:alert(3)",
        "text": f"Commander disputes the count {HOSTILE}\n\n"
        "Officials said 1,900 personnel were deployed by early September. "
        "\u201cWe will stay until the job is done <b>now</b>,\u201d said Jane Doe, the force "
        "commander. Jane Doe is the force commander.",
        "claims": [
            dict(
                measure="personnel.deployed",
                mission="MSS",
                value=1900,
                unit="persons",
                qualifier="exact",
                as_of="2024-09-05",
                evidence="1,900 personnel were deployed",
            ),
            dict(
                measure="quote",
                mission="MSS",
                subject="Jane Doe",
                value="We will stay until the job is done <b>now</b>,",
                evidence="We will stay until the job is done <b>now</b>,",
            ),
            dict(
                measure="role",
                mission="MSS",
                subject="Jane Doe",
                value="force commander",
                evidence="Jane Doe is the force commander",
            ),
        ],
    },
]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around an evidence span (up to the surrounding full stops or line breaks)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()


def sample_documents() -> list[tuple[Document, list[Claim]]]:
    out = []
    for art in ARTICLES:
        doc = Document(
            text=art["text"],
            source=f"sample:{art['outlet']}",
            title=art["title"],
            outlet=art["outlet"],
            published=art["published"],
            url=art["url"],
        )
        claims = []
        for spec in art["claims"]:
            spec = dict(spec)
            evidence = spec.pop("evidence")
            start = doc.text.index(evidence)
            end = start + len(evidence)
            claims.append(
                Claim(
                    **spec,
                    sentence=_sentence(doc.text, start, end),
                    start=start,
                    end=end,
                    extractor="sample",
                    extractor_version="1",
                )
            )
        out.append((doc, claims))
    return out


def load_sample(ledger: Ledger) -> list[str]:
    """Store the sample articles; returns their document ids in order."""
    ids = []
    for doc, claims in sample_documents():
        ledger.store(doc, claims)
        ids.append(doc.id)
    return ids
