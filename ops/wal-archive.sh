#!/usr/bin/env bash
# Turns on continuous archiving of the embedded database's WAL (write-ahead log) into a directory, so that
# ops/restore.sh --wal-archive DIR [--until TIME] can bring a base backup of ops/backup.sh forward to any moment
# after it (point-in-time recovery). See docs/operations.md, "Backup and restore".
#
#   ops/wal-archive.sh [--data-dir DIR] --to ARCHIVE_DIR [--timeout 5min]
#   ops/wal-archive.sh [--data-dir DIR] --off
#
# Archiving starts at zhili's next start (PostgreSQL's archive_mode needs a restart) and stays on at later starts.
# Each WAL segment (16 MB, gzipped) is archived when full, or after --timeout when there was any write: at most that
# much of the last work is lost with the machine. Take a base backup after turning it on: replay starts from one.
set -euo pipefail

die() { echo "wal-archive: $*" >&2; exit 1; }

data_dir=${ZHILI_DATA_DIR:-./data}
archive=""
timeout=5min
off=no
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir=${2:?}; shift 2 ;;
    --to) archive=${2:?}; shift 2 ;;
    --timeout) timeout=${2:?}; shift 2 ;;
    --off) off=yes; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
pgdata=$data_dir/pg
[ -f "$pgdata/PG_VERSION" ] || die "no embedded database in $pgdata"
conf=$pgdata/postgresql.auto.conf

# The settings live in postgresql.auto.conf (what ALTER SYSTEM writes), which zhili's own server settings leave alone.
grep -vE '^[[:space:]]*archive_(mode|command|timeout)[[:space:]]*=' "$conf" > "$conf.new" || true
if [ "$off" = yes ]; then
  echo "archive_mode = 'off'" >> "$conf.new"
  want=off
  message="WAL archiving is off"
else
  [ -n "$archive" ] || die "--to ARCHIVE_DIR is required"
  mkdir -p "$archive"
  archive=$(cd "$archive" && pwd)
  [[ "$archive" != *[\'\"\ ]* ]] || die "the archive path may not hold quotes or spaces"
  # Never overwrites an archived segment; a segment appears under its name only once it is complete.
  command="test ! -f \"$archive/%f.gz\" && gzip -c %p > \"$archive/%f.gz.part\" && mv \"$archive/%f.gz.part\" \"$archive/%f.gz\""
  {
    echo "archive_mode = 'on'"
    echo "archive_command = '$command'"
    echo "archive_timeout = '$timeout'"
  } >> "$conf.new"
  want=on
  message="WAL is archived into $archive"
fi
mv "$conf.new" "$conf"
chmod 600 "$conf"

now=stopped
if [ -f "$pgdata/postmaster.pid" ] && command -v psql >/dev/null; then
  port=$(sed -n 4p "$pgdata/postmaster.pid")
  psql -X -q -h localhost -p "$port" -U postgres -d postgres -c 'select pg_reload_conf()' >/dev/null 2>&1 || true
  now=$(psql -X -At -h localhost -p "$port" -U postgres -d postgres -c 'show archive_mode' 2>/dev/null || echo stopped)
fi
if [ "$now" = "$want" ]; then
  echo "$message (in effect now)"
else
  echo "$message from zhili's next start"
fi
