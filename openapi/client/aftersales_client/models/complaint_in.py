from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        received_by (None | str | Unset): The department or person who first took the complaint (HANDOVER_30MIN).
        received_at (datetime.datetime | None | Unset): When they took it.
    """

    category: ComplaintInCategory
    priority: ComplaintInPriority | Unset = ComplaintInPriority.MEDIUM
    major_flags: list[ComplaintInMajorFlagsItem] | Unset = UNSET
    claimed_compensation: str | Unset = "0.00"
    received_by: None | str | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET

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

        received_by: None | str | Unset
        if isinstance(self.received_by, Unset):
            received_by = UNSET
        else:
            received_by = self.received_by

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

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
        if received_by is not UNSET:
            field_dict["received_by"] = received_by
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

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

        def _parse_received_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_by = _parse_received_by(d.pop("received_by", UNSET))

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        complaint_in = cls(
            category=category,
            priority=priority,
            major_flags=major_flags,
            claimed_compensation=claimed_compensation,
            received_by=received_by,
            received_at=received_at,
        )

        return complaint_in
