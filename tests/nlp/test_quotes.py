"""The quotes component: direct, partial and indirect quotations, each with cue and speaker."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from components import pipeline_with
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_model import Candidate
from parley.nlp.quotes import _before_other_cues, _source, find_quotations


@pytest.fixture(scope="module")
def nlp():
    """spaCy's parse plus the quotes component alone, so these tests see only what quotes does."""
    return pipeline_with("parley_quotes")


def quotes_of(nlp, text):
    return nlp(text)._.quotes


def quoted(text):
    return [[text[s:e] for s, e in quotation] for quotation in find_quotations(text)]


def only_quote(nlp, text):
    found = quotes_of(nlp, text)
    assert len(found) == 1, [q.content.text for q in found]
    return found[0]


def test_curly_quote_followed_by_said_takes_that_speaker(nlp):
    quote = only_quote(nlp, "“We will not give up an inch of our land,” the minister said on Monday.")
    assert quote.kind == "direct"
    assert quote.content.text == "We will not give up an inch of our land,"
    assert quote.cue.text == "said"
    assert quote.speaker.text == "the minister"


def test_colon_before_quote_takes_speaker_of_the_colon_sentence(nlp):
    quote = only_quote(nlp, "Ambassador Tanaka said:\n\n“The border will stay closed until the talks resume.”")
    assert quote.content.text == "The border will stay closed until the talks resume."
    assert quote.speaker.text == "Ambassador Tanaka"


@pytest.mark.parametrize("opening, closing", [("«", "»"), ("„", "“"), ("“", "»"), ("«", "”"), ('"', '"'), ("‘", "’")])
def test_every_quote_style_and_mismatched_pairs_quote(opening, closing):
    text = f"The envoy replied, {opening}Our offer stands until Friday,{closing} and left the room."
    assert quoted(text) == [["Our offer stands until Friday,"]]


def test_apostrophes_are_never_quote_marks():
    text = "Russia’s envoy said the ’90s were different and the talks don’t look easy for the allies’ team."
    assert quoted(text) == []


def test_single_quotes_in_a_headline_quote():
    assert quoted("Minister Warns Talks Are ‘Close to Collapse’\n\nThe minister spoke on Monday.") == [["Close to Collapse"]]


def test_headline_quote_stays_in_the_headline(nlp):
    quote = quotes_of(nlp, "Kremlin Says Talks Will Be “Difficult”\n\nMoscow lowered expectations on Monday.")[0]
    assert quote.content.text == "Talks Will Be “Difficult"
    assert quote.speaker.text == "Kremlin"


def test_speaker_label_in_a_headline_names_the_speaker(nlp):
    quote = only_quote(nlp, "Erdogan: “Peace Is Within Reach”\n\nThe Turkish president spoke in Ankara.")
    assert quote.content.text == "Peace Is Within Reach"
    assert quote.speaker.text == "Erdogan"


def test_typewriter_double_apostrophes_quote():
    assert quoted("''We are ready,'' the spokesman said.") == [["We are ready,"]]


def test_quote_continuing_over_paragraphs_is_one_quotation(nlp):
    text = ("The foreign minister said: “We came here in good faith.\n\n"
            "“We will come back next week with a new map.”\n\nThe talks end on Friday.")
    quote = only_quote(nlp, text)
    assert quote.content.text == "We came here in good faith.\n\n“We will come back next week with a new map."
    assert quote.speaker.text == "The foreign minister"


def test_quote_left_open_at_paragraph_end_stops_there():
    text = "“We came here in good faith, the envoy wrote.\n\nThe talks end on Friday."
    assert quoted(text) == [["We came here in good faith, the envoy wrote."]]


def test_quote_split_by_said_is_one_content_span(nlp):
    text = "“The ceasefire holds,” the general said. “Our troops have not fired a single shot since Sunday.”"
    quote = only_quote(nlp, text)
    assert quote.content.text.startswith("The ceasefire holds,")
    assert quote.content.text.endswith("since Sunday.")
    assert quote.speaker.text == "the general"


