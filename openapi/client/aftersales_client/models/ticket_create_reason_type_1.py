from enum import StrEnum


class TicketCreateReasonType1(StrEnum):
    INVOICE_LOST = "invoice_lost"
    INVOICE_WRONG = "invoice_wrong"

    def __str__(self) -> str:
        return str(self.value)
