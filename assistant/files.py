"""Writing a file so that no reader ever sees half of it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_atomically(
    path: Path, mode: int = 0o644, *, make_parents: bool = True
) -> Iterator[Path]:
    """A temporary file beside ``path`` for the block to write; it takes the place of ``path``
    only when the block completes, else it is removed. Each writer gets its own temporary
    file, so two processes writing the same file at once never mix their bytes."""
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    with replaced_atomically(path, mode) as temporary:
        temporary.write_bytes(data)
