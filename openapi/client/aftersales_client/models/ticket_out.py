from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_out_channel import TicketOutChannel
from ..models.ticket_out_kind import TicketOutKind
from ..models.ticket_out_level import TicketOutLevel
from ..models.ticket_out_priority import TicketOutPriority
from ..models.ticket_out_state import TicketOutState

if TYPE_CHECKING:
    from ..models.approval_out import ApprovalOut
    from ..models.decision_out import DecisionOut
    from ..models.due import Due
    from ..models.inspection_out import InspectionOut
    from ..models.payment_out import PaymentOut
    from ..models.quote_out import QuoteOut
    from ..models.ticket_out_complaint_type_0 import TicketOutComplaintType0
    from ..models.ticket_out_customer import TicketOutCustomer
    from ..models.ticket_out_handling_type_0 import TicketOutHandlingType0
    from ..models.ticket_out_items_item import TicketOutItemsItem
    from ..models.ticket_out_order_type_0 import TicketOutOrderType0
    from ..models.ticket_out_resolution_type_0 import TicketOutResolutionType0
    from ..models.ticket_out_root_cause_type_0 import TicketOutRootCauseType0
    from ..models.ticket_out_satisfaction_type_0 import TicketOutSatisfactionType0
    from ..models.ticket_out_visits_item import TicketOutVisitsItem


T = TypeVar("T", bound="TicketOut")


