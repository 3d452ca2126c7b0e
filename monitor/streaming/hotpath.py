"""The hot path: raw topic → `Pipeline` → enriched, alerts and dead-letter topics.

A `mode.Service` started by the Faust app. It consumes in batches with aiokafka
(Faust's per-event stream machinery costs more than our whole analysis: see the
README's architecture section and `monitor bench`), runs the pure `Pipeline` on each
message, produces every output of the batch, waits for the broker's acks, and only
then commits the batch's offsets: at-least-once, nothing lost on a crash or restart.
Any input, however broken, ends as an enriched record or a dead letter; an exception
inside a stage becomes a `processing_error` dead letter, never a dead worker.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import mode
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError

from monitor import codec
from monitor.config import Settings
from monitor.models import Rejection, RejectReason
from monitor.observability.logging import get_logger
from monitor.observability.metrics import Metrics
from monitor.pipeline import Outcome, Pipeline, Processed

__all__ = ["HotPath", "safe_process"]

log = get_logger(__name__)

Message = tuple[str, bytes, bytes | None]  # topic, value, key


def safe_process(pipeline: Pipeline, raw: bytes | None) -> Outcome:
    """`pipeline.process`, with a tombstone or a crashing stage turned into a rejection."""
    if raw is None:
        return Rejection(RejectReason.EMPTY_TEXT, "message has no value (tombstone)", "decode")
    try:
        return pipeline.process(raw)
    except Exception as exc:  # noqa: BLE001 - a bug on one input must not stop the stream
        return Rejection(RejectReason.PROCESSING_ERROR, f"{type(exc).__name__}: {exc}", "analyse")


class HotPath(mode.Service):
    """Batches from the raw topic through the pipeline, outputs acked before commit."""

    def __init__(self, settings: Settings, pipeline: Pipeline, metrics: Metrics,
                 **kwargs: Any) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.metrics = metrics
        self.consumer: AIOKafkaConsumer | None = None
        self.producer: AIOKafkaProducer | None = None
        self.ready = False  # True once the consumer has joined its group
        super().__init__(**kwargs)

    async def on_start(self) -> None:
        """Connect the producer and join the consumer group."""
        s = self.settings
        self.producer = AIOKafkaProducer(
            bootstrap_servers=s.bootstrap_servers, acks="all", linger_ms=5,
            max_batch_size=1 << 20, max_request_size=4 << 20,
            enable_idempotence=s.producer_idempotence)
        self.consumer = AIOKafkaConsumer(
            s.topic_raw, bootstrap_servers=s.bootstrap_servers, group_id=f"{s.app_id}-articles",
            enable_auto_commit=False, auto_offset_reset="earliest",
            max_partition_fetch_bytes=4 << 20, fetch_max_bytes=16 << 20,
            # a batch takes well under a second; a short rebalance timeout also keeps
            # brokers that hold JoinGroup for half of it (Tansu) from stalling start-up
            rebalance_timeout_ms=15_000)
        await self.producer.start()
        await self.consumer.start()
        self.ready = True
        log.info("hotpath_started", topic=s.topic_raw, group=f"{s.app_id}-articles")

    async def on_stop(self) -> None:
        """Leave the group and flush the producer."""
        self.ready = False
        if self.consumer is not None:
            await self.consumer.stop()
        if self.producer is not None:
            await self.producer.stop()
        log.info("hotpath_stopped")

    @mode.Service.task
    async def _consume(self) -> None:
        assert self.consumer is not None
        while not self.should_stop:
            batches = await self.consumer.getmany(
                timeout_ms=200, max_records=self.settings.batch_max_records)
            if batches:
                await self.handle_batches(batches)

    async def handle_batches(self, batches: dict[TopicPartition, list[ConsumerRecord]]) -> None:
        """Process, produce and commit everything one `getmany` returned."""
        assert self.consumer is not None
        records = [r for part in batches.values() for r in part]
        self.metrics.batch_size.observe(len(records))
        self.metrics.consumed.inc(len(records))
        outputs = [m for r in records for m in self._route(r, safe_process(self.pipeline, r.value))]
        started = time.perf_counter()
        await self._produce(outputs)
        self.metrics.stage_seconds.labels(stage="produce").observe(time.perf_counter() - started)
        now = time.time()
        for rec in records:
            self.metrics.end_to_end.observe(max(0.0, now - rec.timestamp / 1000.0))
        await self._commit({tp: part[-1].offset + 1 for tp, part in batches.items()})

    async def _commit(self, offsets: dict[TopicPartition, int]) -> None:
        """Commit; after a rebalance the new owner re-reads the batch (at-least-once)."""
        assert self.consumer is not None
        try:
            await self.consumer.commit(offsets)
        except (CommitFailedError, IllegalStateError) as exc:
            log.warning("commit_failed", error=type(exc).__name__, partitions=len(offsets))

    async def _produce(self, outputs: list[Message]) -> None:
        """Send every output, then wait until the broker acknowledged all of them."""
        assert self.producer is not None
        acks = [await self.producer.send(topic, value, key=key) for topic, value, key in outputs]
        await asyncio.gather(*acks)

    def _route(self, rec: ConsumerRecord, outcome: Outcome) -> list[Message]:
        if isinstance(outcome, Rejection):
            return [self._deadletter(rec, outcome)]
        return self._publish(rec, outcome)

    def _deadletter(self, rec: ConsumerRecord, rejection: Rejection) -> Message:
        self.metrics.rejected.labels(reason=str(rejection.reason)).inc()
        log.warning("article_rejected", reason=str(rejection.reason), detail=rejection.detail,
                    stage=rejection.stage, partition=rec.partition, offset=rec.offset)
        letter = codec.deadletter_to_dict(rejection, rec.value or b"", topic=rec.topic,
                                          partition=rec.partition, offset=rec.offset,
                                          now=time.time())
        return (self.settings.topic_deadletter, codec.dumps(letter), rec.key)

    def _publish(self, rec: ConsumerRecord, done: Processed) -> list[Message]:
        s, art = self.settings, done.analysis.article
        timings = {"raw_timestamp": rec.timestamp / 1000.0, "processed_at": time.time(),
                   "partition": rec.partition, "offset": rec.offset, **done.stage_seconds}
        key = art.id.encode()
        enriched = codec.dumps(codec.enriched_to_dict(done.analysis, timings))
        if len(enriched) > s.max_output_bytes:  # the broker would refuse it: a poison pill
            detail = f"enriched record {len(enriched)} bytes, limit {s.max_output_bytes}"
            return [self._deadletter(rec, Rejection(RejectReason.OVERSIZE, detail, "publish"))]
        self._count(done)
        sends: list[Message] = [(s.topic_enriched, enriched, key)]
        sends += [(s.topic_alerts, codec.dumps(codec.alert_to_dict(a)), key) for a in done.alerts]
        log.info("article_processed", article_id=art.id,
                 countries=[c.code for c in done.analysis.countries if c.focus],
                 signals=len(done.analysis.signals), alerts=[a.rule for a in done.alerts],
                 seconds=round(sum(done.stage_seconds.values()), 6))
        return sends

    def _count(self, done: Processed) -> None:
        m = self.metrics
        m.processed.inc()
        m.observe_stages(done.stage_seconds)
        for country in done.analysis.countries:
            m.country_mentions.labels(country=country.code).inc()
        for sig in done.analysis.signals:
            m.signals.labels(kind=str(sig.kind), mode=str(sig.mode)).inc()
        for alert in done.alerts:
            m.alerts.labels(rule=alert.rule).inc()
