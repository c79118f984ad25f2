"""Where an indirect quote's content starts and ends, chosen by a trained scorer among the cuts
the parse offers.

The dependant's subtree is only a first guess at what a cue reports. News annotators stop before a
trailing relative clause or aside (", which forced her to leave …"), run on over a conjoined clause
(", but Chaffetz declined"), leave out the "to" of an infinitive or the object of "urged X to …",
take in the subject of "are expected to …", keep only the object of "refused to disclose X", and take
in the cue's own object ("nominated X to the job") or its next dependant ("described himself as …").
Each such move gives a candidate boundary; a logistic regression over hashed features of the cut
(the relation, the words and dependencies on either side of it, how much it adds or drops, and
what lies between it and the dependant's own range: a clause or an aside, a date, where it
attaches) scores them, and the best one is kept. It is trained
on PolNeAR train (training/quotes/train_boundary.py) to rank, within each content, the
boundaries that match the annotators' exactly above the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .doc_index import DocIndex, ReadOnce, TokenStrings
from .labels import ANY_SUBJECT_DEPS, CUT_DEPS, NOUN_CLAUSE_DEPS, TIME_LABELS
from .quote_model import FINITE_TAGS, MODEL_DIR, Candidate, CueModel, cue_subject

BOUNDARY_DIR = MODEL_DIR / "boundary"
# Punctuation inside a content where what follows may be an aside the annotators leave out.
CUT_MARKS = frozenset({",", ";", ":", "—", "–", "-", "--", "("})
QUOTE_MARKS = "\"“”"
# Prepositions after a content's head noun whose object may be all the annotators keep ("support for X").
NOUN_PREPOSITIONS = frozenset({"of", "about", "on", "for", "with", "over", "against"})
# Relations of a cue whose content may start at the cue's subject ("was asked to …", "seems stable").
SUBJECT_RELATIONS = frozenset({"xcomp", "ccomp", "dobj+", "acomp", "attr", "oprd"})
# What a content never starts or ends with: spaces, dashes and quote marks of every style.
EDGE_PUNCTUATION = " \t\n,;:—–-\"“”„‟«»'‘’‚‛‹›"


@dataclass(frozen=True)
class Boundary:
    """One way to bound a candidate's content: its range, and the moves that led there."""

    start: int
    end: int
    start_move: str
    end_move: str
    cut: Token | None  # the first word left out at the end, or the first added


