from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        id (str):
        invoice_date (datetime.date):
        invoice_no (None | str | Unset):
        delivered_at (datetime.datetime | None | Unset):
        payments (list[Payment] | Unset):
    """

    id: str
    invoice_date: datetime.date
    invoice_no: None | str | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    payments: list[Payment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_date = self.invoice_date.isoformat()

        invoice_no: None | str | Unset
        if isinstance(self.invoice_no, Unset):
            invoice_no = UNSET
        else:
            invoice_no = self.invoice_no

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "invoice_date": invoice_date,
            }
        )
        if invoice_no is not UNSET:
            field_dict["invoice_no"] = invoice_no
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if payments is not UNSET:
            field_dict["payments"] = payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment import Payment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        invoice_date = datetime.date.fromisoformat(d.pop("invoice_date"))

        def _parse_invoice_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_no = _parse_invoice_no(d.pop("invoice_no", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        _payments = d.pop("payments", UNSET)
        payments: list[Payment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = Payment.from_dict(payments_item_data)

                payments.append(payments_item)

        order = cls(
            id=id,
            invoice_date=invoice_date,
            invoice_no=invoice_no,
            delivered_at=delivered_at,
            payments=payments,
        )

        return order
