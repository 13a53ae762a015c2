# Shared by tools/test, tools/demo and tools/screenshot. Source it; do not run it.
# shellcheck shell=bash

OPSDECK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Everything a build, the tests and the demo need, as Debian 12 packages.
OPSDECK_PACKAGES=(
  cmake ninja-build g++ ccache pkg-config clang-format clang-tidy
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libspdlog-dev nlohmann-json3-dev libyaml-cpp-dev
  prometheus prometheus-alertmanager curl
  dbus dbus-x11 gnome-keyring
  xvfb xauth imagemagick poppler-utils
  dpkg-dev file desktop-file-utils appstream
  postgresql
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the packages that are missing; does nothing when all are there.
ensure_packages() {
  local missing=() package
  for package in "${OPSDECK_PACKAGES[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qx installed ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing ${#missing[@]} missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: install ${missing[*]} yourself"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# configure_and_build PRESET: configure once, then build incrementally. Runs in a subshell so
# the caller's working folder (and relative paths the user gave) stay as they were.
configure_and_build() (
  local preset=$1
  cd "$OPSDECK_ROOT"
  if [ ! -f "build/$preset/build.ninja" ]; then
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
  fi
  log "Building ($preset)"
  cmake --build --preset "$preset"
)

# A TCP port on 127.0.0.1 that nothing listens on right now, below Linux's range for outgoing
# connections (32768 and up) so that no client socket takes it before the server binds it.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free loopback port found"
}

# wait_ready URL SECONDS
wait_ready() {
  local url=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 5))); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}

# start_stack DIR: a real Prometheus and Alertmanager on free loopback ports with data in DIR
# and the demo rules of resources/demo. Sets PROMETHEUS_URL, ALERTMANAGER_URL and STACK_PIDS.
STACK_PIDS=()
start_stack() {
  local dir=$1 demo="$OPSDECK_ROOT/resources/demo"
  local prometheus_port alertmanager_port down_port
  prometheus_port=$(free_port)
  alertmanager_port=$(free_port)
  down_port=$(free_port)
  mkdir -p "$dir/alertmanager" "$dir/tsdb"
  sed -e "s|@PROMETHEUS_PORT@|$prometheus_port|g" -e "s|@ALERTMANAGER_PORT@|$alertmanager_port|g" \
      -e "s|@DOWN_PORT@|$down_port|g" -e "s|@RULES_FILE@|$demo/alerts.rules.yml|g" \
      "$demo/prometheus.yml.in" >"$dir/prometheus.yml"

  prometheus-alertmanager --config.file="$demo/alertmanager.yml" --storage.path="$dir/alertmanager" \
    --web.listen-address="127.0.0.1:$alertmanager_port" --cluster.listen-address= \
    >"$dir/alertmanager.log" 2>&1 &
  STACK_PIDS+=($!)
  prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" \
    --web.listen-address="127.0.0.1:$prometheus_port" --rules.alert.resend-delay=1s \
    >"$dir/prometheus.log" 2>&1 &
  STACK_PIDS+=($!)

  PROMETHEUS_URL="http://127.0.0.1:$prometheus_port"
  ALERTMANAGER_URL="http://127.0.0.1:$alertmanager_port"
  wait_ready "$ALERTMANAGER_URL/-/ready" 30 || die "Alertmanager did not start; see $dir/alertmanager.log"
  wait_ready "$PROMETHEUS_URL/-/ready" 30 || die "Prometheus did not start; see $dir/prometheus.log"
}

# Stops what start_stack started, by process id: SIGTERM, then SIGKILL after 10 seconds.
stop_stack() {
  local pid
  for pid in "${STACK_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for _ in $(seq 1 50); do
    local running=0
    for pid in "${STACK_PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null && running=1
    done
    [ "$running" = 0 ] && break
    sleep 0.2
  done
  for pid in "${STACK_PIDS[@]}"; do
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  STACK_PIDS=()
}

# configure_demo_backends WORKSPACE: points the workspace's "demo-prometheus" and
# "demo-alertmanager" backends at the running stack (adds them the first time), polled every
# 5 seconds, with the headless commands of the build OPSDECK_PRESET names (release by default).
configure_demo_backends() {
  local workspace=$1 opsdeck="$OPSDECK_ROOT/build/${OPSDECK_PRESET:-release}/bin/opsdeck" name kind url
  for name in demo-prometheus demo-alertmanager; do
    kind=${name#demo-}
    url=$PROMETHEUS_URL
    [ "$kind" = alertmanager ] && url=$ALERTMANAGER_URL
    "$opsdeck" --workspace "$workspace" backends edit "$name" --url "$url" >/dev/null 2>&1 ||
      "$opsdeck" --workspace "$workspace" backends add "$name" --kind "$kind" --url "$url" \
        --interval 5 >/dev/null ||
      die "could not configure the $name backend in $workspace"
  done
}

# seed_demo_dashboards WORKSPACE: imports the demo's dashboards (resources/demo/dashboards)
# into the workspace, each once: one whose title is there already is left as it is.
seed_demo_dashboards() {
  local workspace=$1 opsdeck="$OPSDECK_ROOT/build/${OPSDECK_PRESET:-release}/bin/opsdeck" file title
  local titles
  titles=$("$opsdeck" --workspace "$workspace" dashboards list --format json |
    python3 -c 'import json, sys; print("\n".join(d["title"] for d in json.load(sys.stdin)))') ||
    die "could not list the dashboards of $workspace"
  for file in "$OPSDECK_ROOT"/resources/demo/dashboards/*.json; do
    title=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["title"])' "$file")
    grep -qxF "$title" <<<"$titles" && continue
    "$opsdeck" --workspace "$workspace" dashboards import "$file" >/dev/null ||
      die "could not import the demo dashboard $file"
  done
}

# seed_demo_runbooks SETTINGS_FILE: points the runbooks/folder setting at the demo's runbooks
# (resources/demo/runbooks) unless a folder was chosen already; the user's choice stays.
seed_demo_runbooks() {
  local settings=$1 folder="$OPSDECK_ROOT/resources/demo/runbooks" value
  mkdir -p "$(dirname "$settings")"
  touch "$settings"
  awk '/^\[/ { section = $0 } section == "[runbooks]" && /^folder[ \t]*=/ { found = 1 }
       END { exit !found }' "$settings" && return 0
  # A quoted QSettings string: a comma in the path must not turn it into a list.
  value=${folder//\\/\\\\}
  value=${value//\"/\\\"}
  if grep -qx '\[runbooks\]' "$settings"; then
    LINE="folder=\"$value\"" awk '{ print } $0 == "[runbooks]" { print ENVIRON["LINE"] }' \
      "$settings" >"$settings.tmp" && mv "$settings.tmp" "$settings"
  else
    printf '\n[runbooks]\nfolder="%s"\n' "$value" >>"$settings"
  fi
}