def boundaries(candidate: Candidate, text: str) -> list[Boundary]:
    """The candidate's own range, and each range a start move and an end move give."""
    doc = candidate.cue.doc
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if not tokens:  # nothing but space ("said \n\n\xa0 according to"): no move has a word to start from
        return [Boundary(candidate.start, candidate.end, "keep", "keep", None)]
    starts = {"keep": candidate.start}
    if tokens[0].lower_ == "to" and len(tokens) > 1:
        starts["to"] = tokens[1].idx
    if candidate.relation == "dobj+":
        objects = [c for c in candidate.cue.children if c.dep_ == "dobj"]
        after = objects[0].right_edge.i + 1 if objects else None
        if after is not None and after <= tokens[-1].i:
            starts["object"] = doc[after + (doc[after].lower_ == "to" and after < tokens[-1].i)].idx
    if tokens[0].lower_ == "for" and tokens[0].dep_ == "mark" and len(tokens) > 1:
        starts["for"] = tokens[1].idx  # "called for X to step up …" → "X to step up …"
    # The clause the cue reports, after its object and the words that follow it ("told reporters Tuesday that X").
    clause = next((c for c in candidate.cue.rights if c.dep_ in ("ccomp", "xcomp") and tokens[0].i < c.left_edge.i <= tokens[-1].i), None)
    if clause is not None:
        starts["clause"] = clause.left_edge.idx
    if tokens[0].dep_ == "cc" and len(tokens) > 1:
        starts["conjunction"] = tokens[1].idx  # "And Mrs. Clinton now holds …"
    for token in tokens[:-1]:
        # A leading adverbial set off by a comma: "In addition, …", "While he acknowledged it, …".
        if token.text == "," and token.head.i > token.i and token.i - tokens[0].i <= 12:
            starts["adverbial"] = doc[token.i + 1].idx
            break
    root = span.root
    if root.pos_ in ("NOUN", "PROPN") and root.i < tokens[-1].i:
        clause = next((c for c in root.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that"), None)
        if clause is not None:
            starts["noun"] = clause.left_edge.idx  # "concern that X" → "that X"
        inner = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in NOUN_PREPOSITIONS), None)
        if inner is not None and inner.i + 1 <= tokens[-1].i:
            starts["noun"] = doc[inner.i + 1].idx  # "a strong condemnation of X", "support for X" → "X"
    verb = tokens[1] if tokens[0].lower_ == "to" and len(tokens) > 1 else tokens[0]
    if verb.pos_ in ("VERB", "AUX") and verb.i < tokens[-1].i:
        # "to disclose X", "portraying X as …", "to comment on X" → "X"
        target = _object_of(verb)
        if target is not None and target.i <= tokens[-1].i:
            starts["verb_object"] = target.left_edge.idx
    cue_object = next((c for c in candidate.cue.rights if c.dep_ in ("dobj", "dative")), None)
    if cue_object is not None and cue_object.left_edge.idx < candidate.start:
        starts["cue_object"] = cue_object.left_edge.idx  # "nominated X to the job" → "X to the job"
    subject = cue_subject(candidate.cue)
    # A passive cue's subject is what it reports ("X was named Y", "which is seen as Y": "X … Y"), as is
    # the subject of a verb that says how it seems ("he appears uneasy", "the state seems safe").
    passive = any(c.dep_ == "nsubjpass" for c in candidate.cue.children)
    if subject is not None and subject.i < candidate.cue.i and (passive or candidate.relation in SUBJECT_RELATIONS):
        starts["subject"] = subject.left_edge.idx
    cue = candidate.cue
    if cue.dep_ in NOUN_CLAUSE_DEPS and cue.head.i < cue.i and cue.head.left_edge.idx < candidate.start:
        # A cue that modifies the noun it reports: "the contests known as Super Tuesday", "the refugees they want to admit".
        starts["modified"] = cue.head.left_edge.idx
    ends: dict[str, tuple[int, Token | None]] = {"keep": (candidate.end, None)}
    last = tokens[-1]
    for token in tokens[1:]:
        if token.text in CUT_MARKS:
            move = f"mark:{token.text}"
        elif token.dep_ in CUT_DEPS and token.right_edge.i >= last.i and token.left_edge.i == token.i:
            move = f"dep:{token.dep_}"
        elif token.dep_ in CUT_DEPS - {"conj", "cc"} and token.right_edge.i >= last.i and token.left_edge.i > tokens[0].i:
            # A phrase that runs to the end and opens before its head: "while Sanders suggests …".
            edge = token.left_edge
            ends.setdefault(f"phrase:{token.dep_}@{edge.i}", (edge.idx, edge))
            continue
        elif token.dep_ == "cc" and any(c.dep_ == "conj" and c.i > token.i and c.right_edge.i >= last.i for c in token.head.children):
            move = "conjunction"  # "a liar and NBC News" → "a liar"
        else:
            continue
        ends.setdefault(f"{move}@{token.i}", (token.idx, token))
    # The cue's next dependant after the content: "described himself" → "himself as an outsider".
    following = next((c for c in candidate.cue.rights if c.i > last.i and c.dep_ not in ("punct", "cc", "conj")), None)
    sentence = last.sent  # read once: spaCy finds a token's sentence anew on every read, checking the whole Doc
    if following is not None and following.i < sentence.end and following.left_edge.i == _next_word(last):
        ends["cue_next"] = (following.right_edge.idx + len(following.right_edge), following.left_edge)
    sentence_end = sentence.end - 1
    while sentence_end > last.i and (doc[sentence_end].is_punct or doc[sentence_end].is_space):
        sentence_end -= 1
    if sentence_end > last.i and "\n" not in text[candidate.end:doc[sentence_end].idx]:
        ends["sentence"] = (doc[sentence_end].idx + len(doc[sentence_end]), doc[last.i + 1])
    found: dict[tuple[int, int], Boundary] = {}
    for start_move, start in starts.items():
        for end_key, (end, cut) in ends.items():
            trimmed = trim(text, start, end)
            if trimmed[0] < trimmed[1] and trimmed not in found:
                found[trimmed] = Boundary(*trimmed, start_move, end_key.split("@")[0], cut)
    return list(found.values())


