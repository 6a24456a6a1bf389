from enum import StrEnum


class ComplaintInCategory(StrEnum):
    AFTER_SALES = "after_sales"
    BILLING = "billing"
    CONTRACT = "contract"
    DELIVERY_DELAY = "delivery_delay"
    OTHER = "other"
    PRODUCT_QUALITY = "product_quality"
    SERVICE_ATTITUDE = "service_attitude"
    TRANSPORT_DAMAGE = "transport_damage"

    def __str__(self) -> str:
        return str(self.value)
