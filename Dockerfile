# The same steps as `make run`: install the project, migrate, serve.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    AFTERSALES_HOST=0.0.0.0 \
    AFTERSALES_PORT=8000 \
    AFTERSALES_DATABASE_URL=sqlite:////data/aftersales.db

RUN useradd --create-home --uid 10001 app && mkdir /data && chown app /data
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY src ./src
COPY migrations ./migrations
RUN pip install --no-cache-dir -e . && chown -R app /app

USER app
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["sh", "-c", "aftersales-api migrate && exec aftersales-api serve"]
