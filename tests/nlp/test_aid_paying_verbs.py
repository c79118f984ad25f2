"""The other verbs of paying for something — WordNet 3.0 fund.v.01's troponyms bankroll.v.01 and grubstake.v.01,
subsidize.v.01/02 and underwrite.v.01 — tell aid as "fund" and "finance" do, only when a recipient benefits
(conventions §605, under §580's test).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes as coded


@pytest.mark.parametrize("sentence", [
    "Qatar has bankrolled the Hamas government for years.",                       # a party paid for
    "Iran bankrolls the Houthi rebels.",
    "Norway bankrolled the reopening of rural clinics in northern Mozambique.",   # a thing in another country
    "Russia underwrites Belarus's budget with cheap credit.",                     # another's possession
    "Saudi Arabia subsidised Egypt's fuel imports last year.",
    "Germany subsidizes shelters for refugees in Greece.",                        # people in need
    "The World Bank will underwrite the rebuilding of schools in Haiti.",         # an intergovernmental payer
])
def test_paying_for_a_recipient_is_aid(sentence):
    assert "AID" in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "Super PACs bankrolled the attack ads.",
    "The billionaire bankrolled his own campaign.",
    "The city subsidizes public transit.",
    "The state heavily subsidises the arts.",
    "The insurer underwrote the new bond issue.",
    "Senator Lund raised $20 million to underwrite his bid for the nomination.",  # a person pays: no aid (§60)
    "Senator Ortiz raised $3 million to finance her bid for the presidency.",
    "The retailer is subsidising delivery fees in Indonesia and Vietnam.",       # a place, no payer named
    "The retailer funds free delivery in Indonesia and Vietnam.",
    # the clause of paying is no part of what is paid for
    "The hotel was built as a private venture, funded by United States taxpayers and backed by Puerto Rico's "
    "Government Development Bank.",
])
def test_paying_for_ones_own_or_a_domestic_thing_is_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]
