"""End to end on our own stories (tests/data/stories/: invented articles in fields the
dev stories do not cover, each with its gold.json and README.md): build each with the
library API and check the answers to some of its gold questions -- every ``must``
speaker answered, no ``must_not`` one. Nothing here needs ../shared/."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

import kg

STORIES = Path(__file__).parent / "data" / "stories"


@cache
def _graph(story: str) -> Any:
    """The graph of one story, built once per test run."""
    return kg.build([STORIES / story / "texts"]).graph


def _answered(story: str, question: str) -> list[str]:
    data = kg.answer_question(_graph(story), question).to_dict()
    return [str(a.get("speaker", "")).lower() for a in data["answers"]]


def _has(names: list[str], key: str) -> bool:
    return any(key in n for n in names)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("story", "question", "must", "must_not"),
    [
        (
            "tessel-fish-kill",
            "Who blames the chemical plant for the fish kill?",
            ["tessel river alliance", "dorvall"],
            ["caldrex", "keane", "water authority", "pardee"],
        ),
        (
            "tessel-fish-kill",
            "Who denies that the plant caused the die-off?",
            ["caldrex", "keane"],
            ["tessel river alliance", "dorvall", "pruitt"],
        ),
        (
            "tessel-fish-kill",
            "Who says the heat wave killed the fish?",
            ["water authority", "pardee", "hesketh"],
            ["tessel river alliance", "dorvall", "lindell"],
        ),
        (
            "tessel-fish-kill",
            "Who says suspending the permit would be premature?",
            ["benedetti"],
            ["tessel river alliance", "dorvall"],
        ),
        (
            "sweetener-heart",
            "Who wants warning labels on products containing veltrose?",
            ["fenwick", "heart patients alliance"],
            ["sweeteners association", "lcsa", "whitcombe"],
        ),
        (
            "sweetener-heart",
            "Who is against warning labels on veltrose?",
            ["sweeteners association"],
            ["fenwick", "heart patients alliance"],
        ),
        (
            "sweetener-heart",
            "Who denies having financial ties to the sweetener industry?",
            ["lindqvist"],
            ["castellane"],
        ),
        (
            "sweetener-heart",
            # Dr. Quist vouches for "the study": a stance on what the study found
            "Who says veltrose raises the risk of heart attacks?",
            ["castellane", "quist"],
            ["sweeteners association", "lcsa", "whitcombe", "lindqvist"],
        ),
        (
            "sweetener-heart",
            # "the study cannot show cause and effect", "not the sweetener": disputes
            "Who disputes that the sweetener causes heart attacks?",
            ["sweeteners association", "whitcombe", "lindqvist"],
            ["castellane", "quist"],
        ),
        (
            "sweetener-heart",
            # "scientists who had attacked the research had taken consulting fees"
            "Who says critics of the study took consulting fees from the industry?",
            ["castellane"],
            ["lindqvist", "sweeteners association"],
        ),
        (
            "porch-shooting-trial",
            # the judge leaves to the jury "whether he fired in self-defense": no side
            "Who asked the court to grant Ashby immunity?",
            ["attorney"],
            ["okonjo", "judge", "holloway", "pettigrew"],
        ),
        (
            "porch-shooting-trial",
            "Who accuses the police of treating the case differently because the victim was Black?",
            ["justice coalition", "fontaine"],
            ["tiller", "calloway", "pike", "department"],
        ),
        (
            "porch-shooting-trial",
            "Who denies that the police handled the case differently?",
            ["tiller"],
            ["justice coalition", "fontaine"],
        ),
        (
            "halloran-doping-case",
            "Who says contaminated meat caused Halloran's positive test?",
            ["farrow"],  # Kord, on a facet, answers only while the explanation has 2 deniers
            ["anti-doping agency", "sallis", "wrenfield", "ashcombe"],
        ),
        (
            "halloran-doping-case",
            "Who disputes the contaminated meat explanation?",
            ["sallis", "wrenfield"],
            ["farrow", "kord", "halloran", "roche", "brandauer"],
        ),
        (
            "halloran-doping-case",
            "Who wants Halloran banned?",
            ["ashcombe"],
            ["brandauer", "roche", "athletes' union", "farrow"],
        ),
        (
            "halloran-doping-case",
            "Who is against a four-year ban for Halloran?",
            ["brandauer", "athletes' union"],
            ["ashcombe", "sallis", "anti-doping agency"],
        ),
        (
            "wexmoor-bus-strike",
            "Who denies that the union refused to negotiate?",
            ["harbison"],
            ["ellery", "transit authority"],
        ),
        (
            "marrowgate-bank-rumour",
            "Who says Marrowgate Bank is insolvent?",
            ["ledgerhawk"],
            ["pembury", "trelawney", "prudential"],
        ),
        pytest.param(
            "marrowgate-bank-rumour",
            "Who says Marrowgate froze withdrawals?",
            ["ledgerhawk", "khatri"],
            ["pembury"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="passed on its branch; lost when merged with the other branches of "
                "the session: the customer's complaint no longer reaches the position",
            ),
        ),
        (
            "marrowgate-bank-rumour",
            "Who denies that withdrawals were frozen?",
            ["pembury", "marrowgate"],
            ["khatri", "herald"],
        ),
        (
            "marrowgate-bank-rumour",
            "Who says the rumour was a deliberate attack by short sellers?",
            ["pembury", "radcliffe"],
            ["ferrante", "corbel", "lindahl"],
        ),
        (
            "lintonvale-recount",
            "Who denies that observers were turned away?",
            ["brannock"],
            ["renwick", "marisol ketteridge"],
        ),
        (  # "the stone is a meteorite, despite a verdict that it is slag" disputes the slag
            "viral-find-claim",
            "Who says the stone is slag?",
            ["vantongeren"],
            ["oakshott", "quayle"],
        ),
        (
            "viral-find-claim",
            "Who rejects the slag explanation?",
            ["oakshott", "quayle"],
            ["vantongeren", "eddings", "museum"],
        ),
        (
            "viral-find-claim",
            # "the video was faked" denies itself like the position's label "fake ..."
            "Who denies that the video was faked?",
            ["jory oakshott"],
            ["marsh", "sceptics"],
        ),
        (
            "tarnmouth-engine-fire",
            "Who says a bird strike caused the engine fire?",
            ["corran air", "ormsby"],
            ["tallentire", "wrenfield", "safety commission"],
        ),
        (
            "tarnmouth-engine-fire",
            "Who disputes that a bird strike caused the fire?",
            ["tallentire", "wrenfield"],
            ["ormsby", "quayle", "nyberg"],
        ),
        (
            "celebrity-exit-rumour",
            # the actress herself ("never about money"), her publicist, the network's drama chief
            "Who denies there was a dispute over pay?",
            ["noor ravensdale", "sorrell", "pettifer"],
            ["clarion", "rooke", "production"],
        ),
        (
            "celebrity-exit-rumour",
            "Who says the network is preparing to end the show?",
            ["quennell"],
            ["pettifer", "hartigan", "halewood"],
        ),
        (
            "pellbrook-takeover",
            "Who says the Ashcombe plant is profitable?",
            ["oyelaran"],
            ["wrenfield"],
        ),
        pytest.param(
            "chemistry-paper-leak",
            # the printer's director and the board's chief (a rival explanation: a school)
            "Who denies the leak came from the printers?",
            ["fennimore", "marchbank"],
            ["birtwistle"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="positions: since 'the board, which issued a statement saying the "
                "material did not match' is a quote (h20e), the question reads the 'leak' "
                "position, not the 'paper' one the chief executive's dismissal sits under",
            ),
        ),
        (
            "chemistry-paper-leak",
            # "opposed a resit", "a resit would punish the many": against, not for
            "Who opposes a resit?",
            ["skelbrook", "birtwistle", "marchbank"],
            ["greatorex", "tarrant"],
        ),
        (
            "kelbridge-nightclub-arrest",
            # the witness and the site that ran the claim; not the doorman nor the lawyer
            "Who says Wrexford threw the first punch?",
            ["halsey"],
            ["sowerby", "brecki", "wrexford", "tallis"],
        ),
        (
            "parrot-call-hoax",
            # the sceptics of the US site and the fact check; not the owner, his family, the trainer
            "Who disputes that the parrot dialled 999?",
            ["feld", "marchbank"],
            ["wilfred cardew", "kayleigh", "janine", "fitch"],
        ),
        (
            "parrot-call-hoax",
            "Who says the family was paid for the story?",
            ["person familiar"],
            ["threlfall", "kayleigh"],
        ),
        (
            "parrot-call-hoax",
            # "denied that they had sold it to the paper": they, the family (h19c)
            "Who denies that the family sold the story?",
            ["threlfall"],
            ["person familiar"],
        ),
        (
            "pellbrook-takeover",
            # the closure's supporters too (the verb after "will"), and "a newspaper
            # reported" in the lede is the Sunday Ledger named next (h19c)
            "Who says the Ashcombe factory will close?",
            ["sunday ledger", "person close to the company", "wrenfield"],
            ["marchetti", "spokes", "pellbrook"],
        ),
        (
            "museum-portrait-attribution",
            # the historian who calls it a studio copy also rejects the forgery theory
            # ("did not believe the picture was a forgery either"); not the conservator
            "Who denies that the portrait is a forgery?",
            ["julian pennock"],
            ["kowalczyk"],
        ),
        (
            "museum-portrait-attribution",
            # a dispute is read on the portrait's sides, not from statements that name the
            # painter off the topic (which lost the historians when it was)
            "Who disputes that the portrait is by Molenvaert?",
            ["pennock", "stanning"],
            ["marlowe", "draaisma"],
        ),
        (
            "council-ransomware-claim",
            # the anonymous worker (the ransom note on the screens) and the researcher; not
            # the spokeswoman's "no indication" of a cyberattack
            "Who says the council was hit by a ransomware attack?",
            ["council worker", "venn"],
            ["spokeswoman"],
        ),
        (
            "envoy-expulsion-spy-claim",
            # "pointed to retaliation ... rather than to the cheese dispute" sets the trade
            # explanation aside: the analyst is no supporter of it (h20e)
            "Who blames the cheese tariff dispute for the expulsion?",
            ["aurell"],
            ["pike", "tennent", "steadholt", "harrow"],
        ),
        (
            "council-ransomware-claim",
            # the researcher's "I don't see how anyone ... says nothing left the building"
            # denies a denial: he agrees the data was taken (h20c)
            "Who agrees with Cinder Lynx that residents' data was taken?",
            ["reddish", "venn"],
            ["farrow"],
        ),
        (
            "council-ransomware-claim",
            "Who denies that residents' data was stolen?",
            ["farrow"],
            ["reddish", "venn"],
        ),
        (
            "ridgeline-wildfire-cause",
            # the trade site's "Police have also said" is the force the wire names (h21c)
            "Who disputes that the fire was arson?",
            ["brask", "vail", "estmere police"],
            ["pellowe", "blaine"],
        ),
        (
            "ridgeline-wildfire-cause",
            # the cause picks the position, not the topic "fire"; and "made up its mind too
            # early about the farm machinery theory" disputes it (h21c)
            "Who blames farm machinery for the fire?",
            ["brask"],
            ["marsh", "verhoek", "blaine", "pellowe"],
        ),
        (
            "ridgeline-wildfire-cause",
            "Who denies that the baler started the fire?",
            ["marsh"],
            ["brask", "fire service"],
        ),
        (
            "school-outbreak-source",
            # the caterer's boss and the company's statements; not the parents, the mother
            # who blames the chicken, nor the kitchen worker (h21d)
            "Who denies that the caterer's food caused the outbreak?",
            ["priya chandrasekhar", "greenholt"],
            ["parents", "families", "stott", "kitchen"],
        ),
        (
            "plant-closure-cause",
            # the owner, and the opposition spokesman's "a direct result of the government's
            # tariff policy" (an effect noun names its cause after "of"); not the union
            # secretary, the worker or the minister (h22c)
            "Who blames import tariffs for the closure?",
            ["felix stannard", "conrad ebbe"],
            ["marlow", "achterberg", "hedley"],
        ),
        (
            "plant-closure-cause",
            # "forced" asks for the explanation, not the tariff every side names (h22c)
            "Who disputes that tariffs forced the closure?",
            ["marlow", "hedley"],
            ["felix stannard", "ebbe"],
        ),
    ],
)
def test_story_questions(story: str, question: str, must: list[str], must_not: list[str]) -> None:
    names = _answered(story, question)
    assert all(_has(names, m) for m in must), names
    assert not any(_has(names, m) for m in must_not), names


@pytest.mark.slow
def test_a_rival_explanation_is_a_position_of_its_own() -> None:
    names = _answered("sweetener-heart", "Who rejects reverse causation as the explanation?")
    assert _has(names, "castellane") and not _has(names, "lindqvist"), names


def _said(story: str, question: str) -> str:
    data = kg.answer_question(_graph(story), question).to_dict()
    return " ".join(str(e.get("text", "")) for a in data["answers"] for e in a.get("evidence", []))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("story", "question", "must", "must_not"),
    [
        ("porch-shooting-trial", "What did Patrice Lund say?", ["confused, not angry"], ["clip"]),
        (
            "halloran-doping-case",
            "What did Imani Roche say?",
            ["same beef", "a bad dinner"],
            ["Rules are rules", "Sympathy"],
        ),
        (
            "wexmoor-bus-strike",
            "What did Rosalind Pryce say?",
            ["walked off the bus", "nobody from management", "get home safely"],
            ["afford a taxi", "bargaining chip, and"],
        ),
        (
            "wexmoor-bus-strike",
            "What did Conrad Ellery say?",
            ["We respect the right to strike", "Every extra percentage point"],
            ["Our lawyers are ready", "Everyone knows safety matters"],
        ),
        (
            "lintonvale-recount",
            "What did Lucinda Brannock say?",
            ["No ballots were lost", "spoiled-ballot stack", "we will do it properly"],
            ["Not one ballot was lost", "Hand counts find small errors", "asking for a count"],
        ),
        (
            "viral-find-claim",
            # "Dr Vantongeren" (tagged an organisation by the model) is the curator
            "What did Hester Vantongeren say?",
            ["classic", "the evidence just isn't there"],
            ["still warm", "on the seabed", "stake my reputation"],
        ),
        (
            "tarnmouth-engine-fire",
            "What did Moira Tallentire say?",
            ["superb job", "A weep on Sunday", "the bird story"],
            ["open safety defect", "bird remains on the engine", "Birds are often ingested"],
        ),
        (
            "celebrity-exit-rumour",
            "What did Bettina Sorrell say?",
            ["not quitting the show", "There is no play"],
            ["Anyone would want to stretch", "walking out on anybody", "laughed her out"],
        ),
        (
            "pellbrook-takeover",
            # the analyst's "hard to finance" after her, with no cue of her own, is not hers
            "What did Maureen Oyelaran say?",
            ["productive, profitable site", "a betrayal of people"],
            ["hard to finance", "An approach is not an offer"],
        ),
        (
            "kelbridge-nightclub-arrest",
            # his account in all three articles ("stuck to his account that" in the third)
            "What did Dean Halsey say?",
            ["swing the first punch", "threw the first blow", "throw the first punch"],
            ["stepped between two men", "had not started it"],
        ),
        (
            "chemistry-paper-leak",
            # "Pippa Marchbank" (the trade site) is her too; the board's words are not hers
            "What did Philippa Marchbank say?",
            ["not going to pretend", "two pages were photographed", "publish its findings"],
            ["These are not our questions", "sit it again", "tracked, counted"],
        ),
        (
            "porch-shooting-trial",
            "What did Gavin Holloway say?",
            ["shot in the back", "not a licence to kill"],
            ["Trouble came to his door", "walking away"],
        ),
        (
            "parrot-call-hoax",
            # "Wilf" in the tabloid, "Wilfred" in the other two; "the pensioner" and "the
            # retired lorry driver" are him; not the neighbour nor his granddaughter
            "What did Wilf Cardew say?",
            ["how she did it", "I know what I heard", "promised Biscuit a reward", "20 minutes"],
            ["me on the phone", "People can think what they want"],
        ),
        (
            "museum-portrait-attribution",
            # "Dr Marlowe", the misspelt "Fiona Marlow" and "The 52-year-old" are her; not the
            # museum's unnamed spokeswoman, the scholar who agrees with her, or the councillor
            "What did Fiona Marlowe say?",
            ["A copyist copies", "two tiny samples", "timed to influence", "what a master does"],
            ["Infrared images on a website", "entirely convinced", "known about this work"],
        ),
        (
            "museum-portrait-attribution",
            # "Dr Julian Pennock, the Kelsall University art historian who ..., said": the "he"
            # after it is Pennock
            "What did Julian Pennock say?",
            ["no time for the fake theory", "stiffness of a replica"],
            ["a very competent studio hand", "painted later"],
        ),
        (
            "council-ransomware-claim",
            # "Cllr Denise Farrow", "Denice Farrow" (misspelt), "The 58-year-old", and "who
            # denied" hung by the parser on "pressure"; not the researcher, the chief
            # executive or the spokeswoman
            "What did Denise Farrow say?",
            [
                "Nobody has covered anything up",
                "I understand why people are angry",
                "the best advice available",
                "no evidence of data theft",
                "the authority had covered up the attack",
            ],
            ["recycled documents", "most likely explanation", "ongoing investigation"],
        ),
        (
            "council-ransomware-claim",
            # "the group said", "It threatened", "The group claims": the name it calls itself
            "What did Cinder Lynx say?",
            ["ten days to talk to us", "to publish", "every resident who ever paid"],
            ["bear with us", "cyber security incident", "kept in the dark"],
        ),
        (
            "airport-drone-sightings",
            # "Ms Latchford", "Latchford"; the shutdown "which left more than 6,000 travellers
            # stranded" is the subject of what she said, not the object of "said"; not the
            # airline's "panic button" nor the ex-controller's "hindsight"
            "What did Fiona Latchford say?",
            ["multiple credible sightings", "the 19-hour shutdown", "do it again tomorrow"],
            ["panic button", "hindsight", "a matter for the police"],
        ),
        (
            "airport-drone-sightings",
            # "the force" (after a university is named) and "rejected the suggestion, first
            # made by ..., that X"; not its spokeswoman's nor the anonymous source's words
            "What did North Ravensdale Police say?",
            ["flight plan shared with air traffic control", "a police search drone launched"],
            ["at all times been aware", "could not be sure", "never a drone"],
        ),
        (
            "airport-drone-sightings",
            # "'...,' she said. 'If there were drones, show us.'" then a paragraph "Tern Airways
            # has written to ...": the second half is still hers
            "What did Sian Pryce say?",
            ["If there were drones, show us", "thrown away thousands"],
            ["pick up the bill", "cancelled flights"],
        ),
        (
            "envoy-expulsion-spy-claim",
            # "Ben Aurell" on the trade site is him; "the 52-year-old" outside his residence is
            # the diplomat, whose age only the wire gives ("Kallevik, 52,"), not the lawyer
            # named last (h20e); nor the ministry spokesman's "tariffs, not secrets"
            "What did Benedikt Aurell say?",
            ["never asked anyone for a secret document", "import quotas for hard cheese"],
            ["clear conscience", "tariffs, not secrets"],
        ),
        (
            "ridgeline-wildfire-cause",
            # "told a radio interviewer that ..., according to the Daily Clarion" stays his,
            # and "..., putting the company at odds with ..." is the trade site's (h21c); the
            # company's filing ("the filing said") is the company's, not his
            "What did Adrian Pellowe say?",
            ['the fire "looks like it was lit,"', "may have been started deliberately"],
            ["at odds", "according to", "the line was not involved"],
        ),
        (
            "school-outbreak-source",
            # "Headteacher Caroline Fairbairn" (tagged an organisation) and "The 52-year-old"
            # after her are her, not the water company's spokesman quoted just before (h21d)
            "What did Caroline Fairbairn say?",
            ["as a precaution", "deep clean", "not going to guess"],
            ["looking for answers", "safe throughout"],
        ),
        (
            "school-outbreak-source",
            # "Priya Chandrasekar" (misspelt) and "repeated her view that" are hers; "In a
            # statement, the company said" after the water company is the water company's
            "What did Priya Chandrasekhar say?",
            ["tried and convicted", "more likely cause", "nothing differently"],
            ["simply untrue", "deeply unfair", "repaired within six hours"],
        ),
        (
            "school-outbreak-source",
            # the lede's "a microbiologist" is the professor named three paragraphs on (h21d)
            "What did Lydia Carrow say?",
            ["timing pointed instead", "unlikely culprit"],
            ["running warm", "nothing to hide"],
        ),
        (
            "plant-closure-cause",
            # "Lena Achterberg" in the trade site is the "Magdalena Achterberg" of the paper,
            # and "The 52-year-old"; not the union secretary beside her (h22c)
            "What did Magdalena Achterberg say?",
            ["Line three breaks down", "nobody put a penny", "warning supervisors"],
            ["managed decline", "convenient excuse"],
        ),
    ],
)
def test_what_someone_said(story: str, question: str, must: list[str], must_not: list[str]) -> None:
    said = _said(story, question)
    assert all(m in said for m in must), said
    assert not any(x in said for x in must_not), said


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="stances: the farmer's 'as sure as I can be that the outbreak had not started on his "
    "farm' is read as support of the farm (the negated verb's place phrase), and 'disputed any "
    "link to his animals' names no farm, so he does not answer who disputes it (h21d)",
)
def test_a_denial_that_it_started_on_the_farm_disputes_the_farm() -> None:
    names = _answered(
        "school-outbreak-source", "Who disputes that the outbreak started on the farm?"
    )
    assert _has(names, "aldous") and _has(names, "stott"), names
    assert not _has(names, "carrow"), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: the prosecution's rival account (shot in the back while leaving) shares "
    "no words with 'self-defence', so it is not one position yet",
)
def test_a_rival_account_without_shared_words_is_one_position() -> None:
    names = _answered("porch-shooting-trial", "Who disputes that Ashby fired in self-defence?")
    assert _has(names, "holloway") and not _has(names, "solberg"), names


@pytest.mark.slow
def test_a_predicate_about_a_topic_splits_its_speakers() -> None:
    """'the strike is unlawful' is read as the bare topic 'strike', which everyone who
    mentions the strike supports; of them, those who call it unlawful answer."""
    names = _answered("wexmoor-bus-strike", "Who says the strike is unlawful?")
    assert _has(names, "transit authority") and not _has(names, "drivers' union"), names


@pytest.mark.slow
def test_defending_a_procedure_is_disputing_the_attack_on_it() -> None:
    """The attack on the lab ('accused the laboratory of ...') disputes the topic
    'laboratory'; the lab's rejection of the allegations supports it."""
    names = _answered("halloran-doping-case", "Who defends the laboratory's procedures?")
    assert _has(names, "lysgaard") and not _has(names, "farrow"), names


