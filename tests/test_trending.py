from __future__ import annotations

from streams.trending import Trending
from tests import factories


def _article(*names: str) -> dict[str, object]:
    text = " ".join(names)
    return factories.tagged(text, [factories.entity(n, "GPE", text) for n in names])


def test_entities_are_ranked_by_articles_not_mentions() -> None:
    t = Trending(window_s=60)
    t.add(0, _article("Kenya", "Kenya", "Kenya", "Chile"))
    t.add(1, _article("Chile"))
    t.add(2, _article("Chile", "Peru"))
    assert t.top(2, now=3) == [("Chile", "GPE", 3), ("Kenya", "GPE", 1)]


def test_articles_leave_the_window() -> None:
    t = Trending(window_s=10)
    t.add(0, _article("Kenya"))
    t.add(8, _article("Chile"))
    assert [name for name, _, _ in t.top(5, now=9)] == ["Chile", "Kenya"]
    assert t.top(5, now=15) == [("Chile", "GPE", 1)]
    assert t.top(5, now=30) == []
