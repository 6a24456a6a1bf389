from enum import StrEnum


class ApprovalBodyType(StrEnum):
    FINANCE_REVIEW = "finance_review"
    GENERAL_MANAGER = "general_manager"
    MAJOR_FILING = "major_filing"
    ONSITE_REPAIR = "onsite_repair"
    PRODUCT_MANAGER = "product_manager"

    def __str__(self) -> str:
        return str(self.value)
