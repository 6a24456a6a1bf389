from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.resolution_type import ResolutionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Resolution")


@_attrs_define
class Resolution:
    """
    Attributes:
        type_ (ResolutionType):
        amount (None | str | Unset):
        exchange_cost (None | str | Unset): partial_refund: what an exchange would cost; default the goods amount.
        note (str | Unset):  Default: ''.
        cause (None | str | Unset): repair: the fault's cause (REPAIR_REPORT).
        fix (None | str | Unset): repair: what was done.
        parts (list[str] | None | Unset): repair: the parts replaced; may be empty but must be given.
    """

    type_: ResolutionType
    amount: None | str | Unset = UNSET
    exchange_cost: None | str | Unset = UNSET
    note: str | Unset = ""
    cause: None | str | Unset = UNSET
    fix: None | str | Unset = UNSET
    parts: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        exchange_cost: None | str | Unset
        if isinstance(self.exchange_cost, Unset):
            exchange_cost = UNSET
        else:
            exchange_cost = self.exchange_cost

        note = self.note

        cause: None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        else:
            cause = self.cause

        fix: None | str | Unset
        if isinstance(self.fix, Unset):
            fix = UNSET
        else:
            fix = self.fix

        parts: list[str] | None | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        elif isinstance(self.parts, list):
            parts = self.parts

        else:
            parts = self.parts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if exchange_cost is not UNSET:
            field_dict["exchange_cost"] = exchange_cost
        if note is not UNSET:
            field_dict["note"] = note
        if cause is not UNSET:
            field_dict["cause"] = cause
        if fix is not UNSET:
            field_dict["fix"] = fix
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ResolutionType(d.pop("type"))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_exchange_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange_cost = _parse_exchange_cost(d.pop("exchange_cost", UNSET))

        note = d.pop("note", UNSET)

        def _parse_cause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))

        def _parse_fix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fix = _parse_fix(d.pop("fix", UNSET))

        def _parse_parts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parts_type_0 = cast(list[str], data)

                return parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        parts = _parse_parts(d.pop("parts", UNSET))

        resolution = cls(
            type_=type_,
            amount=amount,
            exchange_cost=exchange_cost,
            note=note,
            cause=cause,
            fix=fix,
            parts=parts,
        )

        return resolution
