"""The generated client and the ops CLI against a real running server (no mocks)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from aftersales_client import AuthenticatedClient
from aftersales_client.api.policy import check_eligibility
from aftersales_client.api.reports import monthly_report
from aftersales_client.api.tickets import create_ticket, escalate_ticket, get_ticket, list_tickets
from aftersales_client.models import EligibilityRequest, EscalateBody, EscalateBodyTrigger, TicketCreate
from aftersales_ops.cli import app
from typer.testing import CliRunner

from ..conftest import Keys
from ..factories import complaint_body, eligibility_body, return_body


def client(url: str, keys: Keys, role: str) -> AuthenticatedClient:
    token = keys[role]["Authorization"].removeprefix("Bearer ")
    return AuthenticatedClient(base_url=url, token=token, raise_on_unexpected_status=True)


def test_the_client_drives_a_real_server(live_url: str, keyring: Keys) -> None:
    storefront = client(live_url, keyring, "storefront")
    decision = check_eligibility.sync(
        client=storefront,
        body=EligibilityRequest.from_dict(eligibility_body()),
    )
    assert decision is not None and decision.eligible and decision.restocking_fee == "19.90"
    created = create_ticket.sync(client=storefront, body=TicketCreate.from_dict(return_body()))
    assert created is not None and created.number == "AS-20261123-000001"
    agent = client(live_url, keyring, "agent")
    fetched = get_ticket.sync(created.number, client=agent)
    assert fetched is not None and fetched.id == created.id and fetched.decision.refund_amount == "179.10"
    raised = escalate_ticket.sync(
        created.number, client=agent, body=EscalateBody(trigger=EscalateBodyTrigger.CUSTOMER_INSISTS_SUPERIOR)
    )
    assert raised is not None and raised.level == "supervisor" and raised.version == 2
    page = list_tickets.sync(client=agent, level="supervisor")
    assert page is not None and [t.number for t in page.items] == [created.number]
    report = monthly_report.sync(client=client(live_url, keyring, "supervisor"), month="2026-11")
    assert report is not None and report.received == 1 and report.by_kind.to_dict() == {"return": 1}


def test_problems_come_back_as_responses(live_url: str, keyring: Keys) -> None:
    agent = AuthenticatedClient(base_url=live_url, token=keyring["agent"]["Authorization"][7:])
    missing = get_ticket.sync_detailed("AS-20991231-000001", client=agent)
    assert missing.status_code == 404 and json.loads(missing.content)["code"] == "not_found"


@pytest.fixture
def ops(live_url: str, keyring: Keys, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("AFTERSALES_URL", live_url)
    monkeypatch.setenv("AFTERSALES_API_KEY", keyring["supervisor"]["Authorization"][7:])
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_ops_cli_lists_shows_escalates_and_reports(
    ops: Any, live_url: str, keyring: Keys, tmp_path: Path
) -> None:
    made = [
        httpx.post(f"{live_url}/v1/tickets", json=body, headers=keyring["storefront"]).json()
        for body in (return_body(), complaint_body(complaint={"major_flags": ["media"]}))
    ]
    listed = ops("tickets", "list")
    assert listed.exit_code == 0, listed.output
    assert all(t["number"] in listed.output for t in made) and "2 ticket(s)" in listed.output
    shown = ops("tickets", "show", made[0]["number"])
    assert shown.exit_code == 0 and "received" in shown.output and "events" in shown.output
    escalated = ops("tickets", "escalate", made[0]["number"], "--note", "asked twice")
    assert escalated.exit_code == 0 and "supervisor" in escalated.output
    top = ops("tickets", "escalate", made[1]["number"])
    assert top.exit_code == 1 and "409" in top.output
    chart = tmp_path / "report.png"
    report = ops("report", "monthly", "2026-11", "--chart", str(chart))
    assert report.exit_code == 0, report.output
    assert "received" in report.output and "time limits" in report.output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_ops_cli_overdue_pages_through_everything(ops: Any, live_url: str, keyring: Keys, clock: Any) -> None:
    for _ in range(205):  # more than one page of 200
        httpx.post(f"{live_url}/v1/tickets", json=complaint_body(), headers=keyring["storefront"])
    assert "0 ticket(s)" in ops("tickets", "list", "--overdue").output
    clock.advance(days=2)
    listed = ops("tickets", "list", "--overdue", "--json")
    assert listed.exit_code == 0
    assert listed.output.count('"number"') == 205


def test_ops_cli_approve_needs_the_right_role(ops: Any, live_url: str, keyring: Keys) -> None:
    t = httpx.post(f"{live_url}/v1/tickets", json=complaint_body(), headers=keyring["storefront"]).json()
    refused = ops("approve", t["number"], "--type", "finance_review")
    assert refused.exit_code == 1 and "403" in refused.output
    ok = ops("approve", t["number"], "--type", "onsite_repair", "--note", "customer insists")
    assert ok.exit_code == 0 and "approved" in ok.output


def test_problems_raise_the_clients_typed_error(live_url: str, keyring: Keys) -> None:
    from aftersales_client.api.tickets import cancel_ticket, close_ticket, resolve_ticket
    from aftersales_client.models import ResolveBody
    from aftersales_ops.errors import ApiProblem, call

    agent = client(live_url, keyring, "agent")
    with pytest.raises(ApiProblem) as missing:
        call(get_ticket, ticket="AS-20991231-000001", client=agent)
    assert (missing.value.status, missing.value.code) == (404, "not_found")
    t = httpx.post(f"{live_url}/v1/tickets", json=return_body(), headers=keyring["storefront"]).json()
    with pytest.raises(ApiProblem) as conflict:
        call(close_ticket, ticket=t["number"], client=agent)  # a trigger with no body at all
    assert (conflict.value.status, conflict.value.code) == (409, "invalid_transition")
    httpx.post(f"{live_url}/v1/tickets/{t['number']}/verify", json={}, headers=keyring["agent"])
    with pytest.raises(ApiProblem) as refused:
        call(
            resolve_ticket,
            ticket=t["number"],
            client=agent,
            body=ResolveBody.from_dict({"resolution": {"type": "refund"}}),
        )
    assert (refused.value.status, refused.value.code, refused.value.failing_rules) == (
        422,
        "rule_violation",
        ["INSPECTION"],
    )
    cancelled = call(cancel_ticket, ticket=t["number"], client=agent)  # no body either
    assert cancelled.state == "cancelled"


def test_ops_cli_says_in_one_line_when_the_server_is_down() -> None:
    import os
    import subprocess
    import sys

    environ = {**os.environ, "AFTERSALES_URL": "http://127.0.0.1:9", "AFTERSALES_API_KEY": "x"}
    done = subprocess.run(
        [sys.executable, "-c", "from aftersales_ops.cli import main; main()", "tickets", "list"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3
    assert (
        done.stderr.strip().startswith("cannot reach http://127.0.0.1:9") and "Traceback" not in done.stderr
    )


def test_ops_cli_shows_and_sets_customers_and_lists_cases(ops: Any, live_url: str, keyring: Keys) -> None:
    httpx.post(f"{live_url}/v1/tickets", json=return_body(), headers=keyring["storefront"])
    shown = ops("customers", "show", "C-1001")
    assert shown.exit_code == 0 and "regular" in shown.output and "claims in 90 days" in shown.output
    set_ = ops("customers", "set", "C-1001", "--tier", "vip", "--blocked", "--reason", "chargebacks")
    assert set_.exit_code == 0 and "vip" in set_.output and "chargebacks" in set_.output
    bad = ops("customers", "set", "C-1001", "--tier", "gold")
    assert bad.exit_code != 0 and "gold" in bad.output
    missing = ops("customers", "show", "C-NOBODY")
    assert missing.exit_code == 1 and "404" in missing.output
    listed = ops("cases", "list", "--sku", "SKU-1")
    assert listed.exit_code == 0 and "cases" in listed.output


def test_ops_cli_lists_webhooks_and_failed_deliveries(
    ops: Any, live_url: str, keyring: Keys, env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aftersales_api.services import delivery

    env.settings = env.settings.model_copy(update={"webhook_timeout": 0.2})
    hook = httpx.post(
        f"{live_url}/v1/webhooks",
        json={"url": "http://127.0.0.1:9/closed", "events": ["ticket.created"], "description": "ERP"},
        headers=keyring["admin"],
    ).json()
    httpx.post(f"{live_url}/v1/tickets", json=return_body(), headers=keyring["storefront"])
    with delivery.client(env) as http:
        for _ in range(delivery.ATTEMPTS):  # port 9 refuses: every attempt fails
            assert delivery.run_once(env, http) == 1
            env.clock.advance(hours=11)
    assert ops("webhooks", "list").exit_code == 1  # a supervisor key: 403
    monkeypatch.setenv("AFTERSALES_API_KEY", keyring["admin"]["Authorization"][7:])
    listed = ops("webhooks", "list")
    assert listed.exit_code == 0 and hook["id"] in listed.output and "ERP" in listed.output
    failed = ops("webhooks", "failed", hook["id"])
    assert failed.exit_code == 0, failed.output
    assert "evt_1" in failed.output and "ticket.created" in failed.output and "ConnectError" in failed.output
