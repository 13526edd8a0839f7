"""Errors that end a run with a one-line message (exit code 2 in the CLI, 4xx in the API)."""


class TermcheckError(Exception):
    """Base of every user-facing error; str(err) is the one line shown to the user."""


class InputError(TermcheckError):
    """A document could not be read: missing, binary, undecodable, malformed."""


class ConfigError(TermcheckError):
    """A configuration file is broken."""


class RuleLoadError(TermcheckError):
    """A rule pack is broken; names the file, line and rule id."""

    def __init__(self, path, message, line=None, rule_id=None):
        self.path, self.line, self.rule_id = path, line, rule_id
        where = str(path) + (f":{line}" if line else "")
        who = f" rule {rule_id}:" if rule_id else ""
        super().__init__(f"{where}:{who} {message}")


class GlossaryError(TermcheckError):
    """A glossary is broken; names the file, line and entry."""


class CheckTimeout(TermcheckError):
    """A pattern or check ran past its time budget."""
