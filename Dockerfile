# Builds the app (UI included) with the Maven wrapper, then runs it on a JRE as a non-root user.
# Base images are pinned by major version and OS release; Node comes from the official Node image
# (the BPMN and compose linters and Vite need Node 20.19 or newer; Ubuntu's apt has older ones).
ARG NODE_IMAGE=node:22-bookworm-slim
ARG JDK_IMAGE=eclipse-temurin:21-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:21-jre-noble

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
COPY --from=build /src/target/exit-desk-*.jar /app/exit-desk.jar
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD ["curl", "-fs", "http://127.0.0.1:8080/actuator/health/liveness"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/exit-desk.jar"]
