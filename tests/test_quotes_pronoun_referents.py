"""Pronouns in court and police copy: a "she" already resolved makes that person female for
a later "he"; the name a description is equated with ("The first witness was X") is the
centre of attention; "she" after "she said her client ..." is not the client. Texts are our
own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_person_called_she_is_not_a_later_he() -> None:
    text = (
        "Ilse Varga told the jury that the wiring was old. "
        '"Nobody set this fire," she said.\n\n'
        "The court then heard from fire inspector Martin Hale. He acknowledged that the scene "
        "had not been sealed for two days."
    )
    name = speaker_of(text, "the scene had not been sealed")
    assert name is not None and "Hale" in name


def test_the_name_a_description_is_equated_with_is_the_next_he() -> None:
    text = (
        'Prosecutor Tom Baird said the fire was set "on purpose."\n\n'
        "The first witness was Detective Colin Ware, who led the inquiry. Under "
        "cross-examination, he acknowledged that the scene had not been sealed for two days."
    )
    name = speaker_of(text, "the scene had not been sealed")
    assert name is not None and "Ware" in name


def test_she_is_not_the_client_she_spoke_of() -> None:
    text = (
        "Defence lawyer Ilse Varga told the jury that the landlord had shouted at the tenants "
        "for an hour. She said her client, who lives with his mother and two young sons, saw "
        "the landlord's hand move to his belt and believed he was reaching for a knife.\n\n"
        '"Tomas Brandl did not start this fight. The fight came to his kitchen," she said.'
    )
    assert speaker_of(text, '"Tomas Brandl did not') == "Ilse Varga"


def test_she_is_not_the_family_that_spoke_before() -> None:
    text = (
        "Anna Kovacs, the mother of the boy, said the school had ignored her letters.\n\n"
        "Anna Kovacs sat in the front row. The Kovacs family said they would attend every "
        "hearing. During a recess, she said she did not understand why no one had called her."
    )
    assert speaker_of(text, "she did not understand") == "Anna Kovacs"


def test_a_he_learned_of_a_father_tells_nothing_of_his_daughter() -> None:
    # "he" made Tom Hadley male; Ruth Hadley shares only his surname
    text = (
        "Road closure angers residents\n\n"
        "A spokeswoman for Quenford Council said the road would reopen on Friday.\n\n"
        "Tom Hadley, who lives on the road, said he had waited three weeks for a bus. "
        "'It is a joke,' he said.\n\n"
        "Reached by phone, his daughter Ruth Hadley said the family had written to the "
        "council twice.\n\n"
        "'Nobody wrote back,' she said. 'Not once, and we have the letters.'\n"
    )
    assert speaker_of(text, "'Not once") == "Ruth Hadley"
