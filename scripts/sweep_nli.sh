#!/usr/bin/env bash
# Train several NLI configurations at once on one GPU, then greedy-soup them (scripts/soup_nli.py).
#
#   bash scripts/sweep_nli.sh DATA_DIR BASE_MODEL_DIR OUT_DIR [TRAIN_SECONDS]
#
# DATA_DIR holds train.csv and mnli_dev_matched.csv (../shared/data/nli); BASE_MODEL_DIR is the
# all-MiniLM-L6-v2 folder.  Each run gets TRAIN_SECONDS (default 330) through --time-budget, which
# shortens its linear schedule if the planned epochs do not fit.  The soup lands in OUT_DIR/soup/best.
# SWEEP_EXTRA adds arguments to every run (a smoke test: SWEEP_EXTRA="--limit 64 --epochs 1").
set -u
data=$1 base=$2 out=$3 budget=${4:-330}
here=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-python3}
mkdir -p "$out"
common=(--data-dir "$data" --base-model "$base" --seed 13 --max-length 128 --threads 2
        --epochs 12 --eval-every 800 --save-every 1000000 --log-every 200 --time-budget "$budget")
declare -A runs=(
  [b64-lr1e-4]="--lr 1e-4 --batch-size 64 --mnli-weight 2 --snli-per-epoch -1"
  [b64-lr1.5e-4]="--lr 1.5e-4 --batch-size 64 --mnli-weight 2 --snli-per-epoch -1"
  [b64-mnli3]="--lr 1e-4 --batch-size 64 --mnli-weight 3 --snli-per-epoch 20000"
  [b32-lr1e-4]="--lr 1e-4 --batch-size 32 --mnli-weight 2 --snli-per-epoch 20000"
  [b64-words]="--lr 1e-4 --batch-size 64 --mnli-weight 2 --snli-per-epoch -1 --train-word-embeddings"
  [b128-lr2e-4]="--lr 2e-4 --batch-size 128 --mnli-weight 2 --snli-per-epoch -1"
)
for name in "${!runs[@]}"; do
  # shellcheck disable=SC2086
  PYTHONUNBUFFERED=1 "$py" "$here/train_nli.py" "${common[@]}" ${runs[$name]} ${SWEEP_EXTRA:-} --out "$out/$name" \
    > "$out/$name.log" 2>&1 &
done
wait
grep -h '"done"' "$out"/*/metrics.jsonl
dirs=()
for name in "${!runs[@]}"; do dirs+=("$out/$name"); done
PYTHONUNBUFFERED=1 "$py" "$here/soup_nli.py" --runs "${dirs[@]}" \
  --heldout "${dirs[0]}/heldout.csv" --out "$out/soup"
