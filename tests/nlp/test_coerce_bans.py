"""An organization an authority closes, dissolves or outlaws is banned, and a permit it revokes or suspends restricts
its holder (conventions §406).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "The government shut down the charity.",
    "The government dissolved the opposition party.",
    "The court banned the opposition party.",
    "The junta outlawed the union.",
    "The Taliban closed the aid agency.",
])
def test_an_organization_an_authority_closes_dissolves_or_outlaws_is_banned(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "ban")]


@pytest.mark.parametrize("sentence", [
    "The ministry revoked the licence of the charity.",
    "Authorities revoked the journalist's passport.",
    "Thousands of voter registrations were suspended.",
    "Authorities ordered the suspension of the licence.",
])
def test_a_permit_revoked_or_suspended_by_an_authority_restricts(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "restrict")]


@pytest.mark.parametrize("sentence, expected", [
    ("The store closed.", []),
    ("Kenya suspended the talks.", [("SANCTION", "withdraw")]),
    ("The company dissolved its board.", []),                  # no authority, its own body
    ("The president dissolved parliament.", []),               # a body of the state
    ("The government closed all schools.", []),                # schools: §386's own reading
    ("The team was disbanded.", []),                           # no one named: it may have wound itself up
    ("The company closed its office.", []),
])
def test_what_is_no_organization_or_permit_or_no_authoritys_act_is_no_ban(sentence, expected):
    assert codes_in_pipeline(sentence) == expected
