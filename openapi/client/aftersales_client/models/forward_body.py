from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.forward_body_department import ForwardBodyDepartment
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForwardBody")


@_attrs_define
class ForwardBody:
    """
    Attributes:
        department (ForwardBodyDepartment):
        note (str | Unset):  Default: ''.
    """

    department: ForwardBodyDepartment
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        department = self.department.value

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "department": department,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = ForwardBodyDepartment(d.pop("department"))

        note = d.pop("note", UNSET)

        forward_body = cls(
            department=department,
            note=note,
        )

        return forward_body
