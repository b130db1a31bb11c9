"""The named mutex the Windows installer looks for.

While the window runs, the app holds ``Local\\KinerjaKecamatan`` (a per-session name); the
setup and the uninstaller (installer/windows/kinerja.nsi) open it to learn that the app is
still running and refuse to replace or remove its files until it is closed. Windows closes
the handle when the process ends, however it ends. Elsewhere (Linux) this does nothing.
"""

from __future__ import annotations

import sys

MUTEX_NAME = "Local\\KinerjaKecamatan"  # the same name as KINERJA_MUTEX in kinerja.nsi

_handle: int | None = None


def hold() -> int | None:
    """Create (or open, when another copy runs) the named mutex and keep its handle for the
    life of the process. Returns the handle, or None off Windows or when it failed (the app
    runs anyway; only the installer's check is lost)."""
    global _handle
    if sys.platform != "win32":
        return None
    if _handle is None:
        import ctypes
        from ctypes import wintypes

        create = ctypes.WinDLL("kernel32", use_last_error=True).CreateMutexW
        create.argtypes = [ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR]
        create.restype = wintypes.HANDLE
        _handle = create(None, False, MUTEX_NAME) or None
    return _handle
