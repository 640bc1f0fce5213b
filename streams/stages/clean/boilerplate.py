"""What a news page says around its story: boilerplate lines, bylines, datelines, wire credits.

The rules look at one line (or one HTML paragraph) at a time, so the text-dump
path and the HTML path share them. Every rule is anchored and length-capped:
a sentence of the story that mentions a newsletter or a copyright is longer
than the line that asks you to sign up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Agency name as stored in `wire`, and the spellings that credit it.
WIRES: dict[str, tuple[str, ...]] = {
    "Reuters": ("reuters", "thomson reuters", "thomson/reuters"),
    "AP": ("ap", "associated press", "the associated press"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "dpa": ("dpa", "deutsche presse-agentur"),
    "EFE": ("efe",),
    "ANSA": ("ansa",),
    "Xinhua": ("xinhua",),
    "TASS": ("tass",),
    "Kyodo": ("kyodo", "kyodo news"),
    "UPI": ("upi", "united press international"),
    "PA": ("pa", "pa media", "press association"),
    "Yonhap": ("yonhap",),
    "Anadolu": ("anadolu", "anadolu agency"),
    "Interfax": ("interfax",),
}
_WIRE_BY_SPELLING = {s: name for name, spellings in WIRES.items() for s in spellings}
_WIRE_ALT = "|".join(
    re.escape(s) for s in sorted(_WIRE_BY_SPELLING, key=len, reverse=True) if len(s) > 2
)
_WIRE_IN_TEXT = re.compile(rf"\b(?:{_WIRE_ALT}|AP|AFP|PA|UPI|EFE|dpa)\b", re.IGNORECASE)

_COPYRIGHT = re.compile(
    # "Copyright 2026 ...", "Copyright © ...", "Copyright: ...", not "Copyright in Finland lasts".
    r"^(?:©|\(c\)|copyright\b(?!\s+(?!by\b)(?-i:[a-z])))|all rights reserved\.?$"
    r"|^all rights reserved"
    r"|©\s*(?:19|20)\d\d\b",  # "Courier Sans ™ & © 2016 Courier Network, Inc."
    re.IGNORECASE,
)
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[,.]?\s*)?"
    r"(?P<holder>[^.©]+?(?:,? (?:Inc|Ltd|LLC|Co|Corp|plc|GmbH|S\.A|AG)\.?)?)"
    r"(?:\.\s*|\s+)?(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)
_TRADEMARK = re.compile(r"\b(?:registered )?trademarks? (?:of|owned by)\b", re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"^(?:sign up\b|subscribe\b|get (?:our|the) .*newsletter|join our mailing)|^privacy:"
    # ... and in the languages of a foreign site's English edition.
    r"|^(?:enjoyed|like|liked|enjoying) this (?:issue|newsletter|e-?mail)\?"
    r"|^(?:suscr[ií]b(?:ase|ete|irme)|inscrivez-vous|abonnez-vous|je m(?:'|’)inscris"
    r"|melden sie sich)\b"
    r"|^\(optional[^)]*\)$|^enter your e-?mail|^you(?:'|’)re (?:all )?(?:signed up|subscribed)"
    # The box's own frame and fine print ("skip past newsletter promotion", "Privacy Notice:
    # Newsletters may contain ...", "We use your sign-up to provide content ...").
    r"|^(?:skip past|after) newsletter promotion$"
    r"|^our (?:morning|evening|daily|weekly) (?:email|newsletter)\b"
    r"|^get [^.]{1,60} in your inbox\b",
    re.IGNORECASE,
)
_NEWSLETTER_ANYWHERE = re.compile(
    r"newsletter$|\bto your inbox\b|\bnever share your email\b"
    r"|\bis a reader-supported publication\b"
    # A subscription offer: monthly or yearly ("$8/month or $80/year").
    r"|\$\d+(?:\.\d\d)?\s*/\s*month,? or \$\d+(?:\.\d\d)?\s*/\s*year\b"
    # A paywall's plans ("Digital $1 for your first 4 weeks, then $4.99 a week").
    r"|\$\d+(?:\.\d\d)? for your first (?:\d+ )?(?:weeks?|months?|year)"
    r"|\$\d+(?:\.\d\d)? (?:a|per) (?:week|month|year), billed every\b",
    re.IGNORECASE,
)
# An editor's sign-off under a newsletter's letter ("Until tomorrow, Hannah Ellery, Editor").
_SIGN_OFF = (
    r"^(?:until tomorrow|thanks for reading|see you (?:tomorrow|next (?:week|time))"
    r"|until next time),\s+[A-Z][^.!?]{2,80}$"
)
_SIGN_OFF_LINE = re.compile(_SIGN_OFF, re.IGNORECASE)
# A letter's greeting on a line of its own ("Welcome back,", "Good morning,").
_SALUTATION = re.compile(
    r"^(?:welcome back|hello(?: again| everyone)?|hi(?: again| all| everyone| there)?"
    r"|good (?:morning|afternoon|evening)|dear (?:readers?|subscribers?|friends?|all)"
    r"|greetings)(?: [A-Z][a-z]+)?,$",
    re.IGNORECASE,
)
# Who pays for what follows ("Sponsored by", "Paid post by"), as _APPEAL's line and as the
# label over a sponsor's pitch ("SPONSORED BY QUILL NOTES", "Presented by Acme Bank").
_PAID_BY = r"(?:paid (?:content|post)|sponsored(?: content)?|promoted)"
_SPONSOR_LABEL = re.compile(
    rf"^(?:{_PAID_BY}|presented|brought to you) by\b[^.!?]{{0,50}}$", re.IGNORECASE
)
# A poll's heading ("QUICK POLL"): its question follows.
_POLL = re.compile(
    r"^(?:(?:quick|reader|readers(?:'|’)?|today(?:'|’)s|daily|weekly|our) )?poll:?$", re.IGNORECASE
)
# A sign-up box's fine print, longer than its pitch.
_NEWSLETTER_TERMS = re.compile(
    r"^you(?:'|’)re receiving this (?:e-?mail|newsletter|message)\b"
    r"|^you are receiving this (?:e-?mail|newsletter|message)\b"
    # ... and the editor's sign-off.
    rf"|{_SIGN_OFF}"
    r"|^privacy notice: newsletters\b|^we use your sign-?up to\b|^by (?:signing up|subscribing)"
    r", (?:you|i) agree\b",
    re.IGNORECASE,
)
# A video player's own words, which a dump glues together ("Video LoadingClick to play").
_PLAYER = re.compile(
    r"^(?:(?:the )?video will (?:auto-?play|play|start|begin)\b|now playing\b"
    r"|(?:hear|listen to) the full (?:report|interview)$"
    r"|^(?:listen)+\s*:?\s*\d{1,2}:\d{2}\b|^listen to this (?:article|story)\b"
    r"|^audio (?:produced|narrated|read) by\b"
    # A podcast's own links and credits.
    r"|^listen on (?:apple podcasts|spotify|google podcasts|youtube|amazon music|pocket casts)\b"
    r"|(?:\d{1,2}:\d{2})?(?:video (?:loading|unavailable)|(?:click|tap) to (?:play|unmute)"
    r"|play(?: now| video)?|cancel)+$"
    r"|(?:watch now)?\s*video\s*\d{1,2}:\d{2}$)",
    re.IGNORECASE,
)
# Requests to the reader: a tip line, a donation appeal, the note on where a story first ran.
_APPEAL = re.compile(
    r"^(?:[\w ]{1,20}:\s*)?(?:got|have you got|do you have|have) an? (?:story|(?:confidential )?"
    r"(?:news )?tip)\b"
    r"|^don(?:'|’)t miss (?:a thing|out)\s*:"
    r"|^find out what(?:'|’)s happening in\b|^text (?:the studio|the newsroom|us)\b"
    r"|^already a (?:subscriber|member)\b|^get unlimited access\b"
    # A metered wall's count ("You have read 2 of your 3 free articles this month.").
    r"|^you(?: have|(?:'|’)ve) read \d+ of (?:your )?\d+ free (?:articles|stories)\b"
    rf"|^{_PAID_BY} by\b"
    # A newswire's pitch under each release.
    r"|^want your (?:organi[sz]ation|company|business)(?:'|’)s news\b|^journalists and bloggers\s*:"
    r"|^add us as a preferred source\b|^catch all the latest\b|^presented by\b"
    r"|^(?:[^.!?]{0,80}[.!?]\s+)?[^.!?]{0,80}\bwherever you get your podcasts\b"
    r"|^have (?:an opinion|your say) on this (?:story|article)\b|^have your say$"
    # A council's consultation box: its button.
    r"|^take part in (?:the|our|this) (?:consultation|survey)$"
    r"|^(?:membership|a subscription) gives you unlimited access\b|^member-only story$"
    r"|^offer (?:is )?(?:for|available to) new (?:subscribers|customers)\b"
    r"|^like what you(?:'|’)re reading\b|^(?:please )?(?:support|donate to) (?:our|local|"
    r"independent|nonprofit) (?:journalism|news|reporting|newsroom)\b",
    re.IGNORECASE,
)
_EDITORS_NOTE = re.compile(
    r"^editor(?:'|’)?s(?:'|’)? note\s*:"
    # A forum poster's note on the story pasted below it, and on their own post.
    r"|^(?:pasting|posting|copying|here(?:'|’)s|here is) (?:the )?(?:full )?(?:text|article)\b"
    r"|^full (?:text|article|story) (?:below|here)\b|^text of the (?:article|story) for\b"
    r"|^edit\s*:\s*(?:fixed|added|typo|formatting|thanks|updated)\b"
    # A live page's note on its clock and its updates ("Times on this page are local ...").
    r"|^(?:all )?times (?:on this page |shown )?are (?:local|in [\w ]{1,20}|[\w ]{1,20} time)\b"
    r"|^this transcript (?:was|has been|is) (?:automatically )?(?:generated|produced|machine)"
    # A translation's credit and where the original ran.
    r"|^translated (?:from (?:the )?[a-z]+ )?by\b"
    # ... and a republisher's note on where the story first ran.
    r"|^this (?:article|story|piece) (?:was|is|has been) (?:first |originally )?"
    r"(?:published|republished) (?:by|in|on|from)\b"
    r"|^the original (?:version of this )?(?:article|story)"
    r" (?:was|is|has been) (?:first )?published\b",
    re.IGNORECASE,
)
# A consent wall's lines, for pages read as text or by a fallback that sees the whole page.
# Each form is the wall's own voice (the site speaking of "your" privacy, "our partners",
# buttons); a story that reports on cookies quotes them in longer, attributed sentences.
_CONSENT = re.compile(
    r"\b(?:values?|respects?|cares? about|protects?) your privacy$"
    r"|^we(?: and our (?:\d+ )?(?:partners|vendors))? (?:may )?(?:use|store|process)\b"
    r".{0,120}\b(?:cookies|information on (?:a|your) device)\b"
    r"|\b(?:withdraw|change) your (?:consent|preferences)\b.{0,80}\b(?:at any time|consent)\b"
    r"|\byou (?:may|can) click to consent\b|^store and/or access information on a device$"
    r"|^(?:accept|reject|refuse|allow|deny)(?: all)?(?: cookies)?$"
    r"|^(?:manage|customi[sz]e) (?:options|preferences|cookies|settings|choices)$"
    r"|^(?:cookie|privacy|consent) (?:settings|preferences|choices)$",
    re.IGNORECASE,
)
# Every _CONSENT form holds one of these; substring tests are cheaper than the regex on each line.
_CONSENT_WORDS = (
    "privacy",
    "cookie",
    "consent",
    "device",
    "preferences",
    "accept",
    "reject",
    "refuse",
    "allow",
    "deny",
    "options",
    "settings",
    "choices",
)
_COMMENTS = re.compile(
    r"^(?:join the [\w .’'-]+ community|read and post comments|(?:please )?review (?:our |the )?"
    r"community guidelines|leave a comment|post a comment|add a comment|show comments|"
    r"view comments|\d+ comments?|comments?(?: \(\d+\))?|be the first to comment|"
    r"comments are (?:closed|moderated)|no comments|conversation|join the conversation"
    r"|join the debate)\b"
    r"|^repl(?:y|ies)(?: \(\d+\))?$",
    re.IGNORECASE,
)
_NAV_WORDS = frozenset(
    (
        "top",
        "home",
        "menu",
        "search",
        "share",
        "tweet",
        "print",
        "email",
        "e-mail",
        "next",
        "previous",
        "prev",
        "more",
        "close",
        "open",
        "advertisement",
        "advertising",
        "sponsored",
        "ad",
        "related",
        "trending",
        "subscribe",
        "login",
        "register",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "reddit",
        "copied",
        "save",
        "video",
        # A blogging platform's bar under the byline ("Clap 3.6K Respond 6 Listen Share Save").
        "follow",
        "clap",
        "respond",
        "listen",
        "reply",
        "unsubscribe",
    )
)
_NAV_PHRASES = frozenset(
    [
        "back to top",
        "read more",
        "see more",
        "load more",
        "load more updates",
        "load more posts",
        "load more stories",
        "skip to content",
        "skip to main content",
        "main menu",
        "continue reading",
        "show more",
        "related articles",
        "related stories",
        "most read",
        "most popular",
        "log in",
        "sign in",
        "copy link",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "more from",
        "you may also like",
        "recommended",
        "read next",
        "what to read next",
        "advertisement",
        "sponsored content",
        # A live blog's index, which repeats the story in brief. (A summary box's heading, "Key
        # points", is the story's own: real pages' readers count it as story.)
        "key events",
        "trending now",
        "bookmark",
        "story saved",
        "go to the full site",
        "view full site",
        "see full web article",
        "show transcript",
        "related links",
        "let's go",
        "latest",
        "more on this story",
        "story continues",
        "fact box",
        # A footer's links, on a line of their own or in a "|" row.
        "terms of use",
        "terms of service",
        "privacy policy",
        "cookie policy",
        "cookie settings",
        "contact us",
        "about us",
        "ad choices",
        # A story's own buttons ("Gift this article Share Save") and a digest box's link.
        "gift this article",
        "gift article",
        "share full article",
        "see all",
        "skip advertisement",
        "related coverage",
        "related news",
        "watch now",
        # A photo gallery's buttons.
        "next photo",
        "previous photo",
        "next slide",
        "previous slide",
        "fullscreen",
        "share gallery",
        "watch again",
        "up next",
        "buy photos",
        # A newspaper page's furniture in an e-edition.
        "public notices",
        # A newsletter's frame around the story in its web view.
        "forward to a friend",
        "update preferences",
        "view in browser",
        "view this email in your browser",
        "in this issue",
        "links in this article",
        "more episodes",
        "sponsored webinar",
        "register now",
        "read on our website",
        "read more on our website",
        "about the guests",
        "transcript",
        "topics mentioned in this article",
        "top story",
        "classifieds",
        "weather",
        "lea también",
        "lee también",
        "leer más",
        "à lire aussi",
        "lire aussi",
        "lire la suite",
        "les plus lus",
        "más leídas",
        "lo más leído",
        "meistgelesen",
        "weiterlesen",
        # A fact check's frame around the story: its boxes' headings and the sharing widget.
        "our ruling",
        "the claim",
        "claim",
        "share the facts",
        "player ratings",
    ]
)
# Headings of a box that retells the story in a few sentences above it.
SUMMARY_BOXES = frozenset(
    ("key takeaways", "key points", "at a glance", "highlights", "in brief", "the big picture")
)
# Headings of a related-stories card inside a story; a linked headline and its blurb follow.
RELATED_HEADINGS = frozenset(
    (
        "related coverage",
        "related news",
        "related",
        # ... as a Spanish, French or German site heads it over its English edition's story.
        "lea también",
        "lee también",
        "à lire aussi",
        "lire aussi",
        "auch interessant",
        "mehr zum thema",
        "related stories",
        "related articles",
        "more on this story",
        "see also",
        "read also",
        "also read",
        "read more",
        "recommended",
    )
)
_PHRASE_WORDS = max(len(p.split()) for p in _NAV_PHRASES)
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Counts a dump glued to their buttons ("Clap3.6KRespond6", "Share full article86Save").
_BUTTON_COUNT = re.compile(r"\d[\d.,]*[KkM]?")
# A share bar read as text ("Share Facebook X Email Copy link", "ShareSave for laterListen").
_SHARE_BAR = re.compile(r"^share(?:[A-Z ]|$)[^.!?]*$", re.IGNORECASE)
# A bulleted list of headlines ("• Senate passes spending bill"); a story's bullets are sentences.
_HEADLINE_BULLET = re.compile(r"^[•·▪►]\s*[^.!?]{3,80}$")
_CAPTION_LABELS = ("image ", "photo ", "video ", "media ")
_BEST_VIEWED = re.compile(r"^best viewed (?:with|in|on)\b", re.IGNORECASE)
# A broadcast's closed captions, each speaker's turn opened by ">>".
_TRANSCRIPT = re.compile(r"^>>\s")
# A post's counters and its reading time glued to a share bar ("43 Likes 4 Restacks Share",
# "2 minute read Share X Facebook").
_COUNTERS = re.compile(
    r"^(?:\d[\d,.]*\s*(?:likes?|restacks?|comments?|shares?|replies)?\s*)+(?:share)?$"
    r"|^\d+ min(?:ute)?s? read\b|^[^.!?]{0,150}[·•|]\s*\d+ min(?:ute)?s? read$"
    # ... and its reactions, one button a line ("Like 538", "Wow 60").
    r"|^(?:(?:like|love|wow|sad|angry|haha|care)s?\s+\d[\d,.]*\s*)+$"
    # ... and its author card ("Tran Minh Khoa Follow31.0K followers").
    r"|^[^.!?]{0,80}\d[\d,.]*[KkM]? followers$",
    re.IGNORECASE,
)
_BOOKMARKED = re.compile(
    r"^you(?:'ve| have) reached the end of (?:this|the) (?:gallery|slideshow)\b"
    r"|^(?:read the )?original (?:article|story) (?:on|at)\b"
    r"|^we use your (?:reactions|activity|likes) to personali[sz]e\b"
    r"|^you are viewing a preview of this (?:channel|group|page)\b"
    r"|^the (?:gallery|slideshow|article|story) continues (?:after|below)\b"
    # ... its counters ("3 / 12", "17 photos").
    r"|^\d{1,3}\s*/\s*\d{1,3}$|^\d{1,3} (?:photos|pictures|images|slides)\b"
    # ... an e-edition's page turner ("< A3 | A5 >"), and a forum's moderator bot.
    r"|^<\s*[A-Z]?\d{1,3}\s*\|\s*[A-Z]?\d{1,3}\s*>$|^i am a bot\b"
    # A wiki's tagline and its notice on an old article.
    r"|^from [\w .&'’-]{1,40}, the free (?:encyclopedia|news source)\b"
    r"|^this (?:article|page) has been archived\b"
    r"|^you can find this (?:story|article) in\b|^(?:read|see|view) the (?:original|full) "
    r"(?:article|story)\b|^originally (?:published|appeared|posted) (?:at|on|in)\b(?! \d{4}\b)"
    r"|^report this (?:story|article|comment)$",
    re.IGNORECASE,
)
# A "Most read" list's item with its rank glued on ("4Weather warning issued ...").
_NUMBERED_HEADLINE = re.compile(r"^\d{1,2}[A-Z][a-z].*[^.!?…]$")
_DOMAIN = re.compile(
    r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|news|tv|info)$", re.IGNORECASE
)
_READ_MORE = re.compile(
    r"^(?:read more|read also|also read|see also|see more on|more on|related|more|watch|listen"
    r"|recommended|also interesting|also of interest|you (?:may|might) also like"
    r"|further reading)\s*[:|»›]"
    # A row of bracketed links ("[Print this story] [E-mail this story] [Discuss (71 posts)]").
    r"|^(?:\[[^\[\]]{2,40}\]\s*){2,}$",
    re.IGNORECASE,
)
# Legal notices under a story: an agency's redistribution notice, US privacy-law links, terms
# of use, the reprints desk. Anchored at the start, where these are worded the same on every
# site; a story about a privacy law uses the words inside longer, attributed sentences.
_LEGAL = re.compile(
    r"^(?:this|the) (?:material|article|story|content)(?: on this (?:site|website))? may not be "
    r"(?:re)?(?:published|produced|distributed|broadcast|copied)\b"
    r"|^use of this (?:site|website|service) constitutes acceptance\b"
    r"|^(?:your )?california privacy rights\s*(?:[/|·•]|$)"
    r"|^do not sell (?:or share )?my personal info"
    r"|^reprints? (?:and|&) permissions\b"
    # A company's notice under its press release; the wording is the lawyers', on every release.
    r"|^(?:(?:cautionary (?:note|statement) (?:regarding|about|on) )?forward[- ]looking "
    r"statements?|safe harbou?r statement)\b"
    # A financial site's disclosure and its data vendor's terms.
    r"|^disclosures?\s*:|^market data (?:provided|supplied) by\b"
    # A wire's own page: its licensing link and its standards line.
    r"|^purchase licensing rights\b|^our standards\s*:"
    r"|^to order presentation-ready copies\b|^this copy is for your personal,? non-?commercial\b"
    r"|^(?:all )?(?:photographs|photos|images|pictures) (?:on this (?:site|page) )?(?:are|is) "
    r"protected by copyright\b"
    # A newswire's disclaimer under a release, and an e-edition's under its text view.
    r"|^the content of this (?:press )?release is provided by\b|^this e-?edition is provided by\b"
    # A site's disclaimer for the pages it links to ("The BBC is not responsible for ...").
    r"|^[\w .&'’-]{2,60} (?:is|are) not responsible for the content of external "
    r"(?:sites|websites|links)\b"
    # A paper's statement of ownership ("The Record (USPS 782376) is published daily ...").
    r"|^[\w .&'’-]{2,60} \(USPS \d+\) is published\b"
    # A paper's public notices, each under its statutory label ("NOTICE TO CREDITORS: ...").
    r"|^(?-i:(?:LEGAL|PUBLIC) NOTICE|NOTICE (?:TO|OF) [A-Z ]{3,40})\s*:"
    # A publisher's imprint: who answers for it, and the press code it keeps.
    r"|^editor[- ]in[- ]chief\b[^.:]{0,60}:|^[\w .&'’-]{1,60} works according to the\b"
    # ... and its corrections policy, in its own voice ("We correct our mistakes openly ...").
    r"|^we correct (?:our )?(?:mistakes|errors)\b",
    re.IGNORECASE,
)
# ... and, anywhere in their line, a data vendor's delay and a broadcaster's licence notice.
_DATA_TERMS = re.compile(
    r"\b(?:data|quotes) (?:is |are )?delayed (?:by )?(?:at least )?\d+ min"
    r"|\bFCC public (?:inspection )?file\b",
    re.IGNORECASE,
)
# The station's or paper's own app, pitched under the story in the imperative.
_APP_PROMO = re.compile(
    r"^(?:never miss a story\b|(?:download|get|install) (?:the|our) (?:free )?[\w .&'’-]{0,40}"
    r"\bapps?\b"
    # ... or its channel on a messenger ("Join ST's Telegram channel and get the latest ...").
    r"|(?:click here to )?(?:join|follow|subscribe to) [\w .&'’-]{0,40}"
    r"\b(?:telegram|whatsapp|viber|signal) (?:channel|group|community)\b"
    # ... or the blurb under "Get the app" ("Personalised headlines ..., free on iOS and Android").
    r"|[^\"“]{0,80}, (?:free|available) (?:on|for) (?:iOS|Android|iPhone) and (?:iOS|Android)\.?$"
    # ... or a live page's ("Follow live updates on our app. Get ...") and the stores' badges.
    r"|(?:follow|get) (?:live updates|breaking news|the latest)[\w ]{0,30} on (?:our|the) app\b"
    r"|(?:download on the )?app store\s*(?:[|·•,]\s*)?(?:get it on )?google play$)",
    re.IGNORECASE,
)
# Who helped with a story ("The Associated Press contributed to this report."): a credit,
# not a sentence of the story, and not a sign that the story is the agency's.
_CONTRIBUTORS = re.compile(
    r"^[\w .,&'’-]{2,80} contributed (?:reporting |to this )?(?:to this )?(?:report|story|article)"
    r"(?:ing)?\.?$"
    # A live page's credit, and its promise to go on ("This page will be updated as ...").
    r"|^live (?:reporting|coverage|updates) (?:by|from) [^.]{2,80}\.(?: this page will be "
    r"updated\b[^.]{0,60}\.)?$",
    re.IGNORECASE,
)
# "A version of this article appears in print on June 9, 2026, Section A, Page 5 ...".
_PRINT_EDITION = re.compile(
    r"^(?:a version of )?this (?:article|story) (?:appears|appeared) in "
    r"(?:print|the print edition|the [\w ]{3,30} issue of\b)"
    # An aggregator's line on where a story came from ("... published from a partner feed").
    r"|^\(?this (?:article|story) (?:has been|was|is) (?:published|generated|auto-generated) from "
    r"an? [\w -]{0,40}\bfeed\b",
    re.IGNORECASE,
)
# A press release's tail: the issuer's contact desk and the newswire's "SOURCE Issuer" line.
_CONTACT = re.compile(
    r"^(?:(?:media|press|investor|news|editorial) )?(?:contacts?|enquiries|inquiries)\s*:"
    r"|^contact us\s*:|^our mailing address is\b"
    r"|^(?:media|press) (?:contacts?|enquiries|inquiries)$"
    r"|^journalists can (?:reach|contact)\b"
    # ... and its lines: "Email: press@...", "Telephone: 020 ...", "Out of hours: 07700 ...".
    r"|^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|out of hours)\s*:\s*(?:[+(\d]|\S+@)",
    re.IGNORECASE,
)
# The heading of a press release's back matter for journalists: background notes, embargo and
# picture terms. Nothing after it is the release's story ("Notes to editors", "ENDS", "###").
_BACK_MATTER = re.compile(
    r"^(?:notes? (?:to|for) editors|editor(?:'|’)?s notes|background for editors|ends|-\s*ends\s*-"
    r"|#{3}|-30-"
    # ... and a report's list of its sources and how it was checked, after the story.
    r"|sources|references|(?:fact-checking |our )?methodology"
    # ... and the questions a portal answers under every story.
    r"|frequently asked questions|faqs?)\s*:?$",
    re.IGNORECASE,
)
# A match report's data read as text: a timeline's minute-stamped events ("23' Ethan Fenwick
# scores ...", "90+3' ...") and a player rating ("Tom Marsh 7 Never gave the winger a moment's
# peace."). A story never opens a sentence with a minute mark or a name and a bare mark.
_MATCH_EVENT = re.compile(r"^\d{1,3}(?:\+\d{1,2})?['’′]\s+[A-Z]")
_PLAYER_RATING = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} (?:10|\d)(?:\.5)? [A-Z][^.!?]*[.!?]$"
)
# A fact check's ruling, which ends on its rating ("... We rate the claim missing context.").
_RULING = re.compile(
    r"\bwe rate (?:this|the|that|it)(?: claim| post| statement| video)? [\w -]{2,30}\.$",
    re.IGNORECASE,
)
# A fact check's rating as a label ("Rating: False", "ClaimWatch rating: Missing context").
_RATING_LABEL = re.compile(
    r"^(?:[\w-]+ )?(?:rating|verdict)\s*:\s*[\w ]{2,25}$|^player ratings\b[^.]*$", re.IGNORECASE
)
# A reporter's card above the story: name, role and address ("Sigrun Eggertsdottir Journalist
# sigrun@..."). Not a release's contact block, which ends the story.
_AUTHOR_CARD = re.compile(
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) (?:journalist|reporter|correspondent|editor)"
    r"\s+\S+@\S+$",
    re.IGNORECASE,
)
# A forwarded e-mail's marker: the forwarder's note is above it, the story below.
_FORWARDED = re.compile(
    r"^-{3,}\s*forwarded message\s*-{3,}$|^begin forwarded message:?$", re.IGNORECASE
)
# ... the forwarded message's headers, and a list archive's end of the message.
_MAIL_HEADER = re.compile(r"^(?:from|date|sent|subject|to|cc|reply-to):\s+\S", re.IGNORECASE)
_NEXT_PART = re.compile(
    r"^-{3,}\s*next part\s*-{3,}$|^an? (?:html )?attachment was scrubbed\b", re.IGNORECASE
)
# A blog's thread under its post, headed by its count ("1 comment:", "No comments:"):
# nothing after it is the story.
_COMMENT_THREAD = re.compile(r"^(?:\d+|no) comments?:$", re.IGNORECASE)
# A comment box's house rules, in sentences ("Comments are moderated and may take ...").
_COMMENT_POLICY = re.compile(
    r"^comments are (?:moderated|pre-moderated|reviewed)\b|^please keep (?:comments|it) civil\b",
    re.IGNORECASE,
)
# A comment thread's sort control ("sort by: best"): the readers' thread begins, and the
# story has ended.
_COMMENT_SORT = re.compile(
    r"^sort(?:ed)? (?:comments )?by\s*:?\s*(?:best|top|new|newest|old|oldest|popular|most "
    r"(?:liked|recent)|controversial)\b",
    re.IGNORECASE,
)
# A newspaper page's jump lines: the story goes on, or came from, another page.
_JUMP_TO = re.compile(r"^\(?continued on (?:page )?[A-Z]?\d{1,3}\)?$", re.IGNORECASE)
_JUMP_FROM = re.compile(r"^\(?continued from (?:page )?[A-Z]?\d{1,3}\)?$", re.IGNORECASE)
# The weather box beside a story ("Today: Partly sunny, with a high of 57. Tonight: ...").
_WEATHER = re.compile(
    r"^today\s*:\s*[^.]{0,60}\b(?:high|low)s? (?:of|near|around|in the)\b|^sunrise \d{1,2}[:.]\d\d"
    r"|^weather (?:data|information|forecast) is (?:temporarily )?unavailable\b",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^(?:SOURCE\s+|Source:\s*)(?P<name>[A-Z][^.!?]{1,80})$")
# A picture's caption, which ends with its credit ("... from the scene. Photo: Jane Doe").
_CAPTION = re.compile(
    r"(?:^|[.!?)]\s+|\(\s*)(?:photo(?:graph)?|picture|image|video|credit|foto|bild)s?\s*:\s*[^.!?:]{2,60}\)?$"
    r"|\s(?-i:Photo(?:graph)?|PHOTO|Picture|Image|Credit)s?:\s*[^.!?:]{2,60}$"
    # ... or opens with its label, as screen readers are told ("Image caption, Crowds at ...").
    r"|^(?:image|photo|video|media) (?:caption|source)\s*[,:]"
    # ... or glued to it ("... for months.Credit...Reuters"), or the agency in brackets after a
    # caption without a full stop ("The scene on the day the news broke (AFP via Getty Images)").
    r"|[.!?]?(?-i:Credit)\.\.\.\s*[^.!?]{2,60}$"
    r"|^[^.!?]{10,200}\((?-i:[A-Z][\w&'’.-]*(?:\s(?:[A-Z&][\w&'’.-]*|via|for|of|and)){0,5})\)$"
    r"|^[^.!?]{10,200}\((?:representative|file|stock) (?:image|photo|picture)\)$",
    re.IGNORECASE,
)
# "About Northfield Policy Institute": the heading of a release's boilerplate about its issuer.
_ABOUT = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w&.,'’ -]{1,80}?)\s*:?$")
# A correction notice is about the story, not part of it ("This article was amended on ...").
_CORRECTION = re.compile(
    r"^(?:this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected)\b"
    r"|(?:in )?an earlier version of this (?:article|story|report)\b"
    r"|(?:correction|clarification)s?\s*(?::|$))",
    re.IGNORECASE,
)
# "Article URL: http://..." on print pages: the page's own address, kept in `url` already.
_URL_LINE = re.compile(
    # ... alone, after a footnote's number ("[3] https://..."), or after the date it was printed.
    r"^printed from (?:https?://|www\.)\S+"
    # ... and a WordPress feed's trailer ("The post ... appeared first on The Ledger.").
    r"|^the post .{5,250} appeared first on\b"
    r"|^(?:-\s*)?(?:\[\d{1,3}\]\s*)?"
    r"(?:(?:article |story |page )?(?:url|link|permalink|source)\s*:\s*)?(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\d{1,7}(?:\s*(?:words?|views?|shares?|min(?:ute)? read))?$", re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:van|von|de|da|del|der|la|le|bin|al-)?\s*[A-Z][\w'’.-]*){0,3}"
_CREDITS = re.compile(
    r"^\(?(?:reporting|additional reporting|writing|editing|compiled) by\b.{0,300}\)?$"
    # A picture story's credits, names only ("Photographs by Yuki Sato. Words by Kenji Ito.").
    rf"|^(?:(?:photographs|photos|pictures|illustrations?|graphics|words|text) by (?-i:{_NAME})"
    rf"(?: for (?-i:{_NAME}))?(?:\.\s*|\s*$))+$"
    # ... a portal's desk line under the byline ("Greg Halvorsen, AP Edited by: Arjun Menon").
    r"|^[^.!?]{0,80}\bedited by\s*:"
    # ... and a podcast's ("Produced by Lena Vogt. Sound design by Rory Dunne. ...").
    r"|^produced by [^.]{2,40}\.\s+(?:sound design|mixed|music|edited|engineered) by\b"
    # ... and a blog platform's, under every post ("Powered by Blogger.", "Watermark theme.
    # Theme images by Ollustrator.").
    r"|^powered by (?:blogger|wordpress(?:\.com)?|ghost|substack|squarespace|tumblr|wix)\.?$"
    r"|^[\w .'’-]{2,30} theme\. theme images by [\w .'’-]{2,40}\.?$",
    re.IGNORECASE,
)
_TAGS = re.compile(
    r"^(?:tags?|topics?|keywords?|filed under|related topics)\s*[:|]\s*(?P<tags>.+)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    rf"^by\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*[,|·•]\s*(?P<tail>[^.]{0,60}))?$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    rf"\s*(?:\((?P<wire>(?i:{_WIRE_ALT})|AP|AFP|PA|UPI|EFE|dpa)\))?\s*[-–—]{{1,2}}\s+(?=\S)",
)

# Kinds that end a story (a release ends at its issuer's About and contact blocks); sign-up
# and comment prompts also appear between paragraphs.
FOOTER_KINDS = frozenset({"copyright", "trademark", "contact", "about"})


@dataclass(frozen=True)
class Dateline:
    place: str
    wire: str | None
    length: int


# A page's lines are classified twice (judging the extractor's reading, then refining it).
@lru_cache(maxsize=2048)
def classify(line: str) -> str | None:
    """The kind of boilerplate a line is, or None when it may be story text."""
    stripped = line.strip().strip("|•·»«").strip()
    if not stripped:
        return "empty"
    n = len(stripped)
    low = stripped.lower().rstrip(" :.!›>»")
    # Substring tests first: the searches are a paragraph's whole cost when they run on it.
    if n <= 300 and _may_be_copyright(stripped, low) and _COPYRIGHT.search(stripped):
        return "copyright"
    if n <= 600 and "trademark" in low and _TRADEMARK.search(stripped):
        return "trademark"
    if (n <= 160 and _newsletter(stripped, low)) or (
        n <= 600 and _NEWSLETTER_TERMS.match(stripped)
    ):
        return "newsletter"
    if n <= 700 and any(w in low for w in _CONSENT_WORDS) and _CONSENT.search(stripped):
        return "consent"
    if n <= 60 and _FORWARDED.match(stripped):
        return "forwarded"
    if n <= 60 and _NEXT_PART.match(stripped):
        return "back_matter"
    if n <= 200 and _MAIL_HEADER.match(stripped):
        return "metadata"
    if n <= 20 and _COMMENT_THREAD.match(stripped):
        return "comment_thread"
    if (n <= 120 and _COMMENTS.match(stripped) and len(stripped.split()) <= 12) or (
        n <= 300 and _COMMENT_POLICY.match(stripped)
    ):
        return "comments"
    if _TAGS.match(stripped) and n <= 400:
        return "tags"
    if n <= 40 and (low in _NAV_WORDS or low in _NAV_PHRASES or _DOMAIN.match(stripped)):
        return "navigation"
    if n <= 60 and any(low.startswith(p) for p in ("share this", "share on", "more from")):
        return "navigation"
    if n <= 30 and low.startswith("see all ") and len(low.split()) <= 4 and stripped[-1] != ".":
        return "navigation"
    if n <= 40 and (_glued_navigation(stripped) or _SHARE_BAR.match(stripped) or _button_row(low)):
        return "navigation"
    if n <= 60 and _button_row(_GLUE.sub(" ", _BUTTON_COUNT.sub(" ", stripped)).lower()):
        return "navigation"
    if n <= 200 and (_MATCH_EVENT.match(stripped) or _PLAYER_RATING.match(stripped)):
        return "match_data"
    if n <= 40 and _RATING_LABEL.match(stripped):
        return "navigation"
    if n <= 800 and "rate" in low and _RULING.search(stripped):
        return "summary"
    if n <= 100 and (_HEADLINE_BULLET.match(line.lstrip()) or _BEST_VIEWED.match(stripped)):
        return "navigation"
    if n <= 300 and _TRANSCRIPT.match(stripped):
        return "transcript"
    if n <= 160 and "|" in stripped and _menu_row(stripped):
        return "navigation"
    if n <= 200 and (
        _BOOKMARKED.match(stripped)
        or _NUMBERED_HEADLINE.match(stripped)
        or (_COUNTERS.match(stripped) and not stripped.isdigit())
    ):
        return "navigation"
    if n <= 200 and _READ_MORE.match(stripped):
        return "navigation"
    if _NUMBER.match(stripped):
        return "number"
    if n <= 400 and _CREDITS.match(stripped):
        return "credits"
    if n <= 500 and (_LEGAL.match(stripped) or _data_terms(low, stripped)):
        return "legal"
    if n <= 500 and _CORRECTION.match(stripped):
        return "correction"
    if n <= 300 and (_URL_LINE.match(stripped) or _PRINT_EDITION.match(stripped)):
        return "metadata"
    if n <= 200 and (_APP_PROMO.match(stripped) or _APPEAL.match(stripped)):
        return "promotion"
    if n <= 80 and _PLAYER.match(stripped):
        return "player"
    if n <= 500 and _EDITORS_NOTE.match(stripped):
        return "note"
    if n <= 200 and _CONTRIBUTORS.match(stripped):
        return "contributors"
    if n <= 400 and _CONTACT.match(stripped):
        return "contact"
    if back_matter(stripped):
        return "back_matter"
    if n <= 120 and _AUTHOR_CARD.match(stripped):
        return "author_card"
    if n <= 60 and _COMMENT_SORT.match(stripped):
        return "comment_thread"
    if n <= 40 and (_JUMP_TO.match(stripped) or _JUMP_FROM.match(stripped)):
        return "jump"
    if n <= 300 and _WEATHER.match(stripped):
        return "weather"
    if n <= 100 and _SOURCE_LINE.match(stripped):
        return "source"
    if n <= 100 and about(stripped):
        return "about"
    if (
        n <= 300
        and (
            ":" in stripped[-75:]
            or low.startswith(_CAPTION_LABELS)
            or stripped[-1] == ")"
            or "Credit..." in stripped
        )
        and _CAPTION.search(stripped)
    ):
        return "caption"
    return None


def jump_line(line: str) -> bool:
    return jump_to(line) or jump_from(line)


def jump_to(line: str) -> bool:
    """ "Continued on Page A9": the story stops here and goes on on another page."""
    return len(line) <= 40 and bool(_JUMP_TO.match(line.strip()))


def jump_from(line: str) -> bool:
    """ "Continued from Page A4": the story resumes here after another page's stories."""
    return len(line) <= 60 and bool(_JUMP_FROM.match(line.strip()))


