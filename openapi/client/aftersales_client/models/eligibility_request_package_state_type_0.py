from enum import StrEnum


class EligibilityRequestPackageStateType0(StrEnum):
    SEALED = "sealed"
    SEMI_SEALED = "semi_sealed"
    UNSEALED = "unsealed"

    def __str__(self) -> str:
        return str(self.value)
