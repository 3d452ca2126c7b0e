"""The KRaft cluster id the project's broker formats its storage with."""

from __future__ import annotations

import base64

from monitor.broker.kafka import _cluster_id


class TestClusterId:
    def test_never_starts_with_a_dash_the_storage_tool_would_read_as_an_option(self) -> None:
        # one base64url id in 64 starts with "-"; 2,000 draws miss a regression with
        # probability (63/64) ** 2000 ≈ 2e-14
        assert not any(_cluster_id().startswith("-") for _ in range(2000))

    def test_is_sixteen_random_bytes_in_base64url_without_padding(self) -> None:
        found = _cluster_id()
        assert len(found) == 22 and "=" not in found
        assert len(base64.urlsafe_b64decode(found + "==")) == 16
