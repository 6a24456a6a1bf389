from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyBody")


@_attrs_define
class SurveyBody:
    """
    Attributes:
        score (int | None | Unset):
        comment (str | Unset):  Default: ''.
        declined (bool | Unset): The customer refused the survey (SURVEY_REQUIRED). Default: False.
    """

    score: int | None | Unset = UNSET
    comment: str | Unset = ""
    declined: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        comment = self.comment

        declined = self.declined

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if comment is not UNSET:
            field_dict["comment"] = comment
        if declined is not UNSET:
            field_dict["declined"] = declined

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        comment = d.pop("comment", UNSET)

        declined = d.pop("declined", UNSET)

        survey_body = cls(
            score=score,
            comment=comment,
            declined=declined,
        )

        return survey_body
