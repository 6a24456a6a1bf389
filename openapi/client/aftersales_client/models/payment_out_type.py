from enum import StrEnum


class PaymentOutType(StrEnum):
    COMPENSATION = "compensation"
    PARTIAL_REFUND = "partial_refund"
    REFUND = "refund"

    def __str__(self) -> str:
        return str(self.value)
