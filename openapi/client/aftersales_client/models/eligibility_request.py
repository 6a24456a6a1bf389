from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.eligibility_request_evidence_item import EligibilityRequestEvidenceItem
from ..models.eligibility_request_kind import EligibilityRequestKind
from ..models.eligibility_request_package_state_type_0 import EligibilityRequestPackageStateType0
from ..models.eligibility_request_reason import EligibilityRequestReason
from ..models.eligibility_request_responsibility_type_0 import EligibilityRequestResponsibilityType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kept import Kept


T = TypeVar("T", bound="EligibilityRequest")


@_attrs_define
class EligibilityRequest:
    """
    Attributes:
        kind (EligibilityRequestKind):
        reason (EligibilityRequestReason):
        invoice_date (datetime.date):
        goods_amount (str):
        request_date (datetime.date | None | Unset):
        package_state (EligibilityRequestPackageStateType0 | None | Unset):
        product_category (None | str | Unset):
        outer_packaging_intact (bool | None | Unset):
        kept (Kept | None | Unset):
        evidence (list[EligibilityRequestEvidenceItem] | Unset):
        responsibility (EligibilityRequestResponsibilityType0 | None | Unset):
        onsite (bool | Unset):  Default: False.
    """

    kind: EligibilityRequestKind
    reason: EligibilityRequestReason
    invoice_date: datetime.date
    goods_amount: str
    request_date: datetime.date | None | Unset = UNSET
    package_state: EligibilityRequestPackageStateType0 | None | Unset = UNSET
    product_category: None | str | Unset = UNSET
    outer_packaging_intact: bool | None | Unset = UNSET
    kept: Kept | None | Unset = UNSET
    evidence: list[EligibilityRequestEvidenceItem] | Unset = UNSET
    responsibility: EligibilityRequestResponsibilityType0 | None | Unset = UNSET
    onsite: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.kept import Kept  # noqa: PLC0415

        kind = self.kind.value

        reason = self.reason.value

        invoice_date = self.invoice_date.isoformat()

        goods_amount = self.goods_amount

        request_date: None | str | Unset
        if isinstance(self.request_date, Unset):
            request_date = UNSET
        elif isinstance(self.request_date, datetime.date):
            request_date = self.request_date.isoformat()
        else:
            request_date = self.request_date

        package_state: None | str | Unset
        if isinstance(self.package_state, Unset):
            package_state = UNSET
        elif isinstance(self.package_state, EligibilityRequestPackageStateType0):
            package_state = self.package_state.value
        else:
            package_state = self.package_state

        product_category: None | str | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        else:
            product_category = self.product_category

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

        evidence: list[str] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.value
                evidence.append(evidence_item)

        responsibility: None | str | Unset
        if isinstance(self.responsibility, Unset):
            responsibility = UNSET
        elif isinstance(self.responsibility, EligibilityRequestResponsibilityType0):
            responsibility = self.responsibility.value
        else:
            responsibility = self.responsibility

        onsite = self.onsite

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "reason": reason,
                "invoice_date": invoice_date,
                "goods_amount": goods_amount,
            }
        )
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if package_state is not UNSET:
            field_dict["package_state"] = package_state
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if outer_packaging_intact is not UNSET:
            field_dict["outer_packaging_intact"] = outer_packaging_intact
        if kept is not UNSET:
            field_dict["kept"] = kept
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if responsibility is not UNSET:
            field_dict["responsibility"] = responsibility
        if onsite is not UNSET:
            field_dict["onsite"] = onsite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kept import Kept  # noqa: PLC0415

        d = dict(src_dict)
        kind = EligibilityRequestKind(d.pop("kind"))

        reason = EligibilityRequestReason(d.pop("reason"))

        invoice_date = datetime.date.fromisoformat(d.pop("invoice_date"))

        goods_amount = d.pop("goods_amount")

        def _parse_request_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_date_type_0 = datetime.date.fromisoformat(data)

                return request_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        request_date = _parse_request_date(d.pop("request_date", UNSET))

        def _parse_package_state(data: object) -> EligibilityRequestPackageStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                package_state_type_0 = EligibilityRequestPackageStateType0(data)

                return package_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EligibilityRequestPackageStateType0 | None | Unset, data)

        package_state = _parse_package_state(d.pop("package_state", UNSET))

        def _parse_product_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_category = _parse_product_category(d.pop("product_category", UNSET))

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
        evidence: list[EligibilityRequestEvidenceItem] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EligibilityRequestEvidenceItem(evidence_item_data)

                evidence.append(evidence_item)

        def _parse_responsibility(data: object) -> EligibilityRequestResponsibilityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsibility_type_0 = EligibilityRequestResponsibilityType0(data)

                return responsibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EligibilityRequestResponsibilityType0 | None | Unset, data)

        responsibility = _parse_responsibility(d.pop("responsibility", UNSET))

        onsite = d.pop("onsite", UNSET)

        eligibility_request = cls(
            kind=kind,
            reason=reason,
            invoice_date=invoice_date,
            goods_amount=goods_amount,
            request_date=request_date,
            package_state=package_state,
            product_category=product_category,
            outer_packaging_intact=outer_packaging_intact,
            kept=kept,
            evidence=evidence,
            responsibility=responsibility,
            onsite=onsite,
        )

        return eligibility_request
