"""Short articles written for the merge tests, annotated by hand so the tests do not depend on extraction."""

from __future__ import annotations

from datetime import date

from parley.model import Actor, Document, Event, Location, Mention, Quantity, Quote, Span, Speaker


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def article(doc_id: str, text: str, published: str, source: str, actors: list[dict], events: list[dict],
            quantities: list[dict] = (), quotes: list[dict] = ()) -> Document:
    """A Document whose spans are found by their words: ``{"name": "Turkey", "mention": "Turkey", ...}``."""
    built_actors = [
        Actor(id=f"a{i}", name=a["name"], kind=a.get("kind", "country"), country=a.get("country"),
              sector=a.get("sector"), role=a.get("role"), kb_id=a.get("kb_id"),
              mentions=[Mention(text=a["mention"], span=_span(text, a["mention"]))])
        for i, a in enumerate(actors, 1)
    ]
    ids = {a.name: a.id for a in built_actors}
    built_quantities = [
        Quantity(text=q["words"], span=_span(text, q["words"]), value=q["value"], what=q.get("what"),
                 unit=q.get("unit"), casualty=q.get("casualty"))
        for q in quantities
    ]
    built_events = [
        Event(id=f"e{i}", type=e["type"], mode=e.get("mode"), aux=e.get("aux", []),
              actors=[ids[n] for n in e.get("actors", [])], recipients=[ids[n] for n in e.get("recipients", [])],
              date=e.get("date"), quantities=e.get("quantities", []), confidence=e.get("confidence", 0.7),
              location=Location(name=e["place"], country=e.get("place_country")) if e.get("place") else None,
              evidence=[Span(text=e["evidence"], span=_span(text, e["evidence"]))])
        for i, e in enumerate(events, 1)
    ]
    built_quotes = [
        Quote(id=f"q{i}", kind="direct", content=Span(text=q["content"], span=_span(text, q["content"])),
              speaker=Speaker(text=q["speaker"], span=_span(text, q["speaker"]), actor=ids[q["actor"]]))
        for i, q in enumerate(quotes, 1)
    ]
    return Document(id=doc_id, text=text, published=date.fromisoformat(published), source=source,
                    title=text.split(".")[0], actors=built_actors, events=built_events, quantities=built_quantities,
                    quotes=built_quotes)


UKRAINE = {"name": "Ukraine", "kb_id": "ukr", "country": "UKR", "sector": "GOV"}
RUSSIA = {"name": "Russia", "kb_id": "rus", "country": "RUS", "sector": "GOV"}


def exchange_reports() -> list[Document]:
    """One prisoner exchange told by three outlets: two counts, a day and a week."""
    first = "Ukraine and Russia exchanged 1,000 prisoners on Tuesday at the border with Belarus."
    second = "Kyiv and Moscow swapped 1,200 prisoners this week, officials in both capitals said."
    third = "Russia agreed on Tuesday to exchange 1,000 prisoners with Ukraine, its defence ministry said."
    return [
        article("exchange-afp", first, "2026-03-10", "AFP",
                [{**UKRAINE, "mention": "Ukraine"}, {**RUSSIA, "mention": "Russia"}],
                [{"type": "RETREAT", "mode": "release", "actors": ["Ukraine", "Russia"], "date": "2026-03-10",
                  "quantities": [0], "evidence": "Ukraine and Russia exchanged 1,000 prisoners on Tuesday"}],
                [{"words": "1,000 prisoners", "value": 1000, "what": "prisoners", "casualty": "prisoners"}]),
        article("exchange-reuters", second, "2026-03-12", "Reuters",
                [{**UKRAINE, "mention": "Kyiv"}, {**RUSSIA, "mention": "Moscow"}],
                [{"type": "RETREAT", "mode": "release", "actors": ["Ukraine", "Russia"], "date": "2026-W11",
                  "quantities": [0], "evidence": "Kyiv and Moscow swapped 1,200 prisoners this week"}],
                [{"words": "1,200 prisoners", "value": 1200, "what": "prisoners", "casualty": "prisoners"}]),
        article("exchange-ap", third, "2026-03-10", "AP",
                [{**RUSSIA, "mention": "Russia"}, {**UKRAINE, "mention": "Ukraine"}],
                [{"type": "AGREE", "actors": ["Russia"], "recipients": ["Ukraine"], "date": "2026-03-10",
                  "quantities": [0], "evidence": "Russia agreed on Tuesday to exchange 1,000 prisoners with Ukraine"}],
                [{"words": "1,000 prisoners", "value": 1000, "what": "prisoners", "casualty": "prisoners"}]),
    ]


TURKEY = {"name": "Turkey", "kb_id": "tur", "country": "TUR", "sector": "GOV"}
SYRIA = {"name": "Syria", "kb_id": "syr", "country": "SYR", "sector": "GOV"}


