"""The compiled methods of the dataclasses, kept between runs of the command line.

A ``@dataclass`` writes its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and, frozen,
``__setattr__``/``__delattr__``) as source text and compiles it with ``exec`` when its module
is imported: for the ~35 data classes of a print that is ~12 % of a short print's work,
the same texts compiled again on every start. :func:`pasang` lets ``dataclasses`` find the
code compiled from the same text (and the same compiler flags) in a cache file of the
user's cache folder, ``marshal`` data keyed by Python's bytecode version and checked by a
CRC, written atomically at the end (:func:`simpan`). The functions made are those ``exec``
makes from the text: the same code, the same globals and namespace. A missing, stale,
corrupt or unwritable cache only means the texts are compiled as before. Only ``exec`` of
``dataclasses`` is touched, only for the command line (a process that starts often)."""

from __future__ import annotations

import __future__
import atexit
import builtins
import marshal
import os
import sys
import zlib
from importlib._bootstrap_external import MAGIC_NUMBER
from pathlib import Path

from .. import paths

_MAGIC = b"KNJK1"
_FUTURE = 0
for _name in __future__.all_feature_names:
    _FUTURE |= getattr(__future__, _name).compiler_flag
_KEPT = 2_000  # texts kept at most (a bound: a process that makes classes on the fly)

_state: dict = {"file": None, "kode": None, "baru": False}


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


def _key() -> tuple:
    return MAGIC_NUMBER, sys.version, marshal.version


def _read(file: Path) -> dict:
    try:
        raw = file.read_bytes()
        head, crc, payload = raw[:len(_MAGIC)], raw[len(_MAGIC):len(_MAGIC) + 4], raw[len(_MAGIC) + 4:]
        if head != _MAGIC or int.from_bytes(crc, "big") != zlib.crc32(payload):
            return {}
        key, kode = marshal.loads(payload)
        return kode if key == _key() and isinstance(kode, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _exec(source, globals=None, locals=None, /, **kw):  # noqa: A002 - exec's own names
    """``exec`` for ``dataclasses``: a text compiled before is not compiled again."""
    frame = sys._getframe(1)
    if globals is None:  # exec then takes its caller's namespace: dataclasses', not ours
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if isinstance(source, str) and _state["file"] is not None:
        kode = _state["kode"]
        if kode is None:
            kode = _state["kode"] = _read(_state["file"])
        flags = frame.f_code.co_flags & _FUTURE  # exec inherits its caller's __future__ flags
        code = kode.get((flags, source))
        if code is None:
            code = compile(source, "<string>", "exec", flags=flags, dont_inherit=True)
            if len(kode) < _KEPT:
                kode[(flags, source)] = code
                _state["baru"] = True
        source = code
    return builtins.exec(source, globals, locals, **kw)


def pasang() -> None:
    """From now on, the dataclasses made in this process take their compiled methods from
    the cache (in the cache folder of this moment); it is written at the process's end."""
    import dataclasses

    if _state["file"] is not None or "exec" in vars(dataclasses):
        return
    _state["file"] = cache_dir() / "kode" / f"dataclasses-{sys.implementation.cache_tag}.kode"
    dataclasses.exec = _exec
    atexit.register(simpan)


def simpan() -> None:
    """Write what was compiled anew (atomically; silently nothing when not writable)."""
    file, kode = _state["file"], _state["kode"]
    if file is None or not kode or not _state["baru"]:
        return
    _state["baru"] = False
    tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps((_key(), kode))
        file.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, file)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
