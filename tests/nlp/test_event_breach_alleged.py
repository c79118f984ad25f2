"""A speaker who says a party broke a rule or a right accuses it (conventions §626): the PLOVER manual's ACCUSE
"allege, charge the target with, or blame for ... violations of ceasefire" (CAMEO 1123). "Manila said Beijing had
breached the code of conduct" is Manila's ACCUSE/allege, the breach folded into it, as a judging body's finding is
(§208). Not a breach denied, nor one the speaker tells of its own side, nor a passive with no one who broke it.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def codes(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The Philippine navy said Chinese coast guard ships had breached the code of conduct near the reef.",
    "Armenia said Azerbaijani troops violated the ceasefire overnight in the border villages.",
    "The opposition alliance said the electoral board had infringed the constitution.",
    "Former detainees say the guards mistreated them in the camp outside Juba.",
    "Eritrea claims Ethiopian forces contravened the border ruling.",
    "The union told reporters that the mining company had violated the labour code.",
])
def test_a_breach_said_of_another_party_is_alleged(sentence):
    found = codes(sentence)
    assert ("ACCUSE", "allege") in found and not any(t == "REJECT" for t, _ in found)


@pytest.mark.parametrize("sentence", [
    "Armenia said Azerbaijani troops had not violated the ceasefire overnight.",  # denied (§263)
    "The Kenyan interior minister said we had breached no rule.",  # told of its own side
    "Norway's fisheries minister said Norway had breached the quota deal.",  # told of its own country
    "Local officials said the ceasefire was violated twice overnight.",  # no one who broke it
])
def test_no_breach_alleged(sentence):
    assert ("ACCUSE", "allege") not in codes(sentence)


def test_a_judging_body_still_finds_the_breach():
    # §208: the finding stays the court's ACCUSE/disapprove, not a second accusation beside it
    found = codes("The regional court found that the ministry had violated the detainees' rights.")
    assert found.count(("ACCUSE", "disapprove")) == 1 and ("ACCUSE", "allege") not in found
