"""The baseline: a tuned plain aiokafka consume → analyse → produce loop.

It does the same analysis and the same output encoding as the worker (pipeline,
enriched record, alerts, acks before commit) with nothing else around it: no Faust,
no metrics, no logs. `monitor bench` compares the worker's throughput with it.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from monitor import codec
from monitor.models import Rejection
from monitor.pipeline import Pipeline

__all__ = ["run_plain_loop"]


async def run_plain_loop(bootstrap: str, source: str, sinks: tuple[str, str], group: str,
                         pipeline: Pipeline, expected: int) -> int:
    """Process `expected` messages from `source` into the (enriched, alerts) `sinks`;
    returns how many were read."""
    sink, alert_sink = sinks
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=group,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                max_partition_fetch_bytes=4 << 20, fetch_max_bytes=16 << 20)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                max_batch_size=1 << 20, max_request_size=4 << 20)
    await consumer.start()
    await producer.start()
    seen = 0
    try:
        while seen < expected:
            batches = await consumer.getmany(timeout_ms=500, max_records=500)
            acks = []
            for records in batches.values():
                for rec in records:
                    outcome = pipeline.process(rec.value)
                    seen += 1
                    if isinstance(outcome, Rejection):
                        continue
                    value = codec.dumps(codec.enriched_to_dict(outcome.analysis, {}))
                    acks.append(await producer.send(sink, value, key=rec.key))
                    for alert in outcome.alerts:
                        acks.append(await producer.send(alert_sink,
                                                        codec.dumps(codec.alert_to_dict(alert))))
            await asyncio.gather(*acks)
            if batches:
                await consumer.commit()
    finally:
        await consumer.stop()
        await producer.stop()
    return seen
