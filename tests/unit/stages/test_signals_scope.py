"""Golden phrasings of the eighth session: how far a denial reaches, what a condition
holds, and who the sides are.

- A denied intent ("ruled out", "has no plans to", "no intention of") negates the nouns its
  clause goes on to name; "no sign that …" negates the act it names; "no" right after a
  gapped cue's head negates it ("received no request for assistance"); a negator before an
  interjection reaches the verb after it ("would not, under any circumstances, send …");
  "never forget" is no negation.
- A list inside a condition ("if its vessels, aircraft or troops come under attack") does
  not end it.
- Two countries owning the forces that open a threat cue act together ("American and
  British warplanes struck …"); a passive's receiver may stand between the cue and its
  agent ("was delivered to Ukraine by Britain"); a quotation may be said to be aimed at a
  country after it ('…," the commander said of Azerbaijan', "in a clear warning to
  Islamabad"); "summoned a Chinese diplomat to protest" is the summoner's protest.
- A weak signal led from a comment on a denial (", saying the talks had been
  constructive") defends the denial and is dropped.
- What an alliance stands against is no threat of its own ("stand with Cuba against the
  blockade"); in a market report ("Brent crude found support … as traders weighed …") a
  signal stands only with both its parties named.
- A country's courts (supreme, constitutional, high) and citizens are home affairs, and
  sanctions abroad: "Nepal's Supreme Court ruled that the restrictions violated citizens'
  rights" gives no threat.
- New rows: troops contributed or sent, vessels and aircraft handed over (a long gap,
  "head .... tail"), readiness to help, "will (always) defend", "will always be there for",
  close passes and flares.
- Ninth session rows: contacts suspended with a government ("suspended all contacts with
  the French embassy"), a joint operation or surveillance named with modifiers ("a joint
  search-and-rescue operation"), intelligence shared with one ("sharing satellite
  intelligence with"); a bill supported or backed by a party at home, animals slaughtered,
  police holding a suspect or an attacker at home and a call on officials or residents at
  home are no signals; "train and equip", forces and border guards trained; a pledge to
  defend near a treaty's name ("will defend it under … the security treaty"); another
  state's accession approved; rising sea levels are a hazard; a cue dated by a year after
  it in a clause of what came before ("when the two governments cut ties in 2017") is
  history.

Each positive names the kind, mode and dyad it must yield; each near miss what it must not
yield. The sentences go through the packaged country tagger, as in the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.models import Mode, Signal, SignalKind
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, CO, FU, NE = Mode.ASSERTED, Mode.CONDITIONAL, Mode.FUTURE, Mode.NEGATED


def standing(signals: tuple[Signal, ...]) -> list[Signal]:
    """The signals that set a sentence's label: those not negated."""
    return [signal for signal in signals if signal.mode is not NE]


class TestDeniedIntent:
    """A denied intent reaches every noun cue of its clause, not only the verb after it."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Canada ruled out sending troops to Haiti as part of any multinational "
             "security guarantees, the defence minister told reporters in Ottawa."),
            ("Seoul has no plans to dispatch navy ships to join U.S.-led naval operations in "
             "the Strait of Hormuz, a defence ministry official said."),
            ("Egypt's president said Cairo had no intention of being drawn into a regional "
             "military confrontation over Gaza."),
            ("Lisbon said it would not, under any circumstances it could foresee, send ground "
             "troops to Ukraine."),
            ("Nigeria will not contribute troops to any regional intervention force in "
             "Burkina Faso, its defence minister said, stressing that dialogue remained the "
             "preferred path."),
        ],
    )  # fmt: skip
    def test_nothing_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        signals = analyse(sentence)
        assert signals, "the denied event stays as evidence"
        assert standing(signals) == []

    def test_a_denial_that_ends_before_the_noun_leaves_it(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Japan has no plans to change its rules, but it will hold joint military "
            "exercises with the Philippines next month."
        )
        assert_best_signal(signals, A, FU, "JP", "PH")

    def test_a_meeting_that_did_not_take_place(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        held = "A meeting between Chinese and Japanese officials took place on Friday."
        assert best_of(analyse(held), A) is not None
        signals = analyse(
            "A planned meeting between Chinese and Japanese officials did not take place on "
            "Friday."
        )
        assert standing(signals) == []

    def test_no_plans_for_an_aid_package(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Australia received no request for military assistance from Papua New Guinea, "
            "the foreign minister said."
        )
        assert signals and standing(signals) == []


class TestDenialDefended:
    """A weak signal led from a comment on a denial defends the denial; a strong one stays."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Seoul denied that it had warned Tokyo against listing the mine as a heritage "
             "site, saying the talks had been constructive."),
            ("Hanoi denied reports that it had agreed to buy Russian fighter jets, calling them "
             "groundless and urging media to verify information."),
        ],
    )  # fmt: skip
    def test_nothing_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert standing(analyse(sentence)) == []

    def test_an_accusation_in_the_comment_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Moscow denied shelling the nuclear plant, accusing Ukraine of attacking it with "
            "drones."
        )
        assert any(signal.kind is T for signal in standing(signals))


