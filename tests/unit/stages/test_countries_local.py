"""Local news: ambiguous city and country names read as North American namesake towns."""

from __future__ import annotations

import pytest

from monitor.models import Article, CountryMention, Span
from monitor.stages.countries import CountryTagger, Tagging, _span
from monitor.stages.countries_evidence import Mention


@pytest.fixture(scope="module")
def tagger() -> CountryTagger:
    return CountryTagger.load()


def codes(tagger: CountryTagger, text: str) -> set[str]:
    tagging: Tagging = tagger(Article(id="t", text=text))
    return {c.code for c in tagging.countries}


class TestLocalBodies:
    def test_a_town_before_its_public_schools_is_the_namesake(self, tagger: CountryTagger) -> None:
        text = "The Alexandria City Public Schools opened. Alexandria parents cheered."
        assert codes(tagger, text) == {"US"}

    def test_a_town_before_its_police_pins_every_mention(self, tagger: CountryTagger) -> None:
        text = "Athens was quiet. The Athens Police Department said Athens streets are safe."
        assert codes(tagger, text) == {"US"}

    @pytest.mark.parametrize(
        "text",
        [
            "The Athens school held its spring fair on Friday.",
            "Alexandria schools reopened after the storm.",
            "Athens's schools reopened after the storm.",
        ],
    )
    def test_a_town_before_its_schools_is_the_namesake(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == {"US"}

    def test_a_big_us_city_before_its_police_stays_itself(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "The Los Angeles Police Department said on Monday.") == {"US"}

    def test_a_foreign_alias_before_a_council_is_no_evidence(self, tagger: CountryTagger) -> None:
        assert "IE" not in codes(tagger, "Dublin City Council heard a first reading Monday.")


class TestCouncilsEveryCountryHas:
    @pytest.mark.parametrize("text", [
        "Birmingham City Council approved its budget on Tuesday, the council leader said.",
        "Manchester City Council and Birmingham City Council warned of cuts.",
        "Birmingham police said two men were arrested after the city council meeting.",
    ])
    def test_a_city_council_or_police_does_not_make_a_uk_city_american(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == {"GB"}


class TestLocalNews:
    @pytest.mark.parametrize(
        ("text", "town"),
        [
            ("Athens residents packed the hall as the school board approved the budget.", "US"),
            ("A Lebanon woman was charged, the sheriff said on Monday.", "US"),
            ("Dublin students met the school board to discuss the new gym.", "US"),
            ("London fans cheered as the township approved the new arena.", "CA"),
        ],
    )
    def test_local_news_words_make_a_big_foreign_name_the_town(
        self, tagger: CountryTagger, text: str, town: str
    ) -> None:
        assert codes(tagger, text) == {town}

    def test_a_state_county_makes_the_city_the_town(self, tagger: CountryTagger) -> None:
        text = "Road work continues in Athens this week, Clarke County officials said."
        assert codes(tagger, text) == {"US"}

    def test_national_us_evidence_keeps_the_capital(self, tagger: CountryTagger) -> None:
        assert "FR" in codes(tagger, "Talks in Paris resumed, U.S. officials said.")

    def test_the_capital_stays_when_its_country_is_named(self, tagger: CountryTagger) -> None:
        text = "Dublin is the capital of Ireland; the city council met on Monday."
        assert codes(tagger, text) == {"IE"}

    def test_without_local_words_the_capital_stays(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Athens hosted the summit on Monday.") == {"GR"}

    def test_a_big_us_city_is_never_read_as_a_foreign_namesake(self, tagger: CountryTagger) -> None:
        text = "Los Angeles students met the school board on Monday."
        assert codes(tagger, text) == {"US"}


class TestFastSpans:
    def test_the_fast_span_equals_the_dataclass_span(self, tagger: CountryTagger) -> None:
        key = tagger._reader._gazetteer.lookup("France")
        assert key is not None
        mention = Mention("text", 3, 9, "France", "name", key)
        assert _span(mention) == Span("text", 3, 9, "France", "name")

    def test_the_fast_span_sets_every_field(self) -> None:
        assert Span.__dataclass_fields__.keys() == {"field", "start", "end", "text", "kind"}

    def test_tagged_countries_equal_their_dataclass_build(self, tagger: CountryTagger) -> None:
        countries = tagger(Article(id="t", text="Turkish troops left Ankara for Baku.")).countries
        assert countries and all(type(c) is CountryMention for c in countries)
        rebuilt = [
            CountryMention(c.code, c.name, c.mentions, c.salience, c.focus, c.spans)
            for c in countries
        ]
        assert list(countries) == rebuilt

    def test_tagged_spans_are_spans_equal_to_their_dataclass_build(
        self, tagger: CountryTagger
    ) -> None:
        tagging = tagger(Article(id="t", text="Turkish troops left Ankara for Baku."))
        spans = [s for c in tagging.countries for s in c.spans]
        assert spans and all(type(s) is Span for s in spans)
        assert spans == [Span(s.field, s.start, s.end, s.text, s.kind) for s in spans]
        assert hash(spans[0]) == hash(Span("text", 0, 7, "Turkish", spans[0].kind))


class TestAdjectivesInLocalNews:
    def test_a_country_known_only_by_adjectives_is_dropped_in_local_news(
        self, tagger: CountryTagger
    ) -> None:
        text = "The high school hired a French teacher, the school board said."
        assert "FR" not in codes(tagger, text)

    def test_outside_local_news_the_adjective_counts(self, tagger: CountryTagger) -> None:
        assert "FR" in codes(tagger, "French troops moved north on Monday.")

    def test_in_local_news_a_named_country_stays(self, tagger: CountryTagger) -> None:
        text = "The school board hired a French teacher who grew up in France."
        assert "FR" in codes(tagger, text)


class TestCountyNames:
    @pytest.mark.parametrize(
        "text",
        [
            "The Guernsey County Sheriff's Office reported the fire.",
            "Jersey County officials met on Monday.",
        ],
    )
    def test_a_place_before_county_names_the_county(self, tagger: CountryTagger, text: str) -> None:
        assert codes(tagger, text) == {"US"}

    def test_the_place_alone_is_still_itself(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Guernsey lies off the coast of Normandy.") == {"GG", "FR"}

