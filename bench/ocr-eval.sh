#!/bin/sh
# Machine reading accuracy (issue 15): generates Thai ID card fronts (clean and with each distortion) and passport
# pages, reads them as the application does (tesseract, tha+eng), and prints per set and in total the exact-match
# rates and the median time per document. Needs tesseract-ocr, -tha, -eng. Argument: documents per set (10).
# Run from the project root; the last line is the figure.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile -Dspotless.check.skip=true
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# One core per reading, as a reading worker has: tesseract's OpenMP threads would otherwise spread a page over all.
export OMP_THREAD_LIMIT=1
exec java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" bench/OcrEval.java "$@"
