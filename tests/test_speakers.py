"""Speaker identities: names, mentions from the parse, merging within and across articles.

Quotes are written by hand as records with real offsets (so these tests do
not depend on the quote extractor); mentions come from the real spaCy parse.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

import pytest

from kg.assemble.speakers import SpeakerIndex, resolve_speakers
from kg.extract.mentions import EntityMention, collect_mentions
from kg.extract.names import given_compatible, parse_person, parse_phrase, skeleton
from kg.extract.quotes import Quote, Span

from .conftest import corpus_graph, speaker_of


def make_quote(doc: str, text: str, mention: str, content: str) -> Quote:
    """A quote of ``text``: its ``content`` and the nearest ``mention`` before it."""
    start = text.index(content)
    positions = [m.start() for m in re.finditer(re.escape(mention), text)]
    before = [p for p in positions if p < start]
    at = before[-1] if before else positions[0]
    kind = "pronoun" if mention.lower() in ("he", "she", "it", "they") else "name"
    if kind == "name" and (
        mention[:1].islower() or mention.split()[0].lower() in ("the", "a", "an", "some")
    ):
        kind = "nominal"
    return Quote(
        doc,
        start,
        start + len(content),
        content,
        "indirect",
        mention=Span(at, at + len(mention), mention),
        mention_kind=kind,  # type: ignore[arg-type]
    )


def build(nlp: Any, articles: dict[str, tuple[str, list[tuple[str, str]]]]) -> SpeakerIndex:
    """Resolve speakers for ``{doc: (text, [(mention, content), ...])}`` with real mentions."""
    quotes: list[Quote] = []
    mentions: list[EntityMention] = []
    for doc_id, (text, said) in articles.items():
        for mention, content in said:
            quotes.append(make_quote(doc_id, text, mention, content))
        mentions.extend(collect_mentions(nlp(text), doc_id))
    return resolve_speakers(quotes, mentions)


def names_of(index: SpeakerIndex) -> dict[str, set[str]]:
    """Canonical name -> the mentions (as written) its quotes were given."""
    out: dict[str, set[str]] = {}
    for s in index.speakers:
        out[s.name] = set(s.alias_names)
    return out


# --- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "premod", "expected"),
    [
        ("Lt. Gen. Ann Smith", "", ("Ann Smith", ("Ann",), "Smith", "Lt. Gen.", None)),
        ("Gen. Lt. Ivan Petrov", "", ("Ivan Petrov", ("Ivan",), "Petrov", "Gen. Lt.", None)),
        (
            "Russian Lt. Gen. Ivan Petrov",
            "",
            ("Ivan Petrov", ("Ivan",), "Petrov", "Lt. Gen.", "Russia"),
        ),
        ("Maria Lopez", "British Prime Minister", ("Maria Lopez", ("Maria",), "Lopez", None, None)),
        ("John F. Baker Jr.", "", ("John F. Baker Jr.", ("John", "F."), "Baker", None, None)),
        ("Baker", "", ("Baker", (), "Baker", None, None)),
    ],
)
def test_parse_person(name: str, premod: str, expected: tuple[Any, ...]) -> None:
    p = parse_person(name, premod)
    role = p.role if not premod else None
    assert (p.name, p.given, p.surname, role, p.country if not premod else None) == expected


@pytest.mark.parametrize(
    ("premod", "role", "affiliation"),
    [
        ("Kremlin spokeswoman", "spokeswoman", "Kremlin"),
        ("British Prime Minister", "Prime Minister", "United Kingdom"),
        ("Ukrainian Armed Forces spokesperson", "spokesperson", "Ukrainian Armed Forces"),
        ("military blogger", "military blogger", None),
    ],
)
def test_role_and_affiliation_from_premodifiers(
    premod: str, role: str, affiliation: str | None
) -> None:
    p = parse_person("Ann Lee", premod)
    assert (p.role, p.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("phrase", "kind", "country", "key"),
    [
        ("the U.K. Defense Ministry", "organization", "United Kingdom", "defense ministry"),
        ("Britain's Ministry of Defence", "organization", "United Kingdom", "defense ministry"),
        ("the British MoD", "organization", "United Kingdom", "defense ministry"),
        ("the UK Defence Ministry", "organization", "United Kingdom", "defense ministry"),
        ("Russia’s defense ministry", "organization", "Russia", "defense ministry"),
        ("the Russian military", "organization", "Russia", "defense ministry"),
        ("the ministry", "organization", None, "ministry"),
        ("Ukrainian officials", "group", "Ukraine", "officials"),
        ("a Ukrainian official", "group", "Ukraine", "officials"),
        ("a group of Russian pro-war bloggers", "group", "Russia", "pro-war bloggers"),
        ("some analysts", "group", None, "analysts"),
        ("analysts and diplomats", "group", None, "analysts"),
        (
            "A US State Department spokesman",
            "person",
            "United States",
            "state department spokesman",
        ),
        ("France", "organization", "France", "government"),
        ("French officials in the border region", "group", "France", "officials"),
        ("officials with knowledge of the talks", "group", None, "officials"),
        ("a small group supporting the families of sailors", "organization", None, "small group"),
        ("Council on Foreign Relations", "organization", None, "council on foreign relations"),
        # a person named by whom they speak for, not the body itself
        ("a spokeswoman for Tarn Mining", "person", None, "spokeswoman"),
        ("the Campaign for Clean Rivers", "organization", None, "campaign clean rivers"),
    ],
)
def test_parse_phrase(phrase: str, kind: str, country: str | None, key: str) -> None:
    p = parse_phrase(phrase)
    assert (p.kind, p.country, p.key) == (kind, country, key)


def test_lowercase_us_is_not_a_country() -> None:
    assert parse_phrase("told us officials").country is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Zelenskyy", "Zelenskiy", True),
        ("Zelenskyy", "Zelensky", True),
        ("Dmitriy", "Dmitry", True),
        ("Khodorkovsky", "Hodorkovsky", True),
        ("Baker", "Barker", False),
        ("Müller", "Muller", True),
    ],
)
def test_skeleton_folds_transliterations(a: str, b: str, same: bool) -> None:
    assert (skeleton(a) == skeleton(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (("John",), ("John",), True),
        (("J.",), ("John",), True),
        (("John",), ("Jane",), False),
        (("Dmitri",), ("Dmitry",), True),
        ((), ("Jane",), True),
        (("K.",), ("John",), False),
        # a common short form of the given name
        (("Bill",), ("William",), True),
        (("Joseph",), ("Joe",), True),
        (("Joe",), ("John",), False),
        (("Mimi",), ("Miriam",), True),
        (("Peggy",), ("Margaret",), True),
        (("Molly",), ("Margaret",), False),
        # a given name clipped after its first syllables
        (("Reg",), ("Reginald",), True),
        (("Rosamund",), ("Ros",), True),
        # a given name cut before its last syllables (h22c)
        (("Bella",), ("Isabella",), True),
        (("Christina",), ("Tina",), True),
        (("Ena",), ("Helena",), False),
    ],
)
def test_given_names_compatible(a: tuple[str, ...], b: tuple[str, ...], ok: bool) -> None:
    assert given_compatible(a, b) is ok


# --- mentions from the parse ----------------------------------------------------------------


def test_collect_mentions_reads_apposition_and_premodifiers(nlp: Any) -> None:
    text = (
        "Maria Lopez, a senior fellow at the Brookings Institution, said the plan would fail. "
        "Kremlin spokeswoman Anna Petrova said it would not."
    )
    found = {m.text: m for m in collect_mentions(nlp(text), "a")}
    lopez, petrova = found["Maria Lopez"], found["Anna Petrova"]
    assert (lopez.label, lopez.role, lopez.affiliation) == (
        "PERSON",
        "senior fellow",
        "Brookings Institution",
    )
    assert (petrova.label, petrova.premod) == ("PERSON", "Kremlin spokeswoman")
    assert text[lopez.start : lopez.end] == "Maria Lopez"


def test_collect_mentions_skips_page_furniture(nlp: Any) -> None:
    text = "Acme Labs said the kettle was safe.\n[Image credit - Northwind Photo Agency]\n"
    names = [m.text for m in collect_mentions(nlp(text), "a")]
    assert "Acme Labs" in names
    assert not any("Northwind" in n for n in names)


def test_collect_mentions_finds_titled_names_the_model_misses(nlp: Any) -> None:
    text = "Ukrainian Armed Forces spokesperson John Baker said the data was wrong."
    people = [m for m in collect_mentions(nlp(text), "a") if m.label == "PERSON"]
    assert [(m.text, m.premod) for m in people] == [
        ("John Baker", "Ukrainian Armed Forces spokesperson")
    ]


# --- merging -----------------------------------------------------------------------------------


def test_surname_links_to_full_name_within_article(nlp: Any) -> None:
    text = "Lt. Gen. Ivan Petrov said the base was hit. Petrov said more would follow."
    index = build(
        nlp,
        {
            "a": (
                text,
                [("Lt. Gen. Ivan Petrov", "the base was hit"), ("Petrov", "more would follow")],
            )
        },
    )
    assert [(s.name, s.n_quotes, s.role) for s in index.speakers] == [
        ("Ivan Petrov", 2, "Lt. Gen.")
    ]
    assert any(m.startswith("surname in article") for m in index.speakers[0].merges)


def test_same_person_merged_across_articles_with_title_variants(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": (
                "Gen. Lt. Ivan Petrov said the base was hit.",
                [("Gen. Lt. Ivan Petrov", "the base was hit")],
            ),
            "b": (
                "Russian Lt. Gen. Ivan Petrov said it was fine.",
                [("Russian Lt. Gen. Ivan Petrov", "it was fine")],
            ),
            "c": ("Petrov said nothing new.", [("Petrov", "nothing new")]),
        },
    )
    assert len(index.speakers) == 1
    s = index.speakers[0]
    assert (s.name, s.type, s.docs, s.n_quotes) == ("Ivan Petrov", "person", ("a", "b", "c"), 3)
    assert s.country == "Russia"


def test_transliteration_variants_merge_with_fuzzy_score(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": (
                "Dmitri Lukashenko said the deal was off.",
                [("Dmitri Lukashenko", "the deal was off")],
            ),
            "b": (
                "Dmitriy Lukashenka said the deal was on.",
                [("Dmitriy Lukashenka", "the deal was on")],
            ),
        },
    )
    assert len(index.speakers) == 1
    assert any(
        re.match(r"(transliteration|full name) \d\.\d\d: ", m) for m in index.speakers[0].merges
    )


def test_people_sharing_a_surname_stay_apart(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": ("John Baker said taxes would rise.", [("John Baker", "taxes would rise")]),
            "b": ("Mary Baker said taxes would fall.", [("Mary Baker", "taxes would fall")]),
            "c": ("J. Baker said it again.", [("J. Baker", "it again")]),
            "d": ("Baker said nothing.", [("Baker", "nothing")]),
        },
    )
    by_name = {s.name: s for s in index.speakers}
    assert by_name["John Baker"].docs == ("a", "c")
    assert by_name["Mary Baker"].docs == ("b",)
    # A bare surname shared by two people is not given to either.
    assert "d" not in by_name["John Baker"].docs + by_name["Mary Baker"].docs


def test_a_nickname_and_the_full_given_name_are_one_person_across_articles(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": (
                "Dr. Rebecca Hollins, a surgeon, said the ward was full.",
                [("Dr. Rebecca Hollins", "the ward was full")],
            ),
            "b": (
                "Dr. Becky Hollins said the ward had emptied.",
                [("Dr. Becky Hollins", "the ward had emptied")],
            ),
            "c": (
                "Dr. Mimi Oster said the ward was clean.",
                [("Dr. Mimi Oster", "the ward was clean")],
            ),
            "d": ("Miriam Oster said it was clean.", [("Miriam Oster", "it was clean")]),
        },
    )
    docs = sorted(s.docs for s in index.speakers)
    assert docs == [("a", "b"), ("c", "d")]


def test_a_romanised_name_with_and_without_its_hyphen_is_one_person(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": (
                "Park Min-jun, a defector, said the factory had closed.",
                [("Park Min-jun", "the factory had closed")],
            ),
            "b": (
                "Park Min Jun said the factory reopened.",
                [("Park Min Jun", "the factory reopened")],
            ),
            "c": ("Park Min Ho said the mine was shut.", [("Park Min Ho", "the mine was shut")]),
        },
    )
    assert sorted(s.docs for s in index.speakers) == [("a", "b"), ("c",)]


@pytest.mark.parametrize("surname", ["Brenner", "Walker", "Proctor"])
def test_a_surname_ending_like_an_agent_noun_joins_its_full_name(nlp: Any, surname: str) -> None:
    # "-er", "-or" make "farmer" a role; capitalised and alone they end a surname too.
    index = build(
        nlp,
        {
            "a": (
                f"The economist Tobias {surname} said the rates would rise.",
                [(f"Tobias {surname}", "the rates would rise")],
            ),
            "b": (f"{surname} said the rates had risen.", [(surname, "the rates had risen")]),
        },
    )
    assert [s.docs for s in index.speakers] == [("a", "b")]


def test_a_role_noun_alone_stays_one_per_article(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": ("The farmer said the crop failed.", [("The farmer", "the crop failed")]),
            "b": ("The farmer said the rain came.", [("The farmer", "the rain came")]),
        },
    )
    assert len(index.speakers) == 2


def test_organisations_normalised_and_kept_apart_by_country(nlp: Any) -> None:
    a = (
        "The French Defence Ministry said the strike was legal. "
        "The British Defence Ministry said it was not. "
        "The ministry added that more was coming."
    )
    b = "Britain's Ministry of Defense said the report was true. France's defense ministry said no."
    index = build(
        nlp,
        {
            "a": (
                a,
                [
                    ("The French Defence Ministry", "the strike was legal"),
                    ("The British Defence Ministry", "it was not"),
                    ("The ministry", "more was coming"),
                ],
            ),
            "b": (
                b,
                [
                    ("Britain's Ministry of Defense", "the report was true"),
                    ("France's defense ministry", "no"),
                ],
            ),
        },
    )
    ministries = {s.country: s for s in index.speakers}
    assert set(ministries) == {"France", "United Kingdom"}
    uk, fr = ministries["United Kingdom"], ministries["France"]
    assert (uk.n_quotes, fr.n_quotes) == (3, 2)
    assert "The ministry" in uk.alias_names
    assert uk.type == fr.type == "organization"


def test_groups_are_speakers_not_people(nlp: Any) -> None:
    a = "Ukrainian officials said the line held. Analysts said it would not."
    b = "A Ukrainian official said supplies were short."
    index = build(
        nlp,
        {
            "a": (a, [("Ukrainian officials", "the line held"), ("Analysts", "it would not")]),
            "b": (b, [("A Ukrainian official", "supplies were short")]),
        },
    )
    types = {s.name: (s.type, s.n_quotes) for s in index.speakers}
    assert types == {"Ukrainian officials": ("group", 2), "Analysts": ("group", 1)}


def test_definite_description_binds_to_apposition(nlp: Any) -> None:
    text = (
        "Maria Lopez, a well-known blogger, said the plan would fail. "
        "Later the blogger said the plan had failed."
    )
    index = build(
        nlp,
        {
            "a": (
                text,
                [("Maria Lopez", "the plan would fail"), ("the blogger", "the plan had failed")],
            )
        },
    )
    assert [(s.name, s.n_quotes, s.role) for s in index.speakers] == [
        ("Maria Lopez", 2, "well-known blogger")
    ]


def test_profile_has_role_affiliation_and_all_aliases(nlp: Any) -> None:
    text = (
        "German Foreign Minister Eva Schulz arrived on Monday. Schulz said the talks would go on."
    )
    index = build(nlp, {"a": (text, [("Schulz", "the talks would go on")])})
    s = index.speakers[0]
    assert (s.name, s.role, s.affiliation) == ("Eva Schulz", "Foreign Minister", "Germany")
    assert dict(s.aliases) == {"Schulz": 1, "German Foreign Minister Eva Schulz": 1}


def test_every_merge_says_why_and_ids_are_unique(nlp: Any) -> None:
    index = build(
        nlp,
        {
            "a": ("Ann Lee said yes. Lee said no.", [("Ann Lee", "yes"), ("Lee", "no")]),
            "b": (
                "Ann Lee said maybe. Bob Lee said never.",
                [("Ann Lee", "maybe"), ("Bob Lee", "never")],
            ),
        },
    )
    ids = [s.id for s in index.speakers]
    assert len(ids) == len(set(ids))
    for s in index.speakers:
        for why in s.merges:
            assert re.match(r"^[a-z ]+ \d\.\d\d: .+", why), why
    assert {s.name: s.n_quotes for s in index.speakers} == {"Ann Lee": 3, "Bob Lee": 1}


def test_pronoun_without_antecedent_takes_previous_speaker(nlp: Any) -> None:
    text = "Ukrainian officials said the line held. They said supplies were short."
    quotes = [
        make_quote("a", text, "Ukrainian officials", "the line held"),
        make_quote("a", text, "They", "supplies were short"),
    ]
    quotes[1] = Quote(**{**quotes[1].__dict__, "mention_kind": "pronoun"})
    index = resolve_speakers(quotes, collect_mentions(nlp(text), "a"))
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Ukrainian officials", 2)]


# --- the seeds, against the hand-made answer ------------------------------------------------


def test_seed_people_match_gold_names(seeds_result: Any, seeds_gold: dict[str, Any]) -> None:
    """Quotes whose mention is a gold person's name form land in one kg speaker per person."""
    owner = {}
    for sp in seeds_gold["speakers"]:
        surname = sp["name"].split()[-1].lower()
        for alias in sp["aliases"]:
            if sp["type"] == "person" and surname in alias.lower():
                owner[alias.lower()] = sp["id"]
    kg_of_gold: dict[str, set[str]] = defaultdict(set)
    gold_of_kg: dict[str, set[str]] = defaultdict(set)
    for q in seeds_result.quotes:
        speaker = seeds_result.speakers.speaker_of(q)
        if q.mention is None or speaker is None:
            continue
        gold = owner.get(q.mention.text.strip().lower())
        if gold is not None:
            kg_of_gold[gold].add(speaker.id)
            gold_of_kg[speaker.id].add(gold)
    assert len(kg_of_gold) >= 8
    assert {g: ids for g, ids in kg_of_gold.items() if len(ids) > 1} == {}
    assert {k: gs for k, gs in gold_of_kg.items() if len(gs) > 1} == {}


