"""Small texts the clean stage's tests share: a story, a live page's posts, teaser cards."""

from __future__ import annotations

from streams.records import Record
from streams.stages import clean
from tests import factories

LIVE_STORY = [
    "The city reopened the Elm Street bridge on Monday after six months of repairs that cost "
    "4.2 million dollars, the transport department said in a statement.",
    "Engineers found cracks in two of its steel girders during an inspection last spring, and "
    "the bridge has been closed to traffic since April, adding 20 minutes to many commutes.",
    "The repairs replaced both girders and the deck above them, and a sensor now measures how "
    "much the steel flexes as lorries cross, the department said.",
    "Shop owners on both sides of the river said trade had fallen by a third while the bridge "
    "was shut, and several asked the council for help with their business rates.",
    "The council said it would decide next month whether to offer them a discount.",
    "Cyclists and pedestrians were allowed back on the bridge on Sunday evening, a day before "
    "cars, so that the new surface could be checked under lighter loads.",
    "A second bridge upstream, built in the same year to the same design, will be inspected "
    "in the autumn, the department said.",
]


STORY_DUMP = [
    "Harbour workers in Valencia voted on Monday to strike for three days next week, the "
    "union said, in a dispute over the automation of two container terminals.",
    "The port authority said the new cranes would not cost any jobs and urged the union to "
    "return to talks before the stoppage begins.",
    "Talks broke down last month after the operators refused to put a guarantee in writing.",
]


CARDS = (
    "Ferry strike ends\n\nFerry crews returned to work on Sunday after the union accepted a "
    "pay offer.\n\nDam builders fall behind\n\nEngineers said the new dam would open a year "
    "late because of floods.\n\nMuseum reopens\n\nThe city museum reopened its doors on "
    "Saturday after a five-year restoration.\n\n"
)


def dumped(before: str = "", between: str = "", after: str = "", top: str = "") -> Record:
    """A text dump of the story with blocks above it, after its lead and after it."""
    story = f"{STORY_DUMP[0]}\n\n{between}" + "\n\n".join(STORY_DUMP[1:])
    body = f"{top}Valencia dockers vote to strike\n\n{before}{story}\n\n{after}"
    return clean.clean(factories.raw(body))
