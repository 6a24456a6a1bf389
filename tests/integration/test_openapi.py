"""The committed OpenAPI document (and the client generated from it) match the app."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from aftersales_api.main import create_app
from aftersales_api.openapi import document

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "openapi" / "openapi.json"


def test_committed_document_is_what_the_app_serves() -> None:
    assert COMMITTED.read_text() == document(), "the API changed: run `make openapi` and commit the result"


def test_document_drift_is_detected() -> None:
    app = create_app()

    @app.get("/v1/extra", operation_id="extra")
    def extra() -> dict[str, str]:
        return {}

    changed = json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
    assert changed != COMMITTED.read_text()


def test_the_client_was_generated_from_the_committed_document() -> None:
    stamp = (ROOT / "openapi" / "client" / "openapi.sha256").read_text().strip()
    assert stamp == hashlib.sha256(COMMITTED.read_bytes()).hexdigest(), "run `make openapi`"


def test_every_operation_is_documented() -> None:
    spec = json.loads(COMMITTED.read_text())
    assert spec["openapi"].startswith("3.1")
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert op.get("operationId") and op.get("summary"), (path, method)
            if path.startswith("/v1/"):
                assert op.get("security"), (path, method)
                problems = {
                    code
                    for code, r in op["responses"].items()
                    if "application/problem+json" in r.get("content", {})
                }
                assert {"401", "403", "422"} <= problems, (path, method)
