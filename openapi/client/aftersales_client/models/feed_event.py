from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feed_event_type import FeedEventType

if TYPE_CHECKING:
    from ..models.feed_event_data import FeedEventData


T = TypeVar("T", bound="FeedEvent")


@_attrs_define
class FeedEvent:
    """
    Attributes:
        id (str): evt_<position>; the webhook-id of its deliveries.
        position (int):
        type_ (FeedEventType):
        ticket (str): The ticket's number (the RMA number).
        at (datetime.datetime):
        data (FeedEventData):
    """

    id: str
    position: int
    type_: FeedEventType
    ticket: str
    at: datetime.datetime
    data: FeedEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        type_ = self.type_.value

        ticket = self.ticket

        at = self.at.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "type": type_,
                "ticket": ticket,
                "at": at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feed_event_data import FeedEventData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        position = d.pop("position")

        type_ = FeedEventType(d.pop("type"))

        ticket = d.pop("ticket")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        data = FeedEventData.from_dict(d.pop("data"))

        feed_event = cls(
            id=id,
            position=position,
            type_=type_,
            ticket=ticket,
            at=at,
            data=data,
        )

        feed_event.additional_properties = d
        return feed_event

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
