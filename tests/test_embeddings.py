"""The shared all-MiniLM-L6-v2 sentence embedder (auditor.embeddings)."""
import numpy as np
import pytest

from auditor.embeddings import SentenceEmbedder, default_embedder
from auditor.nli import ModelLoadError


def test_paraphrases_are_closer_than_unrelated_sentences():
    v = default_embedder().encode(["Revenue rose 12% in the third quarter.",
                                   "Third-quarter sales went up by twelve percent.",
                                   "The council met on Tuesday to discuss parking."])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > 0.6 > 0.3 > v[0] @ v[2]


def test_results_do_not_depend_on_batch_neighbours_or_cache():
    emb = SentenceEmbedder(cache_size=0)
    alone = emb.encode(["The vote passed 9-4."])[0]
    batched = emb.encode(["A much longer sentence that forces padding in the batch it shares.",
                          "The vote passed 9-4."])[1]
    assert np.allclose(alone, batched, atol=1e-5)
    assert default_embedder() is default_embedder()


def test_a_missing_encoder_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="no such encoder directory"):
        SentenceEmbedder(tmp_path / "nothing").encode(["x"])


def test_a_lone_surrogate_is_embedded_like_the_replacement_character():
    emb = SentenceEmbedder(cache_size=0)
    [bad, replaced] = emb.encode(["A broken \ud800 character.", "A broken \ufffd character."])
    assert np.allclose(bad, replaced, atol=1e-6)