class TestUnfounded:
    """"no sign / evidence / indication that …" negates the act it goes on to name."""

    def test_no_sign_that_shots_were_fired(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Tokyo said there was no sign that Chinese coast guard ships had fired on "
            "Japanese fishing boats near the islands."
        )
        assert signals and standing(signals) == []

    def test_a_sign_that_they_were_is_an_attack(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Tokyo said there were clear signs that Chinese coast guard ships had fired on "
            "Japanese fishing boats near the islands."
        )
        assert_best_signal(signals, T, AS, "CN", "JP")

    def test_no_substitute_for_support_is_no_denial(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Kyiv said sanctions were no substitute for military support from Germany."
        )
        assert_best_signal(signals, A, AS, "DE", ANY)


class TestUndeniedReadings:
    """Negators that leave the cue standing."""

    def test_never_forget_the_help(self, analyse: Callable[[str], tuple[Signal, ...]]) -> None:
        signals = analyse(
            '"We will never forget the help of our Japanese friends," the Philippine '
            "president said after the typhoon."
        )
        assert_best_signal(signals, A, ANY, "PH", "JP")

    def test_an_interjection_after_a_negated_rule_out_keeps_the_cue(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("France did not, however, rule out sending ground troops to Ukraine.")
        assert_best_signal(signals, A, AS, "FR", "UA", "AID")


class TestConditionWithList:
    """A list inside a condition does not end it: the pledge after leads."""

    def test_a_list_of_forces_inside_the_condition(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Washington will defend Manila if Philippine vessels, aircraft or troops come "
            "under armed attack anywhere in the South China Sea, the secretary of state said."
        )
        best = max(signals, key=lambda s: s.score)
        assert (best.kind, best.source, best.target) == (A, "US", "PH")
        assert best.mode in (CO, FU)  # "will defend" is read as the promise it is


class TestForcesOfTwo:
    """Two countries owning the forces a threat cue opens on act together."""

    def test_warplanes_of_two_countries(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Russian and Syrian warplanes struck Turkish positions in Idlib.")
        assert_best_signal(signals, T, AS, "RU", "TR", "ASSAULT")

    def test_two_countries_that_clash_stay_a_dyad(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Indian and Chinese troops clashed in the Galwan Valley on Monday.")
        best = best_of(signals, T)
        assert best is not None and {best.source, best.target} == {"IN", "CN"}


class TestStoodAgainst:
    """What an alliance stands against, guards against or defends from is no threat of its
    own; "against" after a threat cue, or opening another phrase, is the threat's."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ('"We will stand with the Cuban people and their government against this unjust '
             'blockade," the Bolivian foreign minister told the UN General Assembly.', "BO",
             "CU"),
            ("Estonia will help Ukraine defend its government networks from cyberattacks, the "
             "prime minister said in Kyiv.", "EE", "UA"),
        ],
    )  # fmt: skip
    def test_only_the_alliance_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, source: str,
        target: str,
    ) -> None:
        signals = analyse(sentence)
        assert_best_signal(signals, A, ANY, source, target)
        assert best_of(signals, T) is None

    def test_against_after_a_threat_is_the_threats(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "The Senate called on the president to retaliate against Japan for violating the "
            "agreement."
        )
        best = best_of(signals, T)
        assert best is not None and [c.text for c in best.cues] == ["retaliate", "violating"]

    def test_a_threat_after_a_comma_is_not_stood_against(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Washington decertified Colombia as a partner in the fight against drug "
            "trafficking, accusing the government of failing to curb coca cultivation."
        )
        assert_best_signal(signals, T, AS, "US", "CO", "ACCUSE")


class TestMarketReport:
    """In a market report a signal stands only with both its parties named."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Brent crude found support near $74 a barrel on Wednesday as traders weighed "
             "fresh Houthi attacks on tankers in the Red Sea."),
            ("The Turkish lira found support near 33 to the dollar as investors welcomed the "
             "central bank's latest rate decision."),
        ],
    )  # fmt: skip
    def test_what_moves_a_price_is_no_signal(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert analyse(sentence) == ()

    def test_a_dyad_named_in_a_market_report_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Oil rose above $80 a barrel after Iran threatened to close the Strait of Hormuz "
            "to U.S. tankers, traders said."
        )
        assert_best_signal(signals, T, AS, "IR", "US")

    def test_a_barrel_bomb_is_no_price(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Syrian regime helicopters dropped a barrel bomb on a market in Idlib.")
        assert_best_signal(signals, T, AS, "SY", ANY)


class TestDefencePromised:
    """"will defend X" is a pledge; one's own rights, titles or lawsuits defended are not."""

    def test_defence_promised_to_another(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Moscow will defend Belarus with all available means, including nuclear weapons, "
            "if its ally is attacked, the Russian defence minister said in Minsk."
        )
        best = max(signals, key=lambda s: s.score)
        assert (best.kind, best.source, best.target) == (A, "RU", "BY")

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Egypt warns Ethiopia it will defend Nile water rights by all means as the dam is "
             "inaugurated."),
            "The company said it will defend against the charges brought by the Dutch regulator.",
        ],
    )  # fmt: skip
    def test_ones_own_cause_defended_is_no_pledge(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert all(
            "will defend" not in [c.text for c in s.cues] for s in analyse(sentence)
        )


class TestDyadsNamedAfter:
    """Sides named after the cue: the receiver before a passive's agent, and the country a
    quotation is said to be aimed at."""

    def test_delivered_to_the_receiver_by_the_giver(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "A new batch of Storm Shadow missiles was delivered to Ukraine by France last "
            "month, officials said."
        )
        assert_best_signal(signals, A, AS, "FR", "UA", "AID")

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ('"If they cross the line again, our response will be swift and decisive," the '
             "Iranian army commander said of Azerbaijan during drills.", "IR", "AZ"),
            ('"If there is another attack, we will respond at a time of our choosing," the '
             "Indian prime minister told a rally, in remarks clearly aimed at Islamabad.", "IN",
             "PK"),
            ('"Any aggression against our soil will be met with a crushing response," the '
             "Iranian foreign minister said in a message aimed at Washington.", "IR", "US"),
        ],
    )  # fmt: skip
    def test_a_quotation_aimed_at_a_country(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, source: str,
        target: str,
    ) -> None:
        best = best_of(analyse(sentence), T)
        assert best is not None and (best.source, best.target) == (source, target)

    def test_a_scare_quote_keeps_its_dyad(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Eritrean President Isaias Afwerki assured Sudan's army chief of Asmara's \"full "
            'solidarity" during a visit on Wednesday, Sudanese state media said.'
        )
        assert_best_signal(signals, A, AS, "ER", "SD")