def test_plural_pronoun_prefers_group_over_singular_antecedent(nlp: Any) -> None:
    text = (
        "The Polish Defense Ministry was silent. Ukrainian officials said the line held. "
        "They said supplies were short."
    )
    first = make_quote("a", text, "Ukrainian officials", "the line held")
    they = make_quote("a", text, "They", "supplies were short")
    org = text.index("The Polish Defense Ministry")
    wrong = Span(org, org + len("The Polish Defense Ministry"), "The Polish Defense Ministry")
    they = Quote(**{**they.__dict__, "mention_kind": "pronoun", "antecedent": wrong})
    index = resolve_speakers([first, they], collect_mentions(nlp(text), "a"))
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Ukrainian officials", 2)]


def test_singular_pronoun_keeps_its_antecedent(nlp: Any) -> None:
    text = "Maria Lopez arrived. Ukrainian officials said the line held. She said it would not."
    first = make_quote("a", text, "Ukrainian officials", "the line held")
    she = make_quote("a", text, "She", "it would not")
    she = Quote(
        **{**she.__dict__, "mention_kind": "pronoun", "antecedent": Span(0, 11, "Maria Lopez")}
    )
    index = resolve_speakers([first, she], collect_mentions(nlp(text), "a"))
    assert {s.name: s.n_quotes for s in index.speakers} == {
        "Ukrainian officials": 1,
        "Maria Lopez": 1,
    }


