#!/usr/bin/env bash
# Fails the job on a failed check (exit 1 or 2) or a --fail-on change in the diff.
set -euo pipefail
if [ "${CHECK_EXIT:-0}" != "0" ]; then
  echo "journey check failed (exit $CHECK_EXIT): see the annotations" >&2; exit "$CHECK_EXIT"
fi
if [ -n "${DIFF_EXIT:-}" ] && [ "$DIFF_EXIT" != "0" ]; then
  echo "journey diff failed (exit $DIFF_EXIT): see the pull-request comment" >&2; exit "$DIFF_EXIT"
fi
