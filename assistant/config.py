"""One typed settings tree, every field overridable by an `ASSISTANT_*` environment variable."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Configuration of the assistant. `Settings(top_k=8)` or `ASSISTANT_TOP_K=8` both work."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    # Data locations
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Folder of articles (.txt, .md, .html) to index.")
    index_dir: Path = Field(PROJECT_ROOT / "index", description="Folder of the embedded Chroma index.")
    data_dir: Path = Field(PROJECT_ROOT / "data", description="Folder for feedback and other durable app data.")
    models_dir: Path = Field(PROJECT_ROOT / "models", description="Folder where the bundled embedding model is prepared.")

    # Vector store
    chroma_url: str = Field("", description="Chroma server URL (e.g. http://127.0.0.1:8000); empty = embedded index in index_dir.")
    collection: str = Field("articles", description="Chroma collection name prefix (3-509 characters): passages live in <name>-en and <name>-fr.")

    # Embeddings
    embedding_model: str = Field(
        "",
        description="Sentence-transformers model path or hub name; empty = bundled multilingual-e5-small.",
    )
    query_prefix: str = Field("query: ", description="Prefix added to questions before embedding (e5 convention).")
    passage_prefix: str = Field("passage: ", description="Prefix added to passages before embedding (e5 convention).")
    embedding_dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "auto",
        description="Precision of the embedding model; auto = bfloat16 on CPUs with native bfloat16 (AMX or AVX-512 BF16), else float32.",
    )

    # Retrieval and answers
    chunk_chars: int = Field(1000, description="Target passage length in characters; passages end at sentence boundaries.")
    chunk_overlap: int = Field(300, description="Characters of trailing sentences repeated at the start of the next passage.")
    top_k: int = Field(5, description="Passages retrieved and shown as context for each question.")
    max_citations: int = Field(3, description="Most passages an extractive answer cites.")
    max_question_chars: int = Field(1000, description="Longest question accepted, in characters.")

    # Optional language model
    llm: Literal["none", "openai", "ollama"] = Field("none", description="Answer backend: none (extractive), openai, ollama.")
    llm_base_url: str = Field("", description="Base URL of the language-model server (e.g. http://127.0.0.1:8080/v1).")
    llm_model: str = Field("", description="Model name sent to the language-model server.")
    # Kept out of repr/str (logs, tracebacks); the model factory reads it as plain text.
    llm_api_key: str = Field("none", repr=False, description="API key for the OpenAI-compatible server.")
    llm_timeout: float = Field(30.0, description="Seconds before a language-model call is abandoned.")
    llm_max_tokens: int = Field(400, description="Most tokens a language-model answer may use.")

    # Web chat and Slack
    admin_token: SecretStr = Field(SecretStr(""), description="Token that unlocks uploading and removing articles in the web chat; empty = disabled.")
    max_upload_bytes: int = Field(2_000_000, description="Largest article file accepted by upload or ingest, in bytes.")
    slack_api_url: str = Field("https://slack.com/api/", description="Slack Web API base URL (GovSlack, tests).")

    @field_validator("collection")
    @classmethod
    def _collection_name(cls, value: str) -> str:
        if not 3 <= len(value) <= 509:  # Chroma allows 512, and each language adds "-en" / "-fr"
            raise ValueError(f"collection must be 3-509 characters, got {value!r}")
        return value

    @field_validator("top_k", "chunk_chars", "max_citations", "max_question_chars", "max_upload_bytes")
    @classmethod
    def _positive(cls, value: int, info) -> int:
        if value <= 0:
            raise ValueError(f"{info.field_name} must be greater than 0, got {value}")
        return value

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"
