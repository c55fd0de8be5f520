"""Throughput, latency and memory of the learned abuse signal on the 1,000,000-message demo.

Run it (not part of the test suite)::

    python -m tests.benchmarks learned

Targets (issue 19): at least 10,000 messages a second over the demo's customer messages on
a 2-core machine; one customer's ~900 messages in under a second (a fresh signal: model load
and empty caches included); peak memory under 400 MB.

Only the customers' own words are scored, as the scan does (``authors`` = customer): the
agents' replies are ours. The texts are taken from the demo export (tests/benchmarks/data.py
writes it once) and saved once as a JSON-lines file beside it; the full pass runs in child
processes that stream that file in batches of 5,000, so their peak memory is the signal's and
not this parent's. Printed beside the targets: the cached rate (what a scan sees: support
mail repeats itself), the uncached model rate, one and two processes, and the model's size.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.learned.features import normalise, sentences
from desk.abuse.learned.model import load_model, model_path, read_model
from desk.abuse.learned.predict import LearnedSignal
from desk.demo.generator import PLANTED_EMAIL
from tests.benchmarks.data import bench_dir, demo_export

TARGET_RATE = 10_000
CUSTOMER_TARGET = 1.0  # seconds for one customer's ~900 messages
MEMORY_TARGET = 400  # MB, peak resident size of a scanning process
BATCH = 5000


def customer_texts() -> tuple[Path, list[str]]:
    """The file of every customer-authored message (JSON lines), and the planted customer's."""
    export = demo_export()
    target = bench_dir() / f"{export.stem}.customer-texts.jsonl"
    planted_file = bench_dir() / f"{export.stem}.planted-texts.json"
    if not target.exists() or not planted_file.exists():
        print(f"extracting the customers' messages to {target} …", flush=True)
        planted_ids: set[int] = set()
        planted: list[str] = []
        with export.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
            for line in source:
                record = json.loads(line)
                if "comments" not in record:
                    if record.get("email") == PLANTED_EMAIL:
                        planted_ids.add(int(record["id"]))
                    continue
                requester = record["requester_id"]
                for comment in record["comments"]:
                    if comment["author_id"] == requester:
                        out.write(json.dumps(comment["body"], ensure_ascii=False) + "\n")
                        if requester in planted_ids:
                            planted.append(comment["body"])
        planted_file.write_text(json.dumps(planted, ensure_ascii=False), encoding="utf-8")
    return target, json.loads(planted_file.read_text(encoding="utf-8"))


def _batches(path: Path, part: int, parts: int) -> Iterator[list[str]]:
    batch: list[str] = []
    with path.open(encoding="utf-8") as source:
        for number, line in enumerate(source):
            if number % parts != part:
                continue
            batch.append(json.loads(line))
            if len(batch) == BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def child(path: Path, part: int, parts: int) -> None:
    """One scanning process: stream its share of the texts through one signal; print JSON."""
    started = time.perf_counter()
    model = load_model()
    assert model is not None
    signal = LearnedSignal(model)
    count = flagged = 0
    for batch in _batches(path, part, parts):
        results = signal.hits_many(batch)
        count += len(batch)
        flagged += sum(1 for r in results if r)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"messages": count, "flagged": flagged, "seconds": seconds, "peak": peak}))


def _run(path: Path, parts: int) -> tuple[int, int, float, float]:
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.bench_learned", str(path), str(i), str(parts)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(parts)
    ]
    reports = [json.loads(p.communicate()[0]) for p in processes]
    seconds = time.perf_counter() - started
    messages = sum(r["messages"] for r in reports)
    flagged = sum(r["flagged"] for r in reports)
    return messages, flagged, seconds, max(r["peak"] for r in reports)


def main() -> None:
    size = model_path().stat().st_size
    started = time.perf_counter()
    read_model(model_path())
    print(f"model: {size / 1e6:.2f} MB on disk, read in {time.perf_counter() - started:.2f} s")
    path, planted = customer_texts()

    started = time.perf_counter()
    model = read_model(model_path())  # not the cached one: a cold start
    results = LearnedSignal(model).hits_many(planted)
    seconds = time.perf_counter() - started
    verdict = "meets" if seconds < CUSTOMER_TARGET else "MISSES"
    print(
        f"one customer, {len(planted)} messages (cold): {seconds:.2f} s, "
        f"{sum(1 for r in results if r)} flagged; target < {CUSTOMER_TARGET} s: {verdict} it"
    )

    sample = next(_batches(path, 0, 50))[:BATCH]
    keys = [normalise(t[s.start : s.end]) for t in sample for s in sentences(t)]
    unique = list(dict.fromkeys(keys))
    started = time.perf_counter()
    model.probabilities(unique)
    seconds = time.perf_counter() - started
    print(f"model alone, no cache: {len(unique) / seconds:,.0f} distinct sentences/s")

    for parts in (1, 2):
        messages, flagged, seconds, peak = _run(path, parts)
        rate = messages / seconds
        verdict = "meets" if rate >= TARGET_RATE and peak < MEMORY_TARGET else "MISSES"
        print(
            f"{parts} process(es): {messages:,} customer messages in {seconds:.1f} s = "
            f"{rate:,.0f}/s, {flagged:,} with a learned hit, peak {peak:.0f} MB per process; "
            f"target {TARGET_RATE:,}/s and < {MEMORY_TARGET} MB: {verdict} it"
        )

    texts = [t for batch in _batches(path, 1, 40) for t in batch][:20_000]
    for name, learned in (("rules only", False), ("rules + learned", True)):
        detector = Detector(DetectorOptions(learned=learned))
        detector.detect_many(texts[:10])
        started = time.perf_counter()
        detector.detect_many(texts)
        rate = len(texts) / (time.perf_counter() - started)
        print(f"detector, {name}: {rate:,.0f} messages/s on {len(texts):,} messages")


if __name__ == "__main__":
    if len(sys.argv) == 4:
        child(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
