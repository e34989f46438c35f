"""Boilerplate rules for the furniture of the channel a text came through, short lines only.

A chat export prints its own notes where a message was a picture, was deleted or forwarded;
an e-mail client adds its legal notice and the "do not reply" line of a system mailbox; a
printed page sends the reader to another page and carries adverts; a broadcaster's page
links its transcript and audio; a site asks its readers for money; an agency signs off its
copy with its initials. None of it is reporting.
"""

from __future__ import annotations

import re

from briefdeck.ingest.rules import Rule, _rule
from briefdeck.ingest.rules_voicemail import RULES as _VOICEMAIL

# "[12/11/26, 06:14] Dana Ames: ", "12/11/2026, 6:14 pm - Dana Ames: ": a chat export's
# stamp and sender before each message (iOS in brackets, Android with a dash).
_CHAT_PREFIX = (
    r"\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"\]?\s*(?:[-–]\s*)?[^:\[\]]{1,40}:\s*"
)
# What the chat app writes in place of a message: not what anyone said. (Signal Desktop's
# export: "[Voice message, 0:38]", "Attachment: IMG_4471.jpg (image/jpeg, 1.8 MB)", "This
# message was deleted.", "Safety number with Jo Ames has changed. Tap to verify.")
_CHAT_NOTE = (
    r"(?:<media omitted>|<attached:[^<>]{1,80}>|(?:image|video|audio|sticker|gif|document|"
    r"contact card|voice message) omitted|this message was deleted\.?|you deleted this message"
    r"\.?|forwarded(?: many times)?|missed (?:voice|video) call|\[(?:voice (?:message|note)|"
    r"audio|video|image|photo|sticker|gif)(?:,\s*\d{1,2}:\d{2})?\]|attachment:\s*[^()\n]{1,80}"
    r"\((?:[a-z]+/[\w.+-]{1,40}|[\w ]{1,20})(?:,\s*[\d.,]{1,8}\s*[kmg]?b)?\)|(?:your )?"
    r"(?:safety number|security code) with [^.\n]{1,40} (?:has )?changed\.?(?:\s*tap to "
    r"(?:verify|learn more)\.?)?)"
)
# "[11/29/26, 20:30] Jo Ames set the disappearing message timer to 1 week.", "... changed
# the group name to "...".": the app's notice of what a member did to the chat, no message.
_CHAT_STAMP = r"\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?" \
              r"(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?"
_CHAT_ACTION = (
    r"(?:set|changed|updated|turned off|disabled) (?:the )?disappearing messages?(?: timer)?"
    r"(?: to [\w ]{1,20})?|changed (?:the )?(?:group|chat) (?:name|description|photo|avatar)"
    r"\b.{0,80}|(?:added|removed) [^.\n]{1,40}|left(?: the group)?|joined(?: the group| using "
    r"this group's invite link)?|created (?:the )?group\b.{0,60}|(?:pinned|unpinned) a message"
)
# A message that says only that it was read or done ("Done", "ok", "noted", "+1"), or that
# a member's phone changed ("new phone, sorry all", under the safety-number notice).
_CHAT_ACK = (
    r"(?:done|ok(?:ay)?|k|noted|roger(?: that)?|copy(?: that)?|will do|on it|got it|thanks?"
    r"(?: all| everyone| you)?|thx|ty|\+1|(?:sorry,? )?new (?:phone|number|device)"
    r"(?:,? sorry(?: all| everyone| guys)?)?)"
)
_EMOJI = (r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
          r"(?:\u200d[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)*")
_PHONE = r"\+?\d[\d ()-]{5,}\d"
# ":white_check_mark: 18  :eyes: 4", "👍 12 ❤️ 3": a team chat's reactions under a message.
_REACTION = (r"(?::[a-z0-9][a-z0-9_+-]{0,40}:|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s*"
             r"(?:\d{1,5}|\(\d{1,5}\))")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = (rf"(?:today|yesterday|{_WEEKDAY}|(?:{_WEEKDAY},? )?(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|"
        rf"\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})(?:,? \d{{4}})?)")

