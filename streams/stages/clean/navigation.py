"""A page's menus and buttons: the words of navigation, share bars and rows of buttons.

A closed lexicon of labels (NAV_WORDS, NAV_PHRASES), and the forms a dump
gives them: glued together ("ShareSave"), in a row with spaces, in a "|" row.
"""

from __future__ import annotations

import re

NAV_WORDS = frozenset(
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
NAV_PHRASES = frozenset(
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
_PHRASE_WORDS = max(len(p.split()) for p in NAV_PHRASES)
GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Counts a dump glued to their buttons ("Clap3.6KRespond6", "Share full article86Save").
BUTTON_COUNT = re.compile(r"\d[\d.,]*[KkM]?")
# A share bar read as text ("Share Facebook X Email Copy link", "ShareSave for laterListen").
SHARE_BAR = re.compile(r"^share(?:[A-Z ]|$)[^.!?]*$", re.IGNORECASE)
BEST_VIEWED = re.compile(r"^best viewed (?:with|in|on)\b", re.IGNORECASE)
BOOKMARKED = re.compile(
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
DOMAIN = re.compile(
    r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|news|tv|info)$", re.IGNORECASE
)


def glued_navigation(line: str) -> bool:
    """Buttons whose labels a text dump glued together ("ShareSave", "ShareBack to top")."""
    parts = GLUE.split(line)
    return len(parts) > 1 and all(p.lower() in NAV_WORDS or p.lower() in NAV_PHRASES for p in parts)


def button_row(low: str) -> bool:
    """Button labels a dump put on one line with spaces ("Gift this article Share Save")."""
    words = low.split()
    at = 0
    while at < len(words):
        for size in range(min(_PHRASE_WORDS, len(words) - at), 0, -1):
            label = " ".join(words[at : at + size])
            if label in NAV_PHRASES or (size == 1 and label in NAV_WORDS):
                at += size
                break
        else:
            return False
    return len(words) > 1


def menu_row(line: str) -> bool:
    """A "|" row of short labels, one a link every site has ("Lite | Go to the full site")."""
    parts = [p.strip().lower() for p in line.split("|") if p.strip()]
    return all(len(p.split()) <= 5 and not p.endswith((".", "!", "?")) for p in parts) and any(
        p in NAV_WORDS or p in NAV_PHRASES for p in parts
    )
