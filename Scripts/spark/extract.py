#!/usr/bin/env python3
"""Extraction as a Spark stage: reads documents, pipes each partition through the yardstick binary
(`yardstick extract - --input jsonl --format jsonl`) and writes the claims, with an explicit schema, as Parquet
under OUTPUT/claims.parquet/ and as JSON Lines part files (part-*.json) under OUTPUT/claims.jsonl/.

    python3 Scripts/spark/extract.py --input PATH --output DIR [--binary PATH] [--master local[2]]

    # on a cluster: the binary shipped beside each task (spark-submit --files puts it in the executor's working
    # folder), or baked into the image and named with --binary /opt/yardstick/bin/yardstick
    spark-submit --master yarn --files .build/release/yardstick Scripts/spark/extract.py \\
        --input hdfs:///corpus/docs --output hdfs:///corpus/claims --shipped yardstick

Inputs: JSON Lines or Parquet with `id`, `published`, `text` (a file or a folder of them), or a folder of .txt/.md
files with front matter (recursive; a document's id is its file name, as in a plain `yardstick extract FOLDER`;
read with Spark's file source, or with wholeTextFiles if asked, which is far slower on a local disk). The claims carry their document's id, so their order across partitions never matters.

A failed document is reported (the binary prints `-:LINE: error: …` and goes on; the lines are gathered and printed
here) and is not fatal; a crash of the binary fails the task, and Spark retries it. For a local master without a
retry count (`local[2]`), this script asks for the retries a cluster gives by default (`local[2,4]`).

In local mode everything binds to 127.0.0.1, the web UI is off, and Spark's scratch goes to a temporary folder that
is removed at the end.
"""
import argparse
import json
import os
import posixpath
import re
import shlex
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The fields of a claim record (../shared/claims-schema.md), in the order `yardstick extract --format jsonl` writes
# them. Nullable where the schema says "or null".
CLAIM_FIELDS = [
    ("doc", "string", False),
    ("published", "string", True),
    ("span", "span", False),
    ("text", "string", False),
    ("entity", "string", False),
    ("counterpart", "string", True),
    ("metric", "string", False),
    ("kind", "string", False),
    ("value", "double", False),
    ("unit", "string", False),
    ("period", "string", True),
    ("base_period", "string", True),
    ("bound", "string", False),
]

# Task attempts for a local master that names none: Spark's default spark.task.maxFailures on a cluster (local
# mode ignores that setting and takes the count from the master string, 1 unless given).
LOCAL_TASK_ATTEMPTS = 4

# Run by RDD.pipe for each partition, as `/bin/sh -c WRAPPER yardstick-extract BINARY [EXTRA…]`. The binary exits 1
# when some input failed (each one reported, the rest extracted), which checkCode would take for a crash: exit 1
# becomes 0 here, everything else (a signal: 128+n, a usage error: 64) is passed on, fails the task and Spark retries
# it. Diagnostics go to standard output with the claims (2>&1): the binary writes its output before each diagnostic,
# with unbuffered writes from one thread, so the lines arrive whole and in order, and the driver sorts them out
# (a claim is a JSON object, a diagnostic starts `yardstick: `). A relative binary is one shipped with
# `spark-submit --files`, which executors fetch into their working folder, the one tasks run in.
WRAPPER = """bin=$1; shift
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
"$bin" extract - --input jsonl --format jsonl "$@" 2>&1
rc=$?
if [ "$rc" -eq 1 ]; then exit 0; fi
exit "$rc"
"""

LOG4J = """rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
logger.native.name = org.apache.hadoop.util.NativeCodeLoader
logger.native.level = error
logger.conf.name = org.apache.spark.SparkConf
logger.conf.level = error
"""

