"""What only sets the scene of a statement is not what it argues ("since the dam was breached,
we have had no news"; "the stolen paintings were sold"), and a figure also asserts what
it comes with ("a pay deal was agreed as well as the return of 27 drivers"). Texts of our own."""

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
        ("Ruth Obi said the stolen paintings were sold abroad.", "theft", "sell"),
        ("Ruth Obi said the city will send buses after the storm.", "storm", "bus"),
    ],
)
def test_what_sets_the_scene_weighs_little(nlp: Any, text: str, scene: str, said: str) -> None:
    weights = only_claim(nlp, text).weights()
    assert weights[scene] < ANCHOR_MIN <= weights[said]


def test_after_tells_the_sequence_the_claim_is_about(nlp: Any) -> None:
    weights = only_claim(nlp, "Ruth Obi said he had surgery after breaking his ankles.").weights()
    assert weights["ankle"] >= ANCHOR_MIN


_DEAL = {
    "a": (
        "Depot managers said a pay deal was agreed with the union on Monday. "
        "Union steward Ali Musa denied that a pay deal was agreed."
    ),
    "b": (
        "Manager Ben Ode said a pay deal was agreed as well as the return of 27 drivers. "
        "Farmer Joy Uba said the harvest was poor this year."
    ),
    "c": (
        "Steward Ruth Obi said 300 drivers returned to work on Monday. "
        "Teacher Amos Eke said the schools reopened in the capital."
    ),
    "d": "Clerk Ken Abu said 20 drivers returned to work. Trader Lami Idi said fuel prices rose.",
    "e": "Driver Tom Ike said 250 drivers returned to work. Engineer Uche Oko said a road opened.",
    "f": "Pastor John Ibe said the markets are calm. Nurse Mary Udo said cholera cases fell.",
}


def test_a_figure_also_asserts_the_claim_it_comes_with(nlp: Any) -> None:
    result = build_texts(nlp, _DEAL)
    frames = {p.id: p.frame for p in result.positions}
    taken = {(frames[s.position], s.stance) for s in result.stances if s.speaker == "ben-ode"}
    assert ("figure", "supports") in taken
    assert ("claim", "supports") in taken  # the pay deal too


def test_a_country_adjective_is_no_term(nlp: Any) -> None:
    weights = only_claim(nlp, "Ruth Obi said a North Korean general and Nigerian troops left.")
    assert not {"north", "korean", "nigerian"} & set(weights.weights())
    assert "general" in weights.weights()
