"""Every user-facing failure, each with a code and a sentence that says what to do."""

from __future__ import annotations

from functools import partial


class ParleyError(Exception):
    """Base class: ``str(error)`` is the whole message, code first."""

    code = "E000"
    template = "{detail}"

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        super().__init__(f"{self.code}: " + self.template.format(**fields))

    def __reduce__(self):  # rebuilt from its fields when it crosses to another process (Ray)
        return partial(type(self), **self.fields), ()


class InputError(ParleyError):
    """An input that cannot become a document; other inputs still go through."""


class PathNotFound(InputError):
    code = "E001"
    template = "{path} does not exist; check the path or the current directory."


class EmptyInput(InputError):
    code = "E002"
    template = "{path} is empty; parley needs at least one character of text."


class BlankInput(InputError):
    code = "E003"
    template = "{path} holds only whitespace; parley needs some text to read."


class BinaryInput(InputError):
    code = "E004"
    template = "{path} looks like a binary file ({reason}); give parley text, HTML or JSON Lines."


class UndecodableInput(InputError):
    code = "E005"
    template = "{path} is not in any text encoding parley can detect; save it as UTF-8 and retry."


class MalformedRecord(InputError):
    code = "E006"
    template = "{path}, line {line}: {reason}; each line must be one JSON object with 'id' and 'text'."


class NoMainText(InputError):
    code = "E007"
    template = "{path}: found no article text in this HTML; is it a full page with a body?"


class InputTooLarge(InputError):
    code = "E008"
    template = (
        "{path} holds {size:,} characters, over the limit of {limit:,}; split it into articles "
        "(one per file or per JSON line) or raise --max-chars."
    )


class InvalidDate(ParleyError):
    code = "E009"
    template = "{value!r} is not a date parley can read ({where}); use YYYY-MM-DD, e.g. 2025-07-23."


class StoreUnavailable(ParleyError):
    code = "E011"
    template = "cannot open the database {path}: {reason}. Choose a writable path with --db."


class DocumentNotFound(ParleyError):
    code = "E012"
    template = "no document with id {doc_id!r} in {path}; `parley search` lists what is there."


class BadQuery(ParleyError):
    code = "E013"
    template = "cannot search for {query!r}: {reason}."


class ModelNotInstalled(ParleyError):
    code = "E014"
    template = (
        "the spaCy model {name!r} is not installed; run `uv sync`, or set PARLEY_SPACY_MODEL "
        "to an installed model."
    )


class OutputUnwritable(ParleyError):
    code = "E015"
    template = "cannot write {path}: {reason}; give -o a file name in a folder that exists."


class DatabaseNotFound(ParleyError):
    code = "E016"
    template = "there is no database at {path}; check --db, or create one with `parley ingest FILES --db {path}`."


class DriverNotInstalled(ParleyError):
    code = "E017"
    template = (
        "{url} needs the Python module {module!r}, which is not installed; install parley with its "
        "{extra} extra: `uv sync --extra {extra}` or `pip install 'parley[{extra}]'`."
    )


class AmbiguousId(ParleyError):
    code = "E018"
    template = "{prefix!r} begins {count} document ids in {path}: {candidates}; give more of the id."


class InvalidCharacters(InputError):
    code = "E019"
    template = (
        "{path}: {field} holds a lone surrogate ({char}) at character {position}, which is not text; "
        "fix that escape in the source. The other records still go through."
    )


class SkippedInput(InputError):
    """An input left out because the command line asked for it: reported as a warning, not a failure."""


class OtherLanguage(SkippedInput):
    code = "E020"
    template = "{path} looks like {language}, not English; skipped as --skip-other-languages asks."


class IdTaken(ParleyError):
    code = "E021"
    template = (
        "document id {doc_id!r} is already stored in {path} with a different text; give this "
        "document another id, or leave its id out to use its text's hash."
    )


class NulCharacter(ParleyError):
    code = "E022"
    template = (
        "document {doc_id!r} holds a NUL character (U+0000) in its {field}, which PostgreSQL cannot "
        "store; remove it from the source. The other documents are stored."
    )
