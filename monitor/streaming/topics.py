"""Create the project's topics on the broker if they are missing (idempotent)."""

from __future__ import annotations

from contextlib import suppress

from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from monitor.config import Settings

__all__ = ["ensure_topics", "partitions_of", "topic_names"]


def topic_names(settings: Settings) -> tuple[str, ...]:
    """Every topic the worker reads or writes."""
    return (settings.topic_raw, settings.topic_enriched, settings.topic_alerts,
            settings.topic_deadletter)


async def ensure_topics(settings: Settings) -> list[str]:
    """Create whichever project topics do not exist yet; return the ones created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in topic_names(settings) if t not in existing]
        if missing:
            new = [NewTopic(t, settings.topic_partitions, 1) for t in missing]
            # another worker may create them between our list and create
            with suppress(TopicAlreadyExistsError):
                await admin.create_topics(new)
        return missing
    finally:
        await admin.close()


async def partitions_of(bootstrap: str, topic: str) -> list[TopicPartition]:
    """The partitions of `topic` (empty if it does not exist)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"]:
        return []
    return [TopicPartition(topic, p["partition"]) for p in described["partitions"]]
