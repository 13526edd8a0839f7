# termcheck service: JSON API (/v1), LanguageTool-compatible API (/v2) and the editor page (/).
#   docker build -t termcheck .
#   docker run --rm -p 8080:8080 termcheck            # then open http://localhost:8080/
# Settings come from TERMCHECK_* variables (see docs/api.md), e.g. -e TERMCHECK_API_KEYS=secret.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin termcheck
WORKDIR /app

# Dependencies in their own layer: rebuilt only when pyproject.toml changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + p['optional-dependencies']['api']))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# The project itself (code, rule packs, glossaries, editor page).
COPY README.md ./
COPY termcheck ./termcheck
COPY rules ./rules
COPY glossary ./glossary
RUN pip install --no-deps . && rm -rf /app/build

USER termcheck
ENV TERMCHECK_HOST=0.0.0.0 \
    TERMCHECK_PORT=8080 \
    TERMCHECK_WORKERS=2
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('TERMCHECK_PORT', '8080'), timeout=4)" || exit 1

CMD ["termcheck", "serve"]
