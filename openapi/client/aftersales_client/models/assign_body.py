from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignBody")


@_attrs_define
class AssignBody:
    """
    Attributes:
        owner (str):
    """

    owner: str

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "owner": owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        owner = d.pop("owner")

        assign_body = cls(
            owner=owner,
        )

        return assign_body
