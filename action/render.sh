#!/usr/bin/env bash
# journey render into a folder; refuses (exit 1) while the journeys have errors.
set -euo pipefail
read -r -d '' -a paths <<< "$INPUT_PATHS" || true
"$JOURNEY" render "${paths[@]}" --format "$INPUT_RENDER_FORMAT" --out "$INPUT_RENDER_OUT"