def ceasefire_negotiation() -> list[Document]:
    """Proposed, rejected days later, re-proposed and agreed — plus an unrelated rejection elsewhere."""
    proposal = "Turkey proposed a ceasefire in Idlib to Syria on Wednesday."
    rejection = "Syria on Saturday rejected the Turkish ceasefire proposal for Idlib."
    again = "Turkey renewed its ceasefire offer for Idlib on Monday, officials said."
    agreed = "Syria agreed to the Idlib ceasefire on Wednesday after a week of talks with Turkey."
    unrelated = "Chile rejected a trade complaint from Peru on Saturday."
    pair = [{**TURKEY, "mention": "Turkey"}, {**SYRIA, "mention": "Syria"}]
    return [
        article("idlib-1", proposal, "2026-04-01", "AFP", pair,
                [{"type": "REQUEST", "actors": ["Turkey"], "recipients": ["Syria"], "date": "2026-04-01",
                  "evidence": "Turkey proposed a ceasefire in Idlib"}]),
        article("idlib-2", rejection, "2026-04-04", "Reuters",
                [{**SYRIA, "mention": "Syria"}, {**TURKEY, "mention": "Turkish"}],
                [{"type": "REJECT", "actors": ["Syria"], "recipients": ["Turkey"], "date": "2026-04-04",
                  "evidence": "Syria on Saturday rejected the Turkish ceasefire proposal for Idlib"}]),
        article("idlib-3", again, "2026-04-06", "AP", [{**TURKEY, "mention": "Turkey"}],
                [{"type": "AGREE", "aux": ["future"], "actors": ["Turkey"], "date": "2026-04-06",
                  "evidence": "Turkey renewed its ceasefire offer for Idlib"}]),
        article("idlib-4", agreed, "2026-04-08", "AFP", pair,
                [{"type": "AGREE", "actors": ["Syria"], "recipients": ["Turkey"], "date": "2026-04-08",
                  "evidence": "Syria agreed to the Idlib ceasefire"}]),
        article("trade-1", unrelated, "2026-04-04", "AFP",
                [{"name": "Chile", "country": "CHL", "mention": "Chile"}, {"name": "Peru", "country": "PER", "mention": "Peru"}],
                [{"type": "REJECT", "actors": ["Chile"], "recipients": ["Peru"], "date": "2026-04-04",
                  "evidence": "Chile rejected a trade complaint from Peru"}]),
    ]


def spokesman_reports() -> list[Document]:
    """A spokesman named with his country in one report, bare in the next, by surname in a third."""
    first = "Russian foreign ministry spokesman Ivan Petrovsky said Moscow would attend the talks."
    second = "Ivan Petrovsky told reporters the delegation had arrived in Geneva."
    third = 'Petrovsky declined to say how long the talks would last. "We are in no hurry," Petrovsky said.'
    spokesman = {"name": "Ivan Petrovsky", "kind": "person", "country": "RUS", "sector": "GOV", "role": "spokesman"}
    return [
        article("spokesman-1", first, "2026-05-01", "AFP", [{**spokesman, "mention": "Ivan Petrovsky"}],
                [{"type": "CONSULT", "aux": ["future"], "actors": ["Ivan Petrovsky"], "date": "2026-05-02",
                  "evidence": "Moscow would attend the talks"}]),
        article("spokesman-2", second, "2026-05-02", "Reuters",
                [{"name": "Ivan Petrovsky", "kind": "person", "mention": "Ivan Petrovsky"}],
                [{"type": "CONSULT", "actors": ["Ivan Petrovsky"], "date": "2026-05-02", "place": "Geneva",
                  "evidence": "the delegation had arrived in Geneva"}]),
        article("spokesman-3", third, "2026-05-03", "AP",
                [{"name": "Petrovsky", "kind": "person", "mention": "Petrovsky"}],
                [{"type": "REJECT", "actors": ["Petrovsky"], "date": "2026-05-03",
                  "evidence": "Petrovsky declined to say how long the talks would last"}],
                quotes=[{"content": "We are in no hurry,", "speaker": "Petrovsky said", "actor": "Petrovsky"}]),
    ]


def hostile_article() -> Document:
    """An article whose text tries to run script and break out of an attribute: it must show as text."""
    words = 'Rebels said <script>alert("owned")</script> and " onmouseover="alert(1)" before talks.'
    return article("hostile", words, "2026-05-05", "<b>Bad Outlet</b>",
                   [{"name": 'Rebels " onmouseover="alert(2)', "kind": "group", "mention": "Rebels"}],
                   [{"type": "CONSULT", "actors": ['Rebels " onmouseover="alert(2)'], "date": "2026-05-05",
                     "evidence": "before talks"}])