@pytest.mark.slow
def test_denying_a_loss_is_disputing_the_claim_of_it() -> None:
    """'No ballots were lost' and 'ballots were lost' share the topic 'ballots'; of its
    supporters, those who say 'lost' with no negator just before it answer."""
    names = _answered("lintonvale-recount", "Who says ballots were lost?")
    assert _has(names, "ketteridge") and not _has(names, "brannock"), names


@pytest.mark.slow
def test_naming_the_topic_in_background_takes_no_side() -> None:
    names = _answered("viral-find-claim", "Who says the stone is a meteorite?")
    assert _has(names, "delphine oakshott") and not _has(names, "vantongeren"), names


@pytest.mark.slow
def test_the_topic_everyone_mentions_is_no_position() -> None:
    """The things every side talks about ('the crew') become positions; of their supporters
    only those who say what the question says of them answer (query: the description's
    words, sides._predicate), and a speaker on both sides takes the side of the statement
    that says it (sides.claim_sides)."""
    names = _answered(
        "tarnmouth-engine-fire", "Who says passengers were kept in their seats too long?"
    )
    assert _has(names, "reeve") and _has(names, "marlow"), names
    assert not _has(names, "tallentire") and not _has(names, "quayle"), names


@pytest.mark.slow
def test_a_confirmation_is_not_a_denial_of_the_rumour() -> None:
    names = _answered("celebrity-exit-rumour", "Who denies that Ravensdale is quitting?")
    assert _has(names, "sorrell") and "noor ravensdale" not in names, names


