"""Shared fixtures. Kafka fixtures start the real local broker only when a test asks for it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from spacy.language import Language

from streams.settings import Settings
from tests.kafka import local_broker


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """The loop the app is built on (Faust takes the current one), closed after the test."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def broker() -> Iterator[Settings]:
    """Settings of a running Apache Kafka: ours (stopped at the end) or KAFKA_BOOTSTRAP's."""
    with local_broker() as settings:
        yield settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The entity stage's spaCy model, loaded once for the whole session (about 1 s)."""
    from streams.stages.entities import load_model

    return load_model()