# fmt: off
RULES: tuple[Rule, ...] = (
    # "[12/11/31, 06:14] Jo Ames: <Media omitted>", a bare "This message was deleted".
    _rule("chat export note", rf"^(?:{_CHAT_PREFIX})?\u200e?{_CHAT_NOTE}\s*$", 16,
          hints=("omitted", "deleted", "forwarded", "attached", "missed", "[voice", "attachment",
                 "[audio", "[video", "[image", "[photo", "[sticker", "[gif", "safety number",
                 "security code")),
    _rule("chat export note", rf"^{_CHAT_STAMP}[^:\[\]\n]{{1,40}}? (?:{_CHAT_ACTION})\s*[.!]?$",
          30, hints=("disappearing", "changed", "added", "removed", "left", "joined",
                     "created", "pinned")),
    _rule("chat export note", rf"^{_CHAT_PREFIX}(?:{_CHAT_ACK}[.!]?|(?:{_EMOJI}\s*){{1,6}})$", 12,
          hints=(":",)),
    # A reply's copy of the message it answers: '> Replying to Jo Ames: "the first ..."'.
    _rule("chat export note", r"^>\s*(?:replying to|in reply to|reply to) [^:\n]{1,40}:\s*"
          r"[\"“].{1,400}[\"”]$", 80, hints=("reply",)),
    # A chat export's header: "Signal Desktop - chat export", "Group: Ops cell (8 members)",
    # "Exported by: Jo Ames on 12/1/26, 10:05", "Messages: 11/29/26 20:30 - 12/1/26 09:58",
    # "Attachments are not included in this export."
    _rule("chat export note", r"^(?:signal|whatsapp|telegram|viber|wire|threema|element)"
          r"(?: desktop| messenger)?\s*[-–—:|]\s*(?:chat|group|conversation|message) (?:export|"
          r"history|log)$|^(?:group|chat)\s*:\s*[^\n]{1,60}\(\d{1,5} (?:members|participants)\)$|"
          r"^exported by\s*:?\s*[^|\n]{1,40} on \d[\d/.,: -]{5,24}\d(?:\s?[ap]m)?$|"
          r"^messages\s*:\s*\d[\d/.,: ]{5,24}\s*[-–]\s*\d[\d/.,: ]{5,24}$|"
          r"^(?:attachments|media|files)(?: files)? (?:are|were) not included in (?:this|the) "
          r"export\.?$", 16, hints=("export", "members", "participants", "messages")),
    # A desktop chat export's own lines: "Not included, change data exporting settings to
    # download." where a picture was left out, "In reply to" / "this message" over a reply,
    # "Forwarded from <channel>" over a forwarded post (labelled_speakers still reads the
    # channel from the flagged line: who a forwarded statement came from).
    _rule("chat export note", r"^(?:[\w ]{1,20}[.,]? )?not included,? change (?:the )?(?:data )?"
          r"export(?:ing)? settings to download\.?$", 14, hints=("not included",)),
    _rule("chat export note", r"^in reply to(?: this message)?$|^this message$|"
          r"^forwarded from [\w@\"“(][^\n]{0,60}$", 12, in_prose=False,
          hints=("reply to", "this message", "forwarded from")),
    # A team chat's export (Slack, Teams, Discord): its header ("#ops-security | Relief
    # workspace", "Exported by ... | 31 members | Topic: ..."), a pinned message's label, the
    # reactions under a message, the day dividers between messages and the export's last line.
    # (A day divider keeps its text: only flagged, so a reader can still date what follows.)
    _rule("chat export note", r"^#[a-z0-9][a-z0-9._-]{1,79}(?:\s+\|\s+[^|\n]{1,60}){1,3}$", 12,
          hints=("#",)),
    _rule("chat export note", r"^exported (?:by|from|on)\b[^|\n]{1,60}\|", 60,
          hints=("exported",)),
    _rule("chat export note", r"^\U0001f4cc\s*pinned\b[^!?]{0,60}$|"
          r"^(?-i:[Pp]inned by @?[a-z][a-z0-9._-]{1,39})$", 8, hints=("pinned",)),
    # "📌 Pinned by Mod_Harbor: Reminder: cite a source ...": the moderators' pinned rules
    # (a pinned news update, "📌 Tally since ...", stays).
    _rule("chat export note", r"^\U0001f4cc\s*pinned by @?[\w.-]{1,40}\s*:\s*(?:reminder|rules?|"
          r"welcome|please|house rules|read (?:this|me|before)|channel rules)\b", 80,
          hints=("pinned by",)),
    # A chat server's plain-text export: its header ("Guild: ...", "Channel: Tracking / iraq",
    # "After: 02-Dec-26 06:00 PM | Before: ..."), its labels over a message's parts
    # ("{Reactions}", "{Attachments}", "{Embed}") and its count of what it exported.
    _rule("chat export note", r"^(?:guild|server)\s*:\s*\S.{0,60}$|^channel\s*:\s*[^/\n]{1,40}"
          r" / [\w-]{1,40}$|^after\s*:\s*[^|\n]{4,30}\|\s*before\s*:\s*[^|\n]{4,30}$|"
          r"^exported \d[\d,]* messages?(?:\(s\))?$|^\{(?:reactions|attachments|embeds?|"
          r"stickers)\}$", 12, in_prose=False,
          hints=("guild", "server", "channel", "before", "exported", "{")),
    # A meeting chat's save (Zoom, Webex): 'Reacted to "we're here, video..." with 👍' stands
    # for a reaction, 'Replying to "Is the toll final?..."' over a reply repeats the start of
    # an earlier message (the reply under it is the message).
    _rule("chat export note", r"^(?:reacted to [\"“].{1,120}[\"”] with \S{1,12}|removed an? "
          r"\S{1,12} reaction from [\"“].{1,120}[\"”]|replying to [\"“].{1,120}[\"”])$", 30,
          hints=("reacted to", "reaction from", "replying to")),
    # "rudaw.net • via RSS": the footer of a bot's news card (the card itself is news).
    _rule("chat export note", r"^(?:[a-z0-9-]{1,40}\.)+[a-z]{2,12}\s*[•·|]\s*via (?:rss|atom|"
          r"ifttt|zapier|webhooks?|feeds?|[\w-]{2,20} bot)$", 8, hints=("via ",)),
    _rule("chat export note", rf"^{_REACTION}(?:\s+{_REACTION}){{0,11}}$", 24),
    _rule("chat export note", rf"^[-=—–]{{2,}}\s*{_DAY}\s*[-=—–]{{2,}}$", 8,
          hints=("--", "==", "——", "––")),
    _rule("chat export note", r"^end of (?:the )?(?:#[\w.-]{2,80} |[\w.-]{2,40} )?"
          r"(?:channel |chat |conversation )?export\b", 30, hints=("end of",)),
    # "Follow @SomeChannel for updates.": a channel's sign-off, its handle and nothing else.
    _rule("share buttons", r"^follow @\w{2,32}(?: on [\w ]{1,20})?(?: for (?:more |the latest |"
          r"live |regular |further )?(?:updates|news|coverage|alerts|reports))?\s*[.!]?$", 10,
          hints=("follow @",)),
    # "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for ...",
    # "If you have received this message in error, please notify the sender": a mail
    # client's legal footer, however it is headed.
    _rule("disclaimer", r"^(?:confidentiality|privacy|legal) (?:notice|statement|warning)\s*:|"
          r"^this (?:e-?mail|message|communication)(?: and any (?:attachments?|files "
          r"transmitted with it))? (?:is|are|may be) (?:confidential|privileged|intended "
          r"(?:solely |only )?for)\b|\bif you (?:have )?received this (?:e-?mail|message|"
          r"communication|transmission) in error\b", 60,
          hints=("confidential", "privacy", "legal", "privileged", "intended", "in error")),
    # "This message was sent from an unmonitored mailbox. Please do not reply directly.":
    # a system mailbox's footer.
    _rule("newsletter", r"\bunmonitored (?:system )?(?:mail ?box|inbox|e-?mail address|"
          r"address|account)\b|^(?:please )?do not reply (?:directly|to this (?:e-?mail|"
          r"message|address))\b|^this is an automated (?:message|e-?mail|notification)\b", 25,
          hints=("unmonitored", "do not reply", "automated")),
    # "Continued on Page 7", "(Continued from page A1)", "See page 4": a printed story's jump.
    _rule("print edition note", r"^\(?(?:continued|cont['’]?d\.?|cont\.|story continues|turn|"
          r"see) (?:(?:on|from|to) )?(?:page|pg\.?|p\.) ?[A-Z]?\d{1,3}[A-Z]?\)?[.:]?$", 6,
          hints=("page", "pg", "p.")),
    # An advert's call to action: "Visit our Sitra showroom or call 1777 0000", "Terms and
    # conditions apply" (a sentence that says so is reporting: only a line that is not one).
    _rule("advertisement", rf"^visit (?:our|any of our) (?:[\w'’&-]+ ){{0,3}}(?:showrooms?|"
          rf"stores?|shops?|branch(?:es)?|outlets?|dealers(?:hips?)?|website)\b.{{0,40}}"
          rf"\bor call\b\s*{_PHONE}|(?:^|\s)(?:(?:full )?terms (?:and|&) conditions|t\s?&\s?cs?) "
          r"apply\W{0,2}$|^(?:some |other )?conditions apply\W{0,2}$", 25, in_prose=False,
          hints=("visit", "apply")),
    # "Read the Full Transcript", "Listen to this Segment", "Watch the full episode": the
    # links of a broadcaster's story page to its other forms of the same piece.
    _rule("transcript furniture", r"^(?:read|see|view|watch|listen to|hear|download) (?:the )?"
          r"(?:full|complete|entire) (?:transcript|episode|interview|segment|conversation|"
          r"broadcast|program(?:me)?|show)$|^(?:listen to|watch|hear) (?:this|the) (?:segment|"
          r"episode|interview|conversation|report|broadcast)$", 6,
          hints=("transcript", "episode", "interview", "segment", "conversation", "broadcast",
                 "program", "show", "report")),
    # "Support UP or become our patron!", "... the truth about the war. Support us": a site
    # asking its readers for money (the line ends on the appeal).
    _rule("subscribe", r"^support (?:us|[\w'’.&-]+(?: [\w'’.&-]+){0,3}) or become (?:our|a) "
          r"(?:patron|member|supporter|donor|subscriber)\b|\bbecome (?:our|my) (?:patron|"
          r"supporter)\b|(?:^|[.!?]\s+)(?:please )?support us(?: today| now)?\W{0,2}$", 25,
          hints=("support us", "patron", "or become")),
    # "... assessments are the author's own. Template: tracker v2.3": a notes page's footer.
    _rule("disclaimer", r"\b(?:views|opinions|assessments|judgements|judgments|analysis) "
          r"(?:expressed |given )?(?:here(?:in)? )?(?:are|is) "
          r"(?:the (?:author|writer)['’]s own|those of the (?:author|writer)s?)\b|"
          r"\btemplate\s*:\s*[\w .-]{1,30}\bv\d+(?:\.\d+)*$", 25,
          hints=("author", "writer", "template")),
)
# fmt: on
RULES += _VOICEMAIL  # the notice a voicemail service sends with a message