@pytest.mark.slow
def test_naming_the_body_blamed_is_not_blaming_it() -> None:
    names = _answered("chemistry-paper-leak", "Who blames the printing contractor for the leak?")
    assert _has(names, "birtwistle") and not _has(names, "marchbank"), names


@pytest.mark.slow
def test_a_denial_of_staging_answers_who_denies_it() -> None:
    # "denied that the video had been staged": the denial of a fake is no support of it
    names = _answered("parrot-call-hoax", "Who denies that the video was staged?")
    assert _has(names, "kayleigh") and not _has(names, "commenters"), names
    names = _answered("parrot-call-hoax", "Who says the video was staged?")
    assert not _has(names, "kayleigh"), names


@pytest.mark.slow
def test_an_accusation_of_staging_answers_who_says_it() -> None:
    names = _answered("parrot-call-hoax", "Who says the video was staged?")
    assert _has(names, "commenters"), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: what a copula says the painting is now anchors ('a forgery' is a "
    "position), but 'a studio replica' is said by one speaker only: the auction house's "
    "specialist's 'looks more like a replica' has no speaker, so no replica position forms "
    "and the question is read as the hands",
)
def test_what_is_said_of_a_thing_is_the_position_not_the_thing() -> None:
    names = _answered("museum-portrait-attribution", "Who says the portrait is a studio copy?")
    assert _has(names, "pennock") and _has(names, "stanning"), names
    assert not _has(names, "corriston museum") and not _has(names, "kowalczyk"), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: 'data' and 'data theft' positions form now (h19h), but the researchers' "
    "'the files appeared to be genuine' names neither, and 'the data is real ... I don't see how "
    "anyone says nothing left the building' (a denial of a denial) is read as disputing",
)
def test_researchers_who_vouch_for_the_leaked_data_answer_who_says_it_was_stolen() -> None:
    names = _answered("council-ransomware-claim", "Who says residents' data was stolen?")
    assert _has(names, "venn") and _has(names, "reddish"), names


