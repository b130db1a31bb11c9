"""Which engine holds a database (:mod:`app.models.engine` says what an engine does)."""

from __future__ import annotations

import os
import re
from typing import Any

from .engine import Engine, EngineNotSupported

# A PostgreSQL address ("postgresql://user@server/kinerja"), also once a Path has made its
# "//" one "/".
_POSTGRESQL = re.compile(r"^postgres(?:ql)?:[/\\]", re.IGNORECASE)


def engine_for(target: Any) -> Engine:
    """The engine of a database: a ``postgresql://`` address is refused for now with a
    clear message; anything else is the path of a SQLite file."""
    if _POSTGRESQL.match(target if isinstance(target, str) else os.fspath(target)):
        raise EngineNotSupported(
            "Basis data PostgreSQL (alamat postgresql://…) belum didukung oleh versi aplikasi ini. "
            "Pakai berkas data kinerja.db di komputer ini atau di folder bersama, lalu coba lagi.")
    from .sqlite import ENGINE

    return ENGINE
