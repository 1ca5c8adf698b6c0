"""In a real (headless) Chromium with JavaScript switched off: open the review queue, group the
Jamaica pledge of the development corpus ("170 soldiers and 30 police officers") into its 200
total from the keyboard, and see the mission page's figure say "corrected by" and the audit log
hold the event.

The editor logs in with the login form (an editor account made beforehand, as `missionwatch users
add` would), so every review form carries the session's CSRF token; after logging out the same
forms are refused. With ``MISSIONWATCH_SCREENSHOTS=DIR`` the test saves the pages shown in
docs/review.md there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser
EDITOR, PASSWORD = "maria", "maria-pass-1"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, dev_corpus: Path) -> Iterator[tuple[str, int, int]]:
    from missionwatch.accounts import Accounts
    from missionwatch.config import Settings
    from missionwatch.ledger import open_ledger
    from missionwatch.nlp import extract_document
    from missionwatch.sources import read_inputs
    from missionwatch.web.app import create_app
    from missionwatch.web.server import running

    ledger = open_ledger(str(tmp_path_factory.mktemp("browser-review") / "corpus.db"))
    for doc in read_inputs([str(dev_corpus)]):
        assert not isinstance(doc, Exception), doc
        ledger.store(doc, extract_document(doc))
    parts = {
        c.value: c.id
        for c in ledger.claims(measure="personnel.pledged")
        if "170 soldiers and 30 police" in c.sentence and c.value in (170, 30)
    }
    Accounts(ledger).add(EDITOR, "editor", PASSWORD)
    with running(create_app(ledger, settings=Settings(token=None))) as url:
        yield url, parts[170], parts[30]


@pytest.fixture
def page(chromium: Any, site: tuple[str, int, int]) -> Iterator[object]:
    context = chromium.new_context(
        base_url=site[0],
        java_script_enabled=False,
        viewport={"width": 1280, "height": 900},
    )
    yield context.new_page()
    context.close()


def _shot(page: object, name: str) -> None:
    where = os.environ.get("MISSIONWATCH_SCREENSHOTS")
    if where:
        page.screenshot(path=str(Path(where) / name), full_page=False)  # type: ignore[attr-defined]


def test_group_the_jamaica_pledge_without_javascript(page, site: tuple[str, int, int]) -> None:
    _url, soldiers, police = site
    page.goto("/review")
    page.get_by_role("link", name="Account").click()
    page.get_by_label("Name").fill(EDITOR)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_url("**/")
    page.goto("/review")
    assert page.locator("table.queue tbody tr").count() > 3
    _shot(page, "review-queue.png")

    page.goto(f"/claims/{soldiers}/review")
    assert page.locator("mark.evidence").inner_text().endswith("170 soldiers")
    page.get_by_label("Other claims (ids)").fill(str(police))
    page.get_by_label("Component names").fill("military, police")
    page.locator("#group-reason").fill("one contingent, two parts")
    _shot(page, "review-claim.png")
    page.get_by_label("Component names").press("Enter")  # submit from the keyboard
    page.wait_for_url(f"**/claims/{soldiers}/review?done=*")
    assert "Saved (event" in page.locator("p.done").inner_text()
    assert page.locator("small.status").inner_text() == "grouped"
    log = page.locator("table.log tbody tr").first.inner_text()
    assert EDITOR in log and "group" in log and "one contingent" in log
    _shot(page, "review-saved.png")

    page.goto("/missions/MSS")
    figure = page.locator("span.figure", has=page.locator("small.reviewed")).first
    assert figure.inner_text().startswith(f"200 (corrected by {EDITOR})")  # then its footnote
    figure.scroll_into_view_if_needed()
    _shot(page, "review-mission.png")

    page.goto(f"/claims/{soldiers}/review")
    page.get_by_role("link", name="Account").click()
    page.get_by_role("button", name="Log out").click()
    page.goto(f"/claims/{soldiers}/review")  # the forms are still shown, but nobody may send them
    page.get_by_role("button", name="Undo group").click()
    assert page.locator("h1").inner_text() == "401 — unauthorized"
    page.goto(f"/claims/{soldiers}/review")
    assert page.locator("small.status").inner_text() == "grouped"
