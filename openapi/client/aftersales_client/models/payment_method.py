from enum import StrEnum


class PaymentMethod(StrEnum):
    CARD = "card"
    CASH = "cash"
    COUPON = "coupon"
    POINTS = "points"
    STORE_CARD = "store_card"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