class TestCourtsAndCitizens:
    """A country's courts and citizens are home affairs; sanctions on its people are not."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Nepal's Supreme Court ordered the government to lift its ban on social media, "
             "ruling that the restrictions violated citizens' rights."),
            ("Ethiopian Prime Minister Abiy Ahmed urged citizens to support the final bond drive "
             "for the dam."),
        ],
    )  # fmt: skip
    def test_nothing_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert standing(analyse(sentence)) == []

    def test_sanctions_on_a_judge_stay_a_threat(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "The U.S. Treasury sanctioned Brazilian Supreme Court Justice Alexandre de Moraes, "
            "accusing him of leading a campaign of censorship."
        )
        assert best_of(signals, T) is not None


class TestDiplomaticProtest:
    """A protest made by summoning an envoy is the summoner's, against the envoy's country;
    a protest lodged with a country is an act of its own."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ("Manila summoned a senior Chinese diplomat to protest after a coast guard ship "
             "blasted a fishing boat with water cannon.", "PH", "CN"),
            ("Seoul's foreign ministry summoned a senior Japanese diplomat to protest Tokyo's "
             "renewed claim to the Dokdo islets.", "KR", "JP"),
            ("Vietnam lodged a formal protest with China over the new ten-dash line map, the "
             "foreign ministry said.", "VN", "CN"),
        ],
    )  # fmt: skip
    def test_the_protester_acts(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, source: str,
        target: str,
    ) -> None:
        best = best_of(analyse(sentence), T)
        assert best is not None and best.category == "PROTEST"
        assert (best.source, best.target) == (source, target)


