"""The curated gazetteer files are well-formed, and the matcher finds whole words only."""

from __future__ import annotations

from collections import Counter, defaultdict

import orjson
import pycountry
import pytest

from monitor.stages.gazetteer import Gazetteer, normalise
from monitor.stages.gazetteer_data import (
    Entry,
    leader_entries,
    read_resource,
    tsv_rows,
)

VALID = {c.alpha_2 for c in pycountry.countries} | {"XK"}
FLAGS = {"cs", "person", "comma", "suffix", "weak", "ambiguous", "major"}
KINDS = {"name", "region", "city", "metonym", "institution"}


# A user's leaders file, shaped like the packaged leaders.json, with one office-holder.
USER_LEADERS = orjson.dumps(
    {
        "version": "t",
        "as_of": "2026-01-01",
        "entries": [
            {
                "name": "Jane Example",
                "code": "NO",
                "role": "president",
                "from": "2026-01-01",
                "to": None,
                "aliases": [],
            }
        ],
    }
)


def rows(name: str) -> list[list[str]]:
    return list(tsv_rows(read_resource(name)))


class TestNamesFile:
    def test_every_row_has_code_kind_surface_flags(self) -> None:
        assert all(len(row) == 4 for row in rows("names.tsv"))

    def test_every_code_is_iso_or_kosovo(self) -> None:
        assert {row[0] for row in rows("names.tsv")} <= VALID

    def test_every_kind_is_known(self) -> None:
        assert {row[1] for row in rows("names.tsv")} <= KINDS

    def test_every_flag_is_known(self) -> None:
        flags = {f for row in rows("names.tsv") for f in row[3].split(",") if f}
        assert flags <= FLAGS

    def test_no_duplicate_rows(self) -> None:
        counts = Counter((row[0], row[2]) for row in rows("names.tsv"))
        assert [key for key, n in counts.items() if n > 1] == []

    def test_a_surface_with_several_countries_is_marked_ambiguous(self) -> None:
        by_surface: dict[str, list[list[str]]] = defaultdict(list)
        for row in rows("names.tsv"):
            by_surface[row[2]].append(row)
        shared = [group for group in by_surface.values() if len({r[0] for r in group}) > 1]
        unmarked = [r[2] for group in shared for r in group if "ambiguous" not in r[3]]
        assert unmarked == []


class TestRegionsFile:
    def test_every_code_is_iso_or_kosovo(self) -> None:
        assert {row[0] for row in rows("regions.tsv")} <= VALID

    def test_no_region_is_listed_for_two_countries(self) -> None:
        codes: dict[str, set[str]] = defaultdict(set)
        for code, name in rows("regions.tsv"):
            codes[name].add(code)
        assert [name for name, cs in codes.items() if len(cs) > 1] == []

    def test_no_region_repeats_a_names_file_surface(self) -> None:
        names = {row[2] for row in rows("names.tsv")}
        assert [name for _, name in rows("regions.tsv") if name in names] == []


class TestDemonymsFile:
    def test_every_code_is_iso_or_kosovo_and_listed_once(self) -> None:
        codes = [row[0] for row in rows("demonyms.tsv")]
        assert set(codes) <= VALID
        assert len(codes) == len(set(codes))

    def test_no_form_belongs_to_two_countries(self) -> None:
        forms = Counter(f for row in rows("demonyms.tsv") for f in row[1].split("|"))
        assert [form for form, n in forms.items() if n > 1] == []

    def test_forms_are_capitalised(self) -> None:
        forms = [f for row in rows("demonyms.tsv") for f in row[1].split("|")]
        assert all(f[0].isupper() for f in forms)


