"""Golden phrasings of 2020s wire news: arms transfers, strikes and hits, military posture
and stationing, and the non-political senses next to them (disasters as the killer,
bombs naming people or history, companies' deliveries, labour strikes, market hits).

Each positive names the kind, PLOVER category, mode and dyad it must yield; each near
miss the kind it must not yield. The cues are in the "modern wire news" section of
`monitor/resources/signals/cues.txt`.
"""

from __future__ import annotations

import pytest

from monitor.models import Mode, SignalKind
from monitor.stages.signal_lexicon import Lexicon, parse_rows
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of, detect

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, CO, FU = Mode.ASSERTED, Mode.CONDITIONAL, Mode.FUTURE
# PLOVER categories
AID, HIT, MOB = "AID", "ASSAULT", "MOBILIZE"
COOP, SUP = "COOPERATE", "SUPPORT"

# sentence, kind, category, mode, source, target ("*" = not checked)
POSITIVE = [
    # warnings by idiom ("will not stand idly by" holds its own "not"), countermeasures,
    # flares or water cannon fired at a ship or aircraft
    ("Egypt said it would not stand idly by if Ethiopia filled the dam.", T, "THREATEN",
     CO, "EG", ANY),
    ("Russia said it would take countermeasures if Poland hosted the missiles.", T,
     "THREATEN", CO, "RU", ANY),
    ("Russia vowed countermeasures after Poland hosted the missiles.", T, "THREATEN", AS,
     "RU", "PL"),
    ("A Chinese warship fired flares at a helicopter from Australia.", T, "ASSAULT", AS, "CN",
     "AU"),
    ("Chinese ships fired water cannon at a supply boat from Japan.", T, "ASSAULT", AS, "CN",
     "JP"),
    # ground taken, credit lines between countries, an offer to host talks
    ("Russian forces captured two villages in eastern Ukraine.", T, HIT, AS, "RU", "UA"),
    ("Japan extended a $500 million credit line to Egypt.", A, AID, AS, "JP", "EG"),
    ("Qatar offered to host talks between Iran and the United States.", A, "CONSULT", AS,
     "QA", "IR"),
    # arms transfers: a weapon a few words after the verb, a sale of weapons
    ("Germany will deliver another air defence system to Ukraine.", A, AID, FU, "DE", "UA"),
    ("Poland has sent more than 200 tanks to Ukraine since the invasion.", A, AID, AS, "PL", "UA"),
    ("Washington approved a possible $1bn sale of fighter jets to Egypt.", A, AID, AS, "US", "EG"),
    ("The US approved the sale of air defense systems to Qatar.", A, AID, AS, "US", "QA"),
    ("South Korea supplied Poland with artillery shells and howitzers.", A, AID, AS, "KR", "PL"),
    ("France will send infantry fighting vehicles to Ukraine.", A, AID, FU, "FR", "UA"),
    ("Germany will donate armoured vehicles to Ukraine.", A, AID, FU, "DE", "UA"),
    ("Turkey sold combat aircraft to Azerbaijan last year.", A, AID, AS, "TR", "AZ"),
    ("Iran has shipped hundreds of drones to Russia, officials said.", A, AID, AS, "IR", "RU"),
    ("The US sent $1.5 billion in weapons to Ukraine last month.", A, AID, AS, "US", "UA"),
    ("The US approved the potential sale of 40 F-16s to Turkey.", A, AID, AS, "US", "TR"),
    ("Japan will export Patriot missiles to the United States.", A, AID, FU, "JP", "US"),
    # strikes and hits: a weapon as the subject, a military or energy target, the passive
    ("Israeli warplanes struck Hamas targets in the Gaza Strip.", T, HIT, AS, "IL", ANY),
    ("Russian missiles hit power stations across Ukraine on Friday.", T, HIT, AS, "RU", "UA"),
    ("Rebel forces struck a deal with the government of Sudan.", A, "AGREE", AS, ANY, "SD"),
    ("Ukrainian drones struck an oil depot in Russia's Belgorod region.", T, HIT, AS, "UA", "RU"),
    ("Israel struck Iranian military sites near Isfahan.", T, HIT, AS, "IL", "IR"),
    ("Russia pounded Ukrainian positions near Avdiivka.", T, HIT, AS, "RU", "UA"),
    ("Kyiv was hit by Russian drones for the third night in a row.", T, HIT, AS, "RU", "UA"),
    ("Turkish artillery bombarded Kurdish villages in northern Iraq.", T, HIT, AS, "TR", "IQ"),
    ("A tanker came under rocket fire from Iranian gunboats in the Gulf.", T, HIT, AS, "IR", ANY),
    ("Rockets fired from Lebanon landed in northern Israel.", T, HIT, AS, ANY, ANY),
    ("Israeli jets targeted military sites in Syria overnight.", T, HIT, AS, "IL", "SY"),
    ("Russia fired 1,000 rockets at Ukraine in a week.", T, HIT, AS, "RU", "UA"),
    ("Israel carried out strikes on Hezbollah positions in Syria.", T, HIT, AS, "IL", "SY"),
    ("Israeli tanks pushed into Syria on Tuesday.", T, HIT, AS, "IL", "SY"),
    # posture: alert, forces moved toward a border, warships sent near a coast
    ("Azerbaijan put its army on the highest state of alert.", T, MOB, AS, "AZ", ANY),
    ("Serbia placed its troops on high alert near the border with Kosovo.", T, MOB, AS, "RS", "XK"),
    ("Azerbaijan moved troops toward the border with Armenia.", T, MOB, AS, "AZ", "AM"),
    ("Serbia is massing troops near the border with Kosovo.", T, MOB, AS, "RS", "XK"),
    ("China deployed warships near Taiwan after the election.", T, MOB, AS, "CN", "TW"),
    ("Russia called up 300,000 reservists to fight in Ukraine.", T, MOB, AS, "RU", "UA"),
    ("China held live-fire drills near Taiwan on Monday.", T, MOB, AS, "CN", "TW"),
    ("South Korea raised its alert level after a North Korea launch.", T, MOB, AS, "KR", "KP"),
    ("The US sent an aircraft carrier to the Gulf to deter Iran.", T, MOB, AS, "US", "IR"),
    ("China sent 30 warplanes into Taiwan's air defence zone.", T, MOB, AS, "CN", "TW"),
    # stationing forces in an ally, bolstering it, reassuring it: cooperation
    ("Germany will permanently station a combat brigade in Poland.", A, COOP, FU, "DE", "PL"),
    ("France will move troops to Poland to bolster NATO's eastern flank.", A, COOP, FU, "FR", "PL"),
    ("The United States moved to reassure its Asian allies such as Japan.", A, SUP, AS, "US", "JP"),
    # an expulsion told as an order to leave; bombers as aircraft on a joint patrol
    ("Iran's government ordered the German ambassador to leave the country within 72 hours.",
     T, "SANCTION", AS, "IR", "DE"),
    ("Russia told the French ambassador to leave within 48 hours.", T, "SANCTION", AS, "RU",
     "FR"),
    ("Chinese and Russian bombers conducted a joint patrol near Japan.", A, COOP, AS, "CN",
     "RU"),
    # aid stopped a few words on is a sanction, and leads the aid it names
    ("Germany froze $400 million in military aid to Ukraine.", T, "SANCTION", AS, "DE", "UA"),
    ("Germany suspended all development aid to Egypt after the coup.", T, "SANCTION", AS,
     "DE", "EG"),
    ("Germany withheld funding from Hungary over the rule-of-law concerns.", T, "SANCTION", AS,
     "DE", "HU"),
    # joint drills named by service, and bans on one product's imports
    ("Egypt and Sudan held joint air force drills near their shared border.", A, COOP, AS,
     "EG", "SD"),
    ("India and France began joint naval and air exercises off Goa.", A, COOP, AS, "IN", "FR"),
    ("China banned all seafood imports from Japan over the treated water.", T, "SANCTION", AS,
     "CN", "JP"),
    # headlines: drills around a country, export curbs slapped on, Patriot systems sent
    ("China holds 'punishment' drills around Taiwan after new leader sworn in", T, MOB, AS,
     "CN", "TW"),
    ("US slaps new export curbs on Chinese chipmakers", T, "SANCTION", AS, "US", "CN"),
    ("Germany will send more Patriot systems to Ukraine.", A, AID, FU, "DE", "UA"),
    ("Japan and Australia held joint drills around Guam.", A, COOP, AS, "JP", "AU"),
    # fighting terrorism is no assault, so the praise for it leads
    ("Washington appreciates Egypt's role in fighting terrorism.", A, SUP, AS, "US", "EG"),
    ("Russian forces were fighting Ukrainian troops near Bakhmut.", T, HIT, AS, "RU", "UA"),
    # a participle hyphenated into a modifier reports no act; the verb itself does
    ("Turkey backed Azerbaijan in the war.", A, SUP, AS, "TR", ANY),
    ("Backed by Turkey, Azerbaijan launched an offensive.", A, SUP, AS, "TR", "AZ"),
    # "supply" as a verb only after "to / will" (the noun is an arms-control topic)
    ("South Korea will supply Poland with K2 tanks under a new contract.", A, AID, FU, "KR",
     "PL"),
    ("Germany said it will supply Ukraine with more air defence systems.", A, AID, FU, "DE",
     "UA"),
]  # fmt: skip

