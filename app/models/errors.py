"""Expected failures, one family, each carrying a message in plain Indonesian; and the
reasons of operating-system and SQLite errors, told by number, in Indonesian.

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


class BerkasRusak(BerkasDitolak):
    """A file of this app that is damaged (still so after SQLite played back any journal a
    power cut left): ``kinerja check`` exits 1, the window offers the newest good backup."""


class InputTidakValid(KinerjaError):
    """Bad input from the user: nothing was stored."""


class DataTidakDitemukan(KinerjaError):
    """The item asked for is not (or no longer) in the database."""


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


def sqlite_error(exc: BaseException) -> BaseException | None:
    """The ``sqlite3`` exception behind ``exc`` (peewee keeps it as ``orig`` and as the
    context), or None."""
    import sqlite3

    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, sqlite3.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return None


# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CORRUPT = 3, 5, 6, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_NOTADB = 13, 14, 8, 26

_SQLITE_ALASAN = {
    SQLITE_PERM: "tidak ada izin untuk berkas itu",
    SQLITE_BUSY: "berkas sedang dipakai program lain; coba lagi sebentar lagi",
    SQLITE_LOCKED: "berkas sedang dipakai; coba lagi sebentar lagi",
    SQLITE_READONLY: "berkas atau foldernya hanya-baca",
    SQLITE_IOERR: "berkas tidak dapat dibaca atau ditulis (flashdisk dicabut atau disk rusak?)",
    SQLITE_CORRUPT: "berkas basis data rusak",
    SQLITE_FULL: "disk atau flashdisk penuh",
    SQLITE_CANTOPEN: "berkas tidak dapat dibuka (tidak ada, atau tidak ada izin)",
    SQLITE_NOTADB: "berkas itu bukan basis data",
}


def sqlite_codes(exc: BaseException) -> set[int]:
    """Every primary result code along ``exc``'s chain: a failed ROLLBACK after a full disk
    ("no transaction is active") carries the FULL error as its context."""
    import sqlite3

    codes, seen = set(), 0
    while exc is not None and seen < 8:
        code = getattr(exc, "sqlite_errorcode", None) if isinstance(exc, sqlite3.Error) else None
        if code is not None:
            codes.add(code & 0xFF)
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return codes


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (or of the sqlite3 error behind it)."""
    inner = sqlite_error(exc)
    code = getattr(inner, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def alasan_sqlite(exc: BaseException) -> str:
    """The reason of a SQLite error, in Indonesian, from its result code."""
    code = sqlite_code(exc)
    if code is None:
        return "kesalahan basis data"
    return _SQLITE_ALASAN.get(code, f"kesalahan basis data (kode {code})")
