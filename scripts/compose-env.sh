#!/bin/sh
# Writes the .env that docker-compose.yml reads: a random database password and pseudonymisation key per service
# (never the local ones: the services refuse those outside the local profile) and, if given, the token issuer to
# trust; without one the services trust the compose file's own demo token issuer (container token-issuer).
#   scripts/compose-env.sh                      writes .env (keeps an existing one)
#   scripts/compose-env.sh FILE                 writes FILE instead (e.g. a throwaway one for `config -q` in CI)
#   KETEN_TOKEN_ISSUER=https://... KETEN_TOKEN_JWKS_URI=https://.../jwks scripts/compose-env.sh
# .env is git-ignored: it holds this machine's secrets.
set -eu
cd "$(dirname "$0")/.."
doel=${1:-.env}
if [ -e "$doel" ]; then
  echo "$doel already exists; delete it first to make new secrets." >&2
  exit 1
fi
geheim() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }
umask 077
{
  echo "# docker-compose.yml's secrets and settings, made by scripts/compose-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ)."
  echo "POSTGRES_PASSWORD=$(geheim)"
  for service in IND DUO COA GEMEENTE INSTELLING; do
    echo "${service}_DB_PASSWORD=$(geheim)"
    echo "${service}_PSEUDONIMISERING_SLEUTEL=$(geheim)"
  done
  echo "# The OAuth2 issuer the services trust: its exact 'iss' and where it publishes its keys (README, Deploy)."
  echo "# Empty: the compose file's demo issuer (token-issuer, public client secrets: a demo, never production)."
  echo "KETEN_TOKEN_ISSUER=${KETEN_TOKEN_ISSUER:-}"
  echo "KETEN_TOKEN_JWKS_URI=${KETEN_TOKEN_JWKS_URI:-}"
  echo "KETEN_TOKEN_ROLLEN=${KETEN_TOKEN_ROLLEN:-}"
  echo "KETEN_TOKEN_ORGANISATIES=${KETEN_TOKEN_ORGANISATIES:-}"
} > "$doel"
echo "wrote $doel"
if [ -z "${KETEN_TOKEN_ISSUER:-}" ]; then
  echo "The services trust the compose file's demo token issuer (http://localhost:9000/oauth2/token, public secrets)."
  echo "For a real issuer fill in KETEN_TOKEN_ISSUER, KETEN_TOKEN_JWKS_URI, KETEN_TOKEN_ROLLEN and KETEN_TOKEN_ORGANISATIES"
  echo "in $doel and start without the demo issuer: docker-compose up -d --scale token-issuer=0 (README, Deploy)."
fi