# sentence, kind that must not appear
NEGATIVE = [
    # deliveries, sales and delegations that are no arms transfers
    ("The company delivered 50 electric buses to Kenya last week.", A),
    ("Airbus will deliver 20 jets to an airline in India next year.", A),
    ("The courier will deliver parcels by drones in Ireland from June.", A),
    ("Japan sent a delegation to Vietnam to study rice farming.", A),
    ("Brazil approved the sale of bonds to investors in the United States.", A),
    ("Chile completed the sale of its stake in a copper mine to Australia's BHP.", A),
    ("The refinery sold its storage tanks to a firm in Nigeria.", A),
    ("The refinery completed the sale of its storage tanks to a firm in Nigeria.", A),
    ("Sales of drones in Japan rose 20 percent on demand from China.", A),
    # a takeover defence is no military cooperation
    ("The company in Japan bolstered its defences against a bid from France.", A),
    # sending an army or warplanes into a country or its air defence zone is no aid
    ("Russia sent its troops into Ukraine in February 2022.", A),
    ("China sent 30 warplanes into Taiwan's air defence zone.", A),
    ("Strikes against the pension reform hit railways in France on Thursday.", T),
    # hits and strikes that are deals, feelings, markets, weather or labour
    ("The United States struck a deal with Mexico on migration.", T),
    ("The speech by the president of France struck a chord with voters in Germany.", T),
    ("Gold hit a record high in India on Monday.", T),
    ("Households in Britain were hit by inflation and higher energy bills.", T),
    ("Workers at the car plant in Canada struck for higher wages.", T),
    ("The storm hit the coast of Japan on Tuesday, cutting power to thousands.", T),
    ("The typhoon pounded the Philippines with heavy rain.", T),
    ("Retailers in Spain hit their sales targets for the quarter.", T),
    ("Hurricane Ida struck an oil refinery in the United States.", T),
    ("The storm pounded power stations across Cuba.", T),
    ("The deal struck last year on infrastructure with Canada collapsed.", T),
    ("Low oil prices hit energy infrastructure investment in Canada.", T),
    ("The central bank put markets in Japan on alert.", T),
    ("The ministry in Italy was bombarded with complaints about the new tax.", T),
    # capturing a market or a suspect, a bank's credit line, hosting a sporting event
    ("The company captured a bigger share of the market in France.", T),
    ("Police captured the suspect in a town near Paris, France.", T),
    ("The bank opened a credit line for small businesses in Kenya.", A),
    ("The city offered to host the 2036 Olympic Games in India.", A),
    # a vote or a ruling at home rejects a proposal, not a country
    ("Swiss voters rejected a plan to expand motorways in Switzerland.", T),
    ("Shareholders rejected the bid from a rival in France.", T),
    ("Police in Spain fired tear gas at protesters in Madrid.", A),
    # disasters and accidents as the killer, with a place between
    ("Floods in northern Italy killed at least 14 people.", T),
    ("An earthquake in western Nepal killed more than 150 people.", T),
    ("Heavy rains in southern Brazil killed dozens of people.", T),
    ("A landslide in northern India killed hundreds of villagers.", T),
    ("Hurricane Otis killed at least 27 people in Mexico.", T),
    ("Storm Boris killed 20 people in central Europe.", T),
    ("A stampede at a religious gathering in India killed 121 people.", T),
    ("A blaze at a hotel in China killed 22 people.", T),
    ("A bomb cyclone hit the United States with heavy snow.", T),
    ("The company called up its reserves of cash to pay for the deal with Germany.", T),
    ("The government targeted infrastructure spending in its budget for France.", T),
    # bombs naming people, history, hoaxes and disposal
    ("The atomic bomb survivors' group from Japan won the Nobel Peace Prize.", T),
    ("A bomb disposal team in Germany defused an unexploded bomb from World War Two.", T),
    ("Police evacuated a school in France after a bomb threat.", T),
    ("Japan marked the anniversary of the atomic bombing of Nagasaki.", T),
    # criticism, arms control and preparedness that name a cue's words
    ("The government of Japan came under fire for its slow response to the floods.", T),
    ("Several States in Africa regulate the production, sale and transfer of arms.", A),
    ("Most States in Africa have laws regulating the import and export of weapons.", A),
    ("France is in a high state of readiness for the bird flu outbreak in Poland.", T),
    # weapons named by their role, weapons as a topic
    ("The army of Egypt ordered attack helicopters from the United States.", T),
    ("The European Union plans to produce a million artillery shells for Ukraine.", T),
    # an envoy whose posting ends, and aircraft named without an attack
    ("The ambassador is due to leave the country next month after four years in Kenya.", T),
    ("Two Russian strategic bombers flew over neutral waters near Norway.", T),
    # frozen accounts or assets, and aid that was frozen before, are no sanction between states
    ("The bank froze the accounts of aid groups in Egypt.", T),
    ("The frozen aid was released after talks between Ukraine and Germany.", T),
    ("The joint venture's seafood imports from Japan rose by a fifth last year.", T),
    # a disaster's toll, and export curbs eased
    ("Brazil floods death toll rises to 100", T),
    ("Japan's earthquake death toll climbs to 200", T),
    ("The US eased export curbs on chips to China.", T),
    # hearts beating, forecasts beaten, voters' support, inflation fought
    ("Man's heart started beating again 18 hours after stopping in Japan", T),
    ("Japan's exports beat forecasts as China demand recovered.", T),
    ("The ruling party in Greece leads in a voter support poll with 31.8 pct.", A),
    ("Turkey raised rates to 50% to fight inflation, the central bank said.", T),
    ("Egypt is fighting inflation with help from the IMF.", T),
    # compound modifiers, and a deal killed
    ("Iraq said 25 Turkish-backed militiamen were killed near the border with Syria.", A),
    ("Russia-backed separatists shelled positions held by Ukrainian troops.", A),
    ("The U.S.-backed rebels in Syria said they would hold their positions.", A),
    ("The US decision effectively killed the trade deal with Japan.", T),
    ("The plant in Poland will supply households with gas from its storage tanks.", A),
]  # fmt: skip