def _object_of(verb: Token) -> Token | None:
    """The verb's object, or the object of its first preposition."""
    for child in verb.rights:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _next_word(token: Token) -> int:
    """The index of the first token after ``token`` that is not a space."""
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].is_space:
        i += 1
    return i


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without edge punctuation or space of any kind (a no-break space too), and without the full stop that ends the
    sentence."""
    while start < end and (text[start] in EDGE_PUNCTUATION or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCTUATION or text[end - 1].isspace()
                           or (text[end - 1] in ".!?" and not text[end - 2:end - 1].isupper())):
        end -= 1
    return start, end


def boundary_features(candidate: Candidate, boundary: Boundary, text: str) -> list[str]:
    """The boundary's features as strings."""
    relation = candidate.relation.split(":")[0]
    cue = candidate.cue
    doc = cue.doc
    index, strings = DocIndex.of(doc), TokenStrings.of(doc)
    heads = strings.head  # each token's head as a token index (the root is its own head)
    lemma = strings.lemma[cue.i]
    moves = f"{boundary.start_move}|{boundary.end_move}"
    kept = text[boundary.start:boundary.end]
    words = kept.split()
    first = words[0].lower().strip("\"“'‘") if words else ""
    last_word = words[-1].lower().strip("\"”'’.,") if words else ""
    changed = text[min(boundary.end, candidate.end):max(boundary.end, candidate.end)]
    changed_words = len(changed.split())
    quoted_change = any(m in changed for m in QUOTE_MARKS)
    open_marks = sum(kept.count(m) for m in QUOTE_MARKS) % 2
    feats = [
        "bias",
        f"moves={moves}",
        f"moves|rel={moves}|{relation}",
        f"start={boundary.start_move}|{relation}",
        f"end={boundary.end_move}|{relation}",
        f"end|lemma={boundary.end_move}|{lemma}",
        f"start|lemma={boundary.start_move}|{lemma}",
        f"first|rel={first}|{relation}",
        f"last={last_word}",
        f"len={min(len(words), 60) // 4}|{boundary.end_move}",
        f"changed={min(changed_words, 30) // 3}|{boundary.end_move}",
        f"quoted_change={quoted_change}|{boundary.end_move}",
        f"marks={open_marks}|{boundary.end_move}",
        f"sentence_end={text[boundary.end:boundary.end + 1] in ('.', '?', '!')}|{boundary.end_move}",
        f"newline={chr(10) in kept}",
        f"cue_side={_side(index.token_starts[cue.i], boundary)}|{moves}|{relation}",
    ]
    span = doc.char_span(boundary.start, boundary.end, alignment_mode="expand")
    kept = None  # the content's token range and its root's head, for what lies beside it
    if span is not None and len(span):
        start, end = span.start, span.end
        root = span.root
        kept = (start, end, heads[root.i])
        first, last = start, end - 1  # the first and last token
        following = end if end < len(heads) else None
        preceding = start - 1 if start > 0 else None
        # 1 for a complete phrase; more when the boundary cuts through the parse.
        outside_heads = sum(1 for head in heads[start:end] if not start <= head < end) or 1
        feats += [
            f"lasttok={strings.lower[last]}|{strings.pos[last]}|{strings.dep[last]}",
            f"lastpos={strings.pos[last]}|{index.token_text(following) if following is not None else '</s>'}",
            f"next={strings.lower[following] if following is not None else '</s>'}|{relation}",
            f"nextpos={strings.pos[following] if following is not None else '</s>'}|{strings.dep[following] if following is not None else ''}",
            f"firsttok={strings.lower[first]}|{strings.dep[first]}|{relation}",
            f"prev={strings.lower[preceding] if preceding is not None else '<s>'}|{boundary.start_move}",
            f"heads_outside={min(outside_heads, 4)}|{relation}",
            f"heads_outside|moves={min(outside_heads, 4)}|{moves}",
            f"root={strings.dep[root.i]}|{strings.pos[root.i]}|{relation}",
            # The word classes at both edges, the marks beside them, and whether the content ends where its
            # head's phrase ends.
            f"edges={strings.pos[first]}|{strings.pos[last]}|{moves}",
            f"end_mark={_mark_after(text, boundary.end)}|{boundary.end_move}",
            f"start_mark={_mark_before(text, boundary.start)}|{boundary.start_move}",
            f"phrase_end={root.right_edge.i <= last}|{doc[heads[last]].right_edge.i <= last}|{boundary.end_move}",
            f"start_path={_path(first, cue.i, strings)}|{boundary.start_move}",
        ]
    cut = boundary.cut
    if cut is not None:
        feats += _DocReading.of(doc).cut_features(cut, boundary.end_move, cue, relation)
        end_parts = _part(doc, boundary.end, candidate.end, kept, cue)
        feats += [f"end_part={part}|{boundary.end_move}" for part in end_parts]
    if boundary.start != candidate.start:
        head = text[min(boundary.start, candidate.start):max(boundary.start, candidate.start)].split()
        feats.append(f"startwords={min(len(head), 12) // 2}|{boundary.start_move}")
        feats.append(f"startword={head[0].lower() if head else ''}|{boundary.start_move}")
        start_parts = _part(doc, boundary.start, candidate.start, kept, cue)
        feats += [f"start_part={part}|{boundary.start_move}|{relation}" for part in start_parts]
    return feats


