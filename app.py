"""The web chat on the embedded defaults.

    python app.py                                   # http://127.0.0.1:7860
    GRADIO_SERVER_NAME=0.0.0.0 GRADIO_SERVER_PORT=8080 python app.py
    ASSISTANT_ADMIN_TOKEN=... python app.py         # allow uploading and removing articles

Settings come from ASSISTANT_* environment variables (see assistant/config.py).
"""

import os

# Before gradio, chromadb or the hub client are imported: nothing leaves the machine.
for _name, _value in {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
}.items():
    os.environ.setdefault(_name, _value)

from assistant import Settings, build_assistant  # noqa: E402
from assistant.web import serve  # noqa: E402


def main() -> None:
    serve(build_assistant(Settings()))


if __name__ == "__main__":
    main()
