"""`newsstream bench clean`: extraction quality against trafilatura, speed, memory.

Quality is token-level precision, recall and F1 of the story text against
ground truth, on the generated pages of streams.bench.pages, for our clean
stage and for `trafilatura.extract` with its defaults. A leading dateline is
cut from truth and from both outputs before scoring, because our stage moves
it into the `dateline` field and that should count neither for nor against.

Twenty page sets are scored as HTML, and seventeen of them as text dumps. The unprefixed
figures (`ours_f1`, `pages`, ...) are the TUNING set: the 13 texts of
data/clean/articles.jsonl in the 5 original templates, 65 pages on which the
clean stage's extraction rules were tuned, so they are optimistic. The
`heldout_*` figures are the HELD-OUT set: the 12 texts of
data/clean/heldout.jsonl in the same 5 templates and in the 3 templates of
pages.HELDOUT_TEMPLATES (readmore, liveblog, amp), 96 pages. Its failures have been
looked at and are being fixed, so it now measures what was fixed, not new prose
and new layouts. Per-template figures are `heldout_ours_f1_amp` and the
like; `heldout_*_f1_new_templates` averages the 3 layouts added with it and
`heldout_*_f1_tuning_templates` the 5 old ones.
The `fresh_*` figures are the FIRST FRESH set: the 12 texts of
data/clean/fresh.jsonl in 3 known templates (pages.FRESH_KNOWN: modern, divsoup,
readmore) and in the 3 of pages.FRESH_TEMPLATES (paywall, print, longread), 72
pages. Measured before anyone looked: F1 0.952 against trafilatura's 0.878
(print layout 0.82, long-read 0.89). Its failures were looked at once the second
fresh set was written (legal notices and correction lines, author bios) and are
fixed, so it is held out no longer.
The `fresh2_*` figures are the SECOND FRESH set: the 12 texts of
data/clean/fresh2.jsonl in 3 known templates (pages.FRESH2_KNOWN: modern, table,
teaser) and in the 3 of pages.FRESH2_TEMPLATES (wordpress, publisher,
syndicated), 72 pages. Measured once before anyone looked: F1 0.966 against
trafilatura's 0.893, and 0.797 against 0.940 on the syndicated layout, which
was then looked at and fixed (trafilatura's fast mode reads a <p>-less page
whole; see htmlpage._with_fallbacks). Per-template figures are
`fresh2_ours_f1_wordpress` and the like; `*_f1_new_templates` averages the 3
new layouts and `*_f1_known_templates` the 3 known ones with new text. A rule
changed because of a set's figures makes it a tuning set; a new fresh set has
to be written first (see streams.bench.claims).
The `fresh3_*` figures are the THIRD FRESH set: the 12 texts of
data/clean/fresh3.jsonl in 3 known templates (pages.FRESH3_KNOWN) and in the 3 of
pages.FRESH3_TEMPLATES (localtv, nextjs, prwire), 72 pages. Measured once before
anyone looked: F1 0.941 against trafilatura's 0.851 (prwire 0.84, localtv 0.87,
nextjs 0.93). Its failures (a hidden transcript, app promotions, contributor
credits, print-edition lines, a press release's About, notice, contact and SOURCE
tail) were looked at once the fourth set was written, and are fixed.
The `fresh4_*` figures are the FOURTH FRESH set, the one nobody has looked at: the
12 texts of data/clean/fresh4.jsonl in 3 known templates (fresh4.FRESH4_KNOWN) and
in the 3 of fresh4.FRESH4_TEMPLATES (regional, blognews, lite), 72 pages. A helper
wrote it without running any extractor on it or reading the clean stage's rules.
Measured once, before anyone looked: F1 0.986 against trafilatura's 0.930, no page
below 0.5 for either; regional 0.974 vs 0.916, blognews 0.957 vs 0.928, lite 0.986
vs 0.912. Its failures (tip lines, editors' notes, a video player's words, "|" menu
rows) were looked at once the fifth set was written, and are fixed.
The `fresh5_*` figures are the FIFTH FRESH set, the one nobody has looked at: the
12 texts of data/clean/fresh5.jsonl in 3 known templates (fresh5.FRESH5_KNOWN) and
in the 3 of fresh5.FRESH5_TEMPLATES (terminal, community, portal), 72 pages, written
like the fourth. Measured once, before anyone looked: F1 0.960 against trafilatura's
0.844, but pages below 0.5: 1 against 0; terminal 0.830 vs 0.848 (behind), community
0.932 vs 0.932, portal 1.0 vs 0.725. Its failures (stock-quote chips that end a
paragraph without a full stop, calls to action, a takeaways box, a video card) were
looked at while the sixth set was being written by a helper who saw neither the
rules nor the failures, and are fixed.
The `fresh6_*` figures are the SIXTH FRESH set, the one nobody has looked at: the
12 texts of data/clean/fresh6.jsonl in 3 known templates (fresh6.FRESH6_KNOWN) and
in the 3 of fresh6.FRESH6_TEMPLATES (broadcaster, agency, newsletter), 72 pages.
Measured once, before anyone looked: F1 0.996 against trafilatura's 0.893, pages
below 0.5: 0 against 0; agency 0.980 vs 0.925, broadcaster 0.999 vs 0.949,
newsletter 0.999 vs 0.865. Its failures (a wire's licensing and standards lines, a
newsletter's footnote numbers, which made its paragraphs look unfinished) were
looked at while the seventh set was being written, and are fixed.
The `fresh7_*` figures are the SEVENTH FRESH set, the one nobody has looked at: the
12 texts of data/clean/fresh7.jsonl in 3 known templates (fresh7.FRESH7_KNOWN) and
in the 3 of fresh7.FRESH7_TEMPLATES (nordic, radio, cluster), 72 pages. Measured
once, before anyone looked: F1 0.981 against trafilatura's 0.895, pages below 0.5:
0 against 0; nordic 0.922 vs 0.894, radio 0.977 vs 0.942, cluster 0.988 vs 0.897.
One rule was changed after its layouts' description was read (the "subtitle" class
token, dropped again because nordic names its subheadings so). Its failures (a
fact box, a radio station's text line, "Read the original article on") were looked
at while the eighth set was being written, and are fixed.
The `fresh8_*` figures are the EIGHTH FRESH set, the one nobody has looked at: the
12 texts of data/clean/fresh8.jsonl in 3 known templates (fresh8.FRESH8_KNOWN) and
in the 3 of fresh8.FRESH8_TEMPLATES (zeitung, pressroom, straits), 72 pages.
Measured once, before anyone looked: F1 0.948 against trafilatura's 0.897, pages
below 0.5: 0 against 0; pressroom 0.857 vs 0.807, zeitung 0.920 vs 0.861, straits
0.975 vs 0.975, and the known syndicated layout 0.957 vs 0.957. Its failures (notes
to editors and what follows them, contact lines, app and channel blurbs, a dek under the
headline, a summary that is the lead's opening) were looked at while the ninth set was
being written, and are fixed: 0.999.
The `fresh9_*` figures are the NINTH FRESH set: the
12 texts of data/clean/fresh9.jsonl in 3 known templates (fresh9.FRESH9_KNOWN) and
in the 3 of fresh9.FRESH9_TEMPLATES (factcheck, sport, platform), 72 pages.
Measured once, before anyone looked: F1 0.938 against trafilatura's 0.816, pages
below 0.5: 0 against 0; factcheck 0.716 vs 0.700, sport 0.910 vs 0.762, platform
1.0 vs 0.931, the known layouts 1.0 vs 0.833. Its failures (a fact check's verdict,
sources and methodology, a match report's timeline) were looked at while the tenth
set was being written, and are fixed: 0.989 (the "Our ruling" box, which retells the
lead in other words, is still read as story).
The `fresh10_*` figures are the TENTH FRESH set: the
12 texts of data/clean/fresh10.jsonl in 3 known templates (fresh10.FRESH10_KNOWN) and
in the 3 of fresh10.FRESH10_TEMPLATES (gallery, wiki, bilingual), 72 pages.
Measured once, before anyone looked: F1 0.975 (precision 0.97, recall 0.98) against
trafilatura's 0.823, pages below 0.5: 0 against 0; gallery 0.958 vs 0.771, wiki
0.936 vs 0.795, bilingual 0.989 vs 0.960, the known layouts 0.989 vs 0.804. Its
failures (a paragraph opening "Copyright in Finland ...", read as a copyright line; a
wiki's frame; a photo gallery's counters and buttons, which cut a dump's story into
single paragraphs) were looked at while the eleventh set was being written, and are
fixed: 1.0.
The `fresh11_*` figures are the ELEVENTH FRESH set: the
12 texts of data/clean/fresh11.jsonl in 3 known templates (fresh11.FRESH11_KNOWN) and
in the 3 of fresh11.FRESH11_TEMPLATES (forum, magazine, epaper), 72 pages. Measured
once, before anyone looked: F1 0.956 (precision 0.94, recall 0.98) against
trafilatura's 0.760, pages below 0.5: 0 against 0; epaper 0.772 vs 0.638, forum 0.966
vs 0.629, magazine 1.0 vs 0.949, the known layouts 1.0 vs 0.781. Its failures (an
e-edition's jump lines and the page's other stories between them, a forum's thread)
were looked at while the twelfth set was being written, and are fixed: 1.0.
The `fresh12_*` figures are the TWELFTH FRESH set: the
12 texts of data/clean/fresh12.jsonl in 3 known templates (fresh12.FRESH12_KNOWN) and
in the 3 of fresh12.FRESH12_TEMPLATES (issue, printview, archived), 72 pages. Measured
once, before anyone looked: F1 0.890 (precision 0.84, recall 0.97) against
trafilatura's 0.799, pages below 0.5: 2 against 5; a newsletter issue's web view 0.686
vs 0.491, a print view 0.857 vs 0.785, a web-archive snapshot 0.796 vs 0.936 (behind),
the known layouts 1.0 vs 0.861. Its failures (the archive's toolbar, a story set in
table cells without <p>, a newsletter's frame) were looked at while the thirteenth set
was being written, and are fixed: 0.964 (the snapshot 0.999); the newsletter issue's
other items, its editor's note and its sponsor's pitch were fixed later: 0.998.
The `fresh13_*` figures are the THIRTEENTH FRESH set: the
12 texts of data/clean/fresh13.jsonl in 3 known templates (fresh13.FRESH13_KNOWN) and
in the 3 of fresh13.FRESH13_TEMPLATES (syndicator, podcastpage, wiredesk), 72 pages.
Measured once, before anyone looked: F1 0.943 (precision 0.90, recall 1.0) against
trafilatura's 0.795, pages below 0.5: 0 against 0; syndicator 0.961 vs 0.855, a
podcast episode's page 0.828 vs 0.733, a news portal running a wire story 0.867 vs
0.732, the known layouts 1.0 vs 0.817. Its failures (a podcast page's guests and
episodes, a portal's FAQ) were looked at while the fourteenth set was being written,
and are fixed: 0.984.
The `fresh14_*` figures are the FOURTEENTH FRESH set: the
12 texts of data/clean/fresh14.jsonl in 3 known templates (fresh14.FRESH14_KNOWN) and
in the 3 of fresh14.FRESH14_TEMPLATES (liveupdates, blogspot, tgchannel), 72 pages.
Measured once, before anyone looked: F1 0.888 (precision 0.82, recall 0.99) against
trafilatura's 0.688, pages below 0.5: 0 against 6; live updates 0.903 vs 0.754, a
Blogger post 0.992 vs 0.858, a Telegram channel's web preview 0.706 vs 0.687, the
known layouts 0.910 vs 0.610 (the newsletter issue 0.801, the fact check 0.928). Its
failures (a feed's other posts around the story's, a story trafilatura missed after
pruning) were looked at while the fifteenth set was being written, and are fixed:
0.948; 0.980 since the newsletter issue was fixed.
The `fresh15_*` figures are the FIFTEENTH FRESH set: the
12 texts of data/clean/fresh15.jsonl in 3 known templates (fresh15.FRESH15_KNOWN) and
in the 3 of fresh15.FRESH15_TEMPLATES (uninews, tradepub, feedreader), 72 pages.
Measured once, before anyone looked: F1 0.956 (precision 0.92, recall 1.0) against
trafilatura's 0.875, pages below 0.5: 0 against 0; a university news office 0.859 vs
0.783, a trade publication with a registration wall 0.946 vs 0.926, a feed reader's
web view 0.987 vs 0.987 (level), the known layouts 0.982 vs 0.852. Its failures (a
university's media contact and About block, sponsored webinars) were looked at while
the sixteenth set was being written, and are fixed: 0.976.
The `fresh16_*` figures are the SIXTEENTH FRESH set: the
12 texts of data/clean/fresh16.jsonl in 3 known templates (fresh16.FRESH16_KNOWN) and
in the 3 of fresh16.FRESH16_TEMPLATES (councilnews, clubsite, charitypress), 72 pages.
Measured once, before anyone looked: F1 0.993 (precision 0.99, recall 1.0) against
trafilatura's 0.863, pages below 0.5: 0 against 0; a council's news page 0.964 vs
0.932, a football club's site 1.0 vs 0.986, a charity's press release 1.0 vs 0.869, the
known layouts 0.999 vs 0.797. Its failures (a council's consultation box between two
paragraphs) were looked at while the seventeenth set was being written, and are fixed:
0.9995.
The `fresh17_*` figures are the SEVENTEENTH FRESH set: the
12 texts of data/clean/fresh17.jsonl in 3 known templates (fresh17.FRESH17_KNOWN) and
in the 3 of fresh17.FRESH17_TEMPLATES (journalnews, listarchive, weatherdesk), 72 pages.
Measured once, before anyone looked: F1 0.940 (precision 0.91, recall 0.98) against
trafilatura's 0.815, pages below 0.5: 2 against 1; a journal's news page 0.955 vs
0.929, a mailing list's archive of a forwarded story 0.903 vs 0.761, a weather
service's news page 0.824 vs 0.836 (behind), the known layouts 0.987 vs 0.788. Its
failures (a weather service's warnings and forecast widget, which trafilatura read
instead of a story set in <div>s; a forwarded e-mail's note and headers) were looked at
once the eighteenth set was written, and are fixed: 0.992.
The `fresh18_*` figures are the EIGHTEENTH FRESH set, the one nobody has looked at: the
12 texts of data/clean/fresh18.jsonl in 3 known templates (fresh18.FRESH18_KNOWN) and
in the 3 of fresh18.FRESH18_TEMPLATES (courtnews, propertynews, transitnews), 72 pages.
Measured once, before anyone looked: F1 0.971 (precision 0.95, recall 1.0) against
trafilatura's 0.911, pages below 0.5: 0 against 0; a legal news site's court report 1.0
vs 0.973, a property portal's news page 0.946 vs 0.922, a transport operator's news
and service updates 0.880 vs 0.812, the known layouts 1.0 vs 0.919. Do not change an
extraction rule because of a fresh18 figure before a nineteenth set is written.
The `dumps_*` figures score the same pages as plain-text dumps, what a scraper that
keeps only the visible text delivers (streams.bench.dumps renders them): the clean
stage reading each dump as text/plain, against trafilatura's default extraction of
the dump with each blank-line block made a <p> (on the bare text it returns
nothing). `*_ours_title_exact` is the share of dumps whose title is the headline.
`dumps_` is the tuning set's 65 pages, `dumps_heldout_` the held-out set's 96 and
`dumps_fresh4_` the fourth fresh set's 72, all looked at while the dump rules were
written (page._story_run and _title_above_story, the caption, bio and glued-button
lines). The fourth set's dumps, measured before anyone looked: F1 0.829 (precision
0.75, recall 0.95) against trafilatura's 0.348, pages below 0.5: 0 against 72.
`dumps_fresh5_` is the fifth fresh set's 72, measured once before anyone looked:
F1 0.867 (precision 0.78, recall 0.98) against 0.345, pages below 0.5: 1 against
72, titles exact 0.79; since looked at. `dumps_fresh6_` is the sixth fresh set's
72, measured once before anyone looked: F1 0.946 (precision 0.90, recall 1.0)
against 0.358, pages below 0.5: 0 against 72, titles exact 0.82; since looked at.
`dumps_fresh7_` is the seventh fresh set's 72, measured once before anyone looked:
F1 0.900 (precision 0.83, recall 1.0) against 0.326, pages below 0.5: 0 against 72,
titles exact 1.0; since looked at. `dumps_fresh8_` is the eighth fresh set's 72,
measured once before anyone looked: F1 0.912 (precision 0.85, recall 1.0) against
0.314, pages below 0.5: 0 against 72, titles exact 0.83; since looked at (0.948).
`dumps_fresh9_` is the ninth fresh set's 72, measured once before anyone looked:
F1 0.888 (precision 0.81, recall 0.99) against 0.313, pages below 0.5: 0 against 72,
titles exact 0.82; since looked at (0.965). `dumps_fresh10_` is the tenth fresh set's
72, measured once before anyone looked: F1 0.798 (precision 0.78, recall 0.84) against
0.313, pages below 0.5: 11 against 72, titles exact 0.83; its gallery layout, one
paragraph under each photo's caption and counter, 0.177 against 0.310: behind. Since
looked at (0.992). `dumps_fresh11_` is the eleventh fresh set's 72, measured once
before anyone looked: F1 0.818 (precision 0.72, recall 0.98) against 0.299, pages below
0.5: 0 against 72, titles exact 0.83; since looked at (0.932). `dumps_fresh12_` is the
twelfth fresh set's 72, measured once before anyone looked: F1 0.948 (precision 0.91,
recall 1.0) against 0.315, pages below 0.5: 0 against 72, titles exact 0.82; since
looked at (0.960). `dumps_fresh13_` is the thirteenth fresh set's 72, measured once
before anyone looked: F1 0.867 (precision 0.79, recall 1.0) against 0.300, pages below
0.5: 0 against 72, titles exact 0.74; since looked at (0.909). `dumps_fresh14_` is the
fourteenth fresh set's 72, measured once before anyone looked: F1 0.885 (precision
0.81, recall 1.0) against 0.318, pages below 0.5: 0 against 72, titles exact 0.89;
since looked at (0.951; a live-updates page's older updates, 0.70, now 0.975).
`dumps_fresh15_` is the fifteenth fresh set's 72, measured once before anyone looked:
F1 0.872 (precision 0.80, recall 0.98) against 0.307, pages below 0.5: 0 against 72,
titles exact 0.83; since looked at (0.904). `dumps_fresh16_` is the sixteenth fresh
set's 72, measured once before anyone looked: F1 0.964 (precision 0.94, recall 1.0)
against 0.333, pages below 0.5: 0 against 72, titles exact 1.0; since looked at (0.990).
`dumps_fresh17_` is the seventeenth fresh set's 72, measured once before anyone looked:
F1 0.930 (precision 0.88, recall 1.0) against 0.309, pages below 0.5: 0 against 72,
titles exact 0.78; since looked at (0.945). `dumps_fresh18_` is the eighteenth fresh
set's 72, which nobody has looked at; measured once: F1 0.963 (precision 0.97, recall
0.96) against 0.313, pages below 0.5: 0 against 72, titles exact 0.97.
Speed is measured on the tuning set only, as written and with typographic quotes (`_speed`).
"""

