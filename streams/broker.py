"""A real single-node Apache Kafka (KRaft) for development and tests.

There is no Docker engine on the machines we develop on, so the broker is
Apache Kafka's own jars, resolved by Maven from Maven Central into a cache,
run as one combined broker+controller on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from streams.clients import broker_answers
from streams.errors import BrokerError
from streams.settings import Settings

KAFKA_VERSION = "4.1.2"
LOG4J_VERSION = "2.24.3"

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newsstream</groupId><artifactId>kafka-jars</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId>
      <version>{kafka}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId>
      <version>{log4j}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId>
      <version>{log4j}</version></dependency>
  </dependencies>
</project>
"""

_LOG4J = """status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = {level}
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = kafka
logger.kafka.level = {level}
logger.kafka.additivity = false
logger.kafka.appenderRef.stdout.ref = STDOUT
"""

_SERVER = """process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{cport}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{cport}{more_listeners}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}{more_listeners}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL
log.dirs={logs}
num.partitions={partitions}
auto.create.topics.enable=true
message.max.bytes=16777216
replica.fetch.max.bytes=16777216
offsets.topic.replication.factor=1
offsets.topic.num.partitions=8
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
"""

# SCRAM credentials live in the cluster's metadata (`add_scram_user`); the broker's own
# traffic stays on PLAINTEXT, so it needs no truststore.
_SASL_SSL = """sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=\
  org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.ssl.keystore.type=PKCS12
listener.name.sasl_ssl.ssl.keystore.location={keystore}
listener.name.sasl_ssl.ssl.keystore.password={password}
"""


@dataclass(frozen=True)
class SecureListener:
    """A SASL_SSL listener (SCRAM-SHA-512 over TLS) beside PLAINTEXT, on 127.0.0.1:`port`.

    `keystore` is a PKCS12 file with the broker's key and certificate (for 127.0.0.1).
    """

    port: int
    keystore: Path
    keystore_password: str = field(repr=False)


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    pid: int | None
    address: str
    log: Path


