# Shared by start.sh and stop.sh (sourced, not run).

# die PIECE MESSAGE: names the piece that failed, so the test setup can say which one.
die() {
  echo "mail-stack: $1 could not start: $2" >&2
  exit 1
}

# alive NAME PIDFILE: the pid file names a running process whose name is NAME (never a recycled pid).
alive() {
  local pid
  [ -r "$2" ] || return 1
  pid="$(head -n1 "$2" | tr -d ' \n')"
  [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" = "$1" ] &&
    # A zombie waiting for its parent to reap it is not running.
    ! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null
}

# wait_port PIECE HOST PORT: up to 15 s for a TCP connect to succeed.
wait_port() {
  local i
  for i in $(seq 1 150); do
    if (exec 3<>"/dev/tcp/$2/$3") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  die "$1" "nothing answers on $2:$3 (logs in ${D:-?}/log/)"
}
