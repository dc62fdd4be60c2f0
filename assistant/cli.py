"""The `huashu` command line. Every command goes through the services in assistant.services."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from assistant import __version__
from assistant.core.errors import HuashuError, InvalidInput, explained_os_error
from assistant.core.salutation import Gender
from assistant.locations import database_path

EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one line instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _shown(text: str | None) -> str:
    """A title, category or file name for the terminal: control characters (line breaks,
    the escape that starts terminal commands) shown as escapes, never sent as they are."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text or "")


def _print_json(value: Any) -> None:
    def default(obj: Any) -> Any:
        if isinstance(obj, (datetime, date)):
            return obj.isoformat()
        raise TypeError(type(obj).__name__)

    print(json.dumps(value, ensure_ascii=False, indent=2, default=default))


def _template_json(template) -> dict:
    data = asdict(template)
    data["tags"] = list(template.tags)
    return data


def _open():
    from assistant.app import open_app

    return open_app()


def cmd_templates_list(args: argparse.Namespace) -> int:
    app = _open()
    templates = app.templates.list(args.category)
    if args.json:
        _print_json([_template_json(t) for t in templates])
        return 0
    for t in templates:
        print(f"{_shown(t.shortcut) or '-':<10} {_shown(t.category) or '-'} › "
              f"{_shown(t.title)}  [{t.id}]")
    print(f"{len(templates)} templates", file=sys.stderr)
    return 0


def cmd_templates_add(args: argparse.Namespace) -> int:
    app = _open()
    template = app.templates.add(
        title=args.title,
        body=args.body,
        shortcut=args.shortcut,
        category=args.category,
        tags=args.tags,
        language=args.language,
    )
    if args.json:
        _print_json(_template_json(template))
    else:
        print(template.id)
    return 0


