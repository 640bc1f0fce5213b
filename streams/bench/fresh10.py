"""The tenth fresh set: new article texts in three known and three new page layouts.

`build_fresh10()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh10.jsonl (fog nets that
water a town in Chile's Atacama desert, Lake Naivasha flooding flower farms with a farm
manager who "told Reuters" and a paragraph ending in a closing quote after the full stop,
the Svalbard seed vault's largest deposit with a paragraph that is one long quotation, a
mobile library bus back on the road with a "Where the bus will stop" subheading and a
paragraph saying anyone can "sign up for a library card", a Faroese club reaching the
Conference League with a five-word paragraph, a Japanese convenience store chain closing
shops at night with a paragraph that reads like a correction notice but is the story ("The
company corrected its store count on Thursday, ..."), the Hainan gibbon count with a
paragraph that is a question, ticket touts jailed for using bots with a paragraph about
signing up for newsletters, a list sentence after a colon and a paragraph ending in the
abbreviation "U.S.", streetlights switched off at night with a "Which streets will go
dark" subheading and a six-word paragraph, a landslide on the Karakoram Highway at "6:45
a.m.", a Dutch fine over cookies placed after users clicked "Reject all" on an app used by
"2.4 million" people, with a paragraph that explains what cookies are, and a Finnish
composer's works entering the public domain, with a paragraph that begins "Copyright in
Finland" and one that begins "Read more than seven decades after") in three known layouts
(FRESH10_KNOWN) and in three new ones, FRESH10_TEMPLATES: 72 pages. The new ones are:

- a photo story ("gallery"): a header, an "In pictures" kicker, the headline, a "Photographs
  by ... Words by ..." line and a "12 photos" count with "Fullscreen" and "Share gallery"
  buttons; then one slide per story paragraph, in order: a "3 / 12" counter, a <figure>
  whose <img> carries the caption as its alt text and whose <figcaption> holds a caption
  written as a full sentence and a "Photo: ... / AFP" credit, the paragraph as a <p> in
  <div class="gl-text">, and "Previous" and "Next photo" buttons; subheadings are <h2>s
  between slides; after the third, fourth or fifth slide an advertisement slide says "The
  gallery continues after this advertisement."; the gallery ends with "You have reached the
  end of this gallery." and a "Watch again" button; then an "Up next" rail of other
  galleries with photo counts and summary sentences, a "Sponsored content" strip of "Paid
  content by ..." sentences and a footer whose copyright line is written as sentences. The
  slides sit in <main><article> on some pages and in plain <div>s on the others;
- a community news wiki, Wikinews-like ("wiki"): MediaWiki markup; on some pages a site
  notice of sentences above the headline, which is an <h1 id="firstHeading">, then a "From
  ..., the free news source you can write!" tagline; in the parser output, on some pages an
  "archived" notice of sentences, an infobox <table> (section, date, place and a map
  caption) and an "opinions" box of sentences, then the date line
  (<p><strong class="published">Tuesday, February 17, 2026</strong></p>) and the story as
  <p>s with subheadings as <h2><span class="mw-headline"> followed by a bracketed "[edit]"
  link; after the story, in the same parser output, "Related news" links and a "Sources"
  list of citations (author, a headline in quotation marks, outlet and date; for a wire
  story also the agency's own report under the story's headline), both headed by <h2>s
  with "[edit]" links; then the "Categories:" line, the navigation (personal tools,
  "Article"/"Discussion"/"Edit"/"View history" tabs, a sidebar of link lists) and a footer
  with "This page was last edited on ...", a licence notice of sentences and "Privacy
  policy", "About ..." and "Disclaimers" links. On some pages (the legacy skin) the content
  is a <div id="content"> rather than a <main>;
- the English edition of a Spanish or French newspaper ("bilingual"): a cookie banner of
  sentences, a header with an "Edición en inglés" ("Édition anglaise") label and an "ES |
  EN" ("FR | EN") switch, the navigation and a breadcrumb, all in Spanish or French but
  for an "English" section; the headline, an English byline with a "Leer en español"
  ("Lire en français") link, a photo with a "Foto:" ("Photo :") credit, then the story as
  <p>s in <div class="article-body">, subheadings as <h2>s, with a "Lea también" ("À lire
  aussi") box of two linked headlines between paragraphs and, on some pages, the newsletter
  box ("Suscríbase a nuestro boletín ..." / "Inscrivez-vous à notre newsletter ...") two
  thirds of the way down; after the story an English note in italics ("Translated from the
  Spanish by ... The original version of this article was published in ... on ..."), the
  language switch again, the newsletter box if it was not in the story, a comments teaser
  of sentences and a "Ver 34 comentarios" ("Voir les 34 commentaires") link, then a "Más
  leídas" ("Les plus lus") list and a footer of legal sentences. The story sits in
  <main><article> on some pages and in plain <div>s on the others, and the <html> is
  lang="en" on some and lang="es" ("fr") on the others.

The truth is the article's paragraphs only; kickers, counters, captions, credits, buttons,
advertisement and end slides, rails, sponsored lines, taglines, notices, infoboxes, opinion
boxes, date lines, related news, sources, categories, navigation, licences, banners,
labels, language switches, related boxes, newsletter boxes, translation notes and comments
teasers are not. Every truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts: "comments" prints the byline and
the paragraphs as they are, "radio" turns subheadings into <p><strong> and adds spacers, an
audio clip and studio lines between and after whole paragraphs, and "pressroom" lifts a
summary sentence from the lead, which makes the lead's first clause appear twice on the page.
"""

