#!/usr/bin/env bash
# Records a release's API as the baseline the build compares every bundle with (bnd-baseline-maven-plugin).
#
# At release time, after building the release (every bundle's jar in bundles/*/target):
#   bash baseline/capture.sh 0.2.0
# then set <mentorkit.baseline.version> in the root pom to 0.2.0, move the project to the next -SNAPSHOT, and commit
# baseline/. Each bundle's jar keeps its manifest and the classes of its exported packages only (a few kilobytes).
set -euo pipefail
cd "$(dirname "$0")/.."
release="${1:?usage: baseline/capture.sh <release version, e.g. 0.2.0>}"

for pom in bundles/*/pom.xml; do
  dir="$(dirname "$pom")"
  artifact="$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' "$pom" | head -1)"
  jar="$(ls "$dir"/target/"$artifact"-*.jar 2>/dev/null | grep -v -- '-sources.jar\|-javadoc.jar' | head -1 || true)"
  if [ -z "$jar" ]; then
    echo "No built jar for $artifact in $dir/target: build first (mvn -B install -DskipTests)." >&2
    exit 1
  fi
  java baseline/Capture.java "$jar" no.mentorkit "$artifact" "$release" baseline
done
