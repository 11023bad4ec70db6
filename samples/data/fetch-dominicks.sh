#!/usr/bin/env bash
# Fetches the Dominick's Finer Foods refrigerated orange-juice data (the `orangeJuice` data set of the R package
# bayesm by Rossi, McCulloch and Allenby; originally from the James M. Kilts Center, University of Chicago Booth
# School of Business; used in Montgomery 1997, Marketing Science 16(4)) from Debian's r-cran-bayesm package and
# converts it to two CSV files:
#
#   oj_sales.csv   store,brand,week,logmove,constant,price1..price11,deal,feat,profit
#   oj_stores.csv  STORE,AGE60,EDUC,ETHNIC,INCOME,HHLARGE,WORKWOM,HVAL150,SSTRDIST,SSTRVOL,CPDIST5,CPWVOL5
#
# The raw rows stay out of the repository: the default output folder, samples/data/dominicks-oj, is git-ignored.
# Written for Debian 12 (bookworm). Needs apt-get and dpkg; installs python3-rdata if no converter is present
# (root or sudo needed for that), and falls back to Rscript (r-base-core) when the package ships its data in a
# form python3-rdata cannot read.
#
# usage: samples/data/fetch-dominicks.sh [--out DIR] [--holdout-compatible | --all-stores]
set -euo pipefail

# The 16 stores (of 83) that the project's shared copy of the data leaves out, found by comparing the two.
# The price model is judged on stores it never saw in training, so by default they are dropped here too and
# the output is byte-for-byte the shared files. --all-stores keeps them.
HOLDOUT_STORES="8 12 21 54 71 72 81 92 95 103 112 113 121 122 130 131"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT_DIR="$REPO_ROOT/samples/data/dominicks-oj"
MODE=holdout-compatible

usage() {
    sed -n 's/^# \{0,1\}usage: /usage: /p' "${BASH_SOURCE[0]}"
    echo "  --out DIR              where to write oj_sales.csv and oj_stores.csv (default: $OUT_DIR)"
    echo "  --holdout-compatible   leave out the 16 held-out stores, like the shared files (default)"
    echo "  --all-stores           keep all 83 stores"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) OUT_DIR="${2:?--out needs a directory}"; shift 2 ;;
        --holdout-compatible) MODE=holdout-compatible; shift ;;
        --all-stores) MODE=all-stores; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then
    SUDO=sudo
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# apt-get download drops privileges to _apt when it can; let it write here.
chmod 0777 "$WORK"

echo "Downloading r-cran-bayesm ..."
if ! (cd "$WORK" && apt-get download r-cran-bayesm); then
    echo "Refreshing the package lists and trying again ..."
    $SUDO apt-get update
    (cd "$WORK" && apt-get download r-cran-bayesm)
fi
DEB="$(ls "$WORK"/r-cran-bayesm_*.deb)"
echo "Unpacking $(basename "$DEB")"
dpkg -x "$DEB" "$WORK/pkg"

DATA_DIR="$WORK/pkg/usr/lib/R/site-library/bayesm/data"
RDA=""
for candidate in orangeJuice.rda orangeJuice.RData orangeJuice.rdata; do
    if [[ -f "$DATA_DIR/$candidate" ]]; then
        RDA="$DATA_DIR/$candidate"
        break
    fi
done
if [[ -z "$RDA" && ! -f "$DATA_DIR/Rdata.rdb" ]]; then
    echo "Neither orangeJuice.rda nor Rdata.rdb in $DATA_DIR; the package layout has changed:" >&2
    ls -l "$DATA_DIR" >&2 || true
    exit 1
fi

mkdir -p "$OUT_DIR"
# python3-rdata is a Debian package: use Debian's own interpreter, not whatever python3 comes first on PATH.
PY=/usr/bin/python3

