"""The table of well-known actors and every way reports write them (ISIS / Islamic State /
Daesh; CENTCOM / U.S. Central Command), with the look-ups other extractors share."""

from __future__ import annotations

from functools import lru_cache

from briefdeck.extract.alternatives import Alternatives
from briefdeck.extract.known_organizations_more import MORE_KNOWN

# Canonical name -> the ways it is written (regex alternatives, case-sensitive).
# A UN agency by its initials after the prefix ("UN OCHA", "U.N. WFP"): the agency speaking.
_UN_AGENCY = (r"\s+(?:OCHA|UNHCR|UNICEF|WFP|WHO|IOM|UNDP|UNRWA|UNFPA|IAEA|UNDSS|DSS|UNAMI|"
              r"UNIFIL|UNDOF|UNMAS|UNOPS|FAO)\b")
KNOWN: dict[str, list[str]] = {
    "Combined Joint Task Force Operation Inherent Resolve": [
        r"Combined\s+Joint\s+Task\s+Force[\s-]+Operation\s+Inherent\s+Resolve",
        r"CJTF-OIR", r"Operation\s+Inherent\s+Resolve", r"OIR",
    ],
    "U.S. Central Command": [
        r"(?:U\.S\.\s+)?Central\s+Command", r"CENTCOM", r"CentCom",
    ],
    "U.S. European Command": [r"(?:U\.S\.\s+)?European\s+Command", r"EUCOM"],
    "U.S. Africa Command": [r"(?:U\.S\.\s+)?Africa\s+Command", r"AFRICOM"],
    "Department of Defense": [
        r"Pentagon", r"(?:U\.S\.\s+)?Department\s+of\s+Defen[cs]e", r"Defen[cs]e\s+Department",
        r"DoD", r"DOD",
    ],
    "State Department": [r"State\s+Department", r"Department\s+of\s+State"],
    # (its prosecutors announce the indictments of militias' suppliers)
    "Department of Justice": [r"(?:U\.S\.\s+)?Department\s+of\s+Justice",
                              r"Justice\s+Department"],
    "White House": [r"White\s+House"],
    # the Army's stored brigade sets (APS-2 in Europe, APS-5 in Kuwait) units draw vehicles from
    "Army Prepositioned Stock": [r"Army\s+Pre-?positioned\s+Stocks?(?:-\d)?", r"APS-\d"],
    "Islamic State": [
        r"Islamic\s+State(?:\s+(?:in|of)\s+Iraq\s+and\s+(?:Syria|the\s+Levant))?",
        r"ISIS", r"ISIL", r"Da['’]?esh",
        r"IS(?=\s+(?:fighters|militants|jihadists|insurgents|cells?)\b)",
    ],
    "Iraqi Security Forces": [r"Iraqi\s+[Ss]ecurity\s+[Ff]orces", r"ISF"],
    "Counter Terrorism Service": [
        r"(?:Iraqi\s+)?Counter[\s-]+Terrorism\s+Service", r"CTS",
    ],
    # The Kurdistan Region's counter-terrorism service, which reports the drone and rocket
    # attacks on Erbil ("the Kurdistan CTD", "Kurdistan Region Counter-Terrorism Directorate").
    "Counter-Terrorism Directorate": [
        r"(?:Kurdistan(?:\s+Region(?:['’]s)?)?\s+)?Counter[\s-]+Terrorism\s+Directorate",
        r"Kurdistan(?:\s+[Rr]egion(?:['’]s)?)?\s+counter[\s-]+terrorism\s+directorate",
        r"(?:Kurdistan\s+)?CTD",
    ],
    # (analysts' notes and Iraq trackers write it "KH"; "Kh-55" is a missile)
    "Kataib Hezbollah": [r"Kata(?:[i'’]?i|e)b\s+Hez?bollah", r"Kata['’]ib\s+Hizballah",
                         r"KH(?![\w-])"],
    "Asaib Ahl al-Haq": [r"Asa[i'’]?ib\s+Ahl\s+al-Haq"],
    # Iraq's other Iran-aligned militias in the Islamic Resistance in Iraq's claims.
    "Kataib Sayyid al-Shuhada": [r"Kata(?:[i'’]?i|e)b\s+Sayy?[ie]d\s+al-Shuhada['’]?"],
    "Kataib al-Imam Ali": [r"Kata(?:[i'’]?i|e)b\s+al-Imam\s+Ali"],
    "Saraya Awliya al-Dam": [r"Saraya\s+Awliy?a['’]?\s+al-Dam"],
    "Hezbollah": [r"Hez?bollah", r"Hizballah", r"Hizb[ou]llah"],  # (British: "Hizbollah")
    # Iraq's federal oil marketer, in every story on Kurdish or Iraqi oil exports.
    "State Organization for Marketing of Oil": [
        r"State\s+Organi[sz]ation\s+for\s+(?:the\s+)?Marketing\s+of\s+Oil",
        r"State\s+Oil\s+Marketing\s+Organi[sz]ation", r"SOMO",
    ],
    "Popular Mobilization Forces": [
        r"Popular\s+Mobili[sz]ation\s+(?:Forces|Units)", r"PMF", r"PMU", r"Hashd\s+al-Shaabi",
    ],
    "Islamic Revolutionary Guard Corps": [
        r"Islamic\s+Revolutionary\s+Guard\s+Corps", r"Revolutionary\s+Guards?(?:\s+Corps)?",
        r"IRGC",
    ],
    "Quds Force": [r"Quds\s+Force", r"IRGC-QF"],
    # Germany's armed forces and parliament, named on their own in German and wire reporting.
    "Bundeswehr": [r"Bundeswehr"],
    "Bundestag": [r"Bundestag"],
    # The US legislature, asked for money and briefed ("asked Congress for $1.2 billion"); not
    # the Library of Congress, a party ("Congress party") or another country's congress.
    "Congress": [r"(?:U\.S\.\s+|US\s+)?Congress(?<!National\sCongress)(?<!of\sCongress)"
                 r"(?<!['’]s\sCongress)(?!\s+(?:[Pp]arty|of)\b)"],
    # British parties, whose calls on the government UK reporting quotes ("Liberal Democrat
    # MPs" names members, not the party).
    "Liberal Democrats": [r"Liberal\s+Democrats", r"Lib\s+Dems"],
    "Conservative Party": [r"Conservative\s+Party"],
    "Labour Party": [r"Labour\s+Party"],
    # Iran's volunteer militia, under the IRGC ("the Basij", "Basij Resistance Force").
    "Basij": [r"Basij(?:\s+Resistance\s+Force|\s+Organi[sz]ation)?"],
    "Radwan Force": [r"Radwan\s+[Ff]orces?", r"Radwan\s+unit"],
    "Syrian Democratic Forces": [r"Syrian\s+Democratic\s+Forces", r"SDF"],
    # "SNA" alone is Syria's Turkish-backed factions or Somalia's army: org_initials reads it
    # by which country the report names more.
    "Syrian National Army": [r"Syrian\s+National\s+Army", r"SNA(?![\w-])"],
    "Somali National Army": [r"Somali\s+National\s+Army"],
    # The Kurdistan Region's ministry over the Peshmerga, before the force itself.
    "Ministry of Peshmerga Affairs": [
        r"Ministry\s+of\s+Peshmerga(?:\s+Affairs)?", r"Peshmerga\s+[Mm]inistry"],
    # (British style writes it lower-case, the New York Times as two words: "pesh merga")
    "Peshmerga": [r"[Pp]esh(?:\s|-)?[Mm]erga(?!\s+[Mm]inistry)"],
    # The Kurdistan Region's government (not "KRG CTD", "KRG interior ministry": its bodies)
    "Kurdistan Regional Government": [r"Kurdistan\s+Regional\s+Government", r"KRG(?![\w-])(?!\s+"
                                      r"(?:[A-Z][a-z]?[A-Z]|[Cc]ounter|[Ii]nterior|[Mm]inist|[Dd]irect))"],
    # The Kurdistan Region's two ruling parties, each with its own Peshmerga units.
    "Patriotic Union of Kurdistan": [r"Patriotic\s+Union\s+of\s+Kurdistan", r"PUK"],
    "Kurdistan Democratic Party": [r"Kurdistan\s+Democratic\s+Party", r"KDP"],
    "Kurdistan Workers' Party": [r"Kurdistan\s+Workers['’]?\s+Party", r"PKK"],
    "Houthis": [r"Houthis?", r"Huthis?", r"Ansar\s+Allah"],  # (Crisis Group, Economist: "Huthis")
    "Hamas": [r"Hamas"],
    "Palestinian Islamic Jihad": [r"(?:Palestinian\s+)?Islamic\s+Jihad"],
    "Taliban": [r"Taliban"],
    # Security services reports name on their own ("the Shin Bet said").
    "Shin Bet": [r"Shin\s+Bet", r"Israel\s+Security\s+Agency"],
    # Armed groups of the wars in Sudan, the Sahel, Syria and eastern Congo.
    "Rapid Support Forces": [r"Rapid\s+Support\s+Forces", r"RSF"],
    "Hayat Tahrir al-Sham": [r"Hay'?at\s+Tahrir\s+al-Sham", r"HTS"],
    "Boko Haram": [r"Boko\s+Haram"],
    "Hurras al-Din": [r"Hurr?as\s+al-Din"],
    "JNIM": [r"JNIM", r"Jama['’]?at\s+Nus?rat\s+al-Islam\s+wal?[- ]Muslimin"],
    "Wagner Group": [r"Wagner\s+[Gg]roup",
                     r"Wagner(?=\s+(?:mercenar\w*|fighters|forces|paramilitar\w*)\b)"],
    "M23": [r"M23(?=\s+(?:rebels?|fighters|group|movement|said|has|have|took|seized))"],
    "al-Qaeda": [r"[Aa]l[- ]Qa(?:e|i|'i|’i)da"],  # al-Qaeda, al-Qaida, al-Qa'ida
    "al-Shabaab": [r"[Aa]l[- ]Shabaa?b"],  # AP and most US outlets write "al-Shabab"
    # Somalia's US-trained commando brigade, named before what it is
    "Danab": [r"Danab(?=\s+(?:[Ss]pecial\s+[Ff]orces|[Bb]rigade|commandos?|forces|troops|"
              r"units?)\b)", r"Danab\s+Brigade"],
    # Pakistan's militants: official releases call the Pakistani Taliban "Fitna al Khawarij"
    "Tehrik-i-Taliban Pakistan": [r"Tehr[ie]e?k[- ]e?i?[- ]?Taliban\s+Pakistan", r"TTP",
                                  r"Fitna\s+al[- ]Kha?wa?rij"],
    "Hafiz Gul Bahadur group": [r"Hafiz\s+Gul\s+Bahadur(?:\s+[Gg]roup)?"],
    # British house style (BBC, Guardian, Telegraph) writes the acronym "Nato".
    "NATO": [r"NATO", r"Nato\b", r"North\s+Atlantic\s+Treaty\s+Organi[sz]ation"],
    # Kurdish internal security (the KRG's and north-east Syria's), in both spellings.
    # (lower case in chat and field notes: "asayish contact told him")
    "Asayish": [r"[Aa]sayi?sh\b", r"[Aa]sayesh\b"],
    # ISIS's weekly newsletter and an eastern-Syria outlet that reports are sourced to.
    "al-Naba": [r"[Aa]l[- ]Naba['’]?(?![\w-])"],
    "Deir Ezzor 24": [r"Deir\s+(?:Ezzor|ez-Zor|Ez-Zor|al-Zour|Ezzour)\s+24\b"],
    # UN bodies before the United Nations itself, so "UN Interim Force" is the force.
    "UNIFIL": [r"UNIFIL", r"(?:United\s+Nations|UN|U\.N\.)\s+Interim\s+Force\s+in\s+Lebanon"],
    # Peace operations by their initials, the UN's and the regional bodies' (a mission is
    # named before the body that runs it: "SADC mission" is the mission, not SADC).
    "MONUSCO": [r"MONUSCO"],
    "MINUSMA": [r"MINUSMA"],
    "MINUSCA": [r"MINUSCA"],
    "UNMISS": [r"UNMISS", r"(?:United\s+Nations|UN|U\.N\.)\s+Mission\s+in\s+South\s+Sudan"],
    "UNSMIL": [r"UNSMIL", r"(?:United\s+Nations|UN|U\.N\.)\s+Support\s+Mission\s+in\s+Libya"],
    "UNAMI": [r"UNAMI", r"(?:United\s+Nations|UN|U\.N\.)\s+Assistance\s+Mission\s+for\s+Iraq"],
    "UNDOF": [r"UNDOF", r"(?:United\s+Nations|UN|U\.N\.)\s+Disengagement\s+Observer\s+Force"],
    "UNFICYP": [r"UNFICYP"],
    "UNISFA": [r"UNISFA"],
    "UNTSO": [r"UNTSO"],
    # The UN's own councils and field teams, before the United Nations itself. A bare
    # "Security Council" is the UN's unless a state or region owns it ("National Security
    # Council", "Kurdistan Region Security Council", "Russia's Security Council").
    "U.N. Security Council": [r"(?:(?:United\s+Nations|UN|U\.N\.)\s+)?(?<!National\s)"
                            r"(?<!Region\s)(?<!Regional\s)(?<!Russian\s)(?<!Russia's\s)"
                            r"(?<!Russia’s\s)(?<!Defense\s)(?<!Defence\s)Security\s+Council"],
    "U.N. Country Team": [r"(?:United\s+Nations|UN|U\.N\.)\s+Country\s+Team"],
    "KFOR": [r"KFOR"],
    "EUFOR": [r"EUFOR(?:\s+Althea)?"],
    "ATMIS": [r"ATMIS", r"African\s+Union\s+Transition\s+Mission\s+in\s+Somalia"],
    "AUSSOM": [r"AUSSOM", r"African\s+Union\s+Support\s+and\s+Stabili[sz]ation\s+Mission"
                         r"\s+in\s+Somalia"],
    "AMISOM": [r"AMISOM"],
    "SAMIDRC": [r"SAMIDRC", r"SADC\s+[Mm]ission\s+in\s+(?:the\s+)?(?:DRC|DR\s+Congo|"
                           r"Democratic\s+Republic\s+of\s+(?:the\s+)?Congo)",
                r"Southern\s+African\s+Development\s+Community\s+[Mm]ission"
                r"(?:\s+in\s+(?:the\s+)?(?:DRC|DR\s+Congo|Democratic\s+Republic\s+of\s+"
                r"(?:the\s+)?Congo))?"],
    "SADC": [r"SADC", r"Southern\s+African\s+Development\s+Community"],
    "ECOWAS": [r"ECOWAS", r"Economic\s+Community\s+of\s+West\s+African\s+States"],
    "African Union": [r"African\s+Union", r"AU(?=\s+(?:troops|forces|mission|peacekeepers|"
                                             r"Commission|summit)\b)"],
    "International Organization for Migration": [
        r"International\s+Organi[sz]ation\s+for\s+Migration", r"IOM",
        r"(?:UN|U\.N\.|United\s+Nations)\s+migration\s+agency"],
    "UNHCR": [r"UNHCR", r"(?:UN|U\.N\.|United\s+Nations)\s+refugee\s+agency",
              r"(?:UN|U\.N\.|United\s+Nations)\s+High\s+Commissioner\s+for\s+Refugees"],
    "UNICEF": [r"UNICEF", r"(?:UN|U\.N\.|United\s+Nations)\s+children['’]?s\s+(?:agency|fund)"],
    "OCHA": [r"OCHA", r"(?:UN|U\.N\.|United\s+Nations)\s+humanitarian\s+(?:office|agency)"],
    "World Food Programme": [r"World\s+Food\s+Program(?:me)?", r"WFP"],
    # IOM's displacement monitor, whose counts relief updates cite ("the DTM recorded").
    "Displacement Tracking Matrix": [r"Displacement\s+Tracking\s+Matrix", r"DTM"],
    # ("WHO" in capitals, not inside a line of capitals: "WHO IS BEHIND IT" is a headline)
    "World Health Organization": [r"World\s+Health\s+Organi[sz]ation",
                                  r"(?<![A-Z][A-Z] )WHO\b(?!\s+[A-Z]{2,}\b|:)"],
    # Relief bodies that reports from war zones cite.
    "Médecins Sans Frontières": [r"M[ée]decins\s+[Ss]ans\s+Fronti[èe]res", r"MSF",
                                 r"Doctors\s+Without\s+Borders"],
    "International Committee of the Red Cross": [
        r"International\s+Committee\s+of\s+the\s+Red\s+Cross", r"ICRC"],
    "Red Crescent": [r"Red\s+Crescent(?:\s+Society)?"],
    "International Atomic Energy Agency": [
        r"International\s+Atomic\s+Energy\s+Agency", r"IAEA",
        r"(?:UN|U\.N\.|United\s+Nations)\s+nuclear\s+watchdog"],
    "UNRWA": [r"UNRWA"],
    # The conflict monitor that wires cite for tolls across Africa and the Middle East.
    "ACLED": [r"ACLED", r"Armed\s+Conflict\s+Location\s+(?:&|and)\s+Event\s+Data"
                       r"(?:\s+[Pp]roject)?"],
    # (not as the prefix of one of its agencies' initials: "UN OCHA" is OCHA)
    "United Nations": [r"United\s+Nations", r"U\.N\.(?!" + _UN_AGENCY + ")",
                       r"UN(?!" + _UN_AGENCY + r")(?=\s+[A-Z]|\s+(?:mission|envoy))"],
    "European Union": [r"European\s+Union", r"EU"],
    # Yemen's war: the coalition Saudi Arabia leads against the Houthis (no anti-ISIS one)
    "Saudi-led coalition": [r"Saudi-led\s+(?:military\s+)?[Cc]oalition",
                            r"Arab\s+[Cc]oalition(?=\s+(?:in|said|says|spokes|forces|air))"],
    # The anti-ISIS coalition: by its leader or mission ("the U.S.-led coalition", "the
    # international coalition"), or as a force with troops, bases, convoys or a departure
    # ("the coalition's departure", "coalition supply convoy"). A bare "the coalition" may
    # be a government's parties, so it needs one of those.
    "Coalition": [r"(?<=the\s)Coalition", r"[Gg]lobal\s+Coalition(?:\s+to\s+Defeat\s+ISIS)?",
                  # by its full title ("International Coalition against Daesh")
                  r"International\s+Coalition(?=\s+(?:[Aa]gainst|to\s+(?:Defeat|Counter))\s)"
                  r"\s+(?:[Aa]gainst|to\s+(?:Defeat|Counter))\s+(?:the\s+)?"
                  r"(?:ISIS|ISIL|Daesh|Islamic\s+State)",
                  r"(?:U\.S\.|US)-led\s+coalition",
                  # one form for the lower-case word, looked for from "coalition" itself (the
                  # words before it, "international", "anti-ISIS", open too many others)
                  r"coalition(?:(?:(?<=[Ii]nternational\scoalition)|(?<=[Mm]ultinational\s"
                  r"coalition)|(?<=[Aa]nti-ISIS\scoalition)|(?<=[Aa]nti-IS\scoalition)|"
                  r"(?<=American-led\scoalition)|(?<=Western-led\scoalition))"
                  r"(?!\s+(?:government|talks|parties|partners\s+in))|"
                  r"(?=['’]s\s+(?:departure|withdrawal|mission|forces|troops|bases?|presence|"
                  r"drawdown|personnel|advisers|aircraft|convoys?|handover|military)\b)|"
                  r"(?=\s+(?:troops|forces|partners|members|bases?|supply|supplies|convoys?|"
                  r"personnel|advisers|aircraft|jets|warplanes|air\s?strikes?|strikes|mission|"
                  r"presence|withdrawal|drawdown|soldiers|service\s+members|side|casualties)"
                  r"\b))"],
    # Iraq's ruling alliance of Shiite parties.
    "Coordination Framework": [r"Coordination\s+Framework"],
    # the Army's air and missile defence command, one body (listed before the Army itself)
    "U.S. Army Space and Missile Defense Command": [
        r"(?:(?:U\.S\.|US)\s+)?Army\s+Space\s+and\s+Missile\s+Defen[cs]e\s+Command",
        r"USASMDC", r"SMDC"],
    "U.S. Army": [r"U\.S\.\s+Army", r"US\s+Army"],
    "U.S. Marine Corps": [r"(?:U\.S\.\s+)?Marine\s+Corps"],
    "U.S. Air Force": [r"U\.S\.\s+Air\s+Force", r"US\s+Air\s+Force"],
    "U.S. Navy": [r"U\.S\.\s+Navy", r"US\s+Navy"],
    "CIA": [r"CIA", r"Central\s+Intelligence\s+Agency"],
    "Islamic Resistance in Iraq": [r"Islamic\s+Resistance\s+in\s+Iraq",
                                   # its initials, not Iran's ("IRI Army", "the IRI government")
                                   r"(?<!the\s)IRI(?![\w-])(?!\s+(?:[A-Z]|government|army|navy))"],
    # Hezbollah's armed wing as its claims sign them.
    "Islamic Resistance in Lebanon": [r"Islamic\s+Resistance\s+in\s+Lebanon"],
    "Harakat al-Nujaba": [r"Harakat\s+al-Nujaba", r"al-Nujaba", r"Nujaba"],
    "Kremlin": [r"Kremlin"],
    # Congress's chambers and their defence panels, as letters, hearings and releases name
    # them ("United States Senate", "Senate Committee on Armed Services"). A bare "Senate"
    # may be another country's.
    "Senate Armed Services Committee": [
        r"(?:(?:United\s+States|U\.S\.|US)\s+)?Senate\s+(?:Committee\s+on\s+Armed\s+Services|"
        r"Armed\s+Services\s+Committee)", r"SASC"],
    "United States Senate": [
        r"(?:United\s+States|U\.S\.|US)\s+Senate(?!\s+(?:Committee|Armed|Foreign|"
        r"Intelligence|Appropriations|[a-z]))"],
    # The office of a Gulf emir (Kuwait, Qatar) that issues his statements.
    "Amiri Diwan": [r"(?:Amiri|Emiri)\s+Diwan"],
    "Joint Staff": [r"(?:U\.S\.\s+)?Joint\s+Staff", r"Joint\s+Chiefs(?:\s+of\s+Staff)?"],
    "SANA": [r"SANA", r"Syrian\s+Arab\s+News\s+Agency"],
    # The monitors and outlets that Syria reporting cites for tolls and sightings.
    "Syrian Observatory for Human Rights": [
        r"Syrian\s+Observatory\s+for\s+Human\s+Rights", r"SOHR"],
    "North Press Agency": [r"North\s+Press(?:\s+Agency)?"],
    # North-east Syria's Kurdish-run agency, cited for tolls ("ANHA reporting 2 killed").
    "ANHA": [r"ANHA", r"Hawar\s+News(?:\s+Agency)?"],
    # The NGO security platform whose flash alerts aid workers cite ("INSO flash just came in").
    "INSO": [r"INSO", r"International\s+NGO\s+Safety\s+Organi[sz]ation"],
    # Think tanks whose estimates and yearbooks reports cite.
    "IISS": [r"IISS", r"International\s+Institute\s+[Ff]or\s+Strategic\s+Studies"],
    "International Crisis Group": [r"International\s+Crisis\s+Group", r"Crisis\s+Group"],
    # Qatar's aid agency, through which its relief shipments go.
    "Qatar Fund for Development": [r"Qatar\s+Fund\s+for\s+Development", r"QFFD"],
    # Regional and state agencies cited for statements and tolls ("told Kurdistan24").
    "Kurdistan24": [r"Kurdistan\s?24"],
    "Rudaw": [r"Rudaw"],
    # Lebanon's main private broadcaster, cited for tolls and rescuers' accounts
    "LBCI": [r"LBCI"],
    # Iraqi outlets that Iraq reporting cites for tolls ("Shafaq News, citing a source").
    "Shafaq News": [r"Shafaq(?:\s+News)?(?:\s+[Aa]gency)?"],
    "Baghdad Today": [r"Baghdad\s+Today"],
    # A country's rescue service named bare ("Civil Defence teams put out the fire"); with its
    # country first ("Syria Civil Defence") it is the generic shapes' whole name.
    # ("Civil defence crews" opening a sentence is the same service in sentence case; "pulled
    # out by Civil Defence teams": after a preposition, its crews or authorities acting)
    "Civil Defence": [r"Civil(?:(?<=\bthe\sCivil)|(?<=\band\sCivil)|(?<=^Civil)|(?<=\bA\sCivil)|"
                      r"(?<=\.\sCivil)|(?<=\nCivil))\s+Defen[cs]e(?!\s+[A-Z])",
                      r"Civil(?:(?<=\bby\sCivil)|(?<=\bfrom\sCivil)|(?<=\bwith\sCivil))\s+"
                      r"Defen[cs]e(?=\s+(?:teams|crews|workers|personnel|rescuers|units)\b)",
                      r"Civil(?:(?<=^Civil)|(?<=\.\sCivil)|(?<=\nCivil))\s+defen[cs]e"
                      r"(?=\s+(?:teams|crews|workers|personnel|rescuers|authorities|officials|"
                      r"services|units|said|says|reported)\b)"],
    # The pan-Arab daily that Iraq and Gulf reporting quotes (The New Arab's Arabic edition).
    "Al-Araby Al-Jadeed": [r"Al[-\s][Aa]raby\s+Al[-\s][Jj]adeed"],
    "Alsumaria": [r"Al[-\s]?[Ss]umaria(?:\s+(?:News|TV))?"],
    "Xinhua": [r"Xinhua(?:\s+[Nn]ews\s+[Aa]gency)?"],
    "KUNA": [r"KUNA", r"Kuwait\s+News\s+Agency",  # (Gulf papers write it "Kuna")
             r"Kuna(?:(?<=told\sKuna)|(?<=\bto\sKuna)|(?<=\bby\sKuna)|(?<=from\sKuna)|"
             r"(?<=citing\sKuna)|(?=\s+(?:said|says|reported|quoted|cited)\b))(?![\w-])"],
    # Iran's and Turkey's state news agencies, cited for officials' words.
    "IRNA": [r"IRNA", r"Islamic\s+Republic\s+News\s+Agency"],
    "Anadolu Agency": [r"Anadolu\s+(?:News\s+)?Agency",
                       r"Anadolu(?=\s+(?:reported|said|quoted|cited|news\s+agency)\b)"],
    # The UAE's emergency authority, which announces interceptions and closures there.
    "National Emergency Crisis and Disaster Management Authority": [
        r"National\s+Emergency\s+Crisis\s+and\s+Disasters?\s+Management\s+Authority",
        r"NCEMA"],
    # The Kurdish-led administration of north-east Syria (its earlier and later titles).
    "Autonomous Administration of North and East Syria": [
        r"(?:Democratic\s+)?Autonomous\s+Administration\s+of\s+North(?:ern)?\s+and\s+"
        r"East(?:ern)?\s+Syria", r"D?AANES"],
    # Congress's auditor, whose reports on the services' readiness are news of their own
    # ("GAO-24-1234" is the number of one of its reports).
    "Government Accountability Office": [r"Government\s+Accountability\s+Office",
                                         r"GAO(?![-\w])"],
    # The wire agencies, cited for tallies and quotes ("according to an AFP tally", "told
    # Reuters"); a report that defines the initials otherwise ("Armed Forces of the
    # Philippines (AFP)") keeps its own meaning (see extract_organizations).
    "AFP": [r"AFP", r"Agence\s+France[- ]Presse"],
    "Reuters": [r"(?:Thomson\s+)?Reuters"],
    "The Washington Post": [r"(?:[Tt]he\s+)?Washington\s+Post"],
    "Associated Press": [r"Associated\s+Press",
                         r"AP(?=\s+(?:reported|tally|count|report|reporter|journalist)\b)",
                         r"(?<=\btold\s)AP\b", r"(?<=\btold\sthe\s)AP\b"],
    "Magen David Adom": [r"Magen\s+David\s+Adom", r"MDA(?=\s+(?:said|says|paramedics))"],
    "Royal Navy": [r"Royal\s+Navy"],
    "U.S. Fifth Fleet": [r"(?:U\.S\.\s+|Navy's\s+|Navy’s\s+)?Fifth\s+Fleet", r"5th\s+Fleet"],
    "Air Forces Central": [r"Air\s+Forces\s+Central", r"AFCENT"],
    # CENTCOM's Army component (Camp Arifjan, Kuwait): "an Army Central spokesperson".
    "U.S. Army Central": [r"(?:U\.S\.\s+|US\s+)?Army\s+Central(?!\s+Command)", r"ARCENT"],
    # The head of government's office as the body that issues statements: "a statement from
    # the prime minister's office".
    "prime minister's office": [r"(?<=the\s)[Pp]rime\s+[Mm]inister['’]s\s+[Oo]ffice",
                                r"(?<=[Tt]he\s)Prime\s+Minister['’]s\s+Office"],
    "Iraqi Army": [r"Iraqi\s+[Aa]rmy"],
    "Government of Iraq": [r"[Gg]overnment\s+of\s+Iraq", r"Iraqi\s+government"],
    # Britain's lower house, where ministers make statements ("told the House of Commons")
    "House of Commons": [r"House\s+of\s+Commons"],
    "House of Lords": [r"House\s+of\s+Lords"],
    # Pakistan's military media wing, which issues the armed forces' statements
    "Inter-Services Public Relations": [r"Inter[\s-]+Services\s+Public\s+Relations",
                                        r"ISPR(?![\w-])"],
    # Civil aviation authorities whose notices and rules close or restrict airspace.
    "Federal Aviation Administration": [r"(?:U\.S\.\s+|US\s+)?Federal\s+Aviation\s+"
                                        r"Administration", r"FAA(?![\w-])"],
    "DGAC": [r"DGAC(?![\w-])",
             r"Direction\s+[Gg][ée]n[ée]rale\s+de\s+l['’]\s?[Aa]viation\s+[Cc]ivile"],
    # a lower house (the US Congress's, the Dutch Tweede Kamer in English, Australia's)
    "House of Representatives": [r"House\s+of\s+Representatives"],
    # Iraq's joint security spokesman's office, cited for most attacks in Iraq (also in lower
    # case: "the Iraqi security media cell")
    "Security Media Cell": [r"(?:Iraqi\s+)?Security\s+Media\s+Cell",
                            r"Iraqi\s+security\s+media\s+cell", r"SMC(?![\w-])"],
    # Iraq's joint command of the army, police and PMF, which speaks for the armed forces
    # (not another country's: "Bundeswehr Joint Operations Command" is one name of its own)
    "Joint Operations Command": [
        "".join(rf"(?<![A-Z][a-z]{{{n}}}\s)" for n in range(4, 13))
        + r"(?:Iraqi\s+)?Joint\s+Operations\s+Command",
        # (not a U.S. command's operations centre in its logs: "ARCENT JOC", "CENTCOM JOC")
        r"(?<!Iraqi\s)(?<!CENT\s)(?<!COM\s)JOC(?![\w-])"],
    # the maritime risk firm whose advisories Red Sea and Gulf shipping reports cite
    "Ambrey": [r"Ambrey(?:\s+(?:Risk|Intelligence|Analytics))?"],
    "United Kingdom Maritime Trade Operations": [
        r"(?:United\s+Kingdom|U\.?K\.?)\s+Maritime\s+Trade\s+Operations", r"UKMTO"],
    # the coalition's (CMF) maritime information centre, whose notes shipping reports cite
    "Joint Maritime Information Center": [r"Joint\s+Maritime\s+Information\s+Cent(?:er|re)",
                                          r"JMIC"],
    # The UN's shipping agency, cited for seafarers' tolls ("IMO" alone is also chat's "in my
    # opinion": only as "the IMO").
    "International Maritime Organization": [
        r"International\s+Maritime\s+Organi[sz]ation",
        r"(?:UN|U\.N\.|United\s+Nations)\s+shipping\s+agency", r"IMO(?<=the\sIMO)(?![\w-])"],
    # The EU's naval operation escorting Red Sea shipping; no other body bears the name.
    "Operation Aspides": [r"(?:(?:EUNAVFOR|Operation|EU)\s+)?Aspides"],
    # Yemen's Houthi-run state news agency; "Saba" is also a first name and a ship's, so only
    # where it is cited as an agency: "Saba news agency", "(Saba)", "Source: Saba", "told Saba".
    "Saba": [r"Saba(?:\s+[Nn]ews\s+[Aa]gency|\s+Net\b)",
             r"Saba(?:(?<=\(Saba)(?=\))|(?<=Source:\sSaba)|(?<=Sources:\sSaba)|"
             r"(?<=-run\sSaba)|(?<=told\sSaba)|(?<=citing\sSaba)|(?<=statement\sto\sSaba)|"
             r"(?=\s+(?:reported|said|says|quoted|cited)\b))(?![\w-])"],
    # The Iraqi prime minister's military office, which speaks for him on attacks (in lower
    # case, "the office of the commander-in-chief", it is org_missions.py's: a pattern opening
    # with a lower-case "o" would be tried at every "of", "on" and "or").
    "Office of the Commander-in-Chief": [
        r"Office\s+of\s+the\s+[Cc]ommander[\s-]+in[\s-]+[Cc]hief(?:\s+of\s+the\s+"
        r"(?:Iraqi\s+)?Armed\s+Forces)?"],
    # The Kurdistan Region's security council, which reports the attacks on Erbil ("the
    # Kurdistan Region's security council", a cable's capitals, "KRSC").
    "Kurdistan Region Security Council": [
        r"Kurdistan\s+Region(?:['’]s)?\s+[Ss]ecurity\s+[Cc]ouncil",
        r"KURDISTAN\s+REGION\s+SECURITY\s+COUNCIL",
        r"Security\s+Council\s+of\s+(?:the\s+)?Kurdistan\s+Region", r"KRSC(?![\w-])"],
    "Army Reserve": [r"(?:U\.S\.\s+)?Army\s+Reserve"],
    "British Army": [r"British\s+Army"],
    "Royal Air Force": [r"Royal\s+Air\s+Force", r"RAF"],
    "Royal Marines": [r"Royal\s+Marines"],
    "Royal Australian Air Force": [r"Royal\s+Australian\s+Air\s+Force", r"RAAF"],
    "Luftwaffe": [r"Luftwaffe"],  # Germany's air force, named so in English reporting too
    "Department of National Defence": [r"Department\s+of\s+National\s+Defence", r"DND"],
    # Turkey's military written descriptively, as the Israeli army is folded into the IDF.
    # ("the Turkish occupation army": Kurdish and Syrian outlets' name for it, as "the Israeli
    # occupation army" is the IDF's)
    "Turkish Armed Forces": [r"Turkish\s+Armed\s+Forces", r"Turkish\s+(?:occupation\s+)?[Aa]rmy"],
    # Jordan's military by its initials, as its statements and trackers' source columns write
    # it (spelled out, it is found as written: "the Jordanian Armed Forces").
    "Jordan Armed Forces": [r"JAF(?![\w-])"],
    # Syria's Kurdish militia; "PKK/YPG" is Ankara's one-name label, left to the name finder.
    "YPG": [r"(?<![/-])YPG(?![/-])", r"People['’]s\s+Protection\s+Units"],
    # Airlines: the actors in reporting on airspace closures and suspended flights.
    "Qatar Airways": [r"Qatar\s+Airways"],
    "Turkish Airlines": [r"Turkish\s+Airlines"],
    "Austrian Airlines": [r"Austrian\s+Airlines"],
    "Royal Jordanian": [r"Royal\s+Jordanian(?!\s+(?:Air\s+Force|Armed|Army|Navy|Special))"],
    "flydubai": [r"[Ff]lydubai", r"flyDubai"],
    "Wizz Air": [r"Wizz\s+Air"],
    "Emirates airline": [r"Emirates\s+[Aa]irline"],
    "Etihad Airways": [r"Etihad\s+Airways"],
    "Iraqi Airways": [r"Iraqi\s+Airways"],
    # The state's army named descriptively ("the Israeli army said", "the Israeli occupation
    # army claimed") is the one military, not a body of its own.
    "Israel Defense Forces": [r"Israel(?:i)?\s+Defen[cs]e\s+Forces", r"IDF",
                              r"Israeli\s+(?:occupation\s+)?[Aa]rmy"],
    # "IAF" is also the Indian Air Force: organizations.py picks by the country reported on.
    "Israeli Air Force": [r"Israeli\s+Air\s+Force", r"Israel\s+Air\s+Force", r"IAF"],
    "Indian Air Force": [r"Indian\s+Air\s+Force"],
    # Israel's main television news channels, cited for tallies and leaks.
    "Channel 12": [r"(?:Israel(?:i|['’]s)\s+)?Channel\s+12(?=\s+(?:News|reported|said|TV|"
                   r"television|quoted|aired)\b)(?:\s+News)?", r"Israel(?:i|['’]s)\s+Channel\s+12"],
    "Channel 13": [r"(?:Israel(?:i|['’]s)\s+)?Channel\s+13(?=\s+(?:News|reported|said|TV|"
                   r"television|quoted|aired)\b)(?:\s+News)?", r"Israel(?:i|['’]s)\s+Channel\s+13"],
    # Defence firms that reports name without a company suffix.
    "BAE Systems": [r"BAE(?:\s+Systems)?"],
    "Lockheed Martin": [r"Lockheed(?:\s+Martin)?"],
    "Raytheon": [r"Raytheon(?:\s+Technologies)?", r"RTX"],
    "Northrop Grumman": [r"Northrop(?:\s+Grumman)?"],
    "General Dynamics": [r"General\s+Dynamics"],
    # "Boeing 737-800", "Boeing E-7": a model number after the maker names the aircraft
    "Boeing": [r"Boeing(?![\s-]+[A-Z]{0,2}-?\d)"],
    "MBDA": [r"MBDA"],
    "Rafael Advanced Defense Systems": [r"Rafael(?=\s+(?:Advanced|said|says|has|which))"
                                        r"(?:\s+Advanced\s+Defen[cs]e\s+Systems)?"],
    "Elbit Systems": [r"Elbit(?:\s+Systems)?"],
    "Thales": [r"Thales"],
    "Saab": [r"Saab"],
    "Rheinmetall": [r"Rheinmetall"],
    "Diehl Defence": [r"Diehl(?:\s+Defen[cs]e)?"],
    "Kongsberg": [r"Kongsberg"],
    "L3Harris": [r"L3Harris"],
    "Anduril": [r"Anduril(?:\s+Industries)?"],
    # base-support contractors whose staff live and are hurt on the bases attacked
    "KBR": [r"KBR(?![\w-])"],
    "Amentum": [r"Amentum"],
    # Energy majors whose fields, terminals and pipelines are struck or shut in conflicts.
    "TotalEnergies": [r"TotalEnergies"],
    "ExxonMobil": [r"ExxonMobil", r"Exxon(?:\s+Mobil)?"],
    "Saudi Aramco": [r"(?:Saudi\s+)?Aramco"],
    # U.S. federal bodies of the cases against militias' suppliers: the investigators, the
    # bomb laboratory that examines the debris, the border agency that seizes the parts, and
    # the State Department's reward programme that offers money for the accused.
    "Federal Bureau of Investigation": [r"Federal\s+Bureau\s+of\s+Investigation", r"FBI"],
    "TEDAC": [r"TEDAC", r"Terrorist\s+Explosive\s+Device\s+Analytical\s+Center"],
    # (not its initials alone: "CBP" also numbers the Commons Library's briefing papers)
    "Customs and Border Protection": [r"(?:U\.S\.\s+)?Customs\s+and\s+Border\s+Protection"],
    "Rewards for Justice": [r"Rewards\s+for\s+Justice"],
}
KNOWN.update(MORE_KNOWN)  # (kept in a module of its own: this one is full)

