"""Who is working: the operator's name recorded in the history and the computer's name
shown to a second user of the file."""

from __future__ import annotations

import os


def computer_name() -> str:
    """The computer's name (without importing socket, whose import costs the start-up)."""
    uname = getattr(os, "uname", None)
    return uname().nodename if uname is not None else os.environ.get("COMPUTERNAME", "?")


def default_operator() -> str:
    """The Windows (or Linux) user name; the settings may name an operator instead."""
    for name in ("USERNAME", "USER", "LOGNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # getpass fails without a user database entry
        return "?"
