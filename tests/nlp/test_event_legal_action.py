"""Legal action: a lawsuit or proceedings brought against a party (conventions §460), a party taken to a court or
a court gone to against it (§461), and a party found or held liable or responsible (§462): each an ACCUSE.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import Pipeline


def events(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in Pipeline().extract(sentence).events]


def types(sentence: str) -> list[str]:
    return [t for t, _ in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The opposition brought a suit against the electoral commission in the Supreme Court.",
    "Ruritania brought proceedings against Freedonia at the International Court of Justice.",
    "Lawmakers launched impeachment proceedings against the president.",
    "The fishermen's cooperative brought a countersuit against the shipping company.",
    "The activists lodged a case against the police chief.",
])
def test_legal_action_brought_against_a_party_accuses_it(sentence):
    assert ("ACCUSE", "allege") in events(sentence)


@pytest.mark.parametrize("sentence", [
    "The court dismissed the case against the governor.",   # no one brings it
    "The airline filed for bankruptcy on Monday.",            # no legal action against anyone
    "A court case about land has dragged on for years.",      # no one accused
    "The minister made the case for new sanctions.",         # an argument, not a lawsuit
    "The senator made the case against the nominee.",        # an argument against a party: no verb of suing
    "The rights group opened a case into reports of torture.",  # an inquiry, no defendant
])
def test_other_cases_and_filings_accuse_no_one(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Ruritania took Freedonia to the International Court of Justice over the border killings.",
    "The bar association went to court against the government over the deployment.",
])
def test_a_party_taken_to_court_is_accused(sentence):
    assert ("ACCUSE", "allege") in events(sentence)


@pytest.mark.parametrize("sentence", [
    "Ruritania took the matter to the United Nations.",       # no court, no party taken
    "The president took reporters to the border.",            # no court
    "The two leaders held talks in Geneva.",
])
def test_nothing_taken_to_a_court_accuses_no_one(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "A court in Ruritania found the state liable for the deaths of the miners.",
    "The tribunal found the mining firm responsible for the collapse of the dam.",
    "The government held the rebels responsible for the attack on the convoy.",
])
def test_a_party_found_or_held_liable_is_accused(sentence):
    assert ("ACCUSE", "disapprove") in events(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("The court found the commander guilty of war crimes.", "SANCTION"),  # a conviction (§37)
    ("Iran will be held responsible for any attack, the minister said.", "THREATEN"),  # a consequence (§16)
    ("The report found the dam unsafe.", None),                 # no blame
    ("The mayor said he held himself accountable for the delays.", None),  # owning up, no one blamed
    ("We will hold the killers accountable, the president said.", None),    # held out, not done (§16)
])
def test_other_findings_are_as_before(sentence, kept):
    found = types(sentence)
    assert "ACCUSE" not in found and (kept is None or kept in found)
