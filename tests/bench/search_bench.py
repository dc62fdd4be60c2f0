"""Search benchmark: prints JSON figures. Not a test; run it by hand:

    .venv/bin/python tests/bench/search_bench.py [--sizes 1000,10000,100000] [--queries 300]

Corpora are synthetic, built from the starter content: 5,000 templates and knowledge bases of
1k, 10k and 100k passages. Every figure is measured through the product's own services, in a
temporary HUASHU_HOME. The same passages are also indexed in SQLite FTS5 (trigram tokenizer)
and queried with the same keystrokes, for comparison. Full-pinyin keystrokes, which also search
template bodies, are timed on their own too. Figures and how to read them: docs/search-bench.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

TEMPLATES = 5000
ENGLISH = ["refund", "return", "photo", "order", "delay", "stock", "privacy", "complaint",
           "shipping", "closing", "greeting", "parcel"]
TWO_TERMS = ["退款 运费", "物流 延误", "优惠券 使用", "售后 时效", "投诉 处理", "押金 退还",
             "发票 开具", "退货 地址"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 2),
            "p95_ms": round(percentile(ms, 95), 2), "max_ms": round(max(ms), 2)}


def starter():
    from assistant.services.starter import load_starter_content

    return load_starter_content()


def sentences(content) -> list[str]:
    texts = [t.body for t in content.templates] + [a.body for a in content.articles]
    out = []
    for text in texts:
        out += [s.strip() for s in re.split(r"(?<=[。！？\n])", text) if len(s.strip()) > 6]
    return out


def realistic_queries(content, count: int, rng: random.Random) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    pool: set[str] = set(ENGLISH) | set(TWO_TERMS)
    for t in content.templates:
        if t.language != "zh":
            continue
        han = re.sub(r"[^\u4e00-\u9fff]", "", t.title)
        if len(han) >= 2:
            pool.add(han[:2])
            pool.add(han[:4])
            pool.add("".join(lazy_pinyin(han[:4], style=Style.FIRST_LETTER)))
            pool.add("".join(lazy_pinyin(han[:2])))
        if t.shortcut:
            pool.add(t.shortcut)
    return rng.sample(sorted(pool), min(count, len(pool)))


def prefixes(queries: list[str]) -> list[str]:
    return [q[:i] for q in queries for i in range(1, len(q) + 1) if q[:i].strip()]


def full_pinyin_keystrokes(content) -> list[str]:
    """Keystrokes of full pinyin past its first syllable (``tuik`` ... ``tuikuan``): the
    queries that also search template bodies' syllables."""
    from pypinyin import lazy_pinyin

    out = []
    for t in content.templates:
        han = re.sub(r"[^\u4e00-\u9fff]", "", t.title)
        if t.language == "zh" and len(han) >= 2:
            first, second = lazy_pinyin(han[:2])
            out += [first + second[:i] for i in range(1, len(second) + 1)]
    return sorted(set(out))


def insert_corpus(db, content, passages: int, rng: random.Random, templates: int) -> None:
    """Bulk rows straight into the tables (set-up only; not what is measured)."""
    from sqlalchemy import insert

    from assistant.core.content import content_hash
    from assistant.store.categories import ensure_category
    from assistant.store.tables import articles as article_table
    from assistant.store.tables import templates as template_table
    from assistant.store.tables import utcnow
    from assistant.store.settings import bump_generation

    pool = sentences(content)
    now = utcnow()
    with db.transaction() as conn:
        categories = {name: ensure_category(conn, (name,)) for name in content.categories}
        rows = []
        for i in range(len(content.templates), templates):  # starter content is already in
            base = content.templates[i % len(content.templates)]
            round_ = i // len(content.templates)
            rows.append({
                "id": str(uuid.uuid4()), "title": base.title + (f"（{round_}）" if round_ else ""),
                "body": base.body + rng.choice(pool), "shortcut": f"{base.shortcut}-{round_}",
                "tags": list(base.tags), "category_id": categories[base.category],
                "language": base.language, "favorite": False, "position": i, "use_count": 0,
                "created_at": now, "updated_at": now, "locally_modified": False,
            })
        if rows:
            conn.execute(insert(template_table), rows)
        kb_category = ensure_category(conn, ("基准测试",))
        batch = []
        for i in range(passages):
            title = rng.choice(pool)[:18]
            body = "".join(rng.sample(pool, 4))
            batch.append({"id": str(uuid.uuid4()), "title": title, "body": body, "tags": [],
                          "category_id": kb_category, "source_file": "bench.txt",
                          "section_path": str(i), "content_hash": content_hash(title, body),
                          "created_at": now, "updated_at": now})
            if len(batch) == 5000:
                conn.execute(insert(article_table), batch)
                batch = []
        if batch:
            conn.execute(insert(article_table), batch)
        bump_generation(conn)


