"""The review queue at scale: a generated store of 200,000 statements, opened headlessly.

    python benchmarks/tui.py [--statements 200000]

Prints time to first paint, median and worst time per cursor key over 200 presses,
and time to apply a typed filter. The bars (issue 4): first paint under 1.5 s,
cursor moves under 50 ms median and 150 ms worst, a filter applied under 300 ms.

Per-key figures are the CPU time the app spends on the key (handling it and painting
the changed lines). Textual's test pilot waits for the app to go idle after every
key, which adds about the same wall time to any key, even one that does nothing; that
baseline is printed too, so the wall time a person would see is the CPU time plus at
most a frame.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from factcheck.store import Store
from factcheck.store.db import now

WORDS = str.split(
    "tariff trade talks deal goods billion percent minister said would exports imports steel "
    "farmers soybeans market growth deficit agreement negotiators officials meeting week"
)
SPEAKERS = [
    f"{f} {s}"
    for f in ("Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal")
    for s in ("Reyes", "Chen", "Okafor", "Novak", "Haddad", "Ito", "Walsh", "Stone")
]
KINDS = ("direct", "partial", "indirect", "claim", "tweet")


def build(path: Path, n: int, per_article: int = 100, seed: int = 5) -> None:
    rng = random.Random(seed)
    store = Store(path)
    stamp = now()
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO speakers (id, name, kind, aliases, created_at) VALUES (?,?,?,?,?)",
            [(i + 1, name, "person", "[]", stamp) for i, name in enumerate(SPEAKERS)],
        )
        seq = 0
        for a in range(n // per_article):
            aid = f"{a:016x}"
            body = []
            rows = []
            pos = 0
            for _ in range(per_article):
                text = " ".join(rng.choices(WORDS, k=rng.randint(8, 30))).capitalize() + "."
                body.append(text)
                seq += 1
                speaker = rng.randrange(len(SPEAKERS))
                flags = rng.choice(["", "", "", "", "consistent", "contradiction", "misquote"])
                rows.append(
                    (
                        seq,
                        f"{aid}/q{pos}-{pos + len(text)}",
                        aid,
                        "quote",
                        rng.choice(KINDS),
                        text,
                        pos,
                        pos + len(text),
                        speaker + 1,
                        SPEAKERS[speaker],
                        text.lower(),
                        flags,
                    )
                )
                pos += len(text) + 2
            conn.execute("INSERT INTO documents (id, key) VALUES (?, ?)", (a + 1, aid))
            conn.execute(
                "INSERT INTO articles (id, document_id, version, outlet, chars, quotes, claims,"
                " ingested_at, text) VALUES (?,?,1,?,?,?,0,?,?)",
                (aid, a + 1, f"Outlet {a % 40}", pos, per_article, stamp, "\n\n".join(body)),
            )
            conn.executemany(
                'INSERT INTO statements (seq, id, article_id, type, kind, text, start, "end",'
                " speaker_id, speaker_name, norm, flags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
        conn.execute(
            "INSERT INTO statements_fts (rowid, text, speaker_name)"
            " SELECT seq, text, speaker_name FROM statements"
        )
        reviewed = rng.sample(range(1, seq + 1), seq // 10)
        conn.executemany(
            "INSERT INTO reviews (statement_id, verdict, reviewer, updated_at)"
            " SELECT id, ?, 'bench', ? FROM statements WHERE seq = ?",
            [(rng.choice(["true", "false", "misleading"]), stamp, s) for s in reviewed],
        )
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


async def measure(path: Path) -> dict[str, float]:
    from factcheck.tui.app import FactcheckApp
    from factcheck.tui.widgets.queue_table import QueueTable

    t0 = time.perf_counter()
    app = FactcheckApp(path, "bench", watch_interval=0)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        out["first_paint"] = time.perf_counter() - t0
        out["rows"] = len(app.queue)
        table = app.screen.query_one(QueueTable)

        async def key(k: str) -> tuple[float, float]:
            w, c = time.perf_counter(), time.process_time()
            await pilot.press(k)
            await pilot.pause()
            return time.process_time() - c, time.perf_counter() - w

        idle = [await key("escape") for _ in range(20)]  # bound, does nothing here
        out["idle_wall"] = statistics.median(w for _, w in idle)
        moves = [await key("down" if i % 50 < 40 else "pagedown") for i in range(200)]
        assert table.cursor > 150
        cpu = [c for c, _ in moves]
        out["cursor_median"] = statistics.median(cpu)
        out["cursor_worst"] = max(cpu)
        out["cursor_wall_median"] = statistics.median(w for _, w in moves)
        await pilot.press("slash")
        typed = [await key(ch) for ch in "tariff"]
        out["filter_keystroke_worst"] = max(c for c, _ in typed)
        out["filter_final"] = typed[-1][0]
        out["filtered_rows"] = len(app.queue)
        c = time.process_time()
        app.screen.apply(app.queue.filter.but(text="tariff soybeans", relation="contradiction"))
        await pilot.pause()
        out["filter_two_words_and_relation"] = time.process_time() - c
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--statements", type=int, default=200_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "queue.db"
        t = time.perf_counter()
        build(path, args.statements)
        print(f"built a store of {args.statements:,} statements in {time.perf_counter() - t:.1f} s")
        r = asyncio.run(measure(path))
    ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
    print(f"first paint (app start to queue on screen): {ms(r['first_paint'])}  (bar 1500 ms)")
    print(
        f"cursor key, 200 presses (CPU): median {ms(r['cursor_median'])} (bar 50 ms), "
        f"worst {ms(r['cursor_worst'])} (bar 150 ms)"
    )
    print(
        f"  wall per key in the test pilot: median {ms(r['cursor_wall_median'])}; "
        f"a key that does nothing: {ms(r['idle_wall'])}"
    )
    print(
        f"typed filter 'tariff' (CPU): worst keystroke {ms(r['filter_keystroke_worst'])}, "
        f"last {ms(r['filter_final'])} -> {r['filtered_rows']:,.0f} rows  (bar 300 ms)"
    )
    print(f"two words and a relation: {ms(r['filter_two_words_and_relation'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
