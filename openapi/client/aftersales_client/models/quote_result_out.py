from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_result_out_status import QuoteResultOutStatus

if TYPE_CHECKING:
    from ..models.quote_result_out_parts_item import QuoteResultOutPartsItem
    from ..models.ticket_out import TicketOut


T = TypeVar("T", bound="QuoteResultOut")


@_attrs_define
class QuoteResultOut:
    """
    Attributes:
        n (int):
        parts (list[QuoteResultOutPartsItem]):
        labour (str):
        travel (str):
        total (str):
        note (str):
        status (QuoteResultOutStatus):
        actor (str):
        at (datetime.datetime):
        decided_by (None | str):
        decided_at (datetime.datetime | None):
        decision_note (None | str):
        ticket (TicketOut):
    """

    n: int
    parts: list[QuoteResultOutPartsItem]
    labour: str
    travel: str
    total: str
    note: str
    status: QuoteResultOutStatus
    actor: str
    at: datetime.datetime
    decided_by: None | str
    decided_at: datetime.datetime | None
    decision_note: None | str
    ticket: TicketOut
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

        ticket = self.ticket.to_dict()

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
                "ticket": ticket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_result_out_parts_item import QuoteResultOutPartsItem  # noqa: PLC0415
        from ..models.ticket_out import TicketOut  # noqa: PLC0415

        d = dict(src_dict)
        n = d.pop("n")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = QuoteResultOutPartsItem.from_dict(parts_item_data)

            parts.append(parts_item)

        labour = d.pop("labour")

        travel = d.pop("travel")

        total = d.pop("total")

        note = d.pop("note")

        status = QuoteResultOutStatus(d.pop("status"))

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

        ticket = TicketOut.from_dict(d.pop("ticket"))

        quote_result_out = cls(
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
            ticket=ticket,
        )

        quote_result_out.additional_properties = d
        return quote_result_out

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
