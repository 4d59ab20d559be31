"""rasd's errors: each says what failed, where, and what to try."""


class RasdError(Exception):
    """Base class: the CLI prints these as one line and exits non-zero."""


class InputError(RasdError):
    """An input file or record could not be read."""


class LexiconError(RasdError):
    """A lexicon data file is malformed (names file, line and entry)."""


class GazetteerError(RasdError):
    """The compiled gazetteer is missing or unreadable."""