def test_courtesy_title_is_gender_not_role() -> None:
    p = parse_person("Lee", "Mrs.")
    assert (p.role, p.gender) == (None, "female")
    assert parse_person("Ann Lee", "WASHINGTON President").role == "President"
    q = parse_person("Ed Lane", "Former Ohio Gov.")
    assert (q.role, q.affiliation) == ("Former Gov.", "Ohio")


def test_gendered_surname_between_two_namesakes_is_left_alone(nlp: Any) -> None:
    text = (
        "John Lane and Mary Lane met voters. Mrs. Lane said the tax was unfair. "
        "John Lane said it was fair."
    )
    index = build(
        nlp,
        {"a": (text, [("Mrs. Lane", "the tax was unfair"), ("John Lane", "it was fair")])},
    )
    owner = {s.name: s.alias_names for s in index.speakers}
    assert "Mrs. Lane" not in owner.get("John Lane", [])


def test_age_in_apposition_is_not_a_role(nlp: Any) -> None:
    text = "Maria Lopez, 59, said the plant would close."
    index = build(nlp, {"a": (text, [("Maria Lopez", "the plant would close")])})
    assert index.speakers[0].role is None


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Regulators", "group"),
        ("many Democrats", "group"),
        ("two Democratic speechwriters", "group"),
        ("The Daily Post", "organization"),
        ("the Sierra Club", "organization"),
        ("The GOP nominee", "person"),
        ("the spokeswoman", "person"),
    ],
)
def test_phrase_kinds(phrase: str, kind: str) -> None:
    assert parse_phrase(phrase).kind == kind


