from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Due")


@_attrs_define
class Due:
    """
    Attributes:
        first_response (datetime.datetime | None | Unset):
        verify (datetime.datetime | None | Unset):
        report (datetime.datetime | None | Unset):
        forward (datetime.datetime | None | Unset):
        remedy (datetime.datetime | None | Unset):
        refund (datetime.datetime | None | Unset):
        contact (datetime.datetime | None | Unset):
        archive (datetime.datetime | None | Unset):
        handover (datetime.datetime | None | Unset):
        appointment (datetime.datetime | None | Unset):
    """

    first_response: datetime.datetime | None | Unset = UNSET
    verify: datetime.datetime | None | Unset = UNSET
    report: datetime.datetime | None | Unset = UNSET
    forward: datetime.datetime | None | Unset = UNSET
    remedy: datetime.datetime | None | Unset = UNSET
    refund: datetime.datetime | None | Unset = UNSET
    contact: datetime.datetime | None | Unset = UNSET
    archive: datetime.datetime | None | Unset = UNSET
    handover: datetime.datetime | None | Unset = UNSET
    appointment: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_response: None | str | Unset
        if isinstance(self.first_response, Unset):
            first_response = UNSET
        elif isinstance(self.first_response, datetime.datetime):
            first_response = self.first_response.isoformat()
        else:
            first_response = self.first_response

        verify: None | str | Unset
        if isinstance(self.verify, Unset):
            verify = UNSET
        elif isinstance(self.verify, datetime.datetime):
            verify = self.verify.isoformat()
        else:
            verify = self.verify

        report: None | str | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, datetime.datetime):
            report = self.report.isoformat()
        else:
            report = self.report

        forward: None | str | Unset
        if isinstance(self.forward, Unset):
            forward = UNSET
        elif isinstance(self.forward, datetime.datetime):
            forward = self.forward.isoformat()
        else:
            forward = self.forward

        remedy: None | str | Unset
        if isinstance(self.remedy, Unset):
            remedy = UNSET
        elif isinstance(self.remedy, datetime.datetime):
            remedy = self.remedy.isoformat()
        else:
            remedy = self.remedy

        refund: None | str | Unset
        if isinstance(self.refund, Unset):
            refund = UNSET
        elif isinstance(self.refund, datetime.datetime):
            refund = self.refund.isoformat()
        else:
            refund = self.refund

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, datetime.datetime):
            contact = self.contact.isoformat()
        else:
            contact = self.contact

        archive: None | str | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        elif isinstance(self.archive, datetime.datetime):
            archive = self.archive.isoformat()
        else:
            archive = self.archive

        handover: None | str | Unset
        if isinstance(self.handover, Unset):
            handover = UNSET
        elif isinstance(self.handover, datetime.datetime):
            handover = self.handover.isoformat()
        else:
            handover = self.handover

        appointment: None | str | Unset
        if isinstance(self.appointment, Unset):
            appointment = UNSET
        elif isinstance(self.appointment, datetime.datetime):
            appointment = self.appointment.isoformat()
        else:
            appointment = self.appointment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_response is not UNSET:
            field_dict["first_response"] = first_response
        if verify is not UNSET:
            field_dict["verify"] = verify
        if report is not UNSET:
            field_dict["report"] = report
        if forward is not UNSET:
            field_dict["forward"] = forward
        if remedy is not UNSET:
            field_dict["remedy"] = remedy
        if refund is not UNSET:
            field_dict["refund"] = refund
        if contact is not UNSET:
            field_dict["contact"] = contact
        if archive is not UNSET:
            field_dict["archive"] = archive
        if handover is not UNSET:
            field_dict["handover"] = handover
        if appointment is not UNSET:
            field_dict["appointment"] = appointment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_first_response(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_response_type_0 = datetime.datetime.fromisoformat(data)

                return first_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_response = _parse_first_response(d.pop("first_response", UNSET))

        def _parse_verify(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verify_type_0 = datetime.datetime.fromisoformat(data)

                return verify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verify = _parse_verify(d.pop("verify", UNSET))

        def _parse_report(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_type_0 = datetime.datetime.fromisoformat(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

        def _parse_forward(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forward_type_0 = datetime.datetime.fromisoformat(data)

                return forward_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        forward = _parse_forward(d.pop("forward", UNSET))

        def _parse_remedy(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remedy_type_0 = datetime.datetime.fromisoformat(data)

                return remedy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remedy = _parse_remedy(d.pop("remedy", UNSET))

        def _parse_refund(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refund_type_0 = datetime.datetime.fromisoformat(data)

                return refund_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        refund = _parse_refund(d.pop("refund", UNSET))

        def _parse_contact(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_type_0 = datetime.datetime.fromisoformat(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_archive(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archive_type_0 = datetime.datetime.fromisoformat(data)

                return archive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archive = _parse_archive(d.pop("archive", UNSET))

        def _parse_handover(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handover_type_0 = datetime.datetime.fromisoformat(data)

                return handover_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        handover = _parse_handover(d.pop("handover", UNSET))

        def _parse_appointment(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appointment_type_0 = datetime.datetime.fromisoformat(data)

                return appointment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        appointment = _parse_appointment(d.pop("appointment", UNSET))

        due = cls(
            first_response=first_response,
            verify=verify,
            report=report,
            forward=forward,
            remedy=remedy,
            refund=refund,
            contact=contact,
            archive=archive,
            handover=handover,
            appointment=appointment,
        )

        due.additional_properties = d
        return due

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