@pytest.mark.slow
def test_a_lede_described_by_job_and_workplace_is_the_person_named_next() -> None:
    # "A former data manager at <trust> has accused ...", named in the next paragraph
    said = _said("waiting-list-whistleblower", "What did Rachel Ainsworth say?")
    assert "deliberately removing" in said, said


@pytest.mark.slow
def test_being_ordered_to_do_something_is_no_position_on_ordering_an_inquiry() -> None:
    # "she was ordered to remove patients" does not join "order a public inquiry"
    names = _answered("waiting-list-whistleblower", "Who opposes an independent inquiry?")
    assert _has(names, "halloran") and not _has(names, "calderbrook patients"), names
    names = _answered("waiting-list-whistleblower", "Who calls for an independent inquiry?")
    assert _has(names, "mottram") and _has(names, "calderbrook patients"), names
    assert not _has(names, "halloran"), names


@pytest.mark.slow
def test_a_description_in_a_run_of_quotes_is_the_one_quoted() -> None:
    # "the veteran coach", "The Scot", "the Brackwater boss": the manager quoted just before
    said = _said("moraga-transfer-rumour", "What did Graham Tulloch say?")
    assert "not a selling club" in said and "Does that look like a player" in said, said


@pytest.mark.slow
def test_a_denial_beside_a_hypothesis_answers_who_denies_the_bid() -> None:
    # "If there was a bid, I'd know about it, and there hasn't been one"; a bid is an offer
    names = _answered("moraga-transfer-rumour", "Who denies that Torrelli made an offer?")
    assert _has(names, "bandini") and _has(names, "tulloch"), names
    assert not _has(names, "tribuna"), names


