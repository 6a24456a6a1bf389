from enum import StrEnum


class EscalateBodyTrigger(StrEnum):
    CUSTOMER_INSISTS_SUPERIOR = "customer_insists_superior"
    CUSTOMER_UNSATISFIED = "customer_unsatisfied"
    DEPARTMENT_UNCOOPERATIVE = "department_uncooperative"

    def __str__(self) -> str:
        return str(self.value)
