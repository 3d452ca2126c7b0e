"""US and Canadian towns: state qualifiers, residents, small towns in local news."""

from __future__ import annotations

import pytest

from monitor.models import Article
from monitor.stages.countries import CountryTagger
from monitor.stages.countries_towns import party_towns, reads_as_town, saints_house


@pytest.fixture(scope="module")
def tagger() -> CountryTagger:
    return CountryTagger.load()


def codes(tagger: CountryTagger, text: str) -> set[str]:
    return {c.code for c in tagger(Article(id="t", text=text)).countries}


class TestStateAbbreviations:
    @pytest.mark.parametrize(
        "text",
        [
            "A woman was found dead in Belgrade, Minn., after a house fire.",
            "A house in Cairo, Ill., burned on Sunday.",
            "He grew up in Mexico, Mo., and farms there.",
        ],
    )
    def test_a_place_before_a_state_abbreviation_is_a_town_there(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == {"US"}

    def test_every_later_mention_of_the_town_follows(self, tagger: CountryTagger) -> None:
        text = "Belgrade, Minn., held a vote. Belgrade voters approved the levy."
        assert codes(tagger, text) == {"US"}

    def test_a_full_state_name_after_a_comma_may_be_a_list(self, tagger: CountryTagger) -> None:
        text = "Dealers in London, New York and Tokyo bought the bonds."
        assert {"GB", "US", "JP"} <= codes(tagger, text)

    def test_the_country_after_a_comma_still_qualifies(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Cairo, Egypt, was calm.") == {"EG"}


class TestResidents:
    @pytest.mark.parametrize(
        "text",
        [
            "An Alexandria man was charged on Monday.",
            "Deputies said a Lebanon woman was hurt in the crash.",
            "A Paris man won the lottery.",
        ],
    )
    def test_a_resident_named_by_the_place_is_the_namesake_town(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == {"US"}

    def test_without_the_article_the_big_city_stays(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Two men from Alexandria were charged.") == {"EG"}


class TestTownsWithACityReading:
    def test_a_school_after_a_county_or_city_name_is_the_city(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "She is a counselor at Norfolk High School.") == {"US"}

    def test_the_county_reading_stays_otherwise(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Norfolk is a county in eastern England.") == {"GB"}


class TestSmallTownsInLocalNews:
    @pytest.mark.parametrize(
        "text",
        [
            "The aldermen approved a plan to light up downtown Decatur.",
            "The elementary school in Decatur opened on Monday.",
        ],
    )
    def test_a_small_town_counts_in_local_news(self, tagger: CountryTagger, text: str) -> None:
        assert codes(tagger, text) == {"US"}

    def test_a_small_town_alone_elsewhere_is_no_evidence(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Decatur lights up downtown on Friday.") == set()


class TestSurnames:
    def test_a_country_name_before_a_prefixed_surname_is_a_person(
        self, tagger: CountryTagger
    ) -> None:
        text = "Chad LaBumbard, technical director, said the lights are old."
        assert codes(tagger, text) == set()


class TestPartyLabels:
    @pytest.mark.parametrize(
        "text",
        [
            "Rep. Torrey Westrom, R-Elbow Lake, urged passage of the bill.",
            "State Sen. Tom Jensen, R-London, was inducted on Friday.",
            "Rep. Barbara Lee (D-Oakland) spoke against the plan.",
        ],
    )
    def test_a_legislators_home_town_is_in_the_us(self, tagger: CountryTagger, text: str) -> None:
        assert codes(tagger, text) == {"US"}

    def test_other_mentions_of_the_home_town_follow(self, tagger: CountryTagger) -> None:
        text = "Sen. Tom Jensen, R-London, said London needs a new road."
        assert codes(tagger, text) == {"US"}

    def test_a_hyphenated_word_is_no_party_label(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "The D-Mark rose against the dollar in London.") == {"GB"}


class TestSaintsHouses:
    @pytest.mark.parametrize(
        "text",
        [
            "Pupils of St. Michael's Catholic School met on Monday.",
            "Interment will be in St. John's Union Cemetery.",
            "The funeral is at St. John's Lutheran Church.",
        ],
    )
    def test_a_saints_church_or_school_is_no_town(self, tagger: CountryTagger, text: str) -> None:
        assert codes(tagger, text) == set()

    def test_the_town_itself_stays(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "The ferry reached St. John's on Monday.") == {"CA"}


class TestBritishCounties:
    @pytest.mark.parametrize("county", ["Cambridgeshire", "Oxfordshire", "West Yorkshire"])
    def test_an_english_county_is_british(self, tagger: CountryTagger, county: str) -> None:
        assert codes(tagger, f"Police in {county} made two arrests.") == {"GB"}


class TestNamesakeInstitutions:
    @pytest.mark.parametrize(
        "text",
        [
            "She was treated at St. Rose Dominican Hospital.",
            "The Indian casino opened a new wing.",
            "The school hired a Spanish teacher.",
        ],
    )
    def test_a_demonym_in_an_institutions_name_is_no_country(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == set()


class TestLocalNewsPhrases:
    @pytest.mark.parametrize(
        "text",
        [
            "Public Works will pick up paint from Athens residents' homes.",
            "The fire department was called to a house in Athens.",
        ],
    )
    def test_town_services_make_the_big_foreign_name_the_town(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == {"US"}


class TestCityShortForms:
    @pytest.mark.parametrize("text", ["A Phila. officer was charged.", "L.A. traffic slowed."])
    def test_a_big_citys_short_form_counts_alone(self, tagger: CountryTagger, text: str) -> None:
        assert codes(tagger, text) == {"US"}


class TestRepeatedWeakNames:
    def test_a_repeated_alias_does_not_corroborate_itself(self, tagger: CountryTagger) -> None:
        text = (
            "Dublin City Council met on Monday. Later the Dublin City Council voted, "
            "and Dublin City staff agreed."
        )
        assert codes(tagger, text) == set()

    def test_a_small_town_named_twice_is_what_the_story_is_about(
        self, tagger: CountryTagger
    ) -> None:
        text = "Chicopee residents met on Monday. Chicopee voters approved the plan."
        assert codes(tagger, text) == {"US"}


class TestStreetAddresses:
    @pytest.mark.parametrize(
        "text",
        [
            "Darryl Warden, 44, of 2517 Memphis St., Alexandria, was charged.",
            "He lives at 12 N. Main Street, Athens, with his wife.",
        ],
    )
    def test_a_town_after_a_street_address_is_the_namesake(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tagger, text) == {"US"}

    def test_without_an_address_the_big_city_stays(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Talks in Alexandria resumed on Monday.") == {"EG"}


class TestCountyCouncils:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Lancashire County Council approved the plan.", "GB"),
            ("Tipperary County Council met on Monday.", "IE"),
            ("Clarke County Council met on Monday.", "US"),
        ],
    )
    def test_a_county_council_belongs_to_the_countys_country(
        self, tagger: CountryTagger, text: str, code: str
    ) -> None:
        assert codes(tagger, text) == {code}


class TestBylines:
    def test_a_country_name_in_a_byline_is_the_reporter(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "BY CHAD KLIMACK Advocate Reporter. The council met.") == set()

    def test_by_in_running_text_keeps_the_country(self, tagger: CountryTagger) -> None:
        assert codes(tagger, "Troops sent by Chad arrived.") == {"TD"}


class TestTownRules:
    def test_party_towns_are_the_spans_after_the_label(self) -> None:
        text = "Westrom, R-Elbow Lake, and Lee (D-Oakland) met; the D-Mark fell."
        assert [text[s:e] for s, e in party_towns(text)] == ["Elbow Lake", "Oakland"]

    @pytest.mark.parametrize(
        ("text", "name", "town"),
        [
            ("The Athens Police Department said.", "Athens", True),
            ("An Athens man was hurt.", "Athens", True),
            ("He lives at 12 Oak St., Athens, with his wife.", "Athens", True),
            ("Talks in Athens resumed.", "Athens", False),
            ("Iran Athens man", "Athens", False),
        ],
    )
    def test_reads_as_town(self, text: str, name: str, town: bool) -> None:
        start = text.index(name)
        assert reads_as_town(text, start, start + len(name)) is town

    def test_a_saints_house_needs_the_possessive(self) -> None:
        text = "St. Paul Hospital and St. Paul's Hospital"
        first, second = text.index("St. Paul"), text.rindex("St. Paul")
        assert not saints_house("St. Paul", text, first + 8)
        assert saints_house("St. Paul", text, second + 8)