@pytest.mark.slow
def test_a_headline_event_after_as_is_not_the_speakers_claim() -> None:
    # "Tulloch: Moraga 'going nowhere' as Brackwater boss laughs off Valmera talk"
    names = _answered("moraga-transfer-rumour", "Who says Moraga is joining Atlético Valmera?")
    assert _has(names, "marcador") and _has(names, "source close to the player"), names
    assert not _has(names, "tulloch") and not _has(names, "moraga scores"), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: the move itself ('agreed to join', 'going nowhere', 'wants to be here', "
    "'I think he stays') forms no position -- the claims anchor on bare nouns ('club', "
    "'contract', 'decision'), so the manager who dismissed the reports answers no question "
    "about the move",
)
def test_the_manager_who_dismissed_the_move_denies_it() -> None:
    names = _answered("moraga-transfer-rumour", "Who denies that Moraga is leaving for Valmera?")
    assert _has(names, "tulloch") and _has(names, "brackwater"), names


@pytest.mark.slow
def test_a_question_of_where_an_effect_comes_from_asks_about_the_source() -> None:
    # "the effect comes from copper contamination" is about the copper, not the effect
    names = _answered(
        "heat-crystal-preprint", "Who denies that the effect comes from copper contamination?"
    )
    assert _has(names, "vantreight") and not _has(names, "merriweather"), names
    names = _answered(
        "heat-crystal-preprint", "Who says the effect is an artefact of copper contamination?"
    )
    assert _has(names, "merriweather") and _has(names, "darrow"), names
    assert not _has(names, "vantreight"), names


