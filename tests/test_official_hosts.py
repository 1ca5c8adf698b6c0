"""The official-source test parses a URL only when a listed domain can end its host
(``rules._may_hold``; bench/serve.md, thirtieth round), and says what parsing every URL said: a
hypothesis property over URLs built from pieces that trip ``urlsplit`` (case, ``www.``, user
info, ports, brackets, tabs and line breaks, a Kelvin sign that lower-cases to "k") and written
cases. URLs written for this test."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from properties import property_settings

from missionwatch.reconcile import rules
from missionwatch.reconcile.rules import _listing
from missionwatch.sources.base import url_host

PROPS = property_settings(300)
DOMAINS = ("un.org", "Example.INT", ".gov.example", "unk.org")
PIECES = [
    "https://", "http://", "//", "", "www.", "WWW.", "un", "UN", ".", "org", "o", "rg", "\u212a",
    "example", "int", "gov", "x", "@", ":", ":80", "[", "]", "::1", "/", "/path", "?q=un.org", "#",
    "\t", "\n", "\r", " ", "%2e", "-", "news.example.com",
]  # fmt: skip


def _parsed(domains: tuple[str, ...], url: str | None, outlet: str | None, outlets: tuple[str, ...]) -> bool:
    """The test as it was: every URL parsed."""
    hosts = tuple(d.lower().lstrip(".") for d in domains)
    host = url_host(url) if url else None
    if host and any(host == d or host.endswith("." + d) for d in hosts):
        return True
    return bool(outlet) and outlet.strip().casefold() in {o.casefold() for o in outlets}


@PROPS
@given(
    url=st.one_of(
        st.none(), st.lists(st.sampled_from(PIECES), max_size=8).map("".join), st.text(max_size=30)
    ),
    outlet=st.sampled_from([None, "", "UN News", "un news ", "Other"]),
    domains=st.lists(st.sampled_from(DOMAINS), min_size=1, max_size=3).map(tuple),
)
def test_the_official_test_is_that_of_every_url_parsed(url: Any, outlet: Any, domains: Any) -> None:
    outlets = ("UN News",)
    assert _listing(domains, outlets)(url, outlet) == _parsed(domains, url, outlet, outlets)


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("https://www.UN.org/peace", True),
        ("https://news.un.org:443/x", True),
        ("https://user@peacekeeping.un.org/x", True),
        ("https://un.\norg/x", True),  # urlsplit drops the line break
        ("https://notun.org/x", False),
        ("https://news.example.com/?via=un.org", False),
        ("https://news.example.com/un", False),
    ],
)
def test_written_urls(url: str, official: bool) -> None:
    assert _listing(("un.org",), ())(url, None) is official
    assert _parsed(("un.org",), url, None, ()) is official


def test_a_domain_not_in_ascii_is_always_parsed() -> None:
    """A capital sigma lower-cases to a final sigma at the end of the host alone, but not before
    a port's letters in the whole URL: the domain is then in the host and not in the URL."""
    assert _listing(("\u0391\u03a3",), ())("https://\u0391\u03a3:a/x", None)


def test_a_url_no_listed_domain_can_end_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most URLs are no official site's: the lower-cased URL holds no listed domain, and a first
    request need not parse it (17,613 of them for a first briefing at 1,000,009 claims)."""
    parsed: list[str] = []

    def counted(url: str) -> str | None:
        parsed.append(url)
        return url_host(url)

    monkeypatch.setattr(rules, "url_host", counted)
    listed = _listing(("un.org",), ())
    assert not listed("https://synth.example.invalid/not-parsed/1", None)
    assert listed("https://www.un.org/parsed/1", None)
    assert parsed == ["https://www.un.org/parsed/1"]
