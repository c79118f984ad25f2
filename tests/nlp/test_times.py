"""The times component: TIMEX3 spans, types and values resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from components import pipeline_with
from parley.nlp.lexicon import load_lexicon
from parley.nlp.time_calendar import duration, shift, timex

WED = date(2025, 7, 23)  # a Wednesday; ISO week 2025-W30
FRI_1998 = date(1998, 2, 13)
OCT_1989 = date(1989, 10, 25)


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_times")


def times_of(nlp, text: str, published: date | None):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.times


# (sentence, publication date) → (span text, type, value)
CASES = [
    # explicit dates
    ("The talks began on June 2, 2025.", WED, "June 2, 2025", "DATE", "2025-06-02"),
    ("The decree was signed on 16/05/2025.", WED, "16/05/2025", "DATE", "2025-05-16"),
    ("Elections are set for 2025-11-02.", WED, "2025-11-02", "DATE", "2025-11-02"),
    ("The war began in February 2022.", WED, "February 2022", "DATE", "2022-02"),
    ("He was born in 1962.", WED, "1962", "DATE", "1962"),
    ("The treaty dates from the 1990s.", WED, "the 1990s", "DATE", "199"),
    ("The camp was built in the late 1970s.", WED, "the late 1970s", "DATE", "197"),
    ("Relations soured in the nineties.", WED, "the nineties", "DATE", "199"),
    ("It is a 21st century conflict.", WED, "21st century", "DATE", "20"),
    ("On 3 March 2024 the army withdrew.", WED, "3 March 2024", "DATE", "2024-03-03"),
    ("The summit on July 4th was cancelled.", WED, "July 4th", "DATE", "2025-07-04"),
    ("The meeting on Sept. 30, 1989 was brief.", WED, "Sept. 30, 1989", "DATE", "1989-09-30"),
    ("Sales fell in Jan. 1998.", WED, "Jan. 1998", "DATE", "1998-01"),
    ("They met on the 5th of May 2021.", WED, "the 5th of May 2021", "DATE", "2021-05-05"),
    ("Keating was convicted in nineteen ninety-one.", WED, "nineteen ninety-one", "DATE", "1991"),
    ("He promised results by the year two thousand.", WED, "the year two thousand", "DATE", "2000"),
    ("Profit rose in fiscal 1989.", WED, "fiscal 1989", "DATE", "1989"),
    ("The vote is on Saturday, July 26.", WED, "Saturday, July 26", "DATE", "2025-07-26"),
    ("Prices peaked in mid-2024.", WED, "mid-2024", "DATE", "2024"),
    ("The contract runs until the end of 2026.", WED, "the end of 2026", "DATE", "2026"),
    ("The court cited a 2022 decree.", WED, "2022", "DATE", "2022"),
    ("The deal was signed on 7/4/2019.", WED, "7/4/2019", "DATE", "2019-07-04"),
    ("The ruling came on 25.12.2023.", WED, "25.12.2023", "DATE", "2023-12-25"),
    ("Troops left on March eighth.", WED, "March eighth", "DATE", "2025-03-08"),
    ("The talks collapsed in the 2010s.", WED, "the 2010s", "DATE", "201"),
    # months and month-days without a year, resolved by tense
    ("Fighting intensified in March.", WED, "March", "DATE", "2025-03"),
    ("The talks will resume in September.", WED, "September", "DATE", "2025-09"),
    ("The talks will resume in March.", WED, "March", "DATE", "2026-03"),
    ("Officials met in November.", WED, "November", "DATE", "2024-11"),
    ("Ukraine proposed the talks take place by the end of August.", WED, "the end of August", "DATE", "2025-08"),
    ("The ceasefire collapsed in late June.", WED, "late June", "DATE", "2025-06"),
    ("The summit is planned for early October.", WED, "early October", "DATE", "2025-10"),
    ("They met on May 16.", WED, "May 16", "DATE", "2025-05-16"),
    ("They will meet on May 16.", WED, "May 16", "DATE", "2026-05-16"),
    ("They met on December 30.", WED, "December 30", "DATE", "2024-12-30"),
    ("The visit is set for August 12.", WED, "August 12", "DATE", "2025-08-12"),
    ("The offer was extended to Aug. 4.", WED, "Aug. 4", "DATE", "2025-08-04"),
    ("The deal was reached last May.", WED, "last May", "DATE", "2025-05"),
    ("The deal will expire next March.", WED, "next March", "DATE", "2026-03"),
    ("The offensive began in June last year.", WED, "June last year", "DATE", "2024-06"),
    ("Talks are due in January next year.", WED, "January next year", "DATE", "2026-01"),
    ("The first round took place on May 16 and the second on June 2.", WED, "June 2", "DATE", "2025-06-02"),
    ("Protests erupted in January.", date(2025, 1, 20), "January", "DATE", "2025-01"),
    ("Protests erupted in December.", date(2025, 1, 20), "December", "DATE", "2024-12"),
    ("The army withdrew on 16 May.", WED, "16 May", "DATE", "2025-05-16"),
    # weekdays
    ("On Wednesday, Ukraine proposed new talks.", WED, "Wednesday", "DATE", "2025-07-23"),
    ("On Tuesday, Peskov lowered hopes for a breakthrough.", WED, "Tuesday", "DATE", "2025-07-22"),
    ("Ahead of Wednesday's negotiations, Moscow lowered expectations.", WED, "Wednesday", "DATE", "2025-07-23"),
    ("The minister will travel to Ankara on Friday.", WED, "Friday", "DATE", "2025-07-25"),
    ("The minister travelled to Ankara on Friday.", WED, "Friday", "DATE", "2025-07-18"),
    ("The delegations met on Monday.", WED, "Monday", "DATE", "2025-07-21"),
    ("The delegations will meet on Monday.", WED, "Monday", "DATE", "2025-07-28"),
    ("Voting is expected to start on Thursday.", WED, "Thursday", "DATE", "2025-07-24"),
    ("Peskov said on Sunday that no deal was near.", WED, "Sunday", "DATE", "2025-07-20"),
    ("The talks resumed last Friday.", WED, "last Friday", "DATE", "2025-07-18"),
    ("The talks resume next Tuesday.", WED, "next Tuesday", "DATE", "2025-07-29"),
    ("Officials met this Monday.", WED, "this Monday", "DATE", "2025-07-21"),
    ("Monday's attack killed four people.", WED, "Monday", "DATE", "2025-07-21"),
    ("The ministers met on Friday morning.", WED, "Friday morning", "TIME", "2025-07-18TMO"),
    ("Markets close on Sundays.", WED, "Sundays", "SET", "XXXX-WXX-7"),
    ("He gave the briefing on Wednesday night.", WED, "Wednesday night", "TIME", "2025-07-23TNI"),
    ("The strike came early Tuesday.", WED, "early Tuesday", "DATE", "2025-07-22"),
    ("The council said Saturday it would vote.", WED, "Saturday", "DATE", "2025-07-19"),
    ("The convention voted Friday to become a republic.", FRI_1998, "Friday", "DATE", "1998-02-13"),
    ("The envoy left Tuesday for consultations.", date(1990, 8, 15), "Tuesday", "DATE", "1990-08-14"),
    ("The index closed lower than on the previous Friday.", WED, "the previous Friday", "DATE", "2025-07-18"),
    ("The talks opened on Monday, July 14, and closed the following Friday.", WED,
     "the following Friday", "DATE", "2025-07-18"),
    # days named from the publication date
    ("Protests continued today.", WED, "today", "DATE", "2025-07-23"),
    ("The ministry said yesterday that the border was closed.", WED, "yesterday", "DATE", "2025-07-22"),
    ("Talks resume tomorrow.", WED, "tomorrow", "DATE", "2025-07-24"),
    ("A vote is expected tonight.", WED, "tonight", "TIME", "2025-07-23TNI"),
    ("Shelling resumed yesterday morning.", WED, "yesterday morning", "TIME", "2025-07-22TMO"),
    ("The statement came late yesterday.", WED, "late yesterday", "DATE", "2025-07-22"),
    ("The envoy arrived this morning.", WED, "this morning", "TIME", "2025-07-23TMO"),
    ("Sirens sounded last night.", WED, "last night", "TIME", "2025-07-22TNI"),
    ("The envoy arrived the day before yesterday.", WED, "the day before yesterday", "DATE", "2025-07-21"),
    ("The envoy arrives the day after tomorrow.", WED, "the day after tomorrow", "DATE", "2025-07-25"),
    # relative periods
    ("Putin spoke about the demands last month.", WED, "last month", "DATE", "2025-06"),
    ("Peskov said earlier this week that a breakthrough was unlikely.", WED, "earlier this week", "DATE", "2025-W30"),
    ("This year, the two sides met twice.", WED, "This year", "DATE", "2025"),
    ("Elections are due next year.", WED, "next year", "DATE", "2026"),
    ("Sales fell last year.", WED, "last year", "DATE", "2024"),
    ("The summit is planned for next month.", WED, "next month", "DATE", "2025-08"),
    ("The envoy returns early next month.", WED, "early next month", "DATE", "2025-08"),
    ("Talks stalled last week.", WED, "last week", "DATE", "2025-W29"),
    ("Talks resume next week.", WED, "next week", "DATE", "2025-W31"),
    ("Officials met this week.", WED, "this week", "DATE", "2025-W30"),
    ("The report is due at the end of this month.", WED, "the end of this month", "DATE", "2025-07"),
    ("The bill passed last quarter.", WED, "last quarter", "DATE", "2025-Q2"),
    ("Output grew over the past decade.", WED, "the past decade", "DATE", "201"),
    ("Fighting will intensify this summer.", WED, "this summer", "DATE", "2025-SU"),
    ("Fighting stalled last summer.", WED, "last summer", "DATE", "2024-SU"),
    ("Employment began rising last fall.", date(1998, 2, 6), "last fall", "DATE", "1997-FA"),
    ("Fighting flared over the weekend.", WED, "the weekend", "DATE", "2025-W29-WE"),
    ("Talks will continue over the weekend.", WED, "the weekend", "DATE", "2025-W30-WE"),
    ("Talks were held last weekend.", WED, "last weekend", "DATE", "2025-W29-WE"),
    ("Talks opened on May 16 and a prisoner swap followed the same day.", WED, "the same day", "DATE", "2025-05-16"),
    ("Talks opened on June 2. The next day, troops withdrew.", WED, "The next day", "DATE", "2025-06-03"),
    ("Talks opened on June 2 and resumed the following week.", WED, "the following week", "DATE", "2025-W24"),
    ("Russia invaded in 2022 after massing troops the previous year.", WED, "the previous year", "DATE", "2021"),
    ("Prices will peak later this year.", WED, "later this year", "DATE", "2025"),
    ("The fighting stopped at the end of the month.", WED, "the end of the month", "DATE", "2025-07"),
    # ago, earlier, later
    ("The convoy was hit three days ago.", WED, "three days ago", "DATE", "2025-07-20"),
    ("The law changed two weeks ago.", WED, "two weeks ago", "DATE", "2025-W28"),
    ("The talks began a year ago.", WED, "a year ago", "DATE", "2024"),
    ("The siege began six months ago.", WED, "six months ago", "DATE", "2025-01"),
    ("The treaty lapsed a decade ago.", WED, "a decade ago", "DATE", "201"),
    ("The rebels withdrew a few days ago.", WED, "a few days ago", "DATE", "PAST_REF"),
    ("The truce collapsed a fortnight ago.", WED, "a fortnight ago", "DATE", "2025-W28"),
    ("The envoys left a couple of days ago.", WED, "a couple of days ago", "DATE", "2025-07-21"),
    ("The depot burned two nights ago.", WED, "two nights ago", "DATE", "2025-07-21"),
    ("Talks opened on June 2. Two days later, they collapsed.", WED, "Two days later", "DATE", "2025-06-04"),
    ("The bonds mature three years from now.", WED, "three years from now", "DATE", "2028"),
    ("Net income rose in the third quarter from a year earlier.", OCT_1989, "a year earlier", "DATE", "1988-Q3"),
    # durations
    ("The war has lasted three and a half years.", WED, "three and a half years", "DURATION", "P3.5Y"),
    ("Ceasefires would last 24 to 48 hours.", WED, "24 to 48 hours", "DURATION", "PT24H/PT48H"),
    ("Trump set a 50-day ultimatum.", WED, "50-day", "DURATION", "P50D"),
    ("The ceasefire lasted two weeks.", WED, "two weeks", "DURATION", "P2W"),
    ("He ruled for 10 years.", WED, "10 years", "DURATION", "P10Y"),
    ("The policy held for nearly forty years.", WED, "nearly forty years", "DURATION", "P40Y"),
    ("She testified for more than four hours.", WED, "more than four hours", "DURATION", "PT4H"),
    ("Reservists can be called up for up to 180 days.", WED, "up to 180 days", "DURATION", "P180D"),
    ("Stocks fell in the past three months.", WED, "the past three months", "DURATION", "P3M"),
    ("The remains will be returned within the next two weeks.", WED, "the next two weeks", "DURATION", "P2W"),
    ("Carriers could sail within a few days.", WED, "a few days", "DURATION", "PXD"),
    ("The system evolved over several years.", WED, "several years", "DURATION", "PXY"),
    ("After a two-hour meeting, the leaders spoke.", WED, "two-hour", "DURATION", "PT2H"),
    ("The inquiry will take a year.", WED, "a year", "DURATION", "P1Y"),
    ("The talks were delayed by half an hour.", WED, "half an hour", "DURATION", "PT30M"),
    ("The meeting lasted an hour and a half.", WED, "an hour and a half", "DURATION", "PT90M"),
    ("The siege went on for weeks.", WED, "weeks", "DURATION", "PXW"),
    ("Profit rose in the first nine months.", OCT_1989, "the first nine months", "DURATION", "P9M"),
    ("They lived in the camps for 2 1/2 years.", WED, "2 1/2 years", "DURATION", "P2.5Y"),
    ("In the last twenty four hours, the currency fell.", WED, "the last twenty four hours", "DURATION", "PT24H"),
    ("Leaders will meet within the next few weeks.", WED, "the next few weeks", "DURATION", "PXW"),
    ("The government adopted a five-year plan.", WED, "five-year", "DURATION", "P5Y"),
    ("Shelling continued for 48 hours.", WED, "48 hours", "DURATION", "PT48H"),
    ("The vote took ten minutes.", WED, "ten minutes", "DURATION", "PT10M"),
    ("The feud has lasted for decades.", WED, "decades", "DURATION", "PXDE"),
    ("The border stayed closed for a fortnight.", WED, "a fortnight", "DURATION", "P2W"),
    ("The losses over the past two quarters were large.", WED, "the past two quarters", "DURATION", "P2Q"),
    ("Delegates debated for about a dozen hours.", WED, "about a dozen hours", "DURATION", "PT12H"),
    ("Lenders grew cautious in recent months.", WED, "recent months", "DURATION", "PXM"),
    ("Results for the fiscal year were weak.", WED, "the fiscal year", "DURATION", "P1Y"),
    # vague references
    ("The Kremlin has thus far dismissed the proposal.", WED, "thus far", "DATE", "PRESENT_REF"),
    ("Magna recently cut its dividend.", WED, "recently", "DATE", "PAST_REF"),
    ("Syrian troops are now part of the force.", WED, "now", "DATE", "PRESENT_REF"),
    ("More troops will arrive in the coming weeks.", WED, "the coming weeks", "DATE", "FUTURE_REF"),
    ("Nobody knows what the future holds.", WED, "the future", "DATE", "FUTURE_REF"),
    ("Russia has often made such claims in the past.", WED, "the past", "DATE", "PAST_REF"),
    ("Joblessness is currently at a record.", WED, "currently", "DATE", "PRESENT_REF"),
    ("Kidnappings have risen in recent years.", WED, "recent years", "DATE", "PAST_REF"),
    ("The current government is weak.", WED, "current", "DATE", "PRESENT_REF"),
    ("Markets are calmer these days.", WED, "these days", "DATE", "PRESENT_REF"),
    ("The plan is not ready at the moment.", WED, "at the moment", "DATE", "PRESENT_REF"),
    # sets
    ("The council meets every Monday.", WED, "every Monday", "SET", "XXXX-WXX-1"),
    ("The ministry publishes weekly figures.", WED, "weekly", "SET", "P1W"),
    ("The agency gives a daily tally.", WED, "daily", "SET", "P1D"),
    ("Thousands of patients wait each year.", WED, "each year", "SET", "P1Y"),
    ("Flights leave twice a week.", WED, "twice a week", "SET", "P1W"),
    ("Shelling is heard every day.", WED, "every day", "SET", "P1D"),
    ("The patrol sets out every morning.", WED, "every morning", "SET", "XXXX-XX-XXTMO"),
    ("A third flight departs each Thursday.", WED, "each Thursday", "SET", "XXXX-WXX-4"),
    ("Interest rates are reviewed three times a year.", WED, "three times a year", "SET", "P1Y"),
    ("The hourly rate rose.", WED, "hourly", "SET", "PT1H"),
    ("Orangemen march each July.", WED, "each July", "SET", "XXXX-07"),
    # times of day
    ("The strike hit at 3 p.m. local time.", WED, "3 p.m. local time", "TIME", "2025-07-23T15:00"),
    ("The store was robbed at 10 p.m. Wednesday.", FRI_1998, "10 p.m. Wednesday", "TIME", "1998-02-11T22:00"),
    ("Negotiations broke off at noon Thursday.", FRI_1998, "noon Thursday", "TIME", "1998-02-12T12:00"),
    ("The victim was shot around 7:15 p.m.", FRI_1998, "around 7:15 p.m.", "TIME", "1998-02-13T19:15"),
    ("The shelling started at 0900 GMT.", WED, "0900 GMT", "TIME", "2025-07-23T09:00"),
    ("The curfew begins at midnight.", WED, "midnight", "TIME", "2025-07-23T00:00"),
    ("The ship docked at 14:30 GMT.", WED, "14:30 GMT", "TIME", "2025-07-23T14:30"),
    ("A man was killed Thursday evening.", date(1998, 2, 12), "Thursday evening", "TIME", "1998-02-12TEV"),
    ("The offer expires at 5 p.m. EST Nov. 9.", date(1989, 11, 2), "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00"),
    ("Talks opened on June 2 and ended at 9 a.m.", WED, "9 a.m.", "TIME", "2025-06-02T09:00"),
    ("Shares fell in mid-afternoon yesterday.", WED, "mid-afternoon yesterday", "TIME", "2025-07-22TAF"),
    ("The convoy left late evening.", WED, "late evening", "TIME", "2025-07-23TEV"),
    # quarters and halves
    ("The company reported third-quarter earnings.", OCT_1989, "third-quarter", "DATE", "1989-Q3"),
    ("Sales rose in the fourth quarter.", date(1990, 2, 1), "the fourth quarter", "DATE", "1989-Q4"),
    ("Growth slowed in the first half of 2024.", WED, "the first half of 2024", "DATE", "2024-H1"),
    ("Revenue doubled in Q3 2024.", WED, "Q3 2024", "DATE", "2024-Q3"),
    ("Third-quarter profit rose. For the quarter, sales rose 5%.", OCT_1989, "the quarter", "DATE", "1989-Q3"),
    ("Profit fell in the third quarter, below the year-ago quarter.", OCT_1989,
     "the year-ago quarter", "DATE", "1988-Q3"),
    ("Sales rose in the third quarter of 1990.", WED, "the third quarter of 1990", "DATE", "1990-Q3"),
    ("Sales rose 39% for the quarter ended Sept. 29.", OCT_1989, "the quarter", "DATE", "1989-Q3"),
    # no publication date: relative values stay unresolved
    ("Putin spoke last month.", None, "last month", "DATE", "XXXX-XX"),
    ("Fighting intensified in June.", None, "June", "DATE", "XXXX-06"),
    ("The delegations met on Tuesday.", None, "Tuesday", "DATE", "XXXX-WXX-2"),
    ("The ministry said yesterday that the border was closed.", None, "yesterday", "DATE", "XXXX-XX-XX"),
    ("The war began in February 2022.", None, "February 2022", "DATE", "2022-02"),
    ("They met on May 16.", None, "May 16", "DATE", "XXXX-05-16"),
    ("The war has lasted three years.", None, "three years", "DURATION", "P3Y"),
    ("Talks opened on June 2, 2025, and troops withdrew the same day.", None, "the same day", "DATE", "2025-06-02"),
    ("This year, the two sides met twice.", None, "This year", "DATE", "XXXX"),
    ("Peskov spoke earlier this week.", None, "earlier this week", "DATE", "XXXX-WXX"),
    ("The strike hit at 3 p.m.", None, "3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
    # "prior" points back as "previous" does, for a weekday as for a week
    ("The envoys had met the prior Monday.", WED, "the prior Monday", "DATE", "2025-07-21"),
    ("The envoys had met the prior week.", WED, "the prior week", "DATE", "2025-W29"),
]


@pytest.mark.parametrize("sentence,published,text,kind,value", CASES)
def test_time_expression_is_found_and_normalized(nlp, sentence, published, text, kind, value):
    found = {t.text: (t.type, t.value) for t in times_of(nlp, sentence, published)}
    assert text in found, f"{text!r} not among {list(found)}"
    assert found[text] == (kind, value)


@pytest.mark.parametrize("sentence,word", [
    ("May I ask one more question?", "May"),
    ("Theresa May said the talks had failed.", "May"),
    ("Veterans march on the capital.", "march"),
    ("Russia deployed 2000 troops to the border.", "2000"),
    ("The positions remain so far apart.", "so far"),
    ("A two-year-old boy was rescued.", "two-year"),
    ("The envoy is 52 years old.", "52 years"),
    ("The fund paid $2000 to each family.", "2000"),
    ("About three-quarters of voters agreed.", "three-quarters"),
    ("The current account deficit widened.", "current"),
    ("He left as soon as possible.", "soon"),
    ("Mayor Smith opened the session.", "May"),
])
def test_non_temporal_readings_are_not_times(nlp, sentence, word):
    assert not [t for t in times_of(nlp, sentence, WED) if word in t.text]


def test_times_are_in_text_order_and_do_not_overlap(nlp):
    times = times_of(nlp, "On Tuesday, after three days of talks, officials said the deal would be signed "
                          "by the end of August, at 3 p.m. local time.", WED)
    spans = [t.span for t in times]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_past_tense_weekday_on_publication_day_is_that_day(nlp):
    [time] = times_of(nlp, "The delegations met on Wednesday.", WED)
    assert time.value == WED.isoformat()


SEP_2025 = date(2025, 9, 10)


@pytest.mark.parametrize("sentence,text,value", [
    # A reported clause's tense counts from the report's own date, not from the article's.
    ("The ministry said in June that the troops would leave by August.", "August", "2025-08"),
    ("The ministry said in June that the troops had left in February.", "February", "2025-02"),
    ("The minister said in March 2019 that the army had taken the town on February 3.", "February 3",
     "2019-02-03"),
    ("In March 2019, the minister said the army had taken the town in February.", "February", "2019-02"),
    # With no date of its own, the report is the article's: its clauses count from the publication.
    ("The ministry said the troops would leave by March.", "March", "2026-03"),
    ("The ministry said the troops had left by August.", "August", "2025-08"),
])
def test_reported_clause_counts_from_the_reports_date(nlp, sentence, text, value):
    [time] = [t for t in times_of(nlp, sentence, SEP_2025) if t.text == text]
    assert time.value == value


def test_calendar_helpers_round_trip_granularities():
    assert timex(shift(WED, "month", -1), "month") == "2025-06"
    assert timex(shift(WED, "year", 1), "quarter") == "2026-Q3"
    assert timex(date(2025, 1, 1), "week") == "2025-W01"
    units = load_lexicon().calendar.units
    assert duration(0.5, "hour", units) == "PT30M"
    assert duration(None, "decade", units) == "PXDE"


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
temporal_texts = st.lists(st.sampled_from([
    "May", "16", "June 2", "last", "next", "week", "the same day", "Tuesday", "3 p.m.", "GMT", "ago", "2022",
    "three and a half", "years", "the end of", "every", "mid-", "1990s", "Q3", "quarter", "a year earlier",
    "the year", "24 to 48 hours", "/", ".", ",", "-", "noon", "Nov.", "twenty", "nineteen", "the", "fiscal",
]), max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(texts, temporal_texts), published=st.one_of(st.none(), st.dates()))
def test_spans_are_valid_and_nothing_raises_on_any_text(nlp, text, published):
    for time in times_of(nlp, text, published):
        start, end = time.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == time.text
