from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_out_data import EventOutData


T = TypeVar("T", bound="EventOut")


@_attrs_define
class EventOut:
    """
    Attributes:
        seq (int):
        at (datetime.datetime):
        actor (str):
        type_ (str):
        from_state (None | str):
        to_state (None | str):
        data (EventOutData):
    """

    seq: int
    at: datetime.datetime
    actor: str
    type_: str
    from_state: None | str
    to_state: None | str
    data: EventOutData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        at = self.at.isoformat()

        actor = self.actor

        type_ = self.type_

        from_state: None | str
        from_state = self.from_state

        to_state: None | str
        to_state = self.to_state

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "type": type_,
                "from_state": from_state,
                "to_state": to_state,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_out_data import EventOutData  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor = d.pop("actor")

        type_ = d.pop("type")

        def _parse_from_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_state = _parse_from_state(d.pop("from_state"))

        def _parse_to_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_state = _parse_to_state(d.pop("to_state"))

        data = EventOutData.from_dict(d.pop("data"))

        event_out = cls(
            seq=seq,
            at=at,
            actor=actor,
            type_=type_,
            from_state=from_state,
            to_state=to_state,
            data=data,
        )

        event_out.additional_properties = d
        return event_out

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
