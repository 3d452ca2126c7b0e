"""The command line: every command has help, and `analyze` is the stable offline interface."""

from __future__ import annotations

import orjson
import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.models import Article
from monitor.stages.normalize import normalize
from tests.conftest import SEED_ARTICLE, SEEDS

COMMANDS = [[], ["worker"], ["ingest"], ["analyze"], ["demo"], ["alerts"], ["bench"], ["eval"],
            ["eval", "countries"], ["eval", "signals"], ["broker"], ["broker", "start"],
            ["broker", "stop"]]


def _seed_jsonl() -> bytes:
    title, _, body = SEED_ARTICLE.read_text(encoding="utf-8").strip().partition("\n")
    return orjson.dumps({"id": "seed-000", "title": title, "text": body}) + b"\n"


class TestHelp:
    @pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "monitor")
    def test_every_command_has_help(self, command: list[str]) -> None:
        result = CliRunner().invoke(cli, [*command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


class TestAnalyzeJsonl:
    def test_seed_names_azerbaijan_and_turkey_with_an_alliance(self) -> None:
        result = CliRunner().invoke(cli, ["analyze", "--jsonl", "-"], input=_seed_jsonl())
        assert result.exit_code == 0, result.output
        (line,) = [orjson.loads(x) for x in result.output.splitlines()]
        assert line["id"] == "seed-000"
        codes = {c["code"] for c in line["countries"]}
        assert {"AZ", "TR"} <= codes
        alliance = [s for s in line["signals"] if s["kind"] == "alliance"
                    and (s["source"], s["target"]) == ("TR", "AZ")]
        assert alliance and all(s["sentence"] for s in alliance)

    def test_every_input_line_gets_one_output_line(self) -> None:
        data = _seed_jsonl() + b'{"id": "bad", "text": 5}\n' + b"not json\n"
        result = CliRunner().invoke(cli, ["analyze", "--jsonl", "-"], input=data)
        lines = [orjson.loads(x) for x in result.output.splitlines()]
        assert [x.get("reason") for x in lines] == [None, "wrong_type", "not_json"]
        assert lines[1]["id"] == "bad"

    def test_spans_point_at_the_text_they_quote(self) -> None:
        result = CliRunner().invoke(cli, ["analyze", "--jsonl", "-"], input=_seed_jsonl())
        line = orjson.loads(result.output)
        title, _, body = SEED_ARTICLE.read_text(encoding="utf-8").strip().partition("\n")
        article = normalize({"title": title, "text": body})
        assert isinstance(article, Article)
        for country in line["countries"]:
            for span in country["spans"]:
                field = article.field_text(span["field"])
                assert field[span["start"]:span["end"]] == span["text"]


class TestAnalyzeReport:
    def test_report_covers_every_seed_file(self) -> None:
        result = CliRunner().invoke(cli, ["analyze", str(SEEDS)])
        assert result.exit_code == 0
        assert result.output.count("== ") >= 10 and "rejected: not_json" in result.output