def test_of_phrase_after_a_name_is_the_affiliation(nlp: Any) -> None:
    text = "Mr. Tom Morgan of the Sierra Club said the rule was weak."
    index = build(nlp, {"a": (text, [("Mr. Tom Morgan of the Sierra Club", "the rule was weak")])})
    s = index.speakers[0]
    assert (s.name, s.type, s.affiliation) == ("Tom Morgan", "person", "Sierra Club")


def test_pronoun_gender_tells_namesakes_apart(nlp: Any) -> None:
    text = (
        "John Lane and Mary Lane met voters. Mary Lane said taxes were high. "
        "She said they would fall. Mrs. Lane said the plan was ready."
    )
    quotes = [
        make_quote("a", text, "Mary Lane", "taxes were high"),
        make_quote("a", text, "She", "they would fall"),
        make_quote("a", text, "Mrs. Lane", "the plan was ready"),
    ]
    mary = text.index("Mary Lane said")
    quotes[1] = Quote(
        **{
            **quotes[1].__dict__,
            "mention_kind": "pronoun",
            "antecedent": Span(mary, mary + 9, "Mary Lane"),
        }
    )
    index = resolve_speakers(quotes, collect_mentions(nlp(text), "a"))
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Mary Lane", 3)]


def test_definite_role_binds_to_the_titled_name(nlp: Any) -> None:
    text = "President Maria Lopez spoke on Monday. The president said taxes would fall."
    index = build(nlp, {"a": (text, [("The president", "taxes would fall")])})
    assert [(s.name, s.role) for s in index.speakers] == [("Maria Lopez", "President")]


def test_dateline_is_not_a_role(nlp: Any) -> None:
    text = "WASHINGTON ― President Maria Lopez said taxes would fall."
    index = build(nlp, {"a": (text, [("WASHINGTON ― President Maria Lopez", "taxes would fall")])})
    assert [(s.name, s.role) for s in index.speakers] == [("Maria Lopez", "President")]


def test_the_agency_is_the_organisation_named_just_before(nlp: Any) -> None:
    text = (
        "The Brookings Institution published a study on Monday. "
        "The think tank said the tax would raise little."
    )
    index = build(nlp, {"a": (text, [("The think tank", "the tax would raise little")])})
    assert [s.name for s in index.speakers] == ["Brookings Institution"]


def test_possessive_owner_is_not_a_bare_description(nlp: Any) -> None:
    text = "The Brookings Institution published a study. Lopez's office said it disagreed."
    index = build(nlp, {"a": (text, [("Lopez's office", "it disagreed")])})
    assert [s.name for s in index.speakers] == ["Lopez's office"]


def test_alias_leaves_out_the_apposition(nlp: Any) -> None:
    text = "Maria Lopez, a senior fellow at the Brookings Institution, said the plan would fail."
    mention = "Maria Lopez, a senior fellow at the Brookings Institution"
    index = build(nlp, {"a": (text, [(mention, "the plan would fail")])})
    s = index.speakers[0]
    assert (s.name, s.alias_names, s.role) == ("Maria Lopez", ["Maria Lopez"], "senior fellow")


def test_he_continues_the_last_person_quoted_over_an_older_antecedent(nlp: Any) -> None:
    text = (
        "Maria Lopez said costs would rise. Later, John Baker said the plan was sound. "
        "He said it would work."
    )
    first = make_quote("a", text, "Maria Lopez", "costs would rise")
    second = make_quote("a", text, "John Baker", "the plan was sound")
    he = make_quote("a", text, "He", "it would work")
    he = Quote(
        **{**he.__dict__, "mention_kind": "pronoun", "antecedent": Span(0, 11, "Maria Lopez")}
    )
    index = resolve_speakers([first, second, he], collect_mentions(nlp(text), "a"))
    assert {s.name: s.n_quotes for s in index.speakers} == {"John Baker": 2, "Maria Lopez": 1}


def test_military_and_defence_ministry_of_one_country_are_one_source() -> None:
    a, b = parse_phrase("the Polish military"), parse_phrase("Poland's Ministry of Defence")
    assert (a.country, a.key) == (b.country, b.key) == ("Poland", "defense ministry")
    assert parse_phrase("the Czech military").country != a.country


