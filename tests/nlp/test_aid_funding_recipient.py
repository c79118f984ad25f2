"""What "fund" or "finance" pays for is aid only when a recipient benefits (conventions §580).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes as coded


@pytest.mark.parametrize("sentence", [
    "Saudi Arabia funds the rebels in Yemen.",                                   # a party funded
    "Iran funds Hezbollah.",
    "The United States funds the UN refugee agency.",
    "Kuwait financed a desalination plant in Egypt.",                            # a thing in another country
    "A road in northern Kenya was financed by China.",
    "Japan funded the reconstruction of the bridge in Mosul.",                   # a city abroad
    "Denmark funded the training of Ukrainian pilots.",                          # another country's people
    "The EU is financing Turkey's care of Syrian refugees.",                     # another's possession
    "The ministry is allocating $40 million to fund their vaccine research.",    # a possessor other than the payer
    "Germany is funding a food programme for displaced families in Sudan.",      # relief, people in need
    "The European Union will finance a new hospital for Syrian refugees in Jordan.",
    "The UN will fund shelters for 300,000 flood victims.",
    "Britain agreed to fund the relief operation in Gaza.",
    "The World Bank financed emergency repairs to Haiti's water network.",
    "The clinics were funded by the World Health Organization.",                 # an intergovernmental payer
    "Taxpayers financed the bailout of the airline.",                           # a bailout is relief given
])
def test_funding_a_recipient_is_aid(sentence):
    assert ("AID", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The city will finance the new stadium.",                                    # no AGREE for it either
    "The foundation funded the senator's reelection campaign.",
    "The state will fund free school meals with a new tax.",
    "The mayor wants to raise the sales tax to fund public transit.",
    "The plan would be funded by closing tax loopholes.",
    "The company borrowed $2 billion to finance the takeover.",
    "The cuts will be financed by higher borrowing.",
    "Lawmakers passed a bill funding the Defense Department.",                   # a budget's own department
    "The government will fund new centres for the elderly.",
    "Poland financed its own air defence modernisation.",
    "The senator asked how the program would be funded.",
    "The ministry financed its deficit by issuing bonds.",
])
def test_funding_ones_own_or_a_domestic_thing_is_no_event(sentence):
    assert coded(sentence) in ([], [("SUPPORT", None)])


@pytest.mark.parametrize("sentence", [
    "The university funded a study of sleep patterns.",
    "Congress voted to fund the border wall.",
    "A well-financed challenger entered the race.",
    "The finance minister resigned on Monday.",
])
def test_other_uses_stay_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The council agreed to fund the new stadium.", [("AGREE", None)]),            # the promise, no act beside it
    ("The governor pledged to fund the border wall.", [("AGREE", None)]),
    ("Britain pledged to fund the rebuilding of schools in Gaza.", [("AGREE", None), ("AID", None)]),
    ("Japan agreed to finance a new railway in Mozambique.", [("AGREE", None), ("AID", None)]),
])
def test_a_promise_to_fund_reports_the_aid_only_with_a_recipient(sentence, expected):
    assert coded(sentence) == expected
