"""The OpenAPI document fuzzed by schemathesis against the app, on SQLite and on
PostgreSQL when configured: every operation, positive and negative data, every check.

Schema-valid data may still be refused with a 422: the policy decides (`rule_violation`)
and some rules span fields (a return needs an order; `total` is the sum of the parts),
which the document states in words, not in JSON Schema. So 422 counts as an answer to
positive data, and `field_constraints_are_declared` makes sure such a 422 is never about
one field the schema let through: every constraint on a single field is in the document.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.config._checks import PositiveDataAcceptanceConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.modes import GenerationMode

from aftersales_api.main import create_app
from aftersales_api.openapi import document
from aftersales_api.services import keys
from aftersales_api.services.env import Env

from ..conftest import empty

EXAMPLES = 25
ACCEPTED = ["2xx", "401", "403", "404", "409", "412", "422"]


class Current:
    """The ASGI app schemathesis calls: it forwards to the app of the running test, whose
    database (SQLite or PostgreSQL) is that test's own."""

    app: Any = None
    requests = 0  # what the run sent, for whoever asks

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            Current.requests += 1
        await self.app(scope, receive, send)


CURRENT = Current()


def load(*modes: GenerationMode) -> Any:
    loaded = schemathesis.openapi.from_dict(json.loads(document()))
    loaded.config.update(base_url="http://testserver")
    loaded.config.generation.update(modes=list(modes))
    loaded.config.checks.positive_data_acceptance = PositiveDataAcceptanceConfig(expected_statuses=ACCEPTED)
    loaded.app = CURRENT
    return loaded


schema = load(GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
# Sequences run on valid data: the links that feed one call's answer into the next can
# turn a generated negative case into a valid one, which schemathesis then reports as
# "accepted negative data"; negative data is covered operation by operation above.
sequences = load(GenerationMode.POSITIVE)


@schemathesis.check
def field_constraints_are_declared(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request refused for one of its fields means the document failed
    to declare a constraint the service enforces."""
    meta = case.meta
    if meta is None or meta.generation.mode.is_negative or response.status_code != 422:
        return None
    problem = response.json()
    assert problem["code"] in ("validation", "rule_violation", "idempotency_mismatch"), problem
    for error in problem.get("errors") or ():
        if error["type"] == "cross_field":  # a rule between fields, stated in the descriptions
            continue
        loc = error["loc"]
        # A field is named last; an object's own (cross-field) rules end at its index or "body".
        single_field = loc[0] in ("query", "path", "header") or (len(loc) > 1 and isinstance(loc[-1], str))
        assert not single_field, f"schema-valid field refused: {error}"
    return True


def auth_for(case: Any, admin: dict[str, str]) -> dict[str, str]:
    """The admin key, unless the case's headers are invalid on purpose: then its own
    Authorization header, or none, is sent. (The admin key in place of an invalid one
    made a request valid that schemathesis counts as invalid, and reports as accepted.)"""
    negative = case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER)
    return {} if negative else admin


@pytest.fixture
def fuzzed_app(env: Env) -> FastAPI:
    return create_app(env.settings, env)


@pytest.fixture
def admin(env: Env) -> dict[str, str]:
    return {"Authorization": f"Bearer {keys.create(env, 'admin', 'fuzz')}"}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation(case: Any, fuzzed_app: FastAPI, admin: dict[str, str]) -> None:
    CURRENT.app = fuzzed_app
    case.call_and_validate(headers=auth_for(case, admin), additional_checks=[field_constraints_are_declared])


STEPS = 12


class Workflow(sequences.as_state_machine()):  # type: ignore[misc]
    """Sequences of calls following the links schemathesis infers from the document
    (a created ticket's id and number feed every operation on `{ticket}`)."""

    headers: dict[str, str] = {}
    database: Any = None

    def setup(self) -> None:
        # Each sequence starts from the same empty database (the keys kept): Hypothesis
        # replays sequences, and a replay must get the answers the first run got.
        empty(self.database, keep=("api_keys",))

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"headers": auth_for(case, self.headers)}

    def after_call(self, response: Any, case: Any) -> None:
        assert response.status_code < 500, response.text


def test_stateful_sequences(fuzzed_app: FastAPI, admin: dict[str, str], env: Env) -> None:
    CURRENT.app = fuzzed_app
    Workflow.headers, Workflow.database = admin, env.db
    Workflow.run(
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            # A saved sequence would replay against a later database's tickets (other
            # ids, numbers and links): none are saved.
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
