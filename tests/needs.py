"""What a test does when this machine lacks something it needs (a tool, root, nginx): in CI,
which installs everything through tests/run.sh, that is a failure; elsewhere a skip that says
what is missing."""

import os

import pytest


def unavailable(message: str):
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
