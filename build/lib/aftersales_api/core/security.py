"""API keys and roles. Keys are random, shown once, and stored as SHA-256 digests
(high-entropy secrets need no slow hash)."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

ROLES: Final = (
    "storefront",
    "warehouse",
    "agent",
    "supervisor",
    "manager",
    "product_manager",
    "finance",
    "general_manager",
    "admin",
)
AGENT_RANK: Final = {"agent": 1, "supervisor": 2, "manager": 3}
DEFAULT_STORE: Final = "default"
STORE: Final = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Roles that see a customer's phone and e-mail masked (api.md "Who sees what").
MASKED_ROLES: Final = frozenset({"warehouse", "finance", "product_manager"})


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    role: str
    store: str | None = None  # a storefront key's store: it sees that store's tickets only

    @property
    def masked(self) -> bool:
        return self.role in MASKED_ROLES


def new_key() -> str:
    return "ask_" + secrets.token_urlsafe(32)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def role_allows(role: str, needs: Iterable[str]) -> bool:
    """`needs` names roles, or an agent level with '+' for "that level or higher".
    Admin may do everything."""
    if role == "admin":
        return True
    rank = AGENT_RANK.get(role, 0)
    for need in needs:
        if need.endswith("+"):
            if rank and rank >= AGENT_RANK[need[:-1]]:
                return True
        elif need == role:
            return True
    return False
