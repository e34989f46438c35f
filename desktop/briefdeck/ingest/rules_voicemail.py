"""Boilerplate rules for a visual-voicemail notification e-mail: the service's banner, the
call's fields (caller, duration, mailbox, transcription confidence), the label over the
machine transcript, the phone menu the transcriber heard after the caller hung up, the
caller's sign-off with a call-back number, and the service's help, feedback and settings lines.

The transcript itself is what the caller said: it stays. Each rule names what the service
writes about the message, never what the message says.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_PHONE = r"\+?\d[\d ().-]{6,16}\d"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "CallBridge Voice | Visual Voicemail", "You have a new voicemail.": the banner.
    _rule("voicemail notice", r"^(?:[^|\n]{2,40}\|\s*)?visual voice ?mail$|^you have (?:a |one |"
          r"\d{1,3} )?new (?:voice ?mail|voice message)s?\s*[.!]?$", 8,
          hints=("voicemail", "voice mail", "voice message")),
    # "Caller: PENTAGON PA (+1 703-555-0148)", "Duration: 2 min 41 sec", "Mailbox: 4471 (...)",
    # "Transcription confidence: Medium (71%)": the call's own fields.
    _rule("voicemail notice", rf"^caller(?: id)?\s*:\s*[^\n]{{0,40}}\(?{_PHONE}\)?$|"
          r"^(?:duration|length)\s*:\s*(?:\d{1,2}:\d{2}(?::\d{2})?|(?:\d{1,3}\s*(?:hours?|hrs?|"
          r"h|minutes?|mins?|m|seconds?|secs?|s)\b[\s,]*){1,3})$|"
          r"^(?:voice ?)?mail ?box\s*:\s*\d{2,10}\b[^\n]{0,50}$|"
          r"^(?:transcription |transcript )?confidence\s*:\s*(?:very )?(?:high|medium|low)?\s*"
          r"(?:\(?\d{1,3}\s?%\)?)?$", 10,
          hints=("caller", "duration", "length", "mailbox", "mail box", "confidence")),
    # "Transcription (beta, may contain errors):": the label over the transcript.
    _rule("voicemail notice", r"^(?:voice ?mail |machine |automatic |message )?"
          r"transcri(?:ption|pt)(?:\s*\([^()\n]{1,40}\))?\s*:$", 10, hints=("transcri",)),
    # "... press 4 to save it press 9 to delete it ...": the mailbox's menu, transcribed too.
    _rule("voicemail notice", r"^(?:to (?:replay|repeat|save|delete|hear|listen to|return)\b"
          r"[^\n]{0,60}?\bpress [0-9*#]\b)|\bpress [0-9*#] to (?:play|save|delete|replay|repeat|"
          r"change|return|skip|hear)\b[^\n]{0,60}?\bpress [0-9*#] (?:to|for)\b", 60,
          hints=("press ",)),
    # "... call the duty officer at 703-555-0199 thanks Talia bye": the caller's sign-off,
    # a call-back number and goodbye (transcribed without punctuation).
    _rule("voicemail notice", rf"\b(?:call|reach|ring|text)\b[^\n]{{0,60}}{_PHONE}\b"
          r"[^\n]{0,40}\b(?:bye|goodbye|cheers)\W{0,3}$", 45, hints=("bye", "cheers")),
    # "Was this transcription useful? Yes | No", "To listen to this message, open the
    # attached audio file ...", "Manage voicemail settings: ...", "Transcriptions are produced
    # automatically and may not reflect ...", "This e-mail was generated automatically ...".
    _rule("voicemail notice", r"^(?:was|is) this (?:transcription|transcript|summary) "
          r"(?:useful|helpful|accurate)\?\s*(?:yes\s*[|/]\s*no)?$|^to (?:listen to|hear|play) "
          r"(?:this|the|your) (?:message|voice ?mail|recording)\b|^manage (?:your )?(?:voice ?mail"
          r"|notification|alert)s? (?:settings|preferences)\b|^transcri(?:ptions?|pts?) (?:are|is"
          r"|were|was|may be) (?:produced|generated|created|made|done) (?:automatically|by "
          r"(?:a )?machine|by software)\b|^this (?:e-?mail|message|notification) (?:was|is|has "
          r"been) (?:generated|sent|created) automatically\b", 45,
          hints=("this transcri", "to listen", "to hear", "to play", "manage", "transcri",
                 "automatically")),
)
# fmt: on
