#!/usr/bin/env bash
# Installs the system packages CI and local integration tests need on Debian 12:
# chromium (Playwright), redis-server, PostgreSQL 15 with pgvector built from
# trixie's source package (bookworm has no pgvector for PG15).
# Idempotent: each part is skipped when its binary/extension is already present.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
PG_CONFIG="$PG_BIN/pg_config"
TRIXIE_SRC_LIST=/etc/apt/sources.list.d/learnforge-trixie-src.list
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then SUDO="sudo"; fi

now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1fs", e - s }'; }
log() { printf '[install-system-deps] %s\n' "$*"; }

script_start=$(now)

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
[[ -x /usr/bin/redis-server ]] || packages+=(redis-server)
[[ -x "$PG_BIN/initdb" ]] || packages+=(postgresql-15)

vector_present() {
  [[ -x "$PG_CONFIG" ]] && [[ -f "$("$PG_CONFIG" --sharedir)/extension/vector.control" ]]
}

need_pgvector=false
if ! vector_present; then
  need_pgvector=true
  # pgvector's build needs the server headers (PGXS) and a compiler.
  [[ -d /usr/include/postgresql/15/server ]] || packages+=(postgresql-server-dev-15)
  command -v make >/dev/null && command -v gcc >/dev/null || packages+=(build-essential)
  command -v dpkg-source >/dev/null || packages+=(dpkg-dev)
fi

if [[ ${#packages[@]} -eq 0 && "$need_pgvector" == false ]]; then
  log "everything present (chromium, redis-server, postgresql-15, pgvector); nothing to do ($(elapsed "$script_start"))"
  exit 0
fi

if [[ "$need_pgvector" == true && ! -f "$TRIXIE_SRC_LIST" ]]; then
  # deb-src only: apt can fetch trixie *source*, never install trixie binaries.
  log "adding $TRIXIE_SRC_LIST (deb-src only)"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
    | $SUDO tee "$TRIXIE_SRC_LIST" >/dev/null
fi

t=$(now)
log "apt-get update"
$SUDO apt-get update -qq
log "apt-get update done ($(elapsed "$t"))"

if [[ ${#packages[@]} -gt 0 ]]; then
  t=$(now)
  log "apt-get install ${packages[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  log "apt-get install done ($(elapsed "$t"))"
fi

if [[ "$need_pgvector" == true ]]; then
  t=$(now)
  build_dir=$(mktemp -d)
  trap 'rm -rf "$build_dir"' EXIT
  # apt downloads as its sandbox user; let it write here (else it warns).
  if [[ -z "$SUDO" ]] && id _apt >/dev/null 2>&1; then chown _apt "$build_dir"; fi
  (
    cd "$build_dir"
    log "downloading pgvector source from trixie into $build_dir"
    apt-get source --download-only -qq pgvector
    dsc=$(ls pgvector_*.dsc)
    # apt already checked these files against trixie's signed Sources index;
    # dpkg-source would only warn that it has no uploader key to recheck with.
    dpkg-source --no-check -x "$dsc" src >/dev/null
    cd src
    log "building $(basename "$dsc" .dsc)"
    make -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG" >/dev/null
    $SUDO make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
  )
  vector_present || { log "ERROR: vector.control still missing after make install"; exit 1; }
  log "pgvector built and installed ($(elapsed "$t"))"
fi

log "done in $(elapsed "$script_start")"
