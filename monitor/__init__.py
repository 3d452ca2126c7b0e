"""news-monitor: countries and alliance/threat signals in news, from Kafka to alerts.

Reading guide — one article's path through the package, in data-flow order:

1. `config`                 frozen `Settings` from MONITOR_* variables
2. `models`                 the frozen records every stage passes on
3. `codec`                  the wire format (orjson), the only place that knows it
4. `stages.normalize`       envelope validation and text cleaning → `Article` | `Rejection`
5. `stages.countries`       gazetteer country tagging → countries, organisations
6. `stages.signals`         alliance/threat language → directed, coded `Signal`s
7. `stages.rules`           alert rules → `Alert`s
8. `pipeline`               the one composition of 3–7
9. `streaming.hotpath`      Kafka in/out around the pipeline, dead letters, commits
10. `streaming.app`         the Faust app: lifecycle, web server, sensors
11. `observability`         structlog configuration and the Prometheus metrics
12. `commands`, `cli`       the `monitor` command line; `broker` starts local brokers;
                            `bench` and `evaluation` measure speed and quality
"""

from __future__ import annotations

from monitor.models import Alert, Analysis, Article, CountryMention, Rejection, Signal

__all__ = ["Alert", "Analysis", "Article", "CountryMention", "Rejection", "Signal", "__version__"]

__version__ = "0.1.0"