from __future__ import annotations

import base64
import re
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Collection
from pathlib import Path
from statistics import mean, median
from typing import Any

import numpy as np
import trafilatura

from streams.bench import dumps
from streams.bench.fresh4 import FRESH4_TEMPLATES, build_fresh4
from streams.bench.fresh5 import FRESH5_TEMPLATES, build_fresh5
from streams.bench.fresh6 import FRESH6_TEMPLATES, build_fresh6
from streams.bench.fresh7 import FRESH7_TEMPLATES, build_fresh7
from streams.bench.fresh8 import FRESH8_TEMPLATES, build_fresh8
from streams.bench.fresh9 import FRESH9_TEMPLATES, build_fresh9
from streams.bench.fresh10 import FRESH10_TEMPLATES, build_fresh10
from streams.bench.fresh11 import FRESH11_TEMPLATES, build_fresh11
from streams.bench.fresh12 import FRESH12_TEMPLATES, build_fresh12
from streams.bench.fresh13 import FRESH13_TEMPLATES, build_fresh13
from streams.bench.fresh14 import FRESH14_TEMPLATES, build_fresh14
from streams.bench.fresh15 import FRESH15_TEMPLATES, build_fresh15
from streams.bench.fresh16 import FRESH16_TEMPLATES, build_fresh16
from streams.bench.fresh17 import FRESH17_TEMPLATES, build_fresh17
from streams.bench.fresh18 import FRESH18_TEMPLATES, build_fresh18
from streams.bench.pages import (
    FRESH2_TEMPLATES,
    FRESH3_TEMPLATES,
    FRESH_TEMPLATES,
    HELDOUT_TEMPLATES,
    Page,
    build,
    build_fresh,
    build_fresh2,
    build_fresh3,
    build_heldout,
    build_typographic,
)
from streams.errors import RecordError
from streams.stages import clean
from streams.stages.clean import boilerplate, dedup, furniture, language
from streams.stages.clean import page as page_rules

