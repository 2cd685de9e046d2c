#!/usr/bin/env python3
"""Summarises `jcmd PID Thread.print` snapshots taken during ingestion: where the Kafka
consumer's worker thread spends its time. A poor man's sampling profiler: every snapshot
is one sample of every thread, whatever its state (so time waiting on PostgreSQL shows up,
which CPU-only samplers miss).

    profile.py THREADS_FILE
"""
import collections
import re
import sys

CATEGORIES = [
    # (label, predicate on the stack as a list of frames, top first)
    ("waiting for PostgreSQL (JDBC round trip: socket read)",
     lambda s: any("org.postgresql" in f for f in s[:25]) and any(
         ("SocketInputStream" in f or "NioSocketImpl" in f or "SocketDispatcher" in f or "Net.poll" in f)
         for f in s[:12])),
    ("JDBC driver CPU (binding, encoding, parsing results)", lambda s: any("org.postgresql" in f for f in s[:6])),
    ("contract validation (JSON Schema, ContractValidator)",
     lambda s: any("com.networknt" in f or "ContractValidator" in f for f in s)),
    ("JSON parsing (Jackson readTree)", lambda s: any("com.fasterxml.jackson" in f for f in s[:15])),
    ("transaction commit / connection pool", lambda s: any("narayana" in f or "agroal" in f for f in s[:15])),
]


def stacks(path):
    """Yields (snapshot_no, thread_name, frames) for every thread of every snapshot."""
    snap = 0
    name, frames = None, []
    with open(path, errors="replace") as f:
        for line in f:
            if re.match(r"^\d+:\s*$", line) or line.startswith("Full thread dump"):
                snap += 1
            if line.startswith('"'):
                if name is not None:
                    yield snap, name, frames
                name, frames = line.split('"')[1], []
            elif line.strip().startswith("at "):
                frames.append(line.strip()[3:])
            elif not line.strip() and name is not None:
                yield snap, name, frames
                name, frames = None, []
    if name is not None:
        yield snap, name, frames


def main(path):
    busy = collections.Counter()
    hub_frames = collections.Counter()
    top_frames = collections.Counter()
    snapshots = set()
    samples = 0
    for snap, name, frames in stacks(path):
        snapshots.add(snap)
        if not any("RecordBatchProcessor.process" in f for f in frames):
            continue
        samples += 1
        for label, pred in CATEGORIES:
            if pred(frames):
                busy[label] += 1
                break
        else:
            busy["other hub code (gate, facts, rollups, identifiers in Java)"] += 1
        top_frames[re.sub(r"\(.*\)", "", frames[0])] += 1
        for f in frames:
            if f.startswith("org.consortium.hub") and "RecordConsumer" not in f:
                hub_frames[re.sub(r"\(.*\)", "", f)] += 1
                break
    total = len(snapshots)
    print(f"snapshots: {total}; samples with the consumer inside a batch transaction: {samples} "
          f"({100.0 * samples / max(total, 1):.0f} %; the rest: polling Kafka, acknowledging, or between batches)")
    if not samples:
        return
    print("where the batch time goes:")
    for label, n in busy.most_common():
        print(f"  {100.0 * n / samples:5.1f} %  {label}")
    print("innermost hub method on the stack (top 12):")
    for frame, n in hub_frames.most_common(12):
        print(f"  {100.0 * n / samples:5.1f} %  {frame}")
    print("top frame (top 8):")
    for frame, n in top_frames.most_common(8):
        print(f"  {100.0 * n / samples:5.1f} %  {frame}")


if __name__ == "__main__":
    main(sys.argv[1])
