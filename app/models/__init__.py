"""Qt-free core: schema, store, business rules, reports data."""