def _cut_features(cut: Token, end_move: str, cue: Token, relation: str, strings: TokenStrings) -> list[str]:
    """The first word an end move leaves out or adds (``cut``), the word after it, and how they hang."""
    c = cut.i
    after = c + 1 if c + 1 < len(strings.head) else c
    head, after_head = strings.head[c], strings.head[after]
    feats = [
        f"cut={strings.lower[c]}|{end_move}",
        f"cutdep={strings.dep[c]}|{strings.dep[head]}|{end_move}",
        f"cutpos={strings.pos[c]}|{strings.pos[after]}|{end_move}",
        f"after={strings.lower[after]}|{end_move}",
        f"afterdep={strings.dep[after]}|{end_move}",
        f"cuthead={strings.pos[head]}|{strings.dep[after]}|{strings.dep[after_head]}",
        f"cut|rel={strings.lower[c]}|{strings.dep[after]}|{relation}",
        f"cut_by_cue={head == cue.i or after_head == cue.i}|{end_move}",
        f"cut_path={_path(c, cue.i, strings)}|{end_move}",
    ]
    prep_object = None
    if strings.dep[c] == "prep":
        prep_object = next((o.i for o in cut.children if strings.dep[o.i] == "pobj"), None)
    if prep_object is not None:  # "in a statement", "on Twitter", "on Monday"
        feats += [
            f"cut_object={strings.lower[c]}|{strings.lemma[prep_object]}|{end_move}",
            f"cut_object_kind={strings.lower[c]}|{strings.entity[prep_object] or strings.pos[prep_object]}|{end_move}",
        ]
    return feats


def _part(doc: Doc, a: int, b: int, kept: tuple[int, int, int] | None, cue: Token) -> list[str]:
    """What lies between two cuts: its head's relation and part of speech, whether it has a verb or is
    a date or time; and where its head attaches (to the content, to the cue, above both), and whether
    it holds what governs the content ("…,” he said, “…"). ``kept`` is the content's token range and
    the index of its root's head."""
    stretch = _DocReading.of(doc).stretch(min(a, b), max(a, b))
    if stretch is None:
        return ["none", "none", "none"]
    if stretch.head_of_head == stretch.head:
        attach = "root"
    elif stretch.head_of_head == cue.i:
        attach = "cue"
    elif kept is not None and kept[0] <= stretch.head_of_head < kept[1]:
        attach = "content"
    else:
        attach = "outside"
    governs = kept is not None and stretch.start <= kept[2] < stretch.end
    return [stretch.shape, f"{attach}|{governs}|{stretch.relation}", f"{stretch.clause}|{attach}"]


@dataclass(frozen=True)
class _Stretch:
    """The words between two cuts, as ``_part`` reads them whatever the content around them."""

    start: int  # token range
    end: int
    head: int  # the shallowest word, and its head
    head_of_head: int
    relation: str
    shape: str  # the head's relation and part of speech, whether there is a verb, whether all is a date, length
    clause: str  # whether it is a clause of its own: a finite verb, a subject of its head


