#!/usr/bin/env bash
# journey check --format github: one annotation per diagnostic. The exit code is an output; the
# verdict step fails the job, so render and the comment still run on a failing check.
set -uo pipefail
read -r -d '' -a paths <<< "$INPUT_PATHS" || true
strict=()
[ "${INPUT_STRICT:-false}" = "true" ] && strict=(--strict)
"$JOURNEY" check "${paths[@]}" --format github "${strict[@]}"
echo "exit-code=$?" >> "$GITHUB_OUTPUT"
