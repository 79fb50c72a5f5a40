"""Bilingual question answering over news articles about US blacklists of Chinese surveillance and AI firms.

    from assistant import Settings, build_assistant
    bot = build_assistant(Settings())
    print(bot.ask("Qui a placé SenseTime sur liste noire ?").answer)
"""

from assistant.config import Settings
from assistant.types import Answer, AnswerDelta, Article, Chunk, Citation, Passage, Turn

__all__ = ["Answer", "AnswerDelta", "Article", "Chunk", "Citation", "Passage", "Settings", "Turn", "build_assistant"]


def build_assistant(settings: Settings | None = None):
    """Wire the assistant from settings (imported lazily so `import assistant` stays fast)."""
    from assistant.factory import build_assistant as _build

    return _build(settings or Settings())
