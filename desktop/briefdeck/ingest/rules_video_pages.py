"""Boilerplate rules for a video page and a station's story page: the channel's subscriber
count, its appeal for support and music credit (a short video's "♬ original sound - name"),
"Show transcript", the pointer to sources in a pinned comment, an autoplaying clip's label
and the note that an AI wrote a summary box.
None of it is the report; the transcript and the summary's bullets themselves are.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "412K subscribers", "1.2M subscribers": the channel's count under its name.
    _rule("video page", r"^\d{1,3}(?:[.,]\d{1,3})?\s?[KMB]?\s+subscribers$", 3,
          hints=("subscribers",)),
    # "Show transcript", "Hide transcript": the player's button.
    _rule("video page", r"^(?:show|hide|open|view) (?:the )?transcript$", 3,
          hints=("transcript",)),
    # "Support the channel: patreon.com/...", "Music: "Low Orbit" by Arden Vale (licensed)".
    _rule("video page", r"^support (?:the|this|our|my) (?:channel|show|podcast|work)\b.{0,80}$|"
          r"^(?:background )?music(?: by)?\s*:\s*\S.{0,80}$", 15, in_prose=False,
          hints=("support", "music")),
    # "♬ original sound - ranareports", "♫ Low Orbit - Arden Vale", "rana · Original audio":
    # the sound a short video (TikTok, Reels, Shorts) plays under its picture.
    _rule("video page", r"^[♪♫♬🎵🎶]\ufe0f?\s*\S.{0,100}$|^original (?:sound|audio)\s*[-–·]\s*\S"
          r".{0,60}$|^[\w.]{2,30}\s*·\s*original (?:sound|audio)$", 15,
          hints=("♪", "♫", "♬", "🎵", "🎶", "original")),
    # "Sources and further reading are in the pinned comment."
    _rule("video page", r"^(?:sources|links|references|further reading)\b.{0,60}\bin the "
          r"(?:pinned comment|description|first comment)\b.{0,20}$", 15, hints=("pinned",
          "description", "first comment")),
    # "AUTOPLAY VIDEO: Iowa families wait for word (2:14)": the clip's label over the story.
    _rule("video page", r"^(?:autoplay(?:ing)? video|now playing|up next)\s*:\s*\S", 30,
          hints=("autoplay", "playing", "up next")),
    # "This summary was generated with the help of AI and reviewed by our newsroom ...".
    _rule("ai disclaimer", r"^(?:this|the) (?:summary|article|story|text|box|key points)\b"
          r".{0,30}\b(?:generated|written|created|produced|drafted)\b.{0,20}\b(?:AI|artificial "
          r"intelligence|automated tools?)\b", 30, hints=("generated", "written", "created",
          "produced", "drafted")),
)
# fmt: on
