# One image for every part of Attaché: `docker run <image> ingest|enrich|sink|run|broker ...`.
# Build: docker build -t attache .   (docs/deployment.md explains the compose stack that uses it)

# ---- build stage: the same Maven build as ./attache, tests left to CI --------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The poms alone first, built over empty sources: this layer holds every plugin and dependency, so a change
# to the code rebuilds without downloading Maven Central again.
COPY pom.xml ./
COPY model/pom.xml model/
COPY broker/pom.xml broker/
COPY test-support/pom.xml test-support/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY app/pom.xml app/
RUN mvn -B -ntp -q -pl app -am -DskipTests package
COPY . .
RUN mvn -B -ntp -q -pl app -am -DskipTests package

# ---- runtime stage: a JRE and the one jar ------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 attache \
 && useradd --system --uid 10001 --gid attache --home-dir /var/lib/attache --create-home attache \
 && mkdir -p /etc/attache /var/lib/attache/out \
 && chown attache:attache /var/lib/attache/out
COPY --from=build /src/app/target/attache.jar /opt/attache/attache.jar
USER attache
# Relative paths (the default state under ./.attache) land in the volume mounted here.
WORKDIR /var/lib/attache
# JVM options go in JAVA_TOOL_OPTIONS (read by the JVM itself), Attaché's in ATTACHE_<OPTION> variables.
ENTRYPOINT ["java", "-jar", "/opt/attache/attache.jar"]
CMD ["--help"]
