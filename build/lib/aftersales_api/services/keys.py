"""API keys: create (shown once), list, revoke, authenticate."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select

from ..core.errors import Invalid, NotFound, Unauthenticated
from ..core.security import DEFAULT_STORE, ROLES, STORE, Principal, digest, new_key
from ..models import ApiKey
from .env import Env

# Recently seen keys, so most requests skip the lookup; revocation reaches other
# processes within `auth_cache_seconds`.
_cache: dict[str, tuple[Principal, float]] = {}


def create(env: Env, role: str, name: str, store: str | None = None) -> str:
    """A new key; a storefront key belongs to a store (default `default`), others to none."""
    if role not in ROLES:
        raise Invalid(f"Unknown role {role!r}; roles: {', '.join(ROLES)}.")
    if not name or len(name) > 100 or "\x00" in name:
        raise Invalid("A key's name is 1 to 100 characters.")
    if role != "storefront" and store is not None:
        raise Invalid("Only storefront keys belong to a store.")
    if role == "storefront" and not STORE.fullmatch(store := store or DEFAULT_STORE):
        raise Invalid("A store's name is 1 to 64 letters, digits, '-', '_' or '.'.")
    key = new_key()
    with env.db.write() as session:
        if session.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
            raise Invalid(f"A key named {name!r} exists already.")
        session.add(ApiKey(name=name, role=role, store=store, key_hash=digest(key), created_at=env.clock()))
    return key


def list_(env: Env) -> list[dict[str, Any]]:
    with env.db.read() as session:
        rows = session.scalars(select(ApiKey).order_by(ApiKey.name))
        return [
            {
                "name": k.name,
                "role": k.role,
                "store": k.store,
                "created_at": k.created_at.isoformat(),
                "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None,
            }
            for k in rows
        ]


def revoke(env: Env, name: str) -> None:
    with env.db.write() as session:
        key = session.scalar(select(ApiKey).where(ApiKey.name == name))
        if key is None:
            raise NotFound(f"No key named {name!r}.")
        key.revoked_at = key.revoked_at or env.clock()
    _cache.clear()


def authenticate(env: Env, key: str, ttl: float) -> Principal:
    hashed = digest(key)
    hit = _cache.get(hashed)
    now = time.monotonic()
    if hit is not None and hit[1] > now:
        return hit[0]
    with env.db.read() as session:
        row = session.execute(
            select(ApiKey.name, ApiKey.role, ApiKey.store).where(
                ApiKey.key_hash == hashed, ApiKey.revoked_at.is_(None)
            )
        ).first()
    if row is None:
        _cache.pop(hashed, None)
        raise Unauthenticated("Unknown or revoked API key.")
    principal = Principal(name=row.name, role=row.role, store=row.store)
    if ttl > 0:
        _cache[hashed] = (principal, now + ttl)
    return principal
