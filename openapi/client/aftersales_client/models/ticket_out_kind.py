from enum import StrEnum


class TicketOutKind(StrEnum):
    ACCESSORY = "accessory"
    COMPLAINT = "complaint"
    EXCHANGE = "exchange"
    INQUIRY = "inquiry"
    INSTALLATION = "installation"
    INVOICE = "invoice"
    REFUND = "refund"
    REPAIR = "repair"
    RETURN = "return"
    SUGGESTION = "suggestion"

    def __str__(self) -> str:
        return str(self.value)