@pytest.mark.slow
def test_a_position_labelled_mishandled_is_not_turned_round() -> None:
    names = _answered("heat-crystal-preprint", "Who denies that the data were mishandled?")
    assert _has(names, "vantreight") and not _has(names, "oyelaran"), names
    names = _answered("heat-crystal-preprint", "Who says the data were mishandled?")
    assert _has(names, "oyelaran") and not _has(names, "vantreight"), names


@pytest.mark.slow
def test_the_physicist_is_the_professor_of_physics() -> None:
    said = _said("heat-crystal-preprint", "What did Cordelia Vantreight say?")
    assert "skipped the annealing step" in said, said


@pytest.mark.slow
def test_a_report_citing_documents_is_the_outlets_report() -> None:
    # "reported on Sunday, citing internal emails, that two branches had capped ..."
    said = _said("marrowgate-bank-rumour", "What did the Dunholt Herald say?")
    assert "capped cash withdrawals" in said and "internal emails" not in said, said


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: paraphrase -- 'a strong bank', 'a well-capitalised bank' and 'continues "
    "to meet its capital and liquidity requirements' share no word with 'insolvent', which one "
    "speaker alone says of the bank, so no 'insolvent' position forms (what is said of a topic "
    "anchors only when two speakers say it: h20b measured none such on this story)",
)
def test_those_who_call_the_bank_sound_dispute_that_it_is_insolvent() -> None:
    names = _answered("marrowgate-bank-rumour", "Who disputes that Marrowgate Bank is insolvent?")
    assert _has(names, "pembury") and _has(names, "trelawney"), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: the spying claim anchors on a noun ('terminal', 'the gas terminal') and "
    "the question on 'expulsion' ('a spy story'), so the intelligence official and the "
    "spokeswoman who accuse the diplomat do not answer who says he was spying (h20e)",
)
def test_those_who_accuse_the_diplomat_say_he_was_spying() -> None:
    names = _answered("envoy-expulsion-spy-claim", "Who says Kallevik was spying?")
    assert _has(names, "intelligence official") and _has(names, "harrow"), names


