"""A seeded fuzzer for the extractor: no input may fail a document, none may take long, and time must
stay linear in length.

Input *i* of seed *s* depends only on ``(s, i)`` (like ``bench/synth.py``), so a failure is
reproduced with ``--only I``. The kinds, by weight:

    unicode     random code points of every plane: lone surrogates, control characters, combining
                marks, right-to-left text, zero-width and odd spaces, emoji, private use
    numbers     news sentences around absurd figures: 320-digit numbers, decimals of 500 digits,
                "9999999 trillion", long comma groups, percentages past 100, digits of other scripts
    dates       news sentences with impossible or extreme dates ("31 February 2024", "1 January
                10000", "Q5", "next year" on 9999-12-31) and extreme or broken publication dates
                (year 1, year 9999, "0000-00-00", "2024-02-30", "garbage")
    news        a ``bench/synth.py`` article, whitespace-mangled (CRLF, tabs, hard wrapping, blank
                runs) and salted with pieces of the other kinds
    runs        long stretches without a sentence end: "1,000 " × n, words, one long token,
                countries, money, dates, quotation marks, newlines only — 2 KB to 100 KB
    huge        1 MB: synth articles run together (whitespace-mangled), or random unicode

Each input runs in a worker process (``--workers``) through ``missionwatch.nlp.extract`` (with
``extractor=NAME`` when ``--extractor`` is given and ``extract`` takes that keyword). An input fails
when the extractor raises, returns a claim whose offsets or sentence are not in the text or that
JSON cannot hold, or its worker dies; it is over the limit when it takes ``--limit`` seconds of CPU
(a worker still busy after ``--kill-after`` × the limit in wall time is killed, replaced, and its
input counted over). Times are CPU seconds of the worker (wall seconds are kept beside them: on a
shared machine they measure the neighbours too). Then, unless ``--no-scaling``, the CPU time per KB
of one news-like text of 1 MB is measured whole and in ten 10 KB slices spread over it (median of
``--repeats``).

    .venv/bin/python bench/fuzz.py -n 10000 --seed 1              # the issue-9 target run
    .venv/bin/python bench/fuzz.py -n 200 --seed 7 --no-scaling   # a quick look
    .venv/bin/python bench/fuzz.py --seed 1 --only 4711 --show    # one input: its text and result
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import multiprocessing as mp
import os
import platform
import random
import statistics
import sys
import textwrap
import time
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KINDS: dict[str, float] = {
    "unicode": 0.2,
    "numbers": 0.2,
    "dates": 0.2,
    "news": 0.27,
    "runs": 0.128,
    "huge": 0.002,
}


@dataclass
class Case:
    """One generated input."""

    index: int
    kind: str
    text: str
    published: str | None
    title: str | None = None


# --- generation --------------------------------------------------------------------------------

_WORDS = [
    "Kenya",
    "Haiti",
    "MSS",
    "GSF",
    "BINUH",
    "MONUSCO",
    "UNMISS",
    "AUSSOM",
    "UNIFIL",
    "the",
    "Council",
    "resolution",
    "troops",
    "police",
    "officers",
    "soldiers",
    "personnel",
    "pledged",
    "deployed",
    "arrived",
    "withdrew",
    "killed",
    "displaced",
    "million",
    "billion",
    "$",
    "€",
    "KSh",
    "per",
    "cent",
    "about",
    "some",
    "nearly",
    "up",
    "to",
    "more",
    "than",
    "at",
    "least",
    "until",
    "by",
    "since",
    "on",
    "in",
    "last",
    "next",
    "week",
    "month",
    "year",
    "Monday",
    "January",
    "February",
    "March",
    "December",
    "Q1",
    "Q5",
    "“",
    "”",
    '"',
    "'",
    "(",
    ")",
    "-",
    "—",
    ",",
    ".",
    ";",
    ":",
    "?",
    "!",
    "\n",
    "\n\n",
]
_PLANES = (
    (0x00, 0x20),  # C0 controls
    (0x7F, 0xA0),  # DEL, C1 controls
    (0x20, 0x7F),  # ASCII
    (0xA0, 0x250),  # Latin-1, Latin Extended
    (0x300, 0x370),  # combining marks
    (0x590, 0x700),  # Hebrew, Arabic
    (0x660, 0x66A),  # Arabic-Indic digits
    (0x2000, 0x2070),  # spaces, zero-width, separators, dashes, quotes
    (0x3000, 0x3100),  # CJK punctuation, kana
    (0xD800, 0xE000),  # surrogates (lone)
    (0xE000, 0xE100),  # private use
    (0xFFF0, 0x10000),  # specials, U+FFFE/FFFF
    (0x1F300, 0x1F700),  # emoji
    (0x10000, 0x110000),  # everything else above the BMP
)
_COUNTRIES = (
    "Kenya",
    "Jamaica",
    "the Bahamas",
    "Chad",
    "Benin",
    "El Salvador",
    "Guatemala",
    "Belize",
    "Canada",
)
_NOUNS = ("police officers", "troops", "soldiers", "personnel", "people", "civilians", "peacekeepers")
_VERBS = ("deployed", "pledged", "sent", "has", "withdrew", "promised", "killed", "displaced", "requires")


def _huge_number(rng: random.Random) -> str:
    n = rng.choice((17, 20, 40, 100, 320, 1000, 5000))
    digits = "".join(rng.choice("0123456789") for _ in range(n)).lstrip("0") or "9"
    form = rng.randrange(7)
    if form == 0:  # with thousands separators
        head = len(digits) % 3 or 3
        return ",".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])
    if form == 1:
        return f"{digits}.{''.join(rng.choice('0123456789') for _ in range(rng.choice((1, 50, 500))))}"
    if form == 2:
        return f"${digits} {rng.choice(('million', 'billion', 'trillion', 'bn', 'm'))}"
    if form == 3:
        return f"{digits}%"
    if form == 4:
        return f"{digits} trillion"
    if form == 5:  # digits of another script
        return digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return digits


def _extreme_date(rng: random.Random) -> str:
    return rng.choice(
        (
            "31 February 2024",
            "30 February 2025",
            "0 January 2025",
            "32 December 2024",
            "1 January 10000",
            "Q5 2024",
            "the 99th quarter of 2024",
            "9999-12-31",
            "0000-00-00",
            "on the first day of year 1",
            "December 31, 9999",
            "next year",
            "last year",
            "last week",
            "next month",
            "tomorrow",
            "yesterday",
            "a year earlier",
            "six years ago",
            "by the end of next year",
            "Christmas Eve",
            "on Monday",
            "last Monday",
            "since December",
            "in the first six months of the year",
            "between 29 February 2023 and 31 April 2024",
            f"{rng.randrange(-5, 40)} {rng.choice(('January', 'Feb.', 'Sept', 'May'))} "
            f"{rng.randrange(0, 99999)}",
        )
    )


def _published(rng: random.Random) -> str | None:
    return rng.choice(
        (
            None,
            "0001-01-01",
            "0001-01-03",
            "9999-12-31",
            "9999-12",
            "9999",
            "0001",
            "0000-00-00",
            "2024-02-30",
            "2024-13-01",
            "garbage",
            "",
            "2024-09-30T14:00:00Z",
            "2024-09-30",
            "2025-10-15",
            "１９９９-０１-０１",
        )
    )


def _sentence(rng: random.Random, figure: str | None = None, when: str | None = None) -> str:
    figure = figure or str(rng.randrange(1, 5000))
    parts = [
        rng.choice(_COUNTRIES),
        rng.choice(_VERBS),
        rng.choice(("", "about ", "more than ", "up to ")) + figure,
        rng.choice(_NOUNS),
        rng.choice(("to Haiti", "to the MSS", "in Somalia", "for the GSF", "")),
    ]
    if when:
        parts.append(when)
    return " ".join(p for p in parts if p) + rng.choice((".", ",", ";", "", " and"))


def _unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        if rng.random() < 0.2:
            out.append(rng.choice(_WORDS) + " ")
            continue
        lo, hi = rng.choice(_PLANES)
        out.append(chr(rng.randrange(lo, hi)))
    return "".join(out)


def _mangle(rng: random.Random, text: str) -> str:
    """Whitespace as sources write it: hard wrapping, CRLF, blank runs, tabs, no-break spaces."""
    if rng.random() < 0.4:
        width = rng.randrange(25, 110)
        text = "\n".join(
            "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) or line
            for line in text.split("\n")
        )
    if rng.random() < 0.3:
        text = text.replace("\n\n", rng.choice(("\n\n\n\n", "\n \n\t\n", "\n")))
    if rng.random() < 0.3:
        text = text.replace(", ", rng.choice((",\t", ",\u00a0", ",  ")))
    if rng.random() < 0.2:
        text = text.replace("\n", " \n")
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text


def _synth_text(seed: int, index: int) -> tuple[str, str]:
    from bench import synth

    doc = synth.document(seed, index)
    return doc.text, doc.published


def _news_like(rng: random.Random, size: int, seed: int) -> str:
    """Synth articles run together until ``size`` characters."""
    parts: list[str] = []
    total = 0
    k = rng.randrange(1_000_000)
    while total < size:
        text, _ = _synth_text(seed, k)
        parts.append(text)
        total += len(text) + 2
        k += 1
    return "\n\n".join(parts)[:size]


def _run(rng: random.Random) -> str:
    n = rng.choice((2_000, 10_000, 30_000, 100_000))
    unit = rng.choice(
        (
            "1,000 ",
            "word ",
            "Kenya ",
            "and ",
            "$5m ",
            "on Monday ",
            "“",
            "“quoted ",
            "\n",
            "- ",
            "Kenya, ",
            "troops ",
            "400 police officers ",
            "the U.S. ",
            "Mr. ",
            "1 ",
            "x",
            "9",
            "(",
            "Kenya-led ",
            "killed ",
        )
    )
    return (unit * (n // len(unit) + 1))[:n]


def generate(seed: int, index: int, kind: str | None = None) -> Case:
    """Input ``index`` of ``seed``; the same arguments give the same input."""
    rng = random.Random(f"missionwatch-fuzz:{seed}:{index}")
    kind = kind or rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
    if kind == "unicode":
        return Case(index, kind, _unicode(rng, rng.choice((0, 1, 10, 100, 1000, 5000))), _published(rng))
    if kind == "numbers":
        sentences = [
            _sentence(rng, _huge_number(rng) if rng.random() < 0.6 else None)
            for _ in range(rng.randrange(1, 12))
        ]
        return Case(index, kind, " ".join(sentences), _published(rng))
    if kind == "dates":
        sentences = [_sentence(rng, None, _extreme_date(rng)) for _ in range(rng.randrange(1, 12))]
        return Case(index, kind, " ".join(sentences), _published(rng))
    if kind == "news":
        text, published = _synth_text(seed, index)
        words = text.split(" ")
        for _ in range(rng.randrange(0, 4)):  # salt: a piece of the other kinds
            piece = rng.choice((_huge_number(rng), _extreme_date(rng), _unicode(rng, 20), _sentence(rng)))
            words.insert(rng.randrange(len(words) + 1), piece)
        published = published if rng.random() < 0.8 else _published(rng)
        title = text.split("\n", 1)[0] if rng.random() < 0.7 else None
        return Case(index, kind, _mangle(rng, " ".join(words)), published, title)
    if kind == "runs":
        return Case(index, kind, _run(rng), _published(rng))
    if kind == "huge":
        if rng.random() < 0.2:
            return Case(index, kind, _unicode(rng, 1_000_000)[:1_000_000], _published(rng))
        return Case(index, kind, _mangle(rng, _news_like(rng, 1_000_000, seed))[:1_000_000], "2025-06-30")
    raise ValueError(f"unknown kind {kind!r}")


# --- running -------------------------------------------------------------------------------------


def check(text: str, claims: list[Any]) -> str | None:
    """Why the claims of ``text`` are wrong, or None: offsets, sentence and JSON must hold."""
    for c in claims:
        if not (0 <= c.start <= c.end <= len(text)):
            return f"{c.measure}: evidence [{c.start}:{c.end}] outside a text of {len(text)}"
        if c.sentence and c.sentence not in text:
            return f"{c.measure}: sentence is not in the text"
        json.dumps(c.model_dump(mode="json"))
    return None


def _extract_fn(extractor: str | None) -> Any:
    from missionwatch.nlp import extract

    if extractor and "extractor" in inspect.signature(extract).parameters:
        return lambda text, published, title: extract(text, published, title=title, extractor=extractor)
    return lambda text, published, title: extract(text, published, title=title)


def _worker(conn: Connection, seed: int, extractor: str | None, quiet: bool) -> None:
    """Loop: receive an index (or a text), extract, send back (index, CPU s, wall s, claims, error)."""
    import logging

    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING)
    run = _extract_fn(extractor)
    for k in range(5):  # warm: loading the models, word lists and knowledge base is not timed
        text, published = _synth_text(seed, 1_000_000 + k)
        run(text, published, None)
    conn.send(("ready",))
    while True:
        msg = conn.recv()
        if msg is None:
            return
        # ("case", index) or ("text", tag, text, published)
        case = generate(seed, msg[1]) if msg[0] == "case" else Case(msg[1], "scaling", msg[2], msg[3])
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            claims = run(case.text, case.published, case.title)
            error = check(case.text, claims)
            n = len(claims)
        except BaseException as exc:  # every failure of the input is the finding
            error, n = f"{type(exc).__name__}: {str(exc)[:300]}", 0
        conn.send((case.index, time.process_time() - c0, time.perf_counter() - t0, n, error))


@dataclass
class Result:
    index: int
    kind: str
    chars: int
    seconds: float  # CPU
    wall: float
    claims: int
    error: str | None = None


class Pool:
    """Worker processes, each with a time limit per input; a stuck or dead worker is replaced."""

    def __init__(self, workers: int, seed: int, extractor: str | None, limit: float, quiet: bool) -> None:
        self.ctx = mp.get_context("spawn")
        self.seed, self.extractor, self.limit, self.quiet = seed, extractor, limit, quiet  # limit: wall s
        self.slots: list[dict[str, Any]] = [self._start() for _ in range(workers)]

    def _start(self) -> dict[str, Any]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(
            target=_worker, args=(child, self.seed, self.extractor, self.quiet), daemon=True
        )
        proc.start()
        child.close()
        if not parent.poll(300) or parent.recv() != ("ready",):
            raise RuntimeError("a worker did not start")
        return {"proc": proc, "conn": parent, "job": None, "since": 0.0}

    def _restart(self, slot: dict[str, Any]) -> None:
        slot["proc"].kill()
        slot["proc"].join()
        slot.update(self._start())

    def run(self, jobs: list[tuple[Any, ...]], on_result: Any) -> None:
        """``jobs``: ("case", index) or ("text", tag, text, published);
        ``on_result(job, cpu_seconds, wall_seconds, n_claims, error)``."""
        pending = list(reversed(jobs))
        while pending or any(s["job"] for s in self.slots):
            for slot in self.slots:
                if slot["job"] is None and pending:
                    slot["job"] = pending.pop()
                    slot["since"] = time.perf_counter()
                    slot["conn"].send(slot["job"])
            busy = [s for s in self.slots if s["job"] is not None]
            soonest = min(s["since"] + self.limit for s in busy)
            ready = wait([s["conn"] for s in busy], timeout=max(0.0, soonest - time.perf_counter()))
            now = time.perf_counter()
            for slot in busy:
                job = slot["job"]
                if slot["conn"] in ready:
                    try:
                        _idx, cpu, wall, n, error = slot["conn"].recv()
                    except (EOFError, OSError):
                        wall = now - slot["since"]
                        on_result(job, wall, wall, 0, f"worker died (exit code {slot['proc'].exitcode})")
                        self._restart(slot)
                    else:
                        on_result(job, cpu, wall, n, error)
                    slot["job"] = None
                elif now - slot["since"] >= self.limit:
                    wall = now - slot["since"]
                    on_result(job, wall, wall, 0, f"still running after {self.limit:g} s (killed)")
                    self._restart(slot)
                    slot["job"] = None

    def close(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(OSError):
                slot["conn"].send(None)
            slot["proc"].join(5)
            if slot["proc"].is_alive():
                slot["proc"].kill()


def scaling(pool: Pool, seed: int, repeats: int) -> dict[str, Any]:
    """CPU ms per KB of one news-like text of 1 MB, whole and in 10 KB pieces (ten slices spread over
    it, so that both times are of the same mix of sentences), median of ``repeats``."""
    rng = random.Random(f"missionwatch-fuzz-scaling:{seed}")
    big = _news_like(rng, 1_000_000, seed)
    step = len(big) // 10
    slices = [big[k * step : k * step + 10_240] for k in range(10)]
    small_chars = sum(len(x) for x in slices)
    totals: dict[str, float] = {}
    jobs = [("text", f"10KB:{r}", x, "2025-06-30") for r in range(repeats) for x in slices]
    jobs += [("text", f"1MB:{r}", big, "2025-06-30") for r in range(repeats)]

    def record(job: tuple[Any, ...], cpu: float, _wall: float, _n: int, error: str | None) -> None:
        if error:
            raise RuntimeError(f"scaling input {job[1]} failed: {error}")
        totals[job[1]] = totals.get(job[1], 0.0) + cpu

    pool.run(jobs, record)
    small = [totals[f"10KB:{r}"] for r in range(repeats)]
    whole = [totals[f"1MB:{r}"] for r in range(repeats)]
    small_ms = 1000 * statistics.median(small) / (small_chars / 1024)
    big_ms = 1000 * statistics.median(whole) / (len(big) / 1024)
    return {
        "chars_10KB": small_chars // 10,
        "chars_1MB": len(big),
        "seconds_10KB": [round(x / 10, 4) for x in small],  # per 10 KB piece
        "seconds_1MB": [round(x, 3) for x in whole],
        "ms_per_KB_10KB": round(small_ms, 2),
        "ms_per_KB_1MB": round(big_ms, 2),
        "ratio": round(big_ms / small_ms, 3),
    }


def machine() -> dict[str, Any]:
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.system(),
    }


@dataclass
class Report:
    seed: int
    n: int
    extractor: str | None
    limit: float
    workers: int
    seconds: float = 0.0
    by_kind: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    slowest: list[dict[str, Any]] = field(default_factory=list)
    over_limit: int = 0
    max_wall: float = 0.0
    scaling: dict[str, Any] | None = None
    machine: dict[str, Any] = field(default_factory=machine)


def fuzz(
    n: int,
    seed: int,
    *,
    workers: int = 2,
    limit: float = 10.0,
    extractor: str | None = None,
    repeats: int = 3,
    with_scaling: bool = True,
    only: list[int] | None = None,
    quiet: bool = True,
    progress: bool = False,
    kill_after: float = 10.0,
) -> Report:
    report = Report(seed, n, extractor, limit, workers)
    results: list[Result] = []
    t0 = time.perf_counter()
    pool = Pool(workers, seed, extractor, limit * kill_after, quiet)
    try:
        indices = only if only is not None else list(range(n))
        kinds = {i: generate(seed, i).kind for i in indices}
        chars: dict[int, int] = {}

        def record(job: tuple[Any, ...], cpu: float, wall: float, claims: int, error: str | None) -> None:
            i = job[1]
            if i not in chars:
                chars[i] = len(generate(seed, i).text)
            if error and error.startswith("still running"):
                error = None  # not a failure of the extractor's output: counted as over the limit
                cpu = max(cpu, limit * kill_after)
            results.append(Result(i, kinds[i], chars[i], cpu, wall, claims, error))
            if progress and len(results) % 500 == 0:
                bad = sum(1 for r in results if r.error)
                print(f"  {len(results)}/{len(indices)} done, {bad} failed", file=sys.stderr)

        pool.run([("case", i) for i in indices], record)
        if with_scaling:
            report.scaling = scaling(pool, seed, repeats)
    finally:
        pool.close()
    report.seconds = round(time.perf_counter() - t0, 1)
    for kind in KINDS:
        rs = [r for r in results if r.kind == kind]
        if rs:
            report.by_kind[kind] = {
                "inputs": len(rs),
                "failures": sum(1 for r in rs if r.error),
                "median_ms": round(1000 * statistics.median(r.seconds for r in rs), 2),
                "max_s": round(max(r.seconds for r in rs), 3),
                "mean_chars": round(statistics.mean(r.chars for r in rs)),
            }
    report.failures = [asdict(r) for r in sorted(results, key=lambda r: r.index) if r.error]
    report.slowest = [asdict(r) for r in sorted(results, key=lambda r: -r.seconds)[:10]]
    report.over_limit = sum(1 for r in results if r.seconds >= limit)
    report.max_wall = round(max((r.wall for r in results), default=0.0), 2)
    return report


def format_report(r: Report) -> str:
    total = sum(k["inputs"] for k in r.by_kind.values())
    lines = [
        f"fuzz: {total} inputs, seed {r.seed}, extractor {r.extractor or 'default'}, {r.workers} workers, "
        f"limit {r.limit:g} s, {r.seconds} s in all",
        f"machine: {r.machine['cpu']}, {r.machine['cpus']} CPUs, Python {r.machine['python']}",
        "",
        "| kind | inputs | failures | median ms (CPU) | max s (CPU) | mean chars |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, k in r.by_kind.items():
        cells = (kind, k["inputs"], k["failures"], k["median_ms"], k["max_s"], f"{k['mean_chars']:,}")
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    lines += [
        "",
        f"document-level failures: {len(r.failures)} of {total}; over {r.limit:g} s of CPU: {r.over_limit}; "
        f"longest wall time {r.max_wall} s",
    ]
    for f in r.failures[:20]:
        lines.append(
            f"  #{f['index']} {f['kind']} ({f['chars']:,} chars, {f['seconds']:.2f} s): {f['error']}"
        )
    lines += ["", "slowest inputs (CPU):"]
    for s in r.slowest:
        lines.append(
            f"  #{s['index']} {s['kind']}: {s['seconds']:.3f} s ({s['wall']:.3f} s wall), "
            f"{s['chars']:,} chars"
        )
    if r.scaling:
        sc = r.scaling
        lines += [
            "",
            f"per-KB CPU time (median of {len(sc['seconds_1MB'])}): {sc['ms_per_KB_10KB']} ms/KB at 10 KB, "
            f"{sc['ms_per_KB_1MB']} ms/KB at 1 MB — ratio {sc['ratio']}",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    ap.add_argument("-n", type=int, default=1000, help="number of inputs (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("--limit", type=float, default=10.0, help="CPU seconds an input may take (default 10)")
    ap.add_argument(
        "--kill-after",
        type=float,
        default=10.0,
        help="kill a worker busy longer than this many times the limit, in wall time (default 10)",
    )
    ap.add_argument("--extractor", default=None, help="passed as extract(..., extractor=NAME) when supported")
    ap.add_argument("--repeats", type=int, default=3, help="repeats of the 10 KB and 1 MB timing (median)")
    ap.add_argument("--no-scaling", action="store_true", help="skip the 10 KB vs 1 MB timing")
    ap.add_argument("--only", type=int, nargs="*", help="run these input indices only")
    ap.add_argument("--show", action="store_true", help="print the inputs of --only and exit")
    ap.add_argument("--json", type=Path, help="write the full report as JSON")
    ap.add_argument("--warnings", action="store_true", help="let the extractor's warnings through")
    args = ap.parse_args(argv)
    if args.show:
        for i in args.only or []:
            c = generate(args.seed, i)
            print(
                json.dumps(
                    {
                        "index": i,
                        "kind": c.kind,
                        "published": c.published,
                        "title": c.title,
                        "chars": len(c.text),
                        "text": c.text[:2000],
                    },
                    ensure_ascii=True,
                )
            )
        return 0
    report = fuzz(
        args.n,
        args.seed,
        workers=args.workers,
        limit=args.limit,
        extractor=args.extractor,
        repeats=args.repeats,
        with_scaling=not args.no_scaling,
        only=args.only,
        quiet=not args.warnings,
        progress=True,
        kill_after=args.kill_after,
    )
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2, ensure_ascii=True) + "\n")
    ok = not report.failures and not report.over_limit
    if report.scaling:
        ok = ok and report.scaling["ratio"] <= 1.3
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
