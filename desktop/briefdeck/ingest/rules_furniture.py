"""Boilerplate rules for small pieces of furniture many outlets share: a mailer's "View in
browser" link and a newsletter platform's footer, a writer's link to their own earlier piece,
a wire's update note, the desk's initials in lower case, a letterhead's paper note and a
caption credited in brackets ("(AFP file photo)").
"""

from __future__ import annotations

from briefdeck.ingest.rules import _AGENCY, Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "View in browser", "View this email in your browser", "Read online": the mailer's link.
    _rule("newsletter", r"^(?:view|read|open|see)(?: (?:this|the) (?:e-?mail|newsletter|issue|"
          r"post|message|edition))? (?:(?:in|on) (?:your |a |the )?(?:web )?browser|online|"
          r"on (?:the|our) (?:web|website|site))$", 8, hints=("browser", "online", "web")),
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
    # what this version changed; a bracketed sentence ends in a full stop, the note does not.
    _rule("editors' note", r"^\((?:adds|updates|recasts|corrects|changes|repeats|refiles|"
          r"rewrites|writes through|fixes|clarifies|removes|inserts|tops|edits|new throughout)"
          r"\b[^().]{0,160}\)$", 30, hints=("(",)),
    # "sfh.mk", "ab.cd": a wire desk's initials in lower case, joined by a point (a site's
    # address ends in a known domain).
    _rule("agency credit", r"^[a-z]{2,4}\.(?!(?:com|org|net|gov|edu|mil|int|info|io|co|uk|us|"
          r"news)$)[a-z]{2,4}$", 1, 0, hints=(".",)),
    # "PRINTED ON RECYCLED PAPER": a letterhead's or a printed form's note.
    _rule("letterhead", r"^(?:printed|produced) on (?:100% )?recycled (?:paper|stock)\.?$", 7,
          hints=("recycled",)),
    # "A convoy on the road to Erbil. (AFP file photo)", "(Photo: Reuters)": a caption with
    # its credit in brackets at the end.
    _rule("photo caption or credit", rf"\((?:(?:{_AGENCY}|[A-Z][\w.&'’-]*)(?: file)? (?:photo|"
          r"picture|image)|(?:file )?(?:photo|picture|image)(?: by)?\s*:?\s*[A-Z][^()]{1,40})\)$",
          60, hints=("photo", "picture", "image")),
)
# fmt: on
