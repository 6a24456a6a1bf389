"""aftersales-ops: tickets, escalations, approvals and the monthly report from a terminal.

Configured by AFTERSALES_URL (default http://127.0.0.1:8000) and AFTERSALES_API_KEY.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import httpx
import typer
from aftersales_client import AuthenticatedClient
from aftersales_client.api.customers import get_customer, list_cases, put_customer
from aftersales_client.api.reports import monthly_report
from aftersales_client.api.tickets import (
    approve_ticket,
    escalate_ticket,
    get_ticket,
    list_ticket_events,
    list_tickets,
)
from aftersales_client.api.webhooks import list_deliveries, list_webhooks
from aftersales_client.models import (
    ApprovalBody,
    ApprovalBodyType,
    CustomerBody,
    CustomerBodyTier,
    EscalateBody,
    EscalateBodyTrigger,
    ListDeliveriesStatusType0,
    ListTicketsKindType0,
    ListTicketsLevelType0,
    ListTicketsStateType0,
)
from aftersales_client.types import UNSET, Response
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from .errors import ApiProblem, checked

app = typer.Typer(help=__doc__, no_args_is_help=True, pretty_exceptions_enable=False)
tickets_app = typer.Typer(help="List, show and escalate tickets.", no_args_is_help=True)
report_app = typer.Typer(help="Reports.", no_args_is_help=True)
app.add_typer(tickets_app, name="tickets")
app.add_typer(report_app, name="report")
customers_app = typer.Typer(help="Customer profiles (tier, block, claim figures).", no_args_is_help=True)
cases_app = typer.Typer(help="The case library: closed tickets' root causes.", no_args_is_help=True)
app.add_typer(customers_app, name="customers")
app.add_typer(cases_app, name="cases")
webhooks_app = typer.Typer(
    help="Webhook subscriptions and their deliveries (admin keys).", no_args_is_help=True
)
app.add_typer(webhooks_app, name="webhooks")
out = Console()
err = Console(stderr=True)


def client() -> AuthenticatedClient:
    key = os.environ.get("AFTERSALES_API_KEY")
    if not key:
        err.print(
            "[red]Set AFTERSALES_API_KEY[/red] (aftersales-api keys create --role supervisor --name ops)."
        )
        raise typer.Exit(2)
    url = os.environ.get("AFTERSALES_URL", "http://127.0.0.1:8000")
    return AuthenticatedClient(base_url=url, token=key, raise_on_unexpected_status=False, timeout=30.0)


def ok(response: Response[Any]) -> Any:
    """The parsed body of a 2xx answer; otherwise the problem in one line, and exit 1."""
    try:
        return checked(response)
    except ApiProblem as problem:
        rules = f"; rules: {', '.join(problem.failing_rules)}" if problem.failing_rules else ""
        err.print(f"[red]{problem.status}[/red] {problem.code}: {problem.detail}{rules}")
        raise typer.Exit(1) from None


def local(moment: datetime) -> str:
    """A timestamp in the business timezone, with its offset (like the ticket numbers' days)."""
    zone = ZoneInfo(os.environ.get("AFTERSALES_TIMEZONE", "Asia/Shanghai"))
    return moment.astimezone(zone).isoformat(timespec="minutes")


def _version(value: bool) -> None:
    if value:
        out.print(f"aftersales-ops {version('aftersales-ops')}")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Configured by AFTERSALES_URL, AFTERSALES_API_KEY and AFTERSALES_TIMEZONE."""


def main() -> None:
    """The command, with one line on stderr and an exit code instead of a traceback."""
    try:
        app()
    except httpx.HTTPError as exc:
        url = os.environ.get("AFTERSALES_URL", "http://127.0.0.1:8000")
        err.print(f"[red]cannot reach {url}[/red]: {type(exc).__name__}: {exc}")
        sys.exit(3)


def pages(**filters: Any) -> Iterator[Any]:
    """Every ticket matching the filters, page after page, with a progress bar."""
    api = client()
    cursor: str | None = None
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("fetching tickets", total=None)
        while True:
            page = ok(list_tickets.sync_detailed(client=api, limit=200, cursor=cursor or UNSET, **filters))
            yield from page.items
            bar.advance(task, len(page.items))
            cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
            if cursor is None:
                break


def _due(ticket: Any) -> str:
    due = ticket.due.to_dict()
    return ", ".join(f"{k} {local(datetime.fromisoformat(v))}" for k, v in due.items() if v) or "-"


@tickets_app.command("list")
def list_(
    overdue: Annotated[bool, typer.Option(help="Only tickets with a missed deadline.")] = False,
    state: Annotated[ListTicketsStateType0 | None, typer.Option(help="Only this state.")] = None,
    level: Annotated[ListTicketsLevelType0 | None, typer.Option(help="Only this level.")] = None,
    kind: Annotated[ListTicketsKindType0 | None, typer.Option(help="Only this kind.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List tickets, all pages."""
    filters: dict[str, Any] = {"overdue": overdue}
    for name, value in (("state", state), ("level", level), ("kind", kind)):
        if value is not None:
            filters[name] = value
    rows = list(pages(**filters))
    if as_json:
        for t in rows:
            out.print_json(json.dumps(t.to_dict(), default=str))
        return
    table = Table(title=f"{len(rows)} ticket(s)")
    table.add_column("number", no_wrap=True)
    for column in ("kind", "state", "level", "priority", "owner", "overdue", "created"):
        table.add_column(column)
    for t in rows:
        table.add_row(
            t.number,
            str(t.kind),
            str(t.state),
            str(t.level),
            str(t.priority),
            t.owner,
            ", ".join(t.overdue) or "-",
            local(t.created_at),
        )
    out.print(table)


@tickets_app.command("show")
def show(ticket: Annotated[str, typer.Argument(help="Ticket number (AS-…) or id.")]) -> None:
    """One ticket: its state, decision, deadlines and audit trail."""
    api = client()
    t = ok(get_ticket.sync_detailed(ticket, client=api))
    table = Table(title=f"{t.number} ({t.kind})", show_header=False)
    for key, value in (
        ("state", t.state),
        ("level", t.level),
        ("priority", t.priority),
        ("owner", t.owner),
        ("customer", t.customer.to_dict().get("id")),
        ("eligible", t.decision.eligible),
        ("due", _due(t)),
        ("overdue", ", ".join(t.overdue) or "-"),
        ("version", t.version),
    ):
        table.add_row(key, str(value))
    out.print(table)
    events = ok(list_ticket_events.sync_detailed(ticket, client=api, limit=200))
    trail = Table(title="events")
    for column in ("seq", "at", "actor", "type", "from", "to"):
        trail.add_column(column)
    for e in events.items:
        trail.add_row(
            str(e.seq),
            local(e.at),
            e.actor,
            e.type_,
            str(e.from_state or ""),
            str(e.to_state or ""),
        )
    out.print(trail)


@tickets_app.command("escalate")
def escalate(
    ticket: str,
    trigger: Annotated[
        EscalateBodyTrigger, typer.Option(help="Why the ticket goes up.")
    ] = EscalateBodyTrigger.CUSTOMER_INSISTS_SUPERIOR,
    note: str = "",
) -> None:
    """Raise a ticket one level."""
    body = EscalateBody(trigger=trigger, note=note)
    t = ok(escalate_ticket.sync_detailed(ticket, client=client(), body=body))
    out.print(f"{t.number} is now at [bold]{t.level}[/bold] (version {t.version})")


@app.command()
def approve(
    ticket: str,
    type_: Annotated[
        ApprovalBodyType, typer.Option("--type", help="The approval (the key's role must match).")
    ],
    reject: Annotated[bool, typer.Option(help="Record a refusal instead.")] = False,
    note: str = "",
) -> None:
    """Record an approval or a refund sign-off (the key's role must match the type)."""
    body = ApprovalBody(type_=type_, approved=not reject, note=note)
    t = ok(approve_ticket.sync_detailed(ticket, client=client(), body=body))
    out.print(f"{t.number}: {type_.value} {'refused' if reject else 'approved'}")


def _profile(c: Any) -> None:
    table = Table(title=f"customer {c.id}", show_header=False)
    for key, value in (
        ("name", c.name or "-"),
        ("tier", c.tier),
        ("blocked", f"yes: {c.blocked_reason or '-'}" if c.blocked else "no"),
        (f"claims in {c.claims_days} days", c.claims_recent),
        (f"paid out in {c.paid_days} days", c.paid_recent),
        ("version", c.version),
    ):
        table.add_row(key, str(value))
    out.print(table)


@customers_app.command("show")
def customer_show(customer: Annotated[str, typer.Argument(help="The storefront's customer id.")]) -> None:
    """A customer's profile and the figures FREQUENT_CLAIMANT reads."""
    _profile(ok(get_customer.sync_detailed(customer, client=client())))


@customers_app.command("set")
def customer_set(
    customer: str,
    tier: Annotated[
        CustomerBodyTier, typer.Option(help="regular, key (重点顾客) or vip.")
    ] = CustomerBodyTier.REGULAR,
    blocked: Annotated[bool, typer.Option(help="Put the customer on the blocklist.")] = False,
    reason: Annotated[str | None, typer.Option(help="Why the customer is blocked.")] = None,
    name: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Set a customer's tier and block (supervisor keys; audited)."""
    body = CustomerBody(tier=tier, blocked=blocked, blocked_reason=reason, name=name)
    _profile(ok(put_customer.sync_detailed(customer, client=client(), body=body)))


@cases_app.command("list")
def cases_list(
    sku: Annotated[str | None, typer.Option(help="Only this SKU.")] = None,
    category: Annotated[str | None, typer.Option(help="Only this cause category.")] = None,
    department: Annotated[str | None, typer.Option(help="Only this department.")] = None,
) -> None:
    """Root causes of closed tickets, oldest first, all pages."""
    api = client()
    filters = {k: v for k, v in (("sku", sku), ("category", category), ("department", department)) if v}
    table = Table(title="cases")
    for column in ("ticket", "closed", "sku", "category", "department", "lesson"):
        table.add_column(column)
    cursor: str | None = None
    while True:
        page = ok(list_cases.sync_detailed(client=api, limit=200, cursor=cursor or UNSET, **filters))
        for c in page.items:
            table.add_row(c.ticket, local(c.closed_at), str(c.sku or "-"), c.category, c.department, c.lesson)
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        if cursor is None:
            break
    out.print(table)


@webhooks_app.command("list")
def webhooks_list() -> None:
    """The subscriptions (their secrets were shown once, at creation)."""
    hooks = ok(list_webhooks.sync_detailed(client=client()))
    table = Table(title=f"{len(hooks.items)} webhook(s)")
    table.add_column("id", no_wrap=True)
    for column in ("url", "events", "description", "created"):
        table.add_column(column)
    for h in hooks.items:
        table.add_row(h.id, h.url, ", ".join(h.events), h.description or "-", local(h.created_at))
    out.print(table)


@webhooks_app.command("failed")
def webhooks_failed(
    webhook: Annotated[str, typer.Argument(help="The subscription's id (wh_…).")],
) -> None:
    """A subscription's failed deliveries, all pages, with their last error."""
    api = client()
    table = Table(title=f"failed deliveries of {webhook}")
    for column in ("delivery", "event", "type", "attempts"):
        table.add_column(column, no_wrap=True)
    table.add_column("last attempt and answer")  # wraps: the table fits 80 columns
    cursor: str | None = None
    status = ListDeliveriesStatusType0.FAILED
    while True:
        page = ok(
            list_deliveries.sync_detailed(
                webhook, client=api, status=status, limit=200, cursor=cursor or UNSET
            )
        )
        for d in page.items:
            last = d.log[-1] if d.log else None
            answer = "-" if last is None else f"{local(last.at)} {last.status or last.error}"
            table.add_row(str(d.id), d.event, d.type_, str(d.attempts), answer)
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        if cursor is None:
            break
    out.print(table)
    err.print("retry one: POST /v1/webhooks/{webhook}/deliveries/{delivery}/retry")


@report_app.command("monthly")
def monthly(
    month: Annotated[str, typer.Argument(help="YYYY-MM")],
    chart: Annotated[Path | None, typer.Option(help="Also draw the figures into this PNG.")] = None,
) -> None:
    """The monthly report as tables (and a chart)."""
    r = ok(monthly_report.sync_detailed(client=client(), month=month))
    summary = Table(
        title=f"{r.month} ({r.timezone}){'' if r.complete else ' - month not over yet'}", show_header=False
    )
    for key, value in (
        ("received", r.received),
        ("closed", r.closed),
        ("resolution rate", _pct(r.resolution_rate)),
        (
            "processing avg / p90 (h)",
            f"{_hours(r.processing_seconds.average)} / {_hours(r.processing_seconds.p90)}",
        ),
        ("satisfaction", f"{_pct(r.satisfaction.rate)} of {r.satisfaction.answered}"),
        ("refunds", r.refunds_total),
        ("restocking fees", r.restocking_fees_total),
        ("compensation", r.compensation_total),
        ("repeat repairs", r.repeat_repairs),
        ("repair charges", r.repair_charges_total),
        ("survey response", f"{_pct(r.survey.rate)} of {r.survey.closed} closed"),
        ("pickups", r.pickups),
        ("frequent claimants' tickets", r.frequent_claimant_tickets),
        ("blocked customers' tickets", r.blocked_customer_tickets),
    ):
        summary.add_row(key, str(value))
    out.print(summary)
    for title, counts in (
        ("by kind", r.by_kind),
        ("by channel", r.by_channel),
        ("by category", r.by_category),
        ("by state", r.by_state),
    ):
        out.print(_counts(title, counts.to_dict()))
    limits = Table(title="time limits")
    for column in ("limit", "total", "breached", "rate"):
        limits.add_column(column)
    for key, rate in r.time_limits.to_dict().items():
        limits.add_row(key, str(rate["total"]), str(rate["breached"]), _pct(rate["rate"]))
    out.print(limits)
    if chart is not None:
        draw(r, chart)
        out.print(f"chart written to {chart}")


def _counts(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=title)
    table.add_column("")
    table.add_column("tickets", justify="right")
    for key, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        table.add_row(key, str(n))
    return table


def _pct(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _hours(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 3600:.1f}"


def draw(r: Any, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    kinds = r.by_kind.to_dict()
    limits = {k: v["rate"] or 0 for k, v in r.time_limits.to_dict().items() if v["total"]}
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.bar(list(kinds), list(kinds.values()), color="#4c72b0")
    left.set_title(f"Tickets received, {r.month}")
    left.yaxis.get_major_locator().set_params(integer=True)
    left.tick_params(axis="x", rotation=30)
    right.bar(list(limits), [v * 100 for v in limits.values()], color="#dd8452")
    right.set_title("Time limits breached (%)")
    right.set_ylim(0, 100)
    right.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
