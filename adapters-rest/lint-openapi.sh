#!/usr/bin/env bash
# Lints the OpenAPI document this module serves against the Dutch API Design Rules (Logius ruleset
# for Spectral, in ../shared/tools beside the repository), with the machine's own Node and npm.
#
#   adapters-rest/lint-openapi.sh [openapi.json]
#
# Without an argument it lints adapters-rest/target/openapi.json, which OpenApiDocumentTest writes
# (the document served with every production resource); when that file is missing, the test is run
# first. Spectral 6 is installed once into adapters-rest/target/spectral. Errors fail the script;
# warnings are reported. Without ../shared (a user's clone) the lint is skipped, except with CI=true.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
ruleset="$root/../shared/tools/nlgov-api-design-rules.spectral.yaml"

if [ ! -f "$ruleset" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "lint-openapi: FAILED: the ruleset is missing ($ruleset) and CI=true" >&2
    exit 1
  fi
  echo "lint-openapi: skipped: no ruleset at $ruleset (a clone without ../shared)"
  exit 0
fi
ruleset="$(cd "$(dirname "$ruleset")" && pwd)/$(basename "$ruleset")"

if [ $# -gt 0 ]; then
  doc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  doc="$here/target/openapi.json"
  if [ ! -f "$doc" ]; then
    echo "lint-openapi: generating $doc with OpenApiDocumentTest"
    (cd "$root" && ./mvnw -q verify -pl core,adapters-rest -Dtest=OpenApiDocumentTest \
      -Dsurefire.failIfNoSpecifiedTests=false)
  fi
fi
[ -f "$doc" ] || { echo "lint-openapi: no document at $doc" >&2; exit 1; }

command -v npm >/dev/null || { echo "lint-openapi: npm is not installed" >&2; exit 1; }
tools="$here/target/spectral"
if [ ! -x "$tools/node_modules/.bin/spectral" ]; then
  echo "lint-openapi: installing @stoplight/spectral-cli@6 into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@6 >/dev/null
fi

echo "lint-openapi: $doc"
cd "$tools"
npx --no-install spectral lint -r "$ruleset" "$doc" --fail-severity error
