"""Who speaks when a relative clause, a date or a relay stands between the source and its
verb: "Ann Lee, who also looks after several charities, denied that X" (the parser may make
"charities" the subject of "denied"); "the council's statement of Monday, which said X" (the
statement, not the day); "according to a source quoted by columnist Ann Lee, X" (the source,
not the one who relays it). Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_noun_of_a_relative_clause_is_not_the_subject_of_the_verb_after_it() -> None:
    text = (
        "Gym deal denied\n\n"
        "The promoter Dan Ostrander spoke on Monday.\n\n"
        "Ostrander, who also looks after several boxers in Spain's top gyms, denied that any "
        "deal had been signed.\n"
    )
    assert speaker_of(text, "any deal had been signed") == "Dan Ostrander"


def test_a_relative_clause_after_a_dated_statement_is_the_statement() -> None:
    text = (
        "Pool stays open\n\n"
        "The Wendle council said on Monday that the pool would reopen.\n\n"
        "A council spokesman declined to comment on Tuesday, pointing instead to the "
        'council\'s statement of Monday, which said the pool was "safe to use."\n'
    )
    assert speaker_of(text, 'the pool was "safe') not in (None, "Monday")


def test_according_to_a_source_quoted_by_someone_is_the_source() -> None:
    text = (
        "Budget cuts loom\n\n"
        "According to a source close to the mayor quoted by columnist Ann Lee, the library "
        "budget will be cut by half.\n"
    )
    assert speaker_of(text, "the library budget") not in (None, "Ann Lee")


def test_a_verb_after_then_shares_the_subject_of_the_main_verb() -> None:
    text = (
        "Lee wins final\n\n"
        "Ann Lee answered her critics the only way a player can on Sunday, winning the final "
        'in straight sets at Wendle Park, then insisted she was "only getting started" at '
        "the club.\n"
    )
    assert speaker_of(text, "she was") == "Ann Lee"


def test_the_paper_is_the_newspaper_named_before() -> None:
    text = (
        "Port deal talks\n\n"
        "By Tom Vale\n\n"
        "The Warsaw newspaper Gazeta Nowa reported on Tuesday that the port would be "
        "sold.\n\n"
        "The harbour board said it had received no offer. That account clashes with Gazeta "
        "Nowa, which stood by its story.\n\n"
        'The paper reported that the two sides had held "a first meeting" in March.\n'
    )
    assert speaker_of(text, "the two sides") == speaker_of(text, "the port would be sold")