def _parse_vars(pairs: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InvalidInput("var_syntax", value=pair)
        values[key.strip()] = value
    return values


def cmd_render(args: argparse.Namespace) -> int:
    from assistant.services.rendering import Customer

    if (args.ref is None) == (args.text is None):
        raise UsageError("give either a template id/shortcut or --text (see 'huashu render --help')")
    app = _open()
    text = args.text if args.text is not None else app.templates.resolve(args.ref).body
    result = app.rendering.render(
        text,
        Customer(args.name or "", args.gender),
        fields=_parse_vars(args.var),
    )
    if not result.complete:
        names = ", ".join(result.missing)
        example = result.missing[0]
        print(
            f"huashu: missing fill-in values: {names} (pass --var {example}=...)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.json:
        _print_json({"text": result.text})
    else:
        print(result.text)
    return 0


def _where(problem) -> str:
    """Where a lint problem is: a character position in the body, the shortcut, or the body."""
    if problem.where != "body":
        return problem.where
    return str(problem.start + 1) if problem.end > problem.start else "body"


def cmd_lint(args: argparse.Namespace) -> int:
    """Exit 1 when any template has a problem, 0 when all are clean."""
    if (args.ref is None) != args.all:
        raise UsageError("give either a template id/shortcut or --all (see 'huashu lint --help')")
    found = _open().templates.lint(args.ref)
    if args.json:
        _print_json([{"id": item.template.id, "shortcut": item.template.shortcut,
                      "title": item.template.title,
                      "problems": [{"code": p.code, "where": p.where, "start": p.start,
                                    "end": p.end, "position": p.start + 1,
                                    "message": p.text(args.language)}
                                   for p in item.problems]}
                     for item in found])
    else:
        for item in found:
            label = _shown(f"{item.template.shortcut or item.template.id}/{item.template.title}")
            for p in item.problems:
                print(f"{label}: {_where(p)}: {p.text(args.language)}")
    count = sum(len(item.problems) for item in found)
    print(f"{count} problem(s) in {len(found)} template(s)" if found else "no problems found",
          file=sys.stderr)
    return EXIT_ERROR if found else 0


STATS_TOP = 20
SAVED_RULE = ("Characters saved are estimated, as only template ids, actions and times are "
              "recorded: per use, the template's length (a placeholder counts as its name, "
              "{称呼} as 2) minus its shortcut code's length (2 without one), never below 0.")


def _days(raw: str) -> int:
    from assistant.core.statistics import check_days

    try:
        return check_days(int(raw))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expects a whole number of days, not '{raw}'") from None
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_stats(args: argparse.Namespace) -> int:
    app = _open()
    report = app.statistics.report(args.days)
    if args.csv:
        for path in app.statistics.to_csv(report, args.csv):
            print(f"wrote {path}", file=sys.stderr)
    if args.json:
        _print_json({**asdict(report), "totals": asdict(report.totals),
                     "characters_saved": report.characters_saved})
    else:
        _print_stats(report)
    return 0


def _print_stats(report) -> None:
    totals = report.totals
    print(f"Last {report.days} day(s), {report.first_day} to {report.last_day}: "
          f"{totals.total} use(s): {totals.paste} pasted, {totals.send} sent, "
          f"{totals.copy} copied; about {report.characters_saved:,} characters saved")
    if report.templates:
        print(f"\nMost used (top {min(STATS_TOP, len(report.templates))}):")
        print(f"{'total':>6} {'paste':>6} {'send':>6} {'copy':>6}  template")
        for usage in report.templates[:STATS_TOP]:
            c = usage.counts
            where = f"{usage.category} › " if usage.category else ""
            print(f"{c.total:>6} {c.paste:>6} {c.send:>6} {c.copy:>6}  "
                  f"{_shown(where)}{_shown(usage.title)}")
    print("\nPer day (total: paste/send/copy):")
    for day in report.per_day:
        c = day.counts
        print(f"{day.day}  {c.total:>4}" + (f"  ({c.paste}/{c.send}/{c.copy})" if c.total else ""))
    print(f"\nNever used: {len(report.never_used)} template(s)")


def cmd_kb_list(args: argparse.Namespace) -> int:
    app = _open()
    articles = app.knowledge.list()
    if args.json:
        _print_json([{**asdict(a), "tags": list(a.tags)} for a in articles])
        return 0
    for a in articles:
        print(f"{_shown(a.category) or '-'} › {_shown(a.title)}  [{a.id}]")
    print(f"{len(articles)} articles", file=sys.stderr)
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from assistant.core.settings import SPECS

    app = _open()
    if args.key is None:
        values = app.settings.current().as_dict()
        if args.json:
            _print_json(values)
        else:
            for key, value in values.items():
                print(f"{key} = {_setting_text(value)}    # {SPECS[key].description}")
        return 0
    if args.value is None:
        value = app.settings.get(args.key)
    else:
        value = app.settings.set(args.key, args.value)
        _tell_running_instance({"command": "reload-settings"})
    if args.json:
        _print_json({args.key: value})
    else:
        print(_setting_text(value))
    return 0


def _setting_text(value: Any) -> str:
    """Word lists as typed: ``保价, 秒发``."""
    return ", ".join(value) if isinstance(value, tuple) else str(value)


class _ProgressBar:
    """A progress bar on stderr (only when stderr is a terminal, or when forced)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._bar = None

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty() and not os.environ.get("HUASHU_PROGRESS"):
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=self.label, unit="doc", file=sys.stderr,
                             leave=False)
        self._bar.total = max(total, done)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _ready_search(app):
    bar = _ProgressBar("indexing")
    try:
        outcome = app.search.ensure_ready(bar)
    finally:
        bar.close()
    if outcome in ("rebuilt", "reconciled"):
        print(f"huashu: search index {outcome}", file=sys.stderr)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    app = _open()
    _ready_search(app)
    scope = "kb" if args.kb else "all" if args.all else "templates"
    hits = app.search.search(args.query, scope, args.limit)
    if args.json:
        _print_json([hit.as_dict() for hit in hits])
        return 0
    from assistant.search.highlight import Snippet

    bold = sys.stdout.isatty()
    for hit in hits:
        marked = Snippet(hit.snippet, hit.highlights).marked(
            *(("\033[1m", "\033[0m") if bold else ("【", "】")))
        label = f"[{hit.shortcut}]" if hit.shortcut else ("[知识库]" if hit.kind == "article" else "")
        print(f"{hit.score:7.1f}  {label} {_shown(hit.category) or '-'} › {_shown(hit.title)}")
        print(f"         {_shown(marked)}")
    if not hits:
        print("no results", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.services.kb_import import INDEXING, import_files
    from assistant.services.snippets import is_snippet_import

    paths = [Path(f) for f in args.files]
    if is_snippet_import(paths):
        return _import_templates(args, paths)
    app = _open()
    _ready_search(app)
    bar = _ProgressBar("indexing")
    try:
        report = import_files(app.db, app.knowledge, paths, args.category,
                              lambda step: bar(step.done, step.total)
                              if step.stage == INDEXING else None)
    finally:
        bar.close()
    if args.json:
        _print_json({"files": report.files, "added": report.added, "updated": report.updated,
                     "unchanged": report.unchanged, "removed": report.removed})
    else:
        print(f"{report.files} file(s): {report.added} sections added, {report.updated} updated, "
              f"{report.unchanged} unchanged, {report.removed} removed")
    return 0


def _row_reports(items) -> list[dict]:
    return [{"file": item.file, item.where.unit: item.where.number, "code": item.reason.code,
             "message": item.reason.text()} for item in items]


def _import_templates(args: argparse.Namespace, paths) -> int:
    from assistant.services.template_import import import_template_files

    app = _open()
    _ready_search(app)
    report = import_template_files(app.db, app.templates, paths, args.category)
    if args.json:
        _print_json({"files": report.files, "added": report.added, "updated": report.updated,
                     "unchanged": report.unchanged, "skipped": _row_reports(report.skipped),
                     "notes": _row_reports(report.notes)})
        return 0
    print(f"{report.files} file(s): {report.added} templates added, {report.updated} updated, "
          f"{report.unchanged} unchanged, {len(report.skipped)} skipped")
    for label, items in (("skipped", report.skipped), ("note", report.notes)):
        for item in items:
            print(f"{label}: {item.message}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.services.template_export import export_format, export_templates

    path = Path(args.output)
    chosen = export_format(path, args.format)
    count = export_templates(_open().templates, path, chosen, args.category)
    if args.json:
        _print_json({"file": str(path), "format": chosen, "templates": count})
    else:
        print(f"{count} templates written to {path}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    import time

    app = _open()
    bar = _ProgressBar("indexing")
    started = time.perf_counter()
    try:
        app.search.rebuild(bar)
    finally:
        bar.close()
    print(f"search index rebuilt in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    outcome = _open().search.ensure_ready()
    print({"ready": "ready", "opened": "ready", "rebuilt": "search index built",
           "reconciled": "search index brought up to date"}[outcome])
    return 0


def cmd_pack_keygen(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.services.packs.signing import generate_key, key_id, parse_public_key

    public = generate_key(Path(args.out))
    print(f"private key written to {args.out} (keep it safe: whoever has it can publish as you)",
          file=sys.stderr)
    print(f"public key (id {key_id(parse_public_key(public))}), give it to your agents:",
          file=sys.stderr)
    print(public)
    return 0


def cmd_pack_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.services.packs.build import build_pack

    app = _open()
    built = build_pack(app.db, Path(args.output), pack_id=args.id, name=args.name,
                       version=args.version, categories=args.category or [],
                       publisher=args.publisher or app.settings.current().shop_name,
                       changelog=args.changelog or "",
                       key_file=Path(args.sign) if args.sign else None,
                       wording=not args.no_wording)
    if args.json:
        _print_json({"path": str(built.path), "id": built.pack_id, "version": built.version,
                     "templates": built.templates, "articles": built.articles,
                     "bytes": built.size, "key_id": built.key_id,
                     "starter_left_out": built.starter_left_out, "words": built.words})
    else:
        signed = f", signed with key {built.key_id}" if built.key_id else ", not signed"
        print(f"{built.path}: pack {built.pack_id} version {built.version}, {built.templates} "
              f"templates and {built.articles} articles, {built.size:,} bytes{signed}")
        if built.words:
            print(f"with your {built.words} forbidden and allowed words (huashu config "
                  "forbidden_words / allowed_words) for the agents' wording check")
        if built.starter_left_out:
            print(f"({built.starter_left_out} unchanged starter items left out: every Huashu "
                  "has them already)", file=sys.stderr)
    return 0


def _print_outcome(outcome) -> None:
    name = f"{outcome.name} ({outcome.pack_id})" if outcome.name else outcome.pack_id
    if outcome.status == "updated":
        report = outcome.report
        print(f"{name}: version {outcome.version} applied: {report.added} added, "
              f"{report.updated} updated, {report.removed} removed, {report.unchanged} unchanged")
        for shortcut, pack_title, local_title in report.shortcut_clashes:
            print(f"  shortcut '{shortcut}' stays with your '{local_title}'; the pack's "
                  f"'{pack_title}' has none here")
        if outcome.changelog:
            print(f"  changes: {outcome.changelog}")
    elif outcome.status == "failed":
        print(f"{name}: not updated: {outcome.error} (version {outcome.version} stays)")
    elif outcome.status == "older":
        print(f"{name}: the source holds an older version; version {outcome.version} stays")
    else:
        print(f"{name}: up to date (version {outcome.version})")


def cmd_subscribe(args: argparse.Namespace) -> int:
    outcome = _open().packs.subscribe(args.source, args.pubkey, args.id)
    if args.json:
        _print_json(outcome.as_dict())
    else:
        _print_outcome(outcome)
    return 0


def cmd_unsubscribe(args: argparse.Namespace) -> int:
    report = _open().packs.unsubscribe(args.id)
    print(f"unsubscribed from {args.id}: {report.removed} pack items removed "
          "(your local copies stay)")
    return 0


def cmd_subscriptions(args: argparse.Namespace) -> int:
    from assistant.services.packs.subscriptions import stored_error

    subscriptions = _open().packs.list()
    if args.json:
        _print_json([{**{k: getattr(s, k) for k in (
            "pack_id", "name", "publisher", "source", "version", "key_id", "pinned_by",
            "changelog", "checked_at", "applied_at", "failing_since")},
            "last_error": stored_error(s)} for s in subscriptions])
        return 0
    for s in subscriptions:
        key = f"key {s.key_id} ({s.pinned_by})" if s.key_id else "unsigned"
        print(f"{s.pack_id:<20} v{s.version:<5} {s.name}  [{key}]  {s.source}")
        if s.failing_since:
            print(f"{'':<20} failing since {s.failing_since:%Y-%m-%d %H:%M}: {stored_error(s)}")
    if not subscriptions:
        print("no subscriptions (huashu subscribe SOURCE)", file=sys.stderr)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    outcomes = _open().packs.sync(args.id)
    if args.json:
        _print_json([o.as_dict(args.language) for o in outcomes])
    else:
        for outcome in outcomes:
            _print_outcome(outcome)
        if not outcomes:
            print("no subscriptions (huashu subscribe SOURCE)", file=sys.stderr)
    return EXIT_ERROR if any(o.status == "failed" for o in outcomes) else 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from assistant.self_test import run

    return run()


def cmd_doctor(args: argparse.Namespace) -> int:
    from assistant.services.doctor import diagnose, file_check

    try:
        report = diagnose(_open().db)
    except HuashuError as exc:  # a database that does not open: say why and what to do
        report = {"problem": str(exc), **file_check(database_path(_home()))}
        report["integrity"] = report["integrity"] if report["integrity"] != "ok" else str(exc)
    healthy = report["integrity"] == "ok"
    if args.json:
        _print_json(report)
        return 0 if healthy else EXIT_ERROR
    for key, value in report.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = "\n".join([f"{len(value)}", *(f"{'':<17}{item}" for item in value)])
        print(f"{key:<16} {value}")
    if not healthy and report.get("backups"):
        print(f"to go back to a backup: huashu restore {report['backups'][0]}")
    return 0 if healthy else EXIT_ERROR


def _home():
    from assistant.locations import data_dir

    return data_dir()


def cmd_start(args: argparse.Namespace) -> int:
    from assistant.ui.main import run

    return run(_home())


def cmd_autostart(args: argparse.Namespace) -> int:
    from assistant.app import start_at_login

    login = start_at_login()
    if args.state is not None:
        try:
            login.set(args.state == "on")
        except OSError as exc:
            raise HuashuError(f"cannot change start at login ({login.where()}): "
                              f"{exc.strerror or exc}") from None
    enabled = login.enabled()
    if args.json:
        _print_json({"enabled": enabled, "where": login.where()})
    else:
        print(f"start at login: {'on' if enabled else 'off'} ({login.where()})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.services.backup import Backups

    written = Backups(_home()).back_up(Path(args.output) if args.output else None)
    if args.json:
        _print_json({"backup": str(written)})
    else:
        print(written)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Only while no Huashu runs: holding its lock keeps one from starting meanwhile."""
    from pathlib import Path

    from assistant.app import open_app
    from assistant.core.errors import DataError
    from assistant.services.backup import Backups
    from assistant.ui.instance import InstanceLock

    home = _home()
    lock = InstanceLock(home)
    if not lock.acquire():
        raise DataError("restore_app_running")
    try:
        def reopen():
            app = open_app(home)
            try:
                app.search.rebuild()
            finally:
                app.close()

        _, safety = Backups(home).restore(Path(args.file), lambda: None, reopen)
    finally:
        lock.release()
    if args.json:
        _print_json({"restored": args.file, "previous_data": str(safety) if safety else None})
    else:
        print(f"restored {args.file}" + (f"; the previous data is in {safety}" if safety else ""))
    return 0


def _instance_message(args: argparse.Namespace) -> dict:
    message: dict[str, Any] = {"command": args.command}
    if getattr(args, "customer", None) is not None:
        message["customer"] = args.customer
        message["gender"] = str(args.gender)
    elif getattr(args, "gender", None) not in (None, Gender.UNKNOWN):
        raise UsageError("--gender needs --customer")
    return message


def cmd_show(args: argparse.Namespace) -> int:
    """show/toggle: tell the running Huashu; if none runs, start one with the popup open."""
    message = _instance_message(args)
    from assistant.ui.main import run

    return run(_home(), message)


def cmd_open(args: argparse.Namespace) -> int:
    """open/manage: show a window of the running Huashu, starting it if needed."""
    from assistant.ui.main import run

    return run(_home(), {"command": "open", "window": getattr(args, "window", "templates")})


def cmd_remote(args: argparse.Namespace) -> int:
    """quit/status: only meaningful for a running Huashu."""
    from assistant.ui.instance import send

    reply = send(_home(), {"command": args.command})
    if reply is None:
        print("Huashu is not running.")
        return 0 if args.command == "quit" else EXIT_ERROR
    if not reply.get("ok", False):
        print(f"huashu: {reply.get('error')}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "status":
        from assistant.thin import print_status

        print_status(reply, getattr(args, "json", False))
    return 0


def _tell_running_instance(message: dict) -> None:
    """Best effort: a running Huashu re-reads what another command changed."""
    try:
        from assistant.ui.instance import send

        send(_home(), message, timeout_ms=500)
    except Exception:
        pass


def _gender(raw: str) -> Gender:
    try:
        return Gender.parse(raw)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="huashu", description="Huashu (话术助手): quick replies for customer service.")
    parser.add_argument("--version", action="version", version=f"huashu {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def add(group, name: str, handler: Callable, help_text: str, json_flag: bool = True):
        sub = group.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        if json_flag:
            sub.add_argument("--json", action="store_true", help="machine-readable output")
        return sub

    templates = commands.add_parser("templates", help="list or add quick-reply templates")
    template_commands = templates.add_subparsers(dest="templates_command", parser_class=_Parser,
                                                 metavar="ACTION", required=True)
    listing = add(template_commands, "list", cmd_templates_list, "list templates")
    listing.add_argument("--category", help="only this category (and its subcategories), e.g. 售后退换")
    adding = add(template_commands, "add", cmd_templates_add, "add a template and print its id")
    adding.add_argument("--title", required=True)
    adding.add_argument("--body", required=True, help="text with placeholders such as {称呼}")
    adding.add_argument("--shortcut", help="shortcut code, unique, e.g. thlc")
    adding.add_argument("--category", help="category path, created if missing, e.g. 售后/退货")
    adding.add_argument("--tags", help="comma-separated tags")
    adding.add_argument("--language", choices=("zh", "en"), default="zh")

    render = add(commands, "render", cmd_render, "render a template or text for a customer")
    render.add_argument("ref", nargs="?", help="template id or shortcut code")
    render.add_argument("--text", help="render this text instead of a template")
    render.add_argument("--name", help="customer name, e.g. 王小明")
    render.add_argument("--gender", type=_gender, default=Gender.UNKNOWN,
                        help="male, female or unknown (先生/男, 女士/女, 未知 also work)")
    render.add_argument("--var", action="append", default=[], metavar="KEY=VALUE",
                        help="value of a fill-in field such as 订单号 (repeatable)")

    linting = add(commands, "lint", cmd_lint, "check templates: malformed placeholders, "
                  "forbidden wording (huashu config forbidden_words), shortcuts that clash or "
                  "begin one another, greetings without {称呼} (exit status 1 when any problem "
                  "is found)")
    linting.add_argument("ref", nargs="?", help="template id or shortcut code")
    linting.add_argument("--all", action="store_true", help="check every template")
    linting.add_argument("--language", choices=("en", "zh_CN"), default="en",
                         help="language of the messages (default: en)")

    kb = commands.add_parser("kb", help="knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", parser_class=_Parser, metavar="ACTION",
                                    required=True)
    add(kb_commands, "list", cmd_kb_list, "list knowledge-base articles")

    stats = add(commands, "stats", cmd_stats, "usage statistics: most used templates, uses per "
                "day, templates never used, characters saved. " + SAVED_RULE)
    stats.add_argument("--days", type=_days, default=30, metavar="N",
                       help="the last N days, today included (1-3650, default 30)")
    stats.add_argument("--csv", type=Path, metavar="FILE",
                       help="also write the templates to FILE and the uses per day to "
                       "FILE-每日.csv (UTF-8 for Excel)")

    config = add(commands, "config", cmd_config, "list, read or change settings")
    config.add_argument("key", nargs="?")
    config.add_argument("value", nargs="?")

    search = add(commands, "search", cmd_search, "search templates (or the knowledge base)")
    search.add_argument("query")
    where = search.add_mutually_exclusive_group()
    where.add_argument("--kb", action="store_true", help="search the knowledge base")
    where.add_argument("--all", action="store_true", help="templates and knowledge base")
    search.add_argument("--limit", type=int, default=10)

    importing = add(commands, "import", cmd_import,
                    "import handbooks (.md .txt .docx .html .pdf) into the knowledge base, or "
                    "quick replies (.xlsx .csv, Espanso .yml, Beeftext .json, .textexpander) "
                    "into the templates")
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument("--category", help="handbooks: category for the imported sections "
                           "(default: 导入/<file name>); quick replies: category for rows "
                           "without one")

    exporting = add(commands, "export", cmd_export, "write the templates to an Excel or CSV "
                    "sheet (分类, 标题, 快捷编码, 内容, 标签) that `huashu import` reads back")
    exporting.add_argument("-o", "--output", required=True, metavar="FILE",
                           help="the sheet to write, e.g. 话术.xlsx")
    exporting.add_argument("--format", choices=("xlsx", "csv"),
                           help="default: the file name's extension")
    exporting.add_argument("--category", action="append", default=[], metavar="NAME",
                           help="only this category and its subcategories (repeatable)")

    add(commands, "reindex", cmd_reindex, "rebuild the search index from the database",
        json_flag=False)

    add(commands, "prepare", cmd_prepare, "create or update the data directory and the search "
        "index, then exit (the tray app runs this itself on a first start)", json_flag=False)
    autostart = add(commands, "autostart", cmd_autostart,
                    "start Huashu at login: on, off, or show whether it does")
    autostart.add_argument("state", nargs="?", choices=["on", "off"])
    backup = add(commands, "backup", cmd_backup, "write a consistent copy of the database "
                 "(default: <data>/backups/huashu-YYYYmmdd-HHMMSS.db, the newest 10 kept)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup here instead")
    restore = add(commands, "restore", cmd_restore, "replace the data with a backup (checked "
                  "first; the current data is backed up before); Huashu must not be running")
    restore.add_argument("file", metavar="FILE")
    add(commands, "doctor", cmd_doctor, "show paths, versions and database health")
    add(commands, "self-test", cmd_self_test, "check that this installation works (in a "
        "temporary data directory): database, search, rendering, packs, interface",
        json_flag=False)

    pack = commands.add_parser("pack", help="team leads: make a signing key, build a pack")
    pack_commands = pack.add_subparsers(dest="pack_command", parser_class=_Parser,
                                        metavar="ACTION", required=True)
    keygen = add(pack_commands, "keygen", cmd_pack_keygen, "make a signing key and print its "
                 "public key for your agents", json_flag=False)
    keygen.add_argument("--out", required=True, metavar="KEYFILE",
                        help="where to write the private key (never overwritten)")
    build = add(pack_commands, "build", cmd_pack_build,
                "build a team pack from your own templates and articles")
    build.add_argument("--id", required=True, help="pack id, e.g. acme-aftersales "
                       "(the same for every version)")
    build.add_argument("--name", required=True, help="name agents see, e.g. 售后话术")
    build.add_argument("--version", required=True, help="1, 2, 3 ...: higher than the last")
    build.add_argument("--category", action="append", metavar="NAME",
                       help="only this category and its subcategories (repeatable)")
    build.add_argument("--sign", metavar="KEYFILE", help="sign with this key (pack keygen)")
    build.add_argument("--changelog", help="what changed, shown to agents after the update")
    build.add_argument("--publisher", help="who publishes it (default: the shop name)")
    build.add_argument("--no-wording", action="store_true",
                       help="leave out your forbidden_words and allowed_words (by default "
                       "the pack carries them and subscribers' wording checks use them)")
    build.add_argument("-o", "--output", required=True, metavar="FILE")

    subscribe = add(commands, "subscribe", cmd_subscribe,
                    "subscribe to a team pack: a .huashu file, a folder or an http(s) URL")
    subscribe.add_argument("source")
    subscribe.add_argument("--pubkey", metavar="KEY", help="the team lead's public key "
                           "(huashu-ed25519:…); without it the first signing key is pinned")
    subscribe.add_argument("--id", help="which pack, when a folder holds several")
    add(commands, "subscriptions", cmd_subscriptions, "list team pack subscriptions")
    unsubscribe = add(commands, "unsubscribe", cmd_unsubscribe,
                      "stop a subscription and remove its pack items", json_flag=False)
    unsubscribe.add_argument("id", metavar="ID")
    sync = add(commands, "sync", cmd_sync, "check every subscription and apply new versions")
    sync.add_argument("id", nargs="?", metavar="ID", help="only this subscription")
    sync.add_argument("--language", default="en", help=argparse.SUPPRESS)

    add(commands, "start", cmd_start, "start the tray app (the same as plain `huashu`)",
        json_flag=False)
    for name, text in (("show", "open the quick-reply popup of the running Huashu "
                                "(starting it if needed)"),
                       ("toggle", "open or close the popup: bind a desktop shortcut to this "
                                  "where global hotkeys are impossible (Wayland)")):
        sub = add(commands, name, cmd_show, text, json_flag=False)
        sub.add_argument("--customer", metavar="NAME",
                         help="customer's name for the popup's customer bar, e.g. 王小明")
        sub.add_argument("--gender", type=_gender, default=Gender.UNKNOWN,
                         help="male, female or unknown (先生/男, 女士/女, 未知 also work)")
    opening = add(commands, "open", cmd_open, "open a window of the running Huashu (starting "
                  "it if needed): templates, knowledge, settings or stats", json_flag=False)
    opening.add_argument("window", choices=("templates", "knowledge", "settings", "stats"))
    add(commands, "manage", cmd_open, "open the template manager (the same as "
        "`huashu open templates`)", json_flag=False)
    add(commands, "quit", cmd_remote, "quit the running Huashu", json_flag=False)
    add(commands, "status", cmd_remote, "show the running Huashu's state")
    return parser


def _is_text(argument: str) -> bool:
    """Bytes that were not UTF-8 reach Python as lone surrogates (and so do lone surrogates
    passed by another program): nothing can store or show them."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    unreadable = next((n for n, arg in enumerate(argv, start=1) if not _is_text(arg)), None)
    if unreadable is not None:
        print(f"huashu: argument {unreadable} is not valid text (not UTF-8, or half of a "
              "character); check the terminal's or the calling program's encoding",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        args = parser.parse_args(argv)
        if getattr(args, "handler", None) is None:
            return cmd_start(args)
        return args.handler(args)
    except UsageError as exc:
        print(f"huashu: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except HuashuError as exc:
        print(f"huashu: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as exc:
        explained = explained_os_error(exc)
        if explained is None:
            return _internal_error(exc)
        print(f"huashu: {explained}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: keep the one-line promise, allow details on demand
        return _internal_error(exc)


def _internal_error(exc: BaseException) -> int:
    if os.environ.get("HUASHU_DEBUG"):
        raise exc
    print(f"huashu: internal error: {exc!r} (set HUASHU_DEBUG=1 for details)", file=sys.stderr)
    return EXIT_ERROR
