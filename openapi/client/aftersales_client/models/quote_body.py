from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_part import QuotePart


T = TypeVar("T", bound="QuoteBody")


@_attrs_define
class QuoteBody:
    """
    Attributes:
        total (float | str):
        parts (list[QuotePart] | Unset):
        labour (float | str | Unset):  Default: 0.0.
        travel (float | str | Unset):  Default: 0.0.
        note (str | Unset):  Default: ''.
    """

    total: float | str
    parts: list[QuotePart] | Unset = UNSET
    labour: float | str | Unset = 0.0
    travel: float | str | Unset = 0.0
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        total: float | str
        total = self.total

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        labour: float | str | Unset
        if isinstance(self.labour, Unset):
            labour = UNSET
        else:
            labour = self.labour

        travel: float | str | Unset
        if isinstance(self.travel, Unset):
            travel = UNSET
        else:
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

        def _parse_total(data: object) -> float | str:
            return cast(float | str, data)

        total = _parse_total(d.pop("total"))

        _parts = d.pop("parts", UNSET)
        parts: list[QuotePart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = QuotePart.from_dict(parts_item_data)

                parts.append(parts_item)

        def _parse_labour(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        labour = _parse_labour(d.pop("labour", UNSET))

        def _parse_travel(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        travel = _parse_travel(d.pop("travel", UNSET))

        note = d.pop("note", UNSET)

        quote_body = cls(
            total=total,
            parts=parts,
            labour=labour,
            travel=travel,
            note=note,
        )

        return quote_body
