from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        sku (str):
        name (str):
        unit_price (str):
        quantity (int | Unset):  Default: 1.
        category (None | str | Unset):
        ordered_quantity (int | None | Unset): What the order line holds (DUPLICATE_CLAIM); default this ticket's
            quantity.
    """

    sku: str
    name: str
    unit_price: str
    quantity: int | Unset = 1
    category: None | str | Unset = UNSET
    ordered_quantity: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        name = self.name

        unit_price = self.unit_price

        quantity = self.quantity

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        ordered_quantity: int | None | Unset
        if isinstance(self.ordered_quantity, Unset):
            ordered_quantity = UNSET
        else:
            ordered_quantity = self.ordered_quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sku": sku,
                "name": name,
                "unit_price": unit_price,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if category is not UNSET:
            field_dict["category"] = category
        if ordered_quantity is not UNSET:
            field_dict["ordered_quantity"] = ordered_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sku = d.pop("sku")

        name = d.pop("name")

        unit_price = d.pop("unit_price")

        quantity = d.pop("quantity", UNSET)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_ordered_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ordered_quantity = _parse_ordered_quantity(d.pop("ordered_quantity", UNSET))

        item = cls(
            sku=sku,
            name=name,
            unit_price=unit_price,
            quantity=quantity,
            category=category,
            ordered_quantity=ordered_quantity,
        )

        return item
