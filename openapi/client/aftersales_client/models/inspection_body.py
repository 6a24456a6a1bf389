from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InspectionBody")


@_attrs_define
class InspectionBody:
    """
    Attributes:
        inspector (str):
        invoice_returned (bool):
        outer_packaging_intact (bool):
        accessories_complete (bool):
        gifts_complete (bool):
        seal_intact (bool | None | Unset):
        notes (str | Unset):  Default: ''.
        photos (list[str] | Unset):
    """

    inspector: str
    invoice_returned: bool
    outer_packaging_intact: bool
    accessories_complete: bool
    gifts_complete: bool
    seal_intact: bool | None | Unset = UNSET
    notes: str | Unset = ""
    photos: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        inspector = self.inspector

        invoice_returned = self.invoice_returned

        outer_packaging_intact = self.outer_packaging_intact

        accessories_complete = self.accessories_complete

        gifts_complete = self.gifts_complete

        seal_intact: bool | None | Unset
        if isinstance(self.seal_intact, Unset):
            seal_intact = UNSET
        else:
            seal_intact = self.seal_intact

        notes = self.notes

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inspector": inspector,
                "invoice_returned": invoice_returned,
                "outer_packaging_intact": outer_packaging_intact,
                "accessories_complete": accessories_complete,
                "gifts_complete": gifts_complete,
            }
        )
        if seal_intact is not UNSET:
            field_dict["seal_intact"] = seal_intact
        if notes is not UNSET:
            field_dict["notes"] = notes
        if photos is not UNSET:
            field_dict["photos"] = photos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inspector = d.pop("inspector")

        invoice_returned = d.pop("invoice_returned")

        outer_packaging_intact = d.pop("outer_packaging_intact")

        accessories_complete = d.pop("accessories_complete")

        gifts_complete = d.pop("gifts_complete")

        def _parse_seal_intact(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        seal_intact = _parse_seal_intact(d.pop("seal_intact", UNSET))

        notes = d.pop("notes", UNSET)

        photos = cast(list[str], d.pop("photos", UNSET))

        inspection_body = cls(
            inspector=inspector,
            invoice_returned=invoice_returned,
            outer_packaging_intact=outer_packaging_intact,
            accessories_complete=accessories_complete,
            gifts_complete=gifts_complete,
            seal_intact=seal_intact,
            notes=notes,
            photos=photos,
        )

        return inspection_body
