from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ticket_out import TicketOut
    from ..models.trace_item import TraceItem


T = TypeVar("T", bound="InspectionResultOut")


@_attrs_define
class InspectionResultOut:
    """
    Attributes:
        passed (bool):
        failed (list[str]):
        trace (list[TraceItem]):
        ticket (TicketOut):
    """

    passed: bool
    failed: list[str]
    trace: list[TraceItem]
    ticket: TicketOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passed = self.passed

        failed = self.failed

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "passed": passed,
                "failed": failed,
                "trace": trace,
                "ticket": ticket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_out import TicketOut  # noqa: PLC0415
        from ..models.trace_item import TraceItem  # noqa: PLC0415

        d = dict(src_dict)
        passed = d.pop("passed")

        failed = cast(list[str], d.pop("failed"))

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = TraceItem.from_dict(trace_item_data)

            trace.append(trace_item)

        ticket = TicketOut.from_dict(d.pop("ticket"))

        inspection_result_out = cls(
            passed=passed,
            failed=failed,
            trace=trace,
            ticket=ticket,
        )

        inspection_result_out.additional_properties = d
        return inspection_result_out

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
