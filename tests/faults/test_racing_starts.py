"""Starts that race: two `huashu show` half a second apart used to leave the second exiting
with an error and no popup. The second now waits for the first and hands it the message."""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.e2e.conftest import _require
from tests.e2e.desktop import HuashuProcess, VirtualDesktop, huashu_command, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def test_a_second_start_moments_after_the_first_opens_the_popup():
    _require(None)
    with VirtualDesktop(None) as desktop:
        huashu = HuashuProcess(desktop)
        huashu.cli("prepare")
        first = subprocess.Popen([*huashu_command(), "show"], env=huashu.env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(0.2)
        second = subprocess.run([*huashu_command(), "show", "--customer", "王小明"],
                                env=huashu.env, capture_output=True, text=True, timeout=60)
        huashu.process = first
        huashu.log = open(huashu.home / "e2e-stderr.log", "ab")  # noqa: SIM115 (stop closes)
        try:
            assert second.returncode == 0, second.stderr
            assert first.poll() is None, "the first start must keep running"
            status = wait_for(lambda: (s := huashu.status()) and s.get("ready") and s, 30,
                              0.05, "the first start to answer")
            assert status["pid"] == first.pid
            wait_for(lambda: huashu.status().get("popup_visible"), 10, 0.05, "the popup")
        finally:
            huashu.stop()
