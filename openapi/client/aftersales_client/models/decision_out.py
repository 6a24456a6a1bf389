from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_item import TraceItem


T = TypeVar("T", bound="DecisionOut")


@_attrs_define
class DecisionOut:
    """
    Attributes:
        eligible (bool):
        kind (str):
        alternatives (list[str]):
        pickup (bool):
        missing (list[str]):
        required_approvals (list[str]):
        notify (list[str]):
        policy_version (str):
        trace (list[TraceItem]):
        days_since_invoice (int | None | Unset):
        responsibility (None | str | Unset):
        goods_amount (None | str | Unset):
        restocking_fee (None | str | Unset):
        refund_amount (None | str | Unset):
        major (bool | Unset):  Default: False.
        priority (str | Unset):  Default: 'medium'.
        level (str | Unset):  Default: 'agent'.
        flags (list[str] | Unset):
        warranty (bool | None | Unset):
    """

    eligible: bool
    kind: str
    alternatives: list[str]
    pickup: bool
    missing: list[str]
    required_approvals: list[str]
    notify: list[str]
    policy_version: str
    trace: list[TraceItem]
    days_since_invoice: int | None | Unset = UNSET
    responsibility: None | str | Unset = UNSET
    goods_amount: None | str | Unset = UNSET
    restocking_fee: None | str | Unset = UNSET
    refund_amount: None | str | Unset = UNSET
    major: bool | Unset = False
    priority: str | Unset = "medium"
    level: str | Unset = "agent"
    flags: list[str] | Unset = UNSET
    warranty: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligible = self.eligible

        kind = self.kind

        alternatives = self.alternatives

        pickup = self.pickup

        missing = self.missing

        required_approvals = self.required_approvals

        notify = self.notify

        policy_version = self.policy_version

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        days_since_invoice: int | None | Unset
        if isinstance(self.days_since_invoice, Unset):
            days_since_invoice = UNSET
        else:
            days_since_invoice = self.days_since_invoice

        responsibility: None | str | Unset
        if isinstance(self.responsibility, Unset):
            responsibility = UNSET
        else:
            responsibility = self.responsibility

        goods_amount: None | str | Unset
        if isinstance(self.goods_amount, Unset):
            goods_amount = UNSET
        else:
            goods_amount = self.goods_amount

        restocking_fee: None | str | Unset
        if isinstance(self.restocking_fee, Unset):
            restocking_fee = UNSET
        else:
            restocking_fee = self.restocking_fee

        refund_amount: None | str | Unset
        if isinstance(self.refund_amount, Unset):
            refund_amount = UNSET
        else:
            refund_amount = self.refund_amount

        major = self.major

        priority = self.priority

        level = self.level

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        warranty: bool | None | Unset
        if isinstance(self.warranty, Unset):
            warranty = UNSET
        else:
            warranty = self.warranty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligible": eligible,
                "kind": kind,
                "alternatives": alternatives,
                "pickup": pickup,
                "missing": missing,
                "required_approvals": required_approvals,
                "notify": notify,
                "policy_version": policy_version,
                "trace": trace,
            }
        )
        if days_since_invoice is not UNSET:
            field_dict["days_since_invoice"] = days_since_invoice
        if responsibility is not UNSET:
            field_dict["responsibility"] = responsibility
        if goods_amount is not UNSET:
            field_dict["goods_amount"] = goods_amount
        if restocking_fee is not UNSET:
            field_dict["restocking_fee"] = restocking_fee
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount
        if major is not UNSET:
            field_dict["major"] = major
        if priority is not UNSET:
            field_dict["priority"] = priority
        if level is not UNSET:
            field_dict["level"] = level
        if flags is not UNSET:
            field_dict["flags"] = flags
        if warranty is not UNSET:
            field_dict["warranty"] = warranty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_item import TraceItem  # noqa: PLC0415

        d = dict(src_dict)
        eligible = d.pop("eligible")

        kind = d.pop("kind")

        alternatives = cast(list[str], d.pop("alternatives"))

        pickup = d.pop("pickup")

        missing = cast(list[str], d.pop("missing"))

        required_approvals = cast(list[str], d.pop("required_approvals"))

        notify = cast(list[str], d.pop("notify"))

        policy_version = d.pop("policy_version")

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = TraceItem.from_dict(trace_item_data)

            trace.append(trace_item)

        def _parse_days_since_invoice(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_since_invoice = _parse_days_since_invoice(d.pop("days_since_invoice", UNSET))

        def _parse_responsibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsibility = _parse_responsibility(d.pop("responsibility", UNSET))

        def _parse_goods_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goods_amount = _parse_goods_amount(d.pop("goods_amount", UNSET))

        def _parse_restocking_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        restocking_fee = _parse_restocking_fee(d.pop("restocking_fee", UNSET))

        def _parse_refund_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_amount = _parse_refund_amount(d.pop("refund_amount", UNSET))

        major = d.pop("major", UNSET)

        priority = d.pop("priority", UNSET)

        level = d.pop("level", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        def _parse_warranty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        warranty = _parse_warranty(d.pop("warranty", UNSET))

        decision_out = cls(
            eligible=eligible,
            kind=kind,
            alternatives=alternatives,
            pickup=pickup,
            missing=missing,
            required_approvals=required_approvals,
            notify=notify,
            policy_version=policy_version,
            trace=trace,
            days_since_invoice=days_since_invoice,
            responsibility=responsibility,
            goods_amount=goods_amount,
            restocking_fee=restocking_fee,
            refund_amount=refund_amount,
            major=major,
            priority=priority,
            level=level,
            flags=flags,
            warranty=warranty,
        )

        decision_out.additional_properties = d
        return decision_out

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
