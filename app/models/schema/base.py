"""The schema's foundations: the decimal column, the per-thread database proxy, the base
model. Nothing here imports Qt."""


import contextlib
import threading
from decimal import Decimal, InvalidOperation
from typing import Iterator

import peewee as pw

from ..angka import desimal  # noqa: F401 - part of this API (app.models.schema.desimal)



JENIS = ("persentase", "jumlah", "indeks", "teks")
POLARITAS = ("positif", "negatif")


class DesimalField(pw.Field):
    """An exact decimal, stored as its text (SQLite has no decimal type; NUMERIC affinity
    would turn it into a float)."""

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if not isinstance(value, Decimal):
            try:
                value = Decimal(str(value))
            except InvalidOperation as exc:  # a programming error, not user input
                raise ValueError(f"not a decimal: {value!r}") from exc
        if not value.is_finite():
            raise ValueError(f"not a finite decimal: {value!r}")
        return str(value)

    def python_value(self, value):
        return desimal(value)


_current = threading.local()


class ThreadDatabase(pw.DatabaseProxy):
    """The models' database is the one the *current thread* is using (see :func:`using`).

    peewee's ``bind_ctx`` rebinds the model classes for every thread at once and walks the
    model graph on each call (about 1 ms); a background job with its own connection would
    then race the GUI thread. A thread-local target costs nothing and cannot race."""

    __slots__ = ()

    @property
    def obj(self):
        return getattr(_current, "db", None)

    def __setattr__(self, attr, value):
        if attr == "obj":
            _current.db = value
        else:
            object.__setattr__(self, attr, value)


database = ThreadDatabase()


@contextlib.contextmanager
def using(db: pw.Database) -> Iterator[pw.Database]:
    """Run the models against ``db`` in this thread (nests; restores the previous one)."""
    previous = getattr(_current, "db", None)
    _current.db = db
    try:
        yield db
    finally:
        _current.db = previous


class Base(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False

