"""End-to-end fixtures: each module gets its own Xvfb (bare, and with openbox)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from tests.needs import unavailable

from .desktop import HuashuProcess, TargetWindow, VirtualDesktop, missing_tools

E2E_TEMPLATE = {"title": "端到端测试问候", "body": "{称呼}您好，这里是端到端测试回复。",
                "shortcut": "zzce"}


def _require(window_manager):
    missing = missing_tools(window_manager)
    if missing:
        unavailable(f"end-to-end tests need {', '.join(missing)} "
                    "(bash tests/run.sh installs them)")


@pytest.fixture(scope="module", params=[None, "openbox"], ids=["no-wm", "openbox"])
def desktop(request):
    _require(request.param)
    with VirtualDesktop(request.param) as virtual:
        yield virtual


@contextmanager
def running_huashu(desktop, *templates: dict, **env: str):
    """A started `huashu` with the end-to-end template (and ``templates``) and ``env``."""
    process = HuashuProcess(desktop, **env)
    for template in (E2E_TEMPLATE, *templates):
        process.cli("templates", "add", "--title", template["title"], "--body",
                    template["body"], "--shortcut", template["shortcut"])
    process.start()
    try:
        status = process.wait_ready()
        assert status["hotkey"] == "<ctrl>+<alt>+<space>", status
        assert status["desktop"] == "x11", status
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def huashu(desktop):
    with running_huashu(desktop) as process:
        yield process


@pytest.fixture(scope="module")
def target(desktop):
    window = TargetWindow(desktop)
    yield window
    window.close()


@pytest.fixture
def chat(target, huashu):
    target.clear()
    target.focus()
    return target