def test_indefinite_description_has_no_antecedent(nlp: Any) -> None:
    text = "Maria Lopez spoke first. A close ally said the vote would pass."
    q = make_quote("a", text, "A close ally", "the vote would pass")
    q = Quote(**{**q.__dict__, "mention_kind": "nominal", "antecedent": Span(0, 11, "Maria Lopez")})
    index = resolve_speakers([q], collect_mentions(nlp(text), "a"))
    assert [s.name for s in index.speakers] == ["close ally"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("General Motors said sales fell.", []),
        ("Gen. Lt. Ivan Petrov said no.", [("Ivan Petrov", "Gen. Lt.")]),
    ],
)
def test_titles_are_not_people(nlp: Any, text: str, people: list[tuple[str, str]]) -> None:
    found = [(m.text, m.premod) for m in collect_mentions(nlp(text), "a") if m.label == "PERSON"]
    assert found == people


def test_joint_source_gives_every_member_the_quote(nlp: Any) -> None:
    from kg.extract.quotes import extract_quotes

    text = (
        "Ann Lee and the Ruritanian Defense Ministry said the plan would fail. "
        "Bob Smith, a lawyer, said it was fine. Lee said again that it was bad."
    )
    doc = nlp(text)
    quotes = extract_quotes(doc, "a")
    index = resolve_speakers(quotes, collect_mentions(doc, "a"))
    joint = next(q for q in quotes if q.text == "the plan would fail")
    assert index.by_quote[joint.key] == "ann-lee"
    assert index.co_speakers[joint.key] == ("ruritanian-defense-ministry",)
    assert all(k == joint.key for k in index.co_speakers)
    ministry = index.get("ruritanian-defense-ministry")
    assert ministry is not None and ministry.n_quotes == 1


def test_they_after_a_joint_source_keeps_its_co_speakers(nlp: Any) -> None:
    import dataclasses

    text = (
        "Ann Lee and the Dockworkers Union said the port would close. "
        "Wages had been cut for years, they said."
    )
    first = make_quote("a", text, "Ann Lee", "the port would close")
    union = text.index("the Dockworkers Union")
    first = dataclasses.replace(
        first,
        co_mentions=(Span(union, union + 21, "the Dockworkers Union"),),
        co_antecedents=(None,),
    )
    then = make_quote("a", text, "they", "Wages had been cut for years")
    index = resolve_speakers([first, then], collect_mentions(nlp(text), "a"))
    assert index.by_quote[then.key] == index.by_quote[first.key] == "ann-lee"
    assert index.co_speakers[then.key] == index.co_speakers[first.key]
    assert len(index.co_speakers[first.key]) == 1


@pytest.mark.parametrize(
    ("kinds", "merged"),
    [
        pytest.param(["American military officials"], True, id="only-one-kind"),
        pytest.param(
            ["American military officials", "American intelligence officials"],
            False,
            id="two-kinds-stay-apart",
        ),
    ],
)
def test_bare_group_joins_its_only_kind(nlp: Any, kinds: list[str], merged: bool) -> None:
    articles = {
        f"k{i}": (f"{k} said the plan worked.", [(k, "the plan worked")])
        for i, k in enumerate(kinds)
    }
    articles["bare"] = (
        "U.S. officials said the talks failed.",
        [("U.S. officials", "the talks failed")],
    )
    index = build(nlp, articles)
    bare = next(s for s in index.speakers if "bare" in s.docs)
    assert (len(bare.docs) > 1) is merged
    assert len(index.speakers) == len(kinds) + (0 if merged else 1)


LEAD_IN = (
    "Outbreak slows in the south\n\n"
    "French health officials said on Monday that the outbreak was slowing.\n\n"
    '"We have vaccinated most of the region," the French Health Ministry said in a statement.\n\n'
    "Doctors in the region said the hospitals were still full.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEAD_IN,
            {"French Health Ministry": ("organization", 2), "Doctors": ("group", 1)},
            id="officials-lead-into-their-ministry",
        ),
        pytest.param(
            LEAD_IN + "\nFrench health officials also said schools would reopen.\n\n"
            "Local teachers said they were not ready.\n",
            {
                "French health officials": ("group", 2),
                "French Health Ministry": ("organization", 1),
                "Doctors": ("group", 1),
                "Local teachers": ("group", 1),
            },
            id="officials-also-speak-on-their-own",
        ),
        pytest.param(
            LEAD_IN.replace("the French Health Ministry", "the German Health Ministry"),
            {
                "French health officials": ("group", 1),
                "German Health Ministry": ("organization", 1),
                "Doctors": ("group", 1),
            },
            id="another-country-s-ministry",
        ),
    ],
)
def test_officials_speaking_only_as_a_lead_in_are_that_body(
    text: str, expected: dict[str, tuple[str, int]]
) -> None:
    import kg

    index = kg.build_from_texts({"a": text}).speakers
    assert {s.name: (s.type, s.n_quotes) for s in index.speakers} == expected
    if len(expected) == 2:
        merged = next(s for s in index.speakers if s.name == "French Health Ministry")
        assert any(r.startswith("lead-in to one body") for r in merged.merges)


def test_generic_phrases_are_unnamed_sources_not_speakers(nlp: Any) -> None:
    text = (
        "Some said the bridge was unsafe. Many said it was fine. Officials said repairs "
        "would start soon. His government said the money was there. Some reports said the "
        "contract was signed. Mayor Ann Lee said the work was late. State media said the "
        "mayor was right."
    )
    said = [
        ("Some", "the bridge was unsafe"),
        ("Many", "it was fine"),
        ("Officials", "repairs would start soon"),
        ("His government", "the money was there"),
        ("Some reports", "the contract was signed"),
        ("Mayor Ann Lee", "the work was late"),
        ("State media", "the mayor was right"),
    ]
    index = build(nlp, {"a": (text, said)})
    assert [s.name for s in index.speakers] == ["Ann Lee"]
    assert len(index.by_quote) == 1


