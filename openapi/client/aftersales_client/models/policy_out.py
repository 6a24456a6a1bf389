from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_out_calendar import PolicyOutCalendar
    from ..models.policy_out_parameters import PolicyOutParameters


T = TypeVar("T", bound="PolicyOut")


@_attrs_define
class PolicyOut:
    """
    Attributes:
        version (str):
        parameters (PolicyOutParameters):
        calendar (PolicyOutCalendar):
    """

    version: str
    parameters: PolicyOutParameters
    calendar: PolicyOutCalendar
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        parameters = self.parameters.to_dict()

        calendar = self.calendar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "parameters": parameters,
                "calendar": calendar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_out_calendar import PolicyOutCalendar  # noqa: PLC0415
        from ..models.policy_out_parameters import PolicyOutParameters  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        parameters = PolicyOutParameters.from_dict(d.pop("parameters"))

        calendar = PolicyOutCalendar.from_dict(d.pop("calendar"))

        policy_out = cls(
            version=version,
            parameters=parameters,
            calendar=calendar,
        )

        policy_out.additional_properties = d
        return policy_out

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
