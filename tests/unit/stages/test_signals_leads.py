"""Golden phrasings of the twelfth session: who makes a threat its target is to suffer,
which event leads a long wire sentence, and the rows read from new wire-style sentences.

- A threat its subject is to suffer ("would face serious consequences", "will be punished",
  "would pay a heavy price", "will be considered an act of war"), with no giver named,
  comes from the sentence's speaker, also one named in an apposition ("Kim Yo Jong, the
  … sister of North Korean leader Kim Jong Un, said …"); "any attempt by Ethiopia" is the
  one to suffer it.
- A cue after "even as" stands beside the main event; a noun phrase put on the main event
  after its attribution ("…, the cabinet in Cairo said, a lifeline for an economy hit by
  Houthi attacks"; "…, part of a rearmament drive begun after …") and a participle that
  brushes criticism aside comment on it: the main clause's event leads the sentence.
- A passive cue ending on "to" reaches its "by" agent past the receiver's noun ("were
  handed over to Ghana's navy by the United States").
- "through Iran's Chabahar port" is a place; a ship class named after a place ("Dakar-class
  submarines") and a gulf named after a country ("the Gulf of Guinea") are no mention of
  it (see `test_countries.py`).
- A welcome or praise put on the main act (", a move Ankara welcomed") aims the act at the
  one who welcomed it.
- New rows: aircraft and ships around another country, weapons to be used against
  another, credit extended, an investment promised, an arms sale cleared, a contract
  signed with a state, a treaty held in abeyance, another's consulate barred, a relief
  shipment, a diplomatic note of protest, a vessel boarded by another's coast guard,
  economic engagement, experience shared, a vessel handed over, a debt rescheduled by its
  creditor; anti-cues for fires, workers' strikes, pay deals, "thanks to" as "because of",
  and criticism at home; drugs pursued by police, a navy or customs, and militants that
  police pursue in one country, are crime (`signal_domestic`).
- Second round: a headline quotation's speaker may follow its colon ('"We stand with
  Seoul": US envoy …'); a quotation mark after a preposition opens inline words, no clause
  ('respond with "resolute countermeasures"'); "a spokesman for Beijing's …" may lead its
  verb; "Taiwan Affairs Office" is Beijing's; "North American" is no American (see
  `test_countries.py`), nor is a Title Case headline's verb a surname ("Help Israel
  Battle"); rows for banned weapons used against another, energy supplied, weapons
  shipped, a mission closed by order and salaries paid; anti-cues for clashes with police
  and members' strikes.
- Third round: an alliance verb that a plan named after "over" is to do is the grievance a
  threat answers ("warns Finland over plan to host NATO troops"); sport, markets, hazards,
  home affairs, crime before a court, culture and business learn more of the press's war
  and partnership words ("shot down Spain's hopes of qualification", "came under
  pressure", "locusts invaded", "a charm offensive", "overrun by tourists", "an industry
  alliance"); a death alone is faint.
- Fourth round: a speaker's participle that labels the main act (", the Cypriot government
  said, denouncing the move as gunboat diplomacy") aims the act at the speaker and tells no
  event of its own; rows for the wording of wire reports, written to cover 300 sentences
  that vary it on purpose: lifelines, debts forgiven, vessels leased, ambassadors restored,
  disputes settled, tankers escorted, grids synchronised, airspace policed, garrisons
  reinforced, assurances, artefacts returned, censure shielded, duties scrapped; migrants
  weaponised, waters intruded into, shells rained, envoys evicted, radar locked on,
  lambasting, meddling, accords torn up, barbs traded, central bank assets frozen.
- Fifth round (200 sentences of an ordinary day's news, 45 false alarms at first, 17 at
  the end): a country naming a currency or securities ("against the U.S. dollar") is no
  party; a protest or a strike with no second country is home affairs; markets, crime,
  home beneficiaries, sport and culture learn more words; funds, contract disputes and
  crackdowns at home are anti-cues; "Anglo American" is a company.
- Sixth round (300 sentences varying the construction): foreign troops ordered out, defence
  ties ended, participation frozen, force not ruled out, a battlegroup kept abroad.

Each positive names the kind, category, mode and dyad of the sentence's leading signal (its
best non-negated one); each near miss a kind it must not yield.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.models import Mode, Signal, SignalKind
from tests.unit.stages.test_signals import ANY, best_of

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, FU = Mode.ASSERTED, Mode.FUTURE

POSITIVE = [
    # a threat to be suffered, made by the speaker
    ("North Korea said South Korea would face serious consequences for the leaflet "
     "launches.", T, "THREATEN", ANY, "KP", "KR"),
    ("Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, said Seoul "
     "would pay a heavy price for the drills.", T, "THREATEN", ANY, "KP", "KR"),
    ("Iran said Israel will be punished for the strike on its consulate in Damascus.", T,
     "THREATEN", FU, "IR", "IL"),
    ('"Any attempt by Ethiopia to take a port on our coast by force will be considered an '
     "act of war,\" Eritrea's information minister said.", T, "THREATEN", ANY, "ER", "ET"),
    # the main event leads
    ('"We stand with Moldova," the French president said in Paris, announcing new aid even '
     "as Russia stepped up strikes on Ukraine.", A, "SUPPORT", AS, "FR", "MD"),
    ("Qatar agreed to invest $10 billion in Egypt's tourism sector, the cabinet in Cairo "
     "said, a lifeline for an economy hit by Houthi attacks on shipping.", A, "COOPERATE", AS,
     "QA", "EG"),
    ("Hungary signed a $2 billion contract with South Korea for 40 K9 howitzers, the defence "
     "ministry said, part of a rearmament drive begun after Russia's invasion of Ukraine.", A,
     "AGREE", AS, "HU", "KR"),
    ("Turkey will keep its troops in Somalia to help fight al Shabaab, President Erdogan "
     "said, brushing aside criticism from Egypt, which accuses Ankara of meddling.", A, "AID",
     FU, "TR", "SO"),
    ('"We are ready to share our experience in oil refining with our Iraqi partners," '
     "Iran's oil minister said in Baghdad.", A, "COOPERATE", ANY, "IR", "IQ"),
    # agents, places and welcomes
    ("Two patrol boats were handed over to Ghana's navy by the United States on Monday.", A,
     "AID", AS, "US", "GH"),
    ("India sent 20,000 tonnes of wheat to Afghanistan through Iran's Chabahar port, in its "
     "latest humanitarian shipment to the Afghan people.", A, "AID", AS, "IN", "AF"),
    ("Germany agreed to fund three Dakar-class submarines for Israel, an Israeli official "
     "said.", A, ANY, AS, "DE", "IL"),
    ("The U.S. State Department approved a possible $1 billion sale of F-16 parts to Turkey, "
     "a move Ankara welcomed.", A, "AID", AS, "US", "TR"),
    # rows
    ("Israeli Strike Hits Iranian Radar Site Near Isfahan", T, "ASSAULT", AS, "IL", "IR"),
    ("China flew 25 warplanes and sent six navy ships around Taiwan on Monday, Taipei said.",
     T, "MOBILIZE", AS, "CN", "TW"),
    ("North Korea vowed to use nuclear weapons against the United States if attacked.", T,
     "THREATEN", FU, "KP", "US"),
    ("India extended a $500 million line of credit to Nepal for roads and power lines.", A,
     "AID", AS, "IN", "NP"),
    ("Beijing has offered to reschedule Zambia's bilateral debt, the Chinese embassy in "
     "Lusaka said.", A, "AID", AS, "CN", "ZM"),
    ("Pakistan said it would hold its trade agreement with Afghanistan in abeyance after the "
     "border clashes.", T, "SANCTION", FU, "PK", "AF"),
    ("Russia Bars Polish Consulate In Kaliningrad From Issuing Visas", T, "SANCTION", AS, "RU",
     "PL"),
    ("Bangladesh sent a diplomatic note to Myanmar protesting the shelling that hit its "
     "border villages.", T, "PROTEST", AS, "BD", "MM"),
    ("Chinese coast guard officers boarded a Philippine supply boat near Second Thomas "
     "Shoal.", T, "COERCE", AS, "CN", "PH"),
    ("Japan will deepen its economic engagement with Vietnam, Prime Minister Ishiba said in "
     "Hanoi.", A, "COOPERATE", FU, "JP", "VN"),
    ("Russia handed over the frigate Tamal to the Indian Navy at a ceremony in Kaliningrad.",
     A, "AID", AS, "RU", "IN"),
    ("Zelenskiy expressed his thanks to Japan for its support.", A, "SUPPORT", AS, ANY, "JP"),
    # second round: headlines, attributions and rows
    ('"We back Ukraine to the end": Dutch minister pledges more air defence for Kyiv', A, ANY,
     AS, "NL", "UA"),
    ("Belgium Sends Rescue Teams To Help Turkey After Quake", A, "AID", AS, "BE", "TR"),
    ("China will respond with \"resolute countermeasures\" if Taiwan's leader transits the "
     "United States, a spokesman for Beijing's Taiwan Affairs Office warned.", T, "THREATEN",
     Mode.CONDITIONAL, "CN", "TW"),
    ("Syria had used banned chemical agents against Turkish troops, the Turkish defence "
     "ministry said.", T, "ASSAULT", AS, "SY", "TR"),
    ("Norway is ready to supply more gas to Poland under a new contract, its energy minister "
     "said.", A, "COOPERATE", ANY, "NO", "PL"),
    ("Officials said North Korea had shipped thousands of artillery shells to Russia.", A,
     "AID", AS, "KP", "RU"),
    ("Lithuania ordered the closure of Russia's consulate in Klaipeda after the sabotage.", T,
     "SANCTION", AS, "LT", "RU"),
    ("Saudi Arabia will cover the salaries of Lebanese soldiers for six months.", A, "AID", FU,
     "SA", "LB"),
    ("Canada and Mexico will coordinate their positions ahead of North American trade talks.",
     A, ANY, ANY, "CA", "MX"),
    # fourth round: a speaker's participle that labels the act
    ("Turkish warships blocked a drilling vessel hired by Cyprus, the Cypriot government said, "
     "denouncing the move as gunboat diplomacy.", T, ANY, AS, "TR", "CY"),
    ("Venezuela sent a patrol vessel into waters off Guyana's coast, Guyana's president said, "
     "calling the incursion a direct threat to his country.", T, ANY, AS, "VE", "GY"),
    # fourth round: the wording of wire reports
    ("Qatar threw a fresh lifeline to Lebanon with a $300 million deposit in its central "
     "bank.", A, "AID", AS, "QA", "LB"),
    ("France forgave 1 billion euros of Cameroon's debt under a development contract.", A,
     "AID", AS, "FR", "CM"),
    ("India will lease a second nuclear submarine to Vietnam for ten years.", A, "AID", FU,
     "IN", "VN"),
    ("Egypt and Turkey restored ambassadors after a decade of frosty ties.", A, "COOPERATE",
     AS, "EG", "TR"),
    ("Kazakhstan and Kyrgyzstan settled their border dispute at a summit in Astana.", A,
     "AGREE", AS, "KZ", "KG"),
    ("South Korean destroyers will escort Japanese tankers through the Strait of Hormuz.", A,
     "COOPERATE", FU, "KR", "JP"),
    ("Moldova synchronised its power grid with Romania's last year.", A, "COOPERATE", AS, "MD",
     "RO"),
    ("Spanish Eurofighters are policing Lithuania's airspace this spring.", A, "COOPERATE", AS,
     "ES", "LT"),
    ("Britain reinforced its garrison in Cyprus with two extra companies.", A, "AID", AS, "GB",
     "CY"),
    ("Japan extended security assurances to the Philippines during the visit.", A, "SUPPORT",
     AS, "JP", "PH"),
    ("Germany returned 20 looted artefacts to Cameroon at a ceremony in Yaounde.", A,
     "CONCEDE", AS, "DE", "CM"),
    ("Russia shielded Iran from a UN censure over its nuclear programme.", A, "SUPPORT", AS,
     "RU", "IR"),
    ("China scrapped its anti-dumping duties on Australian wine, ending a three-year "
     "dispute.", A, "CONCEDE", AS, "CN", "AU"),
    ("Belarus weaponised migrants against Lithuania, the government in Vilnius said.", T,
     "COERCE", AS, "BY", "LT"),
    ("Turkish gunboats intruded into Greece's territorial waters near Rhodes.", T, "MOBILIZE",
     AS, "TR", "GR"),
    ("Azerbaijani forces rained shells on Armenian villages overnight.", T, "ASSAULT", AS, "AZ",
     "AM"),
    ("Mali evicted the French ambassador and ordered French troops out within 72 hours.", T,
     "SANCTION", AS, "ML", "FR"),
    ("A Chinese destroyer locked its fire-control radar on a Philippine vessel, Manila said.",
     T, "THREATEN", AS, "CN", "PH"),
    ("Poland lambasted Hungary over its veto of EU aid to Ukraine.", T, "ACCUSE", AS, "PL",
     "HU"),
    ("Moscow meddled in Georgia's parliamentary elections, the EU said.", T, "ACCUSE", AS, "RU",
     "GE"),
    ("Niger tore up its military agreements with France.", T, "REJECT", AS, "NE", "FR"),
    ("Ankara and Athens traded barbs over migrants in the Aegean.", T, "ACCUSE", AS, "TR",
     "GR"),
    ("Britain froze the assets of Russia's central bank held in London.", T, "SANCTION", AS,
     "GB", "RU"),
    # sixth round: constructions
    ("Burkina Faso ordered French military personnel to leave the country within a month.", T,
     "SANCTION", AS, "BF", "FR"),
    ("Mali's junta ordered French troops out of the country.", T, "SANCTION", AS, "ML", "FR"),
    ("Chad ended its defence cooperation agreement with France on Thursday.", T, "REJECT", AS,
     "TD", "FR"),
    ("Armenia froze its participation in the Russian-led CSTO alliance.", T, "REJECT", AS, "AM",
     ANY),
    ("Trump refused to rule out military force to take Greenland from Denmark.", T,
     "THREATEN", ANY, "US", ANY),
    ("Britain will keep its battlegroup in Estonia at full strength, the defence secretary "
     "said.", A, "AID", FU, "GB", "EE"),
]

NEAR_MISSES = [
    ("A fire broke out aboard a Spanish navy supply ship in Cartagena, injuring four "
     "workers.", T),
    ("Belgian dockworkers extended a strike at the port of Antwerp, disrupting traffic bound "
     "for Germany and the Netherlands.", T),
    ("Unions at Germany's Kiel shipyard reached a pay deal after two weeks of talks.", A),
    ("Morocco will face Portugal in the quarter-final in Qatar, thanks to a defence that has "
     "conceded once.", A),
    ("Defence Secretary Comes Under Attack From British MPs Over Frigate Delays", T),
    ("Colombia's navy seized a semi-submersible carrying three tonnes of cocaine and arrested "
     "its crew.", T),
    ("Federal police in Brazil arrested a Colombian man suspected of leading a cocaine "
     "trafficking network.", T),
    ("Militants attacked a police checkpoint in Pakistan's Khyber Pakhtunkhwa province, "
     "killing three officers, police said.", T),
    ("Sri Lanka plans to restructure its bilateral debt with China this year.", A),
    ("Hundreds of opposition supporters clashed with police in Dhaka on Sunday.", T),
    ("Police in Kenya arrested five over an attack on a Nairobi bank.", T),
    ("Germany's rail union said its members would strike for 48 hours from Wednesday.", T),
    # third round: the press's words of war and partnership in sport, markets, nature,
    # culture and business
    ("Italy's under-21 side shot down Spain's hopes of qualification with a 2-0 win in Rome.",
     T),
    ("Canada's sprinters annihilated the field in the relay, with Jamaica a distant second.",
     T),
    ("The rand came under pressure on Monday as investors awaited South Africa's budget.", T),
    ("Bush fires destroyed homes above Sydney overnight as Australian crews battled the "
     "blaze.", T),
    ("Locusts invaded farmland across Kenya and Ethiopia, the FAO said.", T),
    ("Korean dramas launched a charm offensive in Brazil, where three series topped the "
     "charts.", T),
    ("Venice was overrun by tourists from Germany and France over Easter.", T),
    ("Police in Mexico arrested a mayor accused of corruption and kidnapping.", T),
    ("The former ambassador, who served in Spain for years, died at his home in Madrid.", T),
    ("Japan's Toyota and China's BYD formed a new industry alliance on battery standards.", A),
    # fifth round: an ordinary day's news
    ("The rupee hit a record low against the U.S. dollar as oil prices climbed, India's "
     "central bank said.", A),
    ("Farmers drove tractors into Madrid to protest against low crop prices, blocking roads "
     "across Spain.", T),
    ("South Korea's government unveiled a package to help small businesses hurt by high "
     "rates.", A),
    ("Police in Norway arrested two men after a shooting outside a bar in Oslo.", T),
    ("Norway's sovereign wealth fund posted a record profit on a rally in U.S. technology "
     "stocks.", A),
]


class TestGrievance:
    """What a plan is to do, named after "over", is the grievance a threat answers."""

    def test_a_plan_to_host_troops_ranks_under_the_warning(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        best = leading(analyse("Moscow warns Finland over plan to host NATO troops"))
        assert best is not None and (best.kind, best.source, best.target) == (T, "RU", "FI")

    def test_a_pledge_without_a_plan_still_leads(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        best = leading(analyse("Russia warned the West, and pledged to defend Belarus."))
        assert best is not None and best.kind is A


class TestMarketsAndProtests:
    """A country naming a market is no party; a protest needs a country it is aimed at."""

    def test_a_country_naming_a_currency_is_no_party(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Japan pledged support for the Philippines as the yen fell against "
                          "the U.S. dollar.")
        best = leading(signals)
        assert best is not None and (best.source, best.target) == ("JP", "PH")

    def test_a_protest_at_another_country_stays(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        best = leading(analyse("China protested to Japan over the minister's shrine visit."))
        assert best is not None and (best.kind, best.source, best.target) == (T, "CN", "JP")


def leading(signals: tuple[Signal, ...]) -> Signal | None:
    """The sentence's best non-negated signal, as `monitor eval signals` labels it."""
    told = [s for s in signals if s.mode is not Mode.NEGATED]
    return max(told, key=lambda s: s.score) if told else None


@pytest.mark.parametrize(("sentence", "kind", "category", "mode", "source", "target"), POSITIVE)
def test_positive(
    analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind,
    category: str, mode: Mode | str, source: str, target: str,
) -> None:
    best = leading(analyse(sentence))
    assert best is not None, "no signal"
    assert best.kind is kind
    assert category == ANY or best.category == category
    assert mode == ANY or best.mode is mode
    assert source == ANY or best.source == source
    assert target == ANY or best.target == target


@pytest.mark.parametrize(("sentence", "kind"), NEAR_MISSES)
def test_near_miss(
    analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind
) -> None:
    assert best_of(analyse(sentence), kind) is None


def test_a_cue_after_a_plain_as_still_leads(
    analyse: Callable[[str], tuple[Signal, ...]],
) -> None:
    """Only "even as" is set aside mid-clause: a cue after "such as" is the main event's."""
    best = leading(analyse("Russia attacked Ukrainian cities with weapons such as drones."))
    assert best is not None and (best.kind, best.source, best.target) == (T, "RU", "UA")
