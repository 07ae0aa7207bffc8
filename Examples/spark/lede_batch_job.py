"""Analyses a JSON Lines corpus of news articles with lede on Apache Spark.

Each partition of the corpus is piped through `lede batch` (RDD.pipe: the partition's lines on
lede's standard input, one JSON line of results per article on its standard output), and the
results are written as JSON Lines, one file per partition, in OUTPUT.

    python3 lede_batch_job.py corpus.jsonl results/ --lede /path/to/lede --master 'local[2]'

On a cluster, ship lede and its language data with the job (see Examples/spark/README.md).
"""
import argparse
import shlex

from pyspark.sql import SparkSession


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines articles (a file, folder or glob Spark reads)")
    parser.add_argument("output", help="folder for the JSON Lines results (must not exist)")
    parser.add_argument("--lede", default="lede", help="the lede executable as the executors see it")
    parser.add_argument("--analyses", default="who,quotes,timeline,stats", help="passed to lede batch")
    parser.add_argument("--partitions", type=int, default=None, help="at least this many partitions")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    return parser.parse_args()


def main():
    options = arguments()
    builder = SparkSession.builder.appName("lede-batch")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    try:
        lines = spark.sparkContext.textFile(options.input, minPartitions=options.partitions)
        # One worker per executor core already: lede analyses its partition on one core.
        command = [options.lede, "batch", "--jobs", "1", "--analyses", options.analyses]
        # lede batch ends with status 1 when a line failed; that line's record says why, so
        # the job keeps it rather than failing (checkCode stays off).
        lines.pipe(shlex.join(command)).saveAsTextFile(options.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
