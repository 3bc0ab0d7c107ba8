#!/usr/bin/env bash
# The scan step of the leakgate GitHub Action (action.yml). Inputs arrive as environment
# variables, never spliced into the script, so a branch name or an input cannot inject shell.
#
#   LEAKGATE_SCAN     auto | history | tree   (auto: history on pull requests, tree otherwise)
#   LEAKGATE_BASE, LEAKGATE_HEAD              the commit range for history mode
#   LEAKGATE_PATHS    what tree mode scans (space-separated)
#   LEAKGATE_ARGS     extra leakgate arguments (space-separated)
#   LEAKGATE_VERSION  npm version of leakgate; empty: this action's own version (its ref pins it)
#   LEAKGATE_SARIF    where the SARIF report goes
#   LEAKGATE_FAIL     "false": findings do not fail the step (errors still do)
#   LEAKGATE_EVENT    github.event_name
#
# Writes `exit-code` and `sarif` (the report's path, when written) to $GITHUB_OUTPUT.
set -o pipefail

mode="${LEAKGATE_SCAN:-auto}"
if [ "$mode" = auto ]; then
  case "${LEAKGATE_EVENT:-}" in
    pull_request | pull_request_target) mode=history ;;
    *) mode=tree ;;
  esac
fi

# The runner's Node.js: setting one up here would change it for the rest of the caller's job.
if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major >= 22 || (major === 20 && minor >= 19) ? 0 : 1)' 2>/dev/null; then
  echo "::error title=leakgate::leakgate needs Node.js ^20.19.0 or >=22 on PATH (found: $(node --version 2>/dev/null || echo none)); add actions/setup-node before this action"
  echo "exit-code=2" >>"${GITHUB_OUTPUT:-/dev/null}"
  exit 2
fi
version="${LEAKGATE_VERSION:-$(node -p 'require(process.argv[1]).version' "$(dirname "$0")/../package.json")}"
package="leakgate@$version"
read -r -a extra <<<"${LEAKGATE_ARGS:-}"
sarif="${LEAKGATE_SARIF:-leakgate.sarif}"
output="${GITHUB_OUTPUT:-/dev/null}"

case "$mode" in
  history)
    if [ -z "${LEAKGATE_BASE:-}" ] || [ -z "${LEAKGATE_HEAD:-}" ]; then
      echo "::error title=leakgate::history mode needs a base and a head commit (the inputs base and head, or a pull_request event)"
      echo "exit-code=2" >>"$output"
      exit 2
    fi
    npx --yes "$package" history "$LEAKGATE_BASE..$LEAKGATE_HEAD" --report "sarif=$sarif" "${extra[@]}"
    code=$?
    ;;
  tree)
    read -r -a paths <<<"${LEAKGATE_PATHS:-.}"
    npx --yes "$package" "${paths[@]}" --report "sarif=$sarif" "${extra[@]}"
    code=$?
    ;;
  *)
    echo "::error title=leakgate::unknown scan mode \"$mode\" (expected auto, history or tree)"
    echo "exit-code=2" >>"$output"
    exit 2
    ;;
esac

echo "exit-code=$code" >>"$output"
if [ -f "$sarif" ]; then echo "sarif=$sarif" >>"$output"; fi
# 0 clean, 2 error; anything else is leakgate's findings code (1, or --exit-code N).
if [ "$code" -ne 0 ] && [ "$code" -ne 2 ] && [ "${LEAKGATE_FAIL:-true}" = false ]; then exit 0; fi
exit "$code"