_TOKEN = re.compile(r"\w+")
SPEED_ROUNDS = 7
DEDUP_ARTICLES = 100_000
PROBES = 50


def run() -> dict[str, object]:
    figures: dict[str, object] = {}
    figures.update(_language_memory())
    pages = build()
    figures["pages"] = len(pages)
    figures["page_size_mean_KB"] = _size_kb(pages)
    figures.update(_quality(pages))
    heldout = build_heldout()
    figures["heldout_pages"] = len(heldout)
    figures["heldout_page_size_mean_KB"] = _size_kb(heldout)
    figures.update(_quality(heldout, "heldout_"))
    for prefix, build_set, new in (
        ("fresh_", build_fresh, FRESH_TEMPLATES),
        ("fresh2_", build_fresh2, FRESH2_TEMPLATES),
        ("fresh3_", build_fresh3, FRESH3_TEMPLATES),
        ("fresh4_", build_fresh4, FRESH4_TEMPLATES),
        ("fresh5_", build_fresh5, FRESH5_TEMPLATES),
        ("fresh6_", build_fresh6, FRESH6_TEMPLATES),
        ("fresh7_", build_fresh7, FRESH7_TEMPLATES),
        ("fresh8_", build_fresh8, FRESH8_TEMPLATES),
        ("fresh9_", build_fresh9, FRESH9_TEMPLATES),
        ("fresh10_", build_fresh10, FRESH10_TEMPLATES),
        ("fresh11_", build_fresh11, FRESH11_TEMPLATES),
        ("fresh12_", build_fresh12, FRESH12_TEMPLATES),
        ("fresh13_", build_fresh13, FRESH13_TEMPLATES),
        ("fresh14_", build_fresh14, FRESH14_TEMPLATES),
        ("fresh15_", build_fresh15, FRESH15_TEMPLATES),
        ("fresh16_", build_fresh16, FRESH16_TEMPLATES),
        ("fresh17_", build_fresh17, FRESH17_TEMPLATES),
        ("fresh18_", build_fresh18, FRESH18_TEMPLATES),
    ):
        fresh = build_set()
        figures[f"{prefix}pages"] = len(fresh)
        figures[f"{prefix}page_size_mean_KB"] = _size_kb(fresh)
        figures.update(_quality(fresh, prefix, new.keys(), "known"))
    # Plain-text dumps of the same pages: tuned on the first two sets, fresh4's never looked at.
    dumped = (
        ("dumps_", pages),
        ("dumps_heldout_", heldout),
        ("dumps_fresh4_", build_fresh4()),
        ("dumps_fresh5_", build_fresh5()),
        ("dumps_fresh6_", build_fresh6()),
        ("dumps_fresh7_", build_fresh7()),
        ("dumps_fresh8_", build_fresh8()),
        ("dumps_fresh9_", build_fresh9()),
        ("dumps_fresh10_", build_fresh10()),
        ("dumps_fresh11_", build_fresh11()),
        ("dumps_fresh12_", build_fresh12()),
        ("dumps_fresh13_", build_fresh13()),
        ("dumps_fresh14_", build_fresh14()),
        ("dumps_fresh15_", build_fresh15()),
        ("dumps_fresh16_", build_fresh16()),
        ("dumps_fresh17_", build_fresh17()),
        ("dumps_fresh18_", build_fresh18()),
    )
    for prefix, dump_pages in dumped:
        figures.update(_quality(dump_pages, prefix, (), readings=_dump_readings))
        figures.update(_dump_titles(dump_pages, prefix))
    figures.update(_speed(pages))
    figures.update(_dedup_memory())
    return figures