@pytest.mark.slow
def test_a_surname_misspelt_by_one_vowel_is_the_same_person() -> None:
    # "Graham Oyelaren" (the trade site) and "Graham Oyelaran": one given name, one vowel
    said = _said("airport-drone-sightings", "What did Graham Oyelaran say?")
    assert "Christmas present" in said and "officers had seen a drone themselves" in said, said


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: the story's topic noun ('fire', in focus for 12 speakers) is a position "
    "of its own that holds every statement naming the fire, so 'started deliberately' reads it "
    "and the fire service's 'the fire most probably began in a hay field' answers; the arson "
    "claim is said in other words too ('lit', 'deliberate ignition', 'arson'): paraphrase",
)
def test_the_story_topic_is_no_reading_of_a_claim_about_its_cause() -> None:
    names = _answered("ridgeline-wildfire-cause", "Who says the fire was started deliberately?")
    assert _has(names, "pellowe") and _has(names, "blaine"), names
    assert not _has(names, "fire service") and not _has(names, "brask"), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: the statements that name the plant (the noun every side says) join the "
    "relocation plan's position, because the anonymous 'senior manager at the plant' is read "
    "as a source headed by 'plant' (sources_as_claims takes a name's last word), so the "
    "owner, who says 'There is no relocation plan', answers as a supporter (h22c)",
)
def test_the_plant_every_side_names_is_not_the_relocation_plan() -> None:
    names = _answered(
        "plant-closure-cause", "Who says the company plans to move production abroad?"
    )
    assert _has(names, "marlow") and _has(names, "senior manager"), names
    assert not _has(names, "felix stannard"), names


