#!/bin/bash
# docker-compose.yml: run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d/).
# One database and one login role per service, each owning only its own database (never shared tables);
# the passwords come from the environment (.env, scripts/compose-env.sh).
set -euo pipefail

for service in ind duo coa gemeente instelling; do
  variabele="${service^^}_DB_PASSWORD"
  wachtwoord="${!variabele:-}"
  if [ -z "$wachtwoord" ]; then
    echo "postgres-init: $variabele ontbreekt" >&2
    exit 1
  fi
  # psql variables (:"naam", :'wachtwoord') quote the identifier and the literal; they work in a script on stdin.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v naam="$service" -v wachtwoord="$wachtwoord" <<'SQL'
CREATE ROLE :"naam" LOGIN PASSWORD :'wachtwoord';
CREATE DATABASE :"naam" OWNER :"naam";
REVOKE ALL ON DATABASE :"naam" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"naam" TO :"naam";
SQL
  echo "postgres-init: database $service with user $service"
done
