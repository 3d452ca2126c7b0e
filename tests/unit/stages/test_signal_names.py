"""Cue words inside proper names ("Allied Irish Banks", "the Organisation for Economic
Cooperation and Development") raise nothing; names of agreements, headlines, words
after an abbreviation and words opening a clause keep their cues."""

from __future__ import annotations

import pytest

from monitor.models import Mode, SignalKind
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of, detect

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS = Mode.ASSERTED

NAMES = [
    ("The Organisation for Economic Cooperation and Development said France and Germany "
     "would grow faster next year.", A),
    ("Shares of National Early Warning Systems rose after Japan and China reported "
     "higher output.", T),
    ("The explosion hit the Joint United States Military Assistance Group near Manila, "
     "officials in the Philippines said.", A),
    ("Sweden's growth will slow, the Overseas Economic Cooperation Fund of Japan said.", A),
    ("A contract from the U.S. Air Force covers the Multiple Threat Emitter System built "
     "by a Turkish supplier.", T),
]

KEPT = [
    # names of agreements describe the relation they name
    ("Japan and Australia signed a Reciprocal Access Agreement on Monday.",
     A, "JP", "AU"),
    ("Turkey and Azerbaijan signed the Shusha Declaration on Allied Relations.",
     A, "TR", "AZ"),
    # after an abbreviation some wires capitalise every word
    ("Poland says U.S. Sanctions have cost its economy 15 billion dollars.", T, "US", "PL"),
    # a dateline dash or a list mark opens the clause
    ("WARSAW, March 5 - Sanctions imposed by the United States hurt Poland.", T, "US", "PL"),
    ("(b) Support the efforts of Egypt to help Sudan rebuild its border posts.", A, ANY, ANY),
]


class TestCuesInsideNames:
    @pytest.mark.parametrize(("sentence", "kind"), NAMES)
    def test_a_cue_word_inside_a_name_raises_nothing(
        self, detector: SignalDetector, sentence: str, kind: SignalKind
    ) -> None:
        assert best_of(detect(detector, sentence), kind) is None

    @pytest.mark.parametrize(("sentence", "kind", "source", "target"), KEPT)
    def test_capitals_that_do_not_mark_a_name_keep_the_cue(
        self, detector: SignalDetector, sentence: str, kind: SignalKind,
        source: str, target: str,
    ) -> None:
        assert_best_signal(detect(detector, sentence), kind, AS, source, target)

    def test_a_title_case_headline_keeps_its_cues(self, detector: SignalDetector) -> None:
        signals = detect(detector, "", title="Turkey Pledges Support For Azerbaijan")
        assert_best_signal(signals, A, AS, "TR", "AZ")

    def test_a_title_case_headline_in_the_text_keeps_its_cues(
        self, detector: SignalDetector
    ) -> None:
        signals = detect(detector, "Turkey Pledges Support For Azerbaijan Against Threat")
        assert_best_signal(signals, A, AS, "TR", "AZ")


class TestCompanySentences:
    @pytest.mark.parametrize("sentence", [
        "Aydin Corp said it signed an agreement with a Turkish firm to build a plant in "
        "Azerbaijan.",
        "KLM <KLM.AS> is discussing marketing cooperation with a Greek carrier serving Cyprus.",
        "Dow Chemical Co agreed to sell its business in Egypt to investors from Qatar.",
        "NV Gasunie of Turkey has signed a loan agreement, arranger Bank (Europe) SA said.",
        "<Viva Films International> agreed to distribute films from France in Poland.",
        # a firm named by its trade
        "Brazilian meatpacker JBS signed a deal with a Saudi food distributor.",
        "TotalEnergies signed an agreement to supply gas to Japan, the French company said.",
        "Japanese carmaker Toyota agreed to build a plant in Poland.",
        # firms credited together, a carrier doing business
        "Germany's BMW agreed to work with Japan's Honda on batteries, the two carmakers said.",
        "Lufthansa and United Air Lines announced a strategic alliance on routes to Canada.",
        # mergers and takeovers
        "Japan's Honda and Nissan signed a memorandum of understanding to begin merger talks.",
        "Japan's Nippon Steel completed its $14.9 billion acquisition of U.S. Steel, creating a "
        "partnership that executives said would secure jobs.",
        "Adidas signed a kit deal with the Japan Football Association, extending a partnership, "
        "the German sportswear maker said.",
    ])
    def test_deals_between_firms_are_no_alliance(
        self, detector: SignalDetector, sentence: str
    ) -> None:
        assert best_of(detect(detector, sentence), A) is None

    def test_the_same_deal_between_countries_is_one(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Turkey signed an agreement with Azerbaijan to build a plant.")
        assert_best_signal(signals, A, AS, "TR", "AZ")

    def test_companies_in_general_name_no_firm(self, detector: SignalDetector) -> None:
        signals = detect(
            detector,
            "Canadian companies were asked to be prudent, and Canada and the United States "
            "were considering establishing a joint commission on steel.",
        )
        assert best_of(signals, A) is not None

    def test_measures_against_a_company_stay_threats(self, detector: SignalDetector) -> None:
        signals = detect(detector, "The United States imposed sanctions on Huawei Co of China.")
        assert_best_signal(signals, T, AS, "US", "CN")

    def test_cooperation_is_not_a_company_form(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Greece and Cyprus signed a Defence Co-operation Agreement.")
        assert_best_signal(signals, A, AS, "GR", "CY")

    def test_a_states_agency_named_a_corporation_is_no_firm(
        self, detector: SignalDetector
    ) -> None:
        signals = detect(
            detector,
            "The U.S. International Development Finance Corporation agreed to lend $553 million "
            "to Sri Lanka for a container terminal.",
        )
        assert_best_signal(signals, A, AS, "US", ANY)
