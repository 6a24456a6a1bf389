from enum import StrEnum


class PaymentOutSale(StrEnum):
    AFTER_SALE = "after_sale"
    BEFORE_SALE = "before_sale"

    def __str__(self) -> str:
        return str(self.value)
