#!/usr/bin/env bash
# Regenerates the committed sample catalog (samples/src/main/resources/samples/*.csv) from the raw Dominick's
# orange-juice files with io.promoplatform.samples.derive.DeriveSamples. The output is deterministic: on the
# same data it reproduces the committed files byte for byte (check with `git diff`).
#
# usage: samples/data/derive-samples.sh [DATA_DIR [OUT_DIR]]
#   DATA_DIR  folder holding oj_sales.csv and oj_stores.csv. Default: samples/data/dominicks-oj if it has them
#             (see fetch-dominicks.sh), else ../shared/datasets/dominicks-oj beside the clone.
#   OUT_DIR   default samples/src/main/resources/samples
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DATA="$REPO_ROOT/samples/data/dominicks-oj"
SHARED_DATA="$REPO_ROOT/../shared/datasets/dominicks-oj"

if [[ $# -ge 1 ]]; then
    DATA_DIR="$1"
elif [[ -f "$LOCAL_DATA/oj_sales.csv" ]]; then
    DATA_DIR="$LOCAL_DATA"
elif [[ -f "$SHARED_DATA/oj_sales.csv" ]]; then
    DATA_DIR="$SHARED_DATA"
else
    echo "No data found in $LOCAL_DATA or $SHARED_DATA; run samples/data/fetch-dominicks.sh first." >&2
    exit 1
fi
OUT_DIR="${2:-$REPO_ROOT/samples/src/main/resources/samples}"

for f in oj_sales.csv oj_stores.csv; do
    [[ -f "$DATA_DIR/$f" ]] || { echo "Missing $DATA_DIR/$f" >&2; exit 1; }
done

CLASSES="$REPO_ROOT/samples/target/classes"
if [[ ! -f "$CLASSES/io/promoplatform/samples/derive/DeriveSamples.class" ]]; then
    echo "Building the samples module ..."
    (cd "$REPO_ROOT" && mvn -B -q -pl samples -am install -DskipTests)
fi

java -cp "$CLASSES" io.promoplatform.samples.derive.DeriveSamples \
    --sales "$DATA_DIR/oj_sales.csv" --stores "$DATA_DIR/oj_stores.csv" --out "$OUT_DIR"
