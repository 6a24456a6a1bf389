from enum import StrEnum


class EvidenceType(StrEnum):
    COURIER_UNBOXING_PROOF = "courier_unboxing_proof"
    INSPECTION_REPORT = "inspection_report"
    LISTING_SCREENSHOT = "listing_screenshot"
    MANUFACTURER_CONFIRMATION = "manufacturer_confirmation"
    PHOTOS = "photos"

    def __str__(self) -> str:
        return str(self.value)
