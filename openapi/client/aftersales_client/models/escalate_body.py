from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.escalate_body_trigger import EscalateBodyTrigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalateBody")


@_attrs_define
class EscalateBody:
    """
    Attributes:
        trigger (EscalateBodyTrigger):
        note (str | Unset):  Default: ''.
    """

    trigger: EscalateBodyTrigger
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        trigger = self.trigger.value

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "trigger": trigger,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger = EscalateBodyTrigger(d.pop("trigger"))

        note = d.pop("note", UNSET)

        escalate_body = cls(
            trigger=trigger,
            note=note,
        )

        return escalate_body
