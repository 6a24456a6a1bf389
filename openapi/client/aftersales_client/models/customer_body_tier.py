from enum import StrEnum


class CustomerBodyTier(StrEnum):
    KEY = "key"
    REGULAR = "regular"
    VIP = "vip"

    def __str__(self) -> str:
        return str(self.value)
