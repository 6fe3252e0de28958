"""Writes N distinct documents into OUT: the .txt files of SRC repeated, each copy with its own closing line,
PER_FOLDER files to a folder (b000/, b001/, …). Used by the ingest benchmark and the crash test.

    python3 copy-corpus.py SRC OUT N PER_FOLDER
"""
import os
import sys

src, out, n, per_folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
docs = sorted(os.path.join(src, f) for f in os.listdir(src) if f.endswith(".txt"))
for i in range(n):
    folder = os.path.join(out, "b%03d" % (i // per_folder))
    os.makedirs(folder, exist_ok=True)
    text = open(docs[i % len(docs)], encoding="utf-8").read()
    with open(os.path.join(folder, "doc%06d.txt" % i), "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n\nCopy %d.\n" % i)