convert_with_python() {
    if ! "$PY" -c 'import rdata' 2>/dev/null; then
        echo "Installing python3-rdata ..."
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q python3-rdata
    fi
    "$PY" - "$RDA" "$OUT_DIR" "$MODE" "$HOLDOUT_STORES" <<'PYTHON'
import csv, math, os, sys
import rdata

rda, out_dir, mode, holdout = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
dropped = {int(s) for s in holdout.split()} if mode == "holdout-compatible" else set()

if hasattr(rdata, "read_rda"):
    objects = rdata.read_rda(rda)
else:
    objects = rdata.conversion.convert(rdata.parser.parse_file(rda))
oj = objects["orangeJuice"]


def text(value):
    # Integers as integers; reals to 15 significant digits, as R writes them.
    if isinstance(value, float):
        return "NA" if math.isnan(value) else "%.15g" % value
    return str(int(value))


def write(frame, key, name, expected):
    if list(frame.columns) != expected:
        sys.exit(f"unexpected columns in {name}: {list(frame.columns)}")
    frame = frame[~frame[key].isin(dropped)]
    with open(os.path.join(out_dir, name), "w", newline="") as f:
        out = csv.writer(f)  # CRLF line ends, like the shared files
        out.writerow(frame.columns)
        for row in frame.itertuples(index=False):
            out.writerow([text(v) for v in row])
    return len(frame), frame[key].nunique()


sales = ["store", "brand", "week", "logmove", "constant"] + [f"price{i}" for i in range(1, 12)] \
    + ["deal", "feat", "profit"]
stores = ["STORE", "AGE60", "EDUC", "ETHNIC", "INCOME", "HHLARGE", "WORKWOM", "HVAL150",
          "SSTRDIST", "SSTRVOL", "CPDIST5", "CPWVOL5"]
for frame, key, name, columns in ((oj["yx"], "store", "oj_sales.csv", sales),
                                  (oj["storedemo"], "STORE", "oj_stores.csv", stores)):
    rows, n = write(frame, key, name, columns)
    print(f"{name + ':':14} {rows} rows from {n} stores")
PYTHON
}

convert_with_r() {
    if ! command -v Rscript >/dev/null; then
        echo "Installing r-base-core for Rscript ..."
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends r-base-core
    fi
    Rscript --vanilla - "$DATA_DIR" "$OUT_DIR" "$MODE" "$HOLDOUT_STORES" <<'RSCRIPT'
args <- commandArgs(trailingOnly = TRUE)
data_dir <- args[1]; out_dir <- args[2]; mode <- args[3]
dropped <- if (mode == "holdout-compatible") as.integer(strsplit(args[4], " ")[[1]]) else integer(0)
env <- new.env()
rda <- list.files(data_dir, pattern = "^orangeJuice\\.(rda|RData|rdata)$", full.names = TRUE)
if (length(rda) > 0) {
  load(rda[1], envir = env)
} else {
  lazyLoad(file.path(data_dir, "Rdata"), envir = env)
}
oj <- get("orangeJuice", envir = env)
save_csv <- function(frame, key, name) {
  frame <- frame[!(frame[[key]] %in% dropped), ]
  write.csv(frame, file.path(out_dir, name), row.names = FALSE, quote = FALSE, eol = "\r\n")
  cat(sprintf("%-14s %d rows from %d stores\n", paste0(name, ":"), nrow(frame), length(unique(frame[[key]]))))
}
save_csv(oj$yx, "store", "oj_sales.csv")
save_csv(oj$storedemo, "STORE", "oj_stores.csv")
RSCRIPT
}

echo "Converting ($MODE) into $OUT_DIR"
# OJ_CONVERTER=r forces the Rscript path (e.g. to check that both converters agree).
if [[ "${OJ_CONVERTER:-auto}" != r && -n "$RDA" ]] && { "$PY" -c 'import rdata' 2>/dev/null || apt-cache show python3-rdata >/dev/null 2>&1; }; then
    convert_with_python
else
    convert_with_r
fi

cat <<CREDIT

Data: Dominick's Finer Foods scanner data, courtesy of the James M. Kilts Center for Marketing,
University of Chicago Booth School of Business; as packaged in the R package bayesm (Rossi, McCulloch,
Allenby; Debian r-cran-bayesm, GPL-2+). See Montgomery (1997), "Creating micro-marketing pricing strategies
using supermarket scanner data", Marketing Science 16(4). The Kilts Center asks that the data be used for
research and credited to it. Keep these rows out of version control.
CREDIT
