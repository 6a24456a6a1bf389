"""Customers and closure: VIP_PRIORITY, BLOCKLIST, FREQUENT_CLAIMANT, SURVEY_REQUIRED,
ROOT_CAUSE, MAJOR_FINAL, with their boundaries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aftersales_api.rules import Policy
from aftersales_api.rules.closure import needs_root_cause, root_cause_entry, survey_entry
from aftersales_api.rules.complaints import major_final_entry
from aftersales_api.rules.customers import CustomerFacts, evaluate_customer, is_claim

POLICY = Policy()


@pytest.mark.parametrize(
    ("tier", "flags", "priority", "level"),
    [
        ("regular", (), None, None),
        ("key", ("key_customer",), "high", "supervisor"),
        ("vip", ("vip",), "high", "supervisor"),
    ],
)
def test_vip_priority(tier: str, flags: tuple[str, ...], priority: str | None, level: str | None) -> None:
    d = evaluate_customer("inquiry", False, CustomerFacts(tier=tier), POLICY)
    assert (d.flags, d.priority, d.level) == (flags, priority, level)


@pytest.mark.parametrize(("claim", "review"), [(True, ("supervisor_review",)), (False, ())])
def test_a_blocked_customers_claim_waits_for_a_supervisor(claim: bool, review: tuple[str, ...]) -> None:
    d = evaluate_customer("return", claim, CustomerFacts(blocked=True, blocked_reason="fraud"), POLICY)
    assert d.flags == ("blocked",) and d.required_approvals == review
    assert "fraud" in d.trace[0].message


@pytest.mark.parametrize(
    ("claims", "paid", "frequent"),
    [
        (2, "0.00", False),  # this is the third claim in the window
        (3, "0.00", True),  # the fourth
        (0, "1999.99", False),
        (0, "2000.00", True),  # exactly the amount counts
    ],
)
def test_frequent_claimants(claims: int, paid: str, frequent: bool) -> None:
    facts = CustomerFacts(claims=claims, paid=Decimal(paid))
    d = evaluate_customer("exchange", True, facts, POLICY)
    assert ("frequent_claimant" in d.flags) is frequent
    assert d.required_approvals == (("supervisor_review",) if frequent else ())
    assert not evaluate_customer("inquiry", False, facts, POLICY).flags  # not a claim: not flagged


@pytest.mark.parametrize(
    ("kind", "claimed", "claim"),
    [
        ("return", "0", True),
        ("exchange", "0", True),
        ("complaint", "0.01", True),
        ("complaint", "0", False),
        ("repair", "0", False),
    ],
)
def test_what_counts_as_a_claim(kind: str, claimed: str, claim: bool) -> None:
    assert is_claim(kind, Decimal(claimed)) is claim


@pytest.mark.parametrize(
    ("answered", "declined", "first_contact", "outcome"),
    [
        (True, False, False, "pass"),
        (False, True, False, "pass"),
        (False, False, True, "pass"),
        (False, False, False, "fail"),
    ],
)
def test_survey_required(answered: bool, declined: bool, first_contact: bool, outcome: str) -> None:
    assert survey_entry(answered, declined, first_contact).outcome == outcome


@pytest.mark.parametrize(
    ("kind", "reason", "needed"),
    [
        ("complaint", None, True),
        ("return", "quality_defect", True),
        ("repair", "quality_defect", True),
        ("return", "no_reason", False),
    ],
)
def test_root_cause_for_complaints_and_quality_defects(kind: str, reason: str | None, needed: bool) -> None:
    assert needs_root_cause(kind, reason) is needed
    full = {"category": "carrier", "department": "logistics", "lesson": "book earlier"}
    assert root_cause_entry(needed, full).outcome == "pass"
    assert root_cause_entry(needed, None).outcome == ("fail" if needed else "pass")
    assert root_cause_entry(needed, {**full, "lesson": "  "}).outcome == ("fail" if needed else "pass")


def test_major_final_needs_the_general_manager() -> None:
    assert major_final_entry(("major_filing",)).outcome == "fail"
    assert major_final_entry(("major_filing", "general_manager")).outcome == "pass"
