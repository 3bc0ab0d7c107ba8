#!/bin/sh
# Org-wide scan: a list of repositories in (one clone URL a line), one merged report out.
#   ./org-scan.sh repos.txt [leakgate-org.sarif]
# Each repository's full history is scanned on its own; `leakgate merge` joins the JSON
# reports into one SARIF (any --format works). A finding's path is relative to its
# repository, so each report's paths get the repository's name in front before the merge.
# To spread the list over machines, give each machine a slice of repos.txt (split -n l/N).
set -eu
list=$1
out=${2:-leakgate-org.sarif}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/clones" "$work/raw" "$work/reports"

grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$list" | while read -r url; do
  name=$(basename "$url" .git)
  git clone --quiet --no-checkout "$url" "$work/clones/$name"
  # Exit code 1 means findings, not failure: the merged report tells.
  npx --yes leakgate history --all --repo "$work/clones/$name" --format json --output "$work/raw/$name.json" --exit-code 0 --quiet
  node -e '
    const fs = require("node:fs");
    const [from, name, to] = process.argv.slice(1);
    const report = JSON.parse(fs.readFileSync(from, "utf8"));
    for (const finding of report.findings) finding.file = `${name}/${finding.file}`;
    for (const skip of report.stats.skipped) skip.file = `${name}/${skip.file}`;
    fs.writeFileSync(to, JSON.stringify(report));
  ' "$work/raw/$name.json" "$name" "$work/reports/$name.json"
  rm -rf "$work/clones/$name"
done
npx --yes leakgate merge "$work"/reports/*.json --format sarif --output "$out"
