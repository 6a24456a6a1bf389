from enum import StrEnum


class ComplaintInCategory(StrEnum):
    AFTER_SALES = "after_sales"
    BILLING = "billing"
    DELIVERY_DELAY = "delivery_delay"
    OTHER = "other"
    PRODUCT_QUALITY = "product_quality"
    SERVICE_ATTITUDE = "service_attitude"

    def __str__(self) -> str:
        return str(self.value)
