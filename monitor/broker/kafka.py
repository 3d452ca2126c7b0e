"""Run a real single-node Apache Kafka 4.x (KRaft) from Maven Central jars, no Docker.

`ensure_jars` resolves the broker's runtime closure with Maven from the pinned
`deploy/kafka/pom.xml` into a cache outside the repository; `KafkaBroker` writes
`server.properties` and a log4j2 config into a work directory, formats the storage
with `kafka.tools.StorageTool`, starts `kafka.Kafka` bound to 127.0.0.1 and waits
until the PLAINTEXT port accepts connections (Kafka opens it only once the broker
is unfenced). `stop` sends SIGTERM, then SIGKILL after a grace period.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from importlib import resources
from pathlib import Path

from monitor.broker.net import free_port, wait_for_port
from monitor.errors import BrokerStartError

__all__ = ["KAFKA_VERSION", "KafkaBroker", "ensure_jars", "java_available"]

KAFKA_VERSION = "4.3.1"
_JVM_OPTS = ["-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
             "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"]
_LOG4J2 = """\
appender.console.type=Console
appender.console.name=STDOUT
appender.console.layout.type=PatternLayout
appender.console.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=WARN
rootLogger.appenderRef.stdout.ref=STDOUT
logger.krs.name=kafka.server.KafkaRaftServer
logger.krs.level=INFO
"""


def java_available() -> bool:
    """True when both `java` and `mvn` are on PATH (or the jars are already cached)."""
    return shutil.which("java") is not None and (
        shutil.which("mvn") is not None or _marker(default_libs_dir()).exists()
    )


def default_libs_dir() -> Path:
    """Where the jars are cached: `$MONITOR_KAFKA_LIBS` or ~/.cache/news-monitor/…"""
    configured = os.environ.get("MONITOR_KAFKA_LIBS")
    if configured:
        return Path(configured)
    return Path.home() / ".cache" / "news-monitor" / f"kafka-{KAFKA_VERSION}" / "libs"


def _marker(libs: Path) -> Path:
    return libs / ".resolved"


def ensure_jars(libs: Path | None = None) -> Path:
    """Resolve the broker jars into `libs` once (Maven, ~10 s cold); return the folder."""
    libs = libs or default_libs_dir()
    if _marker(libs).exists():
        return libs
    libs.mkdir(parents=True, exist_ok=True)
    with resources.as_file(resources.files("monitor.resources.kafka") / "pom.xml") as pom:
        cmd = ["mvn", "-q", "-B", "-f", str(pom), "package", f"-Dkafka.libs={libs}"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BrokerStartError(f"maven could not resolve Kafka jars:\n{done.stdout}{done.stderr}")
    _marker(libs).write_text(KAFKA_VERSION)
    return libs


def _server_properties(data: Path, port: int, controller_port: int) -> str:
    return "\n".join([
        "process.roles=broker,controller", "node.id=1",
        f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
        f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.listener.names=CONTROLLER", "inter.broker.listener.name=PLAINTEXT",
        f"controller.quorum.bootstrap.servers=127.0.0.1:{controller_port}",
        f"log.dirs={data / 'logs'}", "num.partitions=1",
        "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=4",
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0", "auto.create.topics.enable=true",
        "log.cleaner.dedupe.buffer.size=16777216", "message.max.bytes=4194304",
        "",
    ])


class KafkaBroker:
    """One KRaft broker+controller on 127.0.0.1, in its own work directory."""

    def __init__(self, port: int = 0, workdir: Path | None = None,
                 libs: Path | None = None) -> None:
        self.port = port or free_port()
        self.controller_port = free_port()
        self._own_workdir = workdir is None
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="monitor-kafka-"))
        self.libs = libs
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """`host:port` for clients."""
        return f"127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """The broker's stdout/stderr."""
        return self.workdir / "broker.log"

    def _java(self, *args: str, heap: list[str]) -> list[str]:
        assert self.libs is not None
        cfg = self.workdir / "log4j2.properties"
        return ["java", *heap, f"-Dlog4j2.configurationFile={cfg}",
                f"-Dkafka.logs.dir={self.workdir / 'logs'}",
                "-cp", f"{self.libs}/*", *args]

    def _format(self) -> None:
        shutil.rmtree(self.workdir / "logs", ignore_errors=True)  # always a fresh cluster
        props = self.workdir / "server.properties"
        props.write_text(_server_properties(self.workdir, self.port, self.controller_port))
        (self.workdir / "log4j2.properties").write_text(_LOG4J2)
        cmd = self._java("kafka.tools.StorageTool", "format", "--standalone",
                         "--cluster-id", _cluster_id(), "--config", str(props),
                         heap=["-Xmx256m", "-XX:TieredStopAtLevel=1"])
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BrokerStartError(f"kafka storage format failed:\n{done.stdout}{done.stderr}")

    def start(self, timeout: float = 90.0, detach: bool = False) -> str:
        """Format, launch and wait for the broker; returns the bootstrap address."""
        self.libs = ensure_jars(self.libs)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._format()
        cmd = self._java("kafka.Kafka", str(self.workdir / "server.properties"), heap=_JVM_OPTS)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=detach)
        (self.workdir / "broker.pid").write_text(str(self.process.pid))
        if not wait_for_port("127.0.0.1", self.port, timeout, alive=self._alive):
            tail = self.log_path.read_text(errors="replace")[-3000:]
            self.stop()
            raise BrokerStartError(f"Kafka did not accept connections on {self.port}:\n{tail}")
        return self.bootstrap

    def _alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, grace: float = 20.0) -> None:
        """SIGTERM, wait up to `grace` seconds, then SIGKILL; remove an own temp dir."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> KafkaBroker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _cluster_id() -> str:
    """A random KRaft cluster id (base64url of 16 bytes, as StorageTool makes them).

    Like Kafka's own `Uuid.randomUuid`, an id starting with "-" is drawn again: the
    storage tool's argument parser would read it as an option (1 start in 64 failed).
    """
    import base64

    while True:
        found = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not found.startswith("-"):
            return found


def stop_pid(pid_file: Path, grace: float = 20.0) -> bool:
    """Stop a detached broker recorded in `pid_file`; False if none was running."""
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().strip())
    pid_file.unlink()
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    return True