from __future__ import annotations

import random
import unicodedata
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading
from streams.bench.fresh8 import FRESH8_TEMPLATES
from streams.bench.fresh9 import FRESH9_TEMPLATES
from streams.bench.pages import (
    _DATELINE,
    _MONTHS,
    AGENCIES,
    LAYOUTS,
    PHOTOGRAPHERS,
    Page,
    Template,
    _date,
    _e,
    _head,
    _slug,
    _weekday,
    build_set,
)

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _us_date(a: dict[str, Any]) -> str:
    """The article's date as "February 17, 2026"."""
    year, month, day, _ = _date(a)
    return f"{_MONTHS[month - 1]} {day}, {year}"


def _place(lead: str) -> str:
    """Where a datelined lead was filed, as "Alto Hospicio, Chile"; "" without a dateline."""
    found = _DATELINE.match(lead)
    if not found:
        return ""
    city, _, country = lead[: found.end()].split("(")[0].strip().rstrip(",").partition(",")
    return ", ".join(part for part in (city.strip().title(), country.strip()) if part)


# --- gallery: a photo story ---------------------------------------------------------------

GALLERY_SITES = [
    ("Lensline", "lensline", "Lensline Media Ltd"),
    ("The Picture Desk", "picturedesk", "Picture Desk Publishing"),
    ("Wide Angle News", "wideanglenews", "Wide Angle Digital GmbH"),
]
GALLERY_CAPTIONS = [
    "People gather to look at the scene on the morning the news was announced.",
    "A worker checks equipment at the site earlier this month.",
    "Residents walk past the building while officials meet inside.",
    "A view of the area from the air, taken by a drone on Monday.",
    "Visitors take photographs as the light fades in the evening.",
    "A local official speaks to reporters outside the main entrance.",
    "Volunteers unload supplies from the back of a van.",
    "Children watch from behind a fence as the work goes on.",
    "A sign at the entrance tells visitors what has changed.",
    "Rain clouds gather over the hills behind the town.",
    "Members of the public queue outside before the doors open.",
    "A file picture shows the same spot as it looked ten years ago.",
    "A man carries a box along a path that was open to traffic until last year.",
]
GALLERY_AGENCIES = ["AFP", "Reuters", "AP", "EPA", "Getty Images"]
UP_NEXT = [
    (
        "The last night of the harbour festival",
        "Fireworks, fishing boats and a brass band marked the end of the summer season.",
    ),
    (
        "A year on the island with no cars",
        "Our photographer spent four seasons with the 300 people who live there.",
    ),
    (
        "Inside the city's oldest covered market",
        "Traders who have worked there for fifty years show us their stalls.",
    ),
    (
        "The week in pictures",
        "From a royal visit to a record-breaking swim, these are the images that stayed with us.",
    ),
    (
        "Snow returns to the mountains",
        "Skiers and farmers alike welcomed the first heavy snowfall of the winter.",
    ),
]
SPONSORS = [
    ("Northwind Travel", "Discover ten quiet beaches that most visitors never find."),
    ("Harbour Bank", "Find out how small businesses are planning for the year ahead."),
    ("Greenleaf Energy", "See how one family cut its heating bill by a third."),
    ("Atlas Outdoor", "Our guide to the walking boots that testers rated highest this year."),
]


