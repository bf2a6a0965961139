# syntax=docker/dockerfile:1
# One image per ketenpartner service, from its executable jar (decision 0009). Build the jars first, then e.g.:
#   ./mvnw -B -DskipTests package
#   docker build --build-arg SERVICE=ind-service --build-arg PORT=8081 -t inburgeringsketen/ind-service .
# (scripts/build-images.sh builds all five, and the demo token issuer from keten-local's jar.) The image runs outside the local profile: it needs its secrets and
# addresses from the environment (README, Deploy), and refuses to start without them.

ARG JAVA_IMAGE=eclipse-temurin:17-jre

# Split the jar into Spring Boot's layers (dependencies, spring-boot-loader, snapshot-dependencies, application),
# so a new build of the service changes only the last, small layer.
FROM ${JAVA_IMAGE} AS lagen
ARG SERVICE
WORKDIR /build
# ind-service-<version>-exec.jar, ...; keten-local-exec.jar for the token-issuer image (SERVICE=keten-local)
COPY ${SERVICE}/target/${SERVICE}*-exec.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM ${JAVA_IMAGE}
ARG SERVICE
ARG PORT
LABEL org.opencontainers.image.title="${SERVICE}" \
      org.opencontainers.image.description="Inburgeringsketen: ${SERVICE}"
# The health check below uses curl; eclipse-temurin's Ubuntu images ship it, install it only where one does not.
RUN test -n "${PORT}" || { echo "--build-arg PORT=<the service's port> is required" >&2; exit 1; }; \
    if ! command -v curl > /dev/null; then \
      apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*; \
    fi \
 && groupadd --system --gid 10001 keten \
 && useradd --system --uid 10001 --gid keten --no-create-home --home-dir /application --shell /usr/sbin/nologin keten
WORKDIR /application
COPY --from=lagen /build/extracted/dependencies/ ./
COPY --from=lagen /build/extracted/spring-boot-loader/ ./
COPY --from=lagen /build/extracted/snapshot-dependencies/ ./
COPY --from=lagen /build/extracted/application/ ./
USER 10001:10001
# The service's own port (ind 8081 ... instelling 8085); SERVER_PORT overrides the port in its yml.
ENV SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
# Readiness, not liveness: "healthy" means the service can take traffic (its database is reachable); the
# orchestrator's own liveness probe should use /actuator/health/liveness (architecture §9).
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null "http://localhost:${SERVER_PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "application.jar"]
