#!/usr/bin/env python3
"""Runs lede under Apache Spark (PySpark from PyPI, local[2]): Examples/spark/lede_batch_job.py
pipes the partitions of a JSON Lines corpus through `lede batch`, and its records must be the
records of one `lede batch` process over the same corpus (the line numbers aside: Spark numbers
lines within each partition). PySpark is installed once into a virtual environment under .build/;
when pip cannot install it, the test says so and is skipped.

    python3 Tests/Integration/spark_test.py --lede .build/debug/lede
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYSPARK = "pyspark==3.5.3"
ANALYSES = "who,quotes,timeline,stats"


def spark_python():
    """The Python of the cached environment with PySpark, or None when it cannot be installed."""
    venv = os.path.join(ROOT, ".build", "spark-venv")
    python = os.path.join(venv, "bin", "python3")
    if subprocess.run([python, "-c", "import pyspark"], capture_output=True).returncode == 0 if os.path.exists(python) else False:
        return python
    steps = [[sys.executable, "-m", "venv", venv], [python, "-m", "pip", "install", "--quiet", PYSPARK]]
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True)
        if result.returncode != 0:
            print("spark test skipped: could not install %s (%s)" % (PYSPARK, (result.stderr or result.stdout).strip().splitlines()[-1:]))
            return None
    return python


def write_corpus(path):
    """The bundled example articles as JSON Lines, three times under new ids, and a bad line."""
    texts = []
    for name in sorted(glob.glob(os.path.join(ROOT, "Examples", "articles", "*.txt"))):
        with open(name, encoding="utf-8") as handle:
            texts.append((os.path.basename(name).split(".")[0], handle.read(), None))
    with open(os.path.join(ROOT, "Examples", "articles", "briefs.en.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append((record["id"], record["text"], "en"))
    with open(path, "w", encoding="utf-8") as handle:
        for copy in range(3):
            for ident, text, lang in texts:
                handle.write(json.dumps({"id": "%s-%d" % (ident, copy), "text": text, "lang": lang}, ensure_ascii=False) + "\n")
            if copy == 1:
                handle.write("this line is not JSON\n")


def by_id(lines):
    """Records keyed by id (errors by their message), without the line numbers."""
    records = {}
    for line in lines:
        record = json.loads(line)
        record.pop("line", None)
        record.pop("file", None)
        key = record["id"] if record.get("id") is not None else "error: " + record.get("error", "")
        records[key] = record
    return records


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lede", default=os.path.join(ROOT, ".build", "debug", "lede"))
    lede = os.path.abspath(parser.parse_args().lede)
    python = spark_python()
    if python is None:
        return 0
    with tempfile.TemporaryDirectory(prefix="lede-spark-") as folder:
        corpus = os.path.join(folder, "corpus.jsonl")
        write_corpus(corpus)
        single = subprocess.run([lede, "batch", "--analyses", ANALYSES, corpus], capture_output=True, text=True)
        if single.returncode != 1 or "not valid JSON" not in single.stdout:
            print("FAIL: lede batch should end with status 1 and an error record for the bad line (status %d)" % single.returncode)
            return 1
        output = os.path.join(folder, "results")
        environment = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=python)
        job = subprocess.run(
            [python, os.path.join(ROOT, "Examples", "spark", "lede_batch_job.py"), corpus, output,
             "--lede", lede, "--analyses", ANALYSES, "--partitions", "3", "--master", "local[2]"],
            capture_output=True, text=True, env=environment)
        if job.returncode != 0:
            print("FAIL: the Spark job failed:\n" + job.stderr[-3000:])
            return 1
        parts = sorted(glob.glob(os.path.join(output, "part-*")))
        lines = [line for part in parts for line in open(part, encoding="utf-8") if line.strip()]
        expected, found = by_id(single.stdout.splitlines()), by_id(lines)
        if len(parts) < 3 or found != expected:
            missing = sorted(set(expected) - set(found))[:5]
            differing = sorted(key for key in set(expected) & set(found) if expected[key] != found[key])[:5]
            print("FAIL: %d partitions; %d records from Spark, %d from lede batch; missing %s; differing %s" % (
                len(parts), len(found), len(expected), missing, differing))
            return 1
        print("spark test passed: %d records from %d partitions under local[2] match one lede batch process" % (len(found), len(parts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
