#!/bin/sh
# Builds the JDK's AOT cache (JDK 25 or newer) for the packaged jar: the jar extracted as the JVM
# needs it (application jar plus lib/), then a training run that starts the app's context the way
# production starts it (profiles postgres,zeebe, Spring's build-time bean definitions) but on an
# in-memory database, and stops once it is refreshed, before anything connects to the engine, the
# mail server or a network. The same JDK must then run the app from DESTINATION with the cache:
#
#   java -XX:AOTCache=DESTINATION/app.aot -Dspring.aot.enabled=true -jar DESTINATION/exit-desk.jar ...
#
# The cache holds the classes that start loaded and how their methods ran; a start of the same jar
# without the build-time definitions uses it too. The sign-in account (no password signs in to it)
# and the client-link secret below are placeholders that exist only so the production profiles'
# context starts in the training run.
#
# Usage: tools/aot/build-cache.sh JAR DESTINATION COMPANY_FILE [JVM_OPTION...]
#   JAR           the packaged jar (target/exit-desk-*.jar)
#   DESTINATION   an empty or missing folder; gets exit-desk.jar, lib/ and app.aot
#   COMPANY_FILE  a company file the app accepts (company.example.yaml will do): the context
#                 refuses to start without one, and the training run must start it
#   JVM_OPTION    options the app will run with (heap sizing, GC), so the cache fits that JVM
# The Dockerfile, ProductionJarIT and the start-up benchmark run this script; see README, "Start-up".
set -eu
if [ $# -lt 3 ]; then
  sed -n '2,21p' "$0" >&2
  exit 2
fi
jar=$1
destination=$2
company=$3
shift 3
# A fixed name, so the command that starts the app does not change with the version.
java -Djarmode=tools -jar "$jar" extract --destination "$destination" --force \
  --application-filename exit-desk.jar
java "$@" -XX:AOTCacheOutput="$destination/app.aot" -Dspring.context.exit=onRefresh \
  -Dspring.aot.enabled=true \
  -jar "$destination/exit-desk.jar" \
  --spring.profiles.active=postgres,zeebe \
  --spring.datasource.url="jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" \
  --spring.datasource.username=sa \
  --spring.datasource.password= \
  --camunda.client.grpc-address=http://127.0.0.1:26500 \
  --spring.mail.host=127.0.0.1 \
  --exitdesk.client-links.secret=training-run-only-not-a-secret-0123456789 \
  '--exitdesk.users.accounts[0].name=training' \
  '--exitdesk.users.accounts[0].password-hash={noop}no-sign-in' \
  '--exitdesk.users.accounts[0].roles[0]=OPS' \
  --spring.config.import="file:$company"
test -s "$destination/app.aot"
