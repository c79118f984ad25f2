"""Care handed over and help to people in need are assistance (conventions §403, §404).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in Pipeline().extract(sentence, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "Doctors Without Borders provides health care to families in the camps.",   # by a relief body
    "The WHO is delivering health care to people in the region.",
    "The clinic provides care to refugees.",                                     # to people in need
    "The hospital provides free treatment for wounded soldiers.",                # the receiver follows the care
    "UNICEF, which is delivering health care in the north, asked for funds.",   # the noun a relative clause describes
])
def test_care_handed_over_by_a_relief_body_or_to_the_needy_is_aid(sentence):
    assert ("AID", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Obama gave health care to millions of Americans.",            # a service, by no relief body
    "The governor promised to provide health care to every family.",  # a promise stays AGREE (§5)
    "The ministry gave preferential treatment to its allies.",
])
def test_care_a_government_or_a_politician_gives_is_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "The UN agency has helped thousands of refugees in the region.",   # the object, counted
    "The Red Cross assisted displaced families in the east.",         # a modifier makes them needy
    "Doctors Without Borders treated the wounded at a field hospital.",  # treat.v.03, by a relief body
    "Qatar treated 300 wounded Palestinians in its hospitals.",        # or by a country
    "The charity is helping victims of the earthquake.",
    "The refugees were assisted by UNHCR.",                            # the passive's subject
    "The agency helped 5,000 evacuees return home.",                  # the subject of what they are helped do
    "The agency assisted the return of 2,000 refugees.",              # an act of theirs, after "of"
])
def test_help_or_treatment_that_reaches_people_in_need_is_aid(sentence):
    assert ("AID", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The government helped him win the election.",      # the act decides
    "The senator helped the party raise money.",
    "Volunteers helped the prisoners escape.",          # prisoners are no needy people here
    "The police treated the suspects harshly.",
    "Hospitals in the capital treated 500 flu patients last month.",   # routine care, by no relief body
    "The injured guards were treated at a local clinic.",
    "The government should help families.",
    "Volunteers helped the escape of the prisoners.",
    "The senator gave special treatment to donors.",    # treatment to no one in need, by no relief body
])
def test_help_to_anyone_else_is_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]


def test_help_to_negotiate_stays_the_negotiation():
    assert coded("Turkey helped negotiate a deal.") == [("CONSULT", None)]
