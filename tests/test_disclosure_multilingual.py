"""The multilingual (character n-gram) disclosure model: its numpy features equal scikit-learn's, and the
disclosure check uses it on non-English gated sentences only, at its threshold (real rows of
fixtures/disclosure/found_statements*.csv)."""

import numpy as np
import pytest

from auditor import Auditor
from auditor.checks.disclosure.char_model import CharNgramClassifier, char_ngrams

# https://www.peterkreativ.se/vad-ar-chatgpt/ (fs3-0045, Swedish, assisted)
SWEDISH = "Men den är omarbetat av mig och väldigt lite är kvar av det urspungliga AI-genererade innehållet."
# fs3-0050, Finnish, generated: https://www.sttinfo.fi/tiedote/tekoaly-kirjoitti-tutkimustiedotteen-kasvi--ja-
# hyonteisheinaruokailijoiden-valilla-tapahtuu-mikrobien-vaihtoa
FINNISH = ("Tekoälyä (Chat GPT) pyydettiin kirjoittamaan suomeksi lehdistötiedote mBio-tiedelehdessä 7.3.2023 "
           "julkaistusta tutkimusartikkelista, joka syventää tietämystä mikrobien roolista kasvien ja hyönteisten "
           "vuorovaikutuksessa.")
# https://www.upday.com/dk/mette-frederiksen-lader-chatrobot-skrive-indledning-pa-tale (fs3-0057, Danish, news
# about a politician's speech: a hard negative)
DANISH_NEWS = "- Det er skrevet af en kunstig intelligens. ChatGPT."
# https://40por30.com/2024/08/una-ilustracion-futurista-hecha-con-ia.html (fs2-0023, Spanish, image)
SPANISH = "Efectivamente es una imagen generada con IA, no supone esto nada que no sea un cambio de herramienta."
REAL_TEXTS = [SWEDISH, FINNISH, DANISH_NEWS, SPANISH, "本文由AI生成，仅供参考学习。", "이 기사는 AI가 작성했습니다."]


def findings(text: str, **options) -> list[tuple]:
    auditor = Auditor({"checks": ["disclosure"], "options": {"disclosure.classifier": options}} if options
                      else {"checks": ["disclosure"]})
    return [(f.rule, f.text, f.details["kind"]) for f in auditor.audit(text).findings]


def test_char_ngrams_are_scikit_learns_char_wb_analyzer():
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    analyzer = sklearn_text.TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in REAL_TEXTS + ["a  I\tKI-Text x"]:
        assert char_ngrams(text, 2, 5) == analyzer(text)


def test_numpy_inference_equals_the_training_features_and_probabilities():
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    linear = pytest.importorskip("sklearn.linear_model")
    vectorizer = sklearn_text.TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    matrix = vectorizer.fit_transform(REAL_TEXTS * 2)
    model = linear.LogisticRegression(C=10.0).fit(matrix, [0, 4, 0, 7, 2, 2] * 2)
    classes = ["negative", "leak", "generated", "assisted", "automated", "translated", "summarised", "image"]
    coef = np.zeros((8, matrix.shape[1]))
    intercept = np.full(8, -30.0)
    coef[model.classes_], intercept[model.classes_] = model.coef_, model.intercept_
    clf = CharNgramClassifier(vectorizer.get_feature_names_out().tolist(), vectorizer.idf_, coef, intercept,
                              {"classes": classes, "ngram_range": [2, 5]})
    unseen = ["Dieser Artikel wurde mit KI erstellt.", "Denne tekst blev oversat ved hjælp af DeepL."]
    dense = vectorizer.transform(unseen).toarray()
    for row, text in enumerate(unseen):
        columns, values = clf.features(text)
        features = np.zeros(matrix.shape[1])
        features[columns] = values
        assert np.allclose(features, dense[row])
    assert np.allclose(clf.probabilities(unseen)[:, model.classes_], model.predict_proba(vectorizer.transform(unseen)))


def test_shipped_model_files_agree():
    clf = CharNgramClassifier.load()
    assert clf.coef.shape == (8, len(clf.index)) == (8, clf.idf.shape[0])
    assert clf.ngram_range == (2, 5) and clf.meta["thresholds"]["disclosure"] >= 0.9
    assert {" ai ", " ki ", " ia ", "ai가", "chatg", "生成", "생성", "翻译"} <= set(clf.index)


def test_non_english_sentences_rules_miss_are_scored_by_the_char_model():
    # the shipped threshold (0.98) is not reached by these real rows; at 0.85 the model's kinds show
    assert findings(SWEDISH) == [] and findings(FINNISH) == []
    assert findings(SWEDISH, multilingual_threshold=0.85) == [("disclosure.classifier", SWEDISH, "assisted")]
    assert findings(FINNISH, multilingual_threshold=0.85) == [("disclosure.classifier", FINNISH, "generated")]
    assert findings(SWEDISH, multilingual=False, multilingual_threshold=0.5) == []


def test_hard_negative_stays_unflagged_at_the_shipped_threshold():
    assert findings(DANISH_NEWS) == []
    assert findings(DANISH_NEWS, multilingual_threshold=0.85) == [("disclosure.classifier", "ChatGPT.", "generated")]


def test_rule_findings_and_quotes_are_not_rescored():
    assert findings("本文由AI生成，仅供参考学习。", multilingual_threshold=0.0) == [
        ("disclosure.ai-generated", "本文由AI生成，仅供参考学习。", "generated")]
    quoted = "Der Sprecher sagte: „Es ist mit künstlicher Intelligenz hergestellt.“"
    assert findings(quoted, multilingual_threshold=0.0) == []
