#!/usr/bin/env bash
# Regenerates src/*/PublicAPI.Unshipped.txt from the code, for Microsoft.CodeAnalysis.PublicApiAnalyzers.
# Run it after a deliberate change of the public API (or after a merge that added members) and review the diff:
#   bash eng/update-public-api.sh [src/PROJECT ...]      (default: every project under src/)
# It builds each project once with the API diagnostics as warnings, adds every symbol the analyzer reports as
# undeclared (RS0016) to PublicAPI.Unshipped.txt, and drops every declared one it cannot find (RS0017) from both
# files. At a release, move the Unshipped lines into PublicAPI.Shipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  projects=(src/*/)
fi
for dir in "${projects[@]}"; do
  dir=${dir%/}
  shipped="$dir/PublicAPI.Shipped.txt"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  [ -f "$shipped" ] || printf '#nullable enable\n' >"$shipped"
  [ -f "$unshipped" ] || printf '#nullable enable\n' >"$unshipped"
  log=$(mktemp)
  dotnet build "$dir" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -nologo -clp:NoSummary >"$log" 2>&1 || true
  added=$(grep -F "$dir/" "$log" | grep -F 'RS0016' | sed -nE "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/p" | sort -u || true)
  removed=$(grep -F "$dir/" "$log" | grep -F 'RS0017' | sed -nE "s/.*Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/p" | sort -u || true)
  for f in "$shipped" "$unshipped"; do
    body=$(grep -v '^#nullable enable$' "$f" || true)
    if [ -n "$removed" ]; then
      body=$(grep -vxF -f <(printf '%s\n' "$removed") <<<"$body" || true)
    fi
    if [ "$f" = "$unshipped" ] && [ -n "$added" ]; then
      body=$(printf '%s\n%s\n' "$body" "$added")
    fi
    { printf '#nullable enable\n'; grep -v '^$' <<<"$body" | LC_ALL=C sort -u || true; } >"$f"
  done
  echo "$dir: $(grep -c . <<<"$added" || true) added, $(grep -c . <<<"$removed" || true) removed"
  if grep -qE 'error (CS|MSB|NETSDK)' "$log"; then
    echo "$dir: the build failed for another reason; see below" >&2
    grep -E 'error (CS|MSB|NETSDK)' "$log" | sort -u >&2
  fi
  rm -f "$log"
done
