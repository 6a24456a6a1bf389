from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ticket_create_channel import TicketCreateChannel
from ..models.ticket_create_kind import TicketCreateKind
from ..models.ticket_create_package_state_type_0 import TicketCreatePackageStateType0
from ..models.ticket_create_reason_type_0 import TicketCreateReasonType0
from ..models.ticket_create_reason_type_1 import TicketCreateReasonType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_in import ComplaintIn
    from ..models.customer import Customer
    from ..models.evidence import Evidence
    from ..models.first_contact import FirstContact
    from ..models.item import Item
    from ..models.kept import Kept
    from ..models.order import Order


T = TypeVar("T", bound="TicketCreate")


@_attrs_define
class TicketCreate:
    """
    Attributes:
        kind (TicketCreateKind):
        channel (TicketCreateChannel):
        customer (Customer):
        store (None | str | Unset): The store the ticket belongs to (agents; a storefront key's own store).
        order (None | Order | Unset):
        items (list[Item] | Unset):
        reason (None | TicketCreateReasonType0 | TicketCreateReasonType1 | Unset):
        package_state (None | TicketCreatePackageStateType0 | Unset):
        outer_packaging_intact (bool | None | Unset):
        kept (Kept | None | Unset):
        evidence (list[Evidence] | Unset):
        description (None | str | Unset):
        complaint (ComplaintIn | None | Unset):
        first_contact_resolution (FirstContact | None | Unset):
        onsite (bool | Unset): Repair: the customer insists on on-site service. Default: False.
        appointment_at (datetime.datetime | None | Unset): On-site repairs and installations: when the technician is
            wanted (APPOINTMENT).
    """

    kind: TicketCreateKind
    channel: TicketCreateChannel
    customer: Customer
    store: None | str | Unset = UNSET
    order: None | Order | Unset = UNSET
    items: list[Item] | Unset = UNSET
    reason: None | TicketCreateReasonType0 | TicketCreateReasonType1 | Unset = UNSET
    package_state: None | TicketCreatePackageStateType0 | Unset = UNSET
    outer_packaging_intact: bool | None | Unset = UNSET
    kept: Kept | None | Unset = UNSET
    evidence: list[Evidence] | Unset = UNSET
    description: None | str | Unset = UNSET
    complaint: ComplaintIn | None | Unset = UNSET
    first_contact_resolution: FirstContact | None | Unset = UNSET
    onsite: bool | Unset = False
    appointment_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.complaint_in import ComplaintIn  # noqa: PLC0415
        from ..models.first_contact import FirstContact  # noqa: PLC0415
        from ..models.kept import Kept  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        kind = self.kind.value

        channel = self.channel.value

        customer = self.customer.to_dict()

        store: None | str | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, TicketCreateReasonType0):
            reason = self.reason.value
        elif isinstance(self.reason, TicketCreateReasonType1):
            reason = self.reason.value
        else:
            reason = self.reason

        package_state: None | str | Unset
        if isinstance(self.package_state, Unset):
            package_state = UNSET
        elif isinstance(self.package_state, TicketCreatePackageStateType0):
            package_state = self.package_state.value
        else:
            package_state = self.package_state

        outer_packaging_intact: bool | None | Unset
        if isinstance(self.outer_packaging_intact, Unset):
            outer_packaging_intact = UNSET
        else:
            outer_packaging_intact = self.outer_packaging_intact

        kept: dict[str, Any] | None | Unset
        if isinstance(self.kept, Unset):
            kept = UNSET
        elif isinstance(self.kept, Kept):
            kept = self.kept.to_dict()
        else:
            kept = self.kept

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        complaint: dict[str, Any] | None | Unset
        if isinstance(self.complaint, Unset):
            complaint = UNSET
        elif isinstance(self.complaint, ComplaintIn):
            complaint = self.complaint.to_dict()
        else:
            complaint = self.complaint

        first_contact_resolution: dict[str, Any] | None | Unset
        if isinstance(self.first_contact_resolution, Unset):
            first_contact_resolution = UNSET
        elif isinstance(self.first_contact_resolution, FirstContact):
            first_contact_resolution = self.first_contact_resolution.to_dict()
        else:
            first_contact_resolution = self.first_contact_resolution

        onsite = self.onsite

        appointment_at: None | str | Unset
        if isinstance(self.appointment_at, Unset):
            appointment_at = UNSET
        elif isinstance(self.appointment_at, datetime.datetime):
            appointment_at = self.appointment_at.isoformat()
        else:
            appointment_at = self.appointment_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "channel": channel,
                "customer": customer,
            }
        )
        if store is not UNSET:
            field_dict["store"] = store
        if order is not UNSET:
            field_dict["order"] = order
        if items is not UNSET:
            field_dict["items"] = items
        if reason is not UNSET:
            field_dict["reason"] = reason
        if package_state is not UNSET:
            field_dict["package_state"] = package_state
        if outer_packaging_intact is not UNSET:
            field_dict["outer_packaging_intact"] = outer_packaging_intact
        if kept is not UNSET:
            field_dict["kept"] = kept
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if description is not UNSET:
            field_dict["description"] = description
        if complaint is not UNSET:
            field_dict["complaint"] = complaint
        if first_contact_resolution is not UNSET:
            field_dict["first_contact_resolution"] = first_contact_resolution
        if onsite is not UNSET:
            field_dict["onsite"] = onsite
        if appointment_at is not UNSET:
            field_dict["appointment_at"] = appointment_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_in import ComplaintIn  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.evidence import Evidence  # noqa: PLC0415
        from ..models.first_contact import FirstContact  # noqa: PLC0415
        from ..models.item import Item  # noqa: PLC0415
        from ..models.kept import Kept  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        kind = TicketCreateKind(d.pop("kind"))

        channel = TicketCreateChannel(d.pop("channel"))

        customer = Customer.from_dict(d.pop("customer"))

        def _parse_store(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_order(data: object) -> None | Order | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = Order.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Order | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        def _parse_reason(data: object) -> None | TicketCreateReasonType0 | TicketCreateReasonType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = TicketCreateReasonType0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_1 = TicketCreateReasonType1(data)

                return reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketCreateReasonType0 | TicketCreateReasonType1 | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_package_state(data: object) -> None | TicketCreatePackageStateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                package_state_type_0 = TicketCreatePackageStateType0(data)

                return package_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketCreatePackageStateType0 | Unset, data)

        package_state = _parse_package_state(d.pop("package_state", UNSET))

        def _parse_outer_packaging_intact(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        outer_packaging_intact = _parse_outer_packaging_intact(d.pop("outer_packaging_intact", UNSET))

        def _parse_kept(data: object) -> Kept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kept_type_0 = Kept.from_dict(data)

                return kept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Kept | None | Unset, data)

        kept = _parse_kept(d.pop("kept", UNSET))

        _evidence = d.pop("evidence", UNSET)
        evidence: list[Evidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = Evidence.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_complaint(data: object) -> ComplaintIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                complaint_type_0 = ComplaintIn.from_dict(data)

                return complaint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplaintIn | None | Unset, data)

        complaint = _parse_complaint(d.pop("complaint", UNSET))

        def _parse_first_contact_resolution(data: object) -> FirstContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_contact_resolution_type_0 = FirstContact.from_dict(data)

                return first_contact_resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FirstContact | None | Unset, data)

        first_contact_resolution = _parse_first_contact_resolution(d.pop("first_contact_resolution", UNSET))

        onsite = d.pop("onsite", UNSET)

        def _parse_appointment_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appointment_at_type_0 = datetime.datetime.fromisoformat(data)

                return appointment_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        appointment_at = _parse_appointment_at(d.pop("appointment_at", UNSET))

        ticket_create = cls(
            kind=kind,
            channel=channel,
            customer=customer,
            store=store,
            order=order,
            items=items,
            reason=reason,
            package_state=package_state,
            outer_packaging_intact=outer_packaging_intact,
            kept=kept,
            evidence=evidence,
            description=description,
            complaint=complaint,
            first_contact_resolution=first_contact_resolution,
            onsite=onsite,
            appointment_at=appointment_at,
        )

        return ticket_create