class _DocReading(ReadOnce):
    """What boundary features read of one Doc that many boundaries share, read once: a candidate's
    boundaries are its start cuts times its end cuts, and a Doc's candidates share many cuts. Like
    DocIndex, it assumes the Doc's annotation does not change once read (the events component, which
    rewrites some lemmas, runs after quotes)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.stretches: dict[tuple[int, int], _Stretch | None] = {}
        self.cuts: dict[tuple[int, str, int, str], list[str]] = {}

    def stretch(self, start: int, end: int) -> _Stretch | None:
        """The words of characters ``[start, end)`` without punctuation and spaces, or None if there are none."""
        if (start, end) not in self.stretches:
            self.stretches[start, end] = _read_stretch(self._doc(), start, end)
        return self.stretches[start, end]

    def cut_features(self, cut: Token, end_move: str, cue: Token, relation: str) -> list[str]:
        """The features of the first word an end move leaves out or adds, and of the word after it."""
        key = (cut.i, end_move, cue.i, relation)
        if key not in self.cuts:
            self.cuts[key] = _cut_features(cut, end_move, cue, relation, TokenStrings.of(self._doc()))
        return self.cuts[key]


def _read_stretch(doc: Doc, start: int, end: int) -> _Stretch | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return None
    # The shallowest word; only a word whose head is not among them can be it.
    indices = {t.i for t in words}
    tops = [t for t in words if t.head.i == t.i or t.head.i not in indices]
    head = tops[0] if len(tops) == 1 else min(tops, key=lambda t: sum(1 for _ in t.ancestors))
    verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    when = all(t.ent_type_ in TIME_LABELS or t.pos_ == "ADP" for t in words)
    # A clause of its own (", which favor Sanders", ", but his words …") or an aside (", a signal of …").
    finite = any(t.tag_ in FINITE_TAGS for t in words)
    subject = any(c.dep_ in ANY_SUBJECT_DEPS for c in head.children)
    return _Stretch(span.start, span.end, head.i, head.head.i, head.dep_,
                    shape=f"{head.dep_}|{head.pos_}|{verb}|{when}|{min(len(words), 12) // 3}",
                    clause=f"{finite}|{subject}|{head.dep_}")


def _path(token: int, cue: int, strings: TokenStrings, limit: int = 4) -> str:
    """The relations from token ``token`` up to the cue ("pobj<prep<dobj"), or up to where it leaves the
    cue's tree; both are token indices."""
    relations = []
    while token != cue and len(relations) < limit:
        relations.append(strings.dep[token])
        if strings.head[token] == token:
            return "<".join(relations) + "<root"
        token = strings.head[token]
    return "<".join(relations) + ("" if token == cue else "<…")


def _mark_after(text: str, end: int) -> str:
    """The first character after ``end`` that is not a space: what the content stops at."""
    rest = text[end:end + 8].lstrip(" ")
    return rest[:1] if rest and not rest[0].isalnum() else "word"


def _mark_before(text: str, start: int) -> str:
    before = text[max(0, start - 8):start].rstrip(" ")
    return before[-1:] if before and not before[-1].isalnum() else "word"


def _side(cue_start: int, boundary: Boundary) -> str:
    if cue_start < boundary.start:
        return "before"
    return "inside" if cue_start < boundary.end else "after"


class BoundaryModel:
    """The trained boundary scorer as shipped in ``data/quotes_model/boundary``."""

    def __init__(self, scorer: CueModel) -> None:
        self.scorer = scorer

    @classmethod
    def load(cls) -> BoundaryModel:
        return cls(CueModel.load(BOUNDARY_DIR))

    def choose(self, candidates: list[Candidate], text: str) -> list[Candidate]:
        """Each candidate with its best-scored boundary."""
        if not candidates:
            return []
        options = [boundaries(c, text) for c in candidates]
        rows = [boundary_features(c, b, text) for c, group in zip(candidates, options) for b in group]
        scores = iter(self.scorer.scores(rows))
        chosen = []
        for candidate, group in zip(candidates, options):
            group_scores = [next(scores) for _ in group]
            best = max(range(len(group)), key=group_scores.__getitem__)
            boundary = group[best]
            chosen.append(Candidate(candidate.cue, candidate.relation, boundary.start, boundary.end))
        return chosen
