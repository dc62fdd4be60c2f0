"""Everything that depends on the operating system, behind small interfaces (see ``base``).

``base`` defines what the services need; ``fake`` implements it in memory for tests; ``x11``,
``windows`` and ``macos`` are the real desktops; ``hotkey`` is the pynput global hotkey and
``qt_clipboard`` the clipboard every desktop shares through Qt.
"""
