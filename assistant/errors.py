"""The package's exceptions. Edges (CLI, web chat, Slack) turn them into friendly words."""


class AssistantError(Exception):
    """Base class: a problem the user can act on, with a message fit to show them."""


class InvalidQuestion(AssistantError):
    """The question is empty, too long, or not text."""


class UnsupportedDocument(AssistantError):
    """A file that cannot be ingested: wrong type, undecodable, empty or too large."""


class ConfigurationError(AssistantError):
    """A setting has a value the assistant cannot use."""


class ModelUnavailable(AssistantError):
    """The embedding model is not prepared and cannot be prepared offline."""
