"""Hostile or broken input gets one line that says what happened, and changes nothing."""

from __future__ import annotations

import pytest

from assistant.cli import main
from assistant.core.content import MAX_CATEGORY_DEPTH, split_category_path
from assistant.core.errors import InvalidInput


def test_a_very_deep_category_path_is_refused(app):
    deep = "/".join(["层"] * 3000)
    with pytest.raises(InvalidInput) as refused:
        split_category_path(deep)
    assert refused.value.code == "category_too_deep"
    before = len(app.templates.list())
    with pytest.raises(InvalidInput):
        app.templates.add(title="深", body="内容", category=deep)
    assert len(app.templates.list()) == before
    assert split_category_path("/".join(["层"] * MAX_CATEGORY_DEPTH))


def test_the_category_tree_stops_at_the_depth_limit(app):
    parent = None
    for level in range(MAX_CATEGORY_DEPTH):
        parent = app.categories.add(f"第{level}层", parent)
    with pytest.raises(InvalidInput) as refused:
        app.categories.add("太深", parent)
    assert refused.value.code == "category_too_deep"
    top = app.categories.add("另一棵")
    child = app.categories.add("子", top)
    with pytest.raises(InvalidInput):  # moving a two-level branch under the deepest one
        app.categories.place(top, parent)
    assert child


@pytest.mark.parametrize("argument", ["bad\udcff", "\ud800"])
def test_arguments_that_are_not_text_get_a_message(huashu_home, capsys, argument):
    """Bytes that are not UTF-8 (and lone surrogates) used to end in 'internal error'."""
    assert main(["templates", "add", "--title", argument, "--body", "x"]) == 2
    err = capsys.readouterr().err
    assert "argument 4 is not valid text" in err and "internal error" not in err


def test_file_names_with_control_characters_are_shown_escaped(app, tmp_path, capsys):
    from assistant.services.kb_import import import_files

    path = tmp_path / "evil\x1b[31mred\nx.md"
    path.write_text("# 标题\n\n内容。\n", encoding="utf-8")
    import_files(app.db, app.knowledge, [path])
    assert main(["kb", "list"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "evil" in line)
    assert "\x1b" not in out and "red" in line and "标题" in line


def damage(database) -> None:
    """Overwrite pages in the middle of the file, as a failing disk or a killed copy would."""
    size = database.stat().st_size
    with database.open("r+b") as raw:
        raw.seek(size // 2)
        raw.write(b"\xff" * min(8192, size // 4))


def test_a_damaged_database_is_reported_by_doctor_and_refuses_writes(huashu_home, capsys):
    from assistant.app import open_app
    from assistant.locations import database_path

    app = open_app(huashu_home)
    for n in range(200):
        app.templates.add(title=f"模板{n}", body="内容" * 50)
    app.close()
    damage(database_path(huashu_home))
    code = main(["doctor"])
    captured = capsys.readouterr()
    assert code == 1 and "internal error" not in captured.err
    assert "integrity" in captured.out and "ok" not in captured.out.split("integrity")[1][:20]
    code = main(["templates", "add", "--title", "新", "--body", "新内容"])
    err = capsys.readouterr().err
    assert code == 1 and "internal error" not in err
    assert "damaged" in err or "损坏" in err
