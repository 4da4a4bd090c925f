#!/usr/bin/env bash
# Backs up a zhili data directory: the embedded PostgreSQL 17 as a base backup (its files and the WAL that makes
# them consistent) and the keys in <data-dir>/keys, into a new directory <to>/zhili-<UTC time>/. ops/restore.sh
# makes a new data directory of it. See docs/operations.md, "Backup and restore".
#
#   ops/backup.sh [--data-dir DIR] [--to DIR]      (defaults: $ZHILI_DATA_DIR or ./data, and ./backups)
#
# While zhili runs, the backup is taken online with PostgreSQL's own low-level API (pg_backup_start …
# pg_backup_stop): zhili keeps serving, and a temporary replication slot holds the WAL until it is copied. The
# embedded binaries carry no pg_dump or pg_basebackup, and Debian's (15) refuse a PostgreSQL 17 server, so this
# needs only psql of any version (for its SQL), tar, gzip and sha256sum. With zhili stopped, the files are copied
# as they are.
set -euo pipefail

die() { echo "backup: $*" >&2; exit 1; }

data_dir=${ZHILI_DATA_DIR:-./data}
to=./backups
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir=${2:?}; shift 2 ;;
    --to) to=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

pgdata=$(cd "$data_dir" 2>/dev/null && pwd)/pg || die "no data directory $data_dir"
[ -f "$pgdata/PG_VERSION" ] || die "no embedded database in $pgdata (with an external PostgreSQL, back it up with its own tools)"
for tool in tar gzip sha256sum; do command -v $tool >/dev/null || die "$tool is missing"; done

mkdir -p "$to"
out=$(cd "$to" && pwd)/zhili-$(date -u +%Y%m%dT%H%M%SZ)
[ ! -e "$out" ] || die "$out exists already"
work=$out.partial
rm -rf "$work"
mkdir -p "$work"
chmod 700 "$work" # it holds the field key
trap 'rm -rf "$work"' EXIT

# What a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"): files
# of the running server, the WAL (copied apart, below), and the contents of directories rebuilt at start.
excludes=(--exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock --exclude=./backup_label
  --exclude=./tablespace_map --exclude='./pg_wal/*' --exclude='./pg_replslot/*' --exclude='./pg_stat_tmp/*'
  --exclude='./pg_dynshmem/*' --exclude='./pg_notify/*' --exclude='./pg_serial/*' --exclude='./pg_snapshots/*'
  --exclude='./pg_subtrans/*' --exclude='pgsql_tmp*')

# tar's status 1 means a file changed or vanished while it was read: expected of a running server, whose WAL
# replay at the restored first start puts such files right.
copy_files=$(printf '%q ' tar --create --gzip --file="$work/pg.tar.gz" --directory="$pgdata" \
  --warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank "${excludes[@]}" .)
copy_files="$copy_files; [ \$? -le 1 ] || touch $(printf '%q' "$work/failed")"

mode=offline
port=""
if [ -f "$pgdata/postmaster.pid" ]; then
  port=$(sed -n 4p "$pgdata/postmaster.pid")
  command -v psql >/dev/null || die "psql is missing (Debian: apt-get install postgresql-client)"
  psql_cmd=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d postgres)
  if "${psql_cmd[@]}" -c 'select 1' >/dev/null 2>&1; then
    mode=online
  else
    die "$pgdata/postmaster.pid names port $port, where no server answers: if zhili was killed, start and stop it once, then back up"
  fi
fi

if [ "$mode" = online ]; then
  server=$("${psql_cmd[@]}" -At -c 'show server_version_num')
  [ "${server:0:2}" = "$(cat "$pgdata/PG_VERSION")" ] || die "the server on port $port (version $server) is not the one of $pgdata"
  # The head of the audit hash chain (sequence number and hash of its last sealed row) goes into backup.properties,
  # outside the database: the chain is plain SHA-256, so someone able to rewrite the whole table could make it
  # verify again, but not match a head kept elsewhere (docs/operations.md).
  # One session from the start of the backup to the copy of its WAL: a temporary physical replication slot keeps
  # the server from recycling the WAL meanwhile and goes away with the session, even if this script is killed.
  export BACKUP_WORK=$work BACKUP_PGDATA=$pgdata
  "${psql_cmd[@]}" <<SQL || die "the online backup failed"
select slot_name from pg_create_physical_replication_slot('zhili_backup_' || pg_backend_pid(), true, true) \gset
\pset tuples_only on
\pset format unaligned
select to_regclass('identity.audit_chain') is not null as zhili \gset
\if :zhili
select last_seq || ':' || last_hash from identity.audit_chain where id = 1 \g '$work/audit_chain'
\else
select '' \g '$work/audit_chain'
\endif
select pg_walfile_name(pg_backup_start('zhili backup ' || now(), true)) as start_wal \gset
\! $copy_files
select labelfile, pg_walfile_name(lsn) as stop_wal from pg_backup_stop(false) \gset
\setenv BACKUP_START_WAL :start_wal
\setenv BACKUP_STOP_WAL :stop_wal
select :'labelfile' \g '$work/backup_label'
\! cd "\$BACKUP_PGDATA/pg_wal" && ls | awk -v from="\$BACKUP_START_WAL" -v to="\$BACKUP_STOP_WAL" '(length(\$0) == 24 && \$0 >= from && \$0 <= to) || /\.history\$/' > "\$BACKUP_WORK/wal.list" && { tar --create --gzip --warning=no-file-changed --file="\$BACKUP_WORK/wal.tar.gz" --files-from="\$BACKUP_WORK/wal.list"; [ \$? -le 1 ]; } || touch "\$BACKUP_WORK/failed"
SQL
  [ ! -e "$work/failed" ] || die "copying the files failed"
  segments=$(grep -E '^[0-9A-F]{24}$' "$work/wal.list" || true)
  [ -n "$segments" ] && [ -s "$work/backup_label" ] || die "the WAL of the backup is missing"
  wal_range=$(head -1 <<<"$segments")..$(tail -1 <<<"$segments")
  rm "$work/wal.list"
  audit_chain=$(cat "$work/audit_chain")
  rm "$work/audit_chain"
else
  # zhili is stopped: the files are consistent as they are, WAL included.
  tar --create --gzip --file="$work/pg.tar.gz" --directory="$pgdata" --exclude=./epg-lock . \
    || die "copying $pgdata failed"
  wal_range="in pg.tar.gz"
  audit_chain=""
fi

keys=no
if [ -d "$data_dir/keys" ]; then
  cp -a "$data_dir/keys" "$work/keys"
  keys=yes
fi

cat > "$work/backup.properties" <<EOF
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
mode=$mode
postgresql=$(cat "$pgdata/PG_VERSION")
wal=$wal_range
keys=$keys
audit_chain=$audit_chain
from=$pgdata
EOF
(cd "$work" && find . -type f ! -name SHA256SUMS -printf '%P\n' | sort | xargs -d '\n' sha256sum > SHA256SUMS)
mv "$work" "$out"
trap - EXIT

[ "$keys" = yes ] || echo "backup: no $data_dir/keys: back up zhili.security.field-key from where it is kept" >&2
echo "backup ($mode, $(du -sh "$out" | cut -f1), ${SECONDS} s) written to $out"