def _size_kb(pages: list[Page]) -> float:
    return round(mean(len(p.html.encode()) for p in pages) / 1024, 1)


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def score(extracted: str, truth: str) -> tuple[float, float, float]:
    got, want = tokens(extracted), tokens(truth)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _without_dateline(text: str) -> str:
    found = boilerplate.dateline(text.lstrip())
    return text.lstrip()[found.length :] if found else text


def _ours(page: Page) -> str:
    return _cleaned(page.html, "text/html")


def _cleaned(body: str, content_type: str, field: str = "text") -> str:
    raw = {
        "source": "bench",
        "fetched_at": "2026-12-31T00:00:00Z",
        "content_type": content_type,
        "body": body,
    }
    try:
        return str(clean.clean(raw)[field])
    except RecordError:
        return ""


def _dump_titles(pages: list[Page], prefix: str) -> dict[str, object]:
    """Share of dumps whose title is the article's headline, exactly."""
    found = [
        _cleaned(dumps.text_dump(p.html), "text/plain", "title") == p.article["title"]
        for p in pages
    ]
    return {f"{prefix}ours_title_exact": round(mean(found), 4)}


def _html_readings(page: Page) -> dict[str, str]:
    return {"ours": _ours(page), "trafilatura": trafilatura.extract(page.html) or ""}


