#!/usr/bin/env bash
# Start (or stop) a local LanguageTool HTTP server for newslint's grammar rules and tests.
#
# Usage:
#   scripts/languagetool-server.sh [start] [--port N] [--timeout SECONDS]
#       Fetch the pinned LanguageTool with Maven (first run only), start its HTTP
#       server on 127.0.0.1 in the background, wait until it answers a check, and
#       print its URL (http://127.0.0.1:PORT) on stdout. Progress goes to stderr.
#       If a server started by this script is already answering, print its URL.
#   scripts/languagetool-server.sh stop      stop the server started by this script
#   scripts/languagetool-server.sh status    print the URL if it answers, else exit 1
#   scripts/languagetool-server.sh fetch     only fetch LanguageTool (e.g. to warm a CI cache)
#   scripts/languagetool-server.sh ltp-path  fetch, then print a folder to use as LTP_PATH, so
#       that language-tool-python's own local server (LanguageTool('en-US') without
#       remote_server) finds LanguageTool there instead of downloading it
#
# When newslint is importable by $NEWSLINT_PYTHON (default: python3), start, stop and status
# are those of `newslint languagetool ...`: the user's one local server, which newslint's
# server = "local" uses and which stops after 30 idle minutes (see the README). Without
# newslint, the script runs a server of its own, which runs until stopped.
#
# Typical use:
#   url=$(scripts/languagetool-server.sh) || exit 1
#   newslint check --languagetool "$url" drafts/
#   scripts/languagetool-server.sh stop
#
# Environment:
#   NEWSLINT_LT_VERSION  LanguageTool version (default: the one pinned in
#                        scripts/languagetool/pom.xml)
#   NEWSLINT_LT_HOME     cache folder for LanguageTool, pid, log and URL
#                        (default: ~/.cache/newslint/languagetool-VERSION)
#   NEWSLINT_LT_XMX      JVM heap limit (default: 512m)
#   NEWSLINT_LT_TIMEOUT  seconds to wait for the server to answer (default: 180)
#   JAVA_HOME, MAVEN_OPTS  as usual (Java 17 or newer is needed)
#
# The first run downloads about 250 MB into the Maven repository (~/.m2) and copies it
# into NEWSLINT_LT_HOME/LanguageTool-VERSION, laid out like LanguageTool's own release
# (languagetool-server.jar beside libs/); later runs use that copy and do not call Maven.
# Exit status: 0 on success; 1 with a one-line reason on stderr when something fails;
# 2 for a usage error.

set -euo pipefail

prog=languagetool-server.sh
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pom="$script_dir/languagetool/pom.xml"
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

say() { printf '%s: %s\n' "$prog" "$*" >&2; }
die() { printf '%s: error: %s\n' "$prog" "$*" >&2; exit 1; }
usage_error() {
    printf '%s: %s\n' "$prog" "$*" >&2
    printf 'usage: %s [start [--port N] [--timeout SECONDS] | stop | status | fetch | ltp-path]\n' "$prog" >&2
    exit 2
}

pinned_version() {
    sed -n 's:.*<languagetool.version>\(.*\)</languagetool.version>.*:\1:p' "$pom" | head -n 1
}

version=${NEWSLINT_LT_VERSION:-$(pinned_version)}
[[ -n $version ]] || die "cannot read the pinned LanguageTool version from $pom"
lt_home=${NEWSLINT_LT_HOME:-${HOME:-/tmp}/.cache/newslint/languagetool-$version}
dist="$lt_home/LanguageTool-$version"
pid_file="$lt_home/server.pid"
url_file="$lt_home/server.url"
log_file="$lt_home/server.log"
xmx=${NEWSLINT_LT_XMX:-512m}
timeout=${NEWSLINT_LT_TIMEOUT:-180}
port=""

# --- arguments -------------------------------------------------------------------------

