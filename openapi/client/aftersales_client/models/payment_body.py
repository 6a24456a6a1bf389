from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentBody")


@_attrs_define
class PaymentBody:
    """
    Attributes:
        reference (str):
        note (str | Unset):  Default: ''.
    """

    reference: str
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        note = d.pop("note", UNSET)

        payment_body = cls(
            reference=reference,
            note=note,
        )

        return payment_body
