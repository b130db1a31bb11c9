"""Expected failures, one family, each carrying a message in plain Indonesian.

Anything that is *not* a KinerjaError is a bug and reaches the crash handler.
"""


class KinerjaError(Exception):
    """An expected failure whose message can be shown to the user as it is."""

    def __init__(self, pesan: str):
        super().__init__(pesan)
        self.pesan = pesan

    def __str__(self) -> str:
        return self.pesan


class BerkasDitolak(KinerjaError):
    """A database file that this app will not open (and has not touched)."""


class InputTidakValid(KinerjaError):
    """Bad input from the user: nothing was stored."""


class DataTidakDitemukan(KinerjaError):
    """The item asked for is not (or no longer) in the database."""
