from enum import StrEnum


class TicketOutLevel(StrEnum):
    AGENT = "agent"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"

    def __str__(self) -> str:
        return str(self.value)
