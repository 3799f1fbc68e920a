# shellcheck shell=bash
# Source this (`. scripts/node-env.sh`, from bash or zsh) to run Tindak on a supported Node.js
# without touching the machine's own: when the `node` on PATH is older than 22 (or missing),
# Node.js 24 is installed once from the npm registry's `node` package into .tools/node (git-ignored,
# about 7 s) and put first on PATH for this shell. `.ci/run` uses it too, so there is one way.

_tindak_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)

# The major version of a node binary (0 when there is none that runs).
tindak_node_major() {
  "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

# tindak_node_bin DIR MAJOR: the folder holding Node.js MAJOR installed under DIR of the repository,
# installed there first if it is not; a folder to put on PATH.
tindak_node_bin() {
  _tindak_dir="$_tindak_root/$1"
  if [ "$(tindak_node_major "$_tindak_dir/node_modules/.bin/node")" != "$2" ]; then
    echo "Installing Node.js $2 into $1 (npm's node package; the machine's Node is left as it is)" >&2
    npm install --prefix "$_tindak_dir" --no-fund --no-audit --loglevel=error "node@$2" >&2 || return 1
  fi
  echo "$_tindak_dir/node_modules/.bin"
}

if [ "$(tindak_node_major node)" -lt 22 ]; then
  if _tindak_bin=$(tindak_node_bin .tools/node 24); then
    export PATH="$_tindak_bin:$PATH"
    # global packages (pnpm) are installed beside the running Node: their bin folder too
    export PATH="$(npm prefix -g)/bin:$PATH"
    hash -r 2>/dev/null || true
  else
    echo "Could not install Node.js 24 into .tools/node; install Node.js 22 or newer yourself." >&2
  fi
fi
echo "Node.js $(node -v 2>/dev/null || echo missing) ($(command -v node 2>/dev/null || echo 'not on PATH'))" >&2
