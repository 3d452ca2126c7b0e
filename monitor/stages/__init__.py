"""Pure analysis stages, in data-flow order: normalize → countries → signals → rules.

Nothing in this package imports faust, aiokafka, httpx, prometheus_client, structlog
or logging, reads a clock or holds a global: bytes or records in, records or a
`Rejection` out. A ruff banned-import rule (monitor/stages/ruff.toml) enforces it.

The engines' modules (countries, signals) may also be compiled to C (mypyc, see
`setup.py`); `native` picks, at import, whether this process runs that build or the
sources.
"""

from monitor.stages import native

native.install()
