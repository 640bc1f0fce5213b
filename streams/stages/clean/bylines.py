"""Who made the story: bylines, names alone on a line, credit lines, author cards, captions.

A byline names the record's authors (an agency named in it is the wire); the
other credits (reporting, photographs, contributors, a picture's caption) are
about the story, not part of it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from streams.stages.clean.navigation import NAV_PHRASES, NAV_WORDS

if TYPE_CHECKING:
    from streams.stages.clean.page import Extracted

CAPTION_LABELS = ("image ", "photo ", "video ", "media ")
# Who helped with a story ("The Associated Press contributed to this report."): a credit,
# not a sentence of the story, and not a sign that the story is the agency's.
CONTRIBUTORS = re.compile(
    r"^[\w .,&'’-]{2,80} contributed (?:reporting |to this )?(?:to this )?(?:report|story|article)"
    r"(?:ing)?\.?$"
    # A live page's credit, and its promise to go on ("This page will be updated as ...").
    r"|^live (?:reporting|coverage|updates) (?:by|from) [^.]{2,80}\.(?: this page will be "
    r"updated\b[^.]{0,60}\.)?$",
    re.IGNORECASE,
)
# A reporter's card above the story: name, role and address ("Sigrun Eggertsdottir Journalist
# sigrun@..."). Not a release's contact block, which ends the story.
AUTHOR_CARD = re.compile(
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) (?:journalist|reporter|correspondent|editor)"
    r"\s+\S+@\S+$",
    re.IGNORECASE,
)
# A picture's caption, which ends with its credit ("... from the scene. Photo: Jane Doe").
CAPTION = re.compile(
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
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:van|von|de|da|del|der|la|le|bin|al-)?\s*[A-Z][\w'’.-]*){0,3}"
CREDITS = re.compile(
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
_BYLINE = re.compile(
    rf"^by\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*[,|·•]\s*(?P<tail>[^.]{0,60}))?$",
    re.IGNORECASE,
)
# What follows the names in "By AMINA DIALLO Associated Press" or "By G. McLEOD AP Sports Writer".
_BYLINE_CREDIT = re.compile(
    r"\s+(?:(?:The\s+)?Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Bloomberg|dpa)\b.*$"
    r"|\s+(?:(?:Staff|Sports|Business|Political|Senior|Chief|News|Local|Health|Science|Education"
    r"|Environment|Crime|Court|Data|Digital|Freelance|Contributing|Special|Foreign|Junior|Trainee)"
    r"\s+)?(?:Writer|Correspondent|Reporter)$"
)
_MC = re.compile(r"^(?:Mc|Mac)[A-Z]{2,}$")
_BARE_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+| [A-Z]\.){0,2} [A-Z][a-z'’-]+")


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


def bare_name(line: str) -> str | None:
    """A line that is only a person's name ("Ana Silva"), as a dump shows a byline."""
    stripped = line.strip()
    if not _BARE_NAME.fullmatch(stripped) or stripped.lower() in NAV_PHRASES:
        return None
    return None if any(w.lower() in NAV_WORDS for w in stripped.split()) else stripped


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


def bare_bylines(story: list[str], lead: str | None, out: Extracted) -> None:
    """Names alone on a line between the headline and the lead: a dump's byline."""
    head = story[: story.index(lead)] if lead in story else []
    for unit in head:
        name = bare_name(unit)
        if name:
            story.remove(unit)
            out.removed["byline"] += 1
            if name not in out.authors:
                out.authors.append(name)