def gallery(a: dict[str, Any], rng: random.Random) -> str:
    """A photo story: one slide per paragraph, each a counter, a captioned photo and the text."""
    site, domain, company = rng.choice(GALLERY_SITES)
    base = f"https://www.{domain}.example"
    year = _date(a)[0]
    paragraphs = a["paragraphs"]
    total = sum(not _is_subheading(p) for p in paragraphs)
    photographer = rng.choice(PHOTOGRAPHERS)
    captions = rng.sample(GALLERY_CAPTIONS, total)
    ad_after = rng.choice([3, 4, 5])
    slides = []
    n = 0
    for p in paragraphs:
        if _is_subheading(p):
            slides.append(f"<h2 class='gl-chapter'>{_e(p)}</h2>")
            continue
        n += 1
        caption = captions[n - 1]
        shot_by = rng.choice([photographer, *PHOTOGRAPHERS])
        credit = f"Photo: {shot_by} / {rng.choice(GALLERY_AGENCIES)}"
        slides.append(
            f"<div class='gl-slide' id='slide-{n}'><div class='gl-counter'>{n} / {total}</div>"
            f"<figure class='gl-photo'><img src='https://img.{domain}.example/galleries/"
            f"{a['slug']}/{n}.jpg' alt='{_a(caption)}' loading='lazy'><figcaption><span "
            f"class='gl-caption'>{_e(caption)}</span> <span class='gl-credit'>{_e(credit)}"
            f"</span></figcaption></figure><div class='gl-text'><p>{_e(p)}</p></div><div "
            f"class='gl-nav'><button class='gl-prev'>Previous</button> <button class='gl-next'>"
            f"Next photo</button></div></div>"
        )
        if n == ad_after:
            slides.append(
                f"<div class='gl-slide gl-slide--ad'><span class='ad-label'>Advertisement</span>"
                f"<div class='ad' id='gallery-ad-{rng.randrange(10**6)}'></div><p>The gallery "
                f"continues after this advertisement.</p></div>"
            )
    up_next = "".join(
        f"<div class='gl-card'><img src='https://img.{domain}.example/covers/{_slug(t)}.jpg' "
        f"alt=''><span class='gl-card__count'>{rng.randrange(8, 30)} photos</span><h3><a "
        f"href='{base}/in-pictures/{_slug(t)}'>{_e(t)}</a></h3><p>{_e(s)}</p></div>"
        for t, s in rng.sample(UP_NEXT, 3)
    )
    sponsored = "".join(
        f"<li><a href='https://ads.example/{_slug(who)}'><span class='paid'>Paid content by "
        f"{_e(who)}</span> {_e(text)}</a></li>"
        for who, text in rng.sample(SPONSORS, 3)
    )
    if rng.random() < 0.5:
        opening, closing = "<main id='main'><article class='gallery'>", "</article></main>"
    else:
        opening, closing = "<div class='page'><div class='gallery'>", "</div></div>"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body><header class='gl-header'>"
        f"<a class='logo' href='{base}/'>{_e(site)}</a><nav><a href='{base}/news/'>News</a> "
        f"<a href='{base}/in-pictures/'>In pictures</a> <a href='{base}/video/'>Video</a> "
        f"<a href='{base}/long-reads/'>Long reads</a> <a href='{base}/subscribe/'>Subscribe"
        f"</a></nav><button class='search'>Search</button></header>{opening}<div class="
        f"'gl-intro'><span class='gl-kicker'>In pictures</span><h1>{_e(a['title'])}</h1><p "
        f"class='gl-meta'>Photographs by {_e(photographer)}. Words by {_e(a['author'])}. "
        f"<time datetime='{a['published']}'>{_us_date(a)}</time></p><div class='gl-tools'>"
        f"<span class='gl-total'>{total} photos</span> <button>Fullscreen</button> <button>"
        f"Share gallery</button></div></div><div class='gl-slides'>{''.join(slides)}</div><div "
        f"class='gl-end'><p>You have reached the end of this gallery.</p><button>Watch again"
        f"</button></div>{closing}<section class='up-next'><h2>Up next</h2>{up_next}</section>"
        f"<section class='sponsored'><h2>Sponsored content</h2><ul>{sponsored}</ul></section>"
        f"<footer class='gl-footer'><ul><li><a href='{base}/about/'>About us</a></li><li><a "
        f"href='{base}/licensing/'>Buy photos</a></li><li><a href='{base}/privacy/'>Privacy"
        f"</a></li><li><a href='{base}/terms/'>Terms of use</a></li></ul><p>All photographs "
        f"are protected by copyright and may not be reproduced without permission. To license "
        f"an image, contact our picture desk.</p><p>&copy; {year} {_e(company)}. All rights "
        f"reserved.</p></footer></body></html>"
    )


