"""Request and response bodies of the HTTP contract (api.md). Names here are binding."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .fields import MAX_AMOUNT, WHOLE, Amount, Day, Flag, Instant, text
from .rules.vocabulary import (
    GOODS_KINDS,
    Category,
    Channel,
    EvidenceType,
    GoodsReason,
    InvoiceReason,
    Kind,
    Level,
    MajorFlag,
    PackageState,
    PaymentMethod,
    Priority,
    Responsibility,
    State,
    Tier,
)

Reason = GoodsReason | InvoiceReason
ResolutionType = Literal[
    "refund",
    "partial_refund",
    "exchange",
    "repair",
    "replacement_parts",
    "invoice_reissue",
    "compensation",
    "explanation",
    "installation",
]
ApprovalType = Literal[
    "product_manager",
    "major_filing",
    "finance_review",
    "general_manager",
    "onsite_repair",
    "supervisor_review",
    "supervisor_signoff",
    "manager_signoff",
]
Department = Literal["quality", "logistics", "finance", "sales", "product", "technical", "other"]
EscalationTrigger = Literal["customer_unsatisfied", "customer_insists_superior", "department_uncooperative"]

Text = Annotated[str, text(4000)]
ShortText = Annotated[str, text(200, 1)]
Id = Annotated[str, text(64, 1)]
Url = Annotated[str, text(2000)]


def cross_field(message: str) -> PydanticCustomError:
    """A rule that spans fields (the document states it in words): its own error type, so
    clients and the fuzzer tell it from a single field's limit."""
    return PydanticCustomError("cross_field", message)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Customer(Body):
    id: Id
    name: ShortText | None = None
    phone: Annotated[str, text(32)] | None = None
    email: Annotated[str, text(200)] | None = None
    address: (
        Annotated[str, text(500), Field(description="Where the carrier collects a company-side return.")]
        | None
    ) = None


class Payment(Body):
    method: PaymentMethod
    amount: Amount


class Order(Body):
    id: Id
    invoice_no: Annotated[str, text(64)] | None = None
    invoice_date: Day
    delivered_at: Instant | None = None
    payments: Annotated[list[Payment], Field(max_length=20)] = []


class Item(Body):
    sku: Id
    name: ShortText
    quantity: Annotated[int, Field(ge=1, le=100_000), WHOLE] = 1
    unit_price: Amount
    category: Annotated[str, text(64)] | None = None
    ordered_quantity: Annotated[int, Field(ge=1, le=100_000), WHOLE] | None = Field(
        None, description="What the order line holds (DUPLICATE_CLAIM); default this ticket's quantity."
    )

    @model_validator(mode="after")
    def _within_line(self) -> Self:
        if self.ordered_quantity is not None and self.quantity > self.ordered_quantity:
            raise cross_field("quantity exceeds the order line's ordered_quantity")
        return self


class Kept(Body):
    invoice: Flag = False
    original_packaging: Flag = False
    accessories: Flag = False
    gifts: Flag = False


class Evidence(Body):
    type: EvidenceType
    url: Url | None = None


class ComplaintIn(Body):
    category: Category
    priority: Priority = "medium"
    major_flags: Annotated[list[MajorFlag], Field(max_length=20)] = []
    claimed_compensation: Amount = Decimal("0.00")
    received_by: ShortText | None = Field(
        None, description="The department or person who first took the complaint (HANDOVER_30MIN)."
    )
    received_at: Instant | None = Field(None, description="When they took it.")

    @model_validator(mode="after")
    def _handover(self) -> Self:
        if (self.received_by is None) != (self.received_at is None):
            raise cross_field("received_by and received_at go together")
        return self


class FirstContact(Body):
    resolution: ResolutionType = "explanation"
    note: Text = ""


class TicketCreate(Body):
    store: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,64}$")] | None = Field(
        None, description="The store the ticket belongs to (agents; a storefront key's own store)."
    )
    kind: Kind
    channel: Channel
    customer: Customer
    order: Order | None = None
    items: Annotated[list[Item], Field(max_length=200)] = []
    reason: Reason | None = None
    package_state: PackageState | None = None
    outer_packaging_intact: Flag | None = None
    kept: Kept | None = None
    evidence: Annotated[list[Evidence], Field(max_length=50)] = []
    description: Text | None = None
    complaint: ComplaintIn | None = None
    first_contact_resolution: FirstContact | None = None
    onsite: Flag = Field(False, description="Repair: the customer insists on on-site service.")
    appointment_at: Instant | None = Field(
        None,
        description="On-site repairs and installations: when the technician is wanted (APPOINTMENT).",
    )

    @model_validator(mode="after")
    def _by_kind(self) -> Self:
        if self.appointment_at is not None and not (
            self.kind == "installation" or (self.kind == "repair" and self.onsite)
        ):
            raise cross_field("appointment_at is for installations and on-site repairs")
        goods = sum((i.unit_price * i.quantity for i in self.items), Decimal("0.00"))
        if goods > MAX_AMOUNT:
            raise cross_field(f"the goods add up to more than {MAX_AMOUNT}")
        needs_goods = self.kind in GOODS_KINDS or self.kind == "repair"
        if needs_goods and (self.order is None or not self.items or self.reason is None):
            raise cross_field(f"order, items and reason are required for a {self.kind}")
        if needs_goods and self.reason in ("invoice_lost", "invoice_wrong"):
            raise cross_field(f"reason {self.reason} is for invoice tickets")
        if self.kind == "invoice" and self.reason not in (None, "invoice_lost", "invoice_wrong"):
            raise cross_field("an invoice ticket's reason is invoice_lost or invoice_wrong")
        if self.kind == "complaint" and self.complaint is None:
            raise cross_field("complaint is required for a complaint")
        return self


