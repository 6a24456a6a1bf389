from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.approval_body_type import ApprovalBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalBody")


@_attrs_define
class ApprovalBody:
    """
    Attributes:
        type_ (ApprovalBodyType):
        approved (bool | Unset):  Default: True.
        note (str | Unset):  Default: ''.
    """

    type_: ApprovalBodyType
    approved: bool | Unset = True
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        approved = self.approved

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if approved is not UNSET:
            field_dict["approved"] = approved
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ApprovalBodyType(d.pop("type"))

        approved = d.pop("approved", UNSET)

        note = d.pop("note", UNSET)

        approval_body = cls(
            type_=type_,
            approved=approved,
            note=note,
        )

        return approval_body
