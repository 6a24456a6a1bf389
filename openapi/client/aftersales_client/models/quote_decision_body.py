from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteDecisionBody")


@_attrs_define
class QuoteDecisionBody:
    """
    Attributes:
        accepted (bool):
        note (str | Unset):  Default: ''.
    """

    accepted: bool
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accepted": accepted,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        note = d.pop("note", UNSET)

        quote_decision_body = cls(
            accepted=accepted,
            note=note,
        )

        return quote_decision_body
