"""Answering the windows' modal questions in tests, and recording what was asked."""

from PySide6.QtWidgets import QMessageBox


def answer(monkeypatch, button):
    """Every QMessageBox.question answers ``button``; returns the list of questions' args."""
    asked = []

    def question(*args, **kwargs):
        asked.append(args)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
