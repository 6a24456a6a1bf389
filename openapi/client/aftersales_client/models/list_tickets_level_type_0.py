from enum import StrEnum


class ListTicketsLevelType0(StrEnum):
    AGENT = "agent"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"

    def __str__(self) -> str:
        return str(self.value)
