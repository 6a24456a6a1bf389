from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectBody")


@_attrs_define
class RejectBody:
    """
    Attributes:
        code (str | Unset):  Default: 'other'.
        note (str | Unset):  Default: ''.
    """

    code: str | Unset = "other"
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        note = d.pop("note", UNSET)

        reject_body = cls(
            code=code,
            note=note,
        )

        return reject_body