def test_anonymous_sources_in_two_articles_stay_apart(nlp: Any) -> None:
    a = "A source close to the talks said the deal was near. The source said it was signed."
    b = "A source close to the talks said the deal had collapsed."
    index = build(
        nlp,
        {
            "a": (
                a,
                [
                    ("A source close to the talks", "the deal was near"),
                    ("The source", "it was signed"),
                ],
            ),
            "b": (b, [("A source close to the talks", "the deal had collapsed")]),
        },
    )
    people = sorted((s.name, s.type, s.docs) for s in index.speakers)
    assert people == [
        ("source close to the talks", "person", ("a",)),
        ("source close to the talks", "person", ("b",)),
    ]


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        pytest.param(
            "Screenwriter Ann Lee Marsh", "Ann Lee Marsh", "Screenwriter", id="role-noun-first"
        ),
        pytest.param("Tom Ray-Odum advisor", "Tom Ray-Odum", "advisor", id="role-noun-after"),
        # a given name with an agent-noun ending is no role ("Hunter", "Jennifer")
        pytest.param("Hunter J. Quarle", "Hunter J. Quarle", None, id="given-name-then-initial"),
        pytest.param("Jennifer Ann Lee", "Jennifer Ann Lee", None, id="known-full-given-name"),
    ],
)
def test_a_role_noun_beside_a_name_is_a_role(written: str, name: str, role: str | None) -> None:
    parts = parse_person(written)
    assert (parts.name, parts.role) == (name, role)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Agence France-Presse", "the AFP news agency", id="outlet-short-name"),
        pytest.param("The Associated Press", "AP", id="outlet-initials"),
        pytest.param("Acme Co.", "Acme", id="legal-suffix"),
        pytest.param("Brantley Industries", "Brantley", id="industries-suffix"),
        pytest.param("Orvell Holdings", "Orvell", id="holdings-suffix"),
        pytest.param("Norway's Acme News Agency", "Acme", id="agency-suffix"),
        pytest.param("Harwood Bank", "Harwood", id="bank-suffix"),
        pytest.param("the Tellman Group", "Tellman", id="group-suffix"),
    ],
)
def test_one_organisation_however_written(a: str, b: str) -> None:
    pa, pb = parse_phrase(a), parse_phrase(b)
    assert pa.kind == pb.kind == "organization"
    assert pa.key == pb.key


def test_an_outlet_with_an_agent_noun_is_no_person() -> None:
    assert parse_phrase("The Hollywood Reporter").kind == "organization"


def test_spelling_variants_of_a_surname_across_articles_are_one_person(nlp: Any) -> None:
    a = "Martin Conley wrote that the bridge was fine."
    b = "Martin Conly wrote that the bridge was broken."
    index = build(
        nlp,
        {
            "a": (a, [("Martin Conley", "the bridge was fine")]),
            "b": (b, [("Martin Conly", "the bridge was broken")]),
        },
    )
    assert len(index.speakers) == 1


def test_a_lone_word_named_as_a_body_elsewhere_is_that_body(nlp: Any) -> None:
    a = "Norway's Acme News Agency reported that the king was ill."
    b = "Acme suggest the king is recovering."
    index = build(
        nlp,
        {
            "a": (a, [("Norway's Acme News Agency", "the king was ill")]),
            "b": (b, [("Acme", "the king is recovering")]),
        },
    )
    assert [(s.type, s.n_quotes) for s in index.speakers] == [("organization", 2)]


def test_a_handle_is_its_owner_s_name() -> None:
    assert parse_phrase("@Acme").key == parse_phrase("Acme Co.").key


def test_a_description_with_an_of_phrase_is_not_the_name_inside_it(nlp: Any) -> None:
    text = "In a video, the leader of the rebel group Acme Front claimed the town had fallen."
    index = build(nlp, {"a": (text, [("the leader of the rebel group Acme Front", "the town")])})
    (speaker,) = index.speakers
    assert speaker.name != "Acme Front"
    assert speaker.name.startswith("leader of")


def test_speaker_index_get_is_a_lookup_by_id() -> None:
    from kg.assemble.speakers import Speaker

    index = SpeakerIndex(tuple(Speaker(f"s{i}", f"Speaker {i}", "person") for i in range(3)))
    assert index.get("s2") is index.speakers[2]
    assert index.get("nobody") is None
    assert dict(index.by_id) == {s.id: s for s in index.speakers}


def test_a_group_is_named_as_written_with_its_quantifier(nlp: Any) -> None:
    a = "Some phone users say the screen cracks."
    index = build(nlp, {"a": (a, [("Some phone users", "the screen cracks")])})
    (group,) = index.speakers
    assert group.name == "Some phone users"
    assert parse_phrase("some phone users").key == parse_phrase("phone users").key


def test_unnamed_reports_are_named_by_their_description() -> None:
    p = parse_phrase("Unconfirmed reports in Ruritanian-language media")
    assert (p.kind, p.name) == ("group", "Unconfirmed reports in Ruritanian-language media")
    assert parse_phrase("Source Media").kind == "organization"


def test_others_right_after_a_group_are_more_of_that_group(nlp: Any) -> None:
    text = "Local farmers said prices fell. Others said the rain had helped."
    said = [("Local farmers", "prices fell"), ("Others", "the rain had helped")]
    index = build(nlp, {"a": (text, said)})
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Local farmers", 2)]


def test_one_right_after_a_group_is_one_of_that_group() -> None:
    text = (
        "Bin charge angers residents\n\n"
        "Several residents accused the council of ignoring them. 'It is a disgrace,' one said.\n"
    )
    assert speaker_of(text, "'It is a disgrace") == "Several residents"


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        pytest.param(
            "the Twitter account of the Acme Fashion Week", "Acme Fashion Week", id="account"
        ),
        pytest.param(
            "the editors of Ruritanian news site Acme Reporters", "Acme Reporters", id="editors"
        ),
        pytest.param("Acme's scientists", "Acme", id="possessive-staff"),
        pytest.param("the risk consultancy Acme Group", "Acme Group", id="described-body"),
    ],
)
def test_a_body_s_staff_or_account_is_the_body(phrase: str, body: str) -> None:
    assert parse_phrase(phrase).key == parse_phrase(body).key


def test_a_leader_of_a_described_group_is_not_the_group() -> None:
    assert parse_phrase("the leader of the militant group Acme Front").key != "acme front"


def test_a_capital_speaks_for_its_country_s_government() -> None:
    capital, country = parse_phrase("Ottawa"), parse_phrase("Canada")
    assert (capital.kind, capital.key, capital.country) == ("organization", "government", "Canada")
    assert (capital.key, capital.country) == (country.key, country.country)


def test_a_capital_named_as_a_person_in_the_article_stays_a_person(nlp: Any) -> None:
    text = "Officer Mary Lima found the car. Lima said the door was open."
    index = build(nlp, {"a": (text, [("Lima", "the door was open")])})
    assert [(s.name, s.type) for s in index.speakers] == [("Mary Lima", "person")]


