from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.customer_body_tier import CustomerBodyTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBody")


@_attrs_define
class CustomerBody:
    """
    Attributes:
        name (None | str | Unset):
        tier (CustomerBodyTier | Unset):  Default: CustomerBodyTier.REGULAR.
        blocked (bool | Unset):  Default: False.
        blocked_reason (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    tier: CustomerBodyTier | Unset = CustomerBodyTier.REGULAR
    blocked: bool | Unset = False
    blocked_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier.value

        blocked = self.blocked

        blocked_reason: None | str | Unset
        if isinstance(self.blocked_reason, Unset):
            blocked_reason = UNSET
        else:
            blocked_reason = self.blocked_reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tier is not UNSET:
            field_dict["tier"] = tier
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if blocked_reason is not UNSET:
            field_dict["blocked_reason"] = blocked_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _tier = d.pop("tier", UNSET)
        tier: CustomerBodyTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = CustomerBodyTier(_tier)

        blocked = d.pop("blocked", UNSET)

        def _parse_blocked_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason", UNSET))

        customer_body = cls(
            name=name,
            tier=tier,
            blocked=blocked,
            blocked_reason=blocked_reason,
        )

        return customer_body
