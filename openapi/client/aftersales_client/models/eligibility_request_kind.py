from enum import StrEnum


class EligibilityRequestKind(StrEnum):
    EXCHANGE = "exchange"
    REPAIR = "repair"
    RETURN = "return"

    def __str__(self) -> str:
        return str(self.value)
