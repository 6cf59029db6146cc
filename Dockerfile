# Builds the app (UI included) with the Maven wrapper, then runs it on a JRE as a non-root user.
FROM eclipse-temurin:21-jdk AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml .bpmnlintrc ./
RUN ./mvnw -B -ntp dependency:go-offline -Dexec.skip
COPY tools tools
COPY frontend frontend
COPY bpmn bpmn
COPY templates templates
COPY src src
RUN ./mvnw -B -ntp package -DskipTests -Dspotless.check.skip

FROM eclipse-temurin:21-jre
RUN groupadd --system exitdesk && useradd --system --gid exitdesk --uid 10001 exitdesk
WORKDIR /app
COPY --from=build /src/target/exit-desk-*.jar /app/exit-desk.jar
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD ["sh", "-c", "wget -qO- http://127.0.0.1:8080/actuator/health/liveness >/dev/null 2>&1 || curl -fs http://127.0.0.1:8080/actuator/health/liveness >/dev/null"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/exit-desk.jar"]