def test_ellipsis_and_bracketed_insertion_stay_inside_the_quote():
    text = "She said, “We proposed … a pause of [two] days to collect the wounded.”"
    assert quoted(text) == [["We proposed … a pause of [two] days to collect the wounded."]]


def test_partial_quote_inside_reported_speech_belongs_to_the_clause_speaker(nlp):
    text = "The president indicated that the two plans are “completely incompatible,» but said talks would go on."
    quote = quotes_of(nlp, text)[0]
    assert quote.kind == "mixed"
    assert "completely incompatible" in quote.content.text
    assert quote.content.text.startswith("that the two plans")
    assert quote.speaker.text == "The president"


def test_indirect_quote_content_is_the_clausal_complement(nlp):
    quote = only_quote(nlp, "The spokesman told reporters that the delegation would arrive on Tuesday.")
    assert quote.kind == "indirect"
    assert quote.content.text == "that the delegation would arrive on Tuesday"
    assert quote.cue.text == "told"
    assert quote.speaker.text == "The spokesman"


def test_reporting_clause_after_the_content_is_found(nlp):
    quote = only_quote(nlp, "The convoy reached the city before dawn, officials said.")
    assert quote.content.text == "The convoy reached the city before dawn"
    assert quote.speaker.text == "officials"


def test_relative_pronoun_speaker_keeps_the_name_it_stands_for(nlp):
    quote = only_quote(nlp, "The mayor, who said the bridge was safe, resigned on Friday.")
    assert quote.content.text == "the bridge was safe"
    assert quote.speaker.text == "The mayor, who"


def test_dateline_is_not_part_of_the_speaker(nlp):
    quote = only_quote(nlp, "ANKARA (AFP) – Foreign Minister Hakan Fidan said the talks would resume in August.")
    assert quote.speaker.text == "Foreign Minister Hakan Fidan"


