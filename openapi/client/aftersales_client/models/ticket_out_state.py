from enum import StrEnum


class TicketOutState(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    CONFIRMED = "confirmed"
    RECEIVED = "received"
    REJECTED = "rejected"
    RESOLVED = "resolved"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