def test_a_capital_and_its_country_are_one_source(nlp: Any) -> None:
    a = "Canada said the treaty was signed."
    b = "Ottawa said the treaty would hold."
    index = build(
        nlp,
        {
            "a": (a, [("Canada", "the treaty was signed")]),
            "b": (b, [("Ottawa", "the treaty would hold")]),
        },
    )
    assert [s.n_quotes for s in index.speakers] == [2]


def test_the_government_is_the_article_s_country_not_the_body_named_last(nlp: Any) -> None:
    text = (
        "Floods hit Ruritania's coast. The Acme Shipping Company said its port was closed. "
        "The government said the army would help."
    )
    said = [
        ("The Acme Shipping Company", "its port was closed"),
        ("The government", "the army would help"),
    ]
    index = build(nlp, {"a": (text, [(m, c) for m, c in said])})
    gov = next(s for s in index.speakers if "The government" in s.alias_names)
    assert "Acme" not in gov.name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("the state-run Acme Central TV", "Acme Central Television", id="tv"),
        pytest.param("state-owned Acme Radio", "Acme Radio", id="state-owned"),
    ],
)
def test_a_state_descriptor_and_tv_are_not_part_of_a_name(a: str, b: str) -> None:
    assert parse_phrase(a).key == parse_phrase(b).key


def test_a_given_name_spelled_with_another_vowel_is_one_person(nlp: Any) -> None:
    a = "Luka Weber, a farmer, said the river rose."
    b = "Luke Weber said the river fell."
    index = build(
        nlp,
        {
            "a": (a, [("Luka Weber", "the river rose")]),
            "b": (b, [("Luke Weber", "the river fell")]),
        },
    )
    assert [s.n_quotes for s in index.speakers] == [2]
    assert not given_compatible(("Tony",), ("Toby",))


def test_a_role_noun_before_a_user_name_is_a_role(nlp: Any) -> None:
    text = "Redditor bikefan42 says the frame cracked. Later bikefan42 said it was fixed."
    said = [("Redditor bikefan42", "the frame cracked"), ("bikefan42", "it was fixed")]
    index = build(nlp, {"a": (text, said)})
    assert [s.n_quotes for s in index.speakers] == [2]
    assert parse_phrase("Redditor bikefan42").role == "Redditor"


def test_a_body_named_inside_the_quote_is_not_the_paper_that_said_it(nlp: Any) -> None:
    content = "“Netizens who post rumours cannot speak for the city,”"
    text = (
        "The Springfield Herald, one of the state's largest papers, ran an editorial on Monday."
        f"\n\n{content} the paper said."
    )
    index = build(nlp, {"a": (text, [("the paper", content)])})
    assert [s.name for s in index.speakers] == ["Springfield Herald"]


def test_a_bare_plural_after_a_group_with_that_head_is_the_group(nlp: Any) -> None:
    text = (
        "Some electric scooter riders say the brakes fail in the rain. "
        "Riders claim the company knew about the fault."
    )
    said = [
        ("Some electric scooter riders", "the brakes fail in the rain"),
        ("Riders", "the company knew about the fault"),
    ]
    index = build(nlp, {"a": (text, said)})
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Some electric scooter riders", 2)]


def test_a_described_body_s_staff_are_the_body_named_before(nlp: Any) -> None:
    text = (
        "The fire was first reported by the Springfield Courier, a local news site. "
        "The news site's editors said the mayor had been warned."
    )
    said = [("The news site's editors", "the mayor had been warned")]
    index = build(nlp, {"a": (text, said)})
    assert [s.name for s in index.speakers] == ["Springfield Courier"]


def test_the_first_word_of_one_full_name_refers_to_that_person(nlp: Any) -> None:
    text = (
        "On Monday, So Jin Woo, the ambassador, told reporters the minister was well. "
        "Later So said the rumours were false."
    )
    said = [("So Jin Woo", "the minister was well"), ("So", "the rumours were false")]
    index = build(nlp, {"a": (text, said)})
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("So Jin Woo", 2)]


def test_others_with_no_source_quoted_before_them_are_unnamed(nlp: Any) -> None:
    text = "Others said the bridge was unsafe. Mayor Ann Lee said the bridge was safe."
    said = [("Mayor Ann Lee", "the bridge was safe"), ("Others", "the bridge was unsafe")]
    index = build(nlp, {"a": (text, said)})
    assert [s.name for s in index.speakers] == ["Ann Lee"]


def test_a_description_in_the_lede_is_the_body_named_later_with_that_role(nlp: Any) -> None:
    text = (
        "The mayor is recovering from surgery, a local newspaper has reported. The mayor had "
        "broken his leg, the Springfield Herald, the city's largest newspaper, said on Tuesday."
    )
    said = [
        ("a local newspaper", "The mayor is recovering from surgery"),
        ("the Springfield Herald", "The mayor had broken his leg"),
    ]
    index = build(nlp, {"a": (text, said)})
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Springfield Herald", 2)]


def test_the_leader_of_a_group_is_the_one_named_that_group_s_leader_later(nlp: Any) -> None:
    text = (
        "In a video, the leader of the rebel group Red Dawn said the prisoners had been freed. "
        "Red Dawn leader John Okello also denied a truce."
    )
    said = [
        ("the leader of the rebel group Red Dawn", "the prisoners had been freed"),
        ("Red Dawn leader John Okello", "a truce"),
    ]
    index = build(nlp, {"a": (text, said)})
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("John Okello", 2)]


def test_an_indefinite_person_description_is_not_the_one_named_later(nlp: Any) -> None:
    text = (
        "A spokesman said the talks failed. Later, Mary Jones, a spokesman for the union, "
        "said the talks would resume."
    )
    said = [("A spokesman", "the talks failed"), ("Mary Jones", "the talks would resume")]
    index = build(nlp, {"a": (text, said)})
    assert sorted(s.n_quotes for s in index.speakers) == [1, 1]


def test_groups_named_by_one_brand_across_articles_are_one_group(nlp: Any) -> None:
    a = "Some eBay sellers say the fees doubled."
    b = "Angry eBay sellers claim the site hid the change."
    index = build(
        nlp,
        {
            "a": (a, [("Some eBay sellers", "the fees doubled")]),
            "b": (b, [("Angry eBay sellers", "the site hid the change")]),
        },
    )
    assert [s.n_quotes for s in index.speakers] == [2]


def _direct(nlp: Any, articles: dict[str, tuple[str, list[tuple[str, str]]]]) -> SpeakerIndex:
    """:func:`build` with every quote direct (in quotation marks)."""
    quotes: list[Quote] = []
    mentions: list[EntityMention] = []
    for doc_id, (text, said) in articles.items():
        for mention, content in said:
            quotes.append(replace(make_quote(doc_id, text, mention, content), kind="direct"))
        mentions.extend(collect_mentions(nlp(text), doc_id))
    return resolve_speakers(quotes, mentions)