def poll(line: str) -> bool:
    """A poll's heading ("QUICK POLL"): a question and its answers follow."""
    return len(line) <= 30 and bool(_POLL.match(line.strip()))


def salutation(line: str) -> bool:
    """A letter's greeting on its own line ("Welcome back,"): an editor's note begins."""
    return len(line) <= 40 and bool(_SALUTATION.match(line.strip()))


def sign_off(line: str) -> bool:
    """ "See you next time, Hannah Ellery Editor, The Dispatch": an editor's note ends."""
    return bool(_SIGN_OFF_LINE.match(line.strip()))


def sponsor_label(line: str) -> bool:
    """ "SPONSORED BY QUILL NOTES": a sponsor's pitch follows."""
    return bool(_SPONSOR_LABEL.match(line.strip()))


def back_matter(line: str) -> bool:
    """A heading after which nothing is the story ("Notes to editors", "Sources")."""
    stripped = line.strip()
    return len(stripped) <= 40 and bool(_BACK_MATTER.match(stripped))


def _may_be_copyright(stripped: str, low: str) -> bool:
    return "©" in stripped or "rights reserved" in low or low.startswith(("copyright", "(c)"))


def _newsletter(stripped: str, low: str) -> bool:
    if _NEWSLETTER.match(stripped):
        return True
    hints = ("newsletter", "inbox", "never share", "reader-supported", "/month", "first", "billed")
    return any(h in low for h in hints) and bool(_NEWSLETTER_ANYWHERE.search(stripped))


