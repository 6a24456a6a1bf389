from enum import StrEnum


class ApprovalBodyType(StrEnum):
    FINANCE_REVIEW = "finance_review"
    GENERAL_MANAGER = "general_manager"
    MAJOR_FILING = "major_filing"
    MANAGER_SIGNOFF = "manager_signoff"
    ONSITE_REPAIR = "onsite_repair"
    PRODUCT_MANAGER = "product_manager"
    SUPERVISOR_REVIEW = "supervisor_review"
    SUPERVISOR_SIGNOFF = "supervisor_signoff"

    def __str__(self) -> str:
        return str(self.value)