def test_unnamed_sources_quoted_in_the_same_words_are_one_source(nlp: Any) -> None:
    words = "The mayor signed the order at midnight and then he left the city hall"
    a = f'A source close to the council said on Friday: "{words}."'
    b = f'"{words}," a source familiar with the talks told the agency.'
    c = '"The mayor never signed anything at all that night," a source in the police said.'
    said_a = [("A source close to the council", words)]
    said_b = [("a source familiar with the talks", words)]
    index = _direct(nlp, {"a": (a, said_a), "b": (b, said_b)})
    assert [s.n_quotes for s in index.speakers] == [2]
    other = "The mayor never signed anything at all that night"
    index = _direct(nlp, {"a": (a, said_a), "c": (c, [("a source in the police", other)])})
    assert sorted(s.n_quotes for s in index.speakers) == [1, 1]


def test_owners_and_users_of_one_product_are_one_group(nlp: Any) -> None:
    a = "Some PowerBook owners say the hinge snaps within a month."
    b = "Some PowerBook users claim the battery swells after a year."
    c = "Some tram users complain that the night service is too slow."
    said_a = [("Some PowerBook owners", "the hinge snaps within a month")]
    said_b = [("Some PowerBook users", "the battery swells after a year")]
    said_c = [("Some tram users", "the night service is too slow")]
    index = build(nlp, {"a": (a, said_a), "b": (b, said_b), "c": (c, said_c)})
    assert sorted(s.n_quotes for s in index.speakers) == [1, 2]


def test_a_generic_speaker_named_in_the_next_sentence_is_that_group(nlp: Any) -> None:
    def index_of(text: str, said: list[tuple[str, str]]) -> SpeakerIndex:
        doc = nlp(text)
        sents = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
        quotes = []
        for mention, content in said:
            q = make_quote("a", text, mention, content)
            sent = next(x for x in sents if x.start <= q.start < x.end)
            quotes.append(replace(q, sentence=sent))
        return resolve_speakers(quotes, collect_mentions(doc, "a"))

    text = (
        "Users are now saying the new kettle leaks. "
        "Some Brewmaster kettle owners reported scalded hands after a week."
    )
    said = [
        ("Users", "the new kettle leaks"),
        ("Some Brewmaster kettle owners", "scalded hands after a week"),
    ]
    index = index_of(text, said)
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Some Brewmaster kettle owners", 2)]
    far = text.replace(". Some", ". The firm denied it on Monday. Some")
    assert [s.n_quotes for s in index_of(far, said).speakers] == [1]


def test_a_definite_description_of_the_only_source_introduced_is_that_source(nlp: Any) -> None:
    text = (
        "A source close to the harbour board said the ferry would be sold. "
        "The source with knowledge of the sale said the price was low."
    )
    said = [
        ("A source close to the harbour board", "the ferry would be sold"),
        ("The source with knowledge of the sale", "the price was low"),
    ]
    assert [s.n_quotes for s in build(nlp, {"a": (text, said)}).speakers] == [2]
    second = text.replace("The source with", "The second source with")
    said2 = [said[0], ("The second source with knowledge of the sale", said[1][1])]
    assert [s.n_quotes for s in build(nlp, {"a": (second, said2)}).speakers] == [1, 1]


def test_a_name_with_a_function_word_before_it_keeps_its_apposition(nlp: Any) -> None:
    # "So" hangs on the verb, not on the name: the apposition must still give the role.
    text = (
        "Talks stalled, but So Jin Woo, the Republic of Ruritania's envoy to the trade "
        "council in Vienna, told reporters the talks would resume."
    )
    found = {m.text: m for m in collect_mentions(nlp(text), "a")}
    assert "So Jin Woo" in found
    assert found["So Jin Woo"].role is not None and "envoy" in found["So Jin Woo"].role


@pytest.mark.parametrize(
    ("phrase", "kind", "head"),
    [
        ("a person familiar with the matter", "person", "person"),
        ("a person close to the mayor", "person", "person"),
        ("an individual briefed on the plan", "person", "individual"),
        ("people familiar with the talks", "group", "people"),
        ("people with knowledge of the deal", "group", "people"),
    ],
)
def test_a_person_familiar_with_it_is_an_anonymous_source(
    phrase: str, kind: str, head: str
) -> None:
    parts = parse_phrase(phrase)
    assert (parts.kind, parts.head, parts.name) == (
        kind,
        head,
        phrase.split(" ", 1)[1] if phrase.startswith(("a ", "an ")) else phrase,
    )


def test_people_with_a_place_after_them_stay_people() -> None:
    assert parse_phrase("people in the town").key == "people"


def test_the_person_familiar_with_it_in_two_articles_is_two_sources(nlp: Any) -> None:
    a = "A person familiar with the matter said the mill would close."
    b = "A person familiar with the matter said the mill had a buyer."
    index = build(
        nlp,
        {
            "a": (a, [("A person familiar with the matter", "the mill would close")]),
            "b": (b, [("A person familiar with the matter", "the mill had a buyer")]),
        },
    )
    assert [(s.type, s.n_quotes) for s in index.speakers] == [("person", 1), ("person", 1)]


def test_a_post_speaks_for_the_account_the_sentence_says_published_it(nlp: Any) -> None:
    text = (
        "The post, published late on Friday by an anonymous account on a forum called "
        '@harbourwatch, said: "The ferry company has run out of fuel." It was shared widely.'
    )
    g = corpus_graph(nlp, {"a": text})
    speakers = {d.get("label") for _, d in g.nodes(data=True) if d.get("kind") == "speaker"}
    assert "@harbourwatch" in speakers and "poster" not in speakers, speakers


def test_the_lede_s_post_is_the_one_whose_maker_the_article_names_later(nlp: Any) -> None:
    text = (
        "Ferry bookings fell on Friday after a social media post claimed the ferry company "
        "had run out of fuel.\n\n"
        "The post, published late on Thursday by an anonymous account on a forum called "
        '@harbourwatch, said: "The ferry company has no fuel left." It was shared widely.'
    )
    g = corpus_graph(nlp, {"a": text})
    speakers = {d.get("label") for _, d in g.nodes(data=True) if d.get("kind") == "speaker"}
    assert speakers == {"@harbourwatch"}, speakers