class TestOrganisationsFile:
    def test_codes_are_unique(self) -> None:
        codes = [row[0] for row in rows("organisations.tsv")]
        assert len(codes) == len(set(codes))

    def test_no_alias_belongs_to_two_organisations(self) -> None:
        aliases = Counter(a for row in rows("organisations.tsv") for a in set(row[2].split("|")))
        assert [a for a, n in aliases.items() if n > 1] == []

    def test_no_organisation_code_is_a_country_name(self) -> None:
        names = {c.name for c in pycountry.countries}
        assert not {row[1] for row in rows("organisations.tsv")} & names


class TestLeadersFile:
    @pytest.fixture(scope="class")
    def document(self) -> dict[str, object]:
        data: dict[str, object] = orjson.loads(read_resource("leaders.json"))
        return data

    def test_has_version_and_date(self, document: dict[str, object]) -> None:
        assert document["version"] and str(document["as_of"])[:2] == "20"

    def test_every_entry_has_valid_code_and_dates(self, document: dict[str, object]) -> None:
        entries = document["entries"]
        assert isinstance(entries, list)
        for entry in entries:
            assert entry["code"] in VALID
            assert len(entry["from"]) == 10
            assert entry["to"] is None or entry["to"] >= entry["from"]

    @pytest.mark.parametrize(
        ("name", "code"),
        [("Ilham Aliyev", "AZ"), ("Hulusi Akar", "TR"), ("Mevlut Cavusoglu", "TR")],
    )
    def test_required_office_holders_are_listed(self, name: str, code: str) -> None:
        assert Entry(code, "person", name) in leader_entries()

    def test_a_user_file_extends_the_office_holders(self) -> None:
        assert leader_entries(USER_LEADERS) == (Entry("NO", "person", "Jane Example"),)


class TestTextFiles:
    @pytest.mark.parametrize("name", ["blocks.tsv", "city_stoplist.txt", "first_names.txt"])
    def test_no_duplicate_lines(self, name: str) -> None:
        lines = [row[0] for row in rows(name)]
        assert len(lines) == len(set(lines))

    def test_display_names_cover_valid_codes(self) -> None:
        assert {row[0] for row in rows("display_names.tsv")} <= VALID


class TestNormalise:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("U.S.", "u s "), ("Côte d'Ivoire", "c te d ivoire"), ("Guinea-Bissau", "guinea bissau")],
    )
    def test_keeps_length_and_blanks_punctuation(self, text: str, expected: str) -> None:
        assert normalise(text) == expected


class TestGazetteerScan:
    @pytest.fixture(scope="class")
    def gazetteer(self) -> Gazetteer:
        return Gazetteer(
            [
                Entry("OM", "name", "Oman"),
                Entry("ML", "name", "Mali"),
                Entry("GN", "name", "Guinea"),
                Entry("GW", "name", "Guinea-Bissau"),
                Entry("US", "name", "US", exact=True),
            ]
        )

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("A woman in Romania.", []),
            ("Somalia and Mali.", ["Mali"]),
            ("Oman's oil.", ["Oman"]),
            ("Guinea-Bissau voted.", ["Guinea-Bissau"]),
            ("Tell us, US officials.", ["US"]),
            ("the mali", []),
        ],
    )
    def test_finds_whole_capitalised_words_longest_first(
        self, gazetteer: Gazetteer, text: str, found: list[str]
    ) -> None:
        assert [hit[2] for hit in gazetteer.scan(text)] == found

    def test_offsets_slice_the_original_text(self, gazetteer: Gazetteer) -> None:
        text = "Rain in “Mali” and Oman."
        assert all(text[s:e] == t for s, e, t, _ in gazetteer.scan(text))

    def test_packaged_gazetteer_is_large(self) -> None:
        assert len(Gazetteer.load()) > 20000


class TestUserLeaders:
    def test_user_office_holders_are_added_to_the_packaged_ones(self) -> None:
        gazetteer = Gazetteer.load(leaders=USER_LEADERS)
        found = {hit[3].code for hit in gazetteer.scan("Jane Example met Ilham Aliyev.")}
        assert found == {"NO", "AZ"}