_ADVERT_HEAD_LINES = 3
_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)]*$")


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def flag_advert_heads(lines: list, flags: dict[int, str]) -> None:
    """The advertiser's name and offer in capitals ("ACME MOTORS", "WINTER SALE - 0%
    FINANCE") over an advert's call to action: the rest of the same box."""
    for i in [i for i, rule in flags.items() if rule == "advertisement"]:
        if lines[i].words < 4:
            continue  # a bare "ADVERTISEMENT" label: what is over it is not the advert's
        for k in range(i - 1, max(-1, i - 1 - _ADVERT_HEAD_LINES), -1):
            line = lines[k]
            if k in flags or line.words > 8 or _SENTENCE_END.search(line.text) \
                    or not _shouted(line.text):
                break
            flags[k] = "advertisement"


_INITIALS = re.compile(r"^\([A-Z]{2,5}\)$")
_PARAGRAPH_END = re.compile(r"[.!?][\"'”’)]*$")


def flag_agency_initials(lines: list, flags: dict[int, str]) -> None:
    """'(ST)', '(KUNA)': an agency's initials alone under the paragraph they close. (In a
    table, '(IQ)' under a place's name is its country code: kept.)"""
    for i in range(1, len(lines)):
        above = lines[i - 1]
        if len(lines[i].text) <= 7 and i not in flags and _INITIALS.match(lines[i].text) \
                and above.words >= 8 and _PARAGRAPH_END.search(above.text):
            flags[i] = "agency credit"


_DAY_LINE = re.compile(r"^(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8} \d{1,2},?) \d{4}$")
_CLOCK_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?$")


def flag_chat_header(lines: list, flags: dict[int, str]) -> None:
    """A chat export's page header: the chat's name alone on the first line, over the export's
    first day divider ('17 November 2026') and the first message's bare time ('23:52'), in a
    text the export's own notes or view counts show to be one (not a headline over a live
    page's first update)."""
    if (
        len(lines) > 3
        and ("chat export note" in flags.values() or "engagement counts" in flags.values())
        and 0 not in flags
        and lines[0].words <= 6
        and not _SENTENCE_END.search(lines[0].text)
        and not any(c.isdigit() for c in lines[0].text)
        and _DAY_LINE.match(lines[1].text)
        and _CLOCK_LINE.match(lines[2].text)
    ):
        flags[0] = "masthead"
