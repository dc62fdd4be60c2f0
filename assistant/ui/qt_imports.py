"""Keeping PySide6's import hook from holding the source of every later-imported module.

After PySide6 is imported, shibokensupport.feature checks each newly imported module for
PySide6 usage with ``inspect.getsource()``, which keeps the whole source text in linecache:
about 20 MB for the modules Huashu loads after Qt. The same question is answered here by
scanning the file's bytes, keeping nothing.
"""

from __future__ import annotations

import sys


def lighten_import_hook() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "huashu", False):
        return False

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.huashu = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