# The child's whole environment: PySpark's pipe passes none unless given one.
CHILD_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def parse_args(argv):
    p = argparse.ArgumentParser(description="Extract claims from documents with yardstick, one partition at a time.")
    p.add_argument("--input", required=True,
                   help="JSON Lines or Parquet ({id, published, text}), or a folder of .txt/.md files (recursive)")
    p.add_argument("--output", required=True, help="folder to write claims.parquet/ and claims.jsonl/ into (replaced)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--binary", help="the yardstick binary, absolute path on every machine that runs tasks "
                                        "(default: the release build in this checkout, else the debug build)")
    where.add_argument("--shipped", metavar="NAME",
                       help="the binary's file name when shipped with spark-submit --files (found in each task's folder)")
    p.add_argument("--master", help="Spark master (default local[2], or what spark-submit was given)")
    p.add_argument("--input-format", choices=["auto", "text", "jsonl", "parquet"], default="auto",
                   help="how to read --input (default: from its name, or from the files in the folder)")
    p.add_argument("--partitions", type=int, default=0,
                   help="partitions to cut the input into at least (default: twice the default parallelism)")
    p.add_argument("--whole-text-files", action="store_true",
                   help="read a folder of text files with SparkContext.wholeTextFiles (slow on a local disk: a "
                        "process per file) rather than Spark's file source; the records are the same")
    p.add_argument("--all", action="store_true", help="pass --all to the binary (every amount, the rest as other:SLUG)")
    p.add_argument("--stats", help="write a JSON object with the timings and counts of the run to this file")
    p.add_argument("--quiet", action="store_true", help="print no summary on standard error")
    return p.parse_args(argv)


def default_binary():
    for build in ("release", "debug"):
        path = os.path.join(ROOT, ".build", build, "yardstick")
        if os.access(path, os.X_OK):
            return path
    sys.exit("extract.py: no yardstick binary: build one (swift build --product yardstick) or pass --binary")


def is_local(master):
    return master == "local" or master.startswith("local[")


def with_retries(master):
    """local, local[N] and local[*] with the retry count a cluster has; a count already given is kept."""
    if master == "local":
        return "local[1,%d]" % LOCAL_TASK_ATTEMPTS
    m = re.fullmatch(r"local\[(\d+|\*)\]", master)
    return "local[%s,%d]" % (m.group(1), LOCAL_TASK_ATTEMPTS) if m else master


def detect_format(path):
    """text, jsonl or parquet, from the path's suffix or, for a local folder, from the files in it."""
    lower = path.lower().rstrip("/")
    if lower.endswith(".parquet"):
        return "parquet"
    if lower.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")):
        return "jsonl"
    if lower.endswith((".txt", ".md")):
        return "text"
    local = path[len("file:"):] if path.startswith("file:") else path
    if "://" not in path and os.path.isdir(local):
        seen = set()
        for _, _, files in os.walk(local):
            for name in files:
                seen.add(os.path.splitext(name.lower())[1])
        if ".parquet" in seen:
            return "parquet"
        if not (seen & {".txt", ".md"}) and seen & {".jsonl", ".json", ".ndjson"}:
            return "jsonl"
    return "text"


def start_spark(master, scratch):
    """A SparkSession; in local mode bound to 127.0.0.1 with its scratch in `scratch`."""
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName("yardstick-extract").master(master)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    if is_local(master):
        # SPARK_LOCAL_IP is read by the JVM that pyspark starts next, so it has to be in this process's environment.
        os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
        os.environ["SPARK_LOCAL_DIRS"] = scratch
        # Warnings and errors only, without the two start-up notes every local run gets (no native Hadoop library;
        # spark.local.dir would yield to a cluster manager's folders).
        log4j = os.path.join(scratch, "log4j2.properties")
        with open(log4j, "w") as f:
            f.write(LOG4J)
        tmp = "-Djava.io.tmpdir=%s -Dlog4j2.configurationFile=file:%s" % (scratch, log4j)
        builder = (builder
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.local.dir", scratch)
                   .config("spark.driver.extraJavaOptions", tmp)
                   .config("spark.executor.extraJavaOptions", tmp))
    # Python workers run this interpreter, the one pyspark was found in.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def claim_schema():
    from pyspark.sql.types import ArrayType, DoubleType, LongType, StringType, StructField, StructType

    types = {"string": StringType(), "double": DoubleType(), "span": ArrayType(LongType(), False)}
    return StructType([StructField(name, types[t], nullable) for name, t, nullable in CLAIM_FIELDS])


# Text files: .txt and .md, in any case, as `yardstick extract FOLDER` picks them. Both readers decode UTF-8 (a
# malformed byte becomes U+FFFD, where a plain extract rejects the file) and leave out files whose names start with
# "." or "_", which a plain extract reads.
TEXT_FILES = "*.{[tT][xX][tT],[mM][dD]}"

# TEXT_AS_RECORD: a text file becomes the record {"id": its file name, "published": null, "text": the whole file,
# front matter and all}. For a JSON Lines record the binary parses the front matter inside `text` itself
# (DocumentReader.document calls SourceDocument.parse, and a null `published` leaves the front matter's date) and
# counts spans from the start of `text`, so the claims, dates and spans equal those of a plain extract of the file.
# Splitting the front matter off here would shift every span.