@_attrs_define
class TicketOut:
    """
    Attributes:
        id (str):
        number (str):
        store (str):
        kind (TicketOutKind):
        state (TicketOutState):
        level (TicketOutLevel):
        priority (TicketOutPriority):
        major (bool):
        owner (str):
        channel (TicketOutChannel):
        customer (TicketOutCustomer):
        order (None | TicketOutOrderType0):
        items (list[TicketOutItemsItem]):
        reason (None | str):
        package_state (None | str):
        complaint (None | TicketOutComplaintType0):
        decision (DecisionOut):
        resolution (None | TicketOutResolutionType0):
        inspection (InspectionOut | None):
        approvals (list[ApprovalOut]):
        quotes (list[QuoteOut]):
        payments (list[PaymentOut]):
        handling (None | TicketOutHandlingType0):
        pickup_requested_at (datetime.datetime | None):
        due (Due):
        overdue (list[str]):
        breached (list[str]): Every time limit missed so far, met late or still open.
        appointment_at (datetime.datetime | None):
        visits (list[TicketOutVisitsItem]):
        root_cause (None | TicketOutRootCauseType0):
        flags (list[str]):
        satisfaction (None | TicketOutSatisfactionType0):
        policy_version (str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        closed_at (datetime.datetime | None):
    """

    id: str
    number: str
    store: str
    kind: TicketOutKind
    state: TicketOutState
    level: TicketOutLevel
    priority: TicketOutPriority
    major: bool
    owner: str
    channel: TicketOutChannel
    customer: TicketOutCustomer
    order: None | TicketOutOrderType0
    items: list[TicketOutItemsItem]
    reason: None | str
    package_state: None | str
    complaint: None | TicketOutComplaintType0
    decision: DecisionOut
    resolution: None | TicketOutResolutionType0
    inspection: InspectionOut | None
    approvals: list[ApprovalOut]
    quotes: list[QuoteOut]
    payments: list[PaymentOut]
    handling: None | TicketOutHandlingType0
    pickup_requested_at: datetime.datetime | None
    due: Due
    overdue: list[str]
    breached: list[str]
    appointment_at: datetime.datetime | None
    visits: list[TicketOutVisitsItem]
    root_cause: None | TicketOutRootCauseType0
    flags: list[str]
    satisfaction: None | TicketOutSatisfactionType0
    policy_version: str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    closed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inspection_out import InspectionOut  # noqa: PLC0415
        from ..models.ticket_out_complaint_type_0 import TicketOutComplaintType0  # noqa: PLC0415
        from ..models.ticket_out_handling_type_0 import TicketOutHandlingType0  # noqa: PLC0415
        from ..models.ticket_out_order_type_0 import TicketOutOrderType0  # noqa: PLC0415
        from ..models.ticket_out_resolution_type_0 import TicketOutResolutionType0  # noqa: PLC0415
        from ..models.ticket_out_root_cause_type_0 import TicketOutRootCauseType0  # noqa: PLC0415
        from ..models.ticket_out_satisfaction_type_0 import TicketOutSatisfactionType0  # noqa: PLC0415

        id = self.id

        number = self.number

        store = self.store

        kind = self.kind.value

        state = self.state.value

        level = self.level.value

        priority = self.priority.value

        major = self.major

        owner = self.owner

        channel = self.channel.value

        customer = self.customer.to_dict()

        order: dict[str, Any] | None
        if isinstance(self.order, TicketOutOrderType0):
            order = self.order.to_dict()
        else:
            order = self.order

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        reason: None | str
        reason = self.reason

        package_state: None | str
        package_state = self.package_state

        complaint: dict[str, Any] | None
        if isinstance(self.complaint, TicketOutComplaintType0):
            complaint = self.complaint.to_dict()
        else:
            complaint = self.complaint

        decision = self.decision.to_dict()

        resolution: dict[str, Any] | None
        if isinstance(self.resolution, TicketOutResolutionType0):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        inspection: dict[str, Any] | None
        if isinstance(self.inspection, InspectionOut):
            inspection = self.inspection.to_dict()
        else:
            inspection = self.inspection

        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)

        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        handling: dict[str, Any] | None
        if isinstance(self.handling, TicketOutHandlingType0):
            handling = self.handling.to_dict()
        else:
            handling = self.handling

        pickup_requested_at: None | str
        if isinstance(self.pickup_requested_at, datetime.datetime):
            pickup_requested_at = self.pickup_requested_at.isoformat()
        else:
            pickup_requested_at = self.pickup_requested_at

        due = self.due.to_dict()

        overdue = self.overdue

        breached = self.breached

        appointment_at: None | str
        if isinstance(self.appointment_at, datetime.datetime):
            appointment_at = self.appointment_at.isoformat()
        else:
            appointment_at = self.appointment_at

        visits = []
        for visits_item_data in self.visits:
            visits_item = visits_item_data.to_dict()
            visits.append(visits_item)

        root_cause: dict[str, Any] | None
        if isinstance(self.root_cause, TicketOutRootCauseType0):
            root_cause = self.root_cause.to_dict()
        else:
            root_cause = self.root_cause

        flags = self.flags

        satisfaction: dict[str, Any] | None
        if isinstance(self.satisfaction, TicketOutSatisfactionType0):
            satisfaction = self.satisfaction.to_dict()
        else:
            satisfaction = self.satisfaction

        policy_version = self.policy_version

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "store": store,
                "kind": kind,
                "state": state,
                "level": level,
                "priority": priority,
                "major": major,
                "owner": owner,
                "channel": channel,
                "customer": customer,
                "order": order,
                "items": items,
                "reason": reason,
                "package_state": package_state,
                "complaint": complaint,
                "decision": decision,
                "resolution": resolution,
                "inspection": inspection,
                "approvals": approvals,
                "quotes": quotes,
                "payments": payments,
                "handling": handling,
                "pickup_requested_at": pickup_requested_at,
                "due": due,
                "overdue": overdue,
                "breached": breached,
                "appointment_at": appointment_at,
                "visits": visits,
                "root_cause": root_cause,
                "flags": flags,
                "satisfaction": satisfaction,
                "policy_version": policy_version,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "closed_at": closed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_out import ApprovalOut  # noqa: PLC0415
        from ..models.decision_out import DecisionOut  # noqa: PLC0415
        from ..models.due import Due  # noqa: PLC0415
        from ..models.inspection_out import InspectionOut  # noqa: PLC0415
        from ..models.payment_out import PaymentOut  # noqa: PLC0415
        from ..models.quote_out import QuoteOut  # noqa: PLC0415
        from ..models.ticket_out_complaint_type_0 import TicketOutComplaintType0  # noqa: PLC0415
        from ..models.ticket_out_customer import TicketOutCustomer  # noqa: PLC0415
        from ..models.ticket_out_handling_type_0 import TicketOutHandlingType0  # noqa: PLC0415
        from ..models.ticket_out_items_item import TicketOutItemsItem  # noqa: PLC0415
        from ..models.ticket_out_order_type_0 import TicketOutOrderType0  # noqa: PLC0415
        from ..models.ticket_out_resolution_type_0 import TicketOutResolutionType0  # noqa: PLC0415
        from ..models.ticket_out_root_cause_type_0 import TicketOutRootCauseType0  # noqa: PLC0415
        from ..models.ticket_out_satisfaction_type_0 import TicketOutSatisfactionType0  # noqa: PLC0415
        from ..models.ticket_out_visits_item import TicketOutVisitsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        store = d.pop("store")

        kind = TicketOutKind(d.pop("kind"))

        state = TicketOutState(d.pop("state"))

        level = TicketOutLevel(d.pop("level"))

        priority = TicketOutPriority(d.pop("priority"))

        major = d.pop("major")

        owner = d.pop("owner")

        channel = TicketOutChannel(d.pop("channel"))

        customer = TicketOutCustomer.from_dict(d.pop("customer"))

        def _parse_order(data: object) -> None | TicketOutOrderType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = TicketOutOrderType0.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOutOrderType0, data)

        order = _parse_order(d.pop("order"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TicketOutItemsItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_package_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        package_state = _parse_package_state(d.pop("package_state"))

        def _parse_complaint(data: object) -> None | TicketOutComplaintType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                complaint_type_0 = TicketOutComplaintType0.from_dict(data)

                return complaint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOutComplaintType0, data)

        complaint = _parse_complaint(d.pop("complaint"))

        decision = DecisionOut.from_dict(d.pop("decision"))

        def _parse_resolution(data: object) -> None | TicketOutResolutionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = TicketOutResolutionType0.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOutResolutionType0, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_inspection(data: object) -> InspectionOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inspection_type_0 = InspectionOut.from_dict(data)

                return inspection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InspectionOut | None, data)

        inspection = _parse_inspection(d.pop("inspection"))

        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in _approvals:
            approvals_item = ApprovalOut.from_dict(approvals_item_data)

            approvals.append(approvals_item)

        quotes = []
        _quotes = d.pop("quotes")
        for quotes_item_data in _quotes:
            quotes_item = QuoteOut.from_dict(quotes_item_data)

            quotes.append(quotes_item)

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = PaymentOut.from_dict(payments_item_data)

            payments.append(payments_item)

        def _parse_handling(data: object) -> None | TicketOutHandlingType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                handling_type_0 = TicketOutHandlingType0.from_dict(data)

                return handling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOutHandlingType0, data)

        handling = _parse_handling(d.pop("handling"))

        def _parse_pickup_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pickup_requested_at_type_0 = datetime.datetime.fromisoformat(data)

                return pickup_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        pickup_requested_at = _parse_pickup_requested_at(d.pop("pickup_requested_at"))

        due = Due.from_dict(d.pop("due"))

        overdue = cast(list[str], d.pop("overdue"))

        breached = cast(list[str], d.pop("breached"))

        def _parse_appointment_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appointment_at_type_0 = datetime.datetime.fromisoformat(data)

                return appointment_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        appointment_at = _parse_appointment_at(d.pop("appointment_at"))

        visits = []
        _visits = d.pop("visits")
        for visits_item_data in _visits:
            visits_item = TicketOutVisitsItem.from_dict(visits_item_data)

            visits.append(visits_item)

        def _parse_root_cause(data: object) -> None | TicketOutRootCauseType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                root_cause_type_0 = TicketOutRootCauseType0.from_dict(data)

                return root_cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOutRootCauseType0, data)

        root_cause = _parse_root_cause(d.pop("root_cause"))

        flags = cast(list[str], d.pop("flags"))

        def _parse_satisfaction(data: object) -> None | TicketOutSatisfactionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                satisfaction_type_0 = TicketOutSatisfactionType0.from_dict(data)

                return satisfaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOutSatisfactionType0, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        policy_version = d.pop("policy_version")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        ticket_out = cls(
            id=id,
            number=number,
            store=store,
            kind=kind,
            state=state,
            level=level,
            priority=priority,
            major=major,
            owner=owner,
            channel=channel,
            customer=customer,
            order=order,
            items=items,
            reason=reason,
            package_state=package_state,
            complaint=complaint,
            decision=decision,
            resolution=resolution,
            inspection=inspection,
            approvals=approvals,
            quotes=quotes,
            payments=payments,
            handling=handling,
            pickup_requested_at=pickup_requested_at,
            due=due,
            overdue=overdue,
            breached=breached,
            appointment_at=appointment_at,
            visits=visits,
            root_cause=root_cause,
            flags=flags,
            satisfaction=satisfaction,
            policy_version=policy_version,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            closed_at=closed_at,
        )

        ticket_out.additional_properties = d
        return ticket_out

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
