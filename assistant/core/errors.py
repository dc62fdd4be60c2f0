"""Errors meant for the user: each carries a message code and parameters (see messages.py).

``str(exc)`` is the one-line English text the CLI prints; ``exc.text("zh_CN")`` is the same
message in Chinese for the UI.
"""

from .messages import LocalizedError


class HuashuError(LocalizedError):
    """Base class for expected failures (bad input, missing items, unusable data files)."""


class NotFound(HuashuError):
    pass


class InvalidInput(HuashuError):
    pass


class DataError(HuashuError):
    """The data directory or database cannot be used as it is; nothing was changed."""


def explained_os_error(exc: OSError) -> HuashuError | None:
    """The one-line message for a file-system failure the user can act on (a full disk, a
    read-only folder); None for the rest, which are bugs."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DataError("disk_full")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DataError("folder_not_writable", path=exc.filename or "")
    return None