def test_a_name_read_as_the_object_of_a_verb_right_after_a_quote_is_its_speaker(nlp):
    # The parse “…,” added X can give: X the object of "added".
    words = ["“", "We", "lost", ",", "”", "added", "another", "Ohio", "Democrat", "."]
    heads = [5, 2, 5, 5, 5, 5, 8, 8, 5, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "det", "compound", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _source(doc[5], []).text == "Democrat"
    assert _source(doc[2], []).text == "We"


def test_split_quote_takes_the_cue_between_its_parts_not_a_later_one(nlp):
    text = ("“Many of those making noise have no answers,” said Jonathan Barnett, a delegate from Arkansas. "
            "“They have no plan.”\n\nHumphrey, for example, said he is hopeful.")
    quote = quotes_of(nlp, text)[0]
    assert quote.kind == "direct"
    assert quote.speaker.text == "Jonathan Barnett"


def test_a_quote_split_by_two_speech_verbs_is_two_quotes_of_one_speaker(nlp):
    text = "“We cannot afford this anymore,” the senator said, adding later, “The alliance costs us a fortune.”"
    assert [(q.content.text, q.cue.text, q.speaker.text) for q in quotes_of(nlp, text)] == [
        ("We cannot afford this anymore,", "said", "the senator"),
        ("The alliance costs us a fortune.", "adding", "the senator")]


def test_a_quote_with_its_own_cue_after_it_is_not_joined_to_the_one_before(nlp):
    text = "“It is a dog whistle to all of us,” Rep. Moore said Friday. “If he is not intelligent, who is?” she added."
    assert [(q.content.text, q.cue.text) for q in quotes_of(nlp, text)] == [
        ("It is a dog whistle to all of us,", "said"), ("If he is not intelligent, who is?", "added")]


def test_a_partial_quote_inside_a_clause_is_not_the_second_part_of_the_quote_before(nlp):
    text = "“This is not right,” the senator said. “You squeezed your workers” for a higher stock price, she told the banker."
    assert [(q.content.text, q.cue.text) for q in quotes_of(nlp, text)] == [
        ("This is not right,", "said"), ("You squeezed your workers” for a higher stock price", "told")]


def test_a_quote_split_by_a_long_sentence_with_two_speech_verbs_is_one_quotation(nlp):
    text = ("“The port will reopen,” said the minister, who told reporters in Geneva that the mediators had "
            "worked all week. “Ships will sail again.”")
    quote = only_quote(nlp, text)
    assert quote.content.text.startswith("The port will reopen,")
    assert quote.content.text.endswith("Ships will sail again.")
    assert quote.speaker.text == "the minister"


def test_a_quote_that_ends_its_sentence_is_not_continued_by_the_next_one(nlp):
    text = "“We are ready.” The minister then said, “Talks resume on Monday.”"
    assert [q.content.text for q in quotes_of(nlp, text)] == ["We are ready.", "Talks resume on Monday."]


def test_a_quote_opening_mid_sentence_takes_in_the_words_before_it(nlp):
    quote = only_quote(nlp, "Sooner or later, “the border will open again,” the minister said.")
    assert quote.content.text == "Sooner or later, “the border will open again,"
    assert quote.kind == "mixed"
    assert quote.speaker.text == "the minister"


def test_a_quote_after_its_cue_starts_at_its_mark(nlp):
    quote = only_quote(nlp, "On Monday the minister said, “The border will open again.”")
    assert quote.content.text == "The border will open again."


def test_a_percentage_of_people_is_the_source_of_what_they_say(nlp):
    quote = only_quote(nlp, "In the latest survey, 62% say the ceasefire will not hold.")
    assert quote.content.text == "the ceasefire will not hold"
    assert quote.speaker.text == "62%"


def test_according_to_object_is_the_source(nlp):
    quote = only_quote(nlp, "According to the United Nations, more than ten thousand people fled the region.")
    assert quote.cue.text == "According to"
    assert quote.speaker.text == "the United Nations"
    assert quote.content.text == "more than ten thousand people fled the region"


def test_according_to_after_the_clause_reports_the_clause(nlp):
    quote = only_quote(nlp, "The ceasefire collapsed overnight, according to the Red Crescent.")
    assert quote.cue.text == "according to"
    assert quote.content.text == "The ceasefire collapsed overnight"
    assert quote.speaker.text == "the Red Crescent"


def test_spokesman_of_a_country_is_the_speaker_and_the_country_its_actor():
    nlp = pipeline_with("parley_actors", "parley_quotes")
    doc = nlp("Russia's foreign ministry spokesman said the talks would resume in Geneva next week.")
    quote = doc._.quotes[0]
    assert quote.content.text == "the talks would resume in Geneva next week"
    assert quote.speaker.text == "Russia's foreign ministry spokesman"
    russia = next(actor for actor in doc._.actors if actor.country == "RUS")
    assert quote.speaker.actor == russia.id


def test_nested_reports_are_both_attributions(nlp):
    text = "Senator Alvarez said on Monday that the minister told reporters the border would reopen."
    outer, inner = quotes_of(nlp, text)
    assert (outer.speaker.text, outer.cue.text) == ("Senator Alvarez", "said")
    assert outer.content.text == "that the minister told reporters the border would reopen"
    assert (inner.speaker.text, inner.cue.text) == ("the minister", "told")
    assert inner.content.text == "the border would reopen"


def test_says_that_someone_said_gives_both_speakers(nlp):
    text = "Officials met in Ankara. The general says the president said the troops would withdraw by June."
    assert [(q.speaker.text, q.content.text) for q in quotes_of(nlp, text)] == [
        ("The general", "the president said the troops would withdraw by June"),
        ("the president", "the troops would withdraw by June"),
    ]


def test_quote_only_paragraph_goes_on_with_the_direct_quote_before(nlp):
    text = ("“We have nothing to hide,” Foreign Minister Ortega said.\n\n"
            "“The inspectors may come whenever they like and stay as long as they wish.”")
    quote = only_quote(nlp, text)
    assert quote.content.text.startswith("We have nothing to hide,")
    assert quote.content.text.endswith("stay as long as they wish.")
    assert quote.speaker.text == "Foreign Minister Ortega"


def test_verb_right_after_a_quote_reports_it_even_if_not_in_the_lexicon(nlp):
    quote = only_quote(nlp, "“The hearing is adjourned until further notice,” the judge exclaimed.")
    assert quote.speaker.text == "the judge"


def test_speaker_after_a_quote_that_ends_with_an_exclamation_is_found(nlp):
    quote = only_quote(nlp, "“The talks are over. Nobody is listening to us!” the negotiator wrote.")
    assert quote.speaker.text == "the negotiator"


def test_unquoted_sentence_between_two_quotes_of_one_speaker_joins_them(nlp):
    text = ("“We will not sign,” the delegate said at the end of a long day of meetings in the capital. "
            "“Not this week and not next week.”")
    quote = only_quote(nlp, text)
    assert quote.content.text.endswith("not next week.")
    assert quote.speaker.text == "the delegate"


def test_scare_quotes_without_a_speaker_are_not_quotations(nlp):
    assert quotes_of(nlp, "The so-called “reset” ended in March.") == []


def test_speaker_actor_comes_from_the_actors_component(nlp):
    doc = nlp.make_doc("“We are ready,” Medinsky said.")
    for name, component in nlp.pipeline:
        if name != "parley_quotes":
            doc = component(doc)
    for token in doc:
        if token.text == "Medinsky":
            token._.actor = "a1"
    quote = nlp.get_pipe("parley_quotes")(doc)._.quotes[0]
    assert quote.speaker.actor == "a1"


def test_quotes_come_in_text_order_with_numbered_ids(nlp):
    text = "Officials said the road was open. “It is safe,” the mayor said. The army denied that it had fired."
    found = quotes_of(nlp, text)
    assert [q.id for q in found] == [f"q{n}" for n in range(1, len(found) + 1)]
    assert [q.content.span for q in found] == sorted(q.content.span for q in found)
    assert len(found) == 3


def test_lexicon_holds_several_hundred_cues_with_evidence():
    lexicon = load_lexicon().cues
    assert len(lexicon.relations) >= 300
    assert {"say", "tell", "warn", "urge", "deny", "insist", "accord"} <= {lemma for lemma, _ in lexicon.relations}
    assert "say" in lexicon.speech


AWKWARD = st.sampled_from(["“", "”", "«", "»", "„", "‘", "’", "'", '"', "''", "``", "\n\n", " said ", " he added. ",
                           "Putin", " ", ".", ",", ":", "WALLACE: ", " according to ", "’90s", "…", "["])
texts = st.lists(st.one_of(AWKWARD, st.text(min_size=1, max_size=8)), min_size=1, max_size=60).map("".join)


@settings(max_examples=60, deadline=None)
@given(text=texts)
@example(text="“" * 500)
@example(text="'" * 500 + " he said")
@example(text="“Never closed, he said.\n\n“And again")
@example(text="“Outer ‘inner “deep” inner’ outer,” she said. «Nested „German“ marks»")
@example(text="»backwards« and ”backwards“ said the envoy")
@example(text=" said \n\n\xa0 according to ")  # a candidate of nothing but space (found by Hypothesis)
@example(text="Putin[’…)WALLACE: ’90s: said  he added. Officials\n\"WALLACE:  that »\"“„ …``»‘NAME: ’90s,Putin,«]")
def test_quote_spans_are_valid_and_nest_only_inside_indirect_quotes(nlp, text):
    found = quotes_of(nlp, text)
    for quote in found:
        for span in (quote.content, quote.cue, quote.speaker):
            if span is not None:
                start, end = span.span
                assert 0 <= start < end <= len(text)
                assert text[start:end] == span.text
    for a in found:
        for b in found:
            (a_start, a_end), (b_start, b_end) = a.content.span, b.content.span
            if a is not b and a_start < b_end and b_start < a_end:  # overlapping: b wholly inside indirect a, or a in b
                assert (a_start <= b_start and b_end <= a_end) or (b_start <= a_start and a_end <= b_end)
                assert "indirect" in (a.kind, b.kind)


def test_a_content_of_nothing_but_space_is_no_quote(nlp):
    """A no-break space is space too: what is left after trimming it is nothing reported."""
    assert quotes_of(nlp, "He said \n\n\xa0 according to him") == []


def test_no_break_spaces_at_a_contents_edges_are_trimmed(nlp):
    found = quotes_of(nlp, "The minister said\xa0the talks would resume\xa0. ")
    assert [q.content.text for q in found] == ["the talks would resume"]


# -- front matter and who can speak -----------------------------------------------------------

def test_headline_without_a_named_speaker_yields_no_quote(nlp):
    found = quotes_of(nlp, "Ceasefire talks stall in Doha\n\nThe negotiators said the talks had stalled.")
    assert [q.content.text for q in found] == ["the talks had stalled"]
    assert found[0].speaker is None or found[0].speaker.text == "The negotiators"


def test_headline_quote_never_reaches_into_the_body(nlp):
    text = "Border talks warn of ‘long road’\n\nThe delegations met in Quito on Monday."
    assert all(q.content.span[1] <= text.index("\n") for q in quotes_of(nlp, text))
    assert not any(q.speaker and q.speaker.text == "Border talks" for q in quotes_of(nlp, text))


@pytest.mark.parametrize("dateline", ["QUITO —", "QUITO, May 4 (Reuters) -", "Quito (AP) —"])
def test_dateline_is_neither_content_nor_speaker(nlp, dateline):
    quote = only_quote(nlp, f"{dateline} The minister said the border would reopen on Friday.")
    assert quote.content.text == "the border would reopen on Friday"
    assert "Quito" not in quote.speaker.text.title()


def test_byline_is_no_quote(nlp):
    found = quotes_of(nlp, "By Marta Quill\n\nThe minister said the border would reopen.")
    assert [q.content.text for q in found] == ["the border would reopen"]


@pytest.mark.parametrize("subject", ["it", "you"])
def test_direct_quote_spoken_by_it_or_you_stays_unnamed(nlp, subject):
    quote = only_quote(nlp, f"“The harvest will be poor this year, and prices will rise again,” {subject} said.")
    assert quote.speaker is None


def test_common_noun_after_a_quote_with_no_reporting_word_is_not_its_speaker(nlp):
    quote = only_quote(nlp, "“The harvest will be poor this year, and prices will rise again,” the soil cracked.")
    assert quote.speaker is None


def test_direct_quote_keeps_a_speaker_named_by_a_title(nlp):
    quote = only_quote(nlp, "“The harvest will be poor this year,” the minister said.")
    assert quote.speaker.text == "the minister"


def test_headline_label_speaks_even_when_it_names_no_actor(nlp):
    quote = only_quote(nlp, "Survey: Voters Turn Away From the Ruling Party\n\nThe vote is on Monday.")
    assert quote.content.text == "Voters Turn Away From the Ruling Party"
    assert quote.speaker.text == "Survey"


def test_headline_speaker_that_names_people_is_kept(nlp):
    quote = only_quote(nlp, "Lawmakers warn of ‘long road’ to a deal\n\nThe vote is on Monday.")
    assert quote.speaker.text == "Lawmakers"


def test_a_headline_act_on_a_thing_is_no_quote(nlp):
    # "agree to" introduces what was agreed; in a headline an actor's act on a thing says nothing.
    text = "Chad and Kenya agree to 48-hour truce in Nairobi talks\n\nThe vote is on Monday."
    assert not [q for q in quotes_of(nlp, text) if q.content.span[0] < text.index("\n")]


def test_a_headline_clause_of_a_named_speaker_is_a_quote(nlp):
    text = "Lawmakers urge the army to leave the capital\n\nThe vote is on Monday."
    assert [q.content.text for q in quotes_of(nlp, text)] == ["the army to leave the capital"]


def test_speaker_of_a_split_quote_is_found_in_the_sentence_between_its_parts(nlp):
    found = quotes_of(nlp, '"We will hold the line. They may talk, and we will listen," Senator Maria Lopez said. '
                           '"But we will not bend."')
    assert len(found) == 1
    assert found[0].speaker.text == "Senator Maria Lopez"


def test_adjective_cue_takes_the_subject_of_its_copula(nlp):
    quote = only_quote(nlp, "Many farmers are worried that the new tariffs will ruin the harvest season.")
    assert quote.content.text == "that the new tariffs will ruin the harvest season"
    assert quote.speaker.text == "Many farmers"


def test_passive_cue_is_reported_by_its_agent_not_its_subject(nlp):
    quote = only_quote(nlp, "The decision was criticized by opposition leaders as a betrayal of the voters.")
    assert quote.speaker.text == "opposition leaders"


def test_object_of_the_verb_a_cue_completes_is_its_speaker(nlp):
    quote = only_quote(nlp, "The committee forced the banker to admit that the bank had misled its customers.")
    assert (quote.cue.text, quote.speaker.text) == ("admit", "the banker")


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons(nlp):
    quote = only_quote(nlp, "“We deserve a leader who listens to every community in this country.” ― Maria Delgado")
    assert quote.speaker.text == "Maria Delgado"


def test_a_speaker_is_never_a_word_inside_the_quote(nlp):
    quote = only_quote(nlp, "“He would be a great senator. One of the brightest members of the Congress,” "
                            "Rep. Ellen Cole said in an interview.")
    assert quote.speaker.text == "Rep. Ellen Cole"


def test_a_show_title_quoted_after_a_preposition_is_no_quotation(nlp):
    found = quotes_of(nlp, "The senator said on “Face the Nation,” that the budget talks would resume in May.")
    assert "Face the Nation" not in " ".join(q.content.text for q in found)


def test_a_verb_the_parser_left_without_a_subject_takes_the_name_right_before_it(nlp):
    # The parse a headline's "The Latest:" can give the line under it: the name hangs from "Latest".
    words = ["Latest", ":", "Maria", "Lopez", "is", "again", "disputing", "the", "count", "."]
    heads = [0, 0, 3, 0, 6, 6, 0, 8, 6, 6]
    deps = ["ROOT", "punct", "compound", "appos", "aux", "advmod", "dep", "det", "dobj", "punct"]
    pos = ["ADJ", "PUNCT", "PROPN", "PROPN", "AUX", "ADV", "VERB", "DET", "NOUN", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert _source(doc[6], []).text == "Lopez"
    assert _source(doc[8], []) is None  # a noun is no verb whose subject went missing


def test_a_content_stops_before_a_likelier_cue_it_runs_into(nlp):
    text = ("The envoy shared that both sides had agreed to a prisoner exchange and indicated that "
            "talks would resume in August.")
    contents = [(q.cue.text, q.content.text) for q in quotes_of(nlp, text)]
    assert contents == [("shared", "that both sides had agreed to a prisoner exchange"),
                        ("indicated", "that talks would resume in August")]


def test_a_content_is_not_cut_before_a_likelier_cue_inside_one_of_its_phrases(nlp):
    # "attacking" modifies "speech" inside what "criticized" reports: no report beside it. Cut before
    # it, the outer content ("remarks the governor made in a speech") was rarely the annotators'; uncut,
    # it overlaps the likelier one and gives way to it.
    words = ["The", "senator", "criticized", "remarks", "the", "governor", "made", "in", "a", "speech", "attacking",
             "the", "union", "."]
    heads = [1, 2, 2, 2, 5, 6, 3, 6, 9, 7, 9, 12, 10, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "det", "nsubj", "relcl", "prep", "det", "pobj", "acl", "det", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    text = doc.text
    inner = Candidate(doc[10], "dobj", doc[11].idx, doc[12].idx + len(doc[12]))
    outer = Candidate(doc[2], "dobj", doc[3].idx, doc[12].idx + len(doc[12]))
    cut, _ = _before_other_cues([inner, outer], text, load_lexicon().cues)
    assert text[cut[1].start:cut[1].end] == "remarks the governor made in a speech attacking the union"


@pytest.mark.parametrize("text, second", [
    # The parser hangs the second verb from the first content's verb, not from "said".
    ("The mayor said the budget was balanced and called the audit a formality.",
     ("called", "the audit a formality")),
    ("Senator Ruiz said the bill would raise taxes and warned that voters would punish the party.",
     ("warned", "that voters would punish the party")),
    ("The governor says he respects his rival and calls her a capable administrator.",
     ("calls", "her a capable administrator")),
])
def test_a_content_stops_before_a_speech_verb_conjoined_inside_it(nlp, text, second):
    first, *rest = quotes_of(nlp, text)
    assert second[1] not in first.content.text
    assert [(q.cue.text, q.content.text) for q in rest] == [second]
    # The second verb has no subject of its own: it speaks for the first one's.
    assert rest[0].speaker.text == first.speaker.text


def test_a_speech_verb_reporting_another_keeps_its_whole_content(nlp):
    contents = [(q.cue.text, q.content.text) for q in quotes_of(nlp, "Officials say the ambassador said the talks had failed.")]
    assert contents == [("say", "the ambassador said the talks had failed"), ("said", "the talks had failed")]


# -- a verb the events lexicon reads as a material act reports nothing --------------------------

@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at protesters in the capital.",
    "Rebels attacked a military base near the northern border on Sunday.",
    "A military court sentenced the colonel to twenty years in prison.",
])
def test_a_cue_that_does_what_it_governs_reports_nothing(nlp, text):
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("Senator Smith attacked Jones as a fraud and a liar.", "Jones as a fraud and a liar"),
    ("The ministry announced a curfew in the capital.", "a curfew in the capital"),
])
def test_criticism_and_announced_acts_stay_reports(nlp, text, content):
    assert [q.content.text for q in quotes_of(nlp, text)] == [content]


