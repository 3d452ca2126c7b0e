"""Golden phrasings for the detector's constructions: gapped cues, receiving help,
goodwill releases, breaking agreements, hostile pledges, coordinated subjects.

Each construction has sentences that must yield the signal (with its dyad) and
near-miss sentences that must yield nothing of that kind.
"""

from __future__ import annotations

import pytest

from monitor.models import Mode, SignalKind
from monitor.stages.signal_lexicon import Lexicon, Tail, parse_rows
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of, detect

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, FU, NE, HY = Mode.ASSERTED, Mode.FUTURE, Mode.NEGATED, Mode.HYPOTHETICAL

# sentence, kind, mode, source, target ("*" = not checked)
POSITIVE = [
    # receiving help or assurances: the giver is the source
    ("Georgia received fresh assurances from Turkey on Monday.", A, AS, "TR", ANY),
    ("Kyiv has received weapons from Poland since March.", A, AS, "PL", "UA"),
    ("Sudan is receiving humanitarian aid from Egypt and Qatar.", A, AS, "EG", "SD"),
    ("Armenia received security guarantees from Russia last year.", A, AS, "RU", "AM"),
    # goodwill releases and gestures (CAMEO 08 yield)
    ("Iran freed two French nationals as a goodwill gesture to France.", A, AS, "IR", "FR"),
    ("Israel said it would release dozens of Palestinian prisoners.", A, FU, "IL", ANY),
    ("India will free 40 Pakistani prisoners next week.", A, FU, "IN", ANY),
    ("Ukraine and Russia released hundreds of prisoners of war.", A, AS, "UA", "RU"),
    # fired … <weapon> within a few words, target after it
    ("North Korea fired two short-range missiles toward Japan.", T, AS, "KP", "JP"),
    ("Syria fired anti-aircraft guns at Israeli jets overnight.", T, AS, "SY", "IL"),
    # breaking or leaving an agreement (REJECT)
    ("Russia scrapped the treaty with the United States.", T, AS, "RU", "US"),
    ("Washington pulled out of the Iran nuclear deal in 2018.", T, AS, "US", ANY),
    ("Azerbaijan broke the ceasefire with Armenia.", T, AS, "AZ", "AM"),
    ("Venezuela withdrew from the regional trade pact with Colombia.", T, AS, "VE", "CO"),
    ("Eritrea voiced regret at Ethiopia's refusal to talk.", T, AS, ANY, ANY),
    # an intent head with hostile content is a threat, not a pledge of support
    ("Qatar pledged to expel the exiled leaders of Egypt's opposition.", T, FU, "QA", "EG"),
    ("Iran vowed to avenge the killing of its general by the United States.", T, FU, "IR", ANY),
    # coordinated subjects: the first two members of "X, Y and Z"
    ("The United States, Russia and China met in Geneva.", A, AS, "US", "RU"),
    ("France, Germany, and Poland agreed to expand defence cooperation.", A, AS, "FR", "DE"),
    ("In Syria, Iran and Russia held talks on Monday.", A, AS, "IR", "RU"),
    ("Japan and the United States agree that the dispute needs talks.", A, AS, "JP", "US"),
    # receiving visitors (CAMEO 043), exchanging information (06)
    ("Egypt received a delegation from Sudan to discuss the dam.", A, AS, "EG", "SD"),
    ("Serbian police liaised closely with Greek officials.", A, AS, ANY, ANY),
    ("India and Japan agreed to share information on maritime threats.", A, AS, "IN", "JP"),
    ("Iran and Iraq exchanged views on border security.", A, AS, "IR", "IQ"),
    # work against a conflict phenomenon is cooperation ("end the fighting", "mine clearance")
    ("Qatar helped end the fighting between Sudan and its neighbour.", A, AS, "QA", ANY),
    ("Colombia and Venezuela set up a joint unit for conflict prevention.", A, AS, "CO", "VE"),
    ("Japan funds mine clearance in Iraq.", A, AS, ANY, ANY),
    ("Turkey called for a cessation of hostilities in Syria.", A, AS, "TR", "SY"),
    ("The rebels agreed to lay down their arms.", A, AS, None, None),
    # weapons given "for/to" someone are aid; "joint … committee" with a word between
    ("The United States approved new weapons for Taiwan.", A, AS, "US", "TW"),
    ("Iran and Iraq set up a joint border security committee.", A, AS, "IR", "IQ"),
    # intensified opposition (REJECT)
    ("Greece strongly opposed the Turkish drilling plans.", T, AS, "GR", "TR"),
    # sponsoring armed groups is a threat, not an alliance
    ("Israel accused Iran of arming militias in Syria.", T, AS, ANY, ANY),
    ("Sudan denied financing rebels in Ethiopia.", T, NE, "SD", ANY),
    # named captives released: a yield, not a hostage-taking
    ("The hostages were freed by Qatar on Sunday.", A, AS, "QA", None),
    # obstructing aid outranks the aid it names
    ("Israel blocked the delivery of humanitarian aid to Gaza and Egypt.", T, AS, "IL", ANY),
    ("Ethiopia denied access to food aid in the region, Eritrea said.", T, AS, "ET", ANY),
    # sanctions named with their target; lifting them is a concession
    ("New Japanese sanctions against Russia took effect.", T, AS, ANY, "RU"),
    ("Germany backed the lifting of sanctions on Iran.", A, AS, "DE", "IR"),
    ("Iran won sanctions relief from France.", A, AS, ANY, ANY),
    # accusation and protest constructions
    ("Ukraine held Russia responsible for the blast.", T, AS, "UA", "RU"),
    ("Turkey summoned the Greek ambassador over the remarks.", T, AS, "TR", "GR"),
    ("China warned of serious consequences if Japan sends troops.", T, AS, "CN", ANY),
    ("Hungary sided with Serbia in the dispute over Kosovo.", A, AS, "HU", "RS"),
    # a noun's "from" agent acts on the sentence's earlier actor across a comma
    ("Iran seized a tanker, drawing condemnation from the United States.", T, AS, "US", "IR"),
    # recognition, pulling troops out, receiving named weapons
    ("Colombia recognised the independence of Kosovo.", A, AS, "CO", "XK"),
    ("France pulled its troops out of Syria after a decade.", A, AS, "FR", "SY"),
    ("Ukraine received Patriot missiles from Germany.", A, AS, "DE", "UA"),
    ("Hungary blocked an aid package for Ukraine.", T, AS, "HU", "UA"),
    ("Qatar brokered a prisoner swap between the United States and Iran.", A, AS, "QA", ANY),
    ("Chinese coast guard ships fired water cannon at Japan's fishing boats.", T, AS, "CN", "JP"),
    ("Iran launched drones at Israel overnight.", T, AS, "IR", "IL"),
    # protecting people from violence, addressing a threat: policy work, not conflict
    ("Japan will help Iraq protect women and girls from sexual violence.", A, FU, ANY, ANY),
    ("India and France agreed to tackle the terrorist threat together.", A, AS, "IN", "FR"),
    # modality: intent denied, likelihood, restraint
    ("Russia has no plans to attack Poland, the Kremlin said.", T, NE, "RU", "PL"),
    ("China has no intention of supporting Russia in the war.", A, NE, "CN", "RU"),
    ("China is unlikely to send troops to Russia.", A, HY, "CN", "RU"),
    ("Turkey and Greece refrained from any provocation.", T, NE, "TR", "GR"),
    # reopening borders and embassies; ramming boats
    ("Venezuela and Colombia reopened their border after years of tension.", A, AS, "VE", "CO"),
    ("A Chinese ship rammed a boat from Taiwan.", T, AS, "CN", "TW"),
    # acts of violence and repression named by their own words
    ("Iran and Iraq sought to avoid a military confrontation.", T, NE, "IR", "IQ"),
    ("Greece and Turkey averted a military confrontation in the Aegean.", T, NE, "GR", "TR"),
    ("Police in Egypt fired tear gas at protesters.", T, AS, ANY, ANY),
    ("A missile was launched from Syria into Israel.", T, AS, "SY", "IL"),
    ("Rioters ransacked the Turkish embassy in Iraq.", T, AS, ANY, ANY),
    # disapproval of a partnership: the disapproving verb leads
    ("China condemned the arms sale to Taiwan.", T, AS, "CN", "TW"),
    ("Iran rejected the peace plan of the United States.", T, AS, "IR", "US"),
    # arms sales, advisers, strikes on targets, import bans, lifted curbs
    ("The United States approved an arms sale to Taiwan.", A, AS, "US", "TW"),
    ("Turkey dispatched military advisers to Azerbaijan.", A, AS, "TR", "AZ"),
    ("Israel struck targets in Syria overnight.", T, AS, "IL", "SY"),
    ("China banned imports of seafood from Japan.", T, AS, "CN", "JP"),
    ("Japan lifted export curbs on South Korea.", A, AS, "JP", "KR"),
    # a plural "threats" with its owner and target is still a threat
    ("Russia's threats against Ukraine grew louder.", T, AS, "RU", "UA"),
    # "unable / unwilling to" negates the act
    ("Germany was unable to support Poland in the vote.", A, NE, "DE", "PL"),
]  # fmt: skip

