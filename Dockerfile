# Builds the app (UI included) with the Maven wrapper, then runs it on a JRE as a non-root user,
# extracted and with the JDK's AOT cache from a training run made in the image build (JDK 25).
# Base images are pinned by major version and OS release; Node comes from the official Node image
# (the BPMN and compose linters and Vite need Node 20.19 or newer; Ubuntu's apt has older ones).
# Needs BuildKit (Docker 23 or newer, docker compose v2) for RUN --mount.
ARG NODE_IMAGE=node:22-bookworm-slim
ARG JDK_IMAGE=eclipse-temurin:25-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25-jre-noble

FROM ${NODE_IMAGE} AS node

FROM ${JDK_IMAGE} AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml .bpmnlintrc ./
RUN ./mvnw -B -ntp dependency:go-offline -Dexec.skip
COPY tools tools
COPY frontend frontend
COPY bpmn bpmn
COPY templates templates
COPY src/main src/main
# The tests and lints ran in CI; the image builds what ships: classes, UI, templates, models.
RUN ./mvnw -B -ntp package -DskipTests -Dmaven.test.skip -Dspotless.check.skip -Dlint.skip

FROM ${JRE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system exitdesk && useradd --system --gid exitdesk --uid 10001 exitdesk
WORKDIR /app
# The jar extracted into /app (exit-desk.jar, lib/) and the AOT cache (/app/app.aot) from a
# training run with this image's JVM and the options the ENTRYPOINT gives it: the training run
# starts the production context (postgres,zeebe, build-time bean definitions) on an in-memory
# database and stops before it would reach the engine, so it needs nothing running. The cache fits
# only this JVM and these files; see README, "Start-up".
RUN --mount=type=bind,from=build,source=/src/target,target=/tmp/target \
    --mount=type=bind,source=tools/aot/build-cache.sh,target=/tmp/build-cache.sh \
    --mount=type=bind,source=company.example.yaml,target=/tmp/company.example.yaml \
    sh /tmp/build-cache.sh /tmp/target/exit-desk-*.jar /app /tmp/company.example.yaml \
      -XX:MaxRAMPercentage=75
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD ["curl", "-fs", "http://127.0.0.1:8080/actuator/health/liveness"]
# -Dspring.aot.enabled=true: the bean definitions the build worked out for the postgres and zeebe
# profiles (saas only adds settings to them); for any other set of profiles, start the jar without it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/app.aot", "-Dspring.aot.enabled=true", "-jar", "/app/exit-desk.jar"]
