#!/usr/bin/env bash
# The steps of the GitHub Action (action.yml at the repository's root), kept in a script so that .ci/action can
# run them outside GitHub with the same environment variables.
#   install: npm ci and npm pack in the action's checkout ($GITHUB_ACTION_PATH), then install that tarball into
#            $RUNNER_TEMP/claimlint (no dependencies: everything is bundled).
#   lint:    run the installed CLI in the workspace with the INPUT_* variables action.yml sets; write exit-code
#            (and sarif-file) to $GITHUB_OUTPUT; fail as `fail-on` says.
set -euo pipefail
tool="${RUNNER_TEMP:?}/claimlint"

case "${1:-}" in
  install)
    cd "${GITHUB_ACTION_PATH:?}"
    node -e 'if (+process.versions.node.split(".")[0] < 20) { console.error(`claimlint needs Node.js 20 or later, found ${process.version} (use actions/setup-node first)`); process.exit(1); }'
    npm ci --no-audit --no-fund --loglevel=error
    mkdir -p "$tool"
    tarball="$(npm pack --silent --pack-destination "$tool")"
    [[ -f "$tool/package.json" ]] || echo '{ "private": true }' > "$tool/package.json"
    npm install --prefix "$tool" --no-audit --no-fund --loglevel=error "$tool/$tarball"
    "$tool/node_modules/.bin/claimlint" --version
    ;;
  lint)
    args=()
    read -ra paths <<<"$(tr '\n' ' ' <<<"${INPUT_PATHS:-.}")"
    args+=("${paths[@]}")
    format="${INPUT_FORMAT:-github}"
    args+=(--format "$format")
    if [[ "$format" == sarif ]]; then
      args+=(--output-file "${INPUT_SARIF_FILE:-claimlint.sarif}")
      echo "sarif-file=${INPUT_SARIF_FILE:-claimlint.sarif}" >> "${GITHUB_OUTPUT:-/dev/null}"
    fi
    [[ -n "${INPUT_BASELINE:-}" ]] && args+=(--baseline "$INPUT_BASELINE")
    [[ -n "${INPUT_CONFIG:-}" ]] && args+=(--config "$INPUT_CONFIG")
    case "${INPUT_FAIL_ON:-error}" in
      error | none) ;;
      warning) args+=(--max-warnings 0) ;;
      *) echo "::error title=claimlint::fail-on must be error, warning or none, not '${INPUT_FAIL_ON}'"; exit 2 ;;
    esac
    [[ -n "${INPUT_MAX_WARNINGS:-}" ]] && args+=(--max-warnings "$INPUT_MAX_WARNINGS")
    if [[ -n "${INPUT_ARGS:-}" ]]; then
      read -ra extra <<<"$INPUT_ARGS"
      args+=("${extra[@]}")
    fi
    status=0
    "$tool/node_modules/.bin/claimlint" "${args[@]}" || status=$?
    echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
    if [[ $status == 1 && "${INPUT_FAIL_ON:-error}" == none ]]; then
      echo "claimlint: findings reported; fail-on is none, so the step passes"
      exit 0
    fi
    exit "$status"
    ;;
  *)
    echo "usage: claimlint.sh install|lint" >&2
    exit 2
    ;;
esac