# --- wiki: a community news wiki ----------------------------------------------------------

WIKIS = [
    ("OpenNews Wiki", "opennewswiki"),
    ("Newspedia", "newspedia"),
    ("Commons Dispatch", "commonsdispatch"),
]
WIKI_NOTICES = [
    "Our writing contest runs until the end of the month. Everyone is welcome to take part, "
    "and you do not need an account to write your first article.",
    "Help us improve the site by answering a short survey. It takes about five minutes and "
    "your answers are anonymous.",
    "Reviewers are needed to check new articles before they are published. Read the guide "
    "to find out how to become one.",
]
WIKI_OUTLETS = [
    "The Daily Courier",
    "Metro Herald",
    "Riverside Times",
    "Capital Dispatch",
    "The Evening Gazette",
]
WIKI_REPORTERS = ["Anna Berg", "Tom Whitaker", "Priya Nair", "Lucas Ferreira", "Mei Chen"]
SOURCE_HEADLINES = [
    "Officials give more details of the decision in a statement",
    "Residents say they were given little warning of what was coming",
    "What the new figures show, and what they leave out",
    "Experts divided over what the changes will mean",
    "Local people react as the news spreads",
]
WIKI_RELATED = [
    "Council approves new budget after a long debate",
    "Scientists publish results of ten-year study",
    "Volunteers clean up river after spring floods",
    "Government announces review of rural services",
    "Record number of visitors recorded at national parks",
]
WIKI_SIDEBAR = {
    "Navigation": ["Main page", "Recent changes", "Random article", "Write an article"],
    "Contribute": ["Help", "Newsroom", "Water cooler", "Donate"],
    "Tools": ["What links here", "Related changes", "Permanent link", "Page information"],
    "Print/export": ["Create a book", "Download as PDF", "Printable version"],
}


def _headline(text: str) -> str:
    """A MediaWiki section heading: the text in span.mw-headline, then a bracketed edit link."""
    anchor = text.replace(" ", "_")
    return (
        f"<h2><span class='mw-headline' id='{_a(anchor)}'>{_e(text)}</span><span class='mw-"
        f"editsection'><span class='mw-editsection-bracket'>[</span><a href='/w/index.php?"
        f"action=edit' title='Edit section: {_a(text)}'>edit</a><span class='mw-editsection-"
        f"bracket'>]</span></span></h2>"
    )


