#!/usr/bin/env bash
# Installs what the Spark stage (Scripts/spark/extract.py) needs and the machine lacks: a Java runtime
# (openjdk-17-jre-headless from Debian, via apt-get, when `java` is missing) and PySpark 3.5 (via pip, when
# `import pyspark` fails). Quiet when everything is there; needs root or sudo for apt-get.
# Measured on the project's 2-core machine: pyspark 3.5.9 is a 318 MB download (a source archive pip builds into a
# wheel) and 346 MB installed, 21 s all told; py4j adds 1 MB. openjdk-17-jre-headless is a 44 MB download and
# 189 MB installed (more with the libraries it pulls in on a bare machine).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../lib" && pwd)/apt-install.sh"

PYTHON="${PYTHON:-python3}"

if ! command -v java >/dev/null 2>&1; then
    echo "spark setup: java is missing; installing openjdk-17-jre-headless with apt-get" >&2
    apt_install "spark setup" openjdk-17-jre-headless
    command -v java >/dev/null 2>&1 || { echo "spark setup: java still missing after installing openjdk-17-jre-headless" >&2; exit 1; }
fi

if ! "$PYTHON" -c 'import pyspark' >/dev/null 2>&1; then
    echo "spark setup: pyspark is missing; installing pyspark 3.5 with pip (a ~320 MB download)" >&2
    # No pip cache: the set-up runs once, and the cached wheel would take another 318 MB.
    PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --disable-pip-version-check --no-cache-dir 'pyspark==3.5.*'
    "$PYTHON" -c 'import pyspark' || { echo "spark setup: pyspark still cannot be imported after pip install" >&2; exit 1; }
fi
