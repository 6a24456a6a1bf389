from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.resolution import Resolution


T = TypeVar("T", bound="ResolveBody")


@_attrs_define
class ResolveBody:
    """
    Attributes:
        resolution (Resolution):
    """

    resolution: Resolution

    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resolution import Resolution  # noqa: PLC0415

        d = dict(src_dict)
        resolution = Resolution.from_dict(d.pop("resolution"))

        resolve_body = cls(
            resolution=resolution,
        )

        return resolve_body
