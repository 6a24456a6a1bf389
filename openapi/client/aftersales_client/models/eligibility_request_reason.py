from enum import StrEnum


class EligibilityRequestReason(StrEnum):
    APPEARANCE_DEFECT = "appearance_defect"
    MISLABELED_LISTING = "mislabeled_listing"
    NO_REASON = "no_reason"
    QUALITY_DEFECT = "quality_defect"
    WRONG_ITEM = "wrong_item"

    def __str__(self) -> str:
        return str(self.value)
