"""The review queue at scale: a generated store of 200,000 statements, opened headlessly.

    python benchmarks/tui.py [--statements 200000]

Prints start-up to the first screen in a fresh process (cold: the first launch, with
the page cache dropped when the machine allows it; warm: the median of the next three),
time to first paint, median and worst time per cursor key over 200 presses, and time
from a typed filter to its result on screen. The bars: start-up to the first screen
under 1 s (issue 15), first paint under 1.5 s, cursor moves under 50 ms median and
150 ms worst. Every figure is given as wall time and CPU time: the machine is shared.

Per-key figures are the CPU time the app spends on the key (handling it and painting
the changed lines). Textual's test pilot waits for the app to go idle after every
key, which adds about the same wall time to any key, even one that does nothing; that
baseline is printed too, so the wall time a person would see is the CPU time plus at
most a frame.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.pipeline.worth import Candidate, score
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
                kind = rng.choice(KINDS)
                worth = score(Candidate("", "quote", kind, text, 0, len(text), SPEAKERS[speaker]))
                rows.append(
                    (
                        seq,
                        f"{aid}/q{pos}-{pos + len(text)}",
                        aid,
                        "quote",
                        kind,
                        text,
                        pos,
                        pos + len(text),
                        speaker + 1,
                        SPEAKERS[speaker],
                        text.lower(),
                        flags,
                        worth.score,
                        worth.why,
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
                " speaker_id, speaker_name, norm, flags, worth, worth_why)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
        reviewed = rng.sample(range(1, seq + 1), seq // 10)
        conn.executemany(
            "INSERT INTO reviews (statement_id, verdict, reviewer, updated_at)"
            " SELECT id, ?, 'bench', ? FROM statements WHERE seq = ?",
            [(rng.choice(["true", "false", "misleading"]), stamp, s) for s in reviewed],
        )
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


STARTUP = """
import time, sys
t0 = time.perf_counter()
import asyncio
from factcheck.tui.app import FactcheckApp
from factcheck.tui.screens.queue import QueueScreen

async def main():
    app = FactcheckApp(sys.argv[1], "bench", watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time()}))

import json
asyncio.run(main())
"""


def startup(path: Path) -> dict[str, float]:
    """Process start to the queue on screen; the interpreter's own start is included."""

    def once() -> tuple[float, float]:
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP, str(path)], capture_output=True, text=True, check=True
        )
        wall = time.perf_counter() - t
        return wall, json.loads(out.stdout.strip().splitlines()[-1])["cpu"]

    try:  # cold: nothing of the program or the database in the page cache
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        dropped = True
    except OSError:
        dropped = False
    cold = once()
    warm = [once() for _ in range(3)]
    return {
        "cold_wall": cold[0],
        "cold_cpu": cold[1],
        "cold_dropped": float(dropped),
        "warm_wall": statistics.median(w for w, _ in warm),
        "warm_cpu": statistics.median(c for _, c in warm),
    }


async def measure(path: Path) -> dict[str, float]:
    from textual import events

    from factcheck.app.queue import QueueFilter
    from factcheck.tui.app import FactcheckApp
    from factcheck.tui.widgets.queue_table import QueueTable

    t0, c0 = time.perf_counter(), time.process_time()
    app = FactcheckApp(path, "bench", watch_interval=0)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        out["first_paint"] = time.perf_counter() - t0
        out["first_paint_cpu"] = time.process_time() - c0
        out["default_rows"] = len(app.queue)
        app.screen.apply(QueueFilter(scope="all", verdict=None, sort="order", descending=False))
        await pilot.pause()
        out["rows"] = len(app.queue)
        table = app.screen.query_one(QueueTable)

        async def key(k: str) -> tuple[float, float]:
            w, c = time.perf_counter(), time.process_time()
            await pilot.press(k)
            await pilot.pause()
            return time.process_time() - c, time.perf_counter() - w

        idle = [await key("f5") for _ in range(20)]  # bound to nothing here
        out["idle_wall"] = statistics.median(w for _, w in idle)
        moves = [await key("down" if i % 50 < 40 else "pagedown") for i in range(200)]
        assert table.cursor > 150
        cpu = [c for c, _ in moves]
        out["cursor_median"] = statistics.median(cpu)
        out["cursor_worst"] = max(cpu)
        out["cursor_wall_median"] = statistics.median(w for _, w in moves)
        await pilot.press("slash")
        # typed at speed, as a terminal delivers it: the clock runs from the last key
        # to the filtered rows on screen (the queue waits for typing to pause)
        for ch in "tariff":
            event = events.Key(ch, ch)
            event.set_sender(app)
            app._driver.send_message(event)
        w, c = time.perf_counter(), time.process_time()
        while app.queue.filter.text != "tariff":
            await asyncio.sleep(0.005)
        await pilot.pause()
        out["filter_to_screen_wall"] = time.perf_counter() - w
        out["filter_to_screen_cpu"] = time.process_time() - c
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
        st = startup(path)
        r = asyncio.run(measure(path))
    ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
    cold = "page cache dropped" if st["cold_dropped"] else "first launch; cache not droppable"
    print(
        f"start-up to first screen, cold ({cold}): {ms(st['cold_wall'])} wall,"
        f" {ms(st['cold_cpu'])} CPU  (bar 1000 ms)"
    )
    print(
        f"start-up to first screen, warm (median of 3): {ms(st['warm_wall'])} wall,"
        f" {ms(st['warm_cpu'])} CPU  (bar 1000 ms)"
    )
    print(
        f"first paint (app start to queue on screen): {ms(r['first_paint'])} wall,"
        f" {ms(r['first_paint_cpu'])} CPU; {r['default_rows']:,.0f} worth checking of"
        f" {r['rows']:,.0f}  (bar 1500 ms)"
    )
    print(
        f"cursor key, 200 presses (CPU): median {ms(r['cursor_median'])} (bar 50 ms), "
        f"worst {ms(r['cursor_worst'])} (bar 150 ms)"
    )
    print(
        f"  wall per key in the test pilot: median {ms(r['cursor_wall_median'])}; "
        f"a key that does nothing: {ms(r['idle_wall'])}"
    )
    print(
        f"typed filter 'tariff', last key to result on screen: "
        f"{ms(r['filter_to_screen_wall'])} wall, {ms(r['filter_to_screen_cpu'])} CPU"
        f" -> {r['filtered_rows']:,.0f} rows"
    )
    print(f"two words and a relation: {ms(r['filter_two_words_and_relation'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
