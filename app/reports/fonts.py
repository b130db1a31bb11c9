"""The bundled TrueType faces, parsed once per computer.

ReportLab reads a face's tables (cmap, widths, glyph offsets) on every start: ~15 ms a face
for DejaVu Sans Condensed, a tenth of a short print. What it extracts is kept in a cache
file in the user's cache folder (never beside the font: the app is installed read-only in
Program Files), keyed by the font file's size and modification time, ReportLab's version
and Python's (the file is ``marshal`` data, no code), and checked by a CRC. The cache is
written atomically (a temporary file renamed over it); a missing, stale, corrupt or
unwritable cache only means the face is parsed as before. The face built from the cache
holds the same attributes as a parsed one, the font file's bytes read again (subsetting
copies glyphs from them), so the PDF is byte for byte the same; the one attribute only the
parsing itself reads (``glyphToChar``) is decoded when first asked for.

:class:`KinerjaFont` also remembers string widths: a table measures the same words and
cells again and again (measured, then drawn).
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version as RL_VERSION
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from .. import paths

_MAGIC = b"KNJF2"
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")  # TTFNameBytes
_SKIP = ("_ttf_data", "_pdfScale", *_NAMES)
_LAZY = ("glyphToChar",)  # read by ReportLab only while it parses a face: kept encoded until asked for
_WIDTHS_KEPT = 50_000  # remembered string widths per font (then forgotten: memory stays bounded)


def cache_dir() -> Path:
    """``KINERJA_CACHE_DIR``; else beside the data of ``KINERJA_DATA_DIR`` (tests, portable
    use); else the user's cache folder (%LOCALAPPDATA%\\KinerjaKecamatan\\Cache on Windows,
    ~/.cache/KinerjaKecamatan on Linux; platformdirs would cost a print 12 ms to import)."""
    if os.environ.get("KINERJA_CACHE_DIR"):
        return Path(os.environ["KINERJA_CACHE_DIR"])
    if os.environ.get("KINERJA_DATA_DIR"):
        return Path(os.environ["KINERJA_DATA_DIR"]) / "cache"
    app = paths.APP_DIR_NAME
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / app / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / app
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / app


def _key(font: Path) -> str:
    st = font.stat()
    return f"{font.name}|{st.st_size}|{st.st_mtime_ns}|reportlab {RL_VERSION}|{sys.version_info[:2]}|{marshal.version}"


def _cache_file(font: Path) -> Path:
    return cache_dir() / "fonts" / f"{font.stem}.metrics"


def _scale(units_per_em: int):
    """The face's ``_pdfScale``, as ReportLab's ``extractInfo`` makes it."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _read(font: Path) -> dict | None:
    """The cached attributes of ``font``'s face, or None (no cache, stale, corrupt)."""
    try:
        raw = _cache_file(font).read_bytes()
        head, crc, payload = raw[:len(_MAGIC)], raw[len(_MAGIC):len(_MAGIC) + 4], raw[len(_MAGIC) + 4:]
        if head != _MAGIC or int.from_bytes(crc, "big") != zlib.crc32(payload):
            return None
        key, attrs, lazy = marshal.loads(payload)
        if key != _key(font) or not isinstance(attrs, dict) or not isinstance(attrs.get("charWidths"), dict) \
                or not isinstance(lazy, dict) or sorted(lazy) != sorted(_LAZY):
            return None
        return {**attrs, "_lazy": lazy}
    except (OSError, ValueError, EOFError, TypeError):
        return None


def _write(font: Path, face: TTFontFace) -> None:
    """Keep ``face``'s attributes for the next start; silently nothing when the folder is
    not writable or the face holds something marshal cannot keep."""
    attrs = {k: v for k, v in face.__dict__.items() if k not in _SKIP and k not in _LAZY}
    attrs.update({k: bytes(face.__dict__[k]) for k in _NAMES})
    target = _cache_file(font)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps((_key(font), attrs, {k: marshal.dumps(face.__dict__[k]) for k in _LAZY}))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, target)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass


class _CachedFace(TTFontFace):
    """A face from the cache: the attributes of :data:`_LAZY` (~a quarter of the cache's
    decoding, which no print reads) decoded when first read, then plain attributes."""

    def __getattr__(self, name: str):
        lazy = self.__dict__.get("_lazy")
        if lazy is None or name not in lazy:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = self.__dict__[name] = marshal.loads(lazy.pop(name))
        if not lazy:
            del self.__dict__["_lazy"]
        return value


def _face_from(attrs: dict, font: Path) -> TTFontFace:
    face = _CachedFace.__new__(_CachedFace)
    face.__dict__.update(attrs)
    for k in _NAMES:
        face.__dict__[k] = TTFNameBytes(attrs[k])
    face._ttf_data = font.read_bytes()
    face._pdfScale = _scale(attrs["unitsPerEm"])
    return face


def load_face(font: Path) -> TTFontFace:
    """The face of ``font``: from the cache, else parsed (and cached)."""
    attrs = _read(font)
    if attrs is not None:
        try:
            return _face_from(attrs, font)
        except (OSError, KeyError, TypeError, ValueError):
            pass
    face = TTFontFace(str(font))
    _write(font, face)
    return face


class KinerjaFont(TTFont):
    """A TTFont over a face from :func:`load_face` (what ``TTFont.__init__`` sets, the face
    not parsed again), remembering the widths it measured."""

    def __init__(self, name: str, font: Path):  # noqa: D107 - TTFont.__init__ without parsing
        self.fontName = name
        self.face = load_face(font)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, g) for g in rl_config.unShapedFontGlob)
        self._widths: dict = {}

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 - ReportLab's name
        key = (text, size, encoding)
        try:
            return self._widths[key]
        except KeyError:
            pass
        if len(self._widths) >= _WIDTHS_KEPT:
            self._widths.clear()
        w = self._widths[key] = super().stringWidth(text, size, encoding)
        return w
