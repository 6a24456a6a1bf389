# The same steps as `make run`: install the project, migrate, serve. The image installs
# the wheel (the deployment artefact), pinned by constraints.txt.

# Build: the wheel, and every dependency as a wheel of its own layer.
FROM python:3.11-slim AS build
WORKDIR /build
COPY constraints.txt pyproject.toml README.md ./
COPY src ./src
RUN pip wheel --no-cache-dir --wheel-dir /wheels -c constraints.txt .

# Run: dependencies first (a layer that changes only with constraints.txt), then the app.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    AFTERSALES_HOST=0.0.0.0 \
    AFTERSALES_PORT=8000 \
    AFTERSALES_DATABASE_URL=sqlite:////data/aftersales.db
COPY constraints.txt /tmp/constraints.txt
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels -c /tmp/constraints.txt \
        $(ls /wheels | grep -v '^aftersales_api-' | sed 's|^|/wheels/|') \
    && pip install --no-cache-dir --no-index --no-deps /wheels/aftersales_api-*.whl \
    && rm -rf /wheels /tmp/constraints.txt
# The code belongs to root; the app user may write only its data volume.
RUN useradd --create-home --uid 10001 app && mkdir /data && chown app /data
USER app
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"AFTERSALES_PORT\"]}/readyz')"
CMD ["sh", "-c", "aftersales-api migrate && exec aftersales-api serve"]
