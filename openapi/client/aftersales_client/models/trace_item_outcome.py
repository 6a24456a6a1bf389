from enum import StrEnum


class TraceItemOutcome(StrEnum):
    FAIL = "fail"
    INFO = "info"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
