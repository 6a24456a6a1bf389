from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.complaint_in_category import ComplaintInCategory
from ..models.complaint_in_major_flags_item import ComplaintInMajorFlagsItem
from ..models.complaint_in_priority import ComplaintInPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintIn")


@_attrs_define
class ComplaintIn:
    """
    Attributes:
        category (ComplaintInCategory):
        priority (ComplaintInPriority | Unset):  Default: ComplaintInPriority.MEDIUM.
        major_flags (list[ComplaintInMajorFlagsItem] | Unset):
        claimed_compensation (str | Unset):  Default: '0.00'.
    """

    category: ComplaintInCategory
    priority: ComplaintInPriority | Unset = ComplaintInPriority.MEDIUM
    major_flags: list[ComplaintInMajorFlagsItem] | Unset = UNSET
    claimed_compensation: str | Unset = "0.00"

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        major_flags: list[str] | Unset = UNSET
        if not isinstance(self.major_flags, Unset):
            major_flags = []
            for major_flags_item_data in self.major_flags:
                major_flags_item = major_flags_item_data.value
                major_flags.append(major_flags_item)

        claimed_compensation = self.claimed_compensation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if major_flags is not UNSET:
            field_dict["major_flags"] = major_flags
        if claimed_compensation is not UNSET:
            field_dict["claimed_compensation"] = claimed_compensation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ComplaintInCategory(d.pop("category"))

        _priority = d.pop("priority", UNSET)
        priority: ComplaintInPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = ComplaintInPriority(_priority)

        _major_flags = d.pop("major_flags", UNSET)
        major_flags: list[ComplaintInMajorFlagsItem] | Unset = UNSET
        if _major_flags is not UNSET:
            major_flags = []
            for major_flags_item_data in _major_flags:
                major_flags_item = ComplaintInMajorFlagsItem(major_flags_item_data)

                major_flags.append(major_flags_item)

        claimed_compensation = d.pop("claimed_compensation", UNSET)

        complaint_in = cls(
            category=category,
            priority=priority,
            major_flags=major_flags,
            claimed_compensation=claimed_compensation,
        )

        return complaint_in
