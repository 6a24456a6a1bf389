"""The words of policy.md and api.md, defined once: the rules check values against
them and the HTTP schemas validate with them."""

from __future__ import annotations

from typing import Final, Literal, get_args

Kind = Literal[
    "return",
    "exchange",
    "repair",
    "accessory",
    "invoice",
    "refund",
    "installation",
    "complaint",
    "inquiry",
    "suggestion",
]
Channel = Literal[
    "phone", "hotline", "email", "fax", "letter", "web", "app", "chat", "social", "in_person", "sales_rep"
]
GoodsReason = Literal["no_reason", "quality_defect", "appearance_defect", "mislabeled_listing", "wrong_item"]
InvoiceReason = Literal["invoice_lost", "invoice_wrong"]
PackageState = Literal["sealed", "semi_sealed", "unsealed"]
EvidenceType = Literal[
    "photos", "courier_unboxing_proof", "listing_screenshot", "inspection_report", "manufacturer_confirmation"
]
Responsibility = Literal["company", "customer", "carrier", "manufacturer", "unclear"]
PaymentMethod = Literal["cash", "card", "transfer", "points", "coupon", "store_card"]
MajorFlag = Literal[
    "injury",
    "safety",
    "brand_impersonation",
    "store_impersonation",
    "expired_product",
    "regulator",
    "media",
    "lawyer",
    "police",
    "consumer_association",
    "government",
    "industry_referral",
    "repeat_repairs_rejected",
    "exposure_risk",
]
Category = Literal[
    "product_quality",
    "service_attitude",
    "delivery_delay",
    "after_sales",
    "billing",
    "contract",
    "transport_damage",
    "other",
]
Tier = Literal["regular", "key", "vip"]
Priority = Literal["high", "medium", "low"]
State = Literal["received", "verified", "resolved", "confirmed", "closed", "rejected", "cancelled"]
Level = Literal["agent", "supervisor", "manager"]

CATEGORIES: Final = get_args(Category)
PRIORITIES: Final = get_args(Priority)
LEVELS: Final = get_args(Level)
GOODS_KINDS: Final = frozenset({"return", "exchange"})
WRITTEN_CHANNELS: Final = frozenset({"email", "fax", "letter", "sales_rep"})
CALL_CHANNELS: Final = frozenset({"phone", "hotline"})
RECEIPT_ONLY_METHODS: Final = frozenset({"points", "coupon", "store_card"})
