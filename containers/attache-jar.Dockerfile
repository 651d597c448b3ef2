# Attaché's image from the jar built on this machine (app/target/attache.jar), for machines where the
# root Dockerfile's build stage cannot run (no registry for its Maven image). containers/setup-offline
# builds it with JRE_IMAGE set to its local JRE image; the runtime is the same as the root Dockerfile's.
ARG JRE_IMAGE=eclipse-temurin:17-jre
FROM ${JRE_IMAGE}
RUN groupadd --system --gid 10001 attache \
 && useradd --system --uid 10001 --gid attache --home-dir /var/lib/attache --create-home attache \
 && mkdir -p /etc/attache /var/lib/attache/out \
 && chown attache:attache /var/lib/attache/out
COPY app/target/attache.jar /opt/attache/attache.jar
USER attache
WORKDIR /var/lib/attache
ENTRYPOINT ["java", "-jar", "/opt/attache/attache.jar"]
CMD ["--help"]
