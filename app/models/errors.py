"""Expected failures, one family, each carrying a message in plain Indonesian; and the
reason of an operating-system error, told by its number, in Indonesian. (The engine's own
errors are told by the engine: :mod:`app.models.sqlite.errors`.)

A KinerjaError is shown as it is. Anything else is a bug and reaches the crash handler —
except that the command line and the store first ask the engine whether it is an error of
the database file itself (disk full, read-only, damaged) and say so in Indonesian.
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


class BerkasRusak(BerkasDitolak):
    """A file of this app that is damaged (still so after SQLite played back any journal a
    power cut left): ``kinerja check`` exits 1, the window offers the newest good backup."""


class BerkasTerkunci(KinerjaError):
    """The database is open in another copy of the app (the one-writer lock is held)."""


class InputTidakValid(KinerjaError):
    """Bad input from the user: nothing was stored."""


class DataTidakDitemukan(KinerjaError):
    """The item asked for is not (or no longer) in the database."""


class Dibatalkan(KinerjaError):
    """Long work the user cancelled before it was stored: nothing of it was written."""


# --------------------------------------------------------------------------- classification
# By error number and SQLite's result code, never by the (often English) message text.

_OS_ALASAN = {
    2: "berkas atau folder itu tidak ada (flashdisk dicabut?)",
    5: "perangkat tidak dapat dibaca atau ditulis (flashdisk dicabut atau rusak?)",
    13: "tidak ada izin untuk berkas atau folder itu",
    17: "berkas itu sudah ada",
    20: "salah satu bagian jalurnya bukan folder",
    21: "itu sebuah folder, bukan berkas",
    22: "nama berkas itu tidak sah",
    24: "terlalu banyak berkas terbuka; tutup aplikasi lain lalu coba lagi",
    27: "berkas terlalu besar",
    28: "disk atau flashdisk penuh",
    30: "folder itu hanya-baca (flashdisk terkunci?)",
    32: "berkas itu sedang dipakai program lain",
    36: "nama atau jalurnya terlalu panjang",
    39: "folder itu tidak kosong",
    122: "kuota disk habis",
}


def alasan_os(exc: OSError) -> str:
    """The reason of an operating-system error, in Indonesian (never the system's English
    ``strerror``). Windows' sharing violation (winerror 32/33) is "sedang dipakai"."""
    winerror = getattr(exc, "winerror", None)
    if winerror in (32, 33):
        return _OS_ALASAN[32]
    if winerror == 112:
        return _OS_ALASAN[28]
    return _OS_ALASAN.get(exc.errno or 0, f"kesalahan sistem nomor {exc.errno or winerror or '?'}")
