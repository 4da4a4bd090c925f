#!/usr/bin/env bash
# Makes a new zhili data directory from a backup of ops/backup.sh: the embedded database's files, the WAL that
# makes them consistent, and the keys. See docs/operations.md, "Backup and restore".
#
#   ops/restore.sh BACKUP_DIR NEW_DATA_DIR
#
# Then start zhili on the new directory (ZHILI_DATA_DIR=NEW_DATA_DIR or --zhili.data-dir=NEW_DATA_DIR): at its
# first start PostgreSQL replays the backup's WAL (it says "redo done" in <data-dir>/pg/log) and zhili migrates
# and serves as before. Refuses a directory that holds a database, and a backup whose checksums do not match.
set -euo pipefail

die() { echo "restore: $*" >&2; exit 1; }

[ $# -eq 2 ] || { sed -n '2,10p' "$0"; exit 2; }
backup=$1
target=$2
[ -f "$backup/backup.properties" ] && [ -f "$backup/pg.tar.gz" ] || die "$backup is not a backup of ops/backup.sh"
[ ! -e "$target/pg" ] || [ -z "$(ls -A "$target/pg")" ] || die "$target/pg holds a database already: restore into a new directory"

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

if [ -d "$backup/keys" ]; then
  rm -rf "$target/keys"
  cp -a "$backup/keys" "$target/keys"
else
  echo "restore: the backup holds no keys: give zhili the field key it was made with (zhili.security.field-key)" >&2
fi
echo "restored $(grep '^created=' "$backup/backup.properties" | cut -d= -f2) into $target: start zhili with ZHILI_DATA_DIR=$target"
