"""ReportLab's import made cheaper, with nothing it does changed.

Importing ``reportlab.platypus.paragraph`` compiles a URL pattern (case-insensitive over all
of Unicode: about 55 ms, a third of ReportLab's import) that is used only to hyphenate
URLs, which no document of ours asks for, and ``reportlab.lib.textsplit`` one for wrapping
CJK text (~5 ms). :func:`import_paragraph` lets these ``re.compile`` calls return patterns
compiled when first used; ``re``'s own cache keeps no trace of them afterwards. Another
Python or ReportLab (a pattern or ``re``'s cache changed) simply compiles them at import,
as before.

ReportLab also imports Pillow's ``PIL.Image`` at once (~16 ms), needed only for a scanned
signature or stamp: :func:`defer_pil` makes it a module that loads on first use.
"""

from __future__ import annotations

import re
import sys
from importlib import import_module

# reportlab/platypus/paragraph.py, ``uri_pat`` (ReportLab 4.x-5.x), flags re.I
URI_PATTERN = (
    '(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]'
    '\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z\xa1-\uffff0-9](?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9]'
    ')?(?:\\.(?!-)[a-z\xa1-\uffff0-9-]{1,63}(?<!-))*\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?'
    '|localhost))(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\Z'
)
CJK_PATTERN = "([\u2e80-\uffff])"  # reportlab/lib/textsplit.py, ``rx``, flags re.UNICODE
LAZY = ((URI_PATTERN, re.IGNORECASE), (CJK_PATTERN, re.UNICODE))


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)``; compiles on first use."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            if compiled is self:  # used while still standing in re's cache: leave it
                del re._cache[(str, self.pattern, int(self.flags))]
                compiled = re.compile(self.pattern, self.flags)
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)


def import_paragraph() -> None:
    """Import ``reportlab.platypus`` (and its paragraph module) without compiling the
    patterns of :data:`LAZY` now."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    defer_pil()
    cache = getattr(re, "_cache", None)
    lazy = {(str, p, int(f)): LazyPattern(p, f) for p, f in LAZY} if isinstance(cache, dict) else {}
    for key, pattern in lazy.items():
        cache[key] = pattern
    try:
        import_module("reportlab.platypus")  # imports the paragraph module
    finally:
        for key, pattern in lazy.items():
            if cache.get(key) is pattern:
                del cache[key]


def defer_pil() -> None:
    """``PIL.Image`` loaded when first used (importlib's LazyLoader); as before where that
    cannot be done (already imported, no Pillow, a loader without ``exec_module``)."""
    if "PIL.Image" in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec("PIL.Image")
        if spec is None or spec.loader is None:
            return
        spec.loader = importlib.util.LazyLoader(spec.loader)
    except (ImportError, ValueError, TypeError):
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    spec.loader.exec_module(module)
    sys.modules["PIL"].Image = module
