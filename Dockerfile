# syntax=docker/dockerfile:1
# The newsstream worker (all stages, metrics and /health on port 6066).
#   docker build -t newsstream .
#   docker run --rm -e KAFKA_BOOTSTRAP=broker:9092 -p 6066:6066 newsstream
# Other commands: docker run --rm newsstream enrich --help
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A non-root user; /data is its Faust data directory (tables, offsets). A named
# volume mounted there starts out owned by this user.
RUN groupadd --system --gid 10001 newsstream \
 && useradd --system --uid 10001 --gid newsstream --create-home \
        --home-dir /home/newsstream --shell /usr/sbin/nologin newsstream \
 && install -d -o newsstream -g newsstream -m 0750 /data

# streams/schemas is a symlink to ../schemas, so both go in. README.m[d] copies
# README.md when it exists (pyproject names it; a missing one only warns).
WORKDIR /src
COPY pyproject.toml README.m[d] ./
COPY schemas/ ./schemas/
COPY streams/ ./streams/
# A fresh venv's pip is too old for this dependency set: upgrade it first.
RUN pip install -U pip \
 && pip install . \
 && cd / && rm -rf /src

USER newsstream
WORKDIR /home/newsstream

ENV NEWSSTREAM_WEB_BIND=0.0.0.0 \
    NEWSSTREAM_WEB_PORT=6066 \
    NEWSSTREAM_DATA_DIR=/data

EXPOSE 6066

# python, not curl: slim images have no curl. Follows NEWSSTREAM_WEB_PORT.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('NEWSSTREAM_WEB_PORT', '6066'), timeout=4)"]

ENTRYPOINT ["newsstream"]
CMD ["worker"]
