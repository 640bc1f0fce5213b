"""An extractor's reading of markup: story kept unless a line's own words show it is furniture."""

from __future__ import annotations

import pytest

from streams.stages import clean
from streams.stages.clean import appeals, crosslinks, htmlpage, labels, reading
from streams.stages.clean.page import Extracted
from tests import factories

LEAD = (
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nachdem "
    "die Opposition eine längere Debatte über die Schulen verlangt hatte."
)
LAST = "Die Verwaltung soll die Pläne bis zum Sommer umsetzen, sagte der Bürgermeister."


def read(*units: str, title: str | None = None) -> Extracted:
    out = Extracted(title=title)
    reading.refine(list(units), out)
    return out


@pytest.mark.parametrize(
    "line",
    [
        "Lea también: Impiden ingreso a Nicaragua a reportero estadounidense",
        "Lesen Sie auch: Stadtrat streitet über neue Radwege",
        "Czytaj też: Wyścig zbrojeń na Pacyfiku",
        "À lire aussi » Ballonnements, lourdeurs : quel est votre profil digestif",
        "LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández",
        "Read more: Recognising colonial crimes: work in progress",
    ],
)
def test_a_labelled_link_to_another_story_goes(line: str) -> None:
    assert crosslinks.labelled_link(line)
    assert read(LEAD, line, LAST).paragraphs == [LEAD, LAST]


def test_a_sentence_that_starts_with_a_labels_words_stays() -> None:
    line = "Read more about the budget in the council's own report, the mayor said on Tuesday."
    assert not crosslinks.labelled_link(line)
    assert read(LEAD, line).paragraphs == [LEAD, line]


def test_a_related_heading_and_the_headlines_under_it_go_and_the_story_resumes() -> None:
    out = read(
        LEAD,
        "Contenido Relacionado",
        "Hackers ofrecen descuento al Gobierno",
        "Grupo Conti asegura haber hackeado Hacienda",
        LAST,
    )
    assert out.paragraphs == [LEAD, LAST]
    assert out.removed["related"] == 3


@pytest.mark.parametrize(
    "line",
    [
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS",
        "To view the full story, please subscribe to The Haitian Times.",
        "Zum Newsletter anmelden",
        "Unterstütze RosaMag bereits mit 2,50!",
        "If you enjoyed reading this post – would you consider supporting our work?",
        "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.",
        "Anzeige, enthält Affiliate Links",
        "¡Mira lo que tiene nuestro canal de YouTube!",
    ],
)
def test_a_call_to_the_reader_goes(line: str) -> None:
    assert appeals.appeal(line)
    assert read(LEAD, line, LAST).paragraphs == [LEAD, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Werbung nervt. Tracking nervt. Und mobil habe ich keine Zeit für Werbung.",
        "The union said members would follow the talks on Facebook and at meetings in Leeds, "
        "where the strike began in March after the company cut overtime pay for night shifts "
        "across all three of its depots in the north of England.",
        "Subscribers to the water company's scheme will pay less from April, the regulator said.",
    ],
)
def test_story_sentences_with_an_appeals_words_stay(line: str) -> None:
    assert not appeals.appeal(line)
    assert read(LEAD, line).paragraphs == [LEAD, line]


@pytest.mark.parametrize(
    "line",
    [
        "Fot. Łukasz Nowaczyk / Agencja Gazeta",
        "Titelbild: Geyres Christophe/ABACA",
        "Crédits photos : Bestimage",
        "AFP / MARCO BERTORELLO",
    ],
)
def test_a_photo_credit_on_its_own_line_goes(line: str) -> None:
    assert appeals.photo_credit(line)
    assert read(LEAD, line, LAST).paragraphs == [LEAD, LAST]


def test_lines_that_only_cost_story_on_real_pages_stay() -> None:
    # A repeated subheading, a number of a list, a quote with its author in brackets: on
    # trafilatura's corpus removing such lines cost more story than furniture.
    units = [LEAD, "Die Pläne im Überblick", "3", "Man muss es nur wollen (Erich Kästner)", LAST]
    assert read(*units).paragraphs == units


def test_the_headline_stays_where_the_page_prints_it_and_the_dateline_is_read_after_it() -> None:
    lead = f"BERLIN (dpa) - {LEAD}"
    out = read("Stadtrat beschließt Haushalt", lead, LAST, title="Stadtrat beschließt Haushalt")
    assert out.paragraphs == ["Stadtrat beschließt Haushalt", lead, LAST]
    assert (out.dateline, out.wire) == ("Berlin", "dpa")


