#!/bin/sh
# Builds the container images of the five services (Dockerfile at the root) from their executable jars, and the
# demo token issuer of docker-compose.yml (keten-local's jar started with --token-issuer-only).
#   scripts/build-images.sh            build the jars (./mvnw package -DskipTests), then the images
#   scripts/build-images.sh --no-jars  only the images, from the jars already in */target/
# Images are tagged inburgeringsketen/<service>:<project version> and :latest; IMAGE_PREFIX changes the prefix
# (e.g. IMAGE_PREFIX=registry.example.nl/keten). Needs a Docker engine (or a compatible builder).
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-jars" ]; then
  ./mvnw -B -ntp -DskipTests package
fi
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
PREFIX=${IMAGE_PREFIX:-inburgeringsketen}

for entry in ind-service:8081 duo-service:8082 coa-service:8083 gemeente-service:8084 instelling-service:8085; do
  service=${entry%%:*}
  port=${entry##*:}
  echo "== $PREFIX/$service:$VERSION (port $port)"
  docker build --build-arg SERVICE="$service" --build-arg PORT="$port" \
    -t "$PREFIX/$service:$VERSION" -t "$PREFIX/$service:latest" .
done
echo "== $PREFIX/token-issuer:$VERSION (port 9000, keten-local --token-issuer-only)"
docker build --build-arg SERVICE=keten-local --build-arg PORT=9000 \
  -t "$PREFIX/token-issuer:$VERSION" -t "$PREFIX/token-issuer:latest" .
