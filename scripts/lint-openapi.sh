#!/usr/bin/env bash
# Lints the OpenAPI documents that the end-to-end tests wrote to keten-local/target/openapi/ with the
# government's Spectral ruleset for the API Design Rules (../shared/reference/nl-api-design-rules/linter.yaml).
# Install Spectral once with: npm install -g @stoplight/spectral-cli
set -euo pipefail
cd "$(dirname "$0")/.."
ruleset="${RULESET:-../shared/reference/nl-api-design-rules/linter.yaml}"
shopt -s nullglob
documents=(keten-local/target/openapi/*.json)
if [ ${#documents[@]} -eq 0 ]; then
  echo "No OpenAPI documents in keten-local/target/openapi/: run ./mvnw verify first." >&2
  exit 1
fi
spectral lint --ruleset "$ruleset" --fail-severity error "${documents[@]}"
