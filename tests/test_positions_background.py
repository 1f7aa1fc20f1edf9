"""What only sets the scene of a statement is not what it argues ("since they were taken,
we have heard nothing"; "the stolen paintings were sold"), and a figure also asserts what
it counts ("a truce was agreed as well as the release of 27 prisoners"). Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.assemble.positions.records import ANCHOR_MIN
from tests.test_positions import build_texts, only_claim


@pytest.mark.parametrize(
    ("text", "scene", "said"),
    [
        ("Ruth Obi said that since the dam was breached, we have had no news.", "breach", "news"),
        ("Ruth Obi said the crops have rotted since being flooded in May.", "flood", "rot"),
        ("Ruth Obi said the stolen paintings were sold abroad.", "steal", "sell"),
        ("Ruth Obi said the city will send buses after the storm.", "storm", "bus"),
    ],
)
def test_what_sets_the_scene_weighs_little(nlp: Any, text: str, scene: str, said: str) -> None:
    weights = only_claim(nlp, text).weights()
    assert weights[scene] < ANCHOR_MIN <= weights[said]


def test_after_tells_the_sequence_the_claim_is_about(nlp: Any) -> None:
    weights = only_claim(nlp, "Ruth Obi said he had surgery after breaking his ankles.").weights()
    assert weights["ankle"] >= ANCHOR_MIN


_TRUCE = {
    "a": (
        "Army officials said a truce was agreed with the rebels on Monday. "
        "Rebel commander Ali Musa denied that a truce was agreed."
    ),
    "b": (
        "Colonel Ben Ode said a truce was agreed as well as the release of 27 prisoners. "
        "Farmer Joy Uba said the harvest was poor this year."
    ),
    "c": (
        "Aid worker Ruth Obi said 300 prisoners were released on Monday. "
        "Teacher Amos Eke said the schools reopened in the capital."
    ),
    "d": "Minister Ken Abu said 20 prisoners were released. Trader Lami Idi said fuel prices rose.",
    "e": "Priest Tom Ike said 250 prisoners were released. Engineer Uche Oko said a bridge opened.",
    "f": "Pastor John Ibe said the markets are calm. Nurse Mary Udo said cholera cases fell.",
}


def test_a_figure_also_asserts_the_claim_it_comes_with(nlp: Any) -> None:
    result = build_texts(nlp, _TRUCE)
    frames = {p.id: p.frame for p in result.positions}
    taken = {(frames[s.position], s.stance) for s in result.stances if s.speaker == "ben-ode"}
    assert ("figure", "supports") in taken
    assert ("claim", "supports") in taken  # the truce position too


def test_a_country_adjective_is_no_term(nlp: Any) -> None:
    weights = only_claim(nlp, "Ruth Obi said a North Korean general and Nigerian troops left.")
    assert not {"north", "korean", "nigerian"} & set(weights.weights())
    assert "general" in weights.weights()