def _data_terms(low: str, stripped: str) -> bool:
    return ("delayed" in low or "fcc" in low) and bool(_DATA_TERMS.search(stripped))


def about(line: str) -> str | None:
    """The issuer named by an "About Acme Corp." heading, which its boilerplate then describes."""
    match = _ABOUT.match(line.strip())
    if not match or len(match["name"].split()) > 8:
        return None
    return match["name"].rstrip(" .,")


def _glued_navigation(line: str) -> bool:
    """Buttons whose labels a text dump glued together ("ShareSave", "ShareBack to top")."""
    parts = _GLUE.split(line)
    return len(parts) > 1 and all(
        p.lower() in _NAV_WORDS or p.lower() in _NAV_PHRASES for p in parts
    )


def _button_row(low: str) -> bool:
    """Button labels a dump put on one line with spaces ("Gift this article Share Save")."""
    words = low.split()
    at = 0
    while at < len(words):
        for size in range(min(_PHRASE_WORDS, len(words) - at), 0, -1):
            label = " ".join(words[at : at + size])
            if label in _NAV_PHRASES or (size == 1 and label in _NAV_WORDS):
                at += size
                break
        else:
            return False
    return len(words) > 1


def _menu_row(line: str) -> bool:
    """A "|" row of short labels, one a link every site has ("Lite | Go to the full site")."""
    parts = [p.strip().lower() for p in line.split("|") if p.strip()]
    return all(len(p.split()) <= 5 and not p.endswith((".", "!", "?")) for p in parts) and any(
        p in _NAV_WORDS or p in _NAV_PHRASES for p in parts
    )


