from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inspection_out_checks import InspectionOutChecks


T = TypeVar("T", bound="InspectionOut")


@_attrs_define
class InspectionOut:
    """
    Attributes:
        passed (bool):
        failed (list[str]):
        inspector (str):
        checks (InspectionOutChecks):
        notes (str):
        photos (list[str]):
        corrected (bool):
        actor (str):
        at (datetime.datetime):
    """

    passed: bool
    failed: list[str]
    inspector: str
    checks: InspectionOutChecks
    notes: str
    photos: list[str]
    corrected: bool
    actor: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passed = self.passed

        failed = self.failed

        inspector = self.inspector

        checks = self.checks.to_dict()

        notes = self.notes

        photos = self.photos

        corrected = self.corrected

        actor = self.actor

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "passed": passed,
                "failed": failed,
                "inspector": inspector,
                "checks": checks,
                "notes": notes,
                "photos": photos,
                "corrected": corrected,
                "actor": actor,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inspection_out_checks import InspectionOutChecks  # noqa: PLC0415

        d = dict(src_dict)
        passed = d.pop("passed")

        failed = cast(list[str], d.pop("failed"))

        inspector = d.pop("inspector")

        checks = InspectionOutChecks.from_dict(d.pop("checks"))

        notes = d.pop("notes")

        photos = cast(list[str], d.pop("photos"))

        corrected = d.pop("corrected")

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        inspection_out = cls(
            passed=passed,
            failed=failed,
            inspector=inspector,
            checks=checks,
            notes=notes,
            photos=photos,
            corrected=corrected,
            actor=actor,
            at=at,
        )

        inspection_out.additional_properties = d
        return inspection_out

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
