#!/usr/bin/env bash
# Runs every test of VA Drafting: unit, integration and end-to-end (real Git, LibreOffice, pandoc, Chromium).
# Installs what is missing on a fresh Debian machine, builds once, runs each test project, and ends with
# one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

need_packages=()
command -v git >/dev/null || need_packages+=(git)
command -v chromium >/dev/null || need_packages+=(chromium)
command -v soffice >/dev/null || need_packages+=(libreoffice-writer-nogui)
# Calc opens the exported comment matrix spreadsheet in the tests.
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || need_packages+=(libreoffice-calc-nogui)
command -v pandoc >/dev/null || need_packages+=(pandoc)
command -v strace >/dev/null || need_packages+=(strace)
command -v pdftoppm >/dev/null || need_packages+=(poppler-utils)
command -v redis-server >/dev/null || need_packages+=(redis-server)
command -v node >/dev/null || need_packages+=(nodejs npm)
fc-list 2>/dev/null | grep -qi "dejavu" || need_packages+=(fonts-dejavu-core)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "Installing: ${need_packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
(cd client && if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi)

dotnet restore VaDrafting.sln
dotnet build VaDrafting.sln -c Release --no-restore

status=0
(cd client && npm run --silent test:ci) || status=1
cp client/test-results/junit.xml "$results/client-junit.xml" 2>/dev/null || true

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    -- RunConfiguration.TestSessionTimeout=1500000 || status=1
done

bash scripts/summarize-tests.sh "$results" || status=1
exit $status
