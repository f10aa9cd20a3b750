#!/usr/bin/env bash
# journey diff --format markdown against the base commit, posted as one pull-request comment:
# the comment starts with <!-- journey-diff -->, and a later run updates that comment.
set -uo pipefail
read -r -d '' -a paths <<< "$INPUT_PATHS" || true
if [ -z "${INPUT_BASE:-}" ]; then
  echo "::error title=journey diff::no base revision: set the base input (outside pull requests)" >&2
  echo "exit-code=2" >> "$GITHUB_OUTPUT"; exit 0
fi
# A shallow checkout holds HEAD only: fetch the base commit by id when it is missing.
git cat-file -e "$INPUT_BASE^{commit}" 2>/dev/null || git fetch --quiet --depth=1 origin "$INPUT_BASE"
file="${RUNNER_TEMP:-/tmp}/journey-diff.md"
fail_on=()
[ -n "${INPUT_FAIL_ON:-}" ] && fail_on=(--fail-on "$INPUT_FAIL_ON")
"$JOURNEY" diff "${paths[@]}" --base "$INPUT_BASE" --head HEAD --format markdown "${fail_on[@]}" > "$file"
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
echo "file=$file" >> "$GITHUB_OUTPUT"
[ "$code" -le 1 ] || exit 0   # 2: nothing to post; the verdict step fails the job
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$file" >> "$GITHUB_STEP_SUMMARY"
node "$GITHUB_ACTION_PATH/action/post-comment.mjs" "$file"