command=start
if [[ $# -gt 0 && $1 != -* ]]; then
    command=$1
    shift
fi
while [[ $# -gt 0 ]]; do
    case $1 in
        --port|-p) [[ $# -ge 2 ]] || usage_error "$1 needs a value"; port=$2; shift 2 ;;
        --port=*) port=${1#*=}; shift ;;
        --timeout) [[ $# -ge 2 ]] || usage_error "$1 needs a value"; timeout=$2; shift 2 ;;
        --timeout=*) timeout=${1#*=}; shift ;;
        -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
done
case $command in start|stop|status|fetch|ltp-path) ;; *) usage_error "unknown command: $command" ;; esac
[[ -z $port || $port =~ ^[0-9]+$ ]] || usage_error "--port must be a number, not '$port'"
[[ $timeout =~ ^[0-9]+$ ]] || usage_error "--timeout must be a whole number of seconds, not '$timeout'"

# --- helpers ---------------------------------------------------------------------------

# Print the pid of the server this script started, if that process is still ours.
running_pid() {
    [[ -f $pid_file ]] || return 1
    local pid
    pid=$(<"$pid_file")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: it must still be a LanguageTool server.
    if [[ -r /proc/$pid/cmdline ]]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'org.languagetool.server.HTTPServer' || return 1
    fi
    printf '%s\n' "$pid"
}

# HTTP GET or POST (form data in $2) with a short timeout; the body goes to stdout.
http() {
    local url=$1 data=${2-}
    if command -v curl >/dev/null 2>&1; then
        if [[ -n $data ]]; then
            curl -fsS --max-time 120 --data "$data" "$url"
        else
            curl -fsS --max-time 5 "$url"
        fi
    else
        python3 - "$url" "$data" <<'PY'
import sys, urllib.request
url, data = sys.argv[1], sys.argv[2]
body = data.encode() if data else None
with urllib.request.urlopen(url, data=body, timeout=120 if body else 5) as r:
    sys.stdout.write(r.read().decode())
PY
    fi
}

answers() { http "$1/v2/languages" >/dev/null 2>&1; }

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
        return
    fi
    local p
    for p in $(seq 8081 8181); do
        port_in_use "$p" || { echo "$p"; return; }
    done
    return 1
}

find_java() {
    local java=java
    [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
    command -v "$java" >/dev/null 2>&1 || die "Java not found: LanguageTool $version needs Java 17 or newer (install a JDK or set JAVA_HOME)"
    local major
    major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
    major=${major#1.}
    [[ $major =~ ^[0-9]+$ ]] || die "cannot tell the version of $java"
    (( major >= 17 )) || die "LanguageTool $version needs Java 17 or newer, but $java is Java $major (set JAVA_HOME)"
    printf '%s\n' "$java"
}

# --- fetch -----------------------------------------------------------------------------

fetch() {
    if [[ -f $dist/.complete && $(<"$dist/.complete") == "$version" ]]; then
        return 0
    fi
    command -v mvn >/dev/null 2>&1 || die "Maven (mvn) not found: it is needed once to fetch LanguageTool $version"
    mkdir -p "$lt_home"
    # A hidden name, so that language-tool-python never takes a half-copied folder for LanguageTool.
    local tmp="$lt_home/.LanguageTool-$version.partial" mvn_log="$lt_home/fetch.log"
    rm -rf "$tmp"
    # stripVersion gives the jar names that languagetool-server.jar's manifest Class-Path
    # expects under libs/, as in LanguageTool's release download.
    local args=(-B -ntp -f "$pom" "-Dlanguagetool.version=$version"
                "$dependency_plugin:copy-dependencies"
                "-DoutputDirectory=$tmp/libs" -DincludeScope=runtime -Dmdep.stripVersion=true)
    # Offline first: when the Maven repository already holds everything, nothing is downloaded.
    if mvn -o "${args[@]}" >"$mvn_log" 2>&1; then
        say "copied LanguageTool $version from the local Maven repository"
    else
        say "fetching LanguageTool $version with Maven (about 250 MB, first time only) ..."
        rm -rf "$tmp"
        if ! mvn "${args[@]}" >"$mvn_log" 2>&1; then
            local reason
            reason=$(grep -m 1 '^\[ERROR\]' "$mvn_log" | cut -c 1-300 || true)
            die "Maven could not fetch LanguageTool $version (${reason:-see $mvn_log}); full log: $mvn_log"
        fi
    fi
    [[ -f $tmp/libs/languagetool-server.jar ]] \
        || die "Maven finished but languagetool-server.jar is missing; see $mvn_log"
    mv "$tmp/libs/languagetool-server.jar" "$tmp/languagetool-server.jar"
    printf '%s\n' "$version" >"$tmp/.complete"
    rm -rf "$dist"
    mv "$tmp" "$dist"
}

# --- commands --------------------------------------------------------------------------

stop() {
    local pid
    if ! pid=$(running_pid); then
        rm -f "$pid_file" "$url_file"
        say "no LanguageTool server from this script is running"
        return 0
    fi
    kill "$pid" 2>/dev/null || true
    local _
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pid_file" "$url_file"
    say "stopped LanguageTool server (pid $pid)"
}

status() {
    local pid url
    pid=$(running_pid) || { say "not running"; return 1; }
    url=$(<"$url_file")
    answers "$url" || { say "running (pid $pid) but not answering at $url"; return 1; }
    printf '%s\n' "$url"
}

start() {
    mkdir -p "$lt_home"
    local pid url
    if pid=$(running_pid) && [[ -f $url_file ]]; then
        url=$(<"$url_file")
        if [[ -n $port && $url != "http://127.0.0.1:$port" ]]; then
            die "a LanguageTool server is already running at $url (pid $pid); run '$0 stop' first"
        fi
        if answers "$url"; then
            say "LanguageTool $version already running (pid $pid)"
            printf '%s\n' "$url"
            return 0
        fi
        say "the running server (pid $pid) does not answer; restarting it"
        stop
    fi
    rm -f "$pid_file" "$url_file"

    local java
    java=$(find_java)
    fetch

    if [[ -z $port ]]; then
        port=$(free_port) || die "no free port found on 127.0.0.1"
    elif port_in_use "$port"; then
        die "port $port on 127.0.0.1 is already in use"
    fi
    url="http://127.0.0.1:$port"

    say "starting LanguageTool $version on $url (log: $log_file)"
    # HTTPServer binds to the loopback interface only (no --public).
    # setsid: the server outlives this script and is not hit by a Ctrl-C meant for the caller.
    local launcher=()
    command -v setsid >/dev/null 2>&1 && launcher=(setsid)
    # 9>&-: the server must not inherit the lock below.
    "${launcher[@]}" "$java" "-Xmx$xmx" -Dfile.encoding=UTF-8 \
        -cp "$dist/languagetool-server.jar" org.languagetool.server.HTTPServer --port "$port" \
        </dev/null >"$log_file" 2>&1 9>&- &
    pid=$!
    printf '%s\n' "$pid" >"$pid_file"

    local deadline=$((SECONDS + timeout))
    until answers "$url"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$pid_file"
            local reason
            reason=$(grep -m 1 -E 'Exception|Error|error' "$log_file" | cut -c 1-300 || true)
            die "LanguageTool server exited during start-up (${reason:-no reason logged}); log: $log_file"
        fi
        if (( SECONDS >= deadline )); then
            kill "$pid" 2>/dev/null || true
            rm -f "$pid_file"
            die "LanguageTool server did not answer at $url within ${timeout}s; log: $log_file"
        fi
        sleep 0.5
    done

    # One real check: it loads the English rules (a few seconds) so that the caller's
    # first request is not the slow one, and proves that checking works.
    local reply
    reply=$(http "$url/v2/check" "language=en-US&text=He%20go%20to%20school%20yesterday.") \
        || { stop >/dev/null 2>&1; die "LanguageTool server answers but a check request failed; log: $log_file"; }
    [[ $reply == *'"matches"'* ]] \
        || { stop >/dev/null 2>&1; die "LanguageTool server gave an unexpected check reply; log: $log_file"; }

    printf '%s\n' "$url" >"$url_file"
    say "LanguageTool $version ready (pid $pid)"
    printf '%s\n' "$url"
}

# One start/stop at a time per cache folder (two CI steps racing would start two servers).
mkdir -p "$lt_home"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$lt_home/.lock"
    flock -w "$((timeout + 600))" 9 || die "timed out waiting for another $prog in $lt_home"
fi

# The user's one local server, when newslint is there to run it.
python=${NEWSLINT_PYTHON:-python3}
if [[ $command == start || $command == stop || $command == status ]] && [[ -z $port ]] \
        && "$python" -c 'import newslint.ltserver' >/dev/null 2>&1; then
    [[ $command == start ]] && { find_java >/dev/null; fetch; }
    exec 9>&-
    args=("$command")
    [[ $command == status ]] && args+=(--url)  # the URL alone, as below
    NEWSLINT_LT_HOME=$lt_home exec "$python" -m newslint.cli languagetool "${args[@]}"
fi

case $command in
    start) start ;;
    stop) stop ;;
    status) status ;;
    fetch) find_java >/dev/null; fetch; say "LanguageTool $version is in $dist" ;;
    ltp-path)
        find_java >/dev/null
        fetch
        say "use: LTP_PATH=$lt_home with language_tool_python.LanguageTool(..., language_tool_download_version=\"$version\")"
        printf '%s\n' "$lt_home" ;;
esac
