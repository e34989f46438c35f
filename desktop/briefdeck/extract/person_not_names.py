"""Words that look like a person's name yet are not one: a sentence's opener or a
nationality before a capitalised run ("Iraqi Defense ..."), an institution's or a company's
last word ("Northfleet Shipping"), a body opened by a rank-like word ("General Security
Service"), a news outlet ("Sky News"), a place named after someone ("the General X Training
Area"). The people finders test a candidate name against these before keeping it.
"""

from __future__ import annotations

import re

# (the verbs at the end: a title-case headline's verb after a title, "Commander Visits Kuwait";
# a record's field after its post, "Nominee for Secretary of the Navy Submitted to ...";
# a form's field or an office's last word after a title, "Director<TAB>Signature:", "General
# Counsel")
NOT_FIRST = frozenset(
    """The A An This That These Those But And As After Once When While Some Many Other
    Another Iraqi Syrian Iranian American Kurdish British U.S. Pentagon Department Operation
    Air Camp Defense Defence State White Central Marine Army Navy President Secretary General
    Coalition In On At For From With By Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Feb Apr Aug Sep Sept Oct Nov Dec
    Islamic United Joint Combined Counter Iran Iraq Syria Israel Russia NBC CNN
    Rear Vice Brig Maj Lt Gen Col Capt Sgt Adm Rep Sen Gov Mr Ms Mrs Dr Staff Master Chief
    Chairman Chairwoman Congressman Congresswoman Under Deputy Assistant Acting
    Colonel Major Captain Lieutenant Admiral Sergeant Brigadier Commander Cdr Cmdr Pte Commodore
    Marshal Squadron Flight Wing Defence Foreign Prime Minister Ministry Class Officer
    Warrant Petty Airman Seaman Senior Spc Pfc Cpl Pvt Sergeant Commanding Regiment Battery
    Visits Meets Tours Arrives Hosts Holds Calls Says Warns Urges Welcomes Receives Discusses
    Addresses Attends Travels Signs Announces Thanks Praises Honors Honours Speaks Briefs
    Leads Joins Returns Departs Reviews Inspects Congratulates Condemns
    Submitted Prepared Dated Received Approved Released Signed
    Signature Signatures Counsel Manager""".split()
)


# A person's name never ends like an institution or a company ("Northfleet Shipping said").
ORG_TAIL = re.compile(r"\b(?:Fleet|Command|Force|Forces|Army|Navy|Corps|Service|Ministry|"
                      r"Agency|Department|Council|Brigades?|Party|Group|Office|Committee|News|"
                      r"Times|Post|Journal|Press|Inc|Ltd|Limited|LLC|PLC|plc|Corp|Corporation|"
                      r"Company|Co|FZE|FZCO|FZ-LLC|GmbH|JSC|Holdings|Shipping|Maritime|Lines|Logistics|Systems|Risk|"
                      r"Carriers|Freight|Navigation|Ferries|Cargo|Management|Shipmanagement|Services|Solutions|"
                      r"Enterprises|Ventures|Trading|Contracting|Engineering|Offshore|"
                      r"Security|Securities|Partners|Associates|Analytics|Intelligence|Consulting|"
                      r"Industries|Technologies|Aerospace|Defence|Defense|Dynamics|Tankers|Energy|"
                      r"Energies|Resources|Oil|Petroleum|Bank|Airlines|Airways|International|"
                      r"Global|Research|"
                      r"Institute|Observatory|Monitor|Foundation|Centre|Center|Network|Media|"
                      r"Agency|Authority|Government|Operations|Guard|Guards|"
                      r"Brigade|Regiment|Division|"
                      r"Battalion|Squadron|Wing|University|Hospital|Council|Affairs|Rights|"
                      r"Relief|Aid|Development|Studies|Ltd|Programme|Commission|Mission|Watch|"
                      r"Policy|Project|Tracker|Initiative|Fund|Trust|Society|Union|League|Front|"
                      r"Movement|Alliance|Coalition|Assembly|Parliament|Embassy|Consulate|"
                      r"Directorate|Staff|Headquarters|Secretariat|Administration|Clinic|Cell|Unit|Bureau|"
                      # "Director of ... Public Relations", "... of the Capital Police"
                      r"Relations|Communications?|Guidance|Police|Gendarmerie|"
                      # an alert service's label, "ACME ALERT: ...", "ACME UPDATE: ...": the
                      # kind of message it sends, no one's surname
                      r"Alert|Alerts|Update|Updates|Advisory|Bulletin|Notification|Reminder)$")


# "General Security Service", "Major Crimes Directorate": a rank-like word opening a body's
# name; no surname is a word like these.
BODY_TAIL = re.compile(r"\s(?:Service|Command|Agency|Ministry|Directorate|Forces|Police|"
                        r"Authority|Department)$")


OUTLET = re.compile(
    r"(?:The\s+)?(?:Associated\s+Press|Al\s+Jazeera|Al\s+Arabiya|Sky\s+News|Fox\s+News|"
    r"[A-Z][a-z]+\s+(?:News|Times|Post|Journal|Press|Radio|Television|TV|Agency|Herald|Gazette|"
    r"Telegraph|Tribune|Monitor|Review|Daily|Weekly|Magazine))"
)

# A place named after someone: "the General Jane Roe Training Area", "Marshal X Barracks".
NAMED_FACILITY_AFTER = re.compile(r"\s+(?:Training\s+)?(?:Area|Base|Air\s+Base|Camp|Range|"
                                  r"Barracks|Airfield|Airport|Garrison|Academy|Bridge|Street|"
                                  r"Square|Avenue|Road|Stadium)\b")


# A title-case headline's verb after the name: "Governor Jane Roe Orders Flags Lowered" ends
# the name at "Roe"; no surname after the first word is one of these verbs.
HEADLINE_VERBS = frozenset(
    """Orders Directs Declares Proclaims Lowers Mourns Vows Pledges Demands Rejects Denies
    Confirms Launches Appoints Approves Visits Meets Tours Arrives Hosts Holds Calls Says Warns
    Urges Welcomes Receives Discusses Addresses Attends Travels Signs Announces Thanks Praises
    Honors Honours Speaks Briefs Leads Joins Returns Departs Inspects Congratulates
    Condemns""".split()
)


def headline_verb_inside(name: str) -> bool:
    """Whether a word after the first of a capitalised run is a headline's verb."""
    return any(w in HEADLINE_VERBS for w in name.split()[1:])
