from enum import StrEnum


class WebhookBodyEventsItemType0(StrEnum):
    APPROVAL_RECORDED = "approval.recorded"
    CONTACT_RECORDED = "contact.recorded"
    CUSTOMER_NOTIFICATION = "customer.notification"
    DEADLINE_BREACHED = "deadline.breached"
    PAYMENT_RECORDED = "payment.recorded"
    PICKUP_REQUESTED = "pickup.requested"
    QUOTE_CREATED = "quote.created"
    QUOTE_DECIDED = "quote.decided"
    REMEDY_RECORDED = "remedy.recorded"
    SURVEY_RECORDED = "survey.recorded"
    TICKET_APPEALED = "ticket.appealed"
    TICKET_ASSIGNED = "ticket.assigned"
    TICKET_CANCELLED = "ticket.cancelled"
    TICKET_CLOSED = "ticket.closed"
    TICKET_CONFIRMED = "ticket.confirmed"
    TICKET_CREATED = "ticket.created"
    TICKET_ESCALATED = "ticket.escalated"
    TICKET_FORWARDED = "ticket.forwarded"
    TICKET_INSPECTED = "ticket.inspected"
    TICKET_REJECTED = "ticket.rejected"
    TICKET_RESOLVED = "ticket.resolved"
    TICKET_VERIFIED = "ticket.verified"
    VISIT_RECORDED = "visit.recorded"

    def __str__(self) -> str:
        return str(self.value)
