"""WordNet 3.0's database files as the knowledge generators read them: synsets with their pointers, and
each lemma's senses, most frequent first. The files come from Debian's `wordnet-base` (.ci/run installs it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

WORDNET_DIR = Path("/usr/share/wordnet")
# Lexicographer file numbers (WordNet's lexnames).
EVENT_FILES = frozenset({"04", "11"})  # noun.act, noun.event
DERIVED_FORM = "+"  # the pointer symbol of a derivationally related form
INSTANCE_HYPERNYM = "@i"  # the pointer symbol of an instance's hypernym: "Kissinger" is an instance of a diplomat
HYPERNYMS = frozenset({"@", INSTANCE_HYPERNYM})  # the pointer symbols of a hypernym and an instance hypernym
SIMILAR = "&"  # an adjective's pointer to a satellite, and back to its head


@dataclass(frozen=True)
class Synset:
    lexicographer_file: str
    words: tuple[str, ...]
    # the words as WordNet writes them: a name keeps its capitals ("Carthage", "DOE"), a common noun has none
    written: tuple[str, ...]
    # (pointer symbol, target offset, target part of speech, source word number, target word number)
    pointers: tuple[tuple[str, str, str, int, int], ...]
    gloss: str
    # a verb's sentence frames as (frame number, word number): word 0 is every word of the synset
    frames: tuple[tuple[int, int], ...] = ()

    @property
    def instance(self) -> bool:
        """Whether the synset is an instance — a named person, place or thing ("Kissinger", "Freud") — not a kind."""
        return any(symbol == INSTANCE_HYPERNYM for symbol, *_ in self.pointers)


class WordNet:
    """Noun, verb and adjective synsets by offset, and each lemma's synset offsets, most frequent sense first."""

    def __init__(self, directory: Path) -> None:
        self.synsets = {pos: _read_data(directory / f"data.{pos}") for pos in ("noun", "verb", "adj")}
        self.senses = {pos: _read_index(directory / f"index.{pos}") for pos in ("noun", "verb", "adj")}

    def derived_nouns(self, verb: str, sense: str) -> list[tuple[str, str]]:
        """(noun, noun synset) pairs WordNet derives from ``verb`` in its verb synset ``sense``."""
        synset = self.synsets["verb"][sense]
        number = synset.words.index(verb) + 1
        return [(self.synsets["noun"][target].words[target_word - 1], target)
                for symbol, target, pos, source_word, target_word in synset.pointers
                if symbol == DERIVED_FORM and pos == "n" and source_word == number]

    def is_event_noun(self, noun: str, sense: str) -> bool:
        """``sense`` is the noun's most frequent sense, and an act or an event."""
        senses = self.senses["noun"].get(noun, ())
        return bool(senses) and senses[0] == sense and self.synsets["noun"][sense].lexicographer_file in EVENT_FILES

    @cached_property
    def hyponyms(self) -> dict[str, dict[str, list[str]]]:
        """Each synset's direct hyponyms and instances (a verb's troponyms), by part of speech."""
        below: dict[str, dict[str, list[str]]] = {}
        for pos, synsets in self.synsets.items():
            below[pos] = {}
            for offset, synset in synsets.items():
                for symbol, target, target_pos, _, _ in synset.pointers:
                    if symbol in HYPERNYMS and target_pos == pos[0]:
                        below[pos].setdefault(target, []).append(offset)
        return below

    def below(self, *roots: tuple[str, int], pos: str = "noun") -> set[str]:
        """The synsets at and under each root, a (lemma, sense number) pair (1 = most frequent), by hypernym
        links: nouns, or with ``pos="verb"`` verbs."""
        todo = [self.senses[pos][lemma][number - 1] for lemma, number in roots]
        inside = set(todo)
        while todo:
            for child in self.hyponyms[pos].get(todo.pop(), ()):
                if child not in inside:
                    inside.add(child)
                    todo.append(child)
        return inside

    def kinds_below(self, *roots: tuple[str, int]) -> set[str]:
        """The noun synsets at and under each root (``below``) that are kinds, not named instances."""
        return {offset for offset in self.below(*roots) if not self.synsets["noun"][offset].instance}

    def above(self, synsets: set[str], pos: str = "noun") -> set[str]:
        """The hypernyms of each of ``synsets``, up to the top, by hypernym links."""
        todo, inside = list(synsets), set()
        while todo:
            for symbol, target, target_pos, _, _ in self.synsets[pos][todo.pop()].pointers:
                if symbol in HYPERNYMS and target_pos == pos[0] and target not in inside:
                    inside.add(target)
                    todo.append(target)
        return inside

    def nouns_first_sense_in(self, synsets: set[str]) -> list[str]:
        """The plain nouns (letters only, three or more) whose most frequent sense is one of ``synsets``."""
        return [noun for noun, senses in sorted(self.senses["noun"].items())
                if noun.isalpha() and len(noun) > 2 and senses[0] in synsets]

    def adjective_cluster(self, lemma: str) -> set[str]:
        """The first sense of the adjective ``lemma``'s head synset and the satellites WordNet lists as similar to
        it ("illegal": extrajudicial, criminal, ...)."""
        head = self.senses["adj"][lemma][0]
        return {head} | {target for symbol, target, _, _, _ in self.synsets["adj"][head].pointers if symbol == SIMILAR}

    def adjectives_first_sense_in(self, synsets: set[str]) -> list[str]:
        """The adjectives (letters and hyphens, "_" between words) whose most frequent sense is one of ``synsets``."""
        return [adjective for adjective, senses in sorted(self.senses["adj"].items())
                if adjective.replace("-", "").replace("_", "").isalpha() and senses[0] in synsets]

    def lower_case_words(self, offset: str, pos: str = "noun") -> set[str]:
        """The words of a synset that WordNet writes without capitals: common nouns, not names or acronyms."""
        return {word for word in self.synsets[pos][offset].written if word.islower()}

    def noun_files(self, noun: str) -> list[str]:
        """The lexicographer files of the noun's senses, most frequent first."""
        return [self.synsets["noun"][sense].lexicographer_file for sense in self.senses["noun"].get(noun, ())]


