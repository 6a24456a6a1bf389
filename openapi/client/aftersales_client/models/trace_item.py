from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trace_item_outcome import TraceItemOutcome

T = TypeVar("T", bound="TraceItem")


@_attrs_define
class TraceItem:
    """
    Attributes:
        code (str):
        outcome (TraceItemOutcome):
        message (str):
        message_zh (str):
    """

    code: str
    outcome: TraceItemOutcome
    message: str
    message_zh: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        outcome = self.outcome.value

        message = self.message

        message_zh = self.message_zh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "outcome": outcome,
                "message": message,
                "message_zh": message_zh,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        outcome = TraceItemOutcome(d.pop("outcome"))

        message = d.pop("message")

        message_zh = d.pop("message_zh")

        trace_item = cls(
            code=code,
            outcome=outcome,
            message=message,
            message_zh=message_zh,
        )

        trace_item.additional_properties = d
        return trace_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
