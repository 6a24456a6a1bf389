from enum import StrEnum


class ForwardBodyDepartment(StrEnum):
    FINANCE = "finance"
    LOGISTICS = "logistics"
    OTHER = "other"
    PRODUCT = "product"
    QUALITY = "quality"
    SALES = "sales"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
