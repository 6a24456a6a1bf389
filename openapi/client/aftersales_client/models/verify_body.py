from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.verify_body_responsibility_type_0 import VerifyBodyResponsibilityType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence
    from ..models.kept import Kept


T = TypeVar("T", bound="VerifyBody")


@_attrs_define
class VerifyBody:
    """
    Attributes:
        responsibility (None | Unset | VerifyBodyResponsibilityType0):
        note (str | Unset):  Default: ''.
        evidence (list[Evidence] | Unset): Evidence received since the request.
        kept (Kept | None | Unset):
        outer_packaging_intact (bool | None | Unset):
    """

    responsibility: None | Unset | VerifyBodyResponsibilityType0 = UNSET
    note: str | Unset = ""
    evidence: list[Evidence] | Unset = UNSET
    kept: Kept | None | Unset = UNSET
    outer_packaging_intact: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.kept import Kept  # noqa: PLC0415

        responsibility: None | str | Unset
        if isinstance(self.responsibility, Unset):
            responsibility = UNSET
        elif isinstance(self.responsibility, VerifyBodyResponsibilityType0):
            responsibility = self.responsibility.value
        else:
            responsibility = self.responsibility

        note = self.note

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        kept: dict[str, Any] | None | Unset
        if isinstance(self.kept, Unset):
            kept = UNSET
        elif isinstance(self.kept, Kept):
            kept = self.kept.to_dict()
        else:
            kept = self.kept

        outer_packaging_intact: bool | None | Unset
        if isinstance(self.outer_packaging_intact, Unset):
            outer_packaging_intact = UNSET
        else:
            outer_packaging_intact = self.outer_packaging_intact

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if responsibility is not UNSET:
            field_dict["responsibility"] = responsibility
        if note is not UNSET:
            field_dict["note"] = note
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if kept is not UNSET:
            field_dict["kept"] = kept
        if outer_packaging_intact is not UNSET:
            field_dict["outer_packaging_intact"] = outer_packaging_intact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence  # noqa: PLC0415
        from ..models.kept import Kept  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_responsibility(data: object) -> None | Unset | VerifyBodyResponsibilityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsibility_type_0 = VerifyBodyResponsibilityType0(data)

                return responsibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerifyBodyResponsibilityType0, data)

        responsibility = _parse_responsibility(d.pop("responsibility", UNSET))

        note = d.pop("note", UNSET)

        _evidence = d.pop("evidence", UNSET)
        evidence: list[Evidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = Evidence.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        def _parse_kept(data: object) -> Kept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kept_type_0 = Kept.from_dict(data)

                return kept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Kept | None | Unset, data)

        kept = _parse_kept(d.pop("kept", UNSET))

        def _parse_outer_packaging_intact(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        outer_packaging_intact = _parse_outer_packaging_intact(d.pop("outer_packaging_intact", UNSET))

        verify_body = cls(
            responsibility=responsibility,
            note=note,
            evidence=evidence,
            kept=kept,
            outer_packaging_intact=outer_packaging_intact,
        )

        return verify_body