def tagged_sense_counts(directory: Path, pos: str) -> dict[str, int]:
    """Each lemma's tagsense_cnt (index.{pos}): how many of its senses the Brown Corpus semantic concordance tags,
    WordNet's own measure of how common a word is."""
    counts = {}
    with (directory / f"index.{pos}").open(encoding="latin-1") as lines:
        for line in lines:
            if not line.startswith("  "):
                fields = line.split()
                counts[fields[0]] = int(fields[5 + int(fields[3])])
    return counts


def tagged_counts(directory: Path, pos: str) -> dict[str, int]:
    """How often the semantic concordance tags each lemma in all its senses of ``pos`` (cntlist.rev: sense key,
    sense number, count): "hope" 120, "hop" 9, where both have three senses tagged."""
    number = {"noun": "1", "verb": "2"}[pos]
    counts: dict[str, int] = {}
    with (directory / "cntlist.rev").open(encoding="latin-1") as lines:
        for line in lines:
            key, _, count = line.split()
            lemma, sense = key.split("%")
            if sense.startswith(number + ":"):
                counts[lemma] = counts.get(lemma, 0) + int(count)
    return counts


def _read_data(path: Path) -> dict[str, Synset]:
    synsets = {}
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):  # the licence header
                continue
            head, gloss = line.split(" | ", 1)
            fields = head.split()
            word_count = int(fields[3], 16)
            # an adjective may carry where it stands: "trumped-up(a)", attributive only
            written = tuple(fields[4 + 2 * i].split("(")[0] for i in range(word_count))
            words = tuple(word.lower() for word in written)
            at = 4 + 2 * word_count
            pointers = tuple(
                (symbol, offset, pos, int(numbers[:2], 16), int(numbers[2:], 16))
                for symbol, offset, pos, numbers in (fields[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(fields[at]))))
            at += 1 + 4 * len(pointers)
            # only a verb's line goes on: "+ frame word" triples after their count
            frames = tuple((int(fields[at + 2 + 3 * k]), int(fields[at + 3 + 3 * k], 16))
                           for k in range(int(fields[at]))) if at < len(fields) else ()
            synsets[fields[0]] = Synset(fields[1], words, written, pointers, gloss.strip(), frames)
    return synsets


def _read_index(path: Path) -> dict[str, tuple[str, ...]]:
    senses = {}
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if not line.startswith("  "):
                fields = line.split()
                senses[fields[0]] = tuple(fields[-int(fields[2]):])
    return senses
