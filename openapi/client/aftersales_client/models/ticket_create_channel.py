from enum import StrEnum


class TicketCreateChannel(StrEnum):
    APP = "app"
    CHAT = "chat"
    EMAIL = "email"
    FAX = "fax"
    HOTLINE = "hotline"
    IN_PERSON = "in_person"
    LETTER = "letter"
    PHONE = "phone"
    SALES_REP = "sales_rep"
    SOCIAL = "social"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
