from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_out_sale import PaymentOutSale
from ..models.payment_out_status import PaymentOutStatus
from ..models.payment_out_type import PaymentOutType

if TYPE_CHECKING:
    from ..models.payment_out_parts_item import PaymentOutPartsItem
    from ..models.sign_off import SignOff


T = TypeVar("T", bound="PaymentOut")


@_attrs_define
class PaymentOut:
    """The signed refund request of a money resolution and, once paid, its payment.

    Attributes:
        n (int):
        type_ (PaymentOutType):
        amount (str):
        parts (list[PaymentOutPartsItem]):
        order_id (None | str):
        methods (list[str]):
        reason (None | str):
        sale (PaymentOutSale):
        status (PaymentOutStatus):
        requested_at (datetime.datetime):
        supervisor_signoff (None | SignOff):
        manager_signoff (None | SignOff):
        reference (None | str):
        paid_by (None | str):
        paid_at (datetime.datetime | None):
        note (None | str):
    """

    n: int
    type_: PaymentOutType
    amount: str
    parts: list[PaymentOutPartsItem]
    order_id: None | str
    methods: list[str]
    reason: None | str
    sale: PaymentOutSale
    status: PaymentOutStatus
    requested_at: datetime.datetime
    supervisor_signoff: None | SignOff
    manager_signoff: None | SignOff
    reference: None | str
    paid_by: None | str
    paid_at: datetime.datetime | None
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sign_off import SignOff  # noqa: PLC0415

        n = self.n

        type_ = self.type_.value

        amount = self.amount

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        order_id: None | str
        order_id = self.order_id

        methods = self.methods

        reason: None | str
        reason = self.reason

        sale = self.sale.value

        status = self.status.value

        requested_at = self.requested_at.isoformat()

        supervisor_signoff: dict[str, Any] | None
        if isinstance(self.supervisor_signoff, SignOff):
            supervisor_signoff = self.supervisor_signoff.to_dict()
        else:
            supervisor_signoff = self.supervisor_signoff

        manager_signoff: dict[str, Any] | None
        if isinstance(self.manager_signoff, SignOff):
            manager_signoff = self.manager_signoff.to_dict()
        else:
            manager_signoff = self.manager_signoff

        reference: None | str
        reference = self.reference

        paid_by: None | str
        paid_by = self.paid_by

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "type": type_,
                "amount": amount,
                "parts": parts,
                "order_id": order_id,
                "methods": methods,
                "reason": reason,
                "sale": sale,
                "status": status,
                "requested_at": requested_at,
                "supervisor_signoff": supervisor_signoff,
                "manager_signoff": manager_signoff,
                "reference": reference,
                "paid_by": paid_by,
                "paid_at": paid_at,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_out_parts_item import PaymentOutPartsItem  # noqa: PLC0415
        from ..models.sign_off import SignOff  # noqa: PLC0415

        d = dict(src_dict)
        n = d.pop("n")

        type_ = PaymentOutType(d.pop("type"))

        amount = d.pop("amount")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = PaymentOutPartsItem.from_dict(parts_item_data)

            parts.append(parts_item)

        def _parse_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_id = _parse_order_id(d.pop("order_id"))

        methods = cast(list[str], d.pop("methods"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        sale = PaymentOutSale(d.pop("sale"))

        status = PaymentOutStatus(d.pop("status"))

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        def _parse_supervisor_signoff(data: object) -> None | SignOff:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supervisor_signoff_type_0 = SignOff.from_dict(data)

                return supervisor_signoff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignOff, data)

        supervisor_signoff = _parse_supervisor_signoff(d.pop("supervisor_signoff"))

        def _parse_manager_signoff(data: object) -> None | SignOff:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manager_signoff_type_0 = SignOff.from_dict(data)

                return manager_signoff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignOff, data)

        manager_signoff = _parse_manager_signoff(d.pop("manager_signoff"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_paid_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paid_by = _parse_paid_by(d.pop("paid_by"))

        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        payment_out = cls(
            n=n,
            type_=type_,
            amount=amount,
            parts=parts,
            order_id=order_id,
            methods=methods,
            reason=reason,
            sale=sale,
            status=status,
            requested_at=requested_at,
            supervisor_signoff=supervisor_signoff,
            manager_signoff=manager_signoff,
            reference=reference,
            paid_by=paid_by,
            paid_at=paid_at,
            note=note,
        )

        payment_out.additional_properties = d
        return payment_out

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
