"""Settings: defaults, MONITOR_* variables, and the documented table."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from monitor.config import SETTINGS_DOC, Settings

README = Path(__file__).resolve().parents[2] / "README.md"


class TestSettings:
    def test_defaults_without_environment(self) -> None:
        s = Settings.from_env({})
        assert s.topic_raw == "news.articles.raw" and s.web_port == 6066

    def test_reads_and_coerces_monitor_variables(self) -> None:
        s = Settings.from_env({"MONITOR_WEB_PORT": "7000", "MONITOR_ALERT_MIN_SCORE": "0.7",
                               "MONITOR_TOPIC_ALERTS": "a"})
        assert (s.web_port, s.alert_min_score, s.topic_alerts) == (7000, 0.7, "a")

    def test_invalid_numbers_name_the_variable(self) -> None:
        with pytest.raises(ValueError, match="MONITOR_WEB_PORT"):
            Settings.from_env({"MONITOR_WEB_PORT": "sixty"})

    def test_bootstrap_servers_drop_the_scheme(self) -> None:
        s = Settings(broker="kafka://a:1,kafka://b:2")
        assert s.bootstrap_servers == "a:1,b:2"

    def test_every_setting_is_documented(self) -> None:
        assert set(SETTINGS_DOC) == {f.name for f in fields(Settings)}

    def test_every_setting_is_in_the_readme_table(self) -> None:
        readme = README.read_text()
        missing = [f.name for f in fields(Settings) if f"MONITOR_{f.name.upper()}" not in readme]
        assert missing == []


class TestBooleanSettings:
    @pytest.mark.parametrize(("raw", "value"), [("false", False), ("0", False), ("no", False),
                                                ("TRUE", True), ("1", True), ("on", True)])
    def test_reads_booleans(self, raw: str, value: bool) -> None:
        settings = Settings.from_env({"MONITOR_PRODUCER_IDEMPOTENCE": raw})
        assert settings.producer_idempotence is value

    def test_rejects_other_words(self) -> None:
        with pytest.raises(ValueError, match="MONITOR_PRODUCER_IDEMPOTENCE"):
            Settings.from_env({"MONITOR_PRODUCER_IDEMPOTENCE": "maybe"})
