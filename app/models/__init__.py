"""Qt-free core: schema, store, business rules, reports data. What only SQLite does is in
:mod:`app.models.sqlite`, behind :mod:`app.models.engine`."""
