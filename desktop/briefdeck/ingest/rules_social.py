"""Boilerplate rules for posts pasted from a social network (X, Threads, Bluesky, Facebook).

A pasted post or thread carries the network's furniture around each post: its counts of
reposts, likes and views, "Show more" and "Translate post" buttons, "Replying to @name",
the author's profile blurb and the sidebars ("Relevant people", "What's happening",
"Trending in ..."). None of it is reporting; the counts would otherwise read as figures.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# "1,384", "212.4K", "1.1M": a count as the network prints it.
_COUNT = r"\d[\d,.]*\s?[KkMmBb]?"
_METRIC = (
    r"(?:reposts?|retweets?|quote (?:tweets?|posts?)|quotes?|likes?|bookmarks?|views?|"
    r"repl(?:y|ies)|comments?|shares?|reactions?|restacks?|posts?|impressions?|followers?|"
    r"following|subscribers?|boosts?|favou?rites?)"
)
_ITEM = rf"{_COUNT}\s+{_METRIC}"
_CLOCK = r"\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?"
# "💬 14", "🔁 212", "❤ 480": a count behind the network's icon for it.
_ICON_COUNT = r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*\d[\d,.]*\s?[KkM]?"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "1,384 Reposts  402 Quotes  3,911 Likes", "212.4K Views", "11:52 PM · Nov 20, 2023 ·
    # 64.9K Views": a post's counts, one a line or several side by side, perhaps after its
    # time; never a sentence ("402 quotes were collected").
    _rule("engagement counts", rf"^(?:{_CLOCK}\s*[·•]\s*[^·•]{{3,20}}?\s*[·•]\s*)?"
          rf"{_ITEM}(?:\s*[·•|,]?\s+{_ITEM})*$", 16, in_prose=False,
          hints=("repost", "retweet", "quote", "like", "bookmark", "view", "repl", "comment",
                 "share", "reaction", "restack", "post", "impression", "follow",
                 "subscriber", "boost", "favo")),
    # "December 5, 2026 at 11:12 AM · 💬 14 · 🔁 212 · ❤ 480": a post's time and its counts.
    _rule("engagement counts", rf"^(?:[^·•|]{{4,40}}?\s*[·•|]\s*)?{_ICON_COUNT}"
          rf"(?:\s*[·•|]\s*{_ICON_COUNT})+$", 16, hints=("·", "•", "|")),
    # "@maya.bsky.social", "@jo@mastodon.social": an account's handle alone on its line.
    _rule("social media", r"^@[\w-]{1,40}(?:(?:\.[\w-]{1,40})+|@[\w-]{1,40}(?:\.[\w-]{1,40})+)$",
          1, hints=("@",)),
    # The network's buttons and sidebars, each a line of its own.
    _rule("social media", r"^(?:show (?:more(?: replies)?|less|this thread|original|"
          r"translation|replies|\d+ (?:more )?repl(?:y|ies))|translate (?:post|tweet)|"
          r"see (?:translation|original)|write (?:a |an )?(?:public )?(?:comment|reply|answer)"
          r"\s*(?:…|\.{3})?|"
          r"rate this translation|pinned(?: (?:post|tweet))?|quote(?: (?:post|tweet))?|"
          r"relevant people|what['’]s happening|who to follow|you might like|"
          r"see new (?:posts|tweets)|trending in [\w .,'’-]{2,40}|"
          r"(?:[\w&'’-]+ )?· trending|read \d[\d,.]*[KkM]? repl(?:y|ies)|"
          r"(?:(?:re)?posted|retweeted)(?: by [\w .'’-]{2,40})?)$", 6),
    # "Translated from Kurdish (Central) · Rate this translation": the network's own note
    # that it machine-translated the post (a desk's "Translated from Arabic by ..." differs).
    _rule("social media", r"^translated from [A-Z][\w-]+(?: \([\w ]{2,20}\))?\s*[·•|]\s*"
          r"(?:rate this translation|see original|show original)$", 12,
          hints=("translated",)),
    # "Replying to @CENTCOM and @DeptofDefense": which post this one answers.
    _rule("social media", r"^replying to @\w+(?:(?:,|\s+and)\s+@\w+)*(?:\s+and \d+ others)?$",
          12, hints=("replying",)),
    # "Replying to @geo_kamal: three drones per ...": a chat's or a thread's preview of the
    # message answered, a copy of an earlier message (not a new claim), however long.
    _rule("social media", r"^replying to @[\w.-]{1,40}\s*:\s+\S", 80, hints=("replying to @",)),
    # "ALT: Rescue workers on a pile of slabs ...": a post's description of its picture.
    _rule("photo caption or credit", r"^(?-i:ALT)\s?:\s+\S|^(?:alt[ -]?text|image description)"
          r"\s*:\s+\S", 80, hints=("alt", "image description")),
    # The author's profile blurb: "Official account of ... Follows, likes ≠ endorsement."
    _rule("social media", r"\b(?:follows|retweets?|rts?|reposts?|likes|links|shares)\b"
          r"[^.]{0,60}(?:≠|!=|=/=)\s*endorse|\b(?:retweets?|rts|reposts?|follows|likes|links)"
          r"\b[^.]{0,60}\b(?:do not|don['’]t|does not|doesn['’]t|not)\s+(?:equal|imply|mean|"
          r"constitute)\s+endorse", 40,
          hints=("endorse",)),
    # "Baghdad · Joined March 2021": the profile's place and the month the account opened.
    _rule("social media", r"^(?:[^·•|]{2,40}\s*[·•|]\s*)?joined (?:jan|feb|mar|apr|may|jun|jul|aug|"
          r"sep|oct|nov|dec)[a-z]*\.? \d{4}$", 10, hints=("joined",)),
    # "👁 31.6K", "👁 12K  🔁 140": a channel post's counters, an emoji before each count.
    _rule("engagement counts", r"^(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*"
          r"\d[\d,.]*\s?[KkMm]?\s*){1,6}$", 12),
    # A monitoring desk's note on its own method: "Translations from Farsi are the desk's
    # own.", "Times are as shown in the channels (GMT+3).", "View counts as of 0900."
    _rule("translation note", r"^(?:all )?translations?(?: from [A-Z][\w-]+)? (?:are|is) "
          r"(?:the (?:desk|editor|monitor|author)s?['’]s?|our) own\b|^(?:all )?times (?:are|given"
          r"|shown) (?:as (?:shown|posted|given)|in local time|local)\b.{0,80}$|^(?:view|"
          r"follower|subscriber) counts? (?:are )?as of\b", 60,
          hints=("translation", "times ", "counts")),
    # "22.6K", "21.0K edited": a channel post's view count, alone under the post.
    _rule("engagement counts", r"^\d{1,3}(?:[.,]\d{1,2})?\s?[KkM](?:\s+edited)?$", 2,
          hints=("k", "m")),
    # A writer's profile line: "Researcher. Drones, airpower. Views my own."
    _rule("author bio", r"\b(?:all )?(?:views|opinions|thoughts) (?:are )?(?:my|our) own\b", 30,
          hints=("own",)),
    # "If you enjoyed this, follow me for more ...": the writer's appeal under a post.
    _rule("subscribe", r"^if you (?:enjoyed|liked|found value in|found this useful)\b.{0,40}?"
          r"\b(?:follow|subscribe|share|clap|sign up)\b", 40, hints=("if you",)),
    # "← Back · Post": a fediverse thread page's bar over the posts (back to the timeline).
    _rule("navigation", r"^[←‹<]\s*back(?:\s*[·•|]\s*(?:post|toot|thread|status|profile))?$",
          4, hints=("back",)),
    # "CW: war, casualties (eastern Syria) · Show more": a post's content warning and the
    # button that opens it; the post's own words follow on their line.
    _rule("social media", r"^(?:cw|content warning)\s*:\s*[^·•|]{1,120}?\s*[·•|]\s*"
          r"show (?:more|less|content)$", 25, hints=("show",)),
)
# fmt: on
