"""The actor knowledge base: complete country table, consistent references, current office holders."""

from __future__ import annotations

import pycountry
import pytest

from parley.knowledge.actor_kb import KBLabel, actor_kb, ascii_fold, place_country, variants

PLOVER_SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "IGO", "NGO", "BUS", "CVL", "SPY", "REF",
                  "AGR", "CRM", "EDU", "HLH", "LAB", "ELI", "ENV", "REL", "UAF", "DEV", "PTY", "HRI", "MUS", "CHR",
                  "JEW", "HIN", "BUD", "RAD", "PPL", "IMG", "MAR"}
G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "KOR", "RUS", "SAU", "ZAF",
       "TUR", "GBR", "USA"]
REQUIRED = G20 + ["UKR", "ISR", "IRN", "ARE", "QAT", "KWT", "BHR", "OMN"]


@pytest.fixture(scope="module")
def kb():
    return actor_kb()


def test_every_iso_country_is_in_the_table(kb):
    assert {c.alpha_3 for c in pycountry.countries} <= set(kb.countries)


def test_countries_use_the_short_names_news_uses(kb):
    names = {iso3: kb.countries[iso3].name for iso3 in ("RUS", "IRN", "TUR", "KOR", "PRK", "SYR", "USA", "GBR")}
    assert names == {"RUS": "Russia", "IRN": "Iran", "TUR": "Turkey", "KOR": "South Korea", "PRK": "North Korea",
                     "SYR": "Syria", "USA": "United States", "GBR": "United Kingdom"}
    assert "Türkiye" in kb.countries["TUR"].aliases and "Russian Federation" in kb.countries["RUS"].aliases


def test_every_sovereign_state_has_an_adjective(kb):
    members_without = [c.alpha_3 for c in pycountry.countries
                       if c.alpha_3 in {"UKR", "RUS", "TUR", "NGA", "FJI", "ROU", "HUN"} and not kb.countries[c.alpha_3].adjectives]
    assert members_without == []
    assert sum(bool(c.adjectives) for c in kb.countries.values()) >= 190


def test_demonyms_default_to_adjective_plurals(kb):
    assert "Ukrainians" in kb.countries["UKR"].demonyms
    assert "Turks" in kb.countries["TUR"].demonyms


def test_capitals_and_seats_stand_for_governments(kb):
    assert kb.countries["RUS"].seats[:2] == ("Moscow", "Kremlin")
    assert "White House" in kb.countries["USA"].seats
    assert "Downing Street" in kb.countries["GBR"].seats
    assert kb.metonyms["Brussels"].refers_to == "eu"


def test_metonyms_refer_to_known_countries_or_organizations(kb):
    for phrase, metonym in kb.metonyms.items():
        assert metonym.refers_to in kb.countries or metonym.refers_to in kb.organizations, phrase
        assert metonym.sector in PLOVER_SECTORS


def test_organizations_have_valid_sectors_and_countries(kb):
    for org in kb.organizations.values():
        assert org.kind in ("organization", "group")
        assert org.sector in PLOVER_SECTORS, org.id
        assert org.country is None or org.country in kb.countries, org.id
    assert {kb.organizations[i].sector for i in ("un", "nato", "eu", "osce", "iaea", "who")} == {"IGO"}


@pytest.mark.parametrize("iso3", REQUIRED)
def test_required_countries_have_leaders_and_foreign_ministers(kb, iso3):
    roles = " | ".join(p.role.lower() for p in kb.people.values() if p.country == iso3)
    assert any(word in roles for word in ("president", "prime minister", "king", "emir", "sultan", "chancellor")), iso3
    assert "foreign" in roles or "secretary of state" in roles or "external affairs" in roles or "international relations" in roles, iso3


def test_people_reference_valid_countries_sectors_and_organizations(kb):
    for person in kb.people.values():
        assert person.country is None or person.country in kb.countries, person.id
        assert person.sector in PLOVER_SECTORS, person.id
        assert person.organization is None or person.organization in kb.organizations, person.id
        assert person.gender in ("m", "f"), person.id
        assert person.country or person.organization, person.id


def test_aliases_cover_transliterations(kb):
    assert {"Zelensky", "Zelenskyy"} <= set(kb.people["zelensky-volodymyr"].aliases)
    assert "Erdogan" in variants(kb.people["erdogan-recep-tayyip"].aliases)
    assert "Peskov" in kb.people["peskov-dmitry"].aliases


def test_ascii_folding_handles_turkish_dotless_i():
    assert ascii_fold("İbrahim Kalın") == "Ibrahim Kalin"
    assert ascii_fold("Erdoğan") == "Erdogan"


def test_titles_and_sector_nouns_use_plover_sectors(kb):
    assert {t.sector for t in kb.titles.values() if t.family != "honorific"} <= PLOVER_SECTORS
    assert {t.sector for t in kb.titles.values() if t.family == "honorific"} == {None}
    assert set(kb.sector_nouns.values()) <= PLOVER_SECTORS
    assert [kb.sector_nouns[n] for n in ("troops", "rebels", "police", "court", "parliament", "opposition", "reporters")] == \
        ["MIL", "REB", "COP", "JUD", "LEG", "OPP", "MED"]


def test_phrases_are_keyed_by_kind_and_identity(kb):
    phrases = kb.phrases()
    assert "Kremlin" in phrases[KBLabel("SEAT", "RUS")] and "Turkish" in phrases[KBLabel("ADJECTIVE", "TUR")]
    assert "Dmitry Peskov" in phrases[KBLabel("PERSON", "peskov-dmitry")]
    assert all(form.strip() == form and form for forms in phrases.values() for form in forms)


@pytest.mark.parametrize(
    "place, country",
    [("Istanbul", "TUR"), ("Geneva", "CHE"), ("Doha", "QAT"), ("the Kremlin", "RUS"), ("Kyiv", "UKR"),
     ("Erbil", "IRQ"), ("Gaza", "PSE"), ("São Paulo", "BRA"), ("Ukraine", "UKR"), ("Nowhereville", None)],
)
def test_place_country_covers_countries_capitals_and_cities(place, country):
    assert place_country(place) == country
