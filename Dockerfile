# Multi-stage image: build the virtualenv and static files with the same scripts CI runs
# (bin/setup, bin/collectstatic), then copy them into a slim runtime image as a non-root user.
FROM python:3.11-slim AS build
# Optional extras, e.g. --build-arg INTEGREAT_EXTRAS=opensearch (or elasticsearch) for a search server.
ARG INTEGREAT_EXTRAS=""
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md manage.py ./
COPY bin ./bin
COPY integreat_wagtail ./integreat_wagtail
COPY home ./home
COPY plugins ./plugins
COPY locale ./locale
RUN INTEGREAT_EXTRAS="$INTEGREAT_EXTRAS" bin/setup && bin/collectstatic

FROM python:3.11-slim
WORKDIR /app
# Pango, HarfBuzz and the Noto fonts lay out PDFs (WeasyPrint) in every script, Arabic included.
RUN apt-get update && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
        libharfbuzz-subset0 fonts-noto-core && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home --uid 10001 integreat \
    && mkdir -p /app/var && chown integreat /app/var
COPY --from=build --chown=integreat /app /app
USER integreat
ENV DJANGO_SETTINGS_MODULE=integreat_wagtail.settings.production \
    PYTHONUNBUFFERED=1 \
    BIND=0.0.0.0:8000
# SQLite (demo), media and private uploads live under var/ unless S3 and PostgreSQL are configured.
VOLUME ["/app/var"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/app/.venv/bin/python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
CMD ["bin/serve"]
