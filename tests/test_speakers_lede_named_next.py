"""A lede that describes its first speaker ("A pensioner ... says ...") and names them at the
start of the next paragraph ("Mary Oakley, 81, has ..."): one person (h15b). Not a role news
keeps unnamed ("A spokesman said"), nor a name the text gives a role of its own. Texts
are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_HEAD = "Parrot owner says bird can talk\n\nBy Ann Lee, Coastal Press\n\n"


def test_the_person_the_next_paragraph_names_is_the_ledes_speaker() -> None:
    text = _HEAD + (
        "A pensioner who keeps a grey parrot in her flat says the bird can recite the "
        'alphabet.\n\nMary Oakley, 81, has kept the bird for 30 years. "He knows every '
        'letter," Oakley said.'
    )
    assert speaker_of(text, "the bird can recite") == "Mary Oakley"


def test_an_unnamed_spokesman_stays_unnamed() -> None:
    text = (
        "A spokesman said the talks had failed.\n\nJohn Reed will fly to Paris on "
        'Monday. "We will try again," Reed said.'
    )
    assert speaker_of(text, "the talks had failed") != "John Reed"


def test_a_name_with_a_role_of_its_own_is_someone_else() -> None:
    text = (
        "A farmer said the talks had failed.\n\nJohn Reed, the foreign minister, will fly to "
        'Paris on Monday. "We will try again," Reed said.'
    )
    assert speaker_of(text, "the talks had failed") != "John Reed"


def test_a_headline_in_capitals_names_no_one_before_the_lede() -> None:
    # the tagger takes "Parrot" in a title-case headline for a name ("His Parrot")
    text = (
        "A Teacher in Leeds Says His Parrot Called the Police\n\nBy Polly Vantreight | May 2\n\n"
        "A retired teacher says his parrot called the police when burglars broke into his "
        "house, according to a report in the Daily Courier.\n\n"
        "Osgood Hartley told the paper that the bird had learned the number from him."
    )
    assert speaker_of(text, "his parrot called the police") == "Osgood Hartley"


def test_an_indefinite_article_opens_no_name_in_a_headline() -> None:
    # "A Gardener" in a title-case headline is a gardener, not a Mr Gardener
    text = (
        "A Gardener in Kent Says His Marrow Grew on Tea\n\nBy Polly Vantreight | May 2\n\n"
        "A retired gardener says his prize-winning marrow grew to 40 kilograms because he "
        "watered it with cold tea, according to a report in the Daily Courier.\n\n"
        "Osgood Hartley told the paper that he had used the same method for thirty years."
    )
    assert speaker_of(text, "his prize-winning marrow") == "Osgood Hartley"
