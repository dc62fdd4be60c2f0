"""Team packs: build, sign, read safely, subscribe, and the merge rules."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import pytest

from assistant.core.errors import HuashuError, InvalidInput
from assistant.core.packs import Manifest, PackContent, content_digest
from assistant.services.packs import signing
from assistant.services.packs.archive import read_pack
from assistant.services.packs.build import build_pack

from packtools import item, make_pack, managed, new_key


# -- keys, build, read ---------------------------------------------------------------------------


def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites(tmp_path):
    path = tmp_path / "lead.key"
    public = signing.generate_key(path)
    assert public.startswith("huashu-ed25519:") and len(signing.parse_public_key(public)) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(InvalidInput) as error:
        signing.generate_key(path)
    assert "never overwritten" in str(error.value)
    assert signing.public_key_of(signing.load_private_key(path)) == public


def test_a_built_pack_reads_back_signed_with_stable_ids(app, tmp_path):
    key, public = new_key(tmp_path)
    mine = app.templates.add(title="团队自有模板", body="{称呼}您好，团队自有。", shortcut="tdzy",
                             category="团队/售后")
    app.knowledge.add(title="团队规则", body="团队规则正文。", category="团队/售后")
    built = build_pack(app.db, tmp_path / "team", pack_id="acme", name="团队包", version=3,
                       categories=["团队"], changelog="新增规则", key_file=tmp_path / "lead.key")
    assert built.path.name == "team.huashu" and (built.templates, built.articles) == (1, 1)
    pack = read_pack(built.path)
    assert pack.manifest.version == 3 and pack.manifest.changelog == "新增规则"
    assert pack.content.templates[0].id == mine.id
    assert pack.signature.key_id == signing.key_id(signing.parse_public_key(public))
    assert signing.verify(pack.manifest_json, pack.signature, signing.parse_public_key(public))
    again = build_pack(app.db, tmp_path / "again", pack_id="acme", name="团队包", version=4,
                       categories=["团队"])
    assert read_pack(again.path).content.templates[0].id == mine.id
    assert again.key_id is None


def test_unchanged_starter_content_is_left_out_of_a_pack(app, tmp_path):
    with pytest.raises(InvalidInput, match="no templates or articles of your own"):
        build_pack(app.db, tmp_path / "p", pack_id="acme", name="x", version=1,
                   categories=["售后退换"])
    starter = app.templates.list("售后退换")[0]
    app.templates.update(starter.id, title=starter.title, body=starter.body + "（本店改过）",
                         shortcut=starter.shortcut, category=starter.category)
    built = build_pack(app.db, tmp_path / "p", pack_id="acme", name="x", version=1,
                       categories=["售后退换"])
    assert built.templates == 1 and built.starter_left_out >= 10


@pytest.mark.parametrize("pack_id, version", [("Acme", 1), ("../x", 1), ("acme", 0),
                                              ("acme", "two")])
def test_build_refuses_bad_ids_and_versions(app, tmp_path, pack_id, version):
    with pytest.raises(InvalidInput):
        build_pack(app.db, tmp_path / "p", pack_id=pack_id, name="x", version=version)


# -- subscribing and the merge rules ---------------------------------------------------------------


def test_subscribe_applies_and_search_finds_pack_items(app, tmp_path):
    make_pack(tmp_path / "acme.huashu", templates=[item(1), item(2)], changelog="首版")
    outcome = app.packs.subscribe(str(tmp_path / "acme.huashu"))
    assert outcome.status == "updated" and outcome.report.added == 2
    assert app.search.search("td1")[0].title == "团队模板1"
    [sub] = app.packs.list()
    assert (sub.pack_id, sub.version, sub.name, sub.changelog) == ("acme", 1, "售后话术", "首版")
    assert app.packs.sync()[0].status == "unchanged"


def test_a_new_version_adds_updates_and_removes_its_items_only(app, tmp_path):
    local = app.templates.add(title="我自己的模板", body="自己的回复。", shortcut="zjdd",
                              category="团队话术")
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1), item(2), item(3)])
    app.packs.subscribe(str(source))
    first = managed(app)
    make_pack(source, version=2, templates=[item(1), item(2, body="{称呼}您好，新版回复。"),
                                            item(4)])
    outcome = app.packs.sync()[0]
    assert outcome.status == "updated"
    report = outcome.report
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 1)
    now = managed(app)
    assert set(now) == {"t1", "t2", "t4"}
    assert now["t2"].id == first["t2"].id and now["t2"].body == "{称呼}您好，新版回复。"
    assert app.templates.get(local.id) == local


def test_use_counts_and_favorites_survive_an_update(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)])
    app.packs.subscribe(str(source))
    template = managed(app)["t1"]
    app.templates.record_use(template.id)
    app.templates.record_use(template.id)
    from assistant.store.tables import templates as table

    with app.db.transaction() as conn:
        conn.execute(table.update().where(table.c.id == template.id).values(favorite=True))
    make_pack(source, version=2, templates=[item(1, title="团队模板1（新）")])
    app.packs.sync()
    updated = app.templates.get(template.id)
    assert updated.title == "团队模板1（新）"
    assert updated.use_count == 2 and updated.favorite and updated.last_used_at


def test_pack_items_are_read_only_and_a_local_copy_takes_the_shortcut(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)])
    app.packs.subscribe(str(source))
    template = managed(app)["t1"]
    with pytest.raises(InvalidInput) as refused:
        app.templates.update(template.id, title="改", body="改")
    assert "售后话术" in str(refused.value) and "售后话术" in refused.value.text("zh_CN")
    with pytest.raises(InvalidInput):
        app.templates.delete(template.id)
    copy = app.templates.copy_to_local(template.id)
    assert copy.origin is None and copy.shortcut == "td1" and copy.body == template.body
    assert app.templates.get(template.id).shortcut is None
    app.templates.update(copy.id, title="我改过的", body="{称呼}您好，我的版本。", shortcut="td1")
    assert app.search.search("td1")[0].id == copy.id
    make_pack(source, version=2, templates=[item(2)])  # t1 removed upstream
    app.packs.sync()
    assert app.templates.get(copy.id).title == "我改过的"
    assert set(managed(app)) == {"t2"}


def test_a_shortcut_clash_keeps_the_local_template_and_says_so(app, tmp_path):
    mine = app.templates.add(title="我的问候", body="您好。", shortcut="td1")
    make_pack(tmp_path / "acme.huashu", templates=[item(1), item(2)])
    outcome = app.packs.subscribe(str(tmp_path / "acme.huashu"))
    assert outcome.report.shortcut_clashes == [("td1", "团队模板1", "我的问候")]
    assert app.templates.get(mine.id).shortcut == "td1"
    assert managed(app)["t1"].shortcut is None and managed(app)["t2"].shortcut == "td2"


def test_items_may_swap_shortcuts_between_versions(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1, shortcut="aa"), item(2, shortcut="bb")])
    app.packs.subscribe(str(source))
    make_pack(source, version=2, templates=[item(1, shortcut="bb"), item(2, shortcut="aa")])
    assert app.packs.sync()[0].status == "updated"
    assert {k: t.shortcut for k, t in managed(app).items()} == {"t1": "bb", "t2": "aa"}


def test_an_older_or_equal_version_is_ignored(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, version=5, templates=[item(1)])
    app.packs.subscribe(str(source))
    make_pack(source, version=5, templates=[item(9)])
    assert app.packs.sync()[0].status == "unchanged"
    make_pack(source, version=4, templates=[item(8)])
    outcome = app.packs.sync()[0]
    assert outcome.status == "older" and outcome.version == 5
    assert set(managed(app)) == {"t1"}


def test_a_failing_apply_leaves_the_database_exactly_as_it_was(app, tmp_path, monkeypatch):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)])
    app.packs.subscribe(str(source))
    before = ([(t.id, t.title, t.shortcut) for t in app.templates.list()], app.packs.list())
    make_pack(source, version=2, templates=[item(1, title="新标题"), item(2)])
    from assistant.store import packs as pack_store

    original = pack_store._apply_articles

    def fail(*args, **kwargs):
        original(*args, **kwargs)
        raise InvalidInput("pack_damaged")

    monkeypatch.setattr(pack_store, "_apply_articles", fail)
    outcome = app.packs.sync()[0]
    assert outcome.status == "failed"
    after = ([(t.id, t.title, t.shortcut) for t in app.templates.list()], app.packs.list())
    assert after[0] == before[0] and after[1][0].version == 1
    assert app.packs.list()[0].failing_since is not None


def test_unsubscribing_removes_pack_items_but_not_local_copies(app, tmp_path):
    make_pack(tmp_path / "acme.huashu", templates=[item(1), item(2)])
    app.packs.subscribe(str(tmp_path / "acme.huashu"))
    copy = app.templates.copy_to_local(managed(app)["t1"].id)
    report = app.packs.unsubscribe("acme")
    assert report.removed == 2 and managed(app) == {} and app.packs.list() == []
    assert app.templates.get(copy.id).title == "团队模板1"


def test_pack_articles_are_managed_and_searchable(app, tmp_path):
    from assistant.core.packs import PackArticle

    source = tmp_path / "acme.huashu"
    make_pack(source, articles=[PackArticle("a1", "团队退货规则", "团队规则：签收后十天内可退。")])
    app.packs.subscribe(str(source))
    hit = next(h for h in app.search.search("十天内", "kb") if h.title == "团队退货规则")
    with pytest.raises(InvalidInput):
        app.knowledge.update(hit.id, title="改", body="改")
    make_pack(source, version=2, articles=[PackArticle("a1", "团队退货规则", "签收后十五天内可退。")])
    app.packs.sync()
    assert [h.passage for h in app.search.search("十五天", "kb") if h.title == "团队退货规则"] == \
        ["签收后十五天内可退。"]


# -- trust ----------------------------------------------------------------------------------------


def test_a_pinned_key_rejects_unsigned_and_foreign_packs(app, tmp_path):
    key, public = new_key(tmp_path)
    other, _ = new_key(tmp_path, "other.key")
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)])
    with pytest.raises(InvalidInput, match="not signed"):
        app.packs.subscribe(str(source), public)
    make_pack(source, templates=[item(1)], key=other)
    with pytest.raises(InvalidInput, match="expects key"):
        app.packs.subscribe(str(source), public)
    assert app.packs.list() == [] and managed(app) == {}
    make_pack(source, templates=[item(1)], key=key)
    assert app.packs.subscribe(str(source), public).status == "updated"
    assert app.packs.list()[0].pinned_by == "user"


def test_trust_on_first_use_pins_the_first_key_until_subscribing_again(app, tmp_path):
    key, _ = new_key(tmp_path)
    other, _ = new_key(tmp_path, "other.key")
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)], key=key)
    app.packs.subscribe(str(source))
    sub = app.packs.list()[0]
    assert sub.pinned_by == "first-use" and sub.key_id == signing.key_id(
        signing.parse_public_key(signing.public_key_of(key)))
    make_pack(source, version=2, templates=[item(2)], key=other)
    outcome = app.packs.sync()[0]
    assert outcome.status == "failed"
    message = str(outcome.error)
    other_id = signing.key_id(signing.parse_public_key(signing.public_key_of(other)))
    assert sub.key_id in message and other_id in message
    assert set(managed(app)) == {"t1"}
    make_pack(source, version=2, templates=[item(2)])
    assert app.packs.sync()[0].status == "failed"  # unsigned now: refused too
    make_pack(source, version=2, templates=[item(2)], key=other)
    assert app.packs.subscribe(str(source)).status == "updated"  # subscribing again re-pins
    assert app.packs.list()[0].key_id == other_id


def test_a_tampered_manifest_or_content_is_refused(app, tmp_path):
    key, public = new_key(tmp_path)
    source = tmp_path / "acme.huashu"

    def change_version(manifest_json, content_json):
        data = json.loads(manifest_json)
        data["version"] = 99
        return json.dumps(data).encode(), content_json

    make_pack(source, templates=[item(1)], key=key, tamper=change_version)
    with pytest.raises(InvalidInput, match="signature"):
        app.packs.subscribe(str(source), public)

    def change_content(manifest_json, content_json):
        return manifest_json, content_json.replace("团队回复1".encode(), "恶意回复1".encode())

    make_pack(source, templates=[item(1)], key=key, tamper=change_content)
    with pytest.raises(InvalidInput, match="does not match its manifest"):
        app.packs.subscribe(str(source), public)
    assert managed(app) == {}


# -- hostile files ------------------------------------------------------------------------------


def zip_of(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def good_parts(templates=None):
    content = PackContent((), tuple(templates or [item(1)]), ())
    content_json = content.to_json()
    manifest_json = Manifest("acme", "x", 1, content_hash=content_digest(content_json)).to_json()
    return {"manifest.json": manifest_json, "content.json": content_json}


def with_content(data: dict) -> dict:
    content_json = json.dumps(data).encode()
    return {"manifest.json": Manifest("acme", "x", 1, content_hash=content_digest(
        content_json)).to_json(), "content.json": content_json}


HOSTILE = {
    "absolute path": lambda: zip_of({**good_parts(), "/etc/cron.d/x": b"x"}),
    "parent path": lambda: zip_of({**good_parts(), "../../.bashrc": b"x"}),
    "windows path": lambda: zip_of({**good_parts(), "C:\\evil.dll": b"x"}),
    "too many entries": lambda: zip_of({**good_parts(),
                                        **{f"pad/{n}": b"" for n in range(10_001)}}),
    "zip bomb": lambda: zip_of({**good_parts(), "bomb": b"\0" * (51 * 1024 * 1024)}),
    "not a zip": lambda: b"MZ\x90\x00 this is an executable",
    "malformed json": lambda: zip_of({**good_parts(), "content.json": b"{\"templates\": [",
                                      "manifest.json": Manifest("acme", "x", 1, content_hash=(
                                          content_digest(b"{\"templates\": ["))).to_json()}),
    "invalid utf-8": lambda: zip_of({**good_parts(), "content.json": b"\xff\xfe{}",
                                     "manifest.json": Manifest("acme", "x", 1, content_hash=(
                                         content_digest(b"\xff\xfe{}"))).to_json()}),
    "schema violation": lambda: zip_of(with_content({"templates": [{"id": "t1"}]})),
    "unknown field": lambda: zip_of(with_content({"templates": [
        {"id": "t1", "title": "x", "body": "y", "run": "rm -rf /"}]})),
    "duplicate ids": lambda: zip_of(good_parts([item(1), item(1)])),
    "missing manifest": lambda: zip_of({"content.json": b"{}"}),
    "bad manifest": lambda: zip_of({"manifest.json": b"{\"format\": 2}", "content.json": b"{}"}),
    "deep json": lambda: zip_of({"content.json": b"[" * 100_000, "manifest.json": Manifest(
        "acme", "x", 1, content_hash=content_digest(b"[" * 100_000)).to_json()}),
    "future app": lambda: zip_of({**good_parts(), "manifest.json": json.dumps({
        **json.loads(good_parts()["manifest.json"]), "min_app_version": "99.0"}).encode()}),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_packs_are_refused_with_a_message_and_nothing_applied(app, tmp_path, name):
    source = tmp_path / "acme.huashu"
    source.write_bytes(HOSTILE[name]())
    before = [t.id for t in app.templates.list()]
    with pytest.raises(InvalidInput) as refused:
        app.packs.subscribe(str(source))
    assert "\n" not in str(refused.value) and refused.value.text("zh_CN")
    assert [t.id for t in app.templates.list()] == before and app.packs.list() == []


def test_a_source_that_now_holds_another_pack_is_refused(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)])
    app.packs.subscribe(str(source))
    make_pack(source, version=2, templates=[item(2)], pack_id="other")
    outcome = app.packs.sync()[0]
    assert outcome.status == "failed" and "not the subscribed 'acme'" in str(outcome.error)
    assert set(managed(app)) == {"t1"}


def test_the_reader_never_fails_with_anything_but_a_message():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    good = zip_of(good_parts())

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def check(data):
        blob = bytearray(good)
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(blob) - 1))
            blob[position] = data.draw(st.integers(0, 255))
        if data.draw(st.booleans()):
            blob = blob[: data.draw(st.integers(0, len(blob)))]
        try:
            read_pack(bytes(blob))
        except HuashuError:
            pass

    check()


# -- sources -------------------------------------------------------------------------------------


def test_a_folder_source_follows_its_newest_pack(app, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    make_pack(folder / "acme-v1.huashu", templates=[item(1)])
    make_pack(folder / "other.huashu", version=9, templates=[item(7)], pack_id="other")
    (folder / "notes.huashu").write_text("not a pack")
    with pytest.raises(InvalidInput, match="several packs"):
        app.packs.subscribe(str(folder))
    assert app.packs.subscribe(str(folder), pack_id="acme").status == "updated"
    make_pack(folder / "acme-v2.huashu", version=2, templates=[item(1), item(2)])
    outcome = app.packs.sync("acme")[0]
    assert outcome.status == "updated" and set(managed(app)) == {"t1", "t2"}


def test_a_source_that_fails_keeps_the_last_good_version_and_says_since_when(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)])
    app.packs.subscribe(str(source))
    source.unlink()
    outcome = app.packs.sync()[0]
    assert outcome.status == "failed" and outcome.failing_since is not None
    assert set(managed(app)) == {"t1"}
    first_failure = app.packs.list()[0].failing_since
    app.packs.sync()
    assert app.packs.list()[0].failing_since == first_failure
    make_pack(source, version=2, templates=[item(2)])
    assert app.packs.sync()[0].status == "updated"
    assert app.packs.list()[0].failing_since is None and app.packs.list()[0].last_error is None


def test_any_json_in_a_pack_gives_a_pack_or_a_message():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
            st.sampled_from(["id", "title", "body", "shortcut", "tags", "category", "language",
                             "templates", "articles", "categories", "path", "x"]),
            inner, max_size=5), max_leaves=25)

    @settings(max_examples=200, deadline=None)
    @given(json_values)
    def check(value):
        content_json = json.dumps(value, ensure_ascii=False).encode()
        manifest = Manifest("acme", "x", 1, content_hash=content_digest(content_json))
        blob = zip_of({"manifest.json": manifest.to_json(), "content.json": content_json})
        try:
            read_pack(blob)
        except HuashuError:
            pass

    check()


def test_unsubscribing_while_a_sync_fetches_is_not_undone(app, tmp_path, monkeypatch):
    from assistant.services.packs import subscriptions as module

    source = make_pack(tmp_path / "acme.huashu", templates=[item(1)])
    app.packs.subscribe(str(source))
    make_pack(source, version=2, templates=[item(1), item(2)])
    real_fetch = module.fetch

    def fetch_slowly(*args, **kwargs):
        app.packs.unsubscribe("acme")  # the agent unsubscribes while the server answers
        return real_fetch(*args, **kwargs)

    monkeypatch.setattr(module, "fetch", fetch_slowly)
    app.packs.sync()
    assert app.packs.list() == [] and managed(app) == {}


def test_a_key_pinned_while_a_sync_fetches_is_kept(app, tmp_path, monkeypatch):
    from assistant.services.packs import subscriptions as module

    leaked, _ = new_key(tmp_path, "leaked.key")
    fresh, fresh_public = new_key(tmp_path, "fresh.key")
    source = make_pack(tmp_path / "acme.huashu", templates=[item(1)], key=leaked)
    app.packs.subscribe(str(source))  # pins the (later leaked) key on first use
    make_pack(source, version=2, templates=[item(9)], key=leaked)
    real_fetch = module.fetch

    def fetch_slowly(*args, **kwargs):
        fetched = real_fetch(*args, **kwargs)
        monkeypatch.setattr(module, "fetch", real_fetch)
        make_pack(source, version=1, templates=[item(1)], key=fresh)
        app.packs.subscribe(str(source), fresh_public)  # the agent pins the new key meanwhile
        return fetched

    monkeypatch.setattr(module, "fetch", fetch_slowly)
    app.packs.sync()
    [sub] = app.packs.list()
    assert sub.pinned_by == "user" and sub.public_key == fresh_public
    assert set(managed(app)) == {"t1"}  # the leaked key's version 2 was not applied


def test_a_busy_database_fails_one_check_and_the_others_go_on(app, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from assistant.services.packs import subscriptions as module

    make_pack(tmp_path / "a.huashu", templates=[item(1)], pack_id="a")
    make_pack(tmp_path / "b.huashu", templates=[item(2)], pack_id="b")
    app.packs.subscribe(str(tmp_path / "a.huashu"))
    app.packs.subscribe(str(tmp_path / "b.huashu"))
    make_pack(tmp_path / "a.huashu", version=2, templates=[item(3)], pack_id="a")
    make_pack(tmp_path / "b.huashu", version=2, templates=[item(4)], pack_id="b")
    real_apply = module.store.apply_content

    def locked(conn, pack_id, *args):
        if pack_id == "a":
            raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))
        return real_apply(conn, pack_id, *args)

    monkeypatch.setattr(module.store, "apply_content", locked)
    outcomes = {o.pack_id: o for o in app.packs.sync()}
    assert outcomes["a"].status == "failed" and "busy" in str(outcomes["a"].error)
    assert outcomes["b"].status == "updated"
    assert {s.pack_id: s.version for s in app.packs.list()} == {"a": 1, "b": 2}
