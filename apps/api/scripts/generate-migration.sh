#!/usr/bin/env bash
# Generates one migration per database from the entities: `npm run migration:generate -w @revolve/api -- Name`.
# SQLite uses a scratch file; PostgreSQL a scratch database on $MIGRATION_DATABASE_URL's server
# (default postgres://postgres@127.0.0.1:5432/postgres). Both are first brought up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: generate-migration.sh <Name>}"
export TS_NODE_TRANSPILE_ONLY=1
orm=../../node_modules/.bin/typeorm-ts-node-commonjs

scratch="$(mktemp -d)/migrations.sqlite"
SQLITE_PATH="$scratch" "$orm" migration:run -d src/db/cli/sqlite.data-source.ts >/dev/null
SQLITE_PATH="$scratch" "$orm" migration:generate "src/migrations/sqlite/$name" -d src/db/cli/sqlite.data-source.ts

server="${MIGRATION_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
db="revolve_migrations_$$"
psql "$server" -qc "CREATE DATABASE $db"
trap 'psql "$server" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
pgurl="${server%/*}/$db"
DATABASE_URL="$pgurl" "$orm" migration:run -d src/db/cli/postgres.data-source.ts >/dev/null
DATABASE_URL="$pgurl" "$orm" migration:generate "src/migrations/postgres/$name" -d src/db/cli/postgres.data-source.ts

node scripts/index-migrations.js
