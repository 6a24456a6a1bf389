from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_part import QuotePart


T = TypeVar("T", bound="QuoteBody")


@_attrs_define
class QuoteBody:
    """
    Attributes:
        total (str):
        parts (list[QuotePart] | Unset):
        labour (str | Unset):  Default: '0.00'.
        travel (str | Unset):  Default: '0.00'.
        note (str | Unset):  Default: ''.
    """

    total: str
    parts: list[QuotePart] | Unset = UNSET
    labour: str | Unset = "0.00"
    travel: str | Unset = "0.00"
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        labour = self.labour

        travel = self.travel

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total": total,
            }
        )
        if parts is not UNSET:
            field_dict["parts"] = parts
        if labour is not UNSET:
            field_dict["labour"] = labour
        if travel is not UNSET:
            field_dict["travel"] = travel
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_part import QuotePart  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        _parts = d.pop("parts", UNSET)
        parts: list[QuotePart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = QuotePart.from_dict(parts_item_data)

                parts.append(parts_item)

        labour = d.pop("labour", UNSET)

        travel = d.pop("travel", UNSET)

        note = d.pop("note", UNSET)

        quote_body = cls(
            total=total,
            parts=parts,
            labour=labour,
            travel=travel,
            note=note,
        )

        return quote_body