def time_queries(run, queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        start = time.perf_counter()
        run(q)
        out.append((time.perf_counter() - start) * 1000)
    return out


def fts5(home: Path, db_path: Path, keystrokes: list[str]) -> dict:
    conn = sqlite3.connect(home / "fts5.db")
    conn.execute("CREATE VIRTUAL TABLE kb USING fts5(title, body, tokenize='trigram')")
    src = sqlite3.connect(db_path)
    start = time.perf_counter()
    conn.executemany("INSERT INTO kb (title, body) VALUES (?, ?)",
                     src.execute("SELECT title, body FROM articles"))
    conn.commit()
    build = time.perf_counter() - start

    def query(q: str) -> None:
        terms = [t for t in q.split() if t]
        clauses, params = [], []
        for t in terms:
            if len(t) >= 3:  # trigram index; shorter strings can only be scanned
                clauses.append("kb MATCH ?")
                params.append('"' + t.replace('"', '""') + '"')
            else:
                clauses.append("(title LIKE ? OR body LIKE ?)")
                params += [f"%{t}%", f"%{t}%"]
        if not clauses:
            return
        sql = "SELECT rowid FROM kb WHERE " + " AND ".join(clauses)
        if any(len(t) >= 3 for t in terms):
            sql += " ORDER BY bm25(kb)"
        conn.execute(sql + " LIMIT 20", params).fetchall()

    times = time_queries(query, keystrokes)
    conn.close()
    return {"build_s": round(build, 2), "keystroke": summary(times)}


COLD_SCRIPT = """
import json, sys, time
t0 = time.perf_counter()
from assistant.app import open_app
t1 = time.perf_counter()
app = open_app()
outcome = app.search.ensure_ready()
first_template = app.search.search_templates(sys.argv[1], 10)
t2 = time.perf_counter()
app.search.search_kb(sys.argv[2], 10)
t3 = time.perf_counter()
print(json.dumps({"imports_ms": (t1 - t0) * 1000, "open_and_first_template_query_ms": (t2 - t1) * 1000,
                  "first_kb_query_ms": (t3 - t2) * 1000, "outcome": outcome}))
"""


def cold_open(home: Path) -> dict:
    env = {**os.environ, "HUASHU_HOME": str(home), "PYTHONPATH": str(REPO)}
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", COLD_SCRIPT, "tkyf", "退款运费"], env=env,
                             capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(out))
    best = min(runs, key=lambda r: r["open_and_first_template_query_ms"])
    return {k: round(v, 1) if isinstance(v, float) else v for k, v in best.items()} | {
        "open_plus_first_query_ms": round(best["open_and_first_template_query_ms"]
                                          + best["first_kb_query_ms"], 1)}


def bench_size(passages: int, templates: int, content, queries: list[str]) -> dict:
    from assistant.app import open_app

    rng = random.Random(passages)
    with tempfile.TemporaryDirectory(prefix="huashu-bench-") as tmp:
        home = Path(tmp)
        os.environ["HUASHU_HOME"] = str(home)
        app = open_app(home)
        insert_corpus(app.db, content, passages, rng, templates)
        with app.db.reading() as session:
            from assistant.store.articles import count_articles
            from assistant.store.templates import count_templates

            n_articles, n_templates = count_articles(session), count_templates(session)
        start = time.perf_counter()
        app.search.ensure_ready()
        build_s = time.perf_counter() - start
        keystrokes = prefixes(queries)
        for q in keystrokes[:50]:  # warm caches the way a running app has them
            app.search.search_templates(q)
            app.search.search_kb(q)
        template_ms = time_queries(lambda q: app.search.search_templates(q, 20), keystrokes)
        pinyin_keystrokes = full_pinyin_keystrokes(content)
        pinyin_ms = time_queries(lambda q: app.search.search_templates(q, 20), pinyin_keystrokes)
        kb_ms = time_queries(lambda q: app.search.search_kb(q, 20), keystrokes)
        slowest = sorted(zip(kb_ms, keystrokes, strict=True), reverse=True)[:5]
        app.close()
        caches = [f for f in (home / "index").iterdir() if f.name.startswith("template-readings")]
        cold = cold_open(home)
        fts = fts5(home, home / "huashu.db", keystrokes)
        kb_summary = summary(kb_ms)
        return {
            "passages": n_articles,
            "templates": n_templates,
            "index_build_s": round(build_s, 2),
            "index_build_docs_per_s": round((n_articles + n_templates) / build_s),
            "keystrokes": len(keystrokes),
            "templates_keystroke": summary(template_ms),
            "templates_full_pinyin_keystroke": summary(pinyin_ms),
            "readings_cache_kb": {f.name: round(f.stat().st_size / 1024) for f in caches},
            "kb_keystroke": kb_summary,
            "kb_slowest": [[q, round(ms, 1)] for ms, q in slowest],
            "cold": cold,
            "fts5_trigram": fts,
            "kb_p95_ratio_whoosh_to_fts5": round(kb_summary["p95_ms"] / fts["keystroke"]["p95_ms"], 2),
            "kb_p50_ratio_whoosh_to_fts5": round(kb_summary["p50_ms"] / fts["keystroke"]["p50_ms"], 2),
            "peak_rss_mb": round(rss_mb(), 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    content = starter()
    queries = realistic_queries(content, args.queries, random.Random(7))
    report = {"queries": len(queries), "machine_cpus": os.cpu_count(), "runs": []}
    for size in (int(s) for s in args.sizes.split(",")):
        report["runs"].append(bench_size(size, TEMPLATES, content, queries))
        print(json.dumps(report["runs"][-1], ensure_ascii=False), file=sys.stderr)
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