def wiki(a: dict[str, Any], rng: random.Random) -> str:
    """A news wiki: tagline, date line, <p>s with [edit] headings, sources, categories."""
    site, domain = rng.choice(WIKIS)
    base = f"https://{domain}.example"
    year, month, day, _ = _date(a)
    paragraphs = a["paragraphs"]
    place = _place(paragraphs[0])
    dated = f"{_WEEKDAYS[_weekday(year, month, day)]}, {_us_date(a)}"
    body = "".join(_headline(p) if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs)
    notice = (
        f"<div id='siteNotice'><p>{_e(rng.choice(WIKI_NOTICES))}</p></div>"
        if rng.random() < 0.5
        else ""
    )
    archived = (
        "<div class='ambox ambox-archived'><p>This article has been archived and is no longer "
        "publicly editable. Articles are archived after they have been published for a "
        "week.</p></div>"
        if rng.random() < 0.5
        else ""
    )
    infobox = ""
    if rng.random() < 0.6:
        where = (
            f"<tr><th>Location</th><td>{_e(place)}</td></tr><tr><td colspan='2'><img src='"
            f"https://upload.{domain}.example/maps/{_slug(place)}.png' alt=''><br>Map showing "
            f"the location of {_e(place)}.</td></tr>"
            if place
            else ""
        )
        infobox = (
            f"<table class='infobox'><caption>{_e(a['section'])}</caption><tr><th>Date</th><td>"
            f"{_us_date(a)}</td></tr>{where}</table>"
        )
    opinions = (
        f"<div class='opinion-box'><p><b>Have an opinion on this story?</b> Share it on the "
        f"opinions page, where {rng.randrange(2, 40)} readers have already left a comment.</p>"
        f"</div>"
        if rng.random() < 0.5
        else ""
    )
    sources = [
        f"<li>{_e(who)}. \"<a href='https://www.{_slug(outlet)}.example/{rng.randrange(10**6)}'"
        f'>{_e(headline)}</a>" &mdash; <i>{_e(outlet)}</i>, {_us_date(a)}</li>'
        for who, headline, outlet in zip(
            rng.sample(WIKI_REPORTERS, 3),
            rng.sample(SOURCE_HEADLINES, 3),
            rng.sample(WIKI_OUTLETS, 3),
            strict=True,
        )
    ][: rng.choice([2, 3])]
    wire = _DATELINE.match(paragraphs[0])
    if wire:
        agency = AGENCIES[wire.group(0).split("(")[1].split(")")[0]]
        sources.append(
            f"<li>{_e(agency)} staff. \"<a href='https://wire.example/{a['slug']}'>"
            f'{_e(a["title"])}</a>" &mdash; <i>{_e(agency)}</i>, {_us_date(a)}</li>'
        )
    related = "".join(
        f"<li><a href='{base}/wiki/{_a(t.replace(' ', '_'))}'>{_e(t)}</a></li>"
        for t in rng.sample(WIKI_RELATED, rng.choice([3, 4]))
    )
    categories = [_us_date(a), a["section"], *([place.split(", ")[-1]] if place else [])]
    categories += ["Published", "Archived"] if archived else ["Published"]
    cats = "".join(
        f"<li><a href='{base}/wiki/Category:{_a(c.replace(' ', '_'))}'>{_e(c)}</a></li>"
        for c in categories
    )
    sidebar = "".join(
        f"<div class='portal' id='p-{_slug(name)}'><h3>{_e(name)}</h3><ul>"
        + "".join(
            f"<li><a href='{base}/wiki/{_a(i.replace(' ', '_'))}'>{_e(i)}</a></li>" for i in items
        )
        + "</ul></div>"
        for name, items in WIKI_SIDEBAR.items()
    )
    legacy = rng.random() < 0.5
    opening = (
        "<div id='content' class='mw-body' role='main'>"
        if legacy
        else "<main id='content' class='mw-body'>"
    )
    closing = "</div>" if legacy else "</main>"
    hour, minute = rng.randrange(24), rng.randrange(60)
    edited = day if day > 20 else day + rng.randrange(1, 8)
    return (
        f"<!DOCTYPE html><html lang='en' dir='ltr'>{_head(a, site, False)}<body class='"
        f"mediawiki ltr skin-vector action-view'><div id='mw-page-base'></div>{opening}"
        f"<a id='top'></a>{notice}<h1 id='firstHeading' class='firstHeading'>"
        f"{_e(a['title'])}</h1><div id='bodyContent' class='vector-body'><div id='siteSub'>"
        f"From {_e(site)}, the free news source you can write!</div><div id='contentSub'>"
        f"</div><div id='mw-content-text' class='mw-body-content'><div class='mw-parser-"
        f"output'>{archived}{infobox}{opinions}<p><strong class='published'>{dated}</strong>"
        f"</p>{body}{_headline('Related news')}<ul>{related}</ul>{_headline('Sources')}<ul "
        f"class='sources'>{''.join(sources)}</ul></div></div><div id='catlinks' class='"
        f"catlinks'><div class='mw-normal-catlinks'><a href='{base}/wiki/Special:Categories'>"
        f"Categories</a>: <ul>{cats}</ul></div></div></div>{closing}<div id='mw-navigation'>"
        f"<div id='p-personal'><ul><li>Not logged in</li><li><a href='{base}/wiki/Special:"
        f"MyTalk'>Talk</a></li><li><a href='{base}/wiki/Special:CreateAccount'>Create "
        f"account</a></li><li><a href='{base}/wiki/Special:UserLogin'>Log in</a></li></ul>"
        f"</div><div id='left-navigation'><ul><li class='selected'><a>Article</a></li><li><a "
        f"href='{base}/wiki/Talk:{a['slug']}'>Discussion</a></li></ul></div><div id='right-"
        f"navigation'><ul><li class='selected'><a>Read</a></li><li><a href='{base}/w/index.php"
        f"?action=edit'>Edit</a></li><li><a href='{base}/w/index.php?action=history'>View "
        f"history</a></li></ul><form id='searchform'><input name='search' placeholder='Search "
        f"{_a(site)}'></form></div><div id='mw-panel'><a class='mw-wiki-logo' href='{base}/'>"
        f"</a>{sidebar}</div></div><footer id='footer' class='mw-footer'><ul id='footer-info'>"
        f"<li id='footer-info-lastmod'>This page was last edited on {edited} "
        f"{_MONTHS[month - 1]} {year}, at {hour:02d}:{minute:02d}.</li><li id='footer-info-"
        f"copyright'>All text created after September 25, 2005 is available under the Creative "
        f"Commons Attribution 2.5 License, unless otherwise noted. Additional terms may apply "
        f"for media files.</li></ul><ul id='footer-places'><li><a href='{base}/wiki/Privacy'>"
        f"Privacy policy</a></li><li><a href='{base}/wiki/About'>About {_e(site)}</a></li><li>"
        f"<a href='{base}/wiki/Disclaimers'>Disclaimers</a></li><li><a href='https://m.{domain}"
        f".example/'>Mobile view</a></li></ul></footer></body></html>"
    )


