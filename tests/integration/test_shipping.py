"""What a new user meets: the image installs the wheel, the docs need no internet, the
README links stay inside the repository and its shell examples run as written."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from aftersales_api.core.migrations import SCRIPTS
from aftersales_api.main import create_app
from aftersales_api.services.env import utcnow

from ..conftest import running

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_image_installs_the_wheel_not_the_checkout() -> None:
    docker = (ROOT / "Dockerfile").read_text()
    stages = [m.start() for m in re.finditer(r"^FROM ", docker, flags=re.M)]
    assert len(stages) == 2, "a build stage and a run stage"
    run_stage = docker[stages[1] :]
    assert "pip wheel" in docker and "/wheels/aftersales_api-*.whl" in run_stage
    assert not re.search(r"pip install[^\n]*\s-e\s", docker), "no editable install"
    assert "COPY src" not in run_stage, "the run stage gets no source tree"
    assert "-c /tmp/constraints.txt" in run_stage, "pinned by the constraints file"
    install = run_stage.index("pip install")
    assert run_stage.index("USER app") > install, "code installed by root, not writable by the app"
    assert "AFTERSALES_PORT" in run_stage


def test_the_migrations_ship_inside_the_package() -> None:
    import aftersales_api

    package = Path(aftersales_api.__file__).parent
    assert SCRIPTS.parent == package
    assert sorted(p.name for p in (SCRIPTS / "versions").glob("*.py"))
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"migrations/versions/*.py"' in pyproject and '"migrations/*.mako"' in pyproject


def test_docs_pages_load_nothing_from_the_internet(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        urls = re.findall(r'(?:src|href)="([^"]+)"', html) + re.findall(r'url: ?[\'"]([^\'"]+)', html)
        assert urls and all(u.startswith("/") for u in urls), urls
        for url in urls:
            assert client.get(url).status_code == 200, url


def test_readme_and_docs_link_only_inside_the_repository() -> None:
    for doc in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        text = doc.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
            assert not target.startswith(("http", "..")) or (doc.parent / target).resolve().is_relative_to(
                ROOT
            ), (
                doc.name,
                target,
            )
            assert (doc.parent / target).exists(), (doc.name, target)
        assert "shared/" not in text, doc.name


def shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.S)


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "aftersales-api").exists(), reason="needs `make install`")
def test_the_readme_examples_run_as_written(env: Any, tmp_path: Path) -> None:
    """The quick start's keys, ticket, eligibility check, verify and inspection, in
    order, against a live server on today's date."""
    quick, storefront, warehouse = shell_blocks()[1:4]
    script = "\n".join(["set -euo pipefail", quick, storefront, warehouse])
    live = dataclasses.replace(env, clock=utcnow)
    with running(create_app(live.settings, live)) as url:
        script = script.replace("API=http://127.0.0.1:8000", f"API={url}")
        environ = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
        environ["AFTERSALES_DATABASE_URL"] = env.settings.database_url
        done = subprocess.run(
            ["bash", "-c", script], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert re.search(r"^AS-\d{8}-000001$", out, flags=re.M), out
    assert '"eligible":true' in out and '"restocking_fee":"19.90"' in out
    assert '"passed":false,"failed":["accessories_complete"]' in out
