"""The web chat on the embedded defaults.

    python app.py                                   # http://127.0.0.1:7860
    GRADIO_SERVER_NAME=0.0.0.0 GRADIO_SERVER_PORT=8080 python app.py
    ASSISTANT_ADMIN_TOKEN=... python app.py         # allow uploading and removing articles

Settings come from ASSISTANT_* environment variables (see assistant/config.py).
"""

# Before gradio, chromadb or the hub client are imported: nothing leaves the machine.
from assistant.offline import go_offline

go_offline()

from assistant import Settings, build_assistant  # noqa: E402
from assistant.web import serve  # noqa: E402


def main() -> None:
    serve(build_assistant(Settings()))


if __name__ == "__main__":
    main()
