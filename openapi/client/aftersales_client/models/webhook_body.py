from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.webhook_body_events_item_type_0 import WebhookBodyEventsItemType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookBody")


@_attrs_define
class WebhookBody:
    """
    Attributes:
        url (str): https://, or http:// to a loopback host; printable ASCII (percent-encode the rest).
        events (list[Literal['*'] | WebhookBodyEventsItemType0]):
        description (str | Unset):  Default: ''.
    """

    url: str
    events: list[Literal["*"] | WebhookBodyEventsItemType0]
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: Literal["*"] | str
            if isinstance(events_item_data, WebhookBodyEventsItemType0):
                events_item = events_item_data.value
            else:
                events_item = events_item_data
            events.append(events_item)

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:

            def _parse_events_item(data: object) -> Literal["*"] | WebhookBodyEventsItemType0:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    events_item_type_0 = WebhookBodyEventsItemType0(data)

                    return events_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                events_item_type_1 = cast(Literal["*"], data)
                if events_item_type_1 != "*":
                    raise ValueError(f"events_item_type_1 must match const '*', got '{events_item_type_1}'")
                return events_item_type_1

            events_item = _parse_events_item(events_item_data)

            events.append(events_item)

        description = d.pop("description", UNSET)

        webhook_body = cls(
            url=url,
            events=events,
            description=description,
        )

        return webhook_body
