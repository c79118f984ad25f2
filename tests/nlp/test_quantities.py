"""The quantities component: numbers with units or counted nouns, ranges, approximations, casualties."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from components import pipeline_with
from parley.nlp.lexicon import load_lexicon
from parley.nlp.numbers import number_grammar
from parley.nlp.quantities import QuantityRecognizer


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_times", "parley_quantities")


def quantities_of(nlp, text: str, published: date | None = date(2025, 7, 23)):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.quantities


def find(quantities, fragment: str):
    matches = [q for q in quantities if fragment in q.text]
    assert matches, f"{fragment!r} not among {[q.text for q in quantities]}"
    return matches[0]


# (sentence, fragment of the span) → (value, unit, approximate)
CASES = [
    ("They agreed to exchange 1,200 individuals from each side.", "1,200 individuals", 1200, "person", False),
    ("Russia would return the remains of 3,000 fallen soldiers.", "3,000 fallen soldiers", 3000, "person", False),
    ("Ceasefires lasting 24 to 48 hours were proposed.", "24 to 48 hours", (24, 48), "hour", False),
    ("Trump set a 50-day ultimatum.", "50-day", 50, "day", False),
    ("The war has lasted three and a half years.", "three and a half years", 3.5, "year", False),
    ("The sides held two rounds of talks.", "two rounds", 2, "round", False),
    ("A dozen soldiers were captured.", "A dozen soldiers", 12, "person", False),
    ("Hundreds of civilians fled the city.", "Hundreds of civilians", (200, 999), "person", True),
    ("More than 50 people were arrested.", "More than 50 people", 50, "person", True),
    ("At least 12 people were killed.", "At least 12 people", 12, "person", True),
    ("The fund pledged $2.5 billion.", "$2.5 billion", 2_500_000_000, "USD", False),
    ("The EU released 300 million euros.", "300 million euros", 300_000_000, "EUR", False),
    ("Troops pulled back 40 km from the line.", "40 km", 40, "km", False),
    ("Turnout fell 5 percent.", "5 percent", 5, "percent", False),
    ("Inflation reached 12.5%.", "12.5%", 12.5, "percent", False),
    ("Between 10 and 20 soldiers were wounded.", "Between 10 and 20 soldiers", (10, 20), "person", False),
    ("About 300 refugees crossed the border.", "About 300 refugees", 300, "person", True),
    ("Some 4,000 residents were evacuated.", "Some 4,000 residents", 4000, "person", True),
    ("Nearly twenty-four prisoners were freed.", "Nearly twenty-four prisoners", 24, "person", True),
    ("Tens of thousands of people protested.", "Tens of thousands of people", (20000, 99999), "person", True),
    ("The army fired 150 rockets.", "150 rockets", 150, "rocket", False),
    ("The talks lasted 2 1/2 hours.", "2 1/2 hours", 2.5, "hour", False),
    ("Kyiv received 1.2 million tonnes of grain.", "1.2 million tonnes", 1_200_000, "tonne", False),
    ("Gazprom cut supplies by 30 percent.", "30 percent", 30, "percent", False),
    ("The deal is worth £400m.", "£400m", 400_000_000, "GBP", False),
    ("Russia sent 5,000 troops.", "5,000 troops", 5000, "person", False),
    ("Ukraine lost up to 20 tanks.", "up to 20 tanks", 20, "tank", True),
    ("The ministry counted 7 bodies.", "7 bodies", 7, "person", False),
]


@pytest.mark.parametrize("sentence,fragment,value,unit,approximate", CASES)
def test_quantity_has_value_unit_and_approximation(nlp, sentence, fragment, value, unit, approximate):
    quantity = find(quantities_of(nlp, sentence), fragment)
    expected = tuple(map(float, value)) if isinstance(value, tuple) else value
    assert (quantity.value, quantity.unit, quantity.approximate) == (expected, unit, approximate)


@pytest.mark.parametrize("sentence,fragment,casualty", [
    ("At least 12 people were killed in the strike.", "12 people", "killed"),
    ("The shelling killed 30 civilians.", "30 civilians", "killed"),
    ("Twenty soldiers were wounded near the river.", "Twenty soldiers", "injured"),
    ("Police arrested 150 protesters.", "150 protesters", "arrested"),
    ("The fighting displaced 40,000 residents.", "40,000 residents", "displaced"),
    ("The sides agreed a prisoner exchange involving 1,200 individuals.", "1,200 individuals", "prisoners"),
    ("Russia would return the remains of 3,000 fallen soldiers.", "3,000 fallen soldiers", "bodies"),
    ("The sides swapped 90 prisoners.", "90 prisoners", "prisoners"),
    ("Rescuers recovered 14 bodies.", "14 bodies", "bodies"),
    ("Some 500 people fled the town.", "500 people", "displaced"),
    ("Fifty people died in the attack.", "Fifty people", "killed"),
    ("Ten people were detained after the protest.", "Ten people", "arrested"),
])
def test_counts_of_people_carry_their_casualty_kind(nlp, sentence, fragment, casualty):
    assert find(quantities_of(nlp, sentence), fragment).casualty == casualty


def test_counts_that_are_not_casualties_have_none(nlp):
    assert find(quantities_of(nlp, "About 200 delegates attended the summit."), "200 delegates").casualty is None


def test_money_and_rounds_are_not_casualties(nlp):
    quantities = quantities_of(nlp, "The fund paid $40 million after two rounds of talks.")
    assert [q.casualty for q in quantities] == [None, None]


@pytest.mark.parametrize("sentence", [
    "The talks began on May 16, 2025.",
    "The decree dates from 2022.",
    "He spoke at 3 p.m. on Tuesday.",
    "Zelensky wants a one-on-one meeting.",
    "No one expects an easy journey.",
    "It was the 3rd round of talks.",
])
def test_dates_times_and_pronoun_one_are_not_quantities(nlp, sentence):
    assert quantities_of(nlp, sentence) == []


def test_quantities_are_in_text_order(nlp):
    quantities = quantities_of(nlp, "Some 40 soldiers and 12 civilians died; 300 were hurt over 24 hours.")
    assert [q.span for q in quantities] == sorted(q.span for q in quantities)
    assert len(quantities) == 4


@pytest.mark.parametrize("text,value", [
    ("1,200", 1200), ("three and a half", 3.5), ("a dozen", 12), ("twenty-four", 24),
    ("one hundred and twenty", 120), ("2.5 billion", 2_500_000_000), ("2 1/2", 2.5), ("fifty thousand", 50000),
    ("a couple of", 2), ("seventy million", 70_000_000), ("nothing", None),
])
def test_number_words_and_digits_parse(text, value):
    assert number_grammar(load_lexicon().numbers).parse(text) == value


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
numeric_texts = st.lists(st.sampled_from([
    "1,200", "3.5", "$", "€", "%", "percent", "to", "-", "between", "and", "hundreds of", "a dozen", "people",
    "killed", "km", "euros", "bn", "m", "three and a half", "more than", "soldiers", "1/2", "½", "one", "of",
]), max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(texts, numeric_texts), published=st.one_of(st.none(), st.dates()))
def test_spans_are_valid_and_nothing_raises_on_any_text(nlp, text, published):
    for quantity in quantities_of(nlp, text, published):
        start, end = quantity.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == quantity.text


@pytest.mark.parametrize("sentence", [
    "The council cited Resolution 2231.",
    "He lives at No. 10.",
    "Article 5 was invoked.",
])
def test_numbers_that_name_things_are_not_quantities(nlp, sentence):
    assert quantities_of(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The 9/11 memorial ceremony was held.",
    "The office is at 131 West 23rd Street.",
    "One-fifth of the budget went to defence.",
    "Only one of the parties agreed.",
])
def test_dates_addresses_fractions_and_one_of_are_not_counts(nlp, sentence):
    assert [q.text for q in quantities_of(nlp, sentence) if q.unit is not None] == []


def test_vague_count_of_a_currency_gets_its_code(nlp):
    assert find(quantities_of(nlp, "They spent millions of dollars."), "millions of dollars").unit == "USD"


def test_counted_noun_is_what_follows_the_number(nlp):
    assert find(quantities_of(nlp, "A four-way race began."), "four-way").what == "way"


def test_units_come_from_the_lexicon_the_component_is_given(nlp):
    lexicon = load_lexicon()
    units = dataclasses.replace(lexicon.quantity_units, measures={**lexicon.quantity_units.measures, "leagues": "lg"})
    recognizer = QuantityRecognizer(nlp, "quantities", dataclasses.replace(lexicon, quantity_units=units))
    doc = nlp.make_doc("The convoy covered 20 leagues.")
    doc._.published = date(2025, 7, 23)
    for name in nlp.pipe_names:
        doc = nlp.get_pipe(name)(doc) if name != "parley_quantities" else recognizer(doc)
    assert find(doc._.quantities, "20 leagues").unit == "lg"  # not the lemma a counted noun gives
