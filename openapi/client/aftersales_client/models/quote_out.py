from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_out_status import QuoteOutStatus

if TYPE_CHECKING:
    from ..models.quote_out_parts_item import QuoteOutPartsItem


T = TypeVar("T", bound="QuoteOut")


@_attrs_define
class QuoteOut:
    """
    Attributes:
        n (int):
        parts (list[QuoteOutPartsItem]):
        labour (str):
        travel (str):
        total (str):
        note (str):
        status (QuoteOutStatus):
        actor (str):
        at (datetime.datetime):
        decided_by (None | str):
        decided_at (datetime.datetime | None):
        decision_note (None | str):
    """

    n: int
    parts: list[QuoteOutPartsItem]
    labour: str
    travel: str
    total: str
    note: str
    status: QuoteOutStatus
    actor: str
    at: datetime.datetime
    decided_by: None | str
    decided_at: datetime.datetime | None
    decision_note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        labour = self.labour

        travel = self.travel

        total = self.total

        note = self.note

        status = self.status.value

        actor = self.actor

        at = self.at.isoformat()

        decided_by: None | str
        decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_note: None | str
        decision_note = self.decision_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "parts": parts,
                "labour": labour,
                "travel": travel,
                "total": total,
                "note": note,
                "status": status,
                "actor": actor,
                "at": at,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "decision_note": decision_note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_out_parts_item import QuoteOutPartsItem  # noqa: PLC0415

        d = dict(src_dict)
        n = d.pop("n")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = QuoteOutPartsItem.from_dict(parts_item_data)

            parts.append(parts_item)

        labour = d.pop("labour")

        travel = d.pop("travel")

        total = d.pop("total")

        note = d.pop("note")

        status = QuoteOutStatus(d.pop("status"))

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_note = _parse_decision_note(d.pop("decision_note"))

        quote_out = cls(
            n=n,
            parts=parts,
            labour=labour,
            travel=travel,
            total=total,
            note=note,
            status=status,
            actor=actor,
            at=at,
            decided_by=decided_by,
            decided_at=decided_at,
            decision_note=decision_note,
        )

        quote_out.additional_properties = d
        return quote_out

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