@pytest.mark.parametrize("text", [
    "Clashes between police and protesters were reported in the capital.",
    "Heavy shelling was reported near the port on Sunday.",
])
def test_what_a_passive_cue_reports_is_not_its_own_speaker(nlp, text):
    for quote in quotes_of(nlp, text):
        assert quote.speaker is None or not (quote.content.span[0] <= quote.speaker.span[0] < quote.content.span[1])


@pytest.mark.parametrize("text", [
    "Rebel commander Ali Marou, known as Falcon, crossed into the valley overnight.",
    "Hackers from a unit known locally as the Night Owls broke into the grid, engineers found.",
    "The plan, also known as the Harbour Accord, was signed in Mombasa.",
    "The treaty became known as the Lisbon settlement.",
    "A militia called the Blue Hand controls the bridge.",
    "The colonel, nicknamed the Fox, fled to the coast.",
])
def test_a_name_given_is_no_one_s_words(nlp, text):
    assert [q.cue.text for q in quotes_of(nlp, text) if q.cue.text in ("known", "called", "nicknamed")] == []


@pytest.mark.parametrize("text, content", [
    ("The minister called the charges fabricated.", "the charges fabricated"),
    ("The envoy said the ceasefire, known as the Harbour Accord, would hold.",
     "the ceasefire, known as the Harbour Accord, would hold"),
])
def test_naming_verbs_still_report_when_they_are_speech(nlp, text, content):
    assert content in [q.content.text for q in quotes_of(nlp, text)]


def test_calling_for_something_is_a_request_not_a_name(nlp):
    text = "Cooper, the governor's opponent, called Friday for releasing the videos."
    assert "releasing the videos" in [q.content.text for q in quotes_of(nlp, text)]
