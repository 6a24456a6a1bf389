from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuotePart")


@_attrs_define
class QuotePart:
    """
    Attributes:
        name (str):
        amount (str):
    """

    name: str
    amount: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        amount = d.pop("amount")

        quote_part = cls(
            name=name,
            amount=amount,
        )

        return quote_part
