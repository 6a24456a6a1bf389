from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.first_contact_resolution import FirstContactResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="FirstContact")


@_attrs_define
class FirstContact:
    """
    Attributes:
        resolution (FirstContactResolution | Unset):  Default: FirstContactResolution.EXPLANATION.
        note (str | Unset):  Default: ''.
    """

    resolution: FirstContactResolution | Unset = FirstContactResolution.EXPLANATION
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resolution = d.pop("resolution", UNSET)
        resolution: FirstContactResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = FirstContactResolution(_resolution)

        note = d.pop("note", UNSET)

        first_contact = cls(
            resolution=resolution,
            note=note,
        )

        return first_contact
