#!/usr/bin/env bash
# Makes a new zhili data directory from a backup of ops/backup.sh: the embedded database's files, the WAL that
# makes them consistent, and the keys. See docs/operations.md, "Backup and restore".
#
#   ops/restore.sh [--wal-archive DIR [--until TIME]] BACKUP_DIR NEW_DATA_DIR
#
# Without --wal-archive the database is as it was at the end of the backup. With the archive of ops/wal-archive.sh
# it is brought forward through the archived WAL: to the last archived commit, or to the last one before TIME
# (e.g. '2026-12-05 09:30:00+08', just before a mistake). Then start zhili on the new directory
# (ZHILI_DATA_DIR=NEW_DATA_DIR or --zhili.data-dir=NEW_DATA_DIR). Refuses a directory that holds a database, and a
# backup whose checksums do not match.
set -euo pipefail

die() { echo "restore: $*" >&2; exit 1; }

archive=""
until_time=""
while [ $# -gt 0 ]; do
  case "$1" in
    --wal-archive) archive=${2:?}; shift 2 ;;
    --until) until_time=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) die "unknown argument $1 (see --help)" ;;
    *) break ;;
  esac
done
[ $# -eq 2 ] || { sed -n '2,11p' "$0"; exit 2; }
backup=$1
target=$2
[ -z "$until_time" ] || [ -n "$archive" ] || die "--until needs --wal-archive"
[ -f "$backup/backup.properties" ] && [ -f "$backup/pg.tar.gz" ] || die "$backup is not a backup of ops/backup.sh"
! grep -q '^mode=online' "$backup/backup.properties" || { [ -f "$backup/wal.tar.gz" ] && [ -f "$backup/backup_label" ]; } \
  || die "$backup is an online backup without its WAL (wal.tar.gz, backup_label): the files alone are not consistent"
[ ! -e "$target/pg" ] || [ -z "$(ls -A "$target/pg")" ] || die "$target/pg holds a database already: restore into a new directory"
if [ -n "$archive" ]; then
  [ -d "$archive" ] || die "no WAL archive $archive"
  archive=$(cd "$archive" && pwd)
fi

# A backup damaged in storage is refused before anything is written.
(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || die "$backup does not match its SHA256SUMS"

mkdir -p "$target/pg"
pgdata=$(cd "$target/pg" && pwd)
tar --extract --gzip --file="$backup/pg.tar.gz" --directory="$pgdata"
if [ -f "$backup/wal.tar.gz" ]; then
  # An online backup: its WAL goes where the server looks for it, and backup_label tells the server to replay
  # from the backup's checkpoint instead of trusting the copied files.
  mkdir -p "$pgdata/pg_wal"
  tar --extract --gzip --file="$backup/wal.tar.gz" --directory="$pgdata/pg_wal"
  cp "$backup/backup_label" "$pgdata/backup_label"
fi
for dir in pg_wal/archive_status pg_replslot pg_stat_tmp pg_dynshmem pg_notify pg_serial pg_snapshots pg_subtrans; do
  mkdir -p "$pgdata/$dir"
done
chmod -R go-rwx "$pgdata" # PostgreSQL refuses a data directory others may read

# The copy does not archive into the original's archive; ops/wal-archive.sh turns archiving on for it.
conf=$pgdata/postgresql.auto.conf
settings() {
  grep -vE '^[[:space:]]*(archive_(mode|command|timeout)|restore_command|recovery_target[a-z_]*)[[:space:]]*=' "$conf" \
    > "$conf.new" || true
  printf '%s\n' "$@" >> "$conf.new"
  mv "$conf.new" "$conf"
  chmod 600 "$conf"
}
settings "archive_mode = 'off'"

if [ -n "$archive" ]; then
  recovery=("restore_command = 'test -f \"$archive/%f.gz\" && gunzip -c \"$archive/%f.gz\" > \"%p\"'")
  [ -z "$until_time" ] || recovery+=("recovery_target_time = '$until_time'" "recovery_target_action = 'promote'")
  settings "archive_mode = 'off'" "${recovery[@]}"
  touch "$pgdata/recovery.signal"
fi

# The replay (of the backup's WAL, and of the archive's) is run here, to its end, with the embedded PostgreSQL's own
# binaries, which zhili unpacks at its first start on a machine: zhili's start gives a server 10 s, and a long replay
# (a big database copied under load) takes longer; a server replaying an archive also refuses writes meanwhile.
bin=""
for candidate in ${ZHILI_POSTGRES_BIN:-} "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin; do
  if [ -x "$candidate/pg_ctl" ] && "$candidate/postgres" --version | grep -q " $(cat "$pgdata/PG_VERSION")\."; then
    bin=$candidate
    break
  fi
done
if [ -z "$bin" ]; then
  where="start zhili once on this machine (it unpacks them to ${TMPDIR:-/tmp}/embedded-pg), or set ZHILI_POSTGRES_BIN"
  [ -z "$archive" ] || die "no PostgreSQL $(cat "$pgdata/PG_VERSION") binaries to replay the archive with: $where"
  [ ! -f "$pgdata/backup_label" ] \
    || echo "restore: no PostgreSQL binaries here, zhili's first start replays the backup's WAL (if it gives up: $where, and restore again)" >&2
else
  # PostgreSQL refuses to run as root: as the embedded server does, it then runs in a user namespace of its own.
  as_owner=()
  [ "$(id -u)" -ne 0 ] || as_owner=(unshare -U)
  # Without hot standby the server takes no connection before the replay ends; no TCP, a socket of its own.
  socket=$(mktemp -d)
  chmod 777 "$socket"
  if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$pgdata" -l "$target/recovery.log" -w -t 86400 \
      -o "-c hot_standby=off -c listen_addresses='' -c unix_socket_directories='$socket'" start >/dev/null; then
    tail -5 "$target/recovery.log" >&2
    die "the replay failed (all of it in $target/recovery.log)"
  fi
  # pg_ctl returns once the server runs; it is "ready" (line 8 of postmaster.pid) when the replay has ended.
  until [ "$(sed -n 8p "$pgdata/postmaster.pid" 2>/dev/null | tr -d ' ')" = ready ]; do
    if [ ! -f "$pgdata/postmaster.pid" ]; then
      tail -5 "$target/recovery.log" >&2
      die "the replay failed (all of it in $target/recovery.log)"
    fi
    sleep 1
  done
  "${as_owner[@]}" "$bin/pg_ctl" -D "$pgdata" -w -m fast stop >/dev/null
  rmdir "$socket"
  [ ! -e "$pgdata/recovery.signal" ] || die "the replay did not finish (see $target/recovery.log)"
  settings "archive_mode = 'off'"
  grep -E 'recovery stopping|redo done|last completed transaction' "$target/recovery.log" | sed 's/^/restore: /' || true
fi

if [ -d "$backup/keys" ]; then
  rm -rf "$target/keys"
  cp -a "$backup/keys" "$target/keys"
else
  echo "restore: the backup holds no keys: give zhili the field key it was made with (zhili.security.field-key)" >&2
fi
echo "restored $(grep '^created=' "$backup/backup.properties" | cut -d= -f2)${archive:+ and the WAL archive}${until_time:+ up to $until_time} into $target: start zhili with ZHILI_DATA_DIR=$target"