# sentence, kind that must not appear
NEGATIVE = [
    ("The company fired 200 workers at its plant in Germany and France.", T),
    ("The club fired its coach after the defeat in Turkey.", T),
    ("Police released the names of the detainees in Turkey.", A),
    ("The band released a video about prisoners in Russia.", A),
    ("The airline received new aircraft from the factory in France.", A),
    ("Japan received a letter from China about the fishing boat.", A),
    ("The minister vowed to fight corruption at home.", T),
    ("The firm withdrew from the auction for the Polish telecom operator.", T),
    ("Turkey pledged to help Azerbaijan rebuild the region.", T),
    # places and periods named after a conflict
    ("Post-conflict reconstruction in Iraq drew investors from Japan.", T),
    ("Schools in war-torn regions of Ethiopia reopened.", T),
    ("The season ended with a win for Turkey over Greece.", A),
    ("Unless Iran stops the enrichment, Israel could launch strikes.", A),
    ("The committee in Germany met jointly with its partner body in France.", T),
    ("Ukraine thanked Poland for its support of refugees.", T),
    ("The hostages were freed by Qatar on Sunday.", T),
    # legal, documentary and argumentative senses of cue words
    ("The annual report was released in Japan on Monday.", A),
    ("Annexed hereto is the letter from the mission of Egypt.", T),
    ("Police in France sealed off the crime scene.", T),
    ("Lawyers for the accused in Germany filed an appeal.", T),
    ("The data from Japan support the claim that exports rose.", A),
    ("Sales in Germany, as opposed to France, rose.", T),
    ("All parties concerned in Cyprus met the deadline.", T),
    ("Exports from India showed encouraging signs in May.", A),
    ("Parties to armed conflict in Sudan must let aid through.", T),
    # weapons as a business or a negotiating topic
    ("The arms maker posted higher profits on Navy contracts.", T),
    ("Negotiators resumed arms control talks in Geneva.", T),
    # business senses: share data, first refusal, a national committee's name
    ("Per share information for the German unit was restated.", A),
    ("The fund holds a right of first refusal on the shares in Russia.", T),
    ("The Joint Economic Committee of Congress met on Tuesday.", A),
    ("Producers met in London to exchange views on the coffee market.", A),
    ("Elections were held in Germany, and turnout was responsible for the surprise.", T),
    ("The summit was held in Japan on Monday.", T),
    ("Doctors in Japan recognised the symptoms early.", A),
    ("The bank in Germany denied the loan to the French firm.", T),
    ("The ram show in Turkey drew farmers from Greece.", T),
    ("The Italian chef defended his title against a rival from France.", A),
    ("Investors in Japan were disappointed by the bank's results.", T),
    ("Banks in Brazil face a trade confrontation with the United States.", T),
    ("A rocket launched from Japan carried a weather satellite for India.", T),
    ("The company received new computer systems from France.", A),
]  # fmt: skip