# Only tried where a word starts, and there only the names that can begin with its letter.
KNOWN_ALTERNATIVES = Alternatives([rf"(?:{'|'.join(forms)})\b" for forms in KNOWN.values()],
                                  prefix=r"(?:\b|(?<=\s))")
KNOWN_RE = KNOWN_ALTERNATIVES.regex
KNOWN_NAMES = list(KNOWN)


# Non-state armed groups among the known names: what "the group" or "the militia" refers to.
ARMED_GROUPS = frozenset({
    "Islamic State", "Kataib Hezbollah", "Asaib Ahl al-Haq", "Hezbollah", "Houthis", "Hamas",
    "Taliban", "al-Qaeda", "Palestinian Islamic Jihad", "al-Shabaab", "Hurras al-Din",
    "Islamic Resistance in Iraq", "Islamic Resistance in Lebanon", "Harakat al-Nujaba",
    "Kataib Sayyid al-Shuhada", "Kataib al-Imam Ali", "Saraya Awliya al-Dam",
    "Popular Mobilization Forces", "Syrian Democratic Forces", "Radwan Force",
    "Syrian National Army", "JNIM", "Boko Haram", "Hayat Tahrir al-Sham", "Rapid Support Forces",
    "M23", "Kurdistan Workers' Party",
})


def armed_group(written: str) -> str | None:
    """The canonical name when the words are one of the known armed groups, else None."""
    name = known_organization(written)
    return name if name in ARMED_GROUPS else None


@lru_cache(maxsize=4096)  # (a report names the same few bodies over and over)
def known_organization(name: str) -> str | None:
    """The canonical name when name is one of the known ways of writing an organization."""
    m = KNOWN_ALTERNATIVES.fullmatch(name.strip())  # (KNOWN_RE's, faster)
    return KNOWN_NAMES[KNOWN_ALTERNATIVES.which(m)] if m else None
