"""Repairs, complaints, other kinds, time limits and the calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from aftersales_api.core.config import Settings
from aftersales_api.core.policy import build_calendar, load_policy
from aftersales_api.rules import ComplaintRequest, Policy, RepairRequest, evaluate_complaint, evaluate_repair
from aftersales_api.rules import deadlines as limits
from aftersales_api.rules.calendar import BusinessCalendar
from aftersales_api.rules.complaints import compensation_approvals, first_contact
from aftersales_api.rules.other import evaluate_other

POLICY = Policy()
SH = ZoneInfo("Asia/Shanghai")
CAL = build_calendar(Settings(_env_file=None))  # type: ignore[call-arg]


def sh(*args: int) -> datetime:
    return datetime(*args, tzinfo=SH)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("day", "category", "warranty"),
    [
        (0, None, True),
        (365, None, True),
        (366, None, False),
        (700, "appliance", True),
        (731, "appliance", False),
    ],
)
def test_warranty_by_category(day: int, category: str | None, warranty: bool) -> None:
    policy = Policy(warranty_days={"default": 365, "appliance": 730})
    invoice = date(2025, 1, 1)
    d = evaluate_repair(
        RepairRequest(invoice_date=invoice, request_date=invoice + timedelta(days=day), category=category),
        policy,
    )
    assert d.eligible and d.warranty is warranty
    assert d.trace[0].code == "WARRANTY"


def test_onsite_repair_needs_supervisor_approval() -> None:
    base = RepairRequest(invoice_date=date(2026, 1, 1), request_date=date(2026, 3, 1))
    assert evaluate_repair(base, POLICY).required_approvals == ()
    onsite = RepairRequest(invoice_date=date(2026, 1, 1), request_date=date(2026, 3, 1), onsite=True)
    d = evaluate_repair(onsite, POLICY)
    assert d.required_approvals == ("onsite_repair",)
    assert [t.code for t in d.trace] == ["WARRANTY", "SELF_SEND"]


@pytest.mark.parametrize(
    ("previous_days_ago", "repeat"), [((90,), True), ((91,), False), ((), False), ((200, 5), True)]
)
def test_repeat_repair_within_90_days(previous_days_ago: tuple[int, ...], repeat: bool) -> None:
    today = date(2026, 11, 23)
    d = evaluate_repair(
        RepairRequest(
            invoice_date=date(2026, 1, 1),
            request_date=today,
            previous_repairs=tuple(today - timedelta(days=n) for n in previous_days_ago),
        ),
        POLICY,
    )
    assert ("repeat_repair" in d.flags) is repeat
    assert d.level == ("supervisor" if repeat else "agent")


@pytest.mark.parametrize(
    ("flags", "compensation", "major"),
    [
        ({"media"}, "0.00", True),
        ({"injury"}, "0.00", True),
        ({"government"}, "0.00", True),
        ({"safety"}, "0.00", True),
        ({"store_impersonation"}, "0.00", True),
        ({"industry_referral"}, "0.00", True),
        ({"repeat_repairs_rejected"}, "0.00", True),
        ({"exposure_risk"}, "0.00", True),
        (set(), "0.01", True),  # any compensation claim above the 0.00 threshold is major
        (set(), "0.00", False),
    ],
)
def test_major_complaints(flags: set[str], compensation: str, major: bool) -> None:
    d = evaluate_complaint(
        ComplaintRequest(
            channel="web",
            category="product_quality",
            priority="low",
            major_flags=frozenset(flags),
            claimed_compensation=Decimal(compensation),
        ),
        POLICY,
    )
    assert d.major is major
    assert (d.priority, d.level) == (("high", "manager") if major else ("low", "agent"))
    assert d.required_approvals == (("major_filing",) if major else ())
    assert [t.code for t in d.trace][1] == ("MAJOR_COMPLAINT" if major else "GENERAL_COMPLAINT")


@pytest.mark.parametrize("channel", ["email", "fax", "letter", "sales_rep", "phone", "web"])
def test_every_complaint_is_forwarded_unless_solved_at_first_contact(channel: str) -> None:
    d = evaluate_complaint(ComplaintRequest(channel=channel, category="other", priority="medium"), POLICY)
    assert "FORWARD_1WD" in [t.code for t in d.trace]


def test_complaint_category_must_be_known() -> None:
    d = evaluate_complaint(ComplaintRequest(channel="web", category="weather", priority="medium"), POLICY)
    assert not d.eligible and d.trace[0].outcome == "fail"


@pytest.mark.parametrize(
    ("approved", "ok"),
    [
        (("finance_review", "general_manager"), True),
        (("general_manager", "finance_review"), False),
        (("finance_review",), False),
        (("general_manager",), False),
        ((), False),
    ],
)
def test_compensation_needs_finance_then_general_manager(approved: tuple[str, ...], ok: bool) -> None:
    assert compensation_approvals(approved).outcome == ("pass" if ok else "fail")


@pytest.mark.parametrize(
    ("kind", "channel", "compensation", "major", "ok"),
    [
        ("complaint", "phone", "0", False, True),
        ("inquiry", "hotline", "0", False, True),
        ("complaint", "email", "0", False, False),
        ("complaint", "phone", "10", False, False),
        ("complaint", "phone", "0", True, False),
        ("return", "phone", "0", False, False),
    ],
)
def test_first_contact_resolution(kind: str, channel: str, compensation: str, major: bool, ok: bool) -> None:
    assert first_contact(kind, channel, Decimal(compensation), major).outcome == ("pass" if ok else "fail")


@pytest.mark.parametrize(
    ("kind", "reason", "code", "notify"),
    [
        ("accessory", None, "ACCESSORY_CHECK", ("product_manager", "logistics")),
        ("invoice", "invoice_lost", "INVOICE_LOST", ("logistics",)),
        ("invoice", "invoice_wrong", "INVOICE_WRONG", ("finance",)),
        ("installation", None, "INSTALL_NEXT_DAY", ()),
        ("refund", None, "REFUND_DUE", ()),
    ],
)
def test_other_kinds(kind: str, reason: str | None, code: str, notify: tuple[str, ...]) -> None:
    d = evaluate_other(kind, POLICY, reason=reason, delivered_on=date(2026, 11, 20))
    assert [t.code for t in d.trace] == [code] and d.notify == notify and d.eligible
    if kind == "installation":
        assert "2026-11-21" in d.trace[0].message


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        # Friday → Monday over a weekend.
        (sh(2026, 11, 20, 10, 0), 1, sh(2026, 11, 23, 10, 0)),
        # Wednesday before National Day: Oct 1–7 off, Thu 8, Fri 9, Saturday 10 is an adjusted
        # working day, Sunday 11 is off, Monday 12.
        (sh(2026, 9, 30, 10, 0), 3, sh(2026, 10, 10, 10, 0)),
        (sh(2026, 9, 30, 10, 0), 4, sh(2026, 10, 12, 10, 0)),
        # A start on a day off counts from the next working day's beginning.
        (sh(2026, 11, 21, 15, 0), 1, sh(2026, 11, 24, 0, 0)),
        # Spring Festival 2026: Feb 15–23 off, Saturday Feb 14 and 28 adjusted working days.
        (sh(2026, 2, 13, 9, 0), 1, sh(2026, 2, 14, 9, 0)),
        (sh(2026, 2, 14, 9, 0), 1, sh(2026, 2, 24, 9, 0)),
        (sh(2026, 11, 23, 10, 0), 10, sh(2026, 12, 7, 10, 0)),
    ],
)
def test_working_days(start: datetime, days: int, due: datetime) -> None:
    assert CAL.add_working_days(start, days) == due.astimezone(UTC)


def test_a_year_without_official_data_uses_weekends_and_configured_dates() -> None:
    cal = build_calendar(Settings(extra_holidays=[date(2027, 1, 1)], _env_file=None))  # type: ignore[call-arg]
    # Thursday 2026-12-31 + 1 WD: Friday Jan 1 2027 is a configured holiday → Monday Jan 4.
    assert cal.add_working_days(sh(2026, 12, 31, 10), 1) == sh(2027, 1, 4, 10).astimezone(UTC)
    assert cal.uncovered([sh(2027, 1, 4)]) == {2027}
    assert 2026 in cal.covered_years and 2027 not in cal.covered_years


def test_configured_dates_override_the_official_ones() -> None:
    cal = build_calendar(
        Settings(extra_workdays=[date(2026, 10, 5)], extra_holidays=[date(2026, 11, 24)], _env_file=None)
    )  # type: ignore[call-arg]
    assert cal.is_working_day(date(2026, 10, 5)) and not cal.is_working_day(date(2026, 11, 24))


def test_settings_accept_comma_separated_dates() -> None:
    s = Settings(extra_holidays="2027-01-01, 2027-02-08", _env_file=None)  # type: ignore[call-arg, arg-type]
    assert s.extra_holidays == [date(2027, 1, 1), date(2027, 2, 8)]


def test_initial_deadlines() -> None:
    received = sh(2026, 11, 23, 10, 0).astimezone(UTC)
    ret = limits.initial("return", "web", False, received, POLICY, CAL)
    assert ret["first_response"] == received + timedelta(hours=24)
    assert ret["contact"] == received + timedelta(days=3)
    assert limits.breach("contact", ret["contact"], POLICY) == received + timedelta(days=5)
    general = limits.initial("complaint", "email", False, received, POLICY, CAL)
    # GENERAL_COMPLAINT: filed and answered the same day.
    assert general["verify"] == general["first_response"] == sh(2026, 11, 24, 0, 0).astimezone(UTC)
    assert general["forward"] == sh(2026, 11, 24, 10, 0).astimezone(UTC)
    major = limits.initial("complaint", "phone", True, received, POLICY, CAL)
    assert major["report"] == received + timedelta(minutes=30)
    assert major["verify"] == sh(2026, 11, 24, 10, 0).astimezone(UTC)
    assert major["forward"] == sh(2026, 11, 24, 10, 0).astimezone(UTC)  # FORWARD_1WD for all
    assert "contact" not in major


@pytest.mark.parametrize(("minutes", "ok"), [(29, True), (30, True), (31, False)])
def test_handover_within_30_minutes(minutes: int, ok: bool) -> None:
    from aftersales_api.rules.complaints import handover_entry

    received = sh(2026, 11, 23, 10, 0).astimezone(UTC)
    due = limits.initial("complaint", "web", False, received, POLICY, CAL, handed_over_from=received)
    assert due["handover"] == received + timedelta(minutes=30)
    assert handover_entry("sales", minutes, POLICY).outcome == ("pass" if ok else "fail")


def test_an_appointment_is_a_deadline() -> None:
    received = sh(2026, 11, 23, 10, 0).astimezone(UTC)
    at = sh(2026, 11, 25, 9, 0).astimezone(UTC)
    assert (
        limits.initial("installation", "web", False, received, POLICY, CAL, appointment_at=at)["appointment"]
        == at
    )


def test_levels_only_go_up() -> None:
    assert [limits.raise_level(lv) for lv in ("agent", "supervisor", "manager")] == [
        "supervisor",
        "manager",
        "manager",
    ]


def test_policy_file_overrides(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "policy.toml"
    path.write_text('return_window_days = 10\nrestocking_fee_rate = "0.05"\n')
    policy = load_policy(path)
    assert policy.return_window_days == 10 and policy.restocking_fee_rate == Decimal("0.05")
    assert policy.version.startswith("custom-")
    named = Path(str(tmp_path)) / "policy.json"
    named.write_text('{"version": "2027-01-01.1", "exchange_window_days": 30}')
    assert load_policy(named).version == "2027-01-01.1"
    bad = Path(str(tmp_path)) / "bad.json"
    bad.write_text('{"version": "' + "x" * 41 + '"}')
    with pytest.raises(ValueError, match="version"):
        load_policy(bad)
    wrong = Path(str(tmp_path)) / "wrong.toml"
    wrong.write_text('return_window_days = "seven"\n')
    with pytest.raises(ValueError, match="return_window_days"):
        load_policy(wrong)


def test_calendar_is_plain_data() -> None:
    cal = BusinessCalendar(tz=SH)
    assert cal.is_working_day(date(2026, 10, 1))  # no holidays given: a plain Thursday


def test_one_warning_per_year_without_official_data(caplog: pytest.LogCaptureFixture) -> None:
    from aftersales_api.core import policy as loading

    loading._warned.discard(2031)
    with caplog.at_level("WARNING"):
        for _ in range(3):
            loading.warn_uncovered(CAL, sh(2031, 3, 1), sh(2031, 5, 1), sh(2026, 11, 23))
    assert len([r for r in caplog.records if "2031" in r.getMessage()]) == 1
