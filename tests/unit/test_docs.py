"""docs/policy.md is generated from the rules package and cannot drift from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from aftersales_api import docs
from aftersales_api.rules import params
from aftersales_api.rules.catalog import BY_CODE, CATALOG

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "policy.md"


def test_the_committed_reference_is_what_the_rules_say() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == docs.policy_reference(), (
        "the rules changed: run `make docs` and commit docs/policy.md"
    )


def test_every_code_the_rules_write_is_in_the_catalog() -> None:
    written = set(docs.messages())
    assert written <= set(BY_CODE), written - set(BY_CODE)
    assert len(BY_CODE) == len(CATALOG)  # no code twice


def test_every_catalog_parameter_is_a_policy_parameter() -> None:
    names = set(params.Policy().as_dict())
    for rule in CATALOG:
        assert set(rule.parameters) <= names, rule.code


def test_a_changed_parameter_or_message_changes_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    before = docs.policy_reference()

    @dataclass(frozen=True)
    class Wider(params.Policy):
        return_window_days: int = 8

    monkeypatch.setattr(params, "Policy", Wider)
    assert docs.policy_reference() != before
    monkeypatch.undo()
    monkeypatch.setattr(docs, "messages", lambda: {"WINDOW_RETURN": [("Changed.", "已改。")]})
    assert docs.policy_reference() != before


def test_messages_show_both_branches_of_a_condition() -> None:
    texts = [en for en, _ in docs.messages()["INSPECTION"]]
    assert "Returned goods passed inspection." in texts
    assert "A refund for returned goods needs a passed inspection first." in texts