def tags_of(line: str) -> list[str]:
    match = _TAGS.match(line.strip())
    if not match:
        return []
    return split_tags(match["tags"])


def split_tags(value: str) -> list[str]:
    parts = re.split(r"\s*[|,;]\s*", value.strip())
    return [p.strip().lower() for p in parts if p.strip()]


# What follows the names in "By AMINA DIALLO Associated Press" or "By G. McLEOD AP Sports Writer".
_BYLINE_CREDIT = re.compile(
    r"\s+(?:(?:The\s+)?Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Bloomberg|dpa)\b.*$"
    r"|\s+(?:(?:Staff|Sports|Business|Political|Senior|Chief|News|Local|Health|Science|Education"
    r"|Environment|Crime|Court|Data|Digital|Freelance|Contributing|Special|Foreign|Junior|Trainee)"
    r"\s+)?(?:Writer|Correspondent|Reporter)$"
)
_MC = re.compile(r"^(?:Mc|Mac)[A-Z]{2,}$")


def byline(line: str) -> list[str] | None:
    """Authors named by a "By ..." line, or None when the line is not a byline."""
    stripped = line.strip()
    if len(stripped) > 120:
        return None
    match = _BYLINE.match(_BYLINE_CREDIT.sub("", stripped))
    if not match:
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match["names"]) if n.strip()]
    return [_name_case(n) for n in names] or None


