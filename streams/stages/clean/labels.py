"""Lines that label the page rather than tell the story, in the languages of the news.

A category, an update stamp, a reading time, a video's availability, a press
office's contact lines and a source line under the story: short lines that
open with a label and its colon, worded the same on every site. A line that
goes on past the label into sentences is story and stays.
"""

from __future__ import annotations

import re

LABEL_MAX_CHARS = 120
_LABEL = re.compile(
    # Category and filing.
    r"^(?:categor(?:y|ies)|kategorie(?:n)?|categoría|catégorie|kategoria|rubrik|ressort"
    r"|filed under|posted in|veröffentlicht in)\s*:"
    # Update stamps (the publication date itself is metadata too, but some sites print it as
    # the story's first line, and the date finder reads it from there).
    r"|^(?:last (?:updated|modified)|updated|aktualisiert(?: am)?|zuletzt aktualisiert"
    r"|letzte (?:änderung|aktualisierung)|actualizado|mis à jour|aggiornato|zaktualizowano"
    r"|release date|news date|stand)\b\s*:?\s*(?:\d|am\b|on\b|:|$)"
    # Reading time and availability.
    r"|^(?:lesezeit|reading time|tiempo de lectura|temps de lecture|czas czytania)\s*:"
    r"|^\d{1,2}\s*(?:min(?:ute)?s?\.?|minuten)\s*(?:read|lesezeit|lesen|de lectura)\b"
    r"|^ten tekst przeczytasz\b|^video verfügbar bis\b|^(?:video|audio) available until\b"
    # A press office's contact block.
    r"|^(?:kontakt|pressekontakt|medienkontakt|ansprechpartner(?:in)?(?: zum thema)?"
    r"|pressesprecher(?:\*?in)?|media contacts?|press contacts?|contacto|contacto de prensa"
    r"|contact presse)\b\s*:?\s*(?:$|(?-i:[A-ZÄÖÜ+(\d]))"
    r"|^(?:tel(?:efon)?|phone|fax|e-?mail)\.?\s*:\s*[+(\d\w]"
    # A figure's caption ("Abbildung 4: ...", "Fig. 2: ...") and a table of contents' heading.
    r"|^(?:abbildung|abb\.|grafik|figure|fig\.|figura|rysunek|rys\.)\s*\d{1,3}\s*[:.]"
    r"|^(?:inhaltsverzeichnis|table of contents|contents|índice|sommaire|spis treści|inhalt)\s*:?$"
    # Where the story came from, under it ("Quelle: Landesregierung", "Fuente: EFE").
    r"|^(?:quelle|quellen|quellenangaben|fuente|fuentes|źródło|fonte)\s*:",
    re.IGNORECASE,
)


def label(line: str) -> bool:
    """A labelled line of the page's metadata ("Kategorie: News", "Telefon: +49 ...")."""
    text = line.strip()
    return len(text) <= LABEL_MAX_CHARS and bool(_LABEL.match(text))