class EligibilityRequest(Body):
    kind: Literal["return", "exchange", "repair"]
    reason: GoodsReason
    invoice_date: Day
    request_date: Day | None = None
    package_state: PackageState | None = None
    goods_amount: Amount
    product_category: Annotated[str, text(64)] | None = None
    outer_packaging_intact: Flag | None = None
    kept: Kept | None = None
    evidence: Annotated[list[EvidenceType], Field(max_length=50)] = []
    responsibility: Responsibility | None = None
    onsite: Flag = False


class VerifyBody(Body):
    responsibility: Responsibility | None = None
    note: Text = ""
    evidence: Annotated[list[Evidence], Field(max_length=50)] = Field(
        [], description="Evidence received since the request."
    )
    kept: Kept | None = None
    outer_packaging_intact: Flag | None = None


class RejectBody(Body):
    code: Annotated[str, text(40, 1)] = "other"
    note: Text = ""


class Resolution(Body):
    type: ResolutionType
    amount: Amount | None = None
    exchange_cost: Amount | None = Field(
        None, description="partial_refund: what an exchange would cost; default the goods amount."
    )
    note: Text = ""
    cause: Text | None = Field(None, description="repair: the fault's cause (REPAIR_REPORT).")
    fix: Text | None = Field(None, description="repair: what was done.")
    parts: Annotated[list[ShortText], Field(max_length=100)] | None = Field(
        None, description="repair: the parts replaced; may be empty but must be given."
    )


class ResolveBody(Body):
    resolution: Resolution


class NoteBody(Body):
    note: Text = ""


class InspectionBody(Body):
    inspector: ShortText
    invoice_returned: Flag
    outer_packaging_intact: Flag
    accessories_complete: Flag
    gifts_complete: Flag
    seal_intact: Flag | None = None
    notes: Text = ""
    photos: Annotated[list[Url], Field(max_length=50)] = []


class CustomerBody(Body):
    name: ShortText | None = None
    tier: Tier = "regular"
    blocked: Flag = False
    blocked_reason: Text | None = None


class CustomerOut(BaseModel):
    id: str
    name: str | None
    tier: Tier
    blocked: bool
    blocked_reason: str | None
    claims_recent: int = Field(
        description="Return, exchange and compensation claims in the last claims_days."
    )
    claims_days: int
    paid_recent: str = Field(description="Paid out to the customer in the last paid_days.")
    paid_days: int
    version: int
    created_at: datetime
    updated_at: datetime


class QuotePart(Body):
    name: ShortText
    amount: Amount


class QuoteBody(Body):
    parts: Annotated[list[QuotePart], Field(max_length=100)] = []
    labour: Amount = Decimal("0.00")
    travel: Amount = Decimal("0.00")
    total: Amount
    note: Text = ""

    @model_validator(mode="after")
    def _adds_up(self) -> Self:
        parts = sum((p.amount for p in self.parts), Decimal("0.00"))
        if parts + self.labour + self.travel != self.total:
            raise cross_field(
                f"total {self.total:.2f} is not parts {parts:.2f} + labour {self.labour:.2f}"
                f" + travel {self.travel:.2f}"
            )
        return self


class QuoteDecisionBody(Body):
    accepted: Flag
    note: Text = ""


class PaymentBody(Body):
    reference: Annotated[str, text(100, 1)]
    note: Text = ""


class ApprovalBody(Body):
    type: ApprovalType
    approved: Flag = True
    note: Text = ""


class EscalateBody(Body):
    trigger: EscalationTrigger
    note: Text = ""


class ContactBody(Body):
    channel: Channel
    summary: Annotated[str, text(4000, 1)]


