"""Reading files, folders and formats into raw payloads."""

from __future__ import annotations

from pathlib import Path

import orjson

from monitor.sources import items_from_bytes, iter_items


class TestSources:
    def test_txt_first_line_is_the_title(self) -> None:
        (item,) = items_from_bytes(b"Title line\n\nBody text.\n", "a.txt", ".txt")
        assert orjson.loads(item.raw) == {"title": "Title line", "text": "Body text.",
                                          "source": "a.txt"}

    def test_jsonl_keeps_each_line_verbatim(self) -> None:
        items = list(items_from_bytes(b'{"text": "a"}\nnot json\n\n', "f.jsonl", ".jsonl"))
        assert [i.raw for i in items] == [b'{"text": "a"}', b"not json"]
        assert items[1].origin == "f.jsonl:2"

    def test_json_list_yields_each_entry(self) -> None:
        items = list(items_from_bytes(b'[{"text": "a"}, {"text": "b"}]', "f.json", ".json"))
        assert [orjson.loads(i.raw)["text"] for i in items] == ["a", "b"]

    def test_folder_is_read_recursively_in_name_order(self, tmp_path: Path) -> None:
        (tmp_path / "b").mkdir()
        (tmp_path / "b" / "2.txt").write_text("T2\nbody")
        (tmp_path / "1.json").write_text('{"text": "one"}')
        (tmp_path / "ignored.csv").write_text("x")
        origins = [i.origin for i in iter_items(str(tmp_path))]
        assert origins == [str(tmp_path / "1.json"), str(tmp_path / "b" / "2.txt")]

    def test_seed_folder_has_every_case(self) -> None:
        seeds = Path(__file__).resolve().parents[2] / "seeds"
        items = list(iter_items(str(seeds)))
        assert len(items) >= 10  # 5 articles + 5 malformed lines
