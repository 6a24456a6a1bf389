from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_cause import RootCause


T = TypeVar("T", bound="CloseBody")


@_attrs_define
class CloseBody:
    """
    Attributes:
        note (str | Unset):  Default: ''.
        root_cause (None | RootCause | Unset): Complaints and quality defects: the cause, for the case library
            (ROOT_CAUSE).
    """

    note: str | Unset = ""
    root_cause: None | RootCause | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.root_cause import RootCause  # noqa: PLC0415

        note = self.note

        root_cause: dict[str, Any] | None | Unset
        if isinstance(self.root_cause, Unset):
            root_cause = UNSET
        elif isinstance(self.root_cause, RootCause):
            root_cause = self.root_cause.to_dict()
        else:
            root_cause = self.root_cause

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if root_cause is not UNSET:
            field_dict["root_cause"] = root_cause

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_cause import RootCause  # noqa: PLC0415

        d = dict(src_dict)
        note = d.pop("note", UNSET)

        def _parse_root_cause(data: object) -> None | RootCause | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                root_cause_type_0 = RootCause.from_dict(data)

                return root_cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RootCause | Unset, data)

        root_cause = _parse_root_cause(d.pop("root_cause", UNSET))

        close_body = cls(
            note=note,
            root_cause=root_cause,
        )

        return close_body
