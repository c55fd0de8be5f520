"""Errors a user can cause and fix. Each carries one readable line; no traceback reaches a user."""


class DeskError(Exception):
    """A user-facing error: ``str(err)`` is one line that says what went wrong and where."""


class InputError(DeskError):
    """Bad input: an unreadable file, an unknown format, a malformed argument."""


class NotFoundError(DeskError):
    """Something named by the user does not exist (a customer, a case, a file)."""


class Cancelled(DeskError):
    """The user cancelled a long task; whatever it had written was rolled back."""

    def __init__(self, message: str = "cancelled; nothing was changed") -> None:
        super().__init__(message)