class LocalKafka:
    """The local broker's files live under `<cache_dir>/kafka-<version>/`: the jars, and its
    config, data and log in `node-<port>/` unless `state` names another folder."""

    def __init__(
        self, settings: Settings, secure: SecureListener | None = None, state: Path | None = None
    ) -> None:
        self.settings = settings
        self.secure = secure
        self.host, self.port = settings.broker_address()
        self.home = Path(settings.cache_dir).expanduser() / f"kafka-{KAFKA_VERSION}"
        self.jars = self.home / "jars"
        self.state = state or self.home / f"node-{self.port}"
        self.pidfile = self.state / "kafka.pid"
        self.logfile = self.state / "kafka.log"
        self.config = self.state / "server.properties"

    # -- fetching and formatting -------------------------------------------------
    def fetch(self) -> None:
        """Resolve the Kafka jars with Maven once; later runs find them in the cache."""
        if (self.jars / ".complete").exists():
            return
        self.jars.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            pom = Path(tmp) / "pom.xml"
            pom.write_text(_POM.format(kafka=KAFKA_VERSION, log4j=LOG4J_VERSION))
            cmd = [
                "mvn",
                "-B",
                "-q",
                "-f",
                str(pom),
                f"-Dmaven.repo.local={self.home / 'm2'}",
                "dependency:copy-dependencies",
                "-DincludeScope=runtime",
                f"-DoutputDirectory={self.jars}",
            ]
            self._run(cmd, "fetching Kafka with Maven", timeout=900)
        (self.jars / ".complete").write_text(KAFKA_VERSION)

    def format(self) -> None:
        """Write the config and format the KRaft storage folder, once per node folder."""
        logs = self.state / "data"
        self.state.mkdir(parents=True, exist_ok=True)
        (self.state / "log4j2.properties").write_text(_LOG4J.format(level="WARN"))
        secure = self.secure
        config = _SERVER.format(
            port=self.port,
            cport=self.settings.kafka_controller_port,
            logs=logs,
            partitions=self.settings.partitions,
            more_listeners=f",SASL_SSL://127.0.0.1:{secure.port}" if secure else "",
        )
        if secure:
            config += _SASL_SSL.format(
                keystore=secure.keystore.resolve(), password=secure.keystore_password
            )
        # It may hold the keystore's password: readable by its owner only.
        self.config.touch(mode=0o600)
        self.config.chmod(0o600)
        self.config.write_text(config)
        if (logs / "meta.properties").exists():
            return
        cluster_id = self._run(
            self._java("kafka.tools.StorageTool", "random-uuid"), "making a cluster id"
        ).strip()
        self._run(
            self._java(
                "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(self.config)
            ),
            "formatting the KRaft storage",
        )

    # -- lifecycle ---------------------------------------------------------------
    def start(self, wait: float = 60.0) -> BrokerStatus:
        """Start the broker in the background; a no-op when ours is already running."""
        status = self.status()
        if status.running:
            return status
        if self._port_open(self.port):
            raise BrokerError(
                f"port {self.port} on {self.host} is taken by another process; "
                "stop it or set KAFKA_BOOTSTRAP to use that broker instead"
            )
        self.fetch()
        self.format()
        # posix_spawn rather than Popen: the broker outlives this call (and, for `kafka
        # start`, this process), and a Popen object collected while its child runs warns.
        argv = self._java("kafka.Kafka", str(self.config), heap="-Xmx512m")
        pid = os.posix_spawnp(
            argv[0],
            argv,
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (
                    os.POSIX_SPAWN_OPEN,
                    1,
                    str(self.logfile),
                    os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                    0o644,
                ),
                (os.POSIX_SPAWN_DUP2, 1, 2),
            ],
            setsid=True,
        )
        self.pidfile.write_text(str(pid))
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            exited, wait_status = os.waitpid(pid, os.WNOHANG)
            if exited:
                self.pidfile.unlink(missing_ok=True)
                code = os.waitstatus_to_exitcode(wait_status)
                raise BrokerError(f"Kafka exited with status {code}; see {self.logfile}")
            if self._port_open(self.port) and self._ready():
                return self.status()
            time.sleep(0.3)
        self.stop()
        raise BrokerError(f"Kafka did not answer within {wait:.0f} s; see {self.logfile}")

    def stop(self, wait: float = 30.0) -> bool:
        """Stop our broker (only the pid we started); False when none was running."""
        pid = self._our_pid()
        if pid is None:
            self.pidfile.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):  # reap it when it is our own child
            os.waitpid(pid, os.WNOHANG)
        self.pidfile.unlink(missing_ok=True)
        return True

    def add_scram_user(self, name: str, password: str) -> None:
        """Create (or change) a SCRAM-SHA-512 user, through the PLAINTEXT listener.

        Kafka's own ConfigCommand reads the password from a file of ours (owner-only,
        removed at once), so that it never shows on a command line.
        """
        if "," in password:
            raise BrokerError("Kafka's SCRAM configuration cannot hold a password with a comma")
        with tempfile.TemporaryDirectory(dir=self.state) as tmp:
            configs = Path(tmp) / "scram.properties"
            configs.touch(mode=0o600)
            configs.write_text(f"SCRAM-SHA-512=iterations=4096,password={password}\n")
            try:
                self._run(
                    self._java(
                        "kafka.admin.ConfigCommand",
                        "--bootstrap-server",
                        f"{self.host}:{self.port}",
                        "--alter",
                        "--entity-type",
                        "users",
                        "--entity-name",
                        name,
                        "--add-config-file",
                        str(configs),
                    ),
                    f"adding the SCRAM user {name!r}",
                )
            except BrokerError as exc:  # Kafka's message quotes the line it refused
                raise BrokerError(str(exc).replace(password, "<password>")) from None

    def status(self) -> BrokerStatus:
        pid = self._our_pid()
        return BrokerStatus(pid is not None, pid, f"{self.host}:{self.port}", self.logfile)

    # -- helpers -----------------------------------------------------------------
    def _our_pid(self) -> int | None:
        """The pid in our pidfile, if that process is still our Kafka (pids get reused)."""
        try:
            pid = int(self.pidfile.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return pid if str(self.config).encode() in cmdline and _alive(pid) else None

    def _java(self, main: str, *args: str, heap: str = "-Xmx256m") -> list[str]:
        return [
            "java",
            heap,
            "-Xms128m",
            f"-Dlog4j2.configurationFile={self.state / 'log4j2.properties'}",
            "-cp",
            f"{self.jars}/*",
            main,
            *args,
        ]

    def _run(self, cmd: list[str], what: str, timeout: float = 120) -> str:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except FileNotFoundError:
            raise BrokerError(f"{what} needs `{cmd[0]}` on PATH") from None
        except subprocess.TimeoutExpired:
            raise BrokerError(f"{what} took longer than {timeout:.0f} s") from None
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise BrokerError(f"{what} failed: {tail[0]}")
        return done.stdout

    def _port_open(self, port: int) -> bool:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            return sock.connect_ex((self.host, port)) == 0

    def _ready(self) -> bool:
        """The broker is ready when a client's describe-cluster request answers."""
        return asyncio.run(broker_answers(self.settings, timeout=5.0))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); treat it as gone.
    try:
        return "Z" not in Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
