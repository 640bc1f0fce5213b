"""The `newsstream` command: thin click commands over the stages, the clients and the broker.

Every option also reads an environment variable (NEWSSTREAM_<COMMAND>_<OPTION>
for command options; the Settings variables for connection and topics). User
mistakes end in one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

import click
import orjson

from streams import records
from streams.errors import BrokerError, ConfigError, NewsstreamError, RecordError, UsageError
from streams.records import Record
from streams.settings import Settings
from streams.stages import STAGES

EXIT_USAGE = 2
# The worker's threshold for the collector's youngest generation (Python's default: 700).
GC_YOUNG = 10_000


def _settings(ctx: click.Context) -> Settings:
    settings = ctx.find_object(Settings)
    assert settings is not None
    return settings


@click.group(
    context_settings={"auto_envvar_prefix": "NEWSSTREAM", "help_option_names": ["-h", "--help"]}
)
@click.version_option(package_name="newsstream")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Clean, tag and attribute live news on Kafka."""
    ctx.obj = Settings.from_env()
    # aiokafka logs every failed connection attempt; the commands report the outcome themselves.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)


@cli.command()
@click.option(
    "--stages",
    envvar="NEWSSTREAM_STAGES",
    help="Comma list of the stage roles to run: clean, entities, claims, stories, trending "
    "(default: all; also NEWSSTREAM_STAGES).",
)
@click.pass_context
def worker(ctx: click.Context, stages: str | None) -> None:
    """Run the Faust worker (the stages named, else all); metrics on /metrics of the web port."""
    from dataclasses import replace

    from streams import allocator, diagnostics
    from streams.app import create_app
    from streams.clients import broker_answers, connection_problem, ensure_topics
    from streams.logs import logging_config
    from streams.settings import stage_list

    settings = _settings(ctx)
    if stages is not None:
        settings = replace(settings, stages=stage_list(stages))
        settings.validate()
    diagnostics.on_fatal_signals()
    allocator.limit_arenas()  # before Faust and RocksDB start threads
    # Young collections every 10,000 allocations instead of 700: the model makes hundreds of
    # thousands of short-lived objects an article, and each collection at 700 walked the
    # survivors of the moment again (2.5 collections, 0.6 ms of CPU an article in
    # `python -m bench pipeline`; 0.04-0.26 ms at 10,000). The model itself is frozen.
    gc.set_threshold(GC_YOUNG, 10, 10)
    if not asyncio.run(broker_answers(settings, timeout=10)):
        problem = asyncio.run(connection_problem(settings))
        raise BrokerError(problem or f"no Kafka broker answers at {settings.kafka_bootstrap}")
    asyncio.run(ensure_topics(settings))
    # Silenced above for the one-shot commands; a running worker's consumer-group and
    # connection troubles (failed heartbeats, a lost coordinator) belong in its log.
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    # Except the metadata cache, which logs an ERROR for each topic Faust has just created
    # and the broker has not yet propagated, at every start.
    logging.getLogger("aiokafka.cluster").setLevel(logging.CRITICAL)
    app = create_app(settings)
    worker = diagnostics.Worker(
        app, loglevel=settings.log_level, quiet=True, logging_config=logging_config(settings)
    )
    worker.execute_from_commandline()


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--samples", is_flag=True, help="Also send the sample articles shipped with newsstream."
)
@click.option(
    "--rate",
    type=click.FloatRange(min=0, min_open=True),
    help="Records per second (default: as fast as possible).",
)
@click.option("--topic", help="Topic to send to (default: NEWSSTREAM_TOPIC_RAW).")
@click.pass_context
def produce(
    ctx: click.Context, paths: tuple[str, ...], samples: bool, rate: float | None, topic: str | None
) -> None:
    """Send .txt, .html or .jsonl files, folders, or JSON lines on stdin ('-') to news.raw."""
    from streams import sources

    settings = _settings(ctx)
    names = list(paths) + ([str(sources.samples_dir())] if samples else [])
    if not names:
        raise UsageError("nothing to send: name files, folders or '-', or pass --samples")
    sources.expand(names)  # fail on a missing file before connecting
    origin = "newsstream-samples" if samples and not paths else "file"
    sent, seconds = asyncio.run(
        _produce(settings, sources.read_raw(names, origin), topic or settings.topic_raw, rate)
    )
    click.echo(f"sent {sent} records to {topic or settings.topic_raw} in {seconds:.1f} s", err=True)


