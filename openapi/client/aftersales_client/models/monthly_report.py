from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.monthly_report_by_category import MonthlyReportByCategory
    from ..models.monthly_report_by_channel import MonthlyReportByChannel
    from ..models.monthly_report_by_kind import MonthlyReportByKind
    from ..models.monthly_report_by_state import MonthlyReportByState
    from ..models.monthly_report_time_limits import MonthlyReportTimeLimits
    from ..models.monthly_report_top_root_causes import MonthlyReportTopRootCauses
    from ..models.processing_time import ProcessingTime
    from ..models.satisfaction import Satisfaction
    from ..models.survey_response import SurveyResponse


T = TypeVar("T", bound="MonthlyReport")


@_attrs_define
class MonthlyReport:
    """
    Attributes:
        month (str):
        timezone (str):
        from_ (str): Start of the month in UTC (ISO 8601).
        to (str): End of the month (exclusive) in UTC (ISO 8601).
        complete (bool):
        received (int):
        by_kind (MonthlyReportByKind):
        by_channel (MonthlyReportByChannel):
        by_category (MonthlyReportByCategory):
        by_state (MonthlyReportByState):
        closed (int):
        resolution_rate (float | None):
        processing_seconds (ProcessingTime):
        time_limits (MonthlyReportTimeLimits):
        satisfaction (Satisfaction):
        refunds_total (str):
        restocking_fees_total (str):
        compensation_total (str):
        repair_charges_total (str):
        repeat_repairs (int):
        survey (SurveyResponse):
        pickups (int):
        frequent_claimant_tickets (int):
        blocked_customer_tickets (int):
        top_root_causes (MonthlyReportTopRootCauses):
    """

    month: str
    timezone: str
    from_: str
    to: str
    complete: bool
    received: int
    by_kind: MonthlyReportByKind
    by_channel: MonthlyReportByChannel
    by_category: MonthlyReportByCategory
    by_state: MonthlyReportByState
    closed: int
    resolution_rate: float | None
    processing_seconds: ProcessingTime
    time_limits: MonthlyReportTimeLimits
    satisfaction: Satisfaction
    refunds_total: str
    restocking_fees_total: str
    compensation_total: str
    repair_charges_total: str
    repeat_repairs: int
    survey: SurveyResponse
    pickups: int
    frequent_claimant_tickets: int
    blocked_customer_tickets: int
    top_root_causes: MonthlyReportTopRootCauses
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        timezone = self.timezone

        from_ = self.from_

        to = self.to

        complete = self.complete

        received = self.received

        by_kind = self.by_kind.to_dict()

        by_channel = self.by_channel.to_dict()

        by_category = self.by_category.to_dict()

        by_state = self.by_state.to_dict()

        closed = self.closed

        resolution_rate: float | None
        resolution_rate = self.resolution_rate

        processing_seconds = self.processing_seconds.to_dict()

        time_limits = self.time_limits.to_dict()

        satisfaction = self.satisfaction.to_dict()

        refunds_total = self.refunds_total

        restocking_fees_total = self.restocking_fees_total

        compensation_total = self.compensation_total

        repair_charges_total = self.repair_charges_total

        repeat_repairs = self.repeat_repairs

        survey = self.survey.to_dict()

        pickups = self.pickups

        frequent_claimant_tickets = self.frequent_claimant_tickets

        blocked_customer_tickets = self.blocked_customer_tickets

        top_root_causes = self.top_root_causes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "timezone": timezone,
                "from": from_,
                "to": to,
                "complete": complete,
                "received": received,
                "by_kind": by_kind,
                "by_channel": by_channel,
                "by_category": by_category,
                "by_state": by_state,
                "closed": closed,
                "resolution_rate": resolution_rate,
                "processing_seconds": processing_seconds,
                "time_limits": time_limits,
                "satisfaction": satisfaction,
                "refunds_total": refunds_total,
                "restocking_fees_total": restocking_fees_total,
                "compensation_total": compensation_total,
                "repair_charges_total": repair_charges_total,
                "repeat_repairs": repeat_repairs,
                "survey": survey,
                "pickups": pickups,
                "frequent_claimant_tickets": frequent_claimant_tickets,
                "blocked_customer_tickets": blocked_customer_tickets,
                "top_root_causes": top_root_causes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monthly_report_by_category import MonthlyReportByCategory  # noqa: PLC0415
        from ..models.monthly_report_by_channel import MonthlyReportByChannel  # noqa: PLC0415
        from ..models.monthly_report_by_kind import MonthlyReportByKind  # noqa: PLC0415
        from ..models.monthly_report_by_state import MonthlyReportByState  # noqa: PLC0415
        from ..models.monthly_report_time_limits import MonthlyReportTimeLimits  # noqa: PLC0415
        from ..models.monthly_report_top_root_causes import MonthlyReportTopRootCauses  # noqa: PLC0415
        from ..models.processing_time import ProcessingTime  # noqa: PLC0415
        from ..models.satisfaction import Satisfaction  # noqa: PLC0415
        from ..models.survey_response import SurveyResponse  # noqa: PLC0415

        d = dict(src_dict)
        month = d.pop("month")

        timezone = d.pop("timezone")

        from_ = d.pop("from")

        to = d.pop("to")

        complete = d.pop("complete")

        received = d.pop("received")

        by_kind = MonthlyReportByKind.from_dict(d.pop("by_kind"))

        by_channel = MonthlyReportByChannel.from_dict(d.pop("by_channel"))

        by_category = MonthlyReportByCategory.from_dict(d.pop("by_category"))

        by_state = MonthlyReportByState.from_dict(d.pop("by_state"))

        closed = d.pop("closed")

        def _parse_resolution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolution_rate = _parse_resolution_rate(d.pop("resolution_rate"))

        processing_seconds = ProcessingTime.from_dict(d.pop("processing_seconds"))

        time_limits = MonthlyReportTimeLimits.from_dict(d.pop("time_limits"))

        satisfaction = Satisfaction.from_dict(d.pop("satisfaction"))

        refunds_total = d.pop("refunds_total")

        restocking_fees_total = d.pop("restocking_fees_total")

        compensation_total = d.pop("compensation_total")

        repair_charges_total = d.pop("repair_charges_total")

        repeat_repairs = d.pop("repeat_repairs")

        survey = SurveyResponse.from_dict(d.pop("survey"))

        pickups = d.pop("pickups")

        frequent_claimant_tickets = d.pop("frequent_claimant_tickets")

        blocked_customer_tickets = d.pop("blocked_customer_tickets")

        top_root_causes = MonthlyReportTopRootCauses.from_dict(d.pop("top_root_causes"))

        monthly_report = cls(
            month=month,
            timezone=timezone,
            from_=from_,
            to=to,
            complete=complete,
            received=received,
            by_kind=by_kind,
            by_channel=by_channel,
            by_category=by_category,
            by_state=by_state,
            closed=closed,
            resolution_rate=resolution_rate,
            processing_seconds=processing_seconds,
            time_limits=time_limits,
            satisfaction=satisfaction,
            refunds_total=refunds_total,
            restocking_fees_total=restocking_fees_total,
            compensation_total=compensation_total,
            repair_charges_total=repair_charges_total,
            repeat_repairs=repeat_repairs,
            survey=survey,
            pickups=pickups,
            frequent_claimant_tickets=frequent_claimant_tickets,
            blocked_customer_tickets=blocked_customer_tickets,
            top_root_causes=top_root_causes,
        )

        monthly_report.additional_properties = d
        return monthly_report

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
