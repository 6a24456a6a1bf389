from enum import StrEnum


class ComplaintInMajorFlagsItem(StrEnum):
    BRAND_IMPERSONATION = "brand_impersonation"
    CONSUMER_ASSOCIATION = "consumer_association"
    EXPIRED_PRODUCT = "expired_product"
    EXPOSURE_RISK = "exposure_risk"
    GOVERNMENT = "government"
    INDUSTRY_REFERRAL = "industry_referral"
    INJURY = "injury"
    LAWYER = "lawyer"
    MEDIA = "media"
    POLICE = "police"
    REGULATOR = "regulator"
    REPEAT_REPAIRS_REJECTED = "repeat_repairs_rejected"
    SAFETY = "safety"
    STORE_IMPERSONATION = "store_impersonation"

    def __str__(self) -> str:
        return str(self.value)
