from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Kept")


@_attrs_define
class Kept:
    """
    Attributes:
        invoice (bool | Unset):  Default: False.
        original_packaging (bool | Unset):  Default: False.
        accessories (bool | Unset):  Default: False.
        gifts (bool | Unset):  Default: False.
    """

    invoice: bool | Unset = False
    original_packaging: bool | Unset = False
    accessories: bool | Unset = False
    gifts: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice

        original_packaging = self.original_packaging

        accessories = self.accessories

        gifts = self.gifts

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if original_packaging is not UNSET:
            field_dict["original_packaging"] = original_packaging
        if accessories is not UNSET:
            field_dict["accessories"] = accessories
        if gifts is not UNSET:
            field_dict["gifts"] = gifts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice = d.pop("invoice", UNSET)

        original_packaging = d.pop("original_packaging", UNSET)

        accessories = d.pop("accessories", UNSET)

        gifts = d.pop("gifts", UNSET)

        kept = cls(
            invoice=invoice,
            original_packaging=original_packaging,
            accessories=accessories,
            gifts=gifts,
        )

        return kept
