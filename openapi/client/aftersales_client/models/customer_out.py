from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_out_tier import CustomerOutTier

T = TypeVar("T", bound="CustomerOut")


@_attrs_define
class CustomerOut:
    """
    Attributes:
        id (str):
        name (None | str):
        tier (CustomerOutTier):
        blocked (bool):
        blocked_reason (None | str):
        claims_recent (int): Return, exchange and compensation claims in the last claims_days.
        claims_days (int):
        paid_recent (str): Paid out to the customer in the last paid_days.
        paid_days (int):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    name: None | str
    tier: CustomerOutTier
    blocked: bool
    blocked_reason: None | str
    claims_recent: int
    claims_days: int
    paid_recent: str
    paid_days: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        tier = self.tier.value

        blocked = self.blocked

        blocked_reason: None | str
        blocked_reason = self.blocked_reason

        claims_recent = self.claims_recent

        claims_days = self.claims_days

        paid_recent = self.paid_recent

        paid_days = self.paid_days

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "tier": tier,
                "blocked": blocked,
                "blocked_reason": blocked_reason,
                "claims_recent": claims_recent,
                "claims_days": claims_days,
                "paid_recent": paid_recent,
                "paid_days": paid_days,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        tier = CustomerOutTier(d.pop("tier"))

        blocked = d.pop("blocked")

        def _parse_blocked_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason"))

        claims_recent = d.pop("claims_recent")

        claims_days = d.pop("claims_days")

        paid_recent = d.pop("paid_recent")

        paid_days = d.pop("paid_days")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        customer_out = cls(
            id=id,
            name=name,
            tier=tier,
            blocked=blocked,
            blocked_reason=blocked_reason,
            claims_recent=claims_recent,
            claims_days=claims_days,
            paid_recent=paid_recent,
            paid_days=paid_days,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        customer_out.additional_properties = d
        return customer_out

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
