from enum import StrEnum


class CustomerOutTier(StrEnum):
    KEY = "key"
    REGULAR = "regular"
    VIP = "vip"

    def __str__(self) -> str:
        return str(self.value)
