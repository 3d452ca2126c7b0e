"""Country tagging: names, demonyms, places, people, organisations, traps and scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.models import Article
from monitor.stages.countries import CountryTagger, Tagging

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_b5ff8a1fd90c5886.txt"  # the repo copy


@pytest.fixture(scope="module")
def tagger() -> CountryTagger:
    return CountryTagger.load()


def tag(tagger: CountryTagger, text: str, title: str = "") -> Tagging:
    return tagger(Article(id="t", text=text, title=title))


def codes(tagging: Tagging) -> set[str]:
    return {c.code for c in tagging.countries}


class TestSeedArticle:
    @pytest.fixture(scope="class")
    def tagging(self, tagger: CountryTagger) -> Tagging:
        title, _, text = SEED.read_text(encoding="utf-8").partition("\n")
        return tagger(Article(id="seed", text=text, title=title))

    def test_azerbaijan_and_turkey_are_the_focus(self, tagging: Tagging) -> None:
        assert {c.code for c in tagging.countries if c.focus} == {"AZ", "TR"}

    def test_armenia_and_russia_are_mentioned(self, tagging: Tagging) -> None:
        assert {"AM", "RU"} <= codes(tagging)

    def test_nato_is_an_organisation_not_a_country(self, tagging: Tagging) -> None:
        assert [o.code for o in tagging.organisations] == ["NATO"]

    def test_ilham_aliyev_is_person_evidence_for_azerbaijan(self, tagging: Tagging) -> None:
        az = next(c for c in tagging.countries if c.code == "AZ")
        assert any(s.kind == "person" and s.text == "Ilham Aliyev" for s in az.spans)

    def test_turkish_armed_forces_is_institution_evidence(self, tagging: Tagging) -> None:
        tr = next(c for c in tagging.countries if c.code == "TR")
        assert any(s.kind == "institution" and s.text == "Turkish" for s in tr.spans)


class TestRecognition:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Officials in the U.S. disagreed.", "US"),
            ("The USA won the match.", "US"),
            ("Exports from the UK fell.", "GB"),
            ("Exports from the U.K. fell.", "GB"),
            ("The UAE opened an embassy.", "AE"),
            ("Fighting in the DRC displaced thousands.", "CD"),
            ("Rice exports from Burma rose.", "MM"),
            ("Copper from Zaire was delayed.", "CD"),
            ("The Soviet Union protested.", "RU"),
            ("Trade with West Germany grew.", "DE"),
            ("Kosovo declared independence.", "XK"),
            ("Taiwan held elections.", "TW"),
            ("Palestine joined the court.", "PS"),
            ("Côte d'Ivoire exports cocoa.", "CI"),
            ("The Emirati minister arrived.", "AE"),
            ("Ivorian farmers protested.", "CI"),
            ("Thousands of Armenians marched.", "AM"),
            ("The Turks responded.", "TR"),
            ("Israelis voted on Tuesday.", "IL"),
            ("Shelling in Nagorno-Karabakh resumed.", "AZ"),
            ("Troops left the Karabakh region.", "AZ"),
            ("Russia annexed Crimea.", "UA"),
            ("Fighting in the Donbas continued.", "UA"),
            ("Protests erupted in Kashmir.", "IN"),
            ("Rockets were fired from Gaza.", "PS"),
            ("Settlements in the West Bank grew.", "PS"),
            ("Monks in Tibet were detained.", "CN"),
            ("Camps in Xinjiang were reported.", "CN"),
            ("The Kremlin denied the report.", "RU"),
            ("The White House said no.", "US"),
            ("The Pentagon confirmed the strike.", "US"),
            ("Downing Street declined to comment.", "GB"),
            ("Tehran vowed to punish the Zionist regime.", "IL"),
            ("Ankara warned of consequences.", "TR"),
            ("Beijing said the talks were useful.", "CN"),
            ("Hulusi Akar visited the troops.", "TR"),
            ("Mevlut Cavusoglu met his counterpart.", "TR"),
            ("Ilham Aliyev gave a press conference.", "AZ"),
            ("Trump threatens 25% tariffs on steel.", "US"),
            ("Xi hails 'ironclad' friendship.", "CN"),
            ("Ruto hosts regional leaders for talks.", "KE"),
            ("Obama is scheduled to attend a summit.", "US"),
            ("Abiy says talks with Eritrea will go on.", "ET"),
            ("Fighting in eastern Congo displaced thousands.", "CD"),
            ("Storms hit Ohio overnight.", "US"),
            ("Flooding closed roads in Macon, Ga., on Monday.", "US"),
            ("The Azerbaijani Defense Ministry said.", "AZ"),
        ],
    )
    def test_recognises(self, tagger: CountryTagger, text: str, code: str) -> None:
        assert code in codes(tag(tagger, text))

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("The Kremlin denied the report.", "metonym"),
            ("Ankara warned of consequences.", "metonym"),
            ("Cooperation with the Turkish Armed Forces grew.", "institution"),
            ("Ilham Aliyev spoke.", "person"),
            ("Burma exports rice.", "name"),
            ("Israelis voted.", "demonym"),
            ("Storms hit Ohio.", "region"),
        ],
    )
    def test_labels_the_kind_of_evidence(self, tagger: CountryTagger, text: str, kind: str) -> None:
        spans = [s for c in tag(tagger, text).countries for s in c.spans]
        assert [s.kind for s in spans] == [kind]


class TestDatelines:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("BUENOS AIRES, March 2 - Grain exports rose.", "AR"),
            ("HOUSTON, March 3 - Shares of the company rose.", "US"),
            ("TITLE LINE\nLONDON, March 2 - Prices fell.", "GB"),
            ("BEIRUT (Reuters) - A militia spokesman said.", "LB"),
            ("MANILA, July 8 (Reuters) - The central bank held rates.", "PH"),
            ("SEOUL, Sept. 3 (AP) — The won fell against the dollar.", "KR"),
            ("READING, Penn., Feb 26 - Qtly div 25 cts.", "US"),
            ("EDMONTON, Ky. (WBKO) -- One man is dead after a hunting accident.", "US"),
            ("EDMONTON, Ky (WBKO) -- A barn fire spread overnight.", "US"),
            ("CROMWELL, Conn. — The town council met on Monday.", "US"),
            ("Council to vote on budget. CHARLESTON, W.Va. — The council met.", "US"),
            ("ST. PAUL -- Lawmakers met at the Capitol on Monday.", "US"),
        ],
    )
    def test_dateline_country_is_focus(self, tagger: CountryTagger, text: str, code: str) -> None:
        country = next(c for c in tag(tagger, text).countries if c.code == code)
        assert country.focus
        assert any(s.kind == "dateline" for s in country.spans)

    def test_dateline_qualifier_picks_the_country(self, tagger: CountryTagger) -> None:
        tagging = tag(tagger, "LONDON, Ontario, March 2 - The company said.")
        assert codes(tagging) == {"CA"}

    def test_a_dateline_names_a_town_not_a_country(self, tagger: CountryTagger) -> None:
        tagging = tag(tagger, "LEBANON — The school board approved the budget on Monday.")
        assert codes(tagging) == {"US"}

    @pytest.mark.parametrize(
        "text",
        [
            "BREAKING NEWS — The school board approved the budget.",
            "The minister said. Then — after a pause — he left.",
        ],
    )
    def test_capitals_before_a_dash_that_are_no_place_are_ignored(
        self, tagger: CountryTagger, text: str
    ) -> None:
        assert codes(tag(tagger, text)) == set()


class TestAbbreviatedNames:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Talks resumed in St. Petersburg on Friday.", "RU"),
            ("Talks resumed in Saint Petersburg on Friday.", "RU"),
            ("He flew from St Petersburg to Moscow.", "RU"),
            ("The rally in St. Paul drew thousands.", "US"),
            ("Traffic in Ft. Worth was slow.", "US"),
        ],
    )
    def test_saint_fort_and_mount_are_spelled_every_usual_way(
        self, tagger: CountryTagger, text: str, code: str
    ) -> None:
        assert codes(tag(tagger, text)) == {code}

    def test_the_namesake_town_follows_its_state(self, tagger: CountryTagger) -> None:
        assert codes(tag(tagger, "The storm hit St. Petersburg, Florida, overnight.")) == {"US"}


class TestTraps:
    @pytest.mark.parametrize(
        ("text", "present", "absent"),
        [
            ("Tbilisi, the capital of Georgia, hosted talks with Russia.", {"GE"}, {"US"}),
            ("He moved to Atlanta, Georgia, last year.", {"US"}, {"GE"}),
            ("Georgia Stevens won the skating final.", set(), {"GE", "US"}),
            ("We ate turkey for dinner.", set(), {"TR"}),
            ("He quit smoking cold turkey.", set(), {"TR"}),
            ("Turkey sandwiches were served at noon.", set(), {"TR"}),
            ("Turkey sent troops to the border.", {"TR"}, set()),
            ("She brought Turkish delight.", set(), {"TR"}),
            ("Michael Jordan scored 30 points.", set(), {"JO"}),
            ("Jordan closed its border crossing.", {"JO"}, set()),
            ("Chad Johnson caught the pass.", set(), {"TD"}),
            ("Israel Adesanya won the fight.", set(), {"IL"}),
            ("Israel Katz Says Hamas Will Pay", set(), {"IL"}),
            # a Title Case headline's verb after the name is no surname
            ("Israel Strikes Air Defence Radar Near Isfahan", {"IL"}, set()),
            ("Israel Threatens to Expand Strikes on Damascus", {"IL"}, set()),
            ("Jordan Signs Gas Deal With Egypt", {"JO"}, set()),
            ("Jordan Matthews to join the club next season.", set(), {"JO"}),
            # a town that is also a given name, before a surname
            ("Vladimir Padrino Lopez accused Washington of plotting.", set(), {"RU"}),
            ("Putin flew to Vladimir on Monday.", {"RU"}, set()),
            # capitals the city data lacks or spells otherwise
            ("Putin arrived in Ulaanbaatar on a state visit.", {"MN"}, set()),
            ("Officials in Naypyidaw declined to comment.", {"MM"}, set()),
            ("The summit opens in Valletta on Monday.", {"MT"}, set()),
            # seas named after a country
            ("Warships sailed through the South China Sea.", set(), {"CN"}),
            ("Chinese ships patrolled the East China Sea.", {"CN"}, set()),
            ("Ghana's navy patrols the Gulf of Guinea.", {"GH"}, {"GN"}),
            ("Rigs were shut in the Gulf of Mexico.", set(), {"MX"}),
            ("Guinea's navy patrols its coast.", {"GN"}, set()),
            # a ship class named after a place
            ("Israel ordered three Dakar-class submarines.", {"IL"}, {"SN"}),
            ("India commissioned a Kolkata-class destroyer.", {"IN"}, set()),
            ("The minister flew to Dakar.", {"SN"}, set()),
            # continents and regions named with "America"
            ("North American and Latin American markets rallied.", set(), {"US"}),
            ("Exports to Central America rose.", set(), {"US"}),
            # a Title Case headline's base verb after a country that is also a given name
            ("Egypt, Jordan Coordinate Positions Ahead Of Summit", {"EG", "JO"}, set()),
            ("Greece Sends Planes To Help Israel Battle Blazes", {"GR", "IL"}, set()),
            ("Michael Jordan Battle stories", set(), {"JO"}),
            # an office named after the place it deals with
            ("Beijing's Taiwan Affairs Office warned.", {"CN"}, {"TW"}),
            ("He is unlikely to make the starting XI on Saturday.", set(), {"CN"}),
            ("In 1939 she joined the Psi Iota Xi sorority.", set(), {"CN"}),
            ("Nigeria's army advanced.", {"NG"}, {"NE"}),
            ("Niger's capital is Niamey.", {"NE"}, {"NG"}),
            ("Guinea-Bissau held elections.", {"GW"}, {"GN"}),
            ("Equatorial Guinea exports oil.", {"GQ"}, {"GN"}),
            ("Papua New Guinea was hit by a quake.", {"PG"}, {"GN"}),
            ("Guinea closed its mines.", {"GN"}, set()),
            ("The guinea pig escaped.", set(), {"GN"}),
            ("The Democratic Republic of the Congo voted.", {"CD"}, {"CG"}),
            ("The Republic of the Congo voted.", {"CG"}, {"CD"}),
            ("Congo-Brazzaville exports timber.", {"CG"}, {"CD"}),
            ("Dominica was hit by a hurricane.", {"DM"}, {"DO"}),
            ("The Dominican Republic was hit by a hurricane.", {"DO"}, {"DM"}),
            ("South Sudan became independent.", {"SS"}, {"SD"}),
            ("Sudan's army took control.", {"SD"}, {"SS"}),
            ("North Korea fired a missile.", {"KP"}, {"KR"}),
            ("South Korea held talks.", {"KR"}, {"KP"}),
            ("Tell us more about it.", set(), {"US"}),
            ("The US economy slowed.", {"US"}, set()),
            ("She set out the fine china plates.", set(), {"CN"}),
            ("China's exports grew.", {"CN"}, set()),
            ("He wore a jersey to the match.", set(), {"JE"}),
            ("Voters in New Jersey went to the polls.", {"US"}, {"JE"}),
            ("He wore a Panama hat.", set(), {"PA"}),
            ("She ate a Brazil nut.", set(), {"BR"}),
            ("The deal would destroy the Uruguay Round, the trade envoy said.", set(), {"UY"}),
            ("Ministers met to rescue the Doha Round of trade talks.", set(), {"QA"}),
            ("Somalia faces drought.", {"SO"}, {"ML"}),
            ("Romania joined the talks.", {"RO"}, {"OM"}),
            ("The woman chilled the wine.", set(), {"OM", "CL"}),
            ("Alexandria, Virginia, approved the budget.", {"US"}, {"EG"}),
            ("Alexandria is Egypt's second city.", {"EG"}, {"US"}),
            ("Tripoli, Lebanon, saw clashes.", {"LB"}, {"LY"}),
            ("Militias fought in Tripoli as Libya's government fell.", {"LY"}, {"LB"}),
            ("Birmingham, Alabama, hosted the event.", {"US"}, {"GB"}),
            ("Santiago, Chile, was calm.", {"CL"}, {"ES"}),
            ("Valencia, Spain, hosted the final.", {"ES"}, {"VE"}),
            ("He grew up in Paris, Texas.", {"US"}, {"FR"}),
        ],
    )
    def test_trap(
        self, tagger: CountryTagger, text: str, present: set[str], absent: set[str]
    ) -> None:
        found = codes(tag(tagger, text))
        assert present <= found
        assert not absent & found


class TestOrganisations:
    @pytest.mark.parametrize(
        ("text", "org"),
        [
            ("NATO allies met in Brussels.", "NATO"),
            ("The EU imposed sanctions.", "EU"),
            ("The United Nations called for calm.", "UN"),
            ("The CSTO held drills.", "CSTO"),
            ("ASEAN leaders gathered.", "ASEAN"),
        ],
    )
    def test_recognised_as_organisation(self, tagger: CountryTagger, text: str, org: str) -> None:
        assert org in {o.code for o in tag(tagger, text).organisations}

    def test_organisation_is_not_a_country(self, tagger: CountryTagger) -> None:
        assert tag(tagger, "NATO and the EU issued a statement.").countries == ()


class TestScoring:
    TEXT = (
        "Japan and Japanese officials met in Tokyo. Japan agreed to talks. "
        "A Canadian observer attended."
    )

    def test_spans_point_at_their_text(self, tagger: CountryTagger) -> None:
        article = Article(id="s", text=self.TEXT, title="Japan holds talks")
        for country in tagger(article).countries:
            for span in country.spans:
                assert article.field_text(span.field)[span.start : span.end] == span.text

    def test_countries_sorted_by_salience(self, tagger: CountryTagger) -> None:
        saliences = [c.salience for c in tag(tagger, self.TEXT).countries]
        assert saliences == sorted(saliences, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in saliences)

    def test_main_country_is_focus_and_passing_one_is_not(self, tagger: CountryTagger) -> None:
        focus = {c.code: c.focus for c in tag(tagger, self.TEXT, "Japan holds talks").countries}
        assert focus == {"JP": True, "CA": False}

    def test_mentions_count_every_span(self, tagger: CountryTagger) -> None:
        japan = next(c for c in tag(tagger, self.TEXT).countries if c.code == "JP")
        assert japan.mentions == len(japan.spans) == 4

    def test_title_mention_is_a_title_span(self, tagger: CountryTagger) -> None:
        japan = tag(tagger, "Talks went on.", title="Japan holds talks").countries[0]
        assert japan.spans[0].field == "title"

    def test_empty_article_has_no_countries(self, tagger: CountryTagger) -> None:
        assert tag(tagger, "Nothing here at all.") == Tagging((), ())

    def test_same_article_gives_same_answer(self, tagger: CountryTagger) -> None:
        assert tag(tagger, self.TEXT) == tag(tagger, self.TEXT)


class TestAnyText:
    @settings(max_examples=200, deadline=None)
    @given(
        text=st.text(alphabet=st.characters(), max_size=300)
        | st.lists(
            st.sampled_from(["Turkey", "U.S.", "Georgia", "Paris", ", ", "Texas", "İ", "—", "\n"]),
            max_size=40,
        ).map("".join)
    )
    def test_spans_slice_their_field_and_salience_is_bounded(self, text: str) -> None:
        tagger = CountryTagger.load()
        article = Article(id="h", text=text, title=text[:40])
        for country in tagger(article).countries:
            assert 0.0 <= country.salience <= 1.0
            for span in country.spans:
                assert article.field_text(span.field)[span.start : span.end] == span.text


class TestLoad:
    def test_load_returns_the_shared_tagger(self) -> None:
        assert CountryTagger.load() is CountryTagger.load()