def test_a_byline_goes_to_authors_and_the_footer_to_its_owner() -> None:
    out = read("By Anna Berg", LEAD, LAST, "© 2024 Rheinische Post. All rights reserved.")
    assert out.paragraphs == [LEAD, LAST]
    assert out.authors == ["Anna Berg"]


def test_an_xhtml_page_with_an_xml_declaration_is_read() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html><head><title>Haushalt'
        f"</title></head><body><article><p>{LEAD}</p><p>{LAST}</p></article></body></html>"
    )
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert out["paragraphs"] == [LEAD, LAST]
    assert out["flags"] == []


def test_a_control_character_in_a_paragraph_does_not_lose_the_page() -> None:
    out = htmlpage.extract(f"<html><body><p>{LEAD}\x0b</p><p>{LAST}</p></body></html>", None)
    assert out.paragraphs == [LEAD, LAST]


def test_a_cjk_page_yields_its_text() -> None:
    paragraphs = [
        "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり"
        "蹴ったりする体罰を禁止することになりました。",
        "法律では虐待をした親に専門家が子どもの育て方を教えたり、子どもを守る仕事をする"
        "専門の職員を増やしたりすることも決まりました。",
        "日本に前からある法律では、親には子どもを叱る権利があると決めています。",
    ]
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    body = (
        '<html lang="ja"><head><title>体罰を禁止する法律</title></head><body>'
        f"<nav><a href='/'>ホーム</a></nav><article><h1>体罰を禁止する法律</h1>{story}</article>"
        "</body></html>"
    )
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert out["title"] == "体罰を禁止する法律"
    assert out["paragraphs"] == ["体罰を禁止する法律", *paragraphs]
    assert out["language"]["code"] == "ja"


def test_a_date_htmldate_finds_gives_the_day_and_the_metadata_its_time() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">'
    body = (
        f"<html><head><title>Haushalt</title>{head}</head><body><article><p>{LEAD}</p>"
        f"<p>{LAST}</p></article></body></html>"
    )
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert out["published_at"] == "2024-03-05T09:30:00+01:00"
    assert out["published_source"] == "metadata"


def test_htmldate_alone_dates_a_page_without_metadata() -> None:
    body = (
        "<html><head><title>Haushalt</title></head><body><article><p>Veröffentlicht am "
        f"05.03.2024</p><p>{LEAD}</p><p>{LAST}</p></article></body></html>"
    )
    out = clean.clean(
        factories.raw(body, content_type="text/html", url="https://example.de/2024/03/05/haushalt")
    )
    assert out["published_at"] == "2024-03-05T00:00:00+00:00"
    assert out["published_source"] in ("htmldate", "text")


@pytest.mark.parametrize(
    "line",
    [
        "Kategorie: News",
        "Category : Press Releases",
        "Aktualisiert am 17.01.2021.",
        "Last updated: 5 March 2024",
        "Lesezeit: 4 Minuten",
        "Video verfügbar bis 28.02.2021",
        "Kontakt:",
        "Telefon: +49 - (40) - 300 30 - 1141",
        "Quelle: Landesregierung",
        "Abbildung 4: klassische Schwachschicht.",
        "Inhaltsverzeichnis",
    ],
)
def test_a_labelled_line_of_the_pages_metadata_goes(line: str) -> None:
    assert labels.label(line)
    assert read(LEAD, line, LAST).paragraphs == [LEAD, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Stand der Dinge ist, dass der Rat im Mai erneut abstimmt.",
        "Kontakt mit der Polizei hatte der Verdächtige nach Angaben der Behörde nicht.",
        "Updated figures show that unemployment rose to 5.1 percent in March.",
        "Contents of the report were leaked to reporters on Monday, officials said.",
    ],
)
def test_a_sentence_that_opens_with_a_labels_word_stays(line: str) -> None:
    assert not labels.label(line)
    assert read(LEAD, line).paragraphs == [LEAD, line]


def test_a_bare_year_in_the_text_is_not_a_publication_date() -> None:
    body = (
        "<html><head><title>Haushalt</title></head><body><article><p>Seit 2002 hat der Rat "
        f"keinen solchen Haushalt beschlossen.</p><p>{LEAD}</p><p>{LAST}</p></article>"
        "<footer>© 2024 Rheinische Post</footer></body></html>"
    )
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert out["published_at"] is None
