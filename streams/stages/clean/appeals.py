"""What a page says to its reader rather than about the news, in the languages of the news.

Calls to follow, subscribe, download the app, sign up, log in to comment or
support the site; advertising disclosures; and photo credits. They sit inside
the story's markup, so an extractor keeps them. Each pattern is anchored at
the start of the line and bounded in length, the way these are worded on
every site; a story about a subscription or a photographer uses the same
words inside longer, attributed sentences, which stay.
"""

from __future__ import annotations

import re

# A call to the reader. Over this many words a line is a paragraph that mentions these things.
APPEAL_MAX_WORDS = 40
_APPEAL = re.compile(
    # Follow us / our channels.
    r"^(?:follow|like) (?:us|[\w.@' -]{1,40}) on (?:twitter|x|facebook|instagram|tiktok|youtube"
    r"|linkedin|telegram|whatsapp|threads)\b"
    r"|^(?:folgen sie|folge) (?:uns|[\w.@' -]{1,30}) (?:auf|bei)\b|^síg(?:a|ue)nos en\b"
    r"|^suivez-nous\b|^seguici\b|^obserwuj nas\b|^volg ons\b"
    r"|^[¡¿]?(?:ya sabías|sabías) que [^?]{1,80}(?:canal|grupo) de (?:telegram|whatsapp|youtube)"
    r"|^[¡¿]?mira lo que tiene nuestro canal\b|^únete a nuestro canal\b"
    # The app.
    r"|^(?:for the latest [^.]{1,60}|get (?:the|our) [^.]{1,40}app)[^.]{0,80}\bdownload\b"
    r"|^download (?:the|our) [^.]{1,40}\bapps?\b"
    r"|^(?:laden sie|hol dir) (?:die|unsere) [\w -]{1,30}app\b"
    # Subscribe, sign up, register.
    r"|^(?:to (?:view|read|continue reading) the full (?:story|article)|to continue reading)"
    r"[^.]{0,40}\b(?:subscribe|log in|sign in|register)\b"
    r"|^(?:never miss|don't miss|get) [^.]{1,60}\b(?:by )?sign(?:ing|s)? up\b"
    r"|^get [^.]{1,40}(?:daily|weekly) (?:edition|newsletter|briefing)\b"
    r"|^(?:zum|für den) newsletter (?:anmelden|eintragen)|^mit unserem newsletter\b"
    r"|^(?:jetzt )?(?:newsletter )?abonnieren\b|^zapraszamy (?:też |również )?do subskrypcji\b"
    r"|^subscribers? (?:read on|only|can read)\b|^already (?:a subscriber|have an account)\b"
    r"|^(?:bereits|schon) abonnent\b|^¿?ya eres suscriptor\b|^déjà abonné\b"
    r"|^hazte (?:miembro|socio)\b|^suscríbete\b|^pour (?:lire la suite|accéder en illimité)\b"
    r"|^(?:do you want|would you like) to (?:be informed|receive|get)\b[^.]{0,80}\bsign up\b"
    # Support us.
    r"|^(?:unterstütze|unterstützen sie) (?:uns|[\w -]{1,30})\b"
    r"|^if you (?:enjoyed|liked|value) (?:reading )?this (?:post|article|story)\b"
    r"|^(?:support|help) (?:us|our (?:work|journalism))\b|^apoya (?:nuestro|el) periodismo\b"
    # Comments and accounts.
    r"|^(?:we want to hear what you think|verraten sie (?:uns )?(?:gerne )?in den kommentaren"
    r"|sie sind (?:aktuell )?nicht eingeloggt|du musst eingeloggt sein|keine kommentare\b"
    r"|kommentare insgesamt|view comments|leave a (?:comment|reply)|hinterlasse einen kommentar"
    r"|deja (?:un|tu) comentario|laisser un commentaire|ich habe als gast bestellt)"
    # Advertising and affiliate disclosures.
    r"|^\*?(?:werbung|anzeige)"
    r"(?:\s*$|\s*[:|/–-]|\s*,\s*enthält|\.\s+(?:dieser|der) (?:beitrag|artikel))"
    r"|^this (?:post|article|page) (?:contains|includes|may contain) (?:references to products|"
    r"affiliate links|sponsored)\b"
    r"|^we recommend the best products\b|^bei den (?:verlinkungen|links) handelt es sich um\b"
    r"|^(?:dieser|der) (?:beitrag|artikel) enthält (?:werbung|affiliate)",
    re.IGNORECASE,
)
# A photo credit on a line of its own ("Fot. Łukasz Nowaczyk / Agencja Gazeta", "Titelbild:
# Geyres Christophe/ABACA", "Crédits photos : Bestimage", "AFP / MARCO BERTORELLO").
CREDIT_MAX_CHARS = 120
_PHOTO_CREDIT = re.compile(
    r"^\(?(?:fot\.|foto(?:s|grafie)?\s*:|bild(?:er)?\s*:|titelbild\s*:|beitragsbild\s*:"
    r"|photos?\s*:|crédits? photos?\s*:|image(?: illustrative)?\s*:|credit\s*:|copyright\s*:"
    r"|quelle\s*:\s*(?:getty|dpa|afp|reuters|ap\b|imago|shutterstock|istock|picture alliance))"
    r"|^(?:afp|ap|dpa|epa|reuters|getty images|imago|picture alliance)(?:\s*/\s*[\w .'-]{2,40})+$"
    r"|^bild anzeigen$",
    re.IGNORECASE,
)


def appeal(line: str) -> bool:
    """A call to the reader or an advertising disclosure."""
    text = line.strip().lstrip("*¡¿ ")
    return len(line.split()) <= APPEAL_MAX_WORDS and bool(_APPEAL.match(text))


def photo_credit(line: str) -> bool:
    """A photo's credit alone on a line."""
    text = line.strip()
    return len(text) <= CREDIT_MAX_CHARS and bool(_PHOTO_CREDIT.match(text))