def document_lines(spark, path, fmt, partitions, documents, whole_text_files=False):
    """An RDD of JSON lines {"id","published","text"} the binary's `--input jsonl` reads, one per document."""
    sc = spark.sparkContext

    def counted(rdd):
        def count(line):
            documents.add(1)
            return line
        return rdd.map(count)

    if fmt == "jsonl":
        # The lines go to the binary as they are: it decodes them, and reports a broken one itself.
        rdd = sc.textFile(path, minPartitions=partitions)
    elif fmt == "parquet":
        from pyspark.sql import functions as F
        from pyspark.sql.types import DateType, TimestampType

        df = spark.read.parquet(path)
        published = F.lit(None).cast("string")
        if "published" in df.columns:
            kind = df.schema["published"].dataType
            published = (F.date_format("published", "yyyy-MM-dd") if isinstance(kind, (DateType, TimestampType))
                         else F.col("published").cast("string"))
        # toJSON leaves out a null field, which the binary reads as a missing date: the same thing.
        rdd = df.select(F.col("id").cast("string").alias("id"), published.alias("published"),
                        F.col("text").cast("string").alias("text")).toJSON()
    elif whole_text_files:
        # Folders are read recursively, as `yardstick extract FOLDER` reads them.
        sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")

        def to_line(item):
            file_path, content = item
            # See TEXT_AS_RECORD. The id is the file name, as DocumentReader.fileName makes it for a file.
            return json.dumps({"id": posixpath.basename(file_path.rstrip("/")), "published": None, "text": content},
                              ensure_ascii=False)

        wanted = (".txt", ".md")
        rdd = (sc.wholeTextFiles(path, minPartitions=partitions)
               .filter(lambda item: item[0].lower().endswith(wanted))
               .map(to_line))
    else:
        from pyspark.sql import functions as F

        # The same records as wholeTextFiles gives, from Spark's file source: it lists a folder without starting a
        # process per file (Hadoop's local file system runs one to read each file's permissions when wholeTextFiles
        # lists it: 9 s a thousand files here, the most of a job). One row a file, its whole text; the id is the
        # file's name; `published` is left out, which the binary reads as null. See TEXT_AS_RECORD.
        files = spark.read.text(path, wholetext=True, recursiveFileLookup=True, pathGlobFilter=TEXT_FILES)
        # The name as the file source gives it is URI-encoded ("a b.txt" is "a%20b.txt"); a "+" in it is itself,
        # which url_decode would take for a space.
        name = F.expr("url_decode(replace(_metadata.file_name, '+', '%2B'))")
        rdd = files.select(name.alias("id"), F.col("value").alias("text")).toJSON()
    # One process of the binary a partition: a file source cuts a folder of small files into hundreds.
    if rdd.getNumPartitions() > partitions:
        rdd = rdd.coalesce(partitions)
    elif rdd.getNumPartitions() < sc.defaultParallelism:
        rdd = rdd.repartition(sc.defaultParallelism)
    return counted(rdd)


def main(argv):
    args = parse_args(argv)
    fmt = detect_format(args.input) if args.input_format == "auto" else args.input_format
    if args.shipped:
        binary = args.shipped
        if "/" in binary:
            sys.exit("extract.py: --shipped takes the file name spark-submit --files gave the binary, not a path")
    else:
        binary = os.path.abspath(args.binary) if args.binary else default_binary()
    if args.master:
        master = args.master
    elif "PYSPARK_GATEWAY_PORT" in os.environ:
        # Under spark-submit, whose JVM is running already: its --master.
        from pyspark import SparkConf, SparkContext
        SparkContext._ensure_initialized()
        master = SparkConf().get("spark.master", "local[2]")
    else:
        master = "local[2]"
    master = with_retries(master)
    local = is_local(master)
    if local and not args.shipped and not os.access(binary, os.X_OK):
        sys.exit("extract.py: %s is not an executable file" % binary)

    scratch = tempfile.mkdtemp(prefix="yardstick-spark-")
    spark = None
    try:
        t0 = time.time()
        spark = start_spark(master, scratch)
        t1 = time.time()
        stats = run(spark, args, fmt, binary)
        t2 = time.time()
        stats.update(startup_s=round(t1 - t0, 3), job_s=round(t2 - t1, 3), input_format=fmt,
                     master=spark.sparkContext.master)
        if not args.quiet:
            print("extract.py: %d documents, %d claims, %d errors, %d warnings (%s input, %s); Spark start %.1f s, "
                  "job %.1f s" % (stats["documents"], stats["claims"], stats["errors"], stats["warnings"], fmt,
                                  stats["master"], t1 - t0, t2 - t1), file=sys.stderr)
        if args.stats:
            with open(args.stats, "w") as f:
                json.dump(stats, f)
                f.write("\n")
    finally:
        if spark is not None:
            spark.stop()
            stop_jvm()
        shutil.rmtree(scratch, ignore_errors=True)