# sentence, kind, category, mode, source, target ("*" = not checked)
POSITIVE = [
    ("Kenya will contribute troops to the multinational mission in Haiti, President Ruto "
     "said.", A, "AID", FU, "KE", "HT"),
    ("Britain will send combat troops to Estonia next year, the defence secretary said.", A,
     "AID", FU, "GB", "EE"),
    ("If Tonga is struck by another cyclone, Australia stands ready to dispatch its defence "
     "force for relief operations, the high commissioner said.", A, "SUPPORT", CO, "AU", "TO"),
    ('"Japan will always be there for our friends in Ukraine," the prime minister said.', A,
     "SUPPORT", FU, "JP", "UA"),
    ("Chinese navy helicopters flew within metres of a Philippine fisheries aircraft over "
     "Scarborough Shoal, Manila said.", T, "THREATEN", AS, "CN", "PH"),
    ("A Chinese fighter jet dropped flares in the path of an Australian navy helicopter over "
     "the Yellow Sea, Canberra said.", T, "ASSAULT", AS, "CN", "AU"),
    ("A Russian fighter struck the propeller of an American surveillance drone over the Black "
     "Sea, the Pentagon said.", T, "ASSAULT", AS, "RU", "US"),
    ("The United States and India will co-produce armoured vehicles under a new defence "
     "roadmap.", A, "COOPERATE", FU, "US", "IN"),
    # vessels and aircraft handed over, named up to six words on (a long gap, "....")
    ("Tokyo transferred a second decommissioned Abukuma-class destroyer escort frigate to the "
     "Philippine navy on Friday.", A, "AID", AS, "JP", "PH"),
    ("Australia handed over two new Guardian-class patrol boats to Fiji in a ceremony in "
     "Suva.", A, "AID", AS, "AU", "FJ"),
    ("Japan will give the Indonesian coast guard three patrol vessels under its security "
     "assistance programme.", A, "AID", FU, "JP", "ID"),
    ("Kenya will send 400 police officers to Haiti next month, the interior minister said.", A,
     "AID", FU, "KE", "HT"),
    ("South Africa will send 2,900 soldiers to eastern Congo as part of the regional "
     "mission.", A, "AID", FU, "ZA", "CD"),
    # training, stationing: the trainees or the force named up to six words on
    ("Britain will train a further 10,000 Ukrainian recruits this year, the defence "
     "secretary said.", A, "COOPERATE", FU, "GB", "UA"),
    ("Germany will permanently station a combat brigade of around 4,800 soldiers in Lithuania "
     "by 2027.", A, "COOPERATE", FU, "DE", "LT"),
    ("Burundi has deployed troops to South Kivu to fight alongside the Congolese army against "
     "the rebels.", A, "COOPERATE", ANY, "BI", "CD"),
    # ninth session: contacts cut, a joint operation or surveillance named with modifiers,
    # intelligence shared with a modifier
    ("Algeria suspended all contacts with the French embassy in Algiers after Paris "
     "recognised Moroccan sovereignty over Western Sahara.", T, "SANCTION", AS, "DZ", "FR"),
    ("Greek and Cypriot coast guard vessels launched a joint search-and-rescue operation south "
     "of Crete on Tuesday.", A, "COOPERATE", AS, "GR", "CY"),
    ("Canada and Denmark agreed to carry out joint Arctic surveillance flights over Greenland "
     "next year.", A, "COOPERATE", AS, "CA", "DK"),
    ("Chile will begin sharing satellite intelligence with Peru on illegal fishing fleets.", A,
     "COOPERATE", FU, "CL", "PE"),
    # training: forces and border guards trained, "train and equip"; a pledge of defence
    # near a treaty's name
    ("Britain will train and equip Jordanian border guards next year, the ministry said.", A,
     "COOPERATE", FU, "GB", "JO"),
    ("Canada will train Ukrainian forces in Latvia this summer, the minister said.", A,
     "COOPERATE", FU, "CA", "UA"),
    ("If the Philippines comes under attack, the United States will defend it under the "
     "security treaty, the secretary said.", A, "SUPPORT", CO, "US", "PH"),
    # another state's entry approved
    ("Turkey's parliament approved Finland's bid to join NATO.", A, "SUPPORT", AS, "TR", "FI"),
    # a break dated in a clause of what came before is history; the day's talks lead
    ("Egyptian and Qatari envoys held talks in Cairo on restoring flights that were halted "
     "when the two governments cut ties in 2017.", A, "CONSULT", AS, "EG", "QA"),
    # … while a dated event in the main clause stands
    ("Russia annexed Crimea in 2014, the report recalled.", T, "ASSAULT", AS, "RU", "UA"),
    # tenth session: gas delivered, a border reopened with a modifier, a named dialogue,
    # peacekeepers sent, a ban kept, licences required, targets hit, fire in the passive,
    # links blown up, a terrorism listing, drills with a state, an accession voted on
    ("Peru will raise natural gas deliveries to Chile from next year, the energy minister "
     "said.", A, "COOPERATE", FU, "PE", "CL"),
    ("Thailand and Cambodia reopened their main border crossing to trucks on Monday.", A,
     "COOPERATE", AS, "TH", "KH"),
    ("Vietnam and India relaunched their strategic dialogue in Hanoi on Friday.", A, "CONSULT",
     AS, "VN", "IN"),
    ("Rwanda will deploy troops to the African Union mission in Somalia, officials said.", A,
     "AID", FU, "RW", "SO"),
    ("Beijing will not lift its ban on Australian timber until Canberra changes course, a "
     "spokesman said.", T, "SANCTION", FU, "CN", "AU"),
    ("Japan will require licences for exports of advanced chip equipment to China.", T,
     "SANCTION", FU, "JP", "CN"),
    ("U.S. warplanes hit more than 40 targets in Syria overnight, the Pentagon said.", T,
     "ASSAULT", AS, "US", "SY"),
    ("A Thai border post was struck by Cambodian artillery fire on Sunday.", T, "ASSAULT", AS,
     "KH", "TH"),
    ("North Korea blew up sections of roads linking it to South Korea.", T, "ASSAULT", AS, "KP",
     "KR"),
    ("Washington designated North Korea a state sponsor of terrorism.", T, "SANCTION", AS, "US",
     "KP"),
    ("Iran held naval drills with Russia in the Gulf of Oman.", A, "COOPERATE", AS, "IR", "RU"),
    ("Hungary's parliament voted to approve Sweden's bid to join NATO.", A, "SUPPORT", AS, "HU",
     "SE"),
]  # fmt: skip

