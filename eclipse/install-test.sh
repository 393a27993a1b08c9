#!/usr/bin/env bash
# Installs the SOP update site into a fresh Eclipse with the p2 director, starts that Eclipse (workbench under
# Xvfb) and checks that the editor and viewpoint bundles resolve and start.
#
#   eclipse/install-test.sh BUNDLES_DIR [UPDATE_SITE]
#
# BUNDLES_DIR: a folder of Eclipse bundles laid out as an installation (BUNDLES_DIR/plugins/*.jar and
# BUNDLES_DIR/configuration/config.ini with simpleconfigurator's bundles.info), holding the platform with p2
# (director, publisher), Xtext UI and Sirius: the folder -Declipse.bundles names (README, section "Eclipse").
# UPDATE_SITE: default org.dinsos.sop.repository/target/repository, as `./mvnw verify -Declipse.bundles=...` builds it.
# Needs Java 21+ (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), Xvfb. Prints PASS or FAIL and the bundle
# states; the work folder (printed) keeps the logs.
#
# Steps: (1) the platform folder is published as a p2 repository (FeaturesAndBundlesPublisher; its bundles carry
# no p2 start configuration, unlike the Eclipse release's repositories); (2) the p2 director installs every
# platform bundle plus the feature org.dinsos.sop.ui.feature from the update site into an empty destination;
# (3) the new installation's bundles.info is written as p2 would with a product's configuration units (which a
# repository published from a folder lacks), with the start levels an Eclipse installation gives simpleconfigurator,
# scr, equinox.common/event, SPI Fly and core.runtime; (4) the new Eclipse runs the workbench, and its OSGi console starts and lists the SOP bundles.
set -euo pipefail
BUNDLES=$(cd "${1:?usage: eclipse/install-test.sh BUNDLES_DIR [UPDATE_SITE]}" && pwd)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITE=$(cd "${2:-$ROOT/org.dinsos.sop.repository/target/repository}" && pwd)
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
WORK=$(mktemp -d /tmp/sop-install-test.XXXXXX)
echo "work folder: $WORK"
LAUNCHER=$(ls "$BUNDLES"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
[ -f "$SITE/content.jar" ] || [ -f "$SITE/content.xml" ] || [ -f "$SITE/content.xml.xz" ] \
  || { echo "FAIL: no p2 repository at $SITE"; exit 1; }

# The p2 applications run from the bundles folder itself, with a configuration area of their own.
cp -r "$BUNDLES/configuration" "$WORK/p2config"
P2=("$JAVA" -jar "$LAUNCHER" -install "$BUNDLES" -configuration "$WORK/p2config" -nosplash -consoleLog)

# (1) The platform as a p2 repository.
mkdir -p "$WORK/platform-source"
ln -s "$BUNDLES/plugins" "$WORK/platform-source/plugins"
"${P2[@]}" -application org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher \
  -metadataRepository "file:$WORK/platform" -artifactRepository "file:$WORK/platform" \
  -source "$WORK/platform-source" -publishArtifacts > "$WORK/publish.log" 2>&1

# (2) Every platform bundle and the SOP feature, into an empty destination.
PLATFORM_IUS=$(cd "$BUNDLES/plugins" && ls *.jar | sed -E 's/_[0-9][^_]*\.jar$//' | sort -u | paste -sd, -)
DEST="$WORK/eclipse"
"${P2[@]}" -application org.eclipse.equinox.p2.director \
  -repository "file:$WORK/platform,file:$SITE" \
  -installIU "$PLATFORM_IUS,org.dinsos.sop.ui.feature.feature.group" \
  -destination "$DEST" -bundlepool "$DEST" -profile SOP -roaming \
  -profileProperties org.eclipse.update.install.features=true \
  -p2.os linux -p2.ws gtk -p2.arch x86_64 > "$WORK/director.log" 2>&1 \
  || { echo "FAIL: the p2 director could not install the site (see $WORK/director.log)"; tail -20 "$WORK/director.log"; exit 1; }
grep -q "Operation completed" "$WORK/director.log" || { echo "FAIL: see $WORK/director.log"; exit 1; }
for bundle in org.dinsos.sop.dsl.ui org.dinsos.sop.diagram.design org.dinsos.sop.dsl org.dinsos.sop.diagram; do
  ls "$DEST"/plugins/${bundle}_*.jar > /dev/null || { echo "FAIL: $bundle not installed"; exit 1; }
done

# (3) The configuration. A repository published from a folder of bundles has no configuration units (an Eclipse
# release's product has them), so p2 lays the bundles down without a bundles.info: write the one it would, with
# the start levels of an Eclipse installation.
CONF="$DEST/configuration"
INFO="$CONF/org.eclipse.equinox.simpleconfigurator/bundles.info"
mkdir -p "$(dirname "$INFO")"
if [ ! -s "$INFO" ]; then
  echo "#version=1" > "$INFO"
  (cd "$DEST/plugins" && for jar in *.jar; do
     name=${jar%.jar}; bsn=$(echo "$name" | sed -E 's/_[0-9][^_]*$//'); version=${name#${bsn}_}
     echo "$bsn,$version,plugins/$jar,4,false"
   done) >> "$INFO"
fi
awk -F, 'BEGIN { OFS = "," }
  $1 == "org.eclipse.equinox.simpleconfigurator" { $4 = 1; $5 = "true" }
  $1 == "org.apache.felix.scr" || $1 == "org.eclipse.equinox.common" || $1 == "org.eclipse.equinox.event" || $1 == "org.apache.aries.spifly.dynamic.bundle" { $4 = 2; $5 = "true" }
  $1 == "org.eclipse.core.runtime" { $4 = 4; $5 = "true" }
  { print }' "$INFO" > "$INFO.new" && mv "$INFO.new" "$INFO"
SIMPLE=$(cd "$DEST/plugins" && ls org.eclipse.equinox.simpleconfigurator_*.jar | head -1)
CONFIG="$CONF/config.ini"
touch "$CONFIG"
grep -q '^osgi.bundles=' "$CONFIG" || echo "osgi.bundles=reference\:file\:$SIMPLE@1\:start" >> "$CONFIG"
grep -q '^org.eclipse.equinox.simpleconfigurator.configUrl=' "$CONFIG" \
  || echo 'org.eclipse.equinox.simpleconfigurator.configUrl=file\:org.eclipse.equinox.simpleconfigurator/bundles.info' >> "$CONFIG"
grep -q '^osgi.bundles.defaultStartLevel=' "$CONFIG" || echo 'osgi.bundles.defaultStartLevel=4' >> "$CONFIG"

# (4) The new Eclipse: the workbench under Xvfb, the SOP bundles started from the OSGi console.
{
  sleep 60
  echo "ss org.dinsos"
  echo "equinox:start org.dinsos.sop.dsl.ui"
  echo "equinox:start org.dinsos.sop.diagram.design"
  sleep 5
  echo "ss org.dinsos"
  sleep 2
  echo "close"
  sleep 15
} | timeout 240 xvfb-run -a -s "-screen 0 1600x1000x24" "$JAVA" -jar "$DEST"/plugins/org.eclipse.equinox.launcher_*.jar \
      -install "$DEST" -configuration "$DEST/configuration" -application org.eclipse.ui.ide.workbench \
      -data "$WORK/workspace" -consoleLog -console > "$WORK/eclipse.log" 2>&1 || true
STATES=$(grep -E '^[0-9]+\s+[A-Z]+\s+org\.dinsos\.' "$WORK/eclipse.log" | tail -12 || true)
echo "$STATES"
for bundle in org.dinsos.sop.dsl.ui org.dinsos.sop.diagram.design; do
  if ! echo "$STATES" | grep -Eq "ACTIVE +${bundle}_"; then
    echo "FAIL: $bundle is not active (see $WORK/eclipse.log)"
    exit 1
  fi
done
echo "PASS: the update site installs with the p2 director; org.dinsos.sop.dsl.ui and org.dinsos.sop.diagram.design resolve and start"