def _dump_readings(page: Page) -> dict[str, str]:
    dump = dumps.text_dump(page.html)
    return {"ours": _cleaned(dump, "text/plain"), "trafilatura": dumps.trafilatura_reading(dump)}


def _quality(
    pages: list[Page],
    prefix: str = "",
    new: Collection[str] = HELDOUT_TEMPLATES.keys(),
    old: str = "tuning",
    readings: Callable[[Page], dict[str, str]] = _html_readings,
) -> dict[str, object]:
    """Mean precision, recall and F1 per extractor, pages below F1 0.5, and F1 per template.

    When the pages include templates of `new`, F1 is also averaged over those
    (`..._f1_new_templates`) and over the others (`..._f1_{old}_templates`).
    """
    results: dict[str, list[tuple[float, float, float]]] = {"ours": [], "trafilatura": []}
    by_template: dict[str, dict[str, list[float]]] = {}
    for page in pages:
        truth = _without_dateline("\n".join(page.truth))
        for name, text in readings(page).items():
            result = score(_without_dateline(text), truth)
            results[name].append(result)
            by_template.setdefault(page.template, {}).setdefault(name, []).append(result[2])
    figures: dict[str, object] = {}
    for name, rows in results.items():
        figures[f"{prefix}{name}_precision"] = round(mean(r[0] for r in rows), 4)
        figures[f"{prefix}{name}_recall"] = round(mean(r[1] for r in rows), 4)
        figures[f"{prefix}{name}_f1"] = round(mean(r[2] for r in rows), 4)
        figures[f"{prefix}{name}_pages_below_f1_0.5"] = sum(1 for r in rows if r[2] < 0.5)
    if set(new) & by_template.keys():
        for name in results:
            for group, is_new in (("new", True), (old, False)):
                f1s = [
                    f1
                    for template, named in by_template.items()
                    if (template in new) == is_new
                    for f1 in named[name]
                ]
                if f1s:
                    figures[f"{prefix}{name}_f1_{group}_templates"] = round(mean(f1s), 4)
    for template, named in sorted(by_template.items()):
        for name, f1s in named.items():
            figures[f"{prefix}{name}_f1_{template}"] = round(mean(f1s), 4)
    return figures