NEAR_MISSES = [
    # a central bank's readiness to support its currency is no pledge to a state
    ("Bank Indonesia said it stood ready to support the rupiah after it slid to a record "
     "low.", A),
    # a title defended is sport
    ("Kenya strikes gold in women's 1,500m as Kipyegon defends title", A),
    # a disaster's dead are its toll
    ("Landslides triggered by monsoon rains buried dozens of homes in Nepal's Ilam district, "
     "with at least 38 people confirmed dead.", T),
    # an airliner delivered to an airline is business, and marines sent to the ports policing
    ("Airbus handed over its first A321XLR aircraft to India's IndiGo in Toulouse on "
     "Monday.", A),
    ("Brazil's navy minister ordered the navy to send marines to take over the ports.", A),
    # a bill supported or backed at home; animals slaughtered
    ("Mexico's Senate voted to support a judicial reform bill backed by the ruling party, "
     "sending it to the states.", A),
    ("Vietnam will ban the slaughter of dogs for meat in Hanoi by 2028.", T),
    # police after an attack at home; a leader's call on officials at home
    ("Brazilian police arrested a suspect in the attack on a mayoral candidate at a rally in "
     "Sao Paulo, officials said.", T),
    ("Vietnam's prime minister urged officials to speed up work on the North-South expressway "
     "before the end of the year.", A),
    # one's own forces trained
    ("France trained its forces in the desert for a month.", A),
    # rising sea levels as a danger: a hazard, not a state's threat
    ("Rising sea levels pose an existential threat to low-lying Pacific nations such as "
     "Tuvalu, a United Nations report warned.", T),
    # a dated event in a clause of what came before is history
    ("Relations have been frozen since Russia annexed Crimea in 2014, the minister said.", T),
    # … and what an anniversary remembers
    ("Ukraine marked the anniversary of the invasion with a minute of silence.", T),
    # animals, disasters' damage, consumers, rescuers, what drills are held with
    ("A crocodile attack on the Zambezi killed a fisherman in Zimbabwe, police said.", T),
    ("A shark attack off Australia's east coast killed a surfer and injured another swimmer.",
     T),
    ("Flash floods swept through northern Pakistan, killing 30 people and destroying 400 "
     "homes, officials said.", T),
    ("Shoppers in Croatia boycotted supermarkets for a day over food prices.", T),
    ("Civil protection officials in Italy said the river had burst its banks.", A),
    ("The Pakistani army held military drills with live ammunition near Lahore.", A),
]  # fmt: skip


