# Bats helpers for a real Mosquitto broker (Debian packages mosquitto and mosquitto-clients) on
# 127.0.0.1. Load with: load "$BATS_TEST_DIRNAME/../lib/mosquitto"
source "${BASH_SOURCE[0]%/*}/common.bash"

MOSQUITTO="$(command -v mosquitto || echo /usr/sbin/mosquitto)"

# start_mosquitto [USER PASSWORD]: starts a broker on a free port of 127.0.0.1, anonymous or,
# given USER and PASSWORD, with that one account. Exports MQTT_PORT, MOSQUITTO_PID and
# MOSQUITTO_LOG. Fails with the reason (and the broker's log) when it cannot start.
start_mosquitto() {
  [ -x "$MOSQUITTO" ] || { echo "mosquitto not found: apt-get install -y mosquitto mosquitto-clients" >&2; return 1; }
  command -v mosquitto_pub >/dev/null || { echo "mosquitto_pub not found: apt-get install -y mosquitto-clients" >&2; return 1; }
  local dir="$BATS_FILE_TMPDIR/mosquitto" attempt
  mkdir -p "$dir"
  for attempt in 1 2 3 4 5; do
    MQTT_PORT=$(free_port)
    {
      echo "listener $MQTT_PORT 127.0.0.1"
      echo "persistence false"
      echo "log_type all"     # the tests wait for "Received PUBACK from <client id>"
      echo "user $(id -un)"   # as root, mosquitto would otherwise switch to its own user
      if [ $# -eq 2 ]; then
        : > "$dir/passwords"
        mosquitto_passwd -b "$dir/passwords" "$1" "$2"
        echo "allow_anonymous false"
        echo "password_file $dir/passwords"
      else
        echo "allow_anonymous true"
      fi
    } > "$dir/mosquitto.conf"
    "$MOSQUITTO" -c "$dir/mosquitto.conf" > "$dir/mosquitto.log" 2>&1 3>&- &
    export MOSQUITTO_PID=$! MQTT_PORT MOSQUITTO_LOG="$dir/mosquitto.log"
    echo "$MOSQUITTO_PID" > "$dir/pid"
    # "running" once it listens; it exits at once when the port was taken meanwhile
    if wait_for 10 mosquitto_settled; then
      grep -q 'running' "$dir/mosquitto.log" && return 0
    fi
    terminate "$MOSQUITTO_PID"
  done
  cat "$dir/mosquitto.log" >&2
  echo "Mosquitto did not start (log above)" >&2
  return 1
}

mosquitto_settled() {
  grep -q running "$MOSQUITTO_LOG" || gone "$MOSQUITTO_PID"
}

# acked_by CLIENT_ID COUNT: the broker has received COUNT acknowledgements (PUBACK, QoS 1) from
# CLIENT_ID, i.e. that client has taken COUNT messages.
acked_by() {
  [ "$(grep -c "Received PUBACK from $1 " "$MOSQUITTO_LOG")" -ge "$2" ]
}

# restart_mosquitto: stops the broker and starts it again on the same port, with a new log; the
# broker forgets every session (no persistence).
restart_mosquitto() {
  stop_mosquitto
  local dir="${MOSQUITTO_LOG%/*}"
  MOSQUITTO_LOG="$dir/mosquitto-$RANDOM.log"
  "$MOSQUITTO" -c "$dir/mosquitto.conf" > "$MOSQUITTO_LOG" 2>&1 3>&- &
  MOSQUITTO_PID=$!
  echo "$MOSQUITTO_PID" > "$dir/pid"    # for stop_mosquitto in teardown_file
  wait_for 10 mosquitto_settled && grep -q 'running' "$MOSQUITTO_LOG" || { cat "$MOSQUITTO_LOG" >&2; return 1; }
}

# stop_mosquitto: stops the broker, also one a test restarted (its PID is in the file pid).
stop_mosquitto() {
  local file="${MOSQUITTO_LOG%/*}/pid"
  [ ! -f "$file" ] || terminate "$(cat "$file")"
}

# mqtt_pub TOPIC QOS MESSAGE...: publishes each MESSAGE in order, in one connection.
mqtt_pub() {
  local topic="$1" qos="$2"; shift 2
  printf '%s\n' "$@" | mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -t "$topic" -q "$qos" -l
}
