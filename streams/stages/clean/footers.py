"""What ends a story: copyright, trademark and legal lines, contacts, About, corrections.

A press release ends at its issuer's About and contact blocks, a page at its
copyright line and its lawyers' notices. A copyright's holder and a
trademark's owner name the publisher when the markup does not.
"""

from __future__ import annotations

import re

COPYRIGHT = re.compile(
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
TRADEMARK = re.compile(r"\b(?:registered )?trademarks? (?:of|owned by)\b", re.IGNORECASE)
# Legal notices under a story: an agency's redistribution notice, US privacy-law links, terms
# of use, the reprints desk. Anchored at the start, where these are worded the same on every
# site; a story about a privacy law uses the words inside longer, attributed sentences.
LEGAL = re.compile(
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
# "A version of this article appears in print on June 9, 2026, Section A, Page 5 ...".
PRINT_EDITION = re.compile(
    r"^(?:a version of )?this (?:article|story) (?:appears|appeared) in "
    r"(?:print|the print edition|the [\w ]{3,30} issue of\b)"
    # An aggregator's line on where a story came from ("... published from a partner feed").
    r"|^\(?this (?:article|story) (?:has been|was|is) (?:published|generated|auto-generated) from "
    r"an? [\w -]{0,40}\bfeed\b",
    re.IGNORECASE,
)
# A press release's tail: the issuer's contact desk and the newswire's "SOURCE Issuer" line.
CONTACT = re.compile(
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
# "About Northfield Policy Institute": the heading of a release's boilerplate about its issuer.
_ABOUT = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w&.,'’ -]{1,80}?)\s*:?$")
# A correction notice is about the story, not part of it ("This article was amended on ...").
CORRECTION = re.compile(
    r"^(?:this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected)\b"
    r"|(?:in )?an earlier version of this (?:article|story|report)\b"
    r"|(?:correction|clarification)s?\s*(?::|$))",
    re.IGNORECASE,
)
# "Article URL: http://..." on print pages: the page's own address, kept in `url` already.
URL_LINE = re.compile(
    # ... alone, after a footnote's number ("[3] https://..."), or after the date it was printed.
    r"^printed from (?:https?://|www\.)\S+"
    # ... and a WordPress feed's trailer ("The post ... appeared first on The Ledger.").
    r"|^the post .{5,250} appeared first on\b"
    r"|^(?:-\s*)?(?:\[\d{1,3}\]\s*)?"
    r"(?:(?:article |story |page )?(?:url|link|permalink|source)\s*:\s*)?(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
# Kinds that end a story (a release ends at its issuer's About and contact blocks); sign-up
# and comment prompts also appear between paragraphs.
FOOTER_KINDS = frozenset({"copyright", "trademark", "contact", "about"})


def back_matter(line: str) -> bool:
    """A heading after which nothing is the story ("Notes to editors", "Sources")."""
    stripped = line.strip()
    return len(stripped) <= 40 and bool(_BACK_MATTER.match(stripped))


def may_be_copyright(stripped: str, low: str) -> bool:
    return "©" in stripped or "rights reserved" in low or low.startswith(("copyright", "(c)"))


def data_terms(low: str, stripped: str) -> bool:
    return ("delayed" in low or "fcc" in low) and bool(_DATA_TERMS.search(stripped))


def about(line: str) -> str | None:
    """The issuer named by an "About Acme Corp." heading, which its boilerplate then describes."""
    match = _ABOUT.match(line.strip())
    if not match or len(match["name"].split()) > 8:
        return None
    return match["name"].rstrip(" .,")


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