def _speed(pages: list[Page]) -> dict[str, object]:
    """Articles a second on one core, the median of SPEED_ROUNDS rounds over the pages.

    These machines' speed swings by a third within minutes (trafilatura alone did 8.6/s
    and 13.5/s in two runs ten minutes apart), and one slow spell in a single long round
    moves its figure by as much; the median round is what the stage does, the best one what
    it does undisturbed. The same pages again with typographic quotes and dashes, as most
    newsrooms print them, give the second figure: such lines cost the text hygiene more.
    """
    ours = _rounds(pages)
    typographic = _rounds(build_typographic())
    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.html)
    theirs = len(pages) / (time.perf_counter() - started)
    return {
        "ours_articles_per_s_one_core": round(ours[0], 1),
        "ours_articles_per_s_one_core_best_round": round(ours[1], 1),
        "ours_articles_per_s_one_core_typographic": round(typographic[0], 1),
        "trafilatura_extract_articles_per_s_one_core": round(theirs, 1),
        # Absolute rates move with the machine (trafilatura alone did 17/s on one session's
        # machine and 6/s on another's); this ratio, measured in the same run, moves less.
        "ours_speed_over_trafilatura_extract": round(ours[0] / theirs, 1),
    }


def _rounds(pages: list[Page]) -> tuple[float, float]:
    """(median, best) articles a second over SPEED_ROUNDS rounds, after a warming one."""
    raws = [
        {
            "source": "bench",
            "fetched_at": "2026-12-31T00:00:00Z",
            "content_type": "text/html",
            "body": p.html,
        }
        for p in pages
    ]
    for raw in raws:  # warm: dateparser and lingua load their data on first use
        clean.clean(raw)
    took = []
    for _ in range(SPEED_ROUNDS):
        _forget_lines()
        started = time.perf_counter()
        for raw in raws:
            clean.clean(raw)
        took.append(time.perf_counter() - started)
    return len(raws) / median(took), len(raws) / min(took)


