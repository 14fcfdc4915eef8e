"""BERT with its masked-word head, run with numpy: for a masked place in a sentence, how likely
each word of the vocabulary is there."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from .checkpoint import read_checkpoint

HEADS = 12
# The longest sequence of word pieces read at once (the model knows 512 positions).
MAX_PIECES = 256


def _norm(x, gamma, beta, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _gelu(x):
    return 0.5 * x * (1.0 + np.tanh(np.float32(0.7978845608) * (x + np.float32(0.044715) * x * x * x)))


def layer_count(names) -> int:
    """How many encoder layers a checkpoint's tensor names (without "module/") hold."""
    return sum(1 for name in names if name.endswith("/attention/self/query/kernel"))


class MaskedModel:
    def __init__(self, checkpoint_prefix: Path, encoder=None):
        """``encoder``, when given, computes the hidden states in numpy's place (the same
        numbers, faster: ``onnx_encoder.encoder``)."""
        weights = read_checkpoint(checkpoint_prefix)
        # the checkpoint names its tensors "module/bert/...", "module/cls/..."
        self.w = {name.removeprefix("module/"): value for name, value in weights.items()}
        self.layers = layer_count(self.w)
        self.encoder = encoder

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self.encoder is not None:
            return self.encoder(ids, mask)
        return self.hidden_numpy(ids, mask)

    def hidden_numpy(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        batch, length = ids.shape
        e = "bert/embeddings/"
        x = w[e + "word_embeddings"][ids] + w[e + "position_embeddings"][:length][None] + w[e + "token_type_embeddings"][0]
        x = _norm(x, w[e + "LayerNorm/gamma"], w[e + "LayerNorm/beta"])
        padding = (1.0 - mask[:, None, None, :].astype(np.float32)) * np.float32(-1e9)
        width = x.shape[-1] // HEADS
        scale = np.float32(1 / math.sqrt(width))
        for i in range(self.layers):
            p = f"bert/encoder/layer_{i}/"

            def dense(h, name, p=p):
                return h @ w[p + name + "/kernel"] + w[p + name + "/bias"]

            def heads(h):
                return h.reshape(batch, length, HEADS, width).transpose(0, 2, 1, 3)

            q, k, v = (heads(dense(x, f"attention/self/{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) * scale + padding
            scores -= scores.max(-1, keepdims=True)
            attention = np.exp(scores)
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = _norm(x + dense(context, "attention/output/dense"), w[p + "attention/output/LayerNorm/gamma"],
                      w[p + "attention/output/LayerNorm/beta"])
            x = _norm(x + dense(_gelu(dense(x, "intermediate/dense")), "output/dense"), w[p + "output/LayerNorm/gamma"],
                      w[p + "output/LayerNorm/beta"])
        return x

    def _log_probs(self, states: np.ndarray) -> np.ndarray:
        w = self.w
        t = "cls/predictions/transform/"
        h = _norm(_gelu(states @ w[t + "dense/kernel"] + w[t + "dense/bias"]), w[t + "LayerNorm/gamma"], w[t + "LayerNorm/beta"])
        logits = h @ w["bert/embeddings/word_embeddings"].T + w["cls/predictions/output_bias"]
        logits -= logits.max(-1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(-1, keepdims=True))

    def masked_log_probs(self, sequences: list[tuple[list[int], list[int]]], batch_size: int = 16) -> list[np.ndarray]:
        """For each (piece ids, places), the log probability of every vocabulary word at each
        place (one row per place). Sequences are read in batches of similar length."""
        out: list[np.ndarray | None] = [None] * len(sequences)
        order = sorted(range(len(sequences)), key=lambda n: len(sequences[n][0]))
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            length = max(len(sequences[n][0]) for n in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.int64)
            for row, n in enumerate(chunk):
                seq = sequences[n][0]
                ids[row, :len(seq)] = seq
                mask[row, :len(seq)] = 1
            states = self._hidden(ids, mask)
            rows = [row for row, n in enumerate(chunk) for _ in sequences[n][1]]
            places = [place for n in chunk for place in sequences[n][1]]
            log_probs = self._log_probs(states[rows, places]) if rows else np.zeros((0, 0), dtype=np.float32)
            k = 0
            for n in chunk:
                count = len(sequences[n][1])
                out[n] = log_probs[k:k + count]
                k += count
        return out
