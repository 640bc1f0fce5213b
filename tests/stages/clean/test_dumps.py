"""Finding the story in a whole page's text: the dek, link marks, video cards, galleries."""

from __future__ import annotations

import pytest

from streams.stages import clean
from streams.stages.clean import boilerplate
from tests import factories
from tests.stages.clean.texts import CARDS, LIVE_STORY, STORY_DUMP, dumped


def test_a_print_views_link_marks_dek_and_a_blogs_footer_in_a_dump_are_not_story() -> None:
    story = LIVE_STORY[:4]
    body = (
        "Bridge reopens after six months of repairs\n\nHere is what happened, who is "
        "affected[1] and what comes next.\n\nBy Marco Aquino Vela[2], News Reporter\n\n"
        + "\n\n".join(p.replace(" said", " said[3]", 1) for p in story)
        + "\n\n[Print this story] [E-mail this story] [Discuss (71 posts)]\n\nNo comments:"
        "\n\nComments are moderated and may take a few hours to appear. Please keep them civil "
        "and on the subject of the post.\n\nPowered by Blogger.\n\nWatermark theme. Theme "
        "images by Ollustrator."
    )
    out = clean.clean(factories.raw(body))
    assert out["paragraphs"] == story
    assert out["authors"] == ["Marco Aquino Vela"]
    assert out["removed"]["dek"] == 1


def test_a_video_cards_title_between_its_player_words_goes() -> None:
    card = "WATCH NOWVIDEO 04:26\n\nWhy economists are split on rates\n\nPlay\n\n"
    out = dumped(between=card, after=CARDS)
    assert out["paragraphs"] == STORY_DUMP


def test_a_photo_gallery_dump_is_read_as_one_story() -> None:
    slides = "".join(
        f"{n} / 3\n\nCrowds at the port on Monday. Photo: Jordi Puig / AFP\n\n{p}\n\n"
        "Previous Next photo\n\n"
        for n, p in enumerate(STORY_DUMP, 1)
    )
    tail = (
        "You have reached the end of this gallery.\n\nUp next\n\n17 photos\n\nSnow returns "
        "to the mountains\n\nSkiers and farmers alike welcomed the first heavy snowfall.\n\n"
        "13 photos\n\nInside the oldest covered market\n\nTraders show us their stalls.\n\n"
        "Paid content by Harbour Bank Find out how small firms plan for the year ahead.\n\n"
    )
    top = "The Picture Desk\n\n3 photos Fullscreen Share gallery\n\n"
    body = f"{top}Valencia dockers vote to strike\n\n{slides}{tail}"
    out = clean.clean(factories.raw(body))
    assert out["title"] == "Valencia dockers vote to strike"
    assert out["paragraphs"] == STORY_DUMP


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Continued on Page A9", "jump"),
        ("Continued from Page A4", "jump"),
        ("The talks continued on Monday.", None),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind


@pytest.mark.parametrize(
    ("headline", "story"),
    [
        (
            "体罰を禁止する法律",
            [
                "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、"
                "たたいたり蹴ったりする体罰を禁止することになりました。",
                "法律では虐待をした親に専門家が子どもの育て方を教えたり、子どもを守る仕事を"
                "する専門の職員を増やしたりすることも決まりました。",
            ],
        ),
        (
            "Россия и Украина договорились об обмене пленными",
            [
                "Москва и Киев договорились об обмене пленными, сообщили в понедельник "
                "официальные лица обеих сторон.",
                "Обмен состоится на следующей неделе при посредничестве Объединённых "
                "Арабских Эмиратов.",
            ],
        ),
        (
            "الأمم المتحدة تحذر من أزمة غذاء",
            [
                "حذرت الأمم المتحدة يوم الاثنين من أن ملايين الأشخاص في المنطقة يواجهون نقصا "
                "حادا في الغذاء هذا العام.",
                "وقال المتحدث باسم المنظمة إن المساعدات لم تصل إلى كثير من المناطق المتضررة "
                "حتى الآن.",
            ],
        ),
    ],
)
def test_a_page_dump_in_any_script_yields_its_headline_and_story(
    headline: str, story: list[str]
) -> None:
    body = "\n\n".join(["Home", "World", headline, *story, "Share", "Tweet", "© 2024 Example"])
    out = clean.clean(factories.raw(body))
    assert out["title"] == headline
    assert out["paragraphs"] == story
