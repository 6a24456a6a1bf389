from enum import StrEnum


class ComplaintInMajorFlagsItem(StrEnum):
    BRAND_IMPERSONATION = "brand_impersonation"
    CONSUMER_ASSOCIATION = "consumer_association"
    EXPIRED_PRODUCT = "expired_product"
    GOVERNMENT = "government"
    INJURY = "injury"
    LAWYER = "lawyer"
    MEDIA = "media"
    POLICE = "police"
    REGULATOR = "regulator"

    def __str__(self) -> str:
        return str(self.value)
