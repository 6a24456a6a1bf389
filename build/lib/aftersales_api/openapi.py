"""The OpenAPI document as committed in openapi/openapi.json (and the client generated from it)."""

from __future__ import annotations

import json

from .core.config import Settings
from .main import create_app


def document() -> str:
    """The app's OpenAPI 3.1 document, rendered the same way every time."""
    app = create_app(Settings(database_url="sqlite://", sweep_interval=0, _env_file=None))
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
