"""The dataclasses' compiled methods kept between runs of the command line
(app.models.cache_kode): the classes made from the cache are those made without it, the
texts are not compiled again on the next start, and a damaged cache only costs time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import dataclasses, json, sys
from app.models import cache_kode

SRC = """
import dataclasses, datetime
from decimal import Decimal

@dataclasses.dataclass(frozen=True, slots=True)
class Beku:
    id: int
    nama: str = ""
    nilai: Decimal | None = None
    daftar: tuple = ()

@dataclasses.dataclass(order=True)
class Biasa:
    a: int
    b: list = dataclasses.field(default_factory=list)
    c: datetime.date = datetime.date(2021, 11, 1)
"""


def make(future):
    import types

    mod = sys.modules["contoh"] = types.ModuleType("contoh")
    exec(compile(("from __future__ import annotations\n" if future else "") + SRC, "contoh.py", "exec"), vars(mod))
    return mod.Beku, mod.Biasa


def facts(classes):
    Beku, Biasa = classes
    out = {}
    for cls in (Beku, Biasa):
        for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__"):
            f = cls.__dict__.get(name)
            code = getattr(f, "__code__", None)
            out[f"{cls.__name__}.{name}"] = None if code is None else [
                code.co_code.hex(), repr(code.co_consts), code.co_names, code.co_varnames, code.co_filename,
                f.__qualname__, repr(f.__defaults__), f.__globals__.get("__name__")]
    b = Beku(1, "x")
    try:
        b.nama = "y"
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    out["behaviour"] = [repr(b), b == Beku(1, "x"), hash(b) == hash(Beku(1, "x")), frozen, repr(Biasa(2)),
                        Biasa(1) < Biasa(2), Beku.__doc__, Biasa.__doc__]
    return out


before = [facts(make(True)), facts(make(False))]
if sys.argv[1] == "pasang":
    cache_kode.pasang()
after = [facts(make(True)), facts(make(False))]
print(json.dumps({"same": before == after, "baru": cache_kode._state["baru"],
                  "known": len(cache_kode._state["kode"] or {})}))
cache_kode.simpan()
'''


def _child(tmp_path, mode="pasang"):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KINERJA_CACHE_DIR": str(tmp_path / "cache")}
    r = subprocess.run([sys.executable, "-c", CHILD, mode], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _file(tmp_path) -> Path:
    (file,) = (tmp_path / "cache" / "kode").iterdir()
    return file


def test_classes_from_the_cache_are_the_classes_exec_makes(tmp_path):
    first = _child(tmp_path)
    assert first["same"] and first["baru"] and first["known"] >= 10  # compiled, kept
    again = _child(tmp_path)
    assert again["same"] and not again["baru"] and again["known"] == first["known"]  # nothing compiled anew


def test_a_damaged_or_foreign_cache_only_costs_time(tmp_path):
    _child(tmp_path)
    file = _file(tmp_path)
    good = file.read_bytes()
    for damage in (b"", b"sampah", good[: len(good) // 2], good[:-1] + bytes([good[-1] ^ 1]), b"KNJK1" + b"\0" * 40):
        file.write_bytes(damage)
        r = _child(tmp_path)
        assert r["same"] and r["baru"]
        assert file.read_bytes() != damage  # written again, whole
    assert _child(tmp_path)["baru"] is False


def test_an_unwritable_cache_folder_only_costs_time(tmp_path):
    (tmp_path / "cache").write_text("bukan folder")
    r = _child(tmp_path)
    assert r["same"] and r["baru"]
    assert (tmp_path / "cache").read_text() == "bukan folder"


def test_without_pasang_nothing_is_kept(tmp_path):
    r = _child(tmp_path, "tanpa")
    assert r["same"] and r["known"] == 0 and not (tmp_path / "cache").exists()


def test_a_print_keeps_its_compiled_methods_for_the_next_print(sample_path, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KINERJA_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "app", "--db", str(sample_path), "print", "sk", "--out", str(tmp_path / "sk.pdf")]
    assert subprocess.run(cmd, env=env, capture_output=True, timeout=60).returncode == 0
    file = _file(tmp_path)
    stamp = file.stat().st_mtime_ns
    assert subprocess.run(cmd, env=env, capture_output=True, timeout=60).returncode == 0
    assert file.stat().st_mtime_ns == stamp  # everything found: nothing to write
