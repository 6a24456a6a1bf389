from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaseOut")


@_attrs_define
class CaseOut:
    """
    Attributes:
        ticket (str):
        kind (str):
        sku (None | str):
        product_category (None | str):
        category (str):
        department (str):
        lesson (str):
        resolution (None | str):
        closed_at (datetime.datetime):
    """

    ticket: str
    kind: str
    sku: None | str
    product_category: None | str
    category: str
    department: str
    lesson: str
    resolution: None | str
    closed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        kind = self.kind

        sku: None | str
        sku = self.sku

        product_category: None | str
        product_category = self.product_category

        category = self.category

        department = self.department

        lesson = self.lesson

        resolution: None | str
        resolution = self.resolution

        closed_at = self.closed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
                "kind": kind,
                "sku": sku,
                "product_category": product_category,
                "category": category,
                "department": department,
                "lesson": lesson,
                "resolution": resolution,
                "closed_at": closed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = d.pop("ticket")

        kind = d.pop("kind")

        def _parse_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sku = _parse_sku(d.pop("sku"))

        def _parse_product_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_category = _parse_product_category(d.pop("product_category"))

        category = d.pop("category")

        department = d.pop("department")

        lesson = d.pop("lesson")

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        closed_at = datetime.datetime.fromisoformat(d.pop("closed_at"))

        case_out = cls(
            ticket=ticket,
            kind=kind,
            sku=sku,
            product_category=product_category,
            category=category,
            department=department,
            lesson=lesson,
            resolution=resolution,
            closed_at=closed_at,
        )

        case_out.additional_properties = d
        return case_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