@pytest.mark.slow
def test_a_misspelt_surname_and_the_firm_named_short_are_one_source_each() -> None:
    # "Des Orrie" (the trade site) is "Des Orrey"; "Brannock said" is Brannock Track Services
    said = _said("derailment-cause", "What did Des Orrey say?")
    assert "caused by the derailment" in said and "impact damage" in said, said
    said = _said("derailment-cause", "What did Brannock Track Services say?")
    assert "tampered with" in said and "deliberate act of vandalism" in said, said


@pytest.mark.slow
def test_the_company_is_the_contractor_not_the_investigators() -> None:
    said = _said("derailment-cause", "What did the Transport Safety Investigation Branch say?")
    assert "57km/h" in said and "tampered with" not in said and "test results" not in said, said


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="positions: the operator's speed claim and its denials ('within the 60km/h limit', "
    "'inside the limit') are filed under the topic nouns every side says ('train', 'curve'), so "
    "'speeding' reads the topic and the denials count as its support (h22d)",
)
def test_those_who_say_the_train_was_within_the_limit_deny_it_was_speeding() -> None:
    names = _answered("derailment-cause", "Who denies that the train was speeding?")
    assert _has(names, "reyner") and _has(names, "transport safety"), names
    assert not _has(names, "salcombe"), names
