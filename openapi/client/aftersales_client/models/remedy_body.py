from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemedyBody")


@_attrs_define
class RemedyBody:
    """
    Attributes:
        steps (list[str]): Corrective steps.
        preventive (list[str]): Preventive steps (补救和预防措施, REMEDY_10WD).
        deadline (datetime.date):
        responsible (str):
        note (str | Unset):  Default: ''.
    """

    steps: list[str]
    preventive: list[str]
    deadline: datetime.date
    responsible: str
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        steps = self.steps

        preventive = self.preventive

        deadline = self.deadline.isoformat()

        responsible = self.responsible

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "steps": steps,
                "preventive": preventive,
                "deadline": deadline,
                "responsible": responsible,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        steps = cast(list[str], d.pop("steps"))

        preventive = cast(list[str], d.pop("preventive"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        responsible = d.pop("responsible")

        note = d.pop("note", UNSET)

        remedy_body = cls(
            steps=steps,
            preventive=preventive,
            deadline=deadline,
            responsible=responsible,
            note=note,
        )

        return remedy_body
