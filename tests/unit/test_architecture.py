"""Dependencies point inward: the domain core must not import frameworks or do I/O."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "assistant"
FORBIDDEN_IN_CORE = {"PySide6", "sqlalchemy", "whoosh", "pynput", "alembic", "platformdirs",
                     "assistant.store", "assistant.services", "assistant.ui", "assistant.platform",
                     "assistant.search", "assistant.cli", "assistant.app", "sqlite3", "socket",
                     "subprocess"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offending(path: Path, forbidden: set[str]) -> set[str]:
    return {
        name for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    }


def test_core_imports_no_framework():
    files = list((ROOT / "core").rglob("*.py"))
    assert files
    problems = {str(p.relative_to(ROOT)): offending(p, FORBIDDEN_IN_CORE) for p in files}
    assert {k: v for k, v in problems.items() if v} == {}


def test_core_does_not_open_files():
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert "open" not in calls, path


def test_checker_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import Qt\nimport sqlalchemy.orm\n")
    assert offending(sample, FORBIDDEN_IN_CORE) == {"PySide6.QtCore", "sqlalchemy.orm"}


def test_services_do_not_import_ui():
    for path in (ROOT / "services").rglob("*.py"):
        assert not offending(path, {"assistant.ui", "assistant.cli", "PySide6"}), path


def test_importing_core_loads_no_framework():
    import subprocess
    import sys

    code = (
        "import sys, assistant.core.placeholders, assistant.core.content, assistant.core.settings;"
        "bad=[m for m in ('PySide6','sqlalchemy','whoosh','pynput') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_platform_depends_on_nothing_of_ours_above_it():
    for path in (ROOT / "platform").rglob("*.py"):
        assert not offending(path, {"assistant.ui", "assistant.cli", "assistant.services",
                                    "assistant.store", "assistant.search", "assistant.app"}), path


def test_ui_reaches_data_only_through_services():
    for path in (ROOT / "ui").rglob("*.py"):
        assert not offending(path, {"assistant.store", "assistant.search", "sqlalchemy",
                                    "whoosh", "pynput", "assistant.cli"}), path


def test_pynput_is_imported_only_when_the_hotkey_starts():
    """`import pynput` fails without a display; nothing may import it at module level."""
    import subprocess
    import sys

    code = ("import sys, assistant.app, assistant.cli, assistant.platform.hotkey, "
            "assistant.platform.x11, assistant.ui.tray_app;"
            "print('pynput' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False"


def test_the_resident_app_does_not_load_the_orm(tmp_path):
    """The store is written with SQLAlchemy Core; the ORM would add about 11 MB to the tray
    app's memory. Opening a data directory (created in a first process, as at a real start),
    searching, counting a use and saving a setting must not import it."""
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "HUASHU_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", "from assistant.app import open_app; open_app()"],
                   check=True, env=env, timeout=120)
    code = ("import sys\n"
            "from assistant.app import open_app\n"
            "import assistant.ui.tray_app\n"
            "app = open_app()\n"
            "app.search.ensure_ready()\n"
            "hit = app.search.search('tk')[0]\n"
            "app.templates.record_use(hit.id, 'paste')\n"
            "app.settings.set_many({'send_delay_ms': 120})\n"
            "app.search.search('退款', scope='kb')\n"
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.orm')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, timeout=120)
    assert out.stdout.strip() == "[]"
