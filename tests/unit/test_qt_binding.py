"""Guards against a Qt binding that corrupts the interpreter over a long session."""

import sys

from PySide6.QtWidgets import QWidget


def test_calls_returning_none_keep_none_alive(qapp):
    """PySide6 6.12 on Python 3.11 decrements None's refcount on each void call; after some
    thousands of repaints the app aborts with 'deallocating None'."""
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) - before > -100
