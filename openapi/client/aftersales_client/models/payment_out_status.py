from enum import StrEnum


class PaymentOutStatus(StrEnum):
    PAID = "paid"
    REQUESTED = "requested"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)
