from enum import StrEnum


class FirstContactResolution(StrEnum):
    COMPENSATION = "compensation"
    EXCHANGE = "exchange"
    EXPLANATION = "explanation"
    INSTALLATION = "installation"
    INVOICE_REISSUE = "invoice_reissue"
    PARTIAL_REFUND = "partial_refund"
    REFUND = "refund"
    REPAIR = "repair"
    REPLACEMENT_PARTS = "replacement_parts"

    def __str__(self) -> str:
        return str(self.value)
