"""Golden phrasings from modern news that the signal engine first missed or misread:
aid held up, defence promised, arms lent or delivered, consequences threatened, bases
opened, a country encircled, a past event dated by its year, subjects coordinated by
title or by a headline's comma, head forms several cue rows share ("expelled … diplomats"
beside a bare "expelled"), visits received, ultimatums, supplies, visas and trade opened
or cut; and the non-political senses next to them (weather threats, attacks of asthma,
markets backed by earnings, votes in parliament, sport, things released, a disaster's
toll after another clause, bills backed, drugs seized, courts, policing at home, claims
rejected).

Each positive names the kind, PLOVER category, mode and dyad it must yield; each near
miss the kind it must not yield. The sentences go through the packaged country tagger,
as in the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.models import Mode, Signal, SignalKind
from monitor.stages.signal_modality import HISTORY_WEIGHT, cue_context
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, CO, FU, HY = Mode.ASSERTED, Mode.CONDITIONAL, Mode.FUTURE, Mode.HYPOTHETICAL


# sentence, kind, category, mode, source, target ("*" = not checked)
POSITIVE = [
    # a sale approved, however the weapons are named
    ("Washington approved a $400 million sale of anti-drone systems for Poland's air force, "
     "the Pentagon said.", A, "AID", AS, "US", "PL"),
    # aid whose release is blocked, vetoed or held up is stopped aid (CAMEO 162)
    ("Hungary blocked the release of EU military aid to Ukraine.", T, "SANCTION", AS, "HU",
     "UA"),
    ("Slovakia vetoed the disbursement of the aid to Ukraine.", T, "SANCTION", AS, "SK", "UA"),
    ("Congress held up $60 billion in military aid for Ukraine.", T, "SANCTION", AS, ANY,
     "UA"),
    # defence promised, with or without "of"; lasting backing
    ("If Estonia were attacked, Finland would come to its aid.", A, "AID", CO, "FI", ANY),
    ("Japan would come to the defence of the Philippines if China attacked, Tokyo said.", A,
     "AID", CO, "JP", "PH"),
    ('"Our friends in Kyiv can count on us," the Dutch prime minister said.', A, "SUPPORT",
     AS, "NL", ANY),
    ("Canada will back Ukraine for as long as it takes, Ottawa said.", A, "SUPPORT", FU, "CA",
     "UA"),
    # weapons lent, their delivery or shipment named by a noun
    ("Norway will lend two air defence systems to Lithuania.", A, "AID", FU, "NO", "LT"),
    ("Spain agreed to lend a Patriot missile battery to Turkey.", A, "AID", AS, "ES", "TR"),
    ("Germany approves delivery of Leopard tanks to Kyiv", A, "AID", AS, "DE", "UA"),
    ("The shipment of artillery shells to Ukraine from South Korea was completed.", A, "AID",
     AS, ANY, "UA"),
    # consequences to face, an act of war
    ("Iran will face severe consequences if it attacks Israel, the US said.", T, "THREATEN",
     FU, ANY, "IR"),
    ("Egypt said it would treat any dam filling by Ethiopia as an act of war.", T, "THREATEN",
     AS, ANY, ANY),
    # a headline's passive without "was", bases opened, a country ringed by warships
    ("Ukrainian power plants hit by wave of Russian missiles overnight", T, "ASSAULT", AS, ANY,
     "UA"),
    ("Manila grants Washington access to four more military bases", A, "COOPERATE", AS, ANY,
     ANY),
    ("China surrounds Taiwan with warships and jets in new drills", T, "MOBILIZE", AS, "CN",
     "TW"),
    ("Kenya to lead multinational police mission to Haiti", A, "AID", FU, "KE", "HT"),
    # a ban on a product's imports, and a rejection coordinated after it
    ("China imposed a blanket ban on all seafood imports from Japan and rejected Tokyo's "
     "assurances.", T, "SANCTION", AS, "CN", "JP"),
    # sanctions and duties with their modifiers, sanctions eased a few words on, objections
    # dropped, jets that pound, combined exercises
    ("Australia imposed targeted financial sanctions on 13 Iranian officials.", T, "SANCTION",
     AS, "AU", "IR"),
    ("China slaps steep anti-dumping duties on Australian barley", T, "SANCTION", AS, "CN",
     "AU"),
    ("Washington said it would temporarily ease oil and gas sanctions on Venezuela.", A,
     "CONCEDE", FU, "US", "VE"),
    ("Ankara drops objections to Sweden's NATO membership bid", A, "CONCEDE", AS, "TR", "SE"),
    ("Israeli jets pound Yemen's Hodeidah port", T, "ASSAULT", AS, "IL", "YE"),
    ("South Korean and US forces began their largest combined field exercises on Monday.", A,
     "COOPERATE", AS, "KR", "US"),
    # tariffs a few words after "impose", drills named by season, troops reinforcing a border
    ("Washington will impose a 25% tariff on all goods from Mexico, the president said.", T,
     "SANCTION", FU, "US", "MX"),
    ("Swedish and Danish troops held joint winter exercises near the Arctic Circle.", A,
     "COOPERATE", AS, "SE", "DK"),
    ("Ethiopia ordered troops to reinforce positions near the border with Eritrea.", T,
     "MOBILIZE", AS, "ET", "ER"),
    # shuttle diplomacy, relief by the tonne, a central-bank deposit, airspace entered, nuclear
    # sites struck
    ("Ankara and Athens revive shuttle diplomacy after years of tension", A, "CONSULT", AS,
     "TR", "GR"),
    ("Turkey sent 40 tonnes of relief supplies to flood-hit Libya.", A, "AID", AS, "TR", "LY"),
    ("Qatar made a $2 billion deposit with Egypt's central bank.", A, "AID", AS, "QA", "EG"),
    ("Two Russian fighter jets entered Finnish airspace without permission, Helsinki said.",
     T, "MOBILIZE", AS, "RU", ANY),
    ("Israel struck two nuclear sites in Iran overnight.", T, "ASSAULT", AS, "IL", "IR"),
    # a treaty named by its subject, soldiers freed
    ("India and Bangladesh sign landmark border agreement", A, "AGREE", AS, "IN", "BD"),
    ("W. GERMANY, BOLIVIA SIGN TWO COOPERATION PACTS", A, ANY, AS, "DE", "BO"),
    ("Russia frees 20 Ukrainian soldiers captured last year.", A, "CONCEDE", AS, "RU", "UA"),
    # a release names whom it frees by status or trade; their detention is background
    ("Russia released a jailed American journalist on Friday.", A, "CONCEDE", AS, "RU", "US"),
    ("Iran released a French tourist arrested in 2023.", A, "CONCEDE", AS, "IR", "FR"),
    ("Belarus freed the opposition leader jailed since 2020, Lithuanian officials said.", A,
     "CONCEDE", AS, "BY", ANY),
    # trade banned or resumed between two states, treaties suspended, missions closed or
    # opened, weapons delivered in the passive, money paid out, deadlines, forces targeted
    ("Beijing banned exports of rare earth magnets to the United States.", T, "SANCTION", AS,
     "CN", "US"),
    ("Russia restricted imports of fruit from Moldova, citing pests.", T, "SANCTION", AS, "RU",
     "MD"),
    ("China said it would resume imports of beef from Australia.", A, "COOPERATE", FU, "CN",
     "AU"),
    ("India suspended the Indus Waters Treaty with Pakistan.", T, "SANCTION", AS, "IN", "PK"),
    ("Poland ordered the closure of the Russian consulate in Gdansk.", T, "SANCTION", AS, "PL",
     "RU"),
    ("Lithuania closed its border with Belarus on Tuesday.", T, "SANCTION", AS, "LT", "BY"),
    ("Senegal inaugurated its new embassy in South Korea on Monday.", A, "COOPERATE", AS, "SN",
     "KR"),
    # (the giver after the receiver is not read: the faint row alerts never)
    ("A batch of howitzers was handed over to Ukraine by France this week.", A, "AID", AS,
     ANY, "UA"),
    ("The IMF approved a $1 billion disbursement to Pakistan.", A, "AID", AS, ANY, "PK"),
    ("Trump gave Russia 10 days to agree to a ceasefire.", T, "THREATEN", AS, ANY, "RU"),
    ("Iran will target U.S. bases across the region, the Revolutionary Guards said.", T,
     "ASSAULT", FU, "IR", "US"),
    # the subject before a relative clause set off by commas
    ("Norway, which has already given $1 billion to Kyiv, announced more military aid for "
     "Ukraine.", A, "AID", AS, "NO", "UA"),
    # the goods' owner after an aid noun's "of" gives them, unless the noun has its own owner
    ("Congress learned of the sale of U.S. arms to Iran in 1986.", A, "AID", AS, "US", "IR"),
    ("Reagan approved an Israeli shipment of U.S. arms to Iran.", A, "AID", AS, "IL", "IR"),
    # visits by invitation, captives handed over, hostage deals, peacekeepers, force promised,
    # patience running out, force not ruled out, missiles fired at a place, troops massed,
    # weapons supplied (the weapon first), joint sails, talks refused, headline demands
    ("Putin will travel to Pyongyang at the invitation of North Korean leader Kim Jong Un.",
     A, "CONSULT", FU, "RU", "KP"),
    ("Russia handed over 95 Ukrainian prisoners of war on Friday.", A, "CONCEDE", AS, "RU",
     "UA"),
    ("Israel thanked Qatar after the hostage deal was announced.", A, ANY, AS, "IL", "QA"),
    ("Indonesia plans to send 20,000 peacekeepers to Lebanon.", A, "AID", FU, "ID", "LB"),
    ("North Korea said it would answer any provocation with overwhelming force.", T,
     "THREATEN", FU, "KP", ANY),
    ('"Athens should know that our patience has limits," the Turkish president said.', T,
     "THREATEN", AS, "TR", ANY),
    ("Pyongyang could not rule out physical action against Japan.", T, "THREATEN", HY, "KP",
     "JP"),
    ("The Houthis said they had fired a ballistic missile at Israel.", T, "ASSAULT", AS, ANY,
     "IL"),
    ("Guyana said Venezuelan troops had been massed near the border.", T, "MOBILIZE", AS, "VE",
     ANY),
    ("The missile batteries India has supplied to the Philippines arrived.", A, "AID", AS, "IN",
     "PH"),
    ("American and Philippine vessels conducted a joint sail on Wednesday.", A, "COOPERATE", AS,
     "US", "PH"),
    ("Iran rejected direct negotiations with the United States.", T, "REJECT", AS, "IR", "US"),
    ("Milei demands Caracas free detained Argentine gendarme", T, "DEMAND", AS, "AR", "VE"),
    ('"We demand that Rwanda withdraw its troops," the Congolese foreign minister said.', T,
     "DEMAND", AS, "CD", "RW"),
    ("Ukrainian drones also targeted an oil refinery in Russia.", T, "ASSAULT", AS, "UA", ANY),
    # an attack outranks the solidarity it claims; a past verb after "and" escapes a negator
    # before the joint
    ("The Houthis said they had fired a ballistic missile at Israel in solidarity with Gaza.",
     T, "ASSAULT", AS, ANY, "IL"),
    ("China advised its citizens to avoid travelling to Japan and halted seafood imports.", T,
     "SANCTION", AS, "CN", "JP"),
    # airspace violated, drills held together, nationals sent home, protests lodged in the
    # diplomats' words, unsafe intercepts, fire exchanged, spies tried, energy cut off,
    # weapons kept flowing, talks blocked, land taken by force, relations lifted
    ("Around 19 Russian drones violated Polish airspace overnight, prompting Poland and its "
     "allies to scramble jets.", T, "MOBILIZE", AS, "RU", "PL"),
    ("Seoul and Washington will hold their combined Ulchi Freedom Shield exercise next month.",
     A, "COOPERATE", FU, "KR", "US"),
    ("South Korea repatriated six North Korean fishermen rescued at sea.", A, "CONCEDE", AS,
     "KR", "KP"),
    ("Beijing lodged solemn representations with Japan over the remarks.", T, "ACCUSE", AS,
     "CN", "JP"),
    ("Afghan forces exchanged heavy fire with Pakistani troops at several border posts.", T,
     "ASSAULT", AS, "AF", "PK"),
    ("A Chinese fighter released flares near an Australian aircraft, Canberra said.", T, ANY,
     AS, "CN", ANY),
    ("A Beijing court jailed a Japanese employee on espionage charges.", T, "COERCE", AS, "CN",
     "JP"),
    ("Gazprom halted gas supplies to Moldova on January 1.", T, "SANCTION", AS, ANY, "MD"),
    ('"We will keep the shells coming for Ukraine," the Czech president said.', A, "AID", FU,
     "CZ", "UA"),
    ("Hungary again blocked the opening of accession negotiations with Ukraine.", T, "REJECT",
     AS, "HU", "UA"),
    ("Putin said Russia would take the rest of the region by force if Ukraine did not "
     "withdraw.", T, "THREATEN", CO, "RU", ANY),
    ('"We are ready to work with South Korea to push bilateral relations to a new level," '
     "the Chinese spokesperson said.", A, "COOPERATE", AS, "CN", "KR"),
    # a disapproval governs an alliance noun further on than cooperation governs a threat
    ("The Kremlin rejected Ukraine's proposal for an unconditional 30-day ceasefire.", T,
     "REJECT", AS, "RU", "UA"),
    ("China announced sanctions on several US defence firms in response to Washington's arms "
     "sale to Taiwan.", T, "SANCTION", AS, "CN", "US"),
    # readiness to cooperate, money disbursed or pledged in a form, help asked for, deals named
    # by their trade, ties mended
    ('"We stand ready to work with Washington on trade," South African President Cyril '
     "Ramaphosa said.", A, "COOPERATE", FU, "ZA", "US"),
    ("The IMF approved the disbursement of about $1.2 billion to Egypt.", A, "AID", AS, ANY,
     "EG"),
    ("China will provide 360 billion yuan in financing to Africa, Xi Jinping said.", A, "AID",
     FU, "CN", ANY),
    ("Israel approves record $35 billion gas export deal with Egypt", A, "AGREE", AS, "IL",
     "EG"),
    ("Ghana said it wanted to rebuild bridges with Mali and Niger.", A, "COOPERATE", AS, "GH",
     "ML"),
    # foreigners sentenced, visas revoked, counter-tariffs, tariffs paused, deals reached, aid
    # paused, exits from treaties and bodies, biennial drills, loans to a state
    ("A Moscow court sentenced an American citizen to 12 years on treason charges.", T,
     "COERCE", AS, "RU", "US"),
    ("Washington revoked the Colombian president's visa.", T, "SANCTION", AS, "US", "CO"),
    ("Canada hits back with 25% counter-tariffs on US goods", T, "SANCTION", AS, "CA", "US"),
    ("Mexico, US reach deal to pause tariffs for 30 days", A, ANY, AS, "MX", "US"),
    ("New Zealand paused millions of dollars in funding to the Cook Islands.", T, "SANCTION",
     AS, "NZ", "CK"),
    ("The United States notified the UN of its withdrawal from the World Health "
     "Organization.", T, "SANCTION", AS, "US", ANY),
    ("Australian and US forces launched the biennial drills in Queensland.", A, "COOPERATE",
     AS, "AU", "US"),
    ("Japan approved a $500 million loan to Peru.", A, "AID", AS, "JP", "PE"),
    # the threat a speaker promises outranks the condition it answers
    ("The Thai prime minister said the army would retaliate if Cambodian troops opened fire.",
     T, ANY, CO, "TH", "KH"),
    # who acts: the object of "back" is no subject of what follows; "across" takes an object
    ("Paris would continue to back the Congolese army with intelligence support.", A,
     "SUPPORT", AS, "FR", "CD"),
    ("Israeli strikes across Gaza killed at least 45 people overnight.", T, "ASSAULT", AS, "IL",
     "PS"),
    # "Congo" alone is DR Congo, as in wire style
    ("Rwanda and Congo signed a peace agreement in Washington.", A, "AGREE", AS, "RW", "CD"),
    # an accusation leads the act it charges
    ("Mali accused Algeria of supplying weapons to armed fighters in the north.", T, "ACCUSE",
     AS, "ML", "DZ"),
    # subjects: leaders named by title and name, or "and his counterpart", are coordinated;
    # a headline's comma coordinates; a quantifier keeps a preposition's object
    ("French President Emmanuel Macron and his German counterpart pledged to deepen defence "
     "cooperation.", A, ANY, FU, "FR", "DE"),
    ("The Egyptian foreign minister and his Jordanian counterpart met in Cairo on Sunday.",
     A, "CONSULT", AS, "EG", "JO"),
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida agreed "
     "in New Delhi to expand defence ties.", A, ANY, AS, "IN", "JP"),
    ("Kazakh PM, Kyrgyz counterpart discuss water sharing", A, "CONSULT", AS, "KZ", "KG"),
    ("Britain froze the assets of several Belarusian officials and banned imports of potash "
     "from Belarus.", T, "SANCTION", AS, "GB", "BY"),
    ("The speaker of the Iranian parliament warned the U.S. not to intervene in the Gulf.", T,
     "THREATEN", AS, "IR", "US"),
    # a wire dateline with both date and outlet is no party
    ("MANILA, July 8 (Reuters) - Japan and the Philippines signed a defence pact on Monday.",
     A, ANY, AS, "JP", "PH"),
    # a head form several rows share: the row whose tail follows stands
    ("Poland expelled 45 Russian diplomats it accused of spying.", T, "SANCTION", AS, "PL",
     "RU"),
    ("Beijing sanctions US defence firms over Taiwan arms sale", T, "SANCTION", AS, "CN", "US"),
    ("Chinese President Xi Jinping received Russian Foreign Minister Sergei Lavrov in Beijing.",
     A, "CONSULT", AS, "CN", "RU"),
    ("Kenya's president is due to meet Ethiopian Prime Minister Abiy Ahmed in Nairobi.", A,
     "CONSULT", FU, "KE", "ET"),
    # expulsions, ultimatums, promised replies, measures, solidarity, destabilising
    ("Estonia declared a Russian diplomat persona non grata on Friday.", T, "SANCTION", AS,
     "EE", "RU"),
    ("Algeria ordered 12 French embassy staff to leave the country within 48 hours.", T,
     "SANCTION", AS, "DZ", "FR"),
    ("Niger orders French ambassador out within 72 hours", T, "SANCTION", AS, "NE", "FR"),
    ("Washington told Caracas to release the prisoners or face sanctions.", T, "THREATEN",
     AS, "US", "VE"),
    ("Iran vowed a crushing response to Israel after the strike.", T, "THREATEN", AS, "IR",
     "IL"),
    ('"Our response will be painful," the Iranian army chief told Israel.', T, "THREATEN",
     FU, "IR", "IL"),
    ("Moscow will take adequate measures if Moldova blocks the enclave, the Kremlin said.", T,
     "THREATEN", CO, "RU", "MD"),
    ('"Any threat to Cyprus is a threat to us," Greek Prime Minister Kyriakos Mitsotakis '
     "said.", A, "SUPPORT", AS, "GR", "CY"),
    ("Mali accused Algeria of trying to destabilise Bamako.", T, "ACCUSE", AS, "ML", "DZ"),
    ("Sudan charges Chad with funnelling weapons to the RSF", T, "ACCUSE", AS, "SD", "TD"),
    ("Erdogan cautioned Greece over its new maritime map.", T, "THREATEN", AS, "TR", "GR"),
    # supplies, missions, training, allied drills, joint action, swaps
    ("Japan plans to supply Manila with five more coast guard patrol vessels.", A, "AID", FU,
     "JP", "PH"),
    ("Turkey delivers Bayraktar drones to the Somali army", A, "AID", AS, "TR", "SO"),
    ("Canada will transfer 50 armoured personnel carriers to Ukraine.", A, "AID", FU, "CA",
     "UA"),
    ("Mexico dispatched fuel shipments to Cuba after the blackout.", A, "AID", AS, "MX", "CU"),
    ("Nepal begins exporting hydropower to Bangladesh", A, "COOPERATE", AS, "NP", "BD"),
    ("Kenya will deploy 600 more police officers to Haiti to bolster the security mission.",
     A, "AID", AS, "KE", "HT"),
    ("The Indian navy will train Sri Lankan officers under the new programme.", A,
     "COOPERATE", FU, "IN", "LK"),
    ("South Korea and the United States began their annual Ulchi Freedom Shield exercises.",
     A, "COOPERATE", AS, ANY, ANY),
    ("Brazil and Paraguay vow joint crackdown on border smuggling", A, "COOPERATE", AS, "BR",
     "PY"),
    ("The State Department approved the possible sale of F-16 parts to Taiwan.", A, "AID",
     AS, "US", "TW"),
    ("India and the Maldives sign $400 million currency swap", A, "AGREE", AS, ANY, ANY),
    # trade and visas opened or cut
    ("Chile lifts ban on Peruvian poultry imports", A, "CONCEDE", AS, "CL", "PE"),
    ("Canada drops visa requirement for Mexican travellers", A, "CONCEDE", AS, "CA", "MX"),
    ("Turkey halts all trade with Israel", T, "SANCTION", AS, "TR", "IL"),
    ("Canada hits Chinese steel with a 25% surtax", T, "SANCTION", AS, ANY, ANY),
    # weapons bought: the seller gives, the buyer receives
    ("Poland to buy 96 Apache helicopters from US in $12 billion deal", A, "AID", FU, "US",
     "PL"),
    ("India bought S-400 air defence systems from Russia.", A, "AID", AS, "RU", "IN"),
    # interceptors sold, staff expelled, a reply vowed behind quotes, units moved, freezes
    ("Washington approves sale of Patriot interceptors to Warsaw", A, "AID", AS, "US", "PL"),
    ("Moldova ordered a Russian embassy staffer to leave the country within 72 hours.", T,
     "SANCTION", AS, "MD", "RU"),
    ('Pyongyang vows "merciless" response to Seoul\'s drills', T, "THREATEN", AS, "KP", "KR"),
    ("Venezuela moved armoured units toward the Guyanese border.", T, "MOBILIZE", AS, "VE",
     "GY"),
    ("Berlin lifts freeze on arms exports to Israel", A, "CONCEDE", AS, "DE", "IL"),
    ("Britain froze the assets of 12 Iranian officials.", T, "SANCTION", AS, "GB", "IR"),
    ("Japan strikes new trade deal with Vietnam", A, "AGREE", AS, "JP", "VN"),
    ("Brazil dispatched 100 firefighters to Bolivia.", A, "AID", AS, "BR", "BO"),
    # a verb's object is no subject: the granter grants ("grants Washington access")
    ("Manila grants Washington access to four more military bases", A, "COOPERATE", AS, "PH",
     "US"),
    # orders to leave, punishment and a price promised, intervention, lists and supplies cut
    ("The Danish ambassador has 72 hours to leave Mali, the junta said.", T, "SANCTION", AS,
     ANY, "DK"),
    ('"Tokyo\'s rearmament will not go unanswered," Russian Foreign Ministry spokeswoman Maria '
     "Zakharova said.", T, "THREATEN", FU, "RU", "JP"),
    ('"Israel must be punished and will be punished," Iran\'s Supreme Leader said.', T,
     "THREATEN", FU, "IR", "IL"),
    ("Tehran said Israel will pay a heavy price for the strike on its consulate.", T,
     "THREATEN", FU, ANY, "IL"),
    ('"Seoul is playing with fire," North Korea\'s defence minister said.', T, "THREATEN", AS,
     "KP", "KR"),
    ('"Yerevan must halt its provocations or face serious consequences," an adviser to the '
     "Azerbaijani president said.", T, "THREATEN", AS, ANY, ANY),
    ("The United States would respond decisively if Moscow used a nuclear weapon, the adviser "
     "said.", T, "THREATEN", CO, "US", "RU"),
    ("ECOWAS defence chiefs agreed on plans for a military intervention in Niger.", T,
     "THREATEN", AS, ANY, "NE"),
    ("Washington added 30 Chinese firms to its entity list on Monday.", T, "SANCTION", AS, "US",
     "CN"),
    ("Algeria cut gas supplies to Spain after the row over Western Sahara.", T, "SANCTION", AS,
     "DZ", "ES"),
    ("Kuwait rejected Iran's claims to the Durra gas field.", T, "REJECT", AS, "KW", "IR"),
    # pledges in idiom, aid in kind, help to fight armed groups
    ('"You will not be alone," the Polish president told Lithuanian officials in Vilnius.', A,
     "SUPPORT", FU, ANY, ANY),
    ("Pyongyang will always stand in the same trench as Moscow, Kim said.", A, "SUPPORT", FU,
     "KP", "RU"),
    ("Qatar sent 40 tonnes of food and medicine to Sudan on Sunday.", A, "AID", AS, "QA", "SD"),
    ("Hungary will send 200 soldiers to Chad to help the country fight jihadists.", A, ANY, FU,
     "HU", "TD"),
    # the speaker named after a quote by a title with an abbreviation or a possessive
    ('"We will impose new sanctions on Iran," U.S. Treasury Secretary Scott Bessent said.', T,
     "SANCTION", FU, "US", "IR"),
    ('"We will impose new sanctions on Iran," Britain\'s foreign secretary said.', T,
     "SANCTION", FU, "GB", "IR"),
    # weapons by the batch, aid by ship, sites struck in a headline, the status quo changed
    ("India delivered the first batch of BrahMos missiles to the Philippines on Friday.", A,
     "AID", AS, "IN", "PH"),
    ("Indonesia sent two navy ships carrying rice and medicine to Myanmar.", A, "AID", AS, "ID",
     "MM"),
    ("Ukraine hits Russian oil refinery with long-range drones", T, "ASSAULT", AS, "UA", "RU"),
    ("Japan accused China of trying to unilaterally change the status quo in the East China "
     "Sea.", T, ANY, AS, "JP", "CN"),
    ("China's military called the drills strong punishment for Taiwan's separatist forces.", T,
     "THREATEN", AS, "CN", "TW"),
    ('"Argentina can count on Brazil in this difficult moment," Lula said.', A, "SUPPORT", AS,
     "BR", "AR"),
    # a grievance after "over" is what the threat answers, not an alliance
    ("Beijing imposed sanctions on three American arms makers over Washington's latest arms "
     "sale to Taiwan.", T, "SANCTION", AS, "CN", "US"),
    # money by the tranche, customs stopped, units toward a named border, replies promised
    ("Denmark announced a further tranche of funding for Ukraine's army.", A, "AID", AS, "DK",
     "UA"),
    ("China halted customs clearance for Lithuanian goods in December.", T, "SANCTION", AS, "CN",
     "LT"),
    ("Belarus moved tanks and air defence units toward the Ukrainian border.", T, "MOBILIZE", AS,
     "BY", "UA"),
    ('"If they cross our border, we will respond immediately," the Belarusian president said of '
     "Poland.", T, "THREATEN", CO, "BY", "PL"),
    # an assurance reported is a pledge for the future, not a hypothetical
    ("Philippine officials said Austin had assured them that Washington would defend Manila.", A,
     "SUPPORT", FU, "US", "PH"),
    # sovereignty recognised, exports stopped and the curbs vowed to stay, a WTO complaint,
    # goods held at customs
    ("Washington recognised Moroccan sovereignty over the disputed territory.", A, "SUPPORT", AS,
     "US", "MA"),
    ("Turkey suspended all exports to Israel on Thursday, the trade ministry said.", T,
     "SANCTION", AS, "TR", "IL"),
    ("Beijing vowed to keep the restrictions in place until Canberra changes course.", T,
     "SANCTION", FU, "CN", "AU"),
    ("Canada filed a complaint at the WTO against China over canola duties.", T, "ACCUSE", AS,
     "CA", "CN"),
    ("Australian wine was blocked at Chinese customs for months.", T, "SANCTION", AS, ANY, "AU"),
    # submarines sold, a sale approved in the passive, a field hospital, money lodged, given by
    # the million or swapped
    ("France will sell Brazil four more submarines, the defence minister said.", A, "AID", FU,
     "FR", "BR"),
    ("Patriot interceptors were approved for sale to Kuwait by the State Department.", A, "AID",
     AS, ANY, ANY),
    ("The UAE opened a field hospital in southern Gaza.", A, "AID", AS, "AE", "PS"),
    ("A $3 billion deposit placed by Qatar with Pakistan's central bank was rolled over.", A,
     "AID", AS, "QA", "PK"),
    ("Denmark will give Moldova 500 million crowns for its energy bills.", A, "AID", FU, "DK",
     "MD"),
    ("China renewed its currency swap line with Argentina for three more years.", A, "AID", AS,
     "CN", "AR"),
    # joint drills told by "their", consequences to bear, missile strikes by the hundred,
    # ultimatums with measures and a month to leave
    ("Japan and Australia began their largest air exercise off Darwin on Monday.", A,
     "COOPERATE", AS, "JP", "AU"),
    ('"Seoul must bear full consequences for its provocations," North Korea\'s defence ministry '
     "said.", T, "THREATEN", AS, "KP", "KR"),
    ("Ukrainian cities were struck by more than 100 Russian missiles overnight.", T, "ASSAULT",
     AS, ANY, "UA"),
    ("Kenya told Somalia to withdraw the claim or face punitive measures.", T, "THREATEN", AS,
     "KE", "SO"),
    ("Burkina Faso gave French troops one month to leave.", T, "THREATEN", AS, "BF", "FR"),
    # a partnership suspended, weapons hosted, made or paid for together, delivery taken
    ("Washington suspended its strategic partnership with Georgia on Saturday.", T, "SANCTION",
     AS, "US", "GE"),
    ("Belarus agreed to host Russian tactical nuclear weapons on its territory.", A, "COOPERATE",
     AS, "BY", "RU"),
    ("Japan will co-produce Patriot interceptors with the United States.", A, "COOPERATE", FU,
     "JP", "US"),
    ("Norway will finance the production of artillery shells in Ukraine.", A, "AID", FU, "NO",
     "UA"),
    ("The Maldives took delivery of Bayraktar drones from Turkey.", A, "AID", AS, "TR", "MV"),
    ("India is set to ship a second batch of BrahMos missiles to the Philippines.", A, "AID", FU,
     "IN", "PH"),
    ("Iran delivered Shahed drones to Russia last year, officials said.", A, "AID", AS, "IR",
     "RU"),
    ("Brazil sent firefighting planes to Bolivia as the fires spread.", A, "AID", AS, "BR", "BO"),
    ("Spain will send air defence units to Latvia next year.", A, "AID", FU, "ES", "LV"),
    ("Washington approves $500m F-16 upgrade package for Taiwan", A, "AID", AS, "US", "TW"),
    ("Qatar will keep paying for fuel deliveries to Gaza.", A, "AID", FU, "QA", "PS"),
    ("Saudi Arabia extends $3bn deposit to Pakistan", A, "AID", AS, "SA", "PK"),
    # a defence promised without hesitation, standing beside
    ("Poland will not hesitate to come to Lithuania's defence, the minister said.", A, "AID", FU,
     "PL", "LT"),
    ("Greece will always stand beside Cyprus, Mitsotakis said.", A, "SUPPORT", FU, "GR", "CY"),
    # goods banned by origin, revenue squeezed, refineries struck, objections, withdrawal
    # demanded, responses promised
    ("Beijing bans Japanese seafood over Fukushima water release", T, "SANCTION", AS, "CN",
     "JP"),
    ("Denmark began checks designed to squeeze Moscow's oil revenues.", T, "SANCTION", AS, "DK",
     "RU"),
    ("Ukraine will keep striking Russian oil refineries, Zelenskiy said.", T, "ASSAULT", FU,
     "UA", "RU"),
    ("India raised its objections with Colombo over the docking of the Chinese ship.", T,
     "PROTEST", AS, "IN", "LK"),
    ("The Maldives told India to withdraw its troops by March.", T, "DEMAND", AS, "MV", "IN"),
    ("Russia will respond accordingly if Washington sends Tomahawks to Kyiv, the Kremlin said.",
     T, "THREATEN", FU, "RU", "US"),
    ('"If they cross that line, we will not remain passive," Macron said of Russia.', T,
     "THREATEN", CO, "FR", "RU"),
    # fighting alongside another's forces, joint operations, strikes joined, convoys, a sale
    # counted, exercises led, bases opened, force used
    ("North Korean troops were sent to Kursk to fight alongside Russian forces.", A,
     "COOPERATE", AS, "KP", "RU"),
    ("Uganda and Congo launched joint operations against ADF rebels in Ituri.", A, "COOPERATE",
     AS, "UG", "CD"),
    ("Britain joined US strikes on Houthi targets in Yemen overnight.", T, "ASSAULT", AS, "GB",
     ANY),
    ("The UAE sent a convoy of trucks carrying flour into Gaza.", A, "AID", AS, "AE", "PS"),
    ("The State Department approved the sale of more than 14,000 bombs to Israel.", A, "AID", AS,
     "US", "IL"),
    ("Sweden will join a Danish-led military exercise in Greenland.", A, "COOPERATE", FU, ANY,
     ANY),
    ("The Dominican Republic will allow US military aircraft to use its air bases.", A,
     "COOPERATE", FU, "DO", "US"),
    ("Trump suggested using economic force to make Canada the 51st state.", T, "THREATEN", AS,
     "US", "CA"),
    # goods banned, export-control lists, relations harmed, interference, demands rejected,
    # troops massed and shells shipped by the thousand, responsibility to bear
    ("China imposed a ban on all Japanese seafood imports.", T, "SANCTION", AS, "CN", "JP"),
    ("Japan added chipmaking tools to its export-control list to curb China's chip industry.", T,
     "SANCTION", AS, "JP", "CN"),
    ("Beijing warned that the deployment would seriously harm relations with Seoul.", T,
     "THREATEN", AS, "CN", "KR"),
    ("China urged Mongolia to stop interfering in China's internal affairs.", T, "ACCUSE", AS,
     "CN", "MN"),
    ("Lithuania rejected Minsk's demand to reopen border crossings.", T, "REJECT", AS, "LT",
     "BY"),
    ("Russia massed more than 100,000 troops near the Ukrainian border.", T, "MOBILIZE", AS,
     "RU", "UA"),
    ("North Korea shipped more than 10,000 containers of artillery shells to Russia.", A, "AID",
     AS, "KP", "RU"),
    ('"The Americans will bear full responsibility for all the consequences," China\'s defence '
     "ministry said.", T, "THREATEN", FU, "CN", "US"),
    # assurances to a foreign leader, help offered, money lent, supplies promised, statehood
    ("Chancellor Scholz assured Polish President Duda on Monday that Berlin would keep its "
     "brigade in Lithuania.", A, "SUPPORT", AS, "DE", "PL"),
    ("Japan has offered to train and equip the Philippine coast guard.", A, "SUPPORT", AS, "JP",
     "PH"),
    ("China is lending Pakistan another $2 billion to shore up its reserves.", A, "AID", AS,
     "CN", "PK"),
    ("Riyadh promised to supply Egypt with 700,000 tonnes of oil products.", A, "AID", FU, "SA",
     "EG"),
    ("Chile formally recognised Palestine as an independent state on Friday.", A, "SUPPORT", AS,
     "CL", "PS"),
    ("Italy will send a squadron of F-16s to Romania, the defence ministry said.", A, "AID", FU,
     "IT", "RO"),
    # force promised against a move, weapons within range, a ship stopped, a request refused
    ("China's army will crush any separatist attempt by Taiwan, a spokesman warned.", T,
     "THREATEN", FU, "CN", "TW"),
    ("Moscow moved Iskander launchers within striking distance of Finland.", T, "MOBILIZE", AS,
     "RU", "FI"),
    ("Chinese maritime militia boats blocked two Vietnamese supply ships near the reef.", T,
     "COERCE", AS, "CN", "VN"),
    # relief teams and cargo flown in, weapons named with hyphens, evacuations, the wounded
    ("Turkey dispatched a search and rescue team to Morocco after the earthquake.", A, "AID",
     AS, "TR", "MA"),
    ("Qatar sent two planes loaded with tents and medicine to Afghanistan.", A, "AID", AS, "QA",
     "AF"),
    ("Berlin will deliver more IRIS-T air-defence systems to Kyiv.", A, "AID", FU, "DE", "UA"),
    ("Romania helped Moldova evacuate its citizens from Israel.", A, "AID", AS, "RO", "MD"),
    ("Poland will take in 40 wounded Ukrainian soldiers for treatment.", A, "AID", FU, "PL",
     "UA"),
    # protests in quotes, rights reserved, missions closed, envoys withdrawn, borders reinforced
    ("Beijing lodged 'stern representations' with Tokyo over the visit.", T, "ACCUSE", AS, "CN",
     "JP"),
    ("Iran reserves the right to respond to Israel's attack, its foreign ministry said.", T,
     "THREATEN", AS, "IR", "IL"),
    ("Russia ordered Estonia to close its consulate in Saint Petersburg.", T, "SANCTION", AS,
     "RU", "EE"),
    ("Colombia withdrew its ambassador from Argentina on Tuesday.", T, "SANCTION", AS, "CO",
     "AR"),
    ("Venezuela moved troops to reinforce the border with Colombia.", T, "MOBILIZE", AS, "VE",
     "CO"),
    ("Polish airports could become legitimate targets, the Russian defence ministry warned.", T,
     "THREATEN", AS, "RU", "PL"),
    ("Russia could resume nuclear weapons testing if Washington did so first.", T, "THREATEN",
     CO, "RU", "US"),
    # warnings shared, drills of two
    ("India and Japan began sharing real-time missile warning data.", A, "COOPERATE", AS, "IN",
     "JP"),
    ("The Indian and Egyptian armies began a bilateral desert exercise in Rajasthan.", A,
     "COOPERATE", AS, "IN", "EG"),
    # teams kept out, reserves frozen, banks cut off, deposits rolled over, borders crossed
    ("Azerbaijan refused entry visas to Armenia's judo team before the Baku Grand Slam.", T,
     "SANCTION", AS, "AZ", "AM"),
    ("Kuwait barred Israeli swimmers from the Asian championships in Kuwait City.", T,
     "SANCTION", AS, "KW", "IL"),
    ("Canada froze the foreign exchange reserves of Belarus's central bank.", T, "SANCTION", AS,
     "CA", "BY"),
    ("The US Treasury blacklisted 12 Russian banks on Thursday.", T, "SANCTION", AS, "US", "RU"),
    ("Japan cut three Russian banks from the SWIFT messaging system.", T, "SANCTION", AS, "JP",
     "RU"),
    ("Lithuania will suspend financial aid to Belarus.", T, "SANCTION", FU, "LT", "BY"),
    ("The UAE will roll over a $2 billion deposit held at Egypt's central bank.", A, "AID", FU,
     "AE", "EG"),
    ("China and Brazil finalised a currency swap framework worth $30 billion.", A, "AGREE", AS,
     "CN", "BR"),
    ("Russian troops crossed into Georgia's breakaway region of South Ossetia on Friday.", T,
     "ASSAULT", AS, "RU", "GE"),
    ("Poland pledged its full support for Ukraine's bid to join the EU.", A, "SUPPORT", AS, "PL",
     "UA"),
    # a union of states is no trade union ("signed a treaty on a union state")
    ("Belarus and Russia signed a treaty on a union state on Wednesday.", A, "AGREE", AS, "BY",
     "RU"),
    # ties deepened, troops fighting beside an ally's, defences bolstered, deliveries sped up
    ("Beijing will deepen energy cooperation with Moscow, the ministry said.", A, "COOPERATE",
     FU, "CN", "RU"),
    ("Cuban troops fought alongside Angolan forces against South African units.", A,
     "COOPERATE", AS, "CU", "AO"),
    ("France will always stand at the side of Armenia, the minister said.", A, "SUPPORT", FU,
     "FR", "AM"),
    ("Washington sent a destroyer to bolster Israel's air defences.", A, "AID", AS, "US", "IL"),
    ("Congress approved $300 million in foreign military financing for Taiwan.", A, "AID", AS,
     ANY, "TW"),
    ("Germany will speed up deliveries of air defence systems to Ukraine.", A, "AID", FU, "DE",
     "UA"),
    ("Estonia will help Ukraine rebuild its power grid.", A, "AID", FU, "EE", "UA"),
    ("South Korea held trilateral naval exercises with the United States and Japan near Jeju.",
     A, "COOPERATE", AS, "KR", ANY),
    # planes intercepted, signals jammed, objections registered, exports curbed, borders closed
    ("A Chinese fighter intercepted an Australian patrol aircraft over the South China Sea.", T,
     "MOBILIZE", AS, "CN", "AU"),
    ("North Korea jammed GPS signals along the border with South Korea.", T, "COERCE", AS, "KP",
     "KR"),
    ("Australia called the Chinese navy's conduct unsafe and unprofessional.", T, "ACCUSE", AS,
     "AU", "CN"),
    ("Australia registered its strong objections with China over the incident.", T, "PROTEST",
     AS, "AU", "CN"),
    ("Japan tightened controls on exports of chip materials to South Korea.", T, "SANCTION", AS,
     "JP", "KR"),
    ("Tokyo imposed an export ban on semiconductors to Russia.", T, "SANCTION", AS, "JP", "RU"),
    ("Russia withdrew its ratification of the nuclear test ban treaty, blaming the United "
     "States.", T, "REJECT", AS, "RU", "US"),
    ("Poland will close the last border crossing with Belarus.", T, "COERCE", FU, "PL", "BY"),
    # foreign owners made to sell, assets taken over, purchases blocked, licences revoked, transit
    # halted, lenders' assets frozen
    ("Canada ordered two Chinese state-owned firms to divest their stakes in Canadian lithium "
     "miners.", T, "SANCTION", AS, "CA", "CN"),
    ("Moscow placed the Russian assets of the Finnish utility under temporary state management.",
     T, "COERCE", AS, "RU", "FI"),
    ("Washington blocked the acquisition of an Ohio chipmaker by a Chinese state fund.", T,
     "SANCTION", AS, "US", "CN"),
    ("Niger's junta revoked the operating licence of French nuclear group Orano.", T, "SANCTION",
     AS, "NE", "FR"),
    ("Lithuania halted the transit of Belarusian potash through Klaipeda.", T, "SANCTION", AS,
     "LT", "BY"),
    ("Britain froze the assets of Russian state-owned lenders on Thursday.", T, "SANCTION", AS,
     "GB", "RU"),
    ("China urged Japan to stop its provocative actions near the islands.", T, "DEMAND", AS, "CN",
     "JP"),
    # weapons sent or provided a few words on, consignments, help to build, ironclad commitments
    ("Warsaw will keep sending Ukraine all the weapons it has contracted.", A, "AID", FU, "PL",
     "UA"),
    ("Britain will provide Ukraine with Storm Shadow missiles, the minister said.", A, "AID", FU,
     "GB", "UA"),
    ("A further consignment of air defence missiles will be delivered to Ukraine by Britain.", A,
     "AID", AS, ANY, "UA"),
    ("Hungary will help Serbia build an oil pipeline between the two countries.", A, "AID", FU,
     "HU", "RS"),
    ("Washington's commitment to Israel's security remains ironclad, the spokesman said.", A,
     "SUPPORT", AS, "US", "IL"),
]  # fmt: skip

# sentence, kind that must not appear
NEGATIVE = [
    ("Forecasters warned of the threat of torrential rain in southern Spain.", T),
    ("Forecasters in Spain warned of heavy snow in the north.", T),
    ("The Philippines braces for a typhoon as the storm threat grows.", T),
    ("Heatwave threat prompts red alert across southern Spain", T),
    ("The singer from Brazil will sign autographs after the deal.", A),
    ("Nurses in Chile went on strike, demanding higher wages.", T),
    ("Italy launched wave after wave of attacks against Spain in the second half.", T),
    ("Mexico's president clashes with Congress over judicial reform", T),
    ("Kenya strikes gold in the women's 1,500 metres", T),
    ("Firefighters in Portugal spent a day fighting a wildfire that threatened Lisbon.", T),
    ("A worker in Chile was injured in an industrial accident on Monday.", T),
    ("Pakistan's bowlers launched an onslaught on the visiting batsmen from New Zealand.", T),
    ("The band's new single shot to the top of the charts in Brazil.", T),
    ("Doctors in India reported a rise in attacks of asthma.", T),
    ("Japanese stocks rose to a record, backed by strong earnings.", A),
    ("The peso in Chile was buoyed by rising copper exports.", A),
    ("The ruling party in Japan secured enough support in parliament to pass the budget.", A),
    ("Argentina's national team will host Brazil in a World Cup qualifier.", A),
    ("Ukraine's national team beat Italy at the volleyball tournament.", T),
    ("The video from the border in Japan was released on Monday.", A),
    ("Treated water from the plant in Japan is being released into the sea.", A),
    ("The ministry in Peru released a report on detained migrants.", A),
    # outbreaks and pests posing threats, voters, tourists, agencies warning of harvests
    ("The cholera outbreak in Sudan remained a serious threat as the rainy season peaked.", T),
    ("Floods in Nigeria pose a growing threat to thousands of displaced families.", T),
    ("Opposition candidate John Mahama won Ghana's election with strong support from voters.",
     A),
    ("Morocco welcomed a record 17.4 million tourists last year.", A),
    ("Locust swarms threaten harvests in Ethiopia, the FAO warned.", T),
    # hurricanes by name, bird flu, a union's vote, earnings beaten, central banks, codeshares
    ("Hurricane Melissa threatened Jamaica's southern coast with catastrophic winds.", T),
    ("Health officials said the bird flu cases in Canada posed a low threat to the public.", T),
    ("Air Canada's pilots' union said it would support the tentative agreement.", A),
    ("Walmart de Mexico reported higher sales, beating analyst expectations.", T),
    ("Banco de Mexico warned that inflation risks remain tilted to the upside.", T),
    ("Qantas and Air New Zealand announced a new codeshare partnership.", A),
    # matches, typhoons, rising seas, approval ratings, budgets, eased worries, data released
    ("India clash with Pakistan in a high-voltage Asia Cup match in Dubai on Sunday.", T),
    ("South Korea beat Japan 2-1 in a fierce East Asian football championship clash.", T),
    ("Typhoon Kong-rey poses a serious threat to eastern Taiwan, forecasters said.", T),
    ("Rising sea levels are an existential threat to low-lying Tuvalu.", T),
    ("The Japanese cabinet's support rating fell to 26 percent.", A),
    ("Estonia's parliament raised VAT to help close the budget deficit.", A),
    ("Gas prices in Europe fell as mild weather eased concerns about supply.", T),
    ("Census data released by the statistics office showed Italy's population fell again.", A),
    # recessions, patients, a strong dollar, risk analysis, tolls named first, road accidents,
    # judges, training flights, a denied report, fire ruled out, demands for free things
    ("The threat of a global recession in Europe is real, the IMF said.", T),
    ("The hospital strike in Poland posed a serious threat to patients.", T),
    ("The rupiah faced pressure from a stronger dollar, Indonesia's minister said.", T),
    ("Analysts say the risk of a wider regional war in the Middle East remains high.", T),
    ("The death toll from the earthquake in Myanmar has risen to 3,600.", T),
    ("A bus carrying pilgrims overturned on a mountain road in Peru, killing 19 people.", T),
    ("The judges praised the novel's use of testimony, the prize committee in Britain said.",
     A),
    ("The helicopter in Japan crashed on a training flight in heavy fog.", A),
    ("The helicopter crashed in Pakistan, the army said, adding that hostile fire had been "
     "ruled out.", T),
    ("Workers' demands for free transport in France were met.", T),
    # a currency propped up, polls, votes in a chamber, experts warning, a match, an accident
    ("Nigeria's central bank sold dollars to support the naira.", A),
    ("The central bank in Turkey stood ready to defend the lira.", A),
    ("Support for Japan's ruling party fell to a record low in a poll.", A),
    ("Germany's parliament approved the bill with the support of the Greens.", A),
    ("Cocoa exporters warned that dry winds threaten the harvest in Ghana.", T),
    ("Copper miners warned that power cuts pose a threat to output in Zambia.", T),
    ("Scientists in Britain said superbugs pose a growing threat to global health.", T),
    ("Real Madrid beat Barcelona in a bad-tempered clash in Spain.", T),
    ("At least 30 people were killed when a bus plunged into a ravine in Peru.", T),
    ("India banned rice exports to cool domestic prices.", T),
    ("Files on the suspects were transferred to prosecutors in Serbia and Croatia.", A),
    ("The police in Kenya released the names of two arrested suspects.", A),
    ("The court in Brazil blocked the release of the documents.", T),
    ("Fighting delayed the delivery of food to a town in Sudan.", A),
    ("A magnitude 7.8 earthquake struck Turkey and Syria, toppling buildings and killing "
     "thousands.", T),
    # a counter-action ("ban on") governs no new predicate after it
    ("Brazil imposed a ban on beef imports from Paraguay and rejected its appeal.", A),
    ("The court imposed a ban on the skater from Russia, and said sanctions on her results "
     "would stand.", A),
    ("The EU will curb imports to prevent diversion if Washington imposes trade sanctions "
     "against Japan.", A),
    # a claim rejected is no rejection between states
    ("Mexico rejected claims that it had agreed to let US troops operate on its soil.", T),
    # the same words at home: bills backed, drugs seized, rules backed, courts, critics
    ("Lula's party backs tax reform bill ahead of Senate vote", A),
    ("Nvidia backs industry push for global chip safety standards", A),
    ("Germany's coalition allies backed a constitutional amendment on borrowing.", A),
    ("Spanish police seized 13 tonnes of cocaine at the port of Algeciras.", T),
    ("Cricket board sanctions Pakistan captain over slow over-rate", T),
    ("Bolivia's top court rejects opposition appeal against election results", T),
    ("Kenya's opposition leader attacked the government's new finance bill.", T),
    ("Fishermen blockade harbour in Brittany over quota cuts", T),
    ("Thousands of farmers blocked roads around Paris to protest against low crop prices.", T),
    ("Riot police used tear gas in central Lima.", T),
    ("A ransomware attack disrupted check-in at airports in Brussels, blaming a criminal "
     "gang.", T),
    # sports bodies and matches, a politician's ally, a party's deal, prices, asset freezes at home
    ("FIFA sanctions Argentina's federation over discriminatory chants", T),
    ("Afghanistan stunned Australia by 21 runs in a tense T20 World Cup clash.", T),
    ("Sue Gray, a close ally of Prime Minister Keir Starmer, quit on Sunday.", A),
    ("Ghana's ruling party strikes deal with opposition on electoral reform", A),
    ("The Reserve Bank of India held rates, citing food inflation, the biggest threat to price "
     "stability.", T),
    ("Guinness will ask a court in London to freeze the assets of its former chairman.", T),
    ("Two water-bombing aircraft fought the fires in Bolivia.", T),
    # disasters: a toll after a comma, things destroyed by weather, weather threatening
    ("Heavy rains triggered landslides in Peru's north, killing at least nine people.", T),
    ("A passenger train derailed near Nis in Serbia, injuring 23 people.", T),
    ("Gas cylinder blast kills 12 at crowded Dhaka market", T),
    ("Crops in Pakistan were destroyed by weeks of monsoon rains.", T),
    ("Drought threatens Zambia's maize harvest", T),
    ("The storm will hit western Cuba on Wednesday, threatening heavy rain and mudslides.", T),
    ("Dry spells pose a growing threat to food security across southern Africa.", T),
    # hazards that threaten: a cyclone, snow, malware, an outbreak, a glut
    ("Cyclone Mocha posed a severe threat to the coasts of Myanmar and Bangladesh, forecasters "
     "said.", T),
    ("Heavy snowfall threatened rail links between Austria and Italy over the weekend.", T),
    ("Ransomware remains the gravest threat to businesses in Britain, the agency said.", T),
    ("Health officials in Peru and Bolivia warned that the dengue outbreak could overwhelm "
     "hospitals.", T),
    ("Analysts warned that the threat of oversupply in Saudi Arabia and Iraq persisted.", T),
    # prices finding support, votes, rallies and parties at home, street protests
    ("Brent crude found support near $80 after Saudi Arabia extended output cuts.", A),
    ("Kenyan lawmakers voted in support of the finance bill despite street protests in "
     "Nairobi.", A),
    ("Kenyan lawmakers voted in support of the finance bill despite street protests in "
     "Nairobi.", T),
    ("Hungarian opposition leader Peter Magyar told supporters at a rally in Budapest that "
     "change was coming.", A),
    ("Support for the pension bill in France's National Assembly has eroded since January.", A),
    ("Mexico's Congress passed the reform with support from the Morena party and its allies.",
     A),
    ("Germany's chancellor told a town-hall meeting in Dresden that Ukraine's war weighed on "
     "voters.", A),
    ("Maduro vowed to defend Venezuela's rights over the Essequibo.", A),
    # business news: carriers, stakes, firms credited together, analysts on a call
    ("Emirates Airlines signed a deal with Airbus for 20 jets at the Dubai Airshow.", A),
    ("Qatar Airways agreed to buy a 20 percent stake in Brazil's Azul.", A),
    ("Spain's Iberdrola signed a partnership agreement with Saudi Arabia's ACWA Power, the "
     "companies said.", A),
    ('"Our alliance with Nissan is solid," Renault\'s boss told analysts on a conference call '
     "in Paris.", A),
    # the press's claims dismissed
    ("The Turkish ministry rejected what it called baseless media claims that Ankara sold "
     "drones to Sudan.", T),
    # prices testing support, stars welcomed, riot gear, matches, police, votes, firms
    ("Seoul's KOSPI tested support at 2,400 points as investors in Korea sold shares.", A),
    ("The Brazilian real hovered near a key technical support level against the dollar.", A),
    ("Thai singer Lisa received a hero's welcome in Bangkok after touring Japan.", A),
    ("China sent officers to the Solomon Islands to train police in riot control.", T),
    ("Uruguay attacked relentlessly in the second half but lost to Colombia in the Copa America "
     "semi-final.", T),
    ("Nigeria's Senate voted to back President Tinubu's tax reform bills.", A),
    ("Hyundai agreed to work with Japan's Toyota on fuel cells, the two carmakers said.", A),
    ("Grupo Mexico reaffirmed its support for the Tia Maria mine in Peru.", A),
    ("Mexico's ruling party secured the support of its coalition partners for the overhaul.", A),
    ("Rising seas threaten the atolls of Tuvalu and Kiribati, scientists warned.", T),
    # weather feared by traders, strikes and impeachment at home, costs, a party alliance, sport
    ("European gas prices jumped as traders weighed the threat of colder weather in Germany and "
     "Norway.", T),
    ("Georgian opposition leaders threatened to call a general strike over the law.", T),
    ("South Korea's opposition threatened to impeach the interior minister.", T),
    ("Swiss and Belgian chocolate makers warned of rising costs as cocoa prices hit records.", T),
    ("Italy's ruling alliance won regional elections in Abruzzo, official results showed.", A),
    ("Morocco stormed past Spain on penalties in Qatar.", T),
    ("Samsung agreed to supply panels to Apple for the iPhone, industry sources in Seoul said.", A),
    # market forces that threaten, a dust storm, index levels, votes, coalition partners and
    # laws at home, heat deaths, a carmaker with an adjective
    ("Shares in Seoul fell after higher interest rates threatened demand for Korean chips.", T),
    ("Sales of Swiss watches were threatened by soaring gold prices, retailers said.", T),
    ("Weak Chinese demand remains a threat to Australian exporters, economists warned.", T),
    ("A dust storm threatening Riyadh could close roads, Saudi Arabia's weather agency warned.", T),
    ("The Saudi index had firm support near 12,000 points, analysts said.", A),
    ("Brazil's Senate voted 53 to 24 to support the tax overhaul.", A),
    ("Japan's ruling party won support from its coalition partner for the budget.", A),
    ("Support for the draft constitution grew in Chile's assembly.", A),
    ("Saudi Arabia reported hundreds of heat-related deaths during the Hajj.", T),
    ("Renault deepened its partnership with Chinese electric carmaker Geely.", A),
    # bills, voters, rallies, parties and the nation at home; a topic; a memorial; an operation's
    # name; firms by group; a bowler's threat; a poll
    ("Latvian lawmakers said they would support the bill despite objections from Riga's "
     "coalition.", A),
    ("Sri Lanka's new president saw his support surging among young voters.", A),
    ("Nepal's parliament passed the bill with the support of the Maoist Centre.", A),
    ("Bangladeshi parties sought support in rallies across Dhaka.", A),
    ("Indian opposition pledges support for protesting farmers in Punjab", A),
    ("Kagame urged the nation never to forget the genocide in Rwanda.", A),
    ("India abstained from a UN resolution on the war in Ukraine.", T),
    ("Georgians laid wreaths at a memorial to the soldiers and civilians killed in Gori.", T),
    ("China Launches 'Joint Sword' Drills Encircling Taiwan", A),
    ("Danish shipping group Maersk agreed a partnership with a German logistics firm.", A),
    ("Shaheen Afridi threatened to run through India's top order with two early wickets.", T),
    ("Support for the amendments in Kazakhstan could fall below half, pollsters said.", A),
    ("Russia warned Finland against hosting NATO nuclear weapons on its soil.", A),
    # accidents with the toll far on, allegations called baseless, camps, rains, deportation
    # flights, co-hosts, tariff headlines, bills and reforms at home, pressure resisted, laws
    # that bar arms, martial law, a record label, interference opposed, force to protect
    ("A fuel tanker explosion on a busy highway in Nigeria's Kogi state killed at least 60 "
     "people.", T),
    ("A ferry capsized on Lake Victoria near Mwanza, leaving at least 30 people dead.", T),
    ("Egypt called the allegations baseless in a letter to the Security Council.", T),
    ("Heavy winter rains threaten tents in displacement camps across Gaza, aid groups warned.", T),
    ("Honduras agreed to receive more deportation flights from Washington.", T),
    ("Canada and Mexico will co-host matches with the United States in 2026.", A),
    ("The Mexican peso found support as traders shrugged off tariff headlines.", T),
    ("Senators voiced strong support for the farm bill during Tuesday's debate in Canberra.", A),
    ("Support for the pension reform in Prague crumbled on Thursday.", A),
    ("The opposition pledged its support for the bill in South Korea's assembly.", A),
    ("Seoul will not send weapons to Ukraine despite mounting pressure from Kyiv.", T),
    ("Swiss neutrality laws bar arms deliveries to parties in a conflict such as Ukraine.", A),
    ("Ukraine's parliament voted to extend martial law and general mobilisation for 90 days.", T),
    ("K-pop agency HYBE formed a strategic alliance with a Japanese record label.", A),
    ("Pyongyang fully supports Beijing's position and firmly opposes any foreign interference "
     "in China's internal affairs.", T),
    ("Reagan is ready to use military force to protect Kuwaiti tankers in the Gulf.", T),
    # markets and storms that threaten, titles defended, motions at home, claims dismissed,
    # a battery maker's deal, banks lending, sanctions in the background
    ("Brent futures threatened to break below $70 as Saudi supply rose.", T),
    ("Cyclone Remal threatened Bangladesh on Monday after killing 16 people in India.", T),
    ("Argentina defended their Copa America title, beating Colombia 1-0 in Miami.", A),
    ("Argentina defended their Copa America title, beating Colombia 1-0 in Miami.", T),
    ("Slovakia's parliament rejected a motion of no confidence against the government.", T),
    ("Falling gas prices eased pressure on Germany's chemical makers.", T),
    ("Greece's foreign ministry dismissed a story in the Turkish press, calling the reports "
     '"baseless and provocative".', T),
    ("Umicore signed a deal to supply cathodes to a South Korean battery maker.", A),
    ("Japanese banks will lend 50 billion yen to a Brazilian utility.", A),
    ("Hungary kept buying Russian oil despite Western sanctions.", T),
    # opponents at home, bills passed, heat and asteroids, the pitch, dying assisted
    ("Hungary's premier accused the opposition of treason in a speech in Budapest.", T),
    ("Serbia's ruling party threatened to expel any lawmaker who voted against the budget.", T),
    ("The Senate passed the farm bill with broad bipartisan support in Washington.", A),
    ("Temperatures threaten 45C in southern Spain this weekend.", T),
    ("An asteroid poses a small threat of striking Earth, NASA said.", T),
    ("The assisted dying bill cleared the House of Commons in London.", A),
    ("The travelling support sang in Cardiff as Wales beat Italy.", A),
    ("Ireland's front row was penalised for offside as France's attack built in Paris.", T),
    ("The city plans to close the embassy road for repairs.", T),
    # support at home and for a term in office, markets, sponsors, crowds
    ("Italy's coalition won parliamentary support on Wednesday for a plan to renovate "
     "stadiums.", A),
    ("The ruling party pledged its full support for President Erdogan's bid for a third term "
     "in Ankara.", A),
    ("Nike signed a kit supply deal with the Brazilian Football Confederation.", A),
    ("The qualifier between Peru and Chile was delayed by crowd violence in Lima.", T),
    ("The match in Buenos Aires was halted by crowd violence.", A),
    # sanctions someone else imposed, coalitions, reforms and markets at home, hosts and fans
    ("China will keep deepening cooperation with Russia despite mounting Western sanctions.", T),
    ("Germany's finance minister threatened to quit the coalition over the budget.", T),
    ("Spain's parliament approved the amnesty law for Catalan separatists.", A),
    ("Italy's opposition called the reform an attack on parliamentary democracy.", T),
    ("Italy's Senate voted to back the premier's constitutional reform.", A),
    ("Mexico's president saw support for her judicial reform hold steady.", A),
    ("China pledged stronger support for the property market on Friday.", A),
    ("The Korean won stayed under pressure against the dollar.", T),
    ("The Brazilian talk show host interviewed Lula on Sunday.", A),
    ("The Indian cricket captain is a lifelong supporter of the club.", A),
    ("Iran's president, a heart surgeon by training, visited a hospital.", A),
    ("Scotland will host the Open Championship again in 2027.", A),
    ("France's president went to the dressing room to congratulate the players.", A),
    ("Rwandan troops are fighting alongside M23 rebels in eastern Congo.", A),
    # investors reassured, takeover bids, economic threats, domestic threats, voters intimidated,
    # a central bank's measures, divestments a court orders
    ("Chile will not expropriate foreign lithium projects, the minister assured investors in New "
     "York.", A),
    ("Anglo American rejected a revised takeover proposal from BHP.", T),
    ("Traders in Singapore weighed the threat of further supply disruptions in China.", T),
    ("Ultra-Orthodox parties in Israel dropped their threat to bring down the government.", T),
    ("Brazil's tax system has long been criticised by investors from the United States.", T),
    ("Pakistan will host most matches of the Champions Trophy, with India's games in Dubai.", A),
    ("India's Election Commission acted after reports of voter intimidation in Bihar.", T),
    ("Russia's central bank said it would take all necessary measures to bring inflation back to "
     "target.", T),
    ("The court ordered the holding company to divest its stake in the railroad.", T),
]  # fmt: skip


class TestNewsPhrasings:
    @pytest.mark.parametrize(("sentence", "kind", "category", "mode", "source", "target"), POSITIVE)
    def test_finds_the_act(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        kind: SignalKind,
        category: str,
        mode: Mode,
        source: str | None,
        target: str | None,
    ) -> None:
        assert_best_signal(analyse(sentence), kind, mode, source, target, category)

    @pytest.mark.parametrize(("sentence", "kind"), NEGATIVE)
    def test_other_sense_yields_no_signal_of_that_kind(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind
    ) -> None:
        assert best_of(analyse(sentence), kind) is None

    @pytest.mark.parametrize(
        "sentence",
        [
            "Mexico rejected claims that it had agreed to let US troops operate on its soil.",
            "Nigeria rejected suggestions that it would send troops to Niger.",
            "Hungary refused to back a new package of military aid for Ukraine.",
            "Ukrainian officials denied reports that Kyiv had agreed to cede territory to Russia "
            "in exchange for a ceasefire.",
            "Ankara will not send troops, an official said, dismissing reports of a planned "
            "Turkish peacekeeping force in Gaza.",
            "India said no new arms contracts had been signed with Russia this year.",
            "Japan's foreign ministry retracted a report that Tokyo had agreed to supply Patriot "
            "missiles to Ukraine.",
        ],
    )
    def test_what_a_rejected_claim_or_a_refusal_names_is_negated(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert [s.mode for s in analyse(sentence) if s.kind is A] in ([], [Mode.NEGATED])

    @pytest.mark.parametrize(
        ("sentence", "kind"),
        [
            ("Egypt denied reports that it had agreed to send troops to Gaza, saying no such plan "
             "had been discussed.", A),
            ("No agreement was signed between Russia and China, officials said.", A),
            ("Poland has no plans to send troops to Ukraine, even as part of a post-ceasefire "
             "force.", A),
            ("Tehran dismissed reports that it had threatened Bahrain, blaming hostile media.", T),
            ("Russia denied threatening Finland, saying talk of intimidation along the border "
             "was absurd.", T),
        ],
    )  # fmt: skip
    def test_a_denied_act_leaves_no_asserted_word_of_its_kind(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, kind: SignalKind
    ) -> None:
        assert [s.mode for s in analyse(sentence) if s.kind is kind] in ([], [Mode.NEGATED])

    def test_refusing_to_drop_an_objection_is_negated(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Spain and Portugal refuse to drop their opposition to the plan.")
        assert [s.mode for s in signals if s.kind is A] == [Mode.NEGATED]

    def test_a_number_with_a_unit_is_one_word_of_a_gap(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signal = best_of(analyse("The US sent $1.5-billion in weapons to Ukraine last month."), A)
        assert signal is not None
        assert "sent" in [cue.text for cue in signal.cues]  # "sent … weapons", not "weapons" alone

    def test_aid_released_stays_aid(self, analyse: Callable[[str], tuple[Signal, ...]]) -> None:
        signals = analyse("The EU approved the release of military aid to Ukraine.")
        assert {s.kind for s in signals} == {A}

    def test_a_denial_scopes_over_its_whole_clause(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "The Kremlin denied on Friday that Russia had any plans to attack NATO countries."
        )
        assert [s.mode for s in signals if s.kind is T] == [Mode.NEGATED]

    def test_a_denial_stops_at_the_next_predicate(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        best = best_of(
            analyse(
                "Tehran denied last Sunday that it ever intended to threaten Gulf shipping "
                "and warned the U.S. against interfering."
            ),
            T,
        )
        assert best is not None and best.mode is not Mode.NEGATED
        assert (best.source, best.target) == ("IR", "US")

    def test_an_accusation_after_a_comma_is_no_object_of_a_fight(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        best = best_of(
            analyse(
                "Washington dropped Colombia as a partner in the fight against drug "
                "trafficking, accusing the government of failing to curb coca cultivation."
            ),
            T,
        )
        assert best is not None and best.category == "ACCUSE"


class TestDatedEvents:
    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("iraq never recovered from the 2003 invasion by the united states.", "invasion"),
            ("the wounds of the 1990s wars are still open.", "wars"),
            ("rwanda wants justice for the 1994 genocide.", "genocide"),
        ],
    )
    def test_a_year_makes_the_cue_an_asserted_reference(self, sentence: str, cue: str) -> None:
        start = sentence.index(cue)
        assert cue_context(sentence, start, start + len(cue), noun=True) == (
            Mode.ASSERTED,
            HISTORY_WEIGHT,
            False,  # a reference, not the main event
        )

    @pytest.mark.parametrize(
        "sentence",
        ["the army reported 2,003 attacks last year.", "russia did not launch 12 attacks."],
    )
    def test_a_count_is_no_year(self, sentence: str) -> None:
        start = sentence.index("attacks")
        assert cue_context(sentence, start, start + 7).weight == 1.0

    @pytest.mark.parametrize(
        "sentence",
        [
            "Thirty years after the 1994 genocide, Rwandans gathered at a memorial in Kigali.",
            "Since the 2014 annexation of Crimea, Ukraine's tourism revenue has fallen sharply.",
        ],
    )
    def test_a_dated_reference_alone_is_no_signal(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert analyse(sentence) == ()

    def test_a_dated_invasion_scores_under_the_same_invasion_today(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        dated = best_of(analyse("Iraq recalls the 2003 invasion by the United States."), T)
        today = best_of(analyse("Iraq recalls the invasion by the United States."), T)
        assert today is not None
        assert dated is None or dated.score < today.score


class TestPromisedConsequence:
    """Of a sentence's two kinds, one told only inside a condition weighs under the other."""

    @pytest.mark.parametrize(
        ("sentence", "kind", "source", "target"),
        [
            ("Should Armenia come under attack, France would defend it, the minister said.", A,
             "FR", ANY),
            ("Russia is ready to defend Belarus with all available means if it comes under "
             "attack, the Kremlin said.", A, "RU", "BY"),
            ("If Estonia were attacked, Finland would come to its aid.", A, "FI", ANY),
            ('"There will be serious consequences if Beijing sends weapons to Moscow," the U.S. '
             "envoy said.", T, "US", ANY),
        ],
    )  # fmt: skip
    def test_the_consequence_is_the_signal(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        kind: SignalKind,
        source: str,
        target: str,
    ) -> None:
        signals = analyse(sentence)
        best = max(signals, key=lambda s: s.score)
        assert best.kind is kind
        assert_best_signal(signals, kind, best.mode, source, target)
        other = best_of(signals, T if kind is A else A)
        assert other is None or other.mode is Mode.CONDITIONAL  # kept, weighed under

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ("Should Armenia come under attack, Moscow will honour its obligations under the "
             "collective security treaty, a Russian deputy foreign minister said.", "RU", "AM"),
            ("If Estonia were attacked, Britain would send reinforcements within days, the "
             "defence secretary said, restating a commitment.", "GB", "EE"),
            ('"Should anyone attack Serbia, Russia will not stand aside," the ambassador said, '
             "reaffirming Moscow's commitment to its Balkan partner.", "RU", "RS"),
            # "its" / "it": the one country the condition names
            ("If Estonia is attacked, Finland will come to its defence without hesitation, "
             "the Finnish president told reporters.", "FI", "EE"),
            ("If Taiwan is attacked, the United States will help defend it, President Joe "
             "Biden said.", "US", "TW"),
            # nor the aggressor the condition names: the speaker pledges
            ('"If the Zionist regime launches an all-out war, the Islamic Republic will stand '
             'with Lebanon with all its might," Iran\'s foreign ministry spokesman said.', "IR",
             "LB"),
            # but not when the consequence names the one helped
            ('"If Iran attacks, we will help Israel defend itself," President Joe Biden told '
             "reporters at the White House.", "US", "IL"),
            # a condition with no mark closing it before its consequence is not turned
            ('"If there is anything to offer Nakasone would take it with him," when he visits '
             "Washington later in the month, a U.S. official said.", "JP", "US"),
        ],
    )  # fmt: skip
    def test_the_country_the_condition_names_is_helped(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        assert_best_signal(analyse(sentence), A, ANY, source, target)

    def test_a_threat_with_a_cue_outside_the_condition_stays(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Russia threatened Moldova and vowed to defend Transnistria if attacked.")
        assert best_of(signals, T) is not None


class TestGrievance:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Beijing said it would take resolute countermeasures against Washington over its "
            "latest arms sale to Taiwan.",
            "Beijing imposed sanctions on three American arms makers over Washington's latest "
            "arms sale to Taiwan.",
            "China announced sanctions on several US defence firms in response to Washington's "
            "latest arms sale to Taiwan.",
        ],
    )
    def test_the_threat_outranks_the_deal_it_answers(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        signals = analyse(sentence)
        assert max(signals, key=lambda s: s.score).kind is T

    def test_over_a_period_is_no_grievance(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("The US pledged support to Ukraine over the winter.")
        assert max(signals, key=lambda s: s.score).kind is A


class TestWarning:
    """A warning governs the help it warns about, named as a noun or a gerund."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ("Moscow warned Berlin that supplying Taurus missiles to Kyiv would drag Germany into "
             "the war.", "RU", "DE"),
            ("China warned the United States against selling weapons to Taiwan.", "CN", "US"),
            ("The Kremlin warned Paris that sending French troops to Ukraine would be a grave "
             "mistake.", "RU", "FR"),
        ],
    )  # fmt: skip
    def test_the_warning_leads_the_help_it_names(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        signals = analyse(sentence)
        best = max(signals, key=lambda s: s.score)
        assert (best.kind, best.source, best.target) == (T, source, target)
        assert "warned" in [cue.text for cue in best.cues]


def assert_lead(
    signals: tuple[Signal, ...], kind: SignalKind, lead: str, source: str | None = ANY,
    target: str | None = ANY,
) -> Signal:
    """The best signal of `kind` exists, is led by the cue `lead` and has the dyad (ANY: not
    checked); returned for further checks."""
    signal = best_of(signals, kind)
    assert signal is not None, f"no {kind} signal"
    assert signal.cues[0].text == lead
    assert source == ANY or signal.source == source
    assert target == ANY or signal.target == target
    return signal


class TestMainEvent:
    """A main-clause cue leads over a stronger one set back in an "after" clause or inside a
    condition: the reaction reported, not the grievance behind it."""

    @pytest.mark.parametrize(
        ("sentence", "category", "lead", "source", "target"),
        [
            ("Poland summoned Belarus's charge d'affaires on Friday after two Belarusian "
             "military helicopters violated Polish airspace.", "ACCUSE", "summoned", "PL", "BY"),
            ("Tokyo lodged a strong protest with Beijing after a Chinese military aircraft "
             "violated Japanese airspace.", "PROTEST", "lodged a strong protest", "JP",
             "CN"),
            ("Vietnam demanded that China respect its sovereignty after Chinese forces "
             "assaulted Vietnamese fishermen.", "DEMAND", "demanded", "VN", "CN"),
            ("Iran will deliver a crushing response to Israel if it attacks Iranian nuclear "
             "facilities.", "THREATEN", "crushing response", "IR", "IL"),
            ("Mexico could answer with tariffs of its own if Washington goes ahead with its "
             "threatened duties, President Claudia Sheinbaum warned.", "THREATEN", "warned",
             "MX", "US"),
        ],
    )  # fmt: skip
    def test_the_reaction_leads(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        category: str,
        lead: str,
        source: str,
        target: str,
    ) -> None:
        signal = assert_lead(analyse(sentence), T, lead, source, target)
        assert signal.category == category
        assert len(signal.cues) > 1  # the grievance stays in the evidence

    @pytest.mark.parametrize(
        ("sentence", "lead", "source", "target"),
        [
            # a weak main-clause cue does not lead
            ("Tensions rose after Russian troops attacked Ukrainian positions near Bakhmut.",
             "attacked", "RU", "UA"),
            # nor does one after the "after" clause, which may still belong to it
            ("Officials in Beijing said nothing after Chinese coast guard ships attacked a "
             "Philippine supply boat, sparking protests in Manila.", "attacked", "CN", "PH"),
        ],
    )  # fmt: skip
    def test_the_set_back_cue_leads_when_no_main_cue_can(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        lead: str,
        source: str,
        target: str,
    ) -> None:
        assert_lead(analyse(sentence), T, lead, source, target)

    def test_not_ruling_out_is_no_refusal(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signal = best_of(
            analyse(
                "Trump again refused to rule out the use of military force to take "
                "control of Greenland."
            ),
            T,
        )
        assert signal is not None
        assert (signal.category, signal.source, signal.target) == ("THREATEN", "US", "GL")
        assert [cue.text for cue in signal.cues] == ["use of military force"]


class TestFaced:
    """Who is to face a threat is its target, whatever the order of the words; who says so,
    its source."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ("Finland will face retaliatory measures of a military-technical nature if it allows "
             "NATO to store nuclear weapons on its soil, Russian Foreign Ministry spokeswoman "
             "Maria Zakharova said on Thursday.", "RU", "FI"),
            ('President Donald Trump said Iran would face "bombing the likes of which they have '
             'never seen before" if Tehran did not reach a deal.', "US", "IR"),
            ('"Yerevan must stop its provocations along the border or face serious '
             'consequences," an adviser to the Azerbaijani president told reporters in Baku.',
             "AZ", "AM"),
            ("Washington warned New Delhi it could face sanctions for buying Russian S-400 air "
             "defence systems.", "US", "IN"),
            ('U.S. President Donald Trump gave Russia 10 days to agree to a ceasefire in Ukraine '
             'or face "very severe" tariffs.', "US", "RU"),
            ("Iran will face a crushing response if it attacks Israel, the Israeli defence "
             "minister said.", "IL", "IR"),
            # a response something "will be met with" is faced too
            ('"Any new aggression by the Zionist regime will be met with a crushing and '
             'regret-inducing response," the chief of staff of Iran\'s armed forces said.',
             "IR", "IL"),
        ],
    )  # fmt: skip
    def test_the_one_facing_it_is_the_target(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        assert_best_signal(analyse(sentence), T, ANY, source, target)

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            # "in the face of" faces nothing
            ("Turkey warned Greece that Ankara would not remain silent in the face of such "
             "violations.", "TR", "GR"),
            # a threat faced from someone: the agent makes it
            ("Pakistan faces sanctions from the United States over its missile programme.",
             "US", "PK"),
            # giving something up is no ultimatum given
            ("Denmark should give up the island or face very high tariffs, Trump told "
             "reporters.", "US", "DK"),
        ],
    )  # fmt: skip
    def test_near_misses_keep_their_dyad(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        assert_best_signal(analyse(sentence), T, ANY, source, target)


class TestParticipleClause:
    """A cue opening a participle clause after a comma shares the subject of the clause
    it hangs on: the main subject, a coordinated pair, or the speaker of an attribution."""

    @pytest.mark.parametrize(
        ("sentence", "kind", "lead", "source", "target"),
        [
            ("Turkey held up Sweden's accession to NATO for almost two years, accusing "
             "Stockholm of harbouring Kurdish militants.", T, "accusing", "TR", "SE"),
            ("China and Pakistan signed a cultural exchange agreement in Islamabad on Tuesday, "
             "pledging joint film productions.", A, "pledging", "CN", "PK"),
            ("A Polish diplomat was detained in Moscow on Monday, the Russian foreign ministry "
             "said, accusing him of spying.", T, "accusing", "RU", "PL"),
            ("Germany has since become Ukraine's second-largest military donor, delivering "
             "Leopard tanks and air defence systems.", A, "delivering", "DE", "UA"),
            ("Sudan cut diplomatic relations with the United Arab Emirates on May 6, 2025, "
             "accusing Abu Dhabi of arming the RSF.", T, "accusing", "SD", "AE"),
        ],
    )  # fmt: skip
    def test_the_clause_before_acts(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        kind: SignalKind,
        lead: str,
        source: str,
        target: str,
    ) -> None:
        assert_lead(analyse(sentence), kind, lead, source, target)

    def test_an_unnamed_speaker_leaves_the_participle_to_the_verb_rules(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Chad's airports would be legitimate targets for the Sudanese army, General "
            "Yasser al-Atta warned, accusing Chad of funnelling Emirati weapons to the RSF."
        )
        assert_best_signal(signals, T, ANY, "SD", "TD")  # not Chad → the Emirates


class TestReaction:
    """A disapproval leads over the conflict of its own kind it names as what it reacts to."""

    @pytest.mark.parametrize(
        ("sentence", "category", "source", "target"),
        [
            ("Qatar's foreign ministry condemned the cowardly Israeli attack on residential "
             "buildings in Doha.", "ACCUSE", "QA", "IL"),
            ("Congo's foreign ministry summoned Uganda's charge d'affaires to protest against "
             "unauthorised incursions by Ugandan soldiers into Ituri province.", "PROTEST",
             "CD", "UG"),
            ("Kyrgyzstan accused Tajikistan of shelling villages in Batken province.", "ACCUSE",
             "KG", "TJ"),
        ],
    )  # fmt: skip
    def test_the_disapproval_leads(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        category: str,
        source: str,
        target: str,
    ) -> None:
        signal = best_of(analyse(sentence), T)
        assert signal is not None
        assert (signal.category, signal.source, signal.target) == (category, source, target)
        assert len(signal.cues) > 1  # what it reacts to stays in the evidence

    def test_the_score_stays_the_strongest_evidence(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        plain = best_of(analyse("Israel attacked residential buildings in Doha."), T)
        condemned = best_of(
            analyse("Qatar condemned the Israeli attack on residential buildings in Doha."), T
        )
        assert plain is not None and condemned is not None
        assert condemned.score >= plain.score

    @pytest.mark.parametrize(
        ("sentence", "lead"),
        [
            # a participle after its noun reacts to nothing
            ("Eight North Korean agents accused of laundering cryptocurrency stolen in "
             "cyberattacks were sanctioned by the U.S. Treasury Department.", "cyberattacks"),
            # a demand's ultimatum is no grievance
            ('"Yerevan must stop its provocations along the border or face serious '
             'consequences," an adviser to the Azerbaijani president said.', "or face"),
        ],
    )  # fmt: skip
    def test_near_misses_keep_their_lead(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str, lead: str
    ) -> None:
        assert_lead(analyse(sentence), T, lead)


class TestAttackPlace:
    """Where an attack lands is its target, even after a preposition of place."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ("Israeli warplanes struck nuclear and military sites across Iran in the early "
             "hours of June 13, 2025.", "IL", "IR"),
            ("Ukrainian drones hit an oil refinery in Russia's Ryazan region overnight.", "UA",
             "RU"),
        ],
    )  # fmt: skip
    def test_the_place_hit_is_the_target(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        assert_best_signal(analyse(sentence), T, ANY, source, target)

    def test_talks_in_a_place_keep_it_out(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signal = best_of(analyse("Russian and Iranian diplomats held talks in Turkey."), A)
        assert signal is not None
        assert "TR" not in (signal.source, signal.target)


class TestPromisedThreat:
    """A threat told only inside a condition is the threat of the consequence's country
    against the condition's."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ('Russia will respond "in a mirror manner" if Japan confiscates any of the Russian '
             "central bank assets frozen in Tokyo, a deputy foreign minister said.", "RU", "JP"),
            ("Iran would hit Israel's nuclear facilities if the Israeli military attacked "
             "Iranian nuclear sites, a senior Revolutionary Guards commander said.", "IR", "IL"),
            ('North Korea will "mercilessly" turn its nuclear forces on Seoul if South Korean '
             "drones again violate its airspace, Kim Yo Jong said.", "KP", "KR"),
            ("Japan would file a complaint with the WTO if Washington imposed the tariffs, a "
             "Japanese official said.", "JP", "US"),
        ],
    )  # fmt: skip
    def test_the_consequence_threatens(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        assert_best_signal(analyse(sentence), T, CO, source, target)

    def test_a_threat_outside_the_condition_keeps_its_dyad(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Russia threatened to attack Moldova if it joined NATO.")
        assert_best_signal(signals, T, ANY, "RU", "MD")


def assert_only_negated(signals: tuple[Signal, ...]) -> None:
    """The sentence keeps its signals as evidence, all of them negated (label neutral)."""
    assert signals, "the negated event stays"
    assert all(signal.mode is Mode.NEGATED for signal in signals)


class TestCommentClause:
    """A trailing comment clause (", citing …", ", saying …", ", with X calling …") gives a
    reason or a remark; the main clause's event leads over its cues, even when that event
    is denied or ruled out."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("South Korea will not send lethal weapons to Ukraine, the defence ministry said, "
             "citing concerns about its relations with Russia."),
            ("Hungary has no plans to supply arms to Kyiv, Foreign Minister Peter Szijjarto "
             "said, adding that talks on a ceasefire must begin."),
            "Seoul ruled out providing military aid to Kyiv, citing its rules on arms exports.",
        ],
    )  # fmt: skip
    def test_a_denied_main_event_leaves_no_signal_standing(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert_only_negated(analyse(sentence))

    def test_the_main_act_leads_over_the_comment_on_it(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "Manila summoned China's ambassador, calling the water-cannon attack on a "
            "Philippine supply boat a dangerous provocation."
        )
        assert_best_signal(signals, T, AS, "PH", "CN", "ACCUSE")
        assert_lead(signals, T, "summoned")

    @pytest.mark.parametrize(
        ("sentence", "kind", "source", "target"),
        [
            # no cue in the main clause: the comment tells the event
            ("The Syrian foreign ministry spoke on Tuesday, saying Turkey had threatened to "
             "invade northern Syria.", T, "TR", "SY"),
            # a weak main-clause cue does not silence it
            ("Britain is expected to keep its troops stationed in Estonia, the report says, "
             "noting that Estonia welcomed the deployment.", A, ANY, ANY),
            # "calling for" is an appeal of its own, not a comment
            ("Egypt condemned the Israeli strike on Gaza, calling for an immediate ceasefire.",
             A, ANY, ANY),
        ],
    )  # fmt: skip
    def test_the_comment_keeps_its_signal_otherwise(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        kind: SignalKind,
        source: str,
        target: str,
    ) -> None:
        assert_best_signal(analyse(sentence), kind, ANY, source, target)

    def test_a_condition_is_no_main_clause(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            "If Latvia came under attack, Lithuania would not stand aside, its president "
            "said, adding that Vilnius would keep supplying electricity to its neighbour."
        )
        alliance, threat = best_of(signals, A), best_of(signals, T)
        assert alliance is not None  # the comment's pledge stays
        assert threat is None or threat.score < alliance.score

    def test_declining_to_rule_out_is_no_denial(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("Trump declined to rule out the use of force against Venezuela.")
        assert_best_signal(signals, T, AS, "US", "VE", "THREATEN")


class TestMeasuresLifted:
    """Aid halted and visa-free travel suspended are sanctions, not cooperation."""

    @pytest.mark.parametrize(
        ("sentence", "source", "target"),
        [
            ("Washington halted military assistance to Ethiopia over the war in Tigray.",
             "US", "ET"),
            ("The EU suspended visa-free travel for Russian officials over the annexation.",
             ANY, "RU"),
        ],
    )  # fmt: skip
    def test_the_sanction_leads(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        source: str,
        target: str,
    ) -> None:
        signals = analyse(sentence)
        assert_best_signal(signals, T, AS, source, target, "SANCTION")
        threat, alliance = best_of(signals, T), best_of(signals, A)
        assert threat is not None
        assert alliance is None or alliance.score < threat.score


class TestDomesticPolitics:
    """One country's parties, parliament and voters at odds with each other give no signal;
    force used at home, a second country, a party abroad, a parliament named only as the
    audience or a country named only as the target keep theirs."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Poland's opposition Law and Justice party accused the government of Prime "
             "Minister Donald Tusk of undermining the courts."),
            "Chile's Senate voted on Wednesday to back President Gabriel Boric's pension reform.",
            ("Mexican lawmakers threatened to block the president's budget unless spending on "
             "security was raised."),
            ("Prime Minister Mikhail Mishustin won the support of Russia's State Duma for his "
             "budget."),
            # crime pursued at home
            "Police in Nairobi arrested five men over a bank robbery in the city centre.",
        ],
    )  # fmt: skip
    def test_politics_at_home_is_no_signal(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert analyse(sentence) == ()

    @pytest.mark.parametrize(
        ("sentence", "kind", "source", "target"),
        [
            ("Ukraine's parliament voted to ratify a security agreement with Britain.",
             A, "UA", "GB"),
            ("Hungarian police detained opposition activists during protests in Budapest.",
             T, "HU", None),
            ("Turkish police arrested two Iranian agents over a plot to kidnap a dissident, "
             "prosecutors said.", T, "TR", "IR"),
            ("The U.S. Senate voted to condemn the proposed European tax on vegetable oils and "
             "vowed retaliation.", T, "US", None),
            ("The prime minister told parliament that Moscow had threatened to cut the "
             "country's gas supplies.", T, "RU", None),
            # the one country named is the target: the unnamed actor may well be abroad
            ("Senators said the chamber would stand firmly with Taiwan as they passed a bill "
             "funding weapons for the island.", A, None, "TW"),
        ],
    )  # fmt: skip
    def test_force_abroad_or_an_audience_keep_the_signal(
        self,
        analyse: Callable[[str], tuple[Signal, ...]],
        sentence: str,
        kind: SignalKind,
        source: str,
        target: str | None,
    ) -> None:
        assert_best_signal(analyse(sentence), kind, ANY, source, target)


def test_an_exercise_named_by_its_year_is_this_years(
    analyse: Callable[[str], tuple[Signal, ...]],
) -> None:
    """A year before a cue dates it as history ("the 2008 war"), but not the year that names
    an exercise's edition."""
    signals = analyse(
        "Philippine and American troops opened the Balikatan 2025 joint military exercises "
        "on Monday."
    )
    assert_best_signal(signals, A, AS, "PH", "US", "COOPERATE")
    assert best_of(signals, A).score > 0.8  # type: ignore[union-attr]


class TestNoPhrase:
    """"no" negates a noun cue at the end of its "no … of …" phrase, and a summit named as
    the setting of something else is no event of its own."""

    @pytest.mark.parametrize(
        "sentence",
        [
            ("Seoul said no talks between the Korean and Japanese leaders were planned on the "
             "sidelines of the summit."),
            ("Officials said no new round of ceasefire talks between Armenia and Azerbaijan had "
             "been scheduled."),
        ],
    )  # fmt: skip
    def test_nothing_stands(
        self, analyse: Callable[[str], tuple[Signal, ...]], sentence: str
    ) -> None:
        assert_only_negated(analyse(sentence))

    def test_no_shortage_of_threats_is_many(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse("There is no shortage of threats against Taiwan from China.")
        assert_best_signal(signals, T, AS, "CN", "TW")


class TestInvertedCondition:
    """"should X …" after a quotation is a condition; "should help" after one is a modal."""

    def test_should_after_a_quotation_opens_a_condition(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            'Tokyo will retaliate "firmly and swiftly" should Chinese warships enter Japanese '
            "waters again, the defence minister said."
        )
        assert_best_signal(signals, T, CO, "JP", "CN")

    def test_should_help_after_a_quotation_is_a_modal(
        self, analyse: Callable[[str], tuple[Signal, ...]]
    ) -> None:
        signals = analyse(
            'Aid groups said "richer nations" should help fund the reconstruction of Gaza after '
            "the attacks."
        )
        assert all(signal.mode is not CO for signal in signals)