async def _produce(
    settings: Settings, items: Iterable[Record], topic: str, rate: float | None
) -> tuple[int, float]:
    from tqdm import tqdm

    from streams.clients import producer

    started = time.monotonic()
    sender = producer(settings, acks="all", linger_ms=5)
    try:
        await sender.start()
    except Exception as exc:  # noqa: BLE001 - aiokafka raises several kinds for 'no broker'
        await sender.stop()
        raise BrokerError(await _unreachable(settings, exc)) from None
    sent = 0
    pending = []
    try:
        with tqdm(unit=" records", disable=None, file=sys.stderr) as bar:
            for record in items:
                key = records.article_id(record).encode()
                pending.append(await sender.send(topic, records.encode(record), key=key))
                sent += 1
                bar.update()
                if rate:
                    await asyncio.sleep(max(started + sent / rate - time.monotonic(), 0))
            await asyncio.gather(*pending)
    finally:
        await sender.stop()
    return sent, time.monotonic() - started


@cli.command()
@click.argument("topic")
@click.option(
    "--from-beginning", is_flag=True, help="Start at the oldest record instead of new ones."
)
@click.option("--max", "max_records", type=click.IntRange(min=1), help="Stop after N records.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Stop after S seconds without a record.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="JSON lines even on a terminal (always when piped)."
)
@click.pass_context
def tail(
    ctx: click.Context,
    topic: str,
    from_beginning: bool,
    max_records: int | None,
    timeout: float | None,
    as_json: bool,
) -> None:
    """Print a topic's records: readable summaries on a terminal, JSON lines when piped."""
    readable = not as_json and sys.stdout.isatty()
    asyncio.run(_tail(_settings(ctx), topic, from_beginning, max_records, timeout, readable))


async def _tail(
    settings: Settings,
    topic: str,
    from_beginning: bool,
    max_records: int | None,
    timeout: float | None,
    readable: bool = False,
) -> None:
    from streams.clients import read_topic, topic_partitions
    from streams.render import summary

    try:
        partitions = await topic_partitions(settings, topic)
    except Exception as exc:  # noqa: BLE001 - aiokafka raises several kinds for 'no broker'
        raise BrokerError(await _unreachable(settings, exc)) from None
    if not partitions:
        raise UsageError(f"topic {topic!r} does not exist at {settings.kafka_bootstrap}")
    async for _key, value in read_topic(
        settings,
        topic,
        from_beginning=from_beginning,
        max_records=max_records,
        idle_timeout=timeout,
    ):
        line = _as_json_line(value)
        if readable:
            line = summary(orjson.loads(line)).encode() + b"\n\n"
        sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()


async def _unreachable(settings: Settings, exc: Exception) -> str:
    """The cause behind aiokafka's "Unable to bootstrap" (a refused password, an untrusted
    certificate), else what it raised."""
    from streams.clients import connection_problem

    problem = await connection_problem(settings)
    return problem or f"cannot reach Kafka at {settings.kafka_bootstrap}: {exc}"


def _as_json_line(value: bytes | None) -> bytes:
    """A record's value as one JSON line; values that are not JSON become a JSON string."""
    if value is not None:
        try:
            return orjson.dumps(orjson.loads(value)) + b"\n"
        except orjson.JSONDecodeError:
            pass
    text = None if value is None else value.decode("utf-8", "replace")
    return orjson.dumps(text) + b"\n"


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--stage",
    type=click.Choice(STAGES),
    default="claims",
    show_default=True,
    help="Stop after this stage.",
)
@click.pass_context
def enrich(ctx: click.Context, paths: tuple[str, ...], stage: str) -> None:
    """Run the stages offline on files (no Kafka) and print JSON lines.

    Articles are related to each other as in the worker: a reprint among the
    files gets `duplicate_of`, claims get relations across files.
    """
    from streams import sources
    from streams.pipeline import Pipeline

    pipeline = Pipeline(_settings(ctx), dedup_store={}, claims_store={})
    failures = 0
    for raw in sources.read_raw(list(paths)):
        try:
            out = pipeline.clean(records.validate("raw", raw))
            if stage != "clean":
                out = pipeline.tag([out])[0]
            if stage == "claims":
                out = pipeline.attribute(out)
        except RecordError as exc:
            failures += 1
            click.echo(f"{records.article_id(raw)}: {exc.reason}: {exc.message}", err=True)
            continue
        sys.stdout.buffer.write(orjson.dumps(out) + b"\n")
    if failures:
        sys.exit(1)


