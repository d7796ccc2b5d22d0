#!/usr/bin/env bash
# Fetches the face aid's models and sample photos with the ordinary npm client (`npm pack`, no install, no scripts
# run) into ./models/face (git-ignored), checks every SHA-256 pinned below and extracts only what is used.
# Without npm it says so and exits 0: the app then starts and the face aid says "not available".
#   faceplugin-face-recognition-js@0.0.1  MIT (package.json and LICENSE)  the ONNX models
#   @vladmandic/face-api@1.7.15           MIT (package.json and LICENSE)  demo/sample1-6.jpg, photos with faces
#                                          (their own terms are not stated; kept out of git, used only by tests/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-models/face}

models_tgz=faceplugin-face-recognition-js-0.0.1.tgz
models_sha=7ea06031d9a3f83753254fcff60506a07b81b46fc84d4ee024cd041f260ec1ba
photos_tgz=vladmandic-face-api-1.7.15.tgz
photos_sha=0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031
files="fr_detect.onnx 6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854
fr_landmark.onnx f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258
fr_feature.onnx 87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581
fr_pose.onnx 72d032ec941b7153bf8d3f2c03a4c165453cc7e63d479041ec7c6ef087e5839d
fr_liveness.onnx afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d
fr_eye.onnx 1afcea006abc1ccac3c517022abde0aa092bed74ff3c9fe6878483ef9e6e38de
samples/sample1.jpg 8ecae4b267b2d3169e06e00c7dee97097aa2a94635d45216f7732a5f4943cb51
samples/sample2.jpg 7d2b60ae6f13bf30f422e04df87451081a02c83de469056f25afb44b7000c691
samples/sample3.jpg 8eb081c9efb14370fa94d9feab9e5fbeafd19a627491853a80c2bf67f7ffa936
samples/sample4.jpg 729efa5923061d40eb4ed5f267a18cc7b8ba6f852bb2757b16d8b7e4937476fc
samples/sample5.jpg 6d45095ebb182d8f975c0790e0e4eefd86fbb40609cf4b271776d92e12662938
samples/sample6.jpg 9baad80f9d5e306fb9b8c0913d44445f1e95848df317530efb03d0934c57ba87"

verified() {
    echo "$files" | while read -r name sha; do
        [ -f "$target/$name" ] && echo "$sha  $target/$name"
    done | sha256sum --quiet -c - >/dev/null 2>&1 && [ "$(ls "$target"/*.onnx "$target"/samples/*.jpg 2>/dev/null | wc -l)" = 12 ]
}

if verified; then
    echo "face models: present and verified in $target"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "face models: npm not found, the face aid will say \"not available\"" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent faceplugin-face-recognition-js@0.0.1 @vladmandic/face-api@1.7.15 >/dev/null)
echo "$models_sha  $work/$models_tgz
$photos_sha  $work/$photos_tgz" | sha256sum --quiet -c -
mkdir -p "$work/m" "$work/p" "$target/samples"
tar xzf "$work/$models_tgz" -C "$work/m" package/model package/LICENSE
tar xzf "$work/$photos_tgz" -C "$work/p" package/demo package/LICENSE
for m in fr_detect fr_landmark fr_feature fr_pose fr_liveness fr_eye; do
    cp "$work/m/package/model/$m.onnx" "$target/"
done
cp "$work/m/package/LICENSE" "$target/LICENSE.models"
cp "$work/p/package/demo"/sample[1-6].jpg "$target/samples/"
cp "$work/p/package/LICENSE" "$target/samples/LICENSE.face-api"
if ! verified; then
    echo "face models: a checksum differs in $target" >&2
    exit 1
fi
echo "face models: fetched and verified in $target"