def _forget_lines() -> None:
    """Empty the stage's bounded caches, which remember lines and class names.

    A stream seldom sees a story line twice, but each round here sees the same pages
    again; remembered, their lines would be judged for free. (Unbounded caches hold
    loaded models and stay.)
    """
    for module in (boilerplate, furniture, page_rules):
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()


def _dedup_memory() -> dict[str, object]:
    """Memory of the index (and of the table's entries it holds) per 100k synthetic articles."""
    rng = np.random.default_rng(7)
    start = 1_800_000_000.0

    def entries() -> Any:
        for i in range(DEDUP_ARTICLES):
            sig = rng.integers(0, 2**32 - 1, size=dedup.NUM_PERM, dtype=np.uint32)
            yield (
                f"article-{i:06d}",
                {
                    "t": start + i,
                    "h": f"{i:032x}",
                    "s": base64.b64encode(sig.tobytes()).decode(),
                    "d": None,
                },
            )

    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    began = time.perf_counter()
    index = dedup.DedupIndex.from_entries(entries(), window_hours=10_000)
    built = time.perf_counter() - began
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(index) == DEDUP_ARTICLES
    text = Path(__file__).read_text()
    dedup.signature(text)  # warm: the permutations are drawn once per process
    began = time.perf_counter()
    for i in range(PROBES):
        probe = {
            "id": f"probe-{i}",
            "fetched_at": "2027-01-15T08:00:00Z",
            "content_hash": f"{i:032x}"[::-1],
            "text": f"{i} {text}",
        }
        index.check_and_add(probe)
    checked = (time.perf_counter() - began) / PROBES
    return {
        "dedup_index_MB_per_100k_articles": round(held / 2**20 * 100_000 / DEDUP_ARTICLES, 1),
        "dedup_rebuild_s_per_100k_articles": round(built, 1),
        "dedup_check_ms_at_100k": round(checked * 1000, 2),
    }


def _language_memory() -> dict[str, object]:
    before = _rss_mb()
    language.detector()
    return {
        "language_detector_rss_MB": round(_rss_mb() - before, 1),
        "language_languages": len(language.LANGUAGES),
    }


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
