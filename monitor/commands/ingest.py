"""`monitor ingest`: publish articles from files or stdin to the raw topic.

Each payload is validated locally first (decode + normalize, the worker's own checks)
unless `validate=False`; rejected payloads are counted by reason and not sent. The
summary says how many were sent and why the others were rejected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import click
from aiokafka import AIOKafkaProducer

from monitor.config import Settings
from monitor.models import Rejection
from monitor.pipeline import parse_article
from monitor.sources import Item

__all__ = ["IngestSummary", "check_item", "publish"]


@dataclass
class IngestSummary:
    """What an ingest run did."""

    sent: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def render(self) -> str:
        """One human line per outcome."""
        lines = [f"sent: {self.sent}", f"rejected locally: {sum(self.rejected.values())}"]
        lines += [f"  {reason}: {count}" for reason, count in sorted(self.rejected.items())]
        lines += [f"  e.g. {example}" for example in self.examples[:5]]
        return "\n".join(lines)


def check_item(item: Item, max_bytes: int) -> Rejection | None:
    """The worker's own validation, run before sending."""
    article = parse_article(item.raw, max_bytes)
    return article if isinstance(article, Rejection) else None


async def publish(settings: Settings, items: Iterable[Item], *, validate: bool = True,
                  progress: bool = True, total: int | None = None) -> IngestSummary:
    """Send `items` to the raw topic; returns the summary once every send is acked."""
    summary = IngestSummary()
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all",
                                linger_ms=10, max_request_size=4 << 20)
    await producer.start()
    try:
        acks = []
        with click.progressbar(items, length=total, label="ingesting", file=None,
                               hidden=not progress) as bar:
            for item in bar:
                problem = check_item(item, settings.max_article_bytes) if validate else None
                if problem is not None:
                    summary.rejected[str(problem.reason)] += 1
                    summary.examples.append(f"{item.origin}: {problem.detail}")
                    continue
                acks.append(await producer.send(settings.topic_raw, item.raw))
                summary.sent += 1
        for ack in acks:
            await ack
    finally:
        await producer.stop()
    return summary
