"""Links to other stories inside a story: "Read also: …" lines and "Related" headings.

News sites in every language put the same furniture between and under a
story's paragraphs: a label that sends the reader elsewhere ("Lea también:",
"Lesen Sie auch:", "Czytaj też:", "À lire aussi") followed by another story's
headline, or a heading ("Contenido relacionado", "Empfohlene Beiträge") over a
list of headlines. On trafilatura's evaluation corpus these are the most
common furniture its extractor keeps. The labels are a closed, multilingual
lexicon; a sentence that merely uses the words ("Read also the report …")
runs on without the label's colon and is story.
"""

from __future__ import annotations

import re

# Labels that send the reader to another story, lower case, by language. Each is a label
# only when it ends the line or a colon (or », ›, |) follows it.
LABELS = (
    # English
    "read more", "read also", "also read", "read next", "see also", "more on this story",
    "more on this topic", "related", "related articles", "related stories", "related content",
    "related coverage", "related news", "recommended", "recommended for you",
    "you may also like", "you might also like", "also of interest", "further reading",
    "most read", "most popular", "trending now", "more stories", "more from",
    # German
    "lesen sie auch", "lesen sie hier", "lesen sie mehr", "auch lesen", "auch interessant",
    "das könnte sie auch interessieren", "das könnte dich auch interessieren",
    "das thema könnte dich auch interessieren", "das könnte sie interessieren",
    "mehr zum thema", "mehr themen", "weitere themen", "top-themen", "weitere artikel",
    "weitere artikel zum thema", "weitere beiträge", "empfohlene beiträge", "empfohlene artikel",
    "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "verwandte themen",
    "schon gelesen", "zum weiterlesen", "weiterlesen", "passend dazu", "passend zum thema",
    "lust auf mehr", "meistgelesen", "meistgelesene artikel", "kommentierte artikel",
    "beiträge aus dem forum", "auch spannend", "ebenfalls interessant",
    # Spanish
    "lea también", "lea más", "lee también", "lee más", "lea además", "vea también",
    "ver también", "mire", "mira", "le puede interesar", "te puede interesar",
    "también te puede interesar", "puede interesarle", "puedes ver", "contenido relacionado",
    "notas relacionadas", "noticias relacionadas", "artículos relacionados", "relacionado",
    "relacionadas", "lo más leído", "más noticias", "te recomendamos", "recomendamos",
    # Portuguese
    "leia também", "leia mais", "veja também", "veja mais", "saiba mais", "leia a seguir",
    "notícias relacionadas", "mais lidas",
    # French
    "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet",
    "à lire également", "lire la suite", "les plus lus", "articles liés", "à voir aussi",
    # Italian
    "leggi anche", "leggi pure", "potrebbe interessarti", "articoli correlati",
    "notizie correlate", "i più letti",
    # Dutch
    "lees ook", "lees meer", "zie ook", "gerelateerd", "gerelateerde artikelen",
    "meest gelezen",
    # Polish
    "czytaj też", "czytaj także", "czytaj również", "czytaj więcej", "zobacz też",
    "zobacz także", "zobacz również", "przeczytaj też", "przeczytaj także", "polecamy",
    "najczęściej czytane",
)  # fmt: skip
_LABEL = "|".join(sorted((re.escape(label) for label in LABELS), key=len, reverse=True))
# "Lea también: Impiden ingreso …", "À lire aussi » Ballonnements …", "MIRA: Madre se …".
_LABELLED_LINK = re.compile(rf"^(?:{_LABEL})\s*(?::|»|›|\||>>)\s*\S", re.IGNORECASE)
# The label alone, a heading over headlines ("Contenido Relacionado", "Schon gelesen?").
_HEADING = re.compile(rf"^(?:{_LABEL})\s*[:?!.»›]?$", re.IGNORECASE)
# A linked headline after its label is a line, not a paragraph: past this it is story text
# that begins with the words ("Related: the council said on Monday that …" is rare but real).
LINK_MAX_WORDS = 30


def labelled_link(line: str) -> bool:
    """A label and another story's headline on one line ("Lea también: …")."""
    text = line.strip()
    return len(text.split()) <= LINK_MAX_WORDS and bool(_LABELLED_LINK.match(text))


def heading(line: str) -> bool:
    """A heading over a list of other stories' headlines ("Related", "Empfohlene Beiträge")."""
    return len(line) <= 60 and bool(_HEADING.match(line.strip()))