class SurveyBody(Body):
    score: Annotated[int, Field(ge=1, le=5), WHOLE] | None = None
    comment: Text = ""
    declined: Flag = Field(False, description="The customer refused the survey (SURVEY_REQUIRED).")

    @model_validator(mode="after")
    def _answered_or_declined(self) -> Self:
        if (self.score is None) != self.declined:
            raise cross_field("give a score, or declined: true")
        return self


class RootCause(Body):
    category: ShortText
    department: ShortText
    lesson: Annotated[str, text(4000, 1)]


class CloseBody(Body):
    note: Text = ""
    root_cause: RootCause | None = Field(
        None, description="Complaints and quality defects: the cause, for the case library (ROOT_CAUSE)."
    )


class VisitBody(Body):
    technician: ShortText
    arrived_at: Instant
    note: Text = ""


class AssignBody(Body):
    owner: Annotated[str, text(100, 1)]


class ForwardBody(Body):
    department: Department
    note: Text = ""


class RemedyBody(Body):
    steps: Annotated[list[Annotated[str, text(1000, 1)]], Field(min_length=1, max_length=50)] = Field(
        description="Corrective steps."
    )
    preventive: Annotated[list[Annotated[str, text(1000, 1)]], Field(min_length=1, max_length=50)] = Field(
        description="Preventive steps (补救和预防措施, REMEDY_10WD)."
    )
    deadline: Day
    responsible: ShortText
    note: Text = ""


# Responses: documented for clients; the service builds them directly.


class TraceItem(BaseModel):
    code: str
    outcome: Literal["pass", "fail", "info"]
    message: str
    message_zh: str


class DecisionOut(BaseModel):
    eligible: bool
    kind: str
    days_since_invoice: int | None = None
    alternatives: list[str]
    responsibility: str | None = None
    pickup: bool
    goods_amount: str | None = None
    restocking_fee: str | None = None
    refund_amount: str | None = None
    missing: list[str]
    required_approvals: list[str]
    notify: list[str]
    major: bool = False
    priority: str = "medium"
    level: str = "agent"
    flags: list[str] = []
    warranty: bool | None = None
    policy_version: str
    trace: list[TraceItem]


class Due(BaseModel):
    first_response: datetime | None = None
    verify: datetime | None = None
    report: datetime | None = None
    forward: datetime | None = None
    remedy: datetime | None = None
    refund: datetime | None = None
    contact: datetime | None = None
    archive: datetime | None = None
    handover: datetime | None = None
    appointment: datetime | None = None


class ApprovalOut(BaseModel):
    type: str
    approved: bool
    actor: str
    role: str
    note: str
    at: datetime


class InspectionOut(BaseModel):
    passed: bool
    failed: list[str]
    inspector: str
    checks: dict[str, bool | None]
    notes: str
    photos: list[str]
    corrected: bool
    actor: str
    at: datetime


class QuoteOut(BaseModel):
    n: int
    parts: list[dict[str, str]]
    labour: str
    travel: str
    total: str
    note: str
    status: Literal["pending", "accepted", "refused"]
    actor: str
    at: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None


class SignOff(BaseModel):
    by: str
    at: datetime


class PaymentOut(BaseModel):
    """The signed refund request of a money resolution and, once paid, its payment."""

    n: int
    type: Literal["refund", "partial_refund", "compensation"]
    amount: str
    parts: list[dict[str, str]]
    order_id: str | None
    methods: list[str]
    reason: str | None
    sale: Literal["before_sale", "after_sale"]
    status: Literal["requested", "paid", "void"]
    requested_at: datetime
    supervisor_signoff: SignOff | None
    manager_signoff: SignOff | None
    reference: str | None
    paid_by: str | None
    paid_at: datetime | None
    note: str | None


class TicketOut(BaseModel):
    id: str
    number: str
    store: str
    kind: Kind
    state: State
    level: Level
    priority: Priority
    major: bool
    owner: str
    channel: Channel
    customer: dict[str, Any]
    order: dict[str, Any] | None
    items: list[dict[str, Any]]
    reason: str | None
    package_state: str | None
    complaint: dict[str, Any] | None
    decision: DecisionOut
    resolution: dict[str, Any] | None
    inspection: InspectionOut | None
    approvals: list[ApprovalOut]
    quotes: list[QuoteOut]
    payments: list[PaymentOut]
    handling: dict[str, Any] | None
    pickup_requested_at: datetime | None
    due: Due
    overdue: list[str]
    breached: list[str] = Field(description="Every time limit missed so far, met late or still open.")
    appointment_at: datetime | None
    visits: list[dict[str, Any]]
    root_cause: dict[str, str] | None
    flags: list[str]
    satisfaction: dict[str, Any] | None
    policy_version: str
    version: int
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None


class TicketPage(BaseModel):
    items: list[TicketOut]
    next_cursor: str | None


class EventOut(BaseModel):
    seq: int
    at: datetime
    actor: str
    type: str
    from_state: str | None
    to_state: str | None
    data: dict[str, Any]


