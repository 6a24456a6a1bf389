from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.contact_body_channel import ContactBodyChannel

T = TypeVar("T", bound="ContactBody")


@_attrs_define
class ContactBody:
    """
    Attributes:
        channel (ContactBodyChannel):
        summary (str):
    """

    channel: ContactBodyChannel
    summary: str

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = ContactBodyChannel(d.pop("channel"))

        summary = d.pop("summary")

        contact_body = cls(
            channel=channel,
            summary=summary,
        )

        return contact_body
