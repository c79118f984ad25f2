"""Documents/s and tokens/s of parley's extraction, as a ratio to spaCy's own `nlp.pipe` over the
same texts in the same run; the store's ingest and re-ingest rates; a PNG of docs/s by workers.

    uv run --group bench --all-extras python bench/throughput.py --articles 120

writes bench/results/throughput.json and bench/results/throughput.png.

Reads ../shared/data/polnear/train.jsonl (the first --articles lines; never copied). The Ray rows
need the ray extra; the PostgreSQL row starts a throwaway server as the tests do (tests/postgres.py).
Each row gives wall seconds and the CPU seconds of every process doing the work; spaCy and the
processes rows keep the fastest of --rounds rounds, since other work on a shared machine comes and goes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parents[1] / "shared" / "data" / "polnear" / "train.jsonl"
RESULTS = HERE / "results"


def timed(function) -> tuple[float, dict, object]:
    """(wall seconds, CPU seconds, value) of one call. The CPU seconds are those of this process and
    the processes under it that live through the call: ``total``, and ``busiest``, the most any one
    of them spent (on free cores, a run takes about as long as its busiest process)."""
    before = cpu_seconds()
    started = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - started
    spent = [cpu - before[pid] for pid, cpu in cpu_seconds().items() if pid in before]
    return seconds, {"total": sum(spent), "busiest": max(spent)}, value


def cpu_seconds() -> dict[int, float]:
    """CPU time so far of this process and of every live process under it (worker processes; Ray's
    raylet and its actors), by process id. On a shared machine CPU time says what wall time cannot."""
    import psutil

    me = psutil.Process()
    spent = {}
    for process in [me, *me.children(recursive=True)]:
        try:
            spent[process.pid] = sum(process.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=2, help="Time spaCy and the processes rows this often; keep the fastest.")
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--one-worker", action="store_true",
                        help="Only spaCy and one worker: the ratio alone, quickly (no Ray, no store rows, no plot).")
    options = parser.parse_args()
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")  # local Ray workers use this environment

    import spacy

    from parley.batch import process, settle_loaded_objects
    from parley.nlp.pipeline import DEFAULT_MODEL
    from parley.store import Store

    lines = POLNEAR.read_text(encoding="utf-8").splitlines()[: options.articles]
    texts = [json.loads(line)["text"] for line in lines]
    scratch = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    corpus = scratch / "slice.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    count, chars = len(texts), sum(map(len, texts))
    load_at_start = os.getloadavg()

    nlp = spacy.load(DEFAULT_MODEL)
    list(nlp.pipe(texts[:4]))
    # What a process loads once is timed apart, not counted in the rate: parley's pipeline and the
    # language identifier of the reader in this process (read through the one-process path here),
    # and the worker processes, which start once (each loads the pipeline) and stay for later runs.
    warmup = scratch / "warmup.jsonl"
    # Long enough (60 letters) that the reader loads its language identifier here, not in the first round.
    sentence = "The envoys met in Geneva on Tuesday and agreed to talk again next week, officials said."
    warmup.write_text("".join(json.dumps({"id": f"warm-up-{n}", "text": sentence}) + "\n" for n in range(16)),
                      encoding="utf-8")
    list(process([str(warmup)], workers=1))
    settle_loaded_objects()  # as parley's commands do once their process has loaded the pipeline
    if not options.one_worker:
        startup, _, _ = timed(lambda: list(process([str(warmup)], workers=2)))

    def extract(workers: int, engine: str = "processes") -> tuple[float, dict]:
        seconds, cpu, outcomes = timed(lambda: list(process([str(corpus)], workers=workers, engine=engine)))
        assert sum(o.document is not None for o in outcomes) == count, "every article must come out"
        return seconds, cpu

    # Other work on the machine comes and goes: each round times all three rows back to back, and
    # each row keeps its fastest round (the least disturbed).
    fastest: dict[tuple[str, int], tuple[float, dict]] = {}
    for _ in range(options.rounds):
        seconds, cpu, docs = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
        tokens, spacy_run = sum(map(len, docs)), (seconds, cpu)
        runs = [(("spaCy nlp.pipe", 1), spacy_run), (("processes", 1), extract(1))]
        if not options.one_worker:
            runs.append((("processes", 2), extract(2)))
        for key, (seconds, cpu) in runs:
            if key not in fastest or seconds < fastest[key][0]:
                fastest[key] = (seconds, cpu)
    rows = [{"engine": engine, "workers": workers, "seconds": seconds, "cpu_seconds": round(cpu["total"], 1),
             "busiest_process_cpu_seconds": round(cpu["busiest"], 1)}
            for (engine, workers), (seconds, cpu) in fastest.items()]
    if not options.one_worker:
        rows[2]["startup_seconds"] = round(startup, 1)
        # What two workers would give on two free cores: one process's CPU time over the busiest worker's.
        rows[2]["speedup_on_free_cores"] = round(rows[1]["busiest_process_cpu_seconds"] / rows[2]["busiest_process_cpu_seconds"], 2)
        rows[2]["speedup_measured"] = round(rows[1]["seconds"] / rows[2]["seconds"], 2)
    if not options.no_ray and not options.one_worker:
        import ray

        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        for workers in (1, 2):
            # Ray's actors exit with their dataset, taking their CPU time with them: wall time only.
            seconds, _ = extract(workers, "ray")
            rows.append({"engine": "ray", "workers": workers, "seconds": seconds})
        ray.shutdown()
    spacy_seconds = rows[0]["seconds"]
    for row in rows:
        row.update(docs_per_s=round(count / row["seconds"], 2), tokens_per_s=round(tokens / row["seconds"]),
                   ratio_to_spacy=round(row["seconds"] / spacy_seconds, 3), seconds=round(row["seconds"], 1))
    if options.one_worker:  # a quick check: the results files keep the full run's figures
        print(json.dumps({"articles": count, "load_average_at_start": load_at_start,
                          "load_average_at_end": os.getloadavg(), "extract": rows}, indent=2))
        return

    stores = [("SQLite", str(scratch / "parley.db"))]
    server = None
    try:
        sys.path.insert(0, str(HERE.parent / "tests"))
        from postgres import Server

        server = Server()
        stores.append(("PostgreSQL", server.database()))
    except Exception as error:  # noqa: BLE001 - the SQLite figures still stand without a server
        print(f"no PostgreSQL row: {error}", file=sys.stderr)
    ingest = []
    for name, location in stores:
        store = Store(location)
        first, _, report = timed(lambda: store.ingest([str(corpus)], workers=2))
        again, _, repeat = timed(lambda: store.ingest([str(corpus)], workers=2))
        assert report.added == count and len(repeat.already_stored) == count
        ingest.append({"store": name, "workers": 2, "first_seconds": round(first, 1), "docs_per_s": round(count / first, 2),
                       "reingest_seconds": round(again, 2), "reingest_share": round(again / first, 4)})
    if server:
        server.stop()

    result = {"articles": count, "characters": chars, "tokens": tokens, "cpus": os.cpu_count(),
              "load_average_at_start": load_at_start, "load_average_at_end": os.getloadavg(), "extract": rows, "ingest": ingest}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "throughput.json").write_text(json.dumps(result, indent=2) + "\n")
    plot(rows, RESULTS / "throughput.png", count)
    print(json.dumps(result, indent=2))


def plot(rows: list[dict], path: Path, count: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(5, 3.5))
    for engine, marker in (("processes", "o"), ("ray", "s")):
        points = [(row["workers"], row["docs_per_s"]) for row in rows if row["engine"] == engine]
        if points:
            axes.plot(*zip(*points), marker=marker, label=f"parley, {engine}")
    spacy_rate = next(row["docs_per_s"] for row in rows if row["engine"] == "spaCy nlp.pipe")
    axes.axhline(spacy_rate, color="grey", linestyle="--", label="spaCy nlp.pipe, 1 process")
    axes.set_ylim(bottom=0)
    axes.set(xlabel="workers", ylabel="documents/s", xticks=[1, 2],
             title=f"parley extract, {count} PolNeAR train articles")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)


if __name__ == "__main__":
    main()
