"""Declaring the C functions the ctypes backends call (Win32, Quartz, Carbon)."""

from __future__ import annotations

from typing import Any

Prototypes = dict[str, tuple[Any, list[Any]]]
"""Function name → (result type, argument types)."""


def declare(library: Any, prototypes: Prototypes) -> Any:
    """Give each function its real argument and result types: without them ctypes passes and
    returns C ints, which truncates handles and pointers on 64-bit systems."""
    for name, (restype, argtypes) in prototypes.items():
        function = getattr(library, name)
        function.restype, function.argtypes = restype, argtypes
    return library