def stop_jvm():
    """Ends the JVM pyspark started (none under spark-submit) and waits for it, so that none outlives this script:
    it exits when its standard input closes, which otherwise happens only as this process exits."""
    from pyspark import SparkContext

    proc = getattr(SparkContext._gateway, "proc", None)
    if proc is None:
        return
    try:
        SparkContext._gateway.shutdown()
    except Exception:
        pass
    if proc.stdin:
        proc.stdin.close()
    try:
        proc.wait(timeout=60)
    except Exception:
        proc.kill()
        proc.wait()


def run(spark, args, fmt, binary):
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    sc = spark.sparkContext
    partitions = args.partitions or 2 * sc.defaultParallelism
    documents = sc.accumulator(0)
    docs = document_lines(spark, args.input, fmt, partitions, documents, args.whole_text_files)

    command = shlex.join(["/bin/sh", "-c", WRAPPER, "yardstick-extract", binary] + (["--all"] if args.all else []))
    lines = docs.pipe(command, env=dict(CHILD_ENV), checkCode=True)
    # The binary's output read with an explicit schema (without one Spark would first run a pass over the data to
    # infer it, and so the binary twice). A line that is not a claim, a diagnostic, lands whole in the extra column
    # `line`. Kept, so that the counts and both writes read one extraction, from the JVM's cache.
    read = (spark.read.schema(claim_schema().add("line", StringType(), True)).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", "line").json(lines))
    read = read.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        line = F.col("line")
        what = (F.when(line.isNull(), "claims").when(line.startswith("{"), "bad claim")
                .when(line.contains(": error: "), "error").when(line.contains(": warning: "), "warning")
                .otherwise("other"))
        tally = {"claims": 0, "error": 0, "warning": 0, "other": 0, "bad claim": 0}
        t0 = time.time()
        tally.update({row[0]: row[1] for row in read.groupBy(what).count().collect()})
        diagnostics = read.where(line.isNotNull()).select(what.alias("what"), line)
        # Errors (and anything unexpected) before warnings, in the driver's log. The binary's lines name the record's
        # line in its partition's input and, for a bad front matter, the document's id.
        shown = diagnostics.where(F.col("what") != "warning").limit(SHOWN_DIAGNOSTICS).collect()
        if len(shown) < SHOWN_DIAGNOSTICS:
            shown += diagnostics.where(F.col("what") == "warning").limit(SHOWN_DIAGNOSTICS - len(shown)).collect()
        for row in shown:
            print("extract.py: " + row["line"], file=sys.stderr)
        hidden = sum(n for k, n in tally.items() if k != "claims") - len(shown)
        if hidden > 0:
            print("extract.py: … and %d more diagnostics" % hidden, file=sys.stderr)
        if tally["bad claim"]:
            # A JSON object the schema does not fit: the binary and this script disagree on the claim record.
            raise SystemExit("extract.py: %d claims do not fit the claim schema (see above); nothing written"
                             % tally["bad claim"])

        claims = read.where(line.isNull()).drop("line")
        out = args.output.rstrip("/")
        t1 = time.time()
        claims.write.mode("overwrite").parquet(out + "/claims.parquet")
        t2 = time.time()
        # Every field of the schema in each line, null ones too (Spark leaves them out unless told not to).
        claims.write.mode("overwrite").option("ignoreNullFields", "false").json(out + "/claims.jsonl")
        t3 = time.time()
    finally:
        read.unpersist()
    return {"documents": documents.value, "claims": tally["claims"], "errors": tally["error"],
            "warnings": tally["warning"], "other_diagnostics": tally["other"], "partitions": docs.getNumPartitions(),
            # Seconds: reading and extracting (to the counts), writing Parquet, writing JSON Lines.
            "phases_s": {"extract": round(t1 - t0, 3), "parquet": round(t2 - t1, 3), "json": round(t3 - t2, 3)}}


# Diagnostics printed by the driver at most.
SHOWN_DIAGNOSTICS = 20


if __name__ == "__main__":
    main(sys.argv[1:])