_BARE_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+| [A-Z]\.){0,2} [A-Z][a-z'’-]+")


def bare_name(line: str) -> str | None:
    """A line that is only a person's name ("Ana Silva"), as a dump shows a byline."""
    stripped = line.strip()
    if not _BARE_NAME.fullmatch(stripped) or stripped.lower() in _NAV_PHRASES:
        return None
    return None if any(w.lower() in _NAV_WORDS for w in stripped.split()) else stripped


def _name_case(name: str) -> str:
    """Wire bylines shout names ("GRAHAM McLEOD"): give each shouted word a name's case."""
    words = []
    for word in name.split():
        if word.isupper() and len(word) > 1:
            word = word.capitalize()
        elif _MC.match(word):
            word = word[:2] + word[2:].capitalize()
        words.append(word)
    return " ".join(words)


def dateline(paragraph: str) -> Dateline | None:
    """The "BRUSSELS (Reuters) -" opening of a story's first paragraph."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"].strip()
    if len(place.split()) > 5:
        return None
    wire = match["wire"]
    return Dateline(place=place, wire=wire_name(wire) if wire else None, length=match.end())


def wire_name(spelling: str) -> str | None:
    return _WIRE_BY_SPELLING.get(spelling.strip().lower())


def wire_in_credit(line: str) -> str | None:
    """The agency a copyright or credit line names ("© 2024 Thomson/Reuters")."""
    found = _WIRE_IN_TEXT.search(line)
    if not found:
        return None
    word = found.group(0)
    # Short codes only count in capitals: "ap" or "pa" in lower case are other words.
    if len(word) <= 3 and word != word.upper() and word.lower() != "dpa":
        return None
    return wire_name(word)


def source_wire(line: str) -> str | None:
    """The agency a "Source: Reuters" line names; a release's "SOURCE Acme" names none."""
    match = _SOURCE_LINE.match(line.strip())
    return wire_name(match["name"].rstrip(" .")) if match else None


def copyright_holder(line: str) -> str | None:
    """Who a copyright line names ("© 2024 Newsmax Media, Inc." -> "Newsmax Media, Inc.")."""
    match = _COPYRIGHT_HOLDER.match(line.strip())
    if not match:
        return None
    holder = match["holder"].strip(" ,.")
    if not holder or holder.lower().startswith("all rights"):
        return None
    if re.search(r"\b(?:Inc|Ltd|Corp|Co|S\.A)$", holder):
        holder += "."
    return holder


def trademark_owner(line: str) -> str | None:
    match = re.search(
        r"trademarks? (?:of|owned by) (?P<owner>[A-Z][^.]*?(?:,? (?:Inc|Ltd|LLC|Corp|plc)\.?)?)"
        r"(?:\.|$)",
        line,
    )
    if not match:
        return None
    owner = match["owner"].strip(" ,")
    return owner + "." if re.search(r"\b(?:Inc|Ltd|Corp)$", owner) else owner
