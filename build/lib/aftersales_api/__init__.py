"""aftersales-api: the after-sales service (returns, exchanges, repairs, complaints)."""

__version__ = "0.1.0"
