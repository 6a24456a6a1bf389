from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitBody")


@_attrs_define
class VisitBody:
    """
    Attributes:
        technician (str):
        arrived_at (datetime.datetime):
        note (str | Unset):  Default: ''.
    """

    technician: str
    arrived_at: datetime.datetime
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        technician = self.technician

        arrived_at = self.arrived_at.isoformat()

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "technician": technician,
                "arrived_at": arrived_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        technician = d.pop("technician")

        arrived_at = datetime.datetime.fromisoformat(d.pop("arrived_at"))

        note = d.pop("note", UNSET)

        visit_body = cls(
            technician=technician,
            arrived_at=arrived_at,
            note=note,
        )

        return visit_body