class TestBackgroundClause:
    """Of a sentence's two kinds, the one told in a background clause (after a span of time,
    "despite", "as") ranks under the main clause's."""

    @pytest.mark.parametrize(
        ("sentence", "kind"),
        [
            ("Japan and South Korea signed a currency swap agreement on Friday, barely a year "
             "after Tokyo imposed export curbs on Seoul.", A),
            ("China and Japan relaunched their high-level economic dialogue in Beijing, despite "
             "China's ban on Japanese seafood.", A),
            ("Israeli artillery shelled a Lebanese village on Sunday, despite the ceasefire "
             "agreement between the two countries.", T),
            ("Qatar pledged $5 billion in aid to Egypt, as Cairo struggles with a crisis worsened "
             "by Houthi attacks on shipping.", A),
        ],
    )  # fmt: skip
    def test_the_main_clause_leads(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind
    ) -> None:
        signals = analyse(sentence)
        best = max(signals, key=lambda s: s.score)
        assert best.kind is kind
        other = best_of(signals, T if kind is A else A)
        assert other is None or other.score < best.score

    def test_since_then_opens_no_clause(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Since then envoys have shuttled between Tehran and Paris for talks on the loan, "
            "officials said."
        )
        assert_best_signal(signals, A, AS, "IR", "FR", "CONSULT")


@pytest.mark.parametrize(("sentence", "kind", "category", "mode", "source", "target"), POSITIVE)
def test_positive(
    analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind,
    category: str, mode: Mode, source: str, target: str,
) -> None:
    assert_best_signal(analyse(sentence), kind, mode, source, target, category)


@pytest.mark.parametrize(("sentence", "kind"), NEAR_MISSES)
def test_near_miss(
    analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind
) -> None:
    assert best_of(analyse(sentence), kind) is None
