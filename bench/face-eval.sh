#!/bin/sh
# Face aid figures (issue 16): fetches the pinned models and sample photos if missing (config/face-models.sh, needs
# npm), then compares every face of the six samples with a card-like copy of itself (genuine) and of every other
# face (impostor), and checks the one-face refusals. Run from anywhere; the last line is the figure.
set -e
cd "$(dirname "$0")/.."
config/face-models.sh >&2
./mvnw -B -o -q compile -Dspotless.check.skip=true
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/face-bench.classpath
exec java -cp "target/classes:$(cat target/face-bench.classpath)" bench/FaceEval.java "$@"
