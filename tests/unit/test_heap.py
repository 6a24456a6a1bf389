"""The heap a process built at start is frozen while it serves or sweeps, and thawed after."""

from __future__ import annotations

import gc
from typing import Any

from fastapi.testclient import TestClient

from aftersales_api.core import heap


def _tracked(obj: object) -> bool:
    return any(o is obj for o in gc.get_objects())


def test_what_was_built_before_is_out_of_the_collectors_reach_until_thawed() -> None:
    built = {"routes": [[n] for n in range(10)]}
    assert _tracked(built)
    with heap.frozen():
        assert gc.get_freeze_count() > 0
        assert not _tracked(built)
        made_since = {"rows": [[1], [2]]}
        assert _tracked(made_since)
    assert gc.get_freeze_count() == 0
    assert _tracked(built)


def test_the_server_freezes_its_heap_while_it_runs(env: Any) -> None:
    from aftersales_api.main import create_app

    app = create_app(env.settings, env)
    assert gc.get_freeze_count() == 0
    with TestClient(app) as client:
        assert gc.get_freeze_count() > 0
        assert not _tracked(app)
        assert client.get("/healthz").status_code == 200
    assert gc.get_freeze_count() == 0