class TestWireNews:
    @pytest.mark.parametrize(("sentence", "kind", "category", "mode", "source", "target"), POSITIVE)
    def test_finds_the_material_action(
        self,
        detector: SignalDetector,
        sentence: str,
        kind: SignalKind,
        category: str,
        mode: Mode,
        source: str | None,
        target: str | None,
    ) -> None:
        assert_best_signal(detect(detector, sentence), kind, mode, source, target, category)

    @pytest.mark.parametrize(("sentence", "kind"), NEGATIVE)
    def test_other_sense_yields_no_signal_of_that_kind(
        self, detector: SignalDetector, sentence: str, kind: SignalKind
    ) -> None:
        assert best_of(detect(detector, sentence), kind) is None

    def test_arms_transfer_is_no_threat(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Germany has sent more than 20 howitzers to Ukraine.")
        assert {s.kind for s in signals} == {A}

    def test_arms_for_rebels_stay_a_threat(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Weapons supplied to the rebels in Sudan came from Chad.")
        assert {s.kind for s in signals} == {T}

    def test_an_attack_in_a_disaster_sentence_stays(self, detector: SignalDetector) -> None:
        sentence = "Floods in Sudan killed 30 people as the army shelled the city of El Fasher."
        assert_best_signal(detect(detector, sentence), T, AS, ANY, ANY)


class TestCoveringAntiCue:
    """A gapped anti-cue silences every cue from its head through its tail."""

    TABLE = (
        "kill~ | threat | ASSAULT | 180 | 0.75 | verb\n"
        "floods ... killed | block | - | - | 0 | verb\n"
    )

    def test_the_tail_and_the_gap_are_silenced(self) -> None:
        lexicon = Lexicon(parse_rows(self.TABLE))
        assert lexicon.scan("floods in southern spain killed 200 people") == []

    def test_a_cue_after_the_tail_stays(self) -> None:
        lexicon = Lexicon(parse_rows(self.TABLE))
        hits = lexicon.scan("floods in spain killed 20, and rebels killed 3")
        assert [h[2].phrase for h in hits] == ["kill~"]

    def test_without_its_tail_the_anti_cue_covers_nothing(self) -> None:
        lexicon = Lexicon(parse_rows(self.TABLE))
        hits = lexicon.scan("after the floods, rebels killed 3 soldiers")
        assert [h[2].phrase for h in hits] == ["kill~"]


class TestDisasterToll:
    """A disaster anti-cue also silences the casualty participle closing its sentence."""

    TABLE = (
        "kill~ | threat | ASSAULT | 180 | 0.75 | verb\n"
        "attack~ | threat | ASSAULT | 180 | 0.80 | verb\n"
        "earthquake ... struck | block | DISASTER | - | 0 | verb\n"
        "typhoon killed | block | DISASTER | - | 0 | verb\n"
        "floods ... hit | block | - | - | 0 | verb\n"
    )

    def _phrases(self, text: str) -> list[str]:
        return [h[2].phrase for h in Lexicon(parse_rows(self.TABLE)).scan(text)]

    def test_the_toll_after_a_gapped_or_plain_disaster_is_silenced(self) -> None:
        assert self._phrases("an earthquake struck japan on monday, killing 200 people") == []
        assert self._phrases("a typhoon killed 12 people on monday, killing dozens more") == []

    def test_only_the_toll_goes_not_an_attack_before_it(self) -> None:
        text = "after the earthquake struck, rebels attacked the town, killing 12"
        assert self._phrases(text) == ["attack~"]

    def test_the_next_sentence_and_other_anti_cues_keep_their_toll(self) -> None:
        assert self._phrases("an earthquake struck japan. rebels attacked, killing 3") == [
            "attack~",
            "kill~",
        ]
        assert self._phrases("floods hit the south on monday, killing 20") == ["kill~"]

    def test_a_disaster_sentence_in_news_is_neutral(self, detector: SignalDetector) -> None:
        text = "A magnitude 7.5 earthquake struck western Japan on Monday, killing 200 people."
        assert detect(detector, text) == ()
