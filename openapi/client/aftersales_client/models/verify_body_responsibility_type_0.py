from enum import StrEnum


class VerifyBodyResponsibilityType0(StrEnum):
    CARRIER = "carrier"
    COMPANY = "company"
    CUSTOMER = "customer"
    MANUFACTURER = "manufacturer"
    UNCLEAR = "unclear"

    def __str__(self) -> str:
        return str(self.value)
