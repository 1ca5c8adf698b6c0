"""get_settings: the environment as it is now, built once while it stays the same."""

from __future__ import annotations

import pytest

from missionwatch import config


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "_last", None, raising=False)
    for name in ("MISSIONWATCH_SUCCESSION", "MISSIONWATCH_CLAIM_FILTER", "missionwatch_claim_filter"):
        monkeypatch.delenv(name, raising=False)


def test_a_changed_variable_is_read_at_the_next_call(monkeypatch: pytest.MonkeyPatch) -> None:
    assert config.get_settings().succession is True
    monkeypatch.setenv("MISSIONWATCH_SUCCESSION", "0")
    assert config.get_settings().succession is False
    monkeypatch.setenv("MISSIONWATCH_SUCCESSION", "1")
    assert config.get_settings().succession is True
    monkeypatch.delenv("MISSIONWATCH_SUCCESSION")
    assert config.get_settings().succession is True
    monkeypatch.setenv("missionwatch_claim_filter", "false")  # the names match in any case
    assert config.get_settings().claim_filter is False
    assert config.get_settings() == config.Settings()


def test_the_settings_are_built_once_while_the_environment_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []

    class Counted(config.Settings):
        def __init__(self) -> None:
            built.append(1)
            super().__init__()

    monkeypatch.setattr(config, "Settings", Counted)
    for _ in range(5):
        config.get_settings()
    assert len(built) == 1
    monkeypatch.setenv("MISSIONWATCH_CLAIM_FILTER", "0")
    assert config.get_settings().claim_filter is False and len(built) == 2


def test_each_caller_gets_a_copy_of_its_own() -> None:
    mine = config.get_settings()
    mine.db = "elsewhere.db"
    mine.succession = False
    theirs = config.get_settings()
    assert theirs.db == "missionwatch.db" and theirs.succession is True
