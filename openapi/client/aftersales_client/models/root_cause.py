from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RootCause")


@_attrs_define
class RootCause:
    """
    Attributes:
        category (str):
        department (str):
        lesson (str):
    """

    category: str
    department: str
    lesson: str

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        department = self.department

        lesson = self.lesson

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "department": department,
                "lesson": lesson,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        department = d.pop("department")

        lesson = d.pop("lesson")

        root_cause = cls(
            category=category,
            department=department,
            lesson=lesson,
        )

        return root_cause
