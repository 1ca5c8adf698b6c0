"""In a real (headless) Chromium, without JavaScript: a private instance sends a visitor to the
login form, the login lands back on the page asked for, a wrong password is said so, and logging
out ends the session.

Chromium is launched as in ``tests/test_browser.py`` (Debian's binary through Playwright); where it
is missing the tests skip and say how to install it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "reader-pass-1"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from missionwatch.accounts import Accounts
    from missionwatch.config import Settings
    from missionwatch.ledger import open_ledger
    from missionwatch.web.app import create_app
    from missionwatch.web.sample import load_sample
    from missionwatch.web.server import running

    ledger = open_ledger(str(Path(tmp_path_factory.mktemp("browser-auth")) / "auth.db"))
    load_sample(ledger)
    Accounts(ledger).add("rita", "reader", PASSWORD)
    with running(create_app(ledger, settings=Settings(private=True))) as url:
        yield url


@pytest.fixture
def page(chromium, base_url: str) -> Iterator[object]:
    context = chromium.new_context(base_url=base_url, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_log_in_read_a_private_page_and_log_out(page, base_url: str) -> None:
    page.goto("/claims?mission=MSS")
    assert page.url == f"{base_url}/login?next=%2Fclaims%3Fmission%3DMSS"
    page.get_by_label("Name").fill("rita")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "Wrong name or password."
    page.get_by_label("Name").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    assert page.url == f"{base_url}/claims?mission=MSS"
    assert page.locator("h1").first.inner_text().startswith("Claims")
    page.get_by_role("link", name="Account").click()
    assert "You are rita (reader)" in page.locator("main").inner_text()
    page.get_by_role("button", name="Log out").click()
    assert page.url == f"{base_url}/login"
    page.goto("/claims")
    assert page.url.startswith(f"{base_url}/login?next=")


def test_the_session_cookie_is_http_only_and_same_site(page) -> None:
    page.goto("/login")
    [cookie] = [c for c in page.context.cookies() if c["name"] == "mw_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