class TestConstructions:
    @pytest.mark.parametrize(("sentence", "kind", "mode", "source", "target"), POSITIVE)
    def test_finds_the_construction(
        self,
        detector: SignalDetector,
        sentence: str,
        kind: SignalKind,
        mode: Mode,
        source: str | None,
        target: str | None,
    ) -> None:
        assert_best_signal(detect(detector, sentence), kind, mode, source, target)

    @pytest.mark.parametrize(("sentence", "kind"), NEGATIVE)
    def test_near_miss_yields_no_signal_of_that_kind(
        self, detector: SignalDetector, sentence: str, kind: SignalKind
    ) -> None:
        assert best_of(detect(detector, sentence), kind) is None

    def test_top_signal_of_a_hostile_pledge_is_the_threat(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Turkey pledged to crush the militia backed by Syria.")
        assert max(signals, key=lambda s: s.score).kind is T

    def test_sponsoring_armed_groups_is_no_alliance(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Russia funds militants in Ukraine.")
        assert [(s.kind, s.source, s.target) for s in signals] == [(T, "RU", "UA")]

    def test_lifting_sanctions_is_no_threat(self, detector: SignalDetector) -> None:
        signals = detect(detector, "France called for the easing of sanctions on Syria.")
        assert {s.kind for s in signals} == {A}

    def test_obstructed_aid_leads_the_sentence(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Russia restricted access to emergency aid for Ukraine.")
        assert max(signals, key=lambda s: s.score).kind is T

    def test_counter_does_not_govern_across_a_relative_clause(
        self, detector: SignalDetector
    ) -> None:
        text = "The council weighed measures against groups that attack Iraq and Syria."
        assert max(detect(detector, text), key=lambda s: s.score).kind is T

    def test_protection_from_violence_is_no_threat(self, detector: SignalDetector) -> None:
        signals = detect(detector, "The plan protects children in Sudan from abuse.")
        assert {s.kind for s in signals} == {A}

    def test_disapproved_partnership_stays_as_weaker_evidence(
        self, detector: SignalDetector
    ) -> None:
        signals = detect(detector, "Russia protested the joint military exercises of Japan.")
        best = max(signals, key=lambda s: s.score)
        assert best.kind is T
        assert {s.kind for s in signals} == {A, T}

    def test_goodwill_release_outranks_the_earlier_arrest(self, detector: SignalDetector) -> None:
        text = (
            "The move, after he had been arrested last year, came as Israel said it would "
            "free over 150 Palestinian prisoners as a goodwill gesture."
        )
        assert max(detect(detector, text), key=lambda s: s.score).kind is A


class TestGappedCues:
    def test_a_gapped_row_keeps_the_head_and_expands_the_tail(self) -> None:
        (entry,) = parse_rows("fire~ ... {missile,rocket}s | threat | ASSAULT | 190 | 0.7 | verb")
        assert entry.phrase == "fire~"
        assert entry.tail == (" missiles ", " rockets ")

    def test_a_long_gap_reaches_six_words(self) -> None:
        rows = (
            "transferred ... corvette to | alliance | AID | 070 | 0.7 | verb\n"
            "handed over .... corvette to | alliance | AID | 070 | 0.7 | verb\n"
        )
        lexicon = Lexicon(parse_rows(rows))
        far = " a third decommissioned pohang-class navy corvette to vietnam"
        assert lexicon.scan("seoul transferred" + far) == []
        assert [h[2].phrase for h in lexicon.scan("seoul handed over" + far)] == ["handed over"]
        assert lexicon.scan("seoul handed over one two three four five six seven corvette to") == []

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (" two old missiles", True),
            (" one two three missiles", True),
            (" one two three four missiles", False),
            (" the missiles", True),
            (", then missiles", False),
            (" missile", False),
            (" anti-aircraft missiles-launchers", False),
            (" two cruise missiles.", True),
        ],
    )
    def test_tail_must_follow_within_the_gap_in_the_same_clause(
        self, text: str, expected: bool
    ) -> None:
        assert Tail((" missiles ",)).follows(text, 0) is expected

    def test_a_gapped_head_without_its_tail_hides_no_shorter_cue(self) -> None:
        rows = (
            "backed | alliance | SUPPORT | 050 | 0.6 | verb\n"
            "backed by ... tanks | threat | ASSAULT | 190 | 0.7 | verb\n"
        )
        lexicon = Lexicon(parse_rows(rows))
        assert [h[2].kind for h in lexicon.scan("rebels backed by iran")] == ["alliance"]
        assert [h[2].kind for h in lexicon.scan("backed by two tanks")] == ["threat"]

    def test_rows_sharing_a_head_each_stand_when_their_tail_follows(self) -> None:
        rows = (
            "expelled | threat | COERCE | 174 | 0.65 | verb\n"
            "expelled ... diplomats | threat | SANCTION | 166 | 0.8 | verb\n"
            "expelled ... migrants | block | - | - | 0 | verb\n"
            "sent ... tanks | alliance | AID | 072 | 0.8 | verb\n"
            "sent ... warships near | threat | MOBILIZE | 150 | 0.7 | verb\n"
        )
        lexicon = Lexicon(parse_rows(rows))

        def categories(text: str) -> list[str]:
            return [h[2].category for h in lexicon.scan(text)]

        assert categories("poland expelled 45 russian diplomats") == ["SANCTION"]
        assert categories("the club expelled two members") == ["COERCE"]
        assert categories("hungary expelled 300 migrants") == []  # the anti-cue stands
        assert categories("berlin sent 14 leopard tanks to kyiv") == ["AID"]
        assert categories("beijing sent two warships near the islands") == ["MOBILIZE"]
        assert categories("the ministry sent a letter") == []

    def test_a_tail_of_several_words_may_span_any_spacing(self) -> None:
        tail = Tail((" prisoners of war ",))
        assert tail.follows(" all the prisoners\nof war", 0)
        assert not tail.follows(" all the prisoners", 0)
