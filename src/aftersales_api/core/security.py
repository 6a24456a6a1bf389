"""API keys and roles. Keys are random, shown once, and stored as SHA-256 digests
(high-entropy secrets need no slow hash)."""

from __future__ import annotations

import hashlib
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


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    role: str


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
