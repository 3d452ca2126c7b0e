"""Golden phrasings of the eleventh session: who the parties are when the sentence names
them indirectly, and the rows read from new wire-style sentences.

- A clause whose subject is "the two governments" or "both sides" is the act of the pair
  the sentence named ("…, where the two governments also signed agreements on trade";
  "a letter of intent signed by the two governments").
- A threat promised on a condition targets the one country the condition names, when
  nothing else gives the target ("If Iran tries to close the Strait of Hormuz, the United
  States will respond with overwhelming force").
- "any" quantifies a cue across a country's adjective or as the antecedent of the relative
  clause holding it ("any Chinese incursion", "any Russian drone that violates our
  airspace"): a condition, which ranks under the response it is promised.
- A Title Case headline's verb after a country that is also a given name is no surname
  ("Israel Threatens to Expand Strikes"), and a town that is a given name before a surname
  is no place ("Vladimir Padrino Lopez"); see `test_countries.py`.
- The words another country puts on the main clause's act (", a move the government in
  Taipei described as economic coercion") tell no event of their own and aim the act at
  that country; "the government in Taipei" names the state, not a place.
- A denial governs the gerunds it coordinates ("denied attacking and shelling"), not a
  predicate that "but" or "and said" opens; a noun owned by "its" with no subject in its
  clause is the nearest subject's before it; an apposition after the subject (", a close U.S.
  ally,") is skipped; a dateline's country ("OSAKA, Japan, April 27 -") is no party.
- Who gives and who receives: an alliance cue after a receiving verb of its clause names
  its giver after "from/by" ("received a shipment of armoured vehicles from the United
  States", "was promised technical help … by Russia").
- Casualties "killed in Israeli tank shelling" name the attack's owner as the source.
- Parallel owners joined by "and" are a pair ("China's Commerce Ministry and Bolivia's
  Hydrocarbons Ministry signed"); a past verb after ", and" shares the main subject; the
  actor of an absolute phrase acts (", with Berlin pledging …"), and what such a phrase
  tells ranks under the main event (", with Islamabad vowing to retaliate").
- A clause opened by "when" right after a year tells history ("a closure that began in
  2015, when Caracas expelled …"); a denial does not reach past "as" or "while" ("Rwanda
  Denies Backing Rebels as Congo Threatens Retaliation"); what an accusation alleges
  ("accuses Egypt of … sending weapons to Somalia") tells no main event; a customs or
  monetary union is no trade union.
- A quotation may stand in single quotes ("'We will stand by Lebanon,' Qatari Minister …
  told reporters") where a field has no double ones: its "we" is the speaker's; a noun cue
  that a participle governs after an attribution (", Katz said, vowing further strikes on
  Iranian forces") is the speaker's.
- A place after a preposition stays a place across a direction or an owner ("in southern
  Lebanon", "in Mozambique's Cabo Delgado province"); a passive that opens on its
  auxiliary ("were struck by Israeli warplanes") has its "by" agent as the source; an
  owner with "'s" leads a symmetric relation ("Ouagadougou's mutual defence commitment to
  Niamey"); a pledge after a condition is the consequence subject's even when the
  condition's country is named again after it; "Qatar's emir and Rwandan President …" is
  a coordinated pair; seas named after a country are no country ("the South China Sea");
  "to the Solomon Islands" and "around Taiwan" are places; a noun a participle governs
  (", simulating a blockade of …") is the participle's subject's; ", in what Beijing
  described as …" and ", a pledge likely to alarm …" comment on the act.
- New rows: a crime not let go unanswered, drones shot down, a sale
  named by the weapon, training alongside, a border closed to a neighbour, state hackers;
  anti-cues for prizes and results beaten, road blockades, league clashes, labour strikes,
  a firm's unit sold and vandals blamed; and for home affairs and markets: firms' price
  wars, pressure to spend, protesters in the streets, fears over crime, bills backed and
  ratified at home, party pacts, a strike's disruption, street clashes, a coup, a wage
  demand; labour unions and workers are a country's own institutions (`signal_domestic`),
  and a theft pursued by police is crime at home; firms counted as a subject ("Two
  Japanese carmakers signed a pact") make business news.

Each positive names the kind, mode and dyad it must yield; each near miss what it must not
yield. The sentences go through the packaged country tagger, as in the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.models import Mode, Signal, SignalKind
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, CO, FU = Mode.ASSERTED, Mode.CONDITIONAL, Mode.FUTURE

POSITIVE = [
    # the pair named together
    ("Morocco and Spain held talks in Rabat, where the two governments also signed "
     "agreements on trade and energy.", A, "AGREE", AS, "MA", "ES"),
    ("South Korea will draw up plans for a nuclear power plant in central Poland under a "
     "letter of intent signed by the two governments on Monday.", A, "AGREE", AS, "KR", "PL"),
    # the condition's country
    ("If Iran tries to close the Strait of Hormuz, the United States will respond with "
     "overwhelming force, a Pentagon spokesman said.", T, "THREATEN", CO, "US", "IR"),
    ("If Caracas moves troops toward the Essequibo region, Brazil will reinforce its northern "
     "border with armoured vehicles, a Brazilian defence official warned.", T, "THREATEN", CO,
     "BR", "VE"),
    ('"If Armenian forces provoke us again, we will respond with full force," Azerbaijani '
     "Defence Minister Zakir Hasanov said on Wednesday.", T, "THREATEN", CO, "AZ", "AM"),
    # "any" across an adjective or a relative clause
    ('"We will respond decisively to any Chinese incursion into our waters," Philippine '
     "Defence Secretary Gilberto Teodoro said.", T, "THREATEN", FU, "PH", "CN"),
    ('"Our forces are authorised to shoot down any Russian drone that violates our '
     'airspace," Romanian Defence Minister Angel Tilvar said.', T, "ASSAULT", AS, "RO", "RU"),
    # headlines and given names
    ("Israel Threatens to Expand Strikes on Damascus Unless Syrian Forces Withdraw From "
     "Southern Provinces", T, "THREATEN", AS, "IL", "SY"),
    ("Venezuelan Defence Minister Vladimir Padrino Lopez accused the United States of "
     "plotting a military incursion.", T, "ACCUSE", AS, "VE", "US"),
    # rows
    ("Japan imposed tariffs on Chinese steel in retaliation for Beijing's export curbs.", T,
     "SANCTION", AS, "JP", "CN"),
    ("Israeli jets struck a radar near Isfahan in retaliation for Iran's drone barrage.", T,
     "ASSAULT", AS, "IL", "IR"),
    ('"We will not let Israel\'s crime go unanswered," Iranian Foreign Minister Abbas '
     "Araqchi said in Tehran.", T, "THREATEN", FU, "IR", "IL"),
    ("Ukraine's air defences shot down 30 Russian drones overnight, the air force said.", T,
     "ASSAULT", AS, "UA", "RU"),
    ("U.S. State Department Approves $2 Billion Missile Sale to Taiwan", A, "AID", AS, "US",
     "TW"),
    ('"Our pilots will train alongside Indonesian crews until they master the new jets," '
     "French Defence Minister Sebastien Lecornu said.", A, "COOPERATE", FU, "FR", "ID"),
    ("The Dominican Republic closed its entire land border with Haiti in a row over a canal, "
     "President Luis Abinader said.", T, "COERCE", AS, "DO", "HT"),
    ("China closed a key border crossing with Mongolia in protest at the Dalai Lama's visit.",
     T, "COERCE", AS, "CN", "MN"),
    ("South Korea's state-run nuclear operator was targeted by North Korean hackers who stole "
     "internal documents, a lawmaker said.", T, "ASSAULT", AS, "KP", "KR"),
    ("India ordered six Canadian diplomats to leave the country and withdrew its own envoy "
     "from Ottawa.", T, "SANCTION", AS, "IN", "CA"),
    ("The U.S. Treasury blacklisted a Turkish defence procurement agency and its chief.", T,
     "SANCTION", AS, "US", "TR"),
    ("Beijing banned exports of gallium, germanium and antimony to the United States on "
     "Tuesday, a day after Washington's latest crackdown on China's chip sector.", T,
     "SANCTION", AS, "CN", "US"),
    ("India banned 59 Chinese mobile apps including TikTok on Monday, saying they posed a "
     "threat to the country's sovereignty.", T, ANY, AS, "IN", "CN"),
    # who gives and who receives
    ("Lebanon's army received a shipment of armoured vehicles from the United States on "
     "Thursday.", A, "AID", AS, "US", "LB"),
    ("North Korea was promised technical help with its spy satellite programme by Russia, "
     "Seoul's intelligence agency said.", A, "AID", AS, "RU", "KP"),
    ("Egypt, which has struggled with a currency shortage, received a $35 billion investment "
     "commitment from the United Arab Emirates.", A, ANY, AS, "AE", "EG"),
    ("A new radar station in Peru's VRAEM valley was financed by the United States, the U.S. "
     "ambassador said.", A, "AID", AS, "US", "PE"),
    ("Saudi Arabia has deposited $2 billion at Egypt's central bank to shore up its reserves.",
     A, "AID", AS, "SA", "EG"),
    ("France will cancel about 400 million euros of bilateral debt owed by Ethiopia.", A,
     "AID", FU, "FR", "ET"),
    # casualties of another's attack
    ("Four children were killed in Israeli tank shelling in the east of the Gaza Strip on "
     "Friday, medics said.", T, "ASSAULT", AS, "IL", "PS"),
    ("Ten Iraqi soldiers were killed in an Iranian attack on Basra.", T, "ASSAULT", AS, "IR",
     "IQ"),
    # parallel owners, a second predicate, an absolute phrase
    ("China's Commerce Ministry and Bolivia's Hydrocarbons Ministry signed a memorandum on "
     "lithium battery manufacturing in La Paz.", A, "AGREE", AS, "CN", "BO"),
    ("French President Emmanuel Macron and Brazil's Lula launched an investment programme "
     "during a visit to Belem, and pledged to deepen their partnership.", A, ANY, AS, "FR",
     "BR"),
    ("Germany and Namibia signed a green hydrogen partnership in Windhoek, with Berlin "
     "pledging 40 million euros to fund feasibility studies.", A, ANY, AS, "DE", "NA"),
    ("India launched missile strikes on terrorist infrastructure in Pakistan early on "
     "Wednesday, with Islamabad vowing to retaliate.", T, ANY, AS, "IN", "PK"),
    # the words another country puts on the act
    ("China suspended tariff concessions on 34 Taiwanese products under a 2010 trade pact, a "
     "move the government in Taipei described as economic coercion.", T, "COERCE", AS, "CN",
     "TW"),
    ("Moscow seized control of the Russian subsidiaries of German energy company Uniper, a "
     "decision the German government condemned as a violation of international law.", T,
     "COERCE", AS, "RU", "DE"),
    # a denial that ends, a pronoun's noun, an apposition
    ("Israel denied targeting civilians but said its strikes on Lebanese border villages "
     "would continue.", T, "ASSAULT", AS, "IL", "LB"),
    ('China reaffirmed its "firm support" for Cuba in a phone call, Beijing\'s foreign '
     "ministry said.", A, "SUPPORT", AS, "CN", "CU"),
    ("Japan, a close U.S. ally, said it would send troops to the Philippines.", A, "AID", FU,
     "JP", "PH"),
    ("Moldova declared three Russian diplomats persona non grata over alleged attempts to "
     "destabilise the country.", T, "SANCTION", AS, "MD", "RU"),
    # firms named as beneficiaries leave the states' deal standing
    ("Canada and South Korea signed a critical minerals supply partnership aimed at securing "
     "battery materials for Korean carmakers building plants in Ontario.", A, ANY, AS, "CA",
     "KR"),
    # second round: a year before "when", a denial before "as", an accusation's complement
    ("Colombia and Venezuela reopened their shared border on Monday, ending a closure that "
     "began in 2015, when Caracas expelled thousands of Colombians and accused Bogota of "
     "sheltering paramilitaries.", A, ANY, AS, "CO", "VE"),
    ("Rwanda Denies Backing Rebels as Congo Threatens Retaliation Over Goma Offensive", T,
     "THREATEN", AS, "CD", ANY),
    ("Ethiopia accuses Egypt of trying to destabilise the Horn of Africa by sending weapons "
     "to Somalia.", T, "ACCUSE", AS, "ET", "EG"),
    # second round rows
    ("Finland, Estonia Team Up To Guard Baltic Undersea Cables After Suspected Sabotage", A,
     "COOPERATE", AS, "FI", "EE"),
    ("Singapore and Malaysia formally launched a special economic zone in the southern state "
     "of Johor.", A, "COOPERATE", AS, "SG", "MY"),
    ("Brazil's state development bank will finance a gas pipeline from Argentina's Vaca Muerta "
     "shale field, as the two neighbours move past squabbling that paralysed the Mercosur "
     "customs union.", A, "AID", FU, "BR", "AR"),
    ("Tokyo will build upgraded Mogami-class frigates for the Australian navy in a deal worth "
     "about A$10 billion, Canberra announced.", A, "AID", FU, "JP", "AU"),
    ("Japan restored South Korea to its white list of trusted trading partners on Friday.",
     A, "CONCEDE", AS, "JP", "KR"),
    ("North Korea floated hundreds of balloons carrying trash across the border into South "
     "Korea overnight.", T, "COERCE", AS, "KP", "KR"),
    ('"Our missiles can reach every American base in the region within minutes," Iranian '
     "Revolutionary Guards commander Amir Ali Hajizadeh said.", T, "THREATEN", AS, "IR", "US"),
    ("Seoul would expand its purchases of American liquefied natural gas as part of a broader "
     "trade arrangement reached with Washington last month.", A, "AGREE", AS, "KR", "US"),
    ("Sweden's government said it would send CV90 infantry fighting vehicles and Archer "
     "artillery systems to Ukraine.", A, "AID", FU, "SE", "UA"),
    # quotations in single quotes; a noun a participle governs after an attribution
    ("'We will stand by Lebanon and its army until every displaced family returns home,' "
     "Qatari Minister of State Mohammed al-Khulaifi told reporters in Beirut.", A, "SUPPORT",
     FU, "QA", "LB"),
    ("'We will not leave Somalia alone in this fight,' Ethiopian Prime Minister Abiy Ahmed "
     "told a news conference.", A, ANY, FU, "ET", "SO"),
    ('"We will not allow Tehran to entrench itself on our northern border," Israeli Defence '
     "Minister Israel Katz said, vowing further strikes on Iranian forces in Syria.", T, ANY,
     ANY, "IL", "IR"),
    # third round: regions owned or placed, passives of force, possessed relations
    ("Rwandan soldiers will remain in Mozambique's Cabo Delgado province to help Maputo fight "
     "Islamist insurgents.", A, "AID", ANY, "RW", "MZ"),
    ("Burundi has quietly deployed thousands of soldiers to eastern Democratic Republic of "
     "Congo to help Kinshasa's army hold the front line.", A, "AID", AS, "BI", "CD"),
    ("Targets in southern Lebanon were struck by Israeli warplanes on Tuesday, killing four "
     "people.", T, "ASSAULT", AS, "IL", "LB"),
    ("An oil refinery in Russia's Ryazan region was set ablaze by Ukrainian drones overnight.",
     T, "ASSAULT", AS, "UA", "RU"),
    ('"Any aggression against Niger is an aggression against all of us," Burkina Faso\'s '
     "Foreign Minister said, reaffirming Ouagadougou's mutual defence commitment to Niamey.",
     A, ANY, AS, "BF", "NE"),
    ("If Philippine vessels or aircraft come under armed attack anywhere in the South China "
     "Sea, the United States will invoke its mutual defence treaty with Manila.", A, ANY, CO,
     "US", "PH"),
    ("Qatar's emir and Rwandan President Paul Kagame signed agreements on aviation in Doha.",
     A, "AGREE", AS, "QA", "RW"),
    ("France considers Morocco's autonomy plan the only basis for a solution and will back "
     "Rabat at the United Nations.", A, "SUPPORT", FU, "FR", "MA"),
    ('"If Iran does not come to the table, we will hit them harder than they have ever been '
     'hit before," U.S. President Donald Trump told reporters.', T, "THREATEN", CO, "US",
     "IR"),
    ("The Swedish navy will join Finland in patrolling the Gulf of Finland to protect "
     "undersea cables.", A, "COOPERATE", FU, "SE", "FI"),
    ("U.S. Commits Another $560 Million To Angola's Lobito Rail Corridor", A, "AID", AS, "US",
     "AO"),
    ("Djibouti has offered landlocked Ethiopia management of a port in Tadjourah.", A,
     "COOPERATE", AS, "DJ", "ET"),
    ("Qatar will ship two million tonnes of liquefied natural gas a year to Germany under a "
     "long-term supply deal, Qatar's energy minister said.", A, "AGREE", ANY, "QA", "DE"),
    ("North Korea sent hundreds of trash balloons across the border into South Korea "
     "overnight.", T, "COERCE", AS, "KP", "KR"),
    # fourth round (DQ, DU)
    ("China's military launched large-scale drills around Taiwan on Monday, simulating a "
     "blockade of the island's main ports, in what Beijing described as a stern warning.", T,
     ANY, AS, "CN", "TW"),
    ("Russia will help North Korea build satellites, President Vladimir Putin said, a pledge "
     "likely to alarm officials in Seoul and Washington.", A, "AID", FU, "RU", "KP"),
    ("India struck nine sites in Pakistan and Pakistani Kashmir early on Wednesday, the "
     "Indian army said.", T, "ASSAULT", AS, "IN", "PK"),
    ("Washington will keep its rotational troops in Poland for as long as Warsaw needs them.",
     A, "AID", FU, "US", "PL"),
    ("Indonesia deployed three warships to shadow a Chinese coast guard vessel that entered "
     "the North Natuna Sea.", T, "MOBILIZE", AS, "ID", "CN"),
    ("HONIARA, Aug 2 (AFP) - China will send a new team of police advisers to the Solomon "
     "Islands to train local officers in riot control.", A, ANY, ANY, "CN", "SB"),
    ("An Australian navy helicopter was targeted with flares by a Chinese fighter jet over the "
     "Yellow Sea, Canberra said.", T, "ASSAULT", AS, "CN", "AU"),
    ("New Zealand is sending a C-130 Hercules loaded with drinking water and generators to "
     "Tonga after a cyclone.", A, "AID", AS, "NZ", "TO"),
    ("Australian and U.S. marines began a three-week amphibious landing exercise near Darwin "
     "on Monday.", A, "COOPERATE", AS, "AU", "US"),
    # what states threaten to cut stays a threat
    ("Slovakia threatened to halt electricity supplies to Ukraine over the gas transit "
     "dispute.", T, ANY, AS, "SK", "UA"),
    ("Iran threatened to disrupt shipping in the Strait of Hormuz if the United States "
     "attacked.", T, ANY, ANY, "IR", ANY),
    # a dateline's country files the report; it takes no part
    ("OSAKA, Japan, April 27 - India, which received its first loans from the Asian "
     "Development Bank in 1986, expects to borrow more.", A, ANY, AS, None, "IN"),
]

NEAR_MISSES = [
    ("It's Israel's right to decide, the minister said of the plan.", T),
    ("Japan and the Philippines signed a reciprocal access agreement, a deal struck eight "
     "decades after Japanese troops occupied the islands.", T),
    ("England's pace bowlers attacked relentlessly as Australia collapsed to 132 all out on the "
     "opening day of the first Ashes Test in Perth.", T),
    ("Russian and Belarusian troops will stage joint exercises in September to practise "
     "repelling an attack on the Union State.", T),
    ("Indonesia and Malaysia agreed to mount a joint campaign against European Union "
     "deforestation rules that threaten their palm oil exports.", T),
    ("Nigeria's Dangote refinery signed a deal with a domestic trader to supply petrol to "
     "filling stations.", A),
    ("The company's shares were offered to investors, the countries' regulators said.", A),
    ("The number of Japanese tourists visiting South Korea hit a record 3.2 million last "
     "year.", A),
    ("Hanoi denied reports that it had agreed to buy Russian fighter jets, calling them "
     "groundless and urging media to verify information.", A),
    ("Cuban salsa band Los Van Van won the Latin Grammy at a ceremony in Seville, Spain, "
     "beating nominees from Puerto Rico and Colombia.", T),
    ("Peru's Congress and mining unions resumed talks on Monday after a week of road "
     "blockades in the southern Andes.", T),
    ("Boca Juniors beat River Plate 2-1 in a fiery Argentine league clash at La Bombonera.", T),
    ("Argentina's truckers launched a 36-hour strike on Wednesday to protest President Javier "
     "Milei's austerity cuts.", T),
    ("Spain's Telefonica agreed to sell its Argentine unit to local rival Telecom Argentina "
     "for $1.25 billion.", A),
    ("Nigeria's crude output fell after a pipeline explosion, the regulator said, blaming "
     "attacks by local vandals.", T),
    # home affairs and markets
    ("Chinese food delivery rivals Meituan and Alibaba are locked in a costly subsidy war.", T),
    ("China's factory activity contracted again in June, adding pressure on Beijing to roll "
     "out more stimulus.", T),
    ("Israel's parliament passed the bill, sending tens of thousands of protesters into the "
     "streets of Tel Aviv.", T),
    ("Chilean Voters Head To The Polls In A Runoff Dominated By Fears Over Crime", T),
    ("Mexico's Senate voted to support a judicial reform bill backed by the ruling party, "
     "sending the measure to state legislatures for ratification.", A),
    ("Dock workers at Britain's Felixstowe port began an eight-day strike over pay, "
     "threatening to disrupt supply chains.", T),
    ("France's Parliament Backs Pension Reform Bill After Weeks Of Strikes And Street Clashes "
     "In Paris", T),
    ("Talks between Tunisia's government and the UGTT labour federation on public sector wages "
     "collapsed, raising the prospect of a general strike.", T),
    ("Pay talks between South African mining unions and Sibanye-Stillwater collapse as "
     "workers demand a 12% wage increase.", T),
    ("Police in Brazil arrested 14 people suspected of stealing copper cable from power "
     "substations in Sao Paulo state.", T),
    ("A magnitude 7.7 earthquake struck Myanmar, a country ravaged by civil war since the "
     "military seized power in 2021.", T),
    ("Two Japanese carmakers signed a pact on Tuesday to jointly develop solid-state "
     "batteries.", A),
]


class TestConditionTarget:
    """The condition names the target only when it names one country."""

    def test_two_countries_in_the_condition_name_no_target(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "If Iran or Iraq tries to close the strait, the United States will respond with "
            "overwhelming force."
        )
        assert_best_signal(signals, T, CO, "US", None, "THREATEN")

    def test_an_alliance_keeps_its_own_reading(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("If Estonia is attacked, Finland will come to its defence.")
        assert_best_signal(signals, A, CO, "FI", "EE")


class TestDenialReach:
    """A denial governs what it coordinates, not a new predicate after "but" or "and said"."""

    def test_denied_as_baseless_stays_denied(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Iran denied as baseless reports that it intended to threaten shipping in the Gulf."
        )
        best = best_of(signals, T)
        assert best is not None and best.mode is Mode.NEGATED

    def test_as_part_of_stays_denied(self, analyse: Callable[[str], tuple[Signal, ...]]) -> None:
        signals = analyse("Russia denied sending troops as part of the operation in Syria.")
        best = best_of(signals, A)
        assert best is None or best.mode is Mode.NEGATED

    def test_coordinated_gerunds_stay_denied(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        best = best_of(analyse("Russia denied attacking and shelling the Ukrainian village."), T)
        assert best is not None and best.mode is Mode.NEGATED


class TestAnyQuantifies:
    """"any" makes a cue conditional across an adjective or a relative clause only."""

    def test_a_plain_act_with_any_later_stays_asserted(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Russia attacked Ukraine's power grid, denying any wrongdoing.")
        assert_best_signal(signals, T, AS, "RU", "UA")

    def test_a_relative_clause_after_a_comma_is_not_quantified(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Turkey will not accept any plan, which its neighbour Syria attacked on Monday."
        )
        best = best_of(signals, T)
        assert best is None or best.mode is not CO


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
