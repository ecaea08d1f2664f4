-- pgvector powers hybrid lesson search (embeddings beside full-text search).
CREATE EXTENSION IF NOT EXISTS vector;
