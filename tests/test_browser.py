"""In a real (headless) Chromium: the mission page draws its charts, and a click on a figure lands on
the highlighted sentence that states it.

Uses Debian's chromium through Playwright. Where it is missing the tests skip and say how to
install it: ``apt-get install -y chromium`` (or set MISSIONWATCH_CHROMIUM to another binary).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from missionwatch.config import Settings
    from missionwatch.ledger import open_ledger
    from missionwatch.web.app import create_app
    from missionwatch.web.sample import load_sample
    from missionwatch.web.server import running

    ledger = open_ledger(str(Path(tmp_path_factory.mktemp("browser")) / "browser.db"))
    load_sample(ledger)
    with running(create_app(ledger, settings=Settings())) as url:
        yield url


@pytest.fixture
def page(chromium, base_url: str) -> Iterator[object]:
    context = chromium.new_context(base_url=base_url)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    pg = context.new_page()
    pg.requests = requests  # type: ignore[attr-defined]
    yield pg
    context.close()


def test_mission_page_draws_its_charts_offline(page, base_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("/missions/MSS?as_of=2024-09-15")
    for chart in ("#chart-strength", "#chart-trend", "#chart-money"):
        svg = page.locator(f"{chart} svg")
        assert svg.count() == 1, chart
        box = svg.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100, chart
        assert page.locator(f"{chart} svg path, {chart} svg rect").count() > 3, chart
    assert not errors
    assert all(u.startswith(base_url) for u in page.requests), page.requests  # nothing from elsewhere


def test_clicking_a_figure_lands_on_its_highlighted_sentence(page) -> None:
    page.goto("/missions/MSS?as_of=2024-09-15")
    target = page.locator("#strength tr.total a.fig").first
    href = target.get_attribute("href")
    assert href and "#claim-" in href
    target.click()
    page.wait_for_url(f"**{href}")
    anchor = href.split("#")[1]
    mark = page.locator(f"mark.claim:has(#{anchor}), mark.claim#{anchor}").first
    assert mark.is_visible()
    assert "personnel" in mark.inner_text()
    colour = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(255, 179, 71)"  # the :target highlight, not the plain one
    assert mark.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )


def test_clicking_a_point_of_the_trend_chart_opens_its_source(page) -> None:
    page.goto("/missions/MSS?as_of=2024-09-15")
    link = page.locator("#chart-trend svg .mark-symbol a").last
    href = link.get_attribute("href") or link.get_attribute("xlink:href")
    assert href and href.startswith("/documents/") and "#claim-" in href
    link.locator("path").click()
    page.wait_for_url(f"**{href}")
    assert page.locator(f"#{href.split('#')[1]}").count() == 1


def test_hostile_document_runs_no_script(page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/documents?q=commander")
    page.locator("table a").first.click()
    page.wait_for_load_state()
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert not dialogs
