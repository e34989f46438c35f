"""Boilerplate rules for small pieces of furniture many outlets share: a mailer's "View in
browser" link and a newsletter platform's footer, a writer's link to their own earlier piece,
a wire's update note, the desk's initials in lower case, a letterhead's paper note and a
caption credited in brackets ("(AFP file photo)"), a business letter's greeting and
closing courtesy, a status page's name for its incident.
"""

from __future__ import annotations

from briefdeck.ingest.rules import _AGENCY, Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "View in browser", "View this email in your browser", "Read online": the mailer's link.
    _rule("newsletter", r"^(?:view|read|open|see)(?: (?:this|the) (?:e-?mail|newsletter|issue|"
          r"post|message|edition))? (?:(?:in|on) (?:your |a |the )?(?:web )?browser|online|"
          r"on (?:the|our) (?:web|website|site))$", 8, hints=("browser", "online", "web")),
    # "This article is available in full to Acme subscribers.": the paywall under a teaser.
    _rule("subscribe", r"^this (?:article|story|report|content|piece|analysis|post) is (?:only )?"
          r"available (?:in full )?(?:only )?(?:to|for) (?:[\w&'’.-]+ ){0,5}(?:subscribers|"
          r"members|clients|customers)\b.{0,60}$", 20, hints=("available",)),
    # "Loading...": a page's placeholder for a box that had not loaded when it was saved.
    _rule("navigation", r"^(?:loading|please wait)\s*(?:\.{2,3}|…)$", 2, hints=("loading", "wait")),
    # "Summary", "Key points": the label of a summary box over the story's bullets.
    _rule("section label", r"^(?:summary|key points|key takeaways|at a glance|in brief|"
          r"in short|tl;?dr|highlights|quick read)\s*:?$", 3, hints=("summary", "key", "glance",
          "brief", "short", "tl", "highlights", "quick")),
    # "Follow the Ministry of Defence on X: @handle": an issuer's social account under a release.
    _rule("social links", r"^(?i:follow) (?:us|the [A-Z][\w&'’ -]{2,60}|[A-Z][\w&'’ -]{2,60}) on "
          r"(?:X|Twitter|Facebook|Instagram|Telegram|LinkedIn|YouTube|Bluesky|Threads)\b.{0,80}$",
          16, flags=0, in_prose=False, hints=("follow",)),
    # "Text: Press and Information Centre": who wrote an official item, as "Photo:" names who
    # took its picture.
    _rule("story credits", r"^Text\s*:\s*[A-Z][^.!?]{2,80}$", 10, flags=0, in_prose=False,
          hints=("text",)),
    # "Start writing", "Start your own newsletter": a newsletter platform's footer call.
    _rule("newsletter", r"^(?:start|create|launch) (?:writing|your (?:own )?(?:newsletter|"
          r"publication|substack|blog))$", 5, hints=("start", "create", "launch")),
    # "My piece from June on the port strike: https://...": the writer's own earlier work,
    # linked (not a source: "CENTCOM's statement: https://...").
    _rule("other stories", r"^(?:[-*•·–]\s*)?(?:my|our) (?:(?:earlier|previous|last|latest|"
          r"recent|new|own) )?(?:piece|story|column|post|article|essay|newsletter|issue|report|"
          r"explainer|analysis|deep dive|podcast|interview|thread|write-?up)s?\b[^\"“”]{0,160}"
          r"(?:https?://|www\.)\S+$", 40, hints=("my ", "our ")),
    # "(Adds Pentagon comment, paragraphs 6-8)", "(Updates with toll)": a wire story's note on
    # what this version changed; a bracketed sentence ends in a full stop, the note does not,
    # unless (on a financial wire) it names the paragraphs it changed.
    _rule("editors' note", r"^\((?:adds|updates|recasts|corrects|changes|repeats|refiles|"
          r"rewrites|writes through|fixes|clarifies|removes|inserts|tops|edits|new throughout)"
          r"\b(?:[^().]{0,160}|[^().]{0,160}\b(?:paragraphs?|grafs?|throughout)\b[^().]{0,60}\.)"
          r"\)$", 30, hints=("(",)),
    # "--With assistance from Jo Ames and Li Wei.": who else worked on a wire story.
    _rule("story credits", r"^(?:[-–—]{1,2} ?)?(?i:with (?:additional )?assistance (?:from|by)) "
          r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and|, and) [A-Z][\w.'’-]+"
          r"(?: [A-Z][\w.'’-]+){0,3})*\.?$", 24, flags=0, hints=("assistance",)),
    # "To contact the reporters on this story:": the heading over the writers' addresses.
    _rule("contact", r"^to contact the (?:reporters?|authors?|writers?|editors?|correspondents?)\b"
          r"[^.]{0,60}:$", 12, hints=("to contact",)),
    # "-- BNA 1126 GMT 2027-01-08", "KUNA 0915 GMT": a news agency's filing time under a story.
    _rule("agency credit", r"^(?:[-–—]{1,2}\s*)?[A-Z]{2,8}\s+\d{3,4}\s+(?:GMT|UTC)"
          r"(?:\s+\d{4}-\d{2}-\d{2}|\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?$", 6, flags=0,
          hints=("gmt", "utc")),
    # "Friday, 08 January 2027 | 29 Rajab 1448": a date stamp in two calendars.
    _rule("time stamp", r"^(?=.*\b(?:19|20)\d{2}\b)(?=.*\b\d{1,2} (?:Muharram|Safar|Rabi|Jumad[ai]|"
          r"Rajab|Sha['’]?a?ban|Ramadh?an|Shawwal|Dhu|Dhul)\b[^|/]{0,20}\b1[34]\d{2}\b)"
          r"[^.!?]{0,100}$", 14, flags=0,
          hints=("muharram", "safar", "rabi", "jumad", "rajab", "shaban", "sha'ban", "sha’ban",
                 "shaaban", "sha'aban", "sha’aban", "ramad", "shawwal", "dhu")),
    # "Crisis Group Middle East Briefing N°97, 9 February 2027 Iraq: The Next Steps": a
    # report's running head, its series, number and date (and its short title after them).
    _rule("running header or footer", r"^(?:[A-Z][\w&'’.-]*\s+){1,6}(?:Report|Briefing|Brief|"
          r"Paper|Bulletin|Commentary|Note)\s+(?:N°|Nº|No\.|Number|#)\s?\d{1,4},\s+"
          r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}(?:\s+\S.{0,120})?$", 26,
          flags=0, in_prose=False, hints=("n°", "nº", "no.", "number", "#")),
    # "APO AE 09316": an American military post address under a letterhead.
    _rule("letterhead", r"^(?:APO|FPO|DPO) (?:AE|AP|AA) \d{5}(?:-\d{4})?$", 4, flags=0,
          hints=("po ",)),
    # "RECEIVED 15 SEP 2026 FRONT OFFICE": an office's received stamp on a scanned paper (OCR
    # often reads its I as l or 1).
    _rule("received stamp", r"^RECE[Il1|]VED\b(?=.*\d)[^a-z]{0,60}$", 10, flags=0,
          hints=("rece",)),
    # "sfh.mk", "ab.cd": a wire desk's initials in lower case, joined by a point (a site's
    # address ends in a known domain).
    _rule("agency credit", r"^[a-z]{2,4}\.(?!(?:com|org|net|gov|edu|mil|int|info|io|co|uk|us|"
          r"news)$)[a-z]{2,4}$", 1, 0, hints=(".",)),
    # "PRINTED ON RECYCLED PAPER": a letterhead's or a printed form's note.
    _rule("letterhead", r"^(?:printed|produced) on (?:100% )?recycled (?:paper|stock)\.?$", 7,
          hints=("recycled",)),
    # "Dear Customer,", "Dear Valued Clients,": a business letter's greeting of its readers by
    # their role (a greeting that names a person gives the addressee: letter.py reads it)
    _rule("greeting", r"^Dear (?:valued |esteemed )?(?:customers?|clients?|shippers?|"
          r"consignees?|passengers?|users?|subscribers?|partners?|patients?|residents?|guests?|"
          r"suppliers?|account ?holders?|policy ?holders?|sirs?(?: or madam| ?/ ?madam)?|madam)"
          r"\s*[,:]$", 5, hints=("dear ",)),
    # "We thank you for your patience and will continue to keep you informed.", "We apologise
    # for any inconvenience caused.": a business letter's closing courtesy, no news in it
    _rule("letter furniture", r"^(?:we|i) (?:would like to )?(?:thank you|appreciate your)\b"
          r"[^.!?\"“”]{0,40}\b(?:patience|understanding|co-?operation|continued support|"
          r"business|trust|loyalty)\b[^\"“”]{0,100}$|^(?:thank you|many thanks) for your "
          r"(?:patience|understanding|co-?operation|continued support|business|trust)\b"
          r"[^\"“”]{0,100}$|^we (?:will|shall) (?:continue to )?keep you (?:informed|updated|"
          r"posted|advised)\b[^\"“”]{0,60}$|^we (?:sincerely )?apologi[sz]e for (?:any|the) "
          r"inconvenience\b[^\"“”]{0,80}$", 30,
          hints=("thank", "appreciate", "keep you", "inconvenience")),
    # "Incident Report for Acme Fiber", "This incident affected: Erbil - Fiber, ...": a
    # service's status page names itself and the services an incident touched, over and
    # under the incident's updates (status_pages.py flags its lists)
    _rule("status page furniture", r"^Incident Report for [A-Z][^.!?]{1,60}$|^This incident "
          r"affected\s*:\s*\S.{0,300}$", 50, flags=0,
          hints=("incident report for", "incident affected")),
    # "A convoy on the road to Erbil. (AFP file photo)", "(Photo: Reuters)": a caption with
    # its credit in brackets at the end.
    _rule("photo caption or credit", rf"\((?:(?:{_AGENCY}|[A-Z][\w.&'’-]*)(?: file)? (?:photo|"
          r"picture|image)|(?:file )?(?:photo|picture|image)(?: by)?\s*:?\s*[A-Z][^()]{1,40})\)$",
          60, hints=("photo", "picture", "image")),
    # A print item's place-holders and numbers: "[QR CODE]", "[LOGO]" where a picture goes;
    # "... COMMUNITY CALENDAR · FLYER 2026-114", the item's number in its series; "Online:
    # example.org/run · or scan the QR code below": the way to a form, never the news.
    _rule("print furniture", r"^\[(?:qr(?: code)?|bar ?code|logo|image|photo|map|graphic|"
          r"illustration)s?\]$", 2, hints=("[",)),
    _rule("print furniture", r"(?:^|[·•|]\s*)(?:flyer|poster|leaflet|handout|insert)\s*(?:no\.?"
          r"\s*|#\s*)?\d{2,4}(?:[-/]\d{1,4})?$", 10, in_prose=False,
          hints=("flyer", "poster", "leaflet", "handout", "insert")),
    _rule("print furniture", r"\bscan (?:the|this|our) QR code\b", 25, hints=("qr",)),
    # "THANK YOU TO OUR SPONSORS", "Our partners": the heading over a row of sponsors' names.
    _rule("sponsor list", r"^(?:(?:a )?(?:big |special |huge )?(?:thank you|thanks) to )?our "
          r"(?:sponsors|partners|supporters)(?: and (?:partners|supporters|donors|sponsors))?"
          r"\s*[:!.]?$", 8, hints=("sponsors", "partners", "supporters")),
)
# fmt: on
