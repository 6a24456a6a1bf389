from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovalOut")


@_attrs_define
class ApprovalOut:
    """
    Attributes:
        type_ (str):
        approved (bool):
        actor (str):
        role (str):
        note (str):
        at (datetime.datetime):
    """

    type_: str
    approved: bool
    actor: str
    role: str
    note: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        approved = self.approved

        actor = self.actor

        role = self.role

        note = self.note

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "approved": approved,
                "actor": actor,
                "role": role,
                "note": note,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        approved = d.pop("approved")

        actor = d.pop("actor")

        role = d.pop("role")

        note = d.pop("note")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        approval_out = cls(
            type_=type_,
            approved=approved,
            actor=actor,
            role=role,
            note=note,
            at=at,
        )

        approval_out.additional_properties = d
        return approval_out

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
