"""The agents' sink: their messages to the producer Faust publishes with, without what
`Topic.send` builds around each one.

An article is some 35 messages (18-19 of them claims, one per claim: the contract).
Through `Topic.send` each was run through Faust's codecs (raw here: nothing to do),
wrapped in a PendingMessage and a FutureMessage, given to the sensor as it started
and as it completed, and chained to aiokafka's future by a callback that completed the
FutureMessage nobody awaited: about 2 ms of the main thread's CPU an article against
0.6 here (`python -m bench sends`), 3-5 ms of the worker's in the pipeline bench (README,
round five).

Here each message goes to what `Topic.publish_message` itself sends with,
`app.maybe_start_producer()`: Faust's producer, or with exactly_once its transaction
manager, which sends a message on the transactional producer of its partition. So the
messages are the same (key, value, headers; the partition left to the producer's
partitioner, as before), in the same order, and in the producer Faust flushes before
it commits offsets. The sensor's series stay what they were (`topic_messages_sent` per
topic, `total_sent_messages` and the send latency per acknowledged message, the error
series per failed one), counted with one callback a message.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from time import monotonic
from typing import TYPE_CHECKING, Any

import faust

from streams.metrics import FaustSensor

if TYPE_CHECKING:
    from streams.agents.wiring import Send

log = logging.getLogger("streams")
# What a sensor is told of the message it counts: no PendingMessage is built here.
NO_MESSAGE: Any = None


@dataclass
class Sink:
    """The messages of an agent (or a timer), in order, to Faust's producer."""

    app: faust.App

    async def __call__(self, sends: Iterable[Send]) -> None:
        producer = await self.app.maybe_start_producer()
        sent = _Sent(self.app, producer, monotonic())
        counts: dict[str, int] = {}
        for s in sends:
            future = await producer.send(s.topic, s.key, s.value, None, None, s.headers)
            future.add_done_callback(sent)
            counts[s.topic] = counts.get(s.topic, 0) + 1
        for sensor in self.app.sensors:  # as Faust's SensorDelegate calls them
            if isinstance(sensor, FaustSensor):
                sensor.on_sends_initiated(counts)
            else:  # a sensor of Faust's own: once a message, as Topic.send calls it
                for topic, n in counts.items():
                    for _ in range(n):
                        sensor.on_send_initiated(producer, topic, NO_MESSAGE, 0, 0)


@dataclass
class _Sent:
    """What one sink call's acknowledgements tell the sensor, or a failure the log."""

    app: faust.App
    producer: Any
    started: float

    def __call__(self, future: Any) -> None:
        if future.cancelled():
            log.warning("a send was cancelled")
            return
        exc = future.exception()
        if exc is not None:
            # As Faust's Topic._on_published: the sensor's error series and a warning.
            log.warning("send failed: %r", exc)
            for sensor in self.app.sensors:
                sensor.on_send_error(self.producer, exc, self.started)
            return
        metadata = future.result()
        # Each sensor by itself (Faust's delegate wants a state per sensor): the state
        # FaustSensor's on_send_initiated would have given, the time the send started.
        for sensor in self.app.sensors:
            sensor.on_send_completed(self.producer, self.started, metadata)
