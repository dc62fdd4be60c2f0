"""Everything that depends on the operating system, behind small interfaces (see ``base``).

``base`` defines what the services need; ``fake`` implements it in memory for tests; ``x11``,
``windows`` and ``macos`` are the real desktops; the global hotkey is pynput's on X11
(``hotkey``), ``RegisterHotKey`` on Windows (``windows_hotkey``, with the Win32 declarations in
``win32``) and a Carbon hot key on macOS (``mac_hotkey``, with Quartz and the Accessibility check
declared in ``quartz``); ``ffi`` declares C prototypes for those ctypes modules; ``qt_clipboard``
is the clipboard every desktop shares through Qt.
"""
