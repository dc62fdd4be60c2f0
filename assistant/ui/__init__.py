"""The Qt interface: tray icon, quick-reply popup and the management windows.

Widgets only call services; everything slow runs on the worker thread (``worker``).
"""