@cli.group()
def kafka() -> None:
    """A local single-node Apache Kafka for development and tests."""


def _broker(ctx: click.Context) -> Any:
    from streams.broker import LocalKafka

    return LocalKafka(_settings(ctx))


@kafka.command()
@click.option(
    "--sasl-ssl-port",
    type=click.IntRange(1, 65535),
    help="Also listen for SASL_SSL (SCRAM-SHA-512) on this port (needs --keystore).",
)
@click.option(
    "--keystore",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="PKCS12 file with the broker's key and certificate for --sasl-ssl-port; its "
    "password from NEWSSTREAM_KAFKA_KEYSTORE_PASSWORD, else asked for.",
)
@click.pass_context
def start(ctx: click.Context, sasl_ssl_port: int | None, keystore: Path | None) -> None:
    """Fetch (first time), format and start the broker; create the pipeline's topics."""
    from streams.broker import LocalKafka, SecureListener
    from streams.clients import ensure_topics

    secure = None
    if (sasl_ssl_port is None) != (keystore is None):
        raise UsageError("--sasl-ssl-port and --keystore go together")
    if sasl_ssl_port is not None and keystore is not None:
        password = os.environ.get("NEWSSTREAM_KAFKA_KEYSTORE_PASSWORD") or click.prompt(
            "keystore password", hide_input=True, err=True
        )
        secure = SecureListener(sasl_ssl_port, keystore, password)
    broker = LocalKafka(_settings(ctx), secure)
    was_running = broker.status().running
    if (
        was_running
        and secure
        and f"SASL_SSL://127.0.0.1:{secure.port}" not in broker.config.read_text()
    ):
        raise UsageError("kafka runs without that SASL_SSL listener: `newsstream kafka stop` first")
    if not was_running:
        click.echo(
            f"starting Kafka at {broker.host}:{broker.port} (first run fetches it with Maven)...",
            err=True,
        )
    status = broker.start()
    created = asyncio.run(ensure_topics(_settings(ctx)))
    state = "already running" if was_running else "started"
    click.echo(
        f"kafka {state} at {status.address} (pid {status.pid}, log {status.log})"
        + (f"; SASL_SSL at 127.0.0.1:{secure.port}" if secure else "")
        + (f"; created topics {', '.join(created)}" if created else "")
    )


@kafka.command("add-user")
@click.argument("name")
@click.password_option(
    envvar="NEWSSTREAM_SASL_PASSWORD", help="Read from NEWSSTREAM_SASL_PASSWORD, else asked for."
)
@click.pass_context
def add_user(ctx: click.Context, name: str, password: str) -> None:
    """Create or change a SCRAM-SHA-512 user of the running local broker."""
    _broker(ctx).add_scram_user(name, password)
    click.echo(f"user {name!r} can now connect with SCRAM-SHA-512")


@kafka.command()
@click.pass_context
def stop(ctx: click.Context) -> None:
    """Stop the broker that `kafka start` started."""
    click.echo("kafka stopped" if _broker(ctx).stop() else "kafka was not running")


@kafka.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Say whether the local broker runs; exit 1 when it does not."""
    s = _broker(ctx).status()
    if s.running:
        click.echo(f"kafka running at {s.address} (pid {s.pid}, log {s.log})")
    else:
        click.echo(f"kafka not running (would listen at {s.address})")
        sys.exit(1)


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI; turn every error into one line on stderr."""
    code = _run(lambda: cli.main(args=argv, prog_name="newsstream", standalone_mode=False))
    sys.exit(code)


def _run(call: Callable[[], Any]) -> int:
    try:
        result = call()
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.Abort:  # Ctrl-C: the user knows; say nothing
        return 130
    except click.ClickException as exc:
        click.echo(f"newsstream: {exc.format_message()}", err=True)
        return EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code
    except (UsageError, ConfigError) as exc:
        click.echo(f"newsstream: {exc}", err=True)
        return EXIT_USAGE
    except NewsstreamError as exc:
        click.echo(f"newsstream: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a user sees one line, never a traceback
        click.echo(f"newsstream: unexpected error: {type(exc).__name__}: {exc}", err=True)
        return 1
    return result if isinstance(result, int) else 0
