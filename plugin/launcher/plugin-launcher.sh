#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A HashiCorp Vault plugin built on the tokenbridge SDK. This file is a shell launcher followed by the
# plugin's jar, so the sha256 Vault checks before every start covers the code as well as the launcher.
#
# Java is found in this order: TOKENBRIDGE_JAVA (a java binary), JAVA_HOME/bin/java, java on PATH,
# then /usr/bin/java. Vault may start plugins with no PATH at all (e.g. under systemd): register the
# plugin with -env JAVA_HOME=... (or TOKENBRIDGE_JAVA=...) in that case.

# Options from the environment must not load anything into the plugin's JVM.
unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS

if [ -n "$TOKENBRIDGE_JAVA" ]; then
  java="$TOKENBRIDGE_JAVA"
elif [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java="$(command -v java)"
else
  java=/usr/bin/java
fi
if [ ! -x "$java" ]; then
  echo "[ERROR] tokenbridge: no Java runtime found (tried TOKENBRIDGE_JAVA, JAVA_HOME, PATH, /usr/bin/java)" >&2
  exit 1
fi

# stdout carries only the handshake line: JVM messages go to stderr.
exec "$java" -XX:+DisplayVMOutputToStderr -XX:-UsePerfData -XX:+UseSerialGC \
  -Xss512k -Xmx256m -Dfile.encoding=UTF-8 -jar "$0" "$@"
exit 1