# --- bilingual: a Spanish or French newspaper's English edition ----------------------------


def _url(text: str) -> str:
    """A URL slug of Spanish or French words, accents folded as such sites fold them."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _slug(folded)


OUTLETS = [
    ("El Heraldo del Sur", "heraldodelsur", "es", "Ediciones del Sur S.L."),
    ("Diario La Costa", "diariolacosta", "es", "Grupo Editorial Costa S.A."),
    ("Le Courrier du Littoral", "courrierdulittoral", "fr", "Société du Courrier du Littoral SA"),
    ("La Voix de l'Estuaire", "voixdelestuaire", "fr", "Éditions de l'Estuaire SAS"),
]
LANGUAGES: dict[str, dict[str, Any]] = {
    "es": {
        "name": "Spanish",
        "home": "Portada",
        "nav": ["Portada", "Nacional", "Internacional", "Economía", "Deportes", "Cultura"],
        "cookie": "Utilizamos cookies propias y de terceros para analizar el uso de la web y "
        "mostrarle publicidad personalizada según sus hábitos de navegación. Puede aceptar "
        "todas las cookies, rechazarlas o configurar sus preferencias.",
        "buttons": ["Aceptar todas", "Rechazar", "Configurar"],
        "edition": "Edición en inglés",
        "switch": "Leer en español",
        "photo": "Foto:",
        "also": "Lea también",
        "newsletter": (
            "Boletín diario",
            "Suscríbase a nuestro boletín y reciba cada mañana las noticias más importantes "
            "del día en su correo. Es gratis y puede darse de baja cuando quiera.",
            "Su correo electrónico",
            "Suscribirme",
        ),
        "comments": (
            "Comentarios",
            "Los comentarios están reservados a los suscriptores. Hazte socio para participar "
            "en la conversación y apoyar el periodismo independiente.",
            "Ver {n} comentarios",
        ),
        "most": "Más leídas",
        "footer": "Todos los derechos reservados. Queda prohibida la reproducción total o "
        "parcial de los contenidos de esta web sin autorización expresa.",
        "legal": ["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
        "headlines": [
            "El Gobierno aprueba la reforma de las pensiones tras meses de negociación",
            "La ola de calor dispara el consumo eléctrico en todo el país",
            "El Ayuntamiento amplía el horario de las bibliotecas durante los exámenes",
            "Los precios del alquiler suben por décimo trimestre consecutivo",
            "El equipo local asciende a Primera División veinte años después",
            "Cierra la librería más antigua de la ciudad tras 110 años",
            "La huelga de controladores obliga a cancelar cientos de vuelos",
        ],
        "translators": ["Ana Beltrán", "Lucía Ortega", "Pablo Serrano"],
    },
    "fr": {
        "name": "French",
        "home": "Accueil",
        "nav": ["Accueil", "France", "Monde", "Économie", "Sports", "Culture"],
        "cookie": "Avec votre accord, nous et nos partenaires utilisons des cookies ou "
        "technologies similaires pour stocker et consulter des informations sur votre "
        "appareil. Vous pouvez retirer votre consentement à tout moment.",
        "buttons": ["Accepter", "Refuser", "Paramétrer"],
        "edition": "Édition anglaise",
        "switch": "Lire en français",
        "photo": "Photo :",
        "also": "À lire aussi",
        "newsletter": (
            "La lettre du matin",
            "Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de "
            "l'actualité. C'est gratuit et vous pouvez vous désabonner à tout moment.",
            "Votre adresse e-mail",
            "Je m'inscris",
        ),
        "comments": (
            "Commentaires",
            "Les commentaires sont réservés aux abonnés. Abonnez-vous pour rejoindre la "
            "discussion et soutenir une information indépendante.",
            "Voir les {n} commentaires",
        ),
        "most": "Les plus lus",
        "footer": "Tous droits réservés. Toute reproduction, même partielle, des contenus de ce "
        "site est interdite sans autorisation préalable.",
        "legal": ["Mentions légales", "Politique de confidentialité", "Gestion des cookies"],
        "headlines": [
            "Le gouvernement présente son budget sous le feu des critiques",
            "Canicule : les mairies ouvrent des salles rafraîchies pour les personnes âgées",
            "La ligne de tramway prolongée jusqu'à l'aéroport en 2028",
            "Les prix de l'immobilier reculent pour le troisième trimestre d'affilée",
            "Le club local remporte la Coupe de France au bout du suspense",
            "La plus vieille librairie de la ville ferme ses portes après 110 ans",
            "Grève des contrôleurs aériens : des centaines de vols annulés",
        ],
        "translators": ["Claire Dubois", "Julien Moreau", "Sophie Lambert"],
    },
}


def bilingual(a: dict[str, Any], rng: random.Random) -> str:
    """An English edition: Spanish or French chrome around an English story and its note."""
    site, domain, lang, company = rng.choice(OUTLETS)
    words = LANGUAGES[lang]
    base = f"https://www.{domain}.example"
    year, _, _, clock = _date(a)
    paragraphs = a["paragraphs"]
    nav = "".join(f"<li><a href='{base}/{_url(n)}/'>{_e(n)}</a></li>" for n in words["nav"])
    nav += f"<li class='active'><a href='{base}/en/'>English</a></li>"
    headlines = rng.sample(words["headlines"], 7)
    also = (
        f"<aside class='related-inline'><h4>{_e(words['also'])}</h4><ul>"
        + "".join(
            f"<li><a href='{base}/{_url(h)}-{rng.randrange(10**6)}.html'>{_e(h)}</a></li>"
            for h in headlines[:2]
        )
        + "</ul></aside>"
    )
    title, text, placeholder, button = words["newsletter"]
    newsletter = (
        f"<div class='newsletter-box'><h3>{_e(title)}</h3><p>{_e(text)}</p><form><input "
        f"type='email' placeholder='{_a(placeholder)}'><button>{_e(button)}</button></form>"
        f"</div>"
    )
    body = [f"<h2>{_e(p)}</h2>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs]
    inline_newsletter = rng.random() < 0.5
    if inline_newsletter:
        body.insert(len(body) * 2 // 3, newsletter)
    body.insert(rng.choice([2, 3, 4]), also)
    translator = rng.choice(words["translators"])
    note = (
        f"<p class='translation-note'><em>Translated from the {words['name']} by "
        f"{_e(translator)}. The original version of this article was published in {_e(site)} "
        f"on {_us_date(a)}.</em></p>"
    )
    heading, teaser, more = words["comments"]
    comments = (
        f"<section class='comments-teaser'><h3>{_e(heading)}</h3><p>{_e(teaser)}</p><a "
        f"href='{base}/comments/{a['slug']}'>{_e(more.format(n=rng.randrange(5, 200)))}</a>"
        f"</section>"
    )
    most = "".join(
        f"<li><a href='{base}/{_url(h)}-{rng.randrange(10**6)}.html'>{_e(h)}</a></li>"
        for h in headlines[2:]
    )
    legal = "".join(
        f"<li><a href='{base}/{_url(item)}/'>{_e(item)}</a></li>" for item in words["legal"]
    )
    cookie = "".join(f"<button>{_e(b)}</button>" for b in words["buttons"])
    if rng.random() < 0.5:
        opening, closing = "<main class='main'><article class='noticia'>", "</article></main>"
    else:
        opening, closing = "<div class='contenedor'><div class='noticia'>", "</div></div>"
    switch = f"<a class='lang-switch' href='{base}/{a['slug']}.html' hreflang='{lang}'>"
    credit = rng.choice(GALLERY_AGENCIES)
    return (
        f"<!DOCTYPE html><html lang='{rng.choice(['en', lang])}'>{_head(a, site, True)}<body>"
        f"<div id='cmp-banner' class='cookie-banner'><p>{_e(words['cookie'])}</p>{cookie}</div>"
        f"<header class='cabecera'><a class='logo' href='{base}/'>{_e(site)}</a><span class="
        f"'edition-label'>{_e(words['edition'])}</span><div class='lang'><a href='{base}/' "
        f"hreflang='{lang}'>{lang.upper()}</a> | <strong>EN</strong></div><nav><ul>{nav}</ul>"
        f"</nav></header>{opening}<nav class='breadcrumb'><a href='{base}/'>"
        f"{_e(words['home'])}</a> &rsaquo; <a href='{base}/en/'>English</a> &rsaquo; "
        f"{_e(a['section'])}</nav><h1>{_e(a['title'])}</h1><div class='byline'><span>By "
        f"{_e(a['author'])}</span> <time datetime='{a['published']}'>{_us_date(a)}, {clock}"
        f"</time> {switch}{_e(words['switch'])}</a></div><figure><img src='https://img."
        f"{domain}.example/{rng.randrange(10**8)}.jpg' alt=''><figcaption>{_e(words['photo'])}"
        f" {credit}</figcaption></figure><div class='article-body'>{''.join(body)}</div>"
        f"{note}<div class='switch-box'>{switch}{_e(words['switch'])}</a></div>"
        f"{'' if inline_newsletter else newsletter}{comments}{closing}<aside class='most-read'>"
        f"<h3>{_e(words['most'])}</h3><ol>{most}</ol></aside><footer class='pie'><ul>{legal}"
        f"</ul><p>&copy; {year} {_e(company)}. {_e(words['footer'])}</p></footer></body></html>"
    )


# Layouts for the tenth fresh set, written blind: only ever paired with fresh10.jsonl,
# beside FRESH10_KNOWN, three older layouts no set from the third to the ninth knew.
FRESH10_TEMPLATES: dict[str, Template] = {
    "gallery": gallery,
    "wiki": wiki,
    "bilingual": bilingual,
}
FRESH10_KNOWN = ("comments", "radio", "pressroom")


def build_fresh10() -> list[Page]:
    """The tenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh10.jsonl",
        FRESH10_KNOWN,
        FRESH10_TEMPLATES,
        (
            *LAYOUTS,
            FRESH4_TEMPLATES,
            FRESH5_TEMPLATES,
            FRESH6_TEMPLATES,
            FRESH7_TEMPLATES,
            FRESH8_TEMPLATES,
            FRESH9_TEMPLATES,
        ),
    )
