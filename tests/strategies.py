"""Hypothesis strategies for schema objects with valid spans, shared by store and export tests."""

from __future__ import annotations

from hypothesis import strategies as st

from parley.model import Actor, Document, Event, Location, Mention, Quantity, Quote, Span, Speaker, TimeExpression

SECTORS = ["GOV", "MIL", "REB", "IGO", None]
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@st.composite
def spans(draw, text: str, cls=Span, **fields):
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return cls(text=text[start:end], span=(start, end), **fields)


@st.composite
def documents(draw) -> Document:
    text = draw(words)
    actors = [
        Actor(
            id=f"a{i + 1}", name=draw(st.sampled_from(["Ukraine", "Rustem Umerov", "the UN"])),
            kind=draw(st.sampled_from(["person", "organization", "country", "group"])),
            country=draw(st.sampled_from(["UKR", "RUS", None])), sector=draw(st.sampled_from(SECTORS)),
            role=draw(st.sampled_from([None, "chief negotiator"])), kb_id=draw(st.sampled_from([None, "kb-x"])),
            mentions=draw(st.lists(spans(text, Mention, kind=draw(st.sampled_from(["name", "pronoun"]))), max_size=3)),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    ids = [a.id for a in actors]
    quotes = [
        Quote(
            id=f"q{i + 1}", kind=draw(st.sampled_from(["direct", "indirect", "mixed"])), content=draw(spans(text)),
            cue=draw(st.one_of(st.none(), spans(text))),
            speaker=draw(st.one_of(st.none(), spans(text, Speaker, actor=draw(st.sampled_from(ids + [None]))))),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    times = draw(st.lists(spans(text, TimeExpression, type="DATE", value=draw(st.sampled_from(["2025-07", None]))), max_size=3))
    value = draw(st.one_of(st.integers(0, 10**6), st.floats(0, 1e6, allow_nan=False), st.tuples(st.integers(0, 50), st.integers(51, 99))))
    quantities = draw(st.lists(spans(text, Quantity, value=value, unit=draw(st.sampled_from([None, "person"])),
                                     approximate=draw(st.booleans())), max_size=3))
    events = [
        Event(
            id=f"e{i + 1}", type=draw(st.sampled_from(["AGREE", "ASSAULT", "CONSULT"])),
            mode=draw(st.sampled_from([None, "meet"])),
            aux=draw(st.lists(st.sampled_from(["historical", "future", "hypothetical", "negated"]), unique=True)),
            context=draw(st.lists(st.sampled_from(["diplomatic", "military"]), unique=True)),
            actors=draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [],
            recipients=draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [],
            date=draw(st.sampled_from([None, "2025-07-23", "2022"])),
            location=draw(st.sampled_from([None, Location(name="Istanbul", country="TUR")])),
            quantities=list(range(len(quantities))), evidence=draw(st.lists(spans(text), max_size=2)),
            quote=draw(st.sampled_from([None] + [q.id for q in quotes])),
            confidence=draw(st.floats(0, 1)),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    return Document(
        id=draw(st.text("abcdef0123456789", min_size=1, max_size=12)), title=draw(st.one_of(st.none(), words)),
        published=draw(st.one_of(st.none(), st.dates())), url=None, source=draw(st.sampled_from([None, "AFP"])),
        text=text, actors=actors, quotes=quotes, times=times, quantities=quantities, events=events,
    )
