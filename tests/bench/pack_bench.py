"""Team pack benchmark: prints JSON figures. Not a test; run it by hand:

    .venv/bin/python tests/bench/pack_bench.py [--templates 10000] [--articles 2000] [--local 2000]

An agent's data directory with ``--local`` templates of their own subscribes to a signed pack
of ``--templates`` templates and ``--articles`` articles (a real ``huashu subscribe`` process),
then syncs a second version in which a tenth of the items changed, a tenth were removed and a
tenth were added, then syncs once more with nothing new. Each step's wall time and the peak
resident memory of its process are measured. Bodies are built from the starter content.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def starter_texts() -> tuple[list[str], list[str], list[str]]:
    from assistant.services.starter import load_starter_content

    content = load_starter_content()
    return ([t.title for t in content.templates], [t.body for t in content.templates],
            [a.body for a in content.articles])


def pack_content(version: int, templates: int, articles: int):
    from assistant.core.packs import PackArticle, PackContent, PackTemplate

    titles, bodies, texts = starter_texts()
    items = list(range(templates))
    kept = items
    if version > 1:  # a tenth removed, a tenth changed, a tenth new
        kept = items[templates // 10:] + list(range(templates, templates + templates // 10))
    template_items = tuple(
        PackTemplate(f"t{n}", f"{titles[n % len(titles)]}（{n}）", bodies[n % len(bodies)] + (
            " 第二版" if version > 1 and n % 10 == 1 else ""), f"tm{n}", ("团队",),
            f"团队/分组{n % 40}")
        for n in kept)
    article_items = tuple(
        PackArticle(f"a{n}", f"团队文章{n}", texts[n % len(texts)], (), f"团队资料/分组{n % 20}")
        for n in range(articles))
    return PackContent((), template_items, article_items)


def write_pack(path: Path, key, version: int, args) -> None:
    from assistant.core.packs import Manifest, content_digest
    from assistant.services.packs import signing
    from assistant.services.packs.archive import pack_bytes

    content_json = pack_content(version, args.templates, args.articles).to_json()
    manifest = Manifest("bench", "基准包", version, content_hash=content_digest(content_json))
    manifest_json = manifest.to_json()
    path.write_bytes(pack_bytes(manifest, content_json, signing.sign(manifest_json, key),
                                manifest_json))


def add_local_templates(home: Path, count: int) -> None:
    os.environ["HUASHU_HOME"] = str(home)
    from assistant.app import open_app
    from assistant.core.content import make_template_draft
    from assistant.store.templates import add_template

    app = open_app(home)
    app.search.ensure_ready()
    with app.db.transaction() as conn:
        for n in range(count):
            add_template(conn, make_template_draft(title=f"我的模板{n}", body=f"本店回复{n}。",
                                                   shortcut=f"wd{n}", category="我的"))
    app.close()
    subprocess.run([sys.executable, "-m", "assistant", "reindex"], check=True,
                   capture_output=True, env=dict(os.environ, HUASHU_HOME=str(home)))


def timed(home: Path, *args: str) -> dict:
    """Run one huashu command; its wall time and its own peak RSS (wait4's rusage)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "assistant", *args, "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, HUASHU_HOME=str(home)))
    stdout, stderr = process.stdout.read(), process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(stderr)
    outcome = json.loads(stdout)
    outcome = outcome[0] if isinstance(outcome, list) else outcome
    return {"wall_s": round(wall, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "status": outcome["status"], "added": outcome["added"],
            "updated": outcome["updated"], "removed": outcome["removed"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--templates", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--local", type=int, default=2_000)
    args = parser.parse_args()
    from assistant.services.packs import signing

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        key_path = tmp / "lead.key"
        public = signing.generate_key(key_path)
        key = signing.load_private_key(key_path)
        home = tmp / "agent"
        add_local_templates(home, args.local)
        pack = tmp / "bench.huashu"
        write_pack(pack, key, 1, args)
        size_v1 = pack.stat().st_size
        results = {"pack_templates": args.templates, "pack_articles": args.articles,
                   "local_templates": args.local, "pack_bytes": size_v1}
        results["subscribe_v1"] = timed(home, "subscribe", str(pack), "--pubkey", public)
        write_pack(pack, key, 2, args)
        results["sync_v2"] = timed(home, "sync")
        results["sync_unchanged"] = timed(home, "sync")
        results["targets"] = {"wall_s": 5.0, "peak_rss_mb": 300}
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