class CaseOut(BaseModel):
    ticket: str
    kind: str
    sku: str | None
    product_category: str | None
    category: str
    department: str
    lesson: str
    resolution: str | None
    closed_at: datetime


class CasePage(BaseModel):
    items: list[CaseOut]
    next_cursor: str | None


class EventPage(BaseModel):
    items: list[EventOut]
    next_cursor: str | None


class InspectionResultOut(BaseModel):
    passed: bool
    failed: list[str]
    trace: list[TraceItem]
    ticket: TicketOut


class QuoteResultOut(QuoteOut):
    ticket: TicketOut


class PolicyOut(BaseModel):
    version: str
    parameters: dict[str, Any]
    calendar: dict[str, Any]


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem document: every error response, as application/problem+json."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    instance: str = Field(description="The request path.")
    trace: list[TraceItem] | None = Field(None, description="The rules evaluated, for rule failures.")
    errors: list[FieldError] | None = Field(None, description="Each invalid field, for validation errors.")


class BreachRate(BaseModel):
    total: int
    breached: int
    rate: float | None


class ProcessingTime(BaseModel):
    average: float | None
    p90: int | None


class Satisfaction(BaseModel):
    answered: int
    satisfied: int
    rate: float | None


class SurveyResponse(BaseModel):
    closed: int
    responded: int = Field(description="Closed in the month with the survey answered or declined.")
    rate: float | None


class RootCauseCount(BaseModel):
    key: str | None
    tickets: int


class MonthlyReport(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    month: str
    timezone: str
    from_: str = Field(alias="from", description="Start of the month in UTC (ISO 8601).")
    to: str = Field(description="End of the month (exclusive) in UTC (ISO 8601).")
    complete: bool
    received: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_category: dict[str, int]
    by_state: dict[str, int]
    closed: int
    resolution_rate: float | None
    processing_seconds: ProcessingTime
    time_limits: dict[str, BreachRate]
    satisfaction: Satisfaction
    refunds_total: str
    restocking_fees_total: str
    compensation_total: str
    repair_charges_total: str
    repeat_repairs: int
    survey: SurveyResponse
    pickups: int
    frequent_claimant_tickets: int
    blocked_customer_tickets: int
    top_root_causes: dict[str, list[RootCauseCount]]


class Health(BaseModel):
    status: str


# Events and webhooks (api.md "Events and webhooks").
EventType = Literal[
    "ticket.created",
    "ticket.verified",
    "ticket.rejected",
    "ticket.resolved",
    "ticket.confirmed",
    "ticket.appealed",
    "ticket.closed",
    "ticket.cancelled",
    "ticket.escalated",
    "ticket.inspected",
    "ticket.assigned",
    "ticket.forwarded",
    "approval.recorded",
    "quote.created",
    "quote.decided",
    "payment.recorded",
    "contact.recorded",
    "survey.recorded",
    "remedy.recorded",
    "visit.recorded",
    "deadline.breached",
    "pickup.requested",
    "customer.notification",
]


class FeedEvent(BaseModel):
    id: str = Field(description="evt_<position>; the webhook-id of its deliveries.")
    position: int
    type: EventType
    ticket: str = Field(description="The ticket's number (the RMA number).")
    at: datetime
    data: dict[str, Any]


class FeedPage(BaseModel):
    items: list[FeedEvent]
    next_cursor: str = Field(description="Pass as `after` to read on; unchanged when nothing is new.")


class WebhookBody(Body):
    url: Annotated[
        str,
        Field(
            min_length=1,
            max_length=2000,
            # Printable ASCII only ([!-~]: no space, no control, nothing outside
            # ASCII, percent-encoded instead): `\s` means more in Python than in the
            # JSON Schema's regular expressions (U+0085, say), so a client validating
            # by the schema would send what the service refuses.
            pattern=r"^(https://[!-~]+|http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]{1,5})?(/[!-~]*)?)$",
            description="https://, or http:// to a loopback host; printable ASCII (percent-encode the rest).",
        ),
    ]
    events: Annotated[list[EventType | Literal["*"]], Field(min_length=1, max_length=30)]
    description: Annotated[str, text(500)] = ""


class WebhookOut(BaseModel):
    id: str
    url: str
    events: list[str]
    description: str
    created_by: str
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="whsec_ + base64: shown this once only.")


class WebhookList(BaseModel):
    items: list[WebhookOut]


class AttemptOut(BaseModel):
    n: int
    at: datetime
    status: int | None = Field(description="The receiver's HTTP status; null when none came.")
    error: str | None
    ms: int


DeliveryStatus = Literal["pending", "delivered", "failed"]


class DeliveryOut(BaseModel):
    id: int
    event: str
    type: str
    ticket_id: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    log: list[AttemptOut]


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    next_cursor: str | None
