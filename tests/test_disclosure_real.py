"""Disclosure and leak checks on real publishers' wording (verbatim rows of the tuning part of
fixtures/disclosure/real_statements.csv, and the found batches' cases in tests/data/disclosure_real_cases.json),
the fixed publisher split, templates, reported chatbot speech and the classifier's findings."""

import csv
import dataclasses
import json

import pytest

from auditor import Auditor
from auditor.checks.disclosure import DisclosureCheck
from auditor.checks.disclosure.classifier import DisclosureClassifier
from auditor.config import Config
from auditor.evaluation.disclosure import publisher_group, publisher_splits
from auditor.rules import RuleSet
from conftest import FIXTURES, ROOT

REAL = FIXTURES / "disclosure" / "real_statements.csv"
# the real statements of found batches 3-39: found (exact rule, span and kind) and negatives (no finding)
CASES = json.loads((ROOT / "tests" / "data" / "disclosure_real_cases.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def audit():
    aud = Auditor({"checks": ["disclosure", "leak"]})
    return lambda text: [(f.rule, f.text, f.details.get("kind")) for f in aud.audit(text).findings]


def test_split_column_is_the_documented_publisher_split():
    rows = list(csv.DictReader(REAL.open(encoding="utf-8")))
    splits = publisher_splits(rows)
    assert [r["split"] for r in rows] == [splits[r["publisher"]] for r in rows]
    parts = {part: {r["kind"] or r["label"] for r in rows if r["split"] == part} for part in ("tuning", "heldout")}
    assert parts["tuning"] == parts["heldout"] == {"negative", "leak", "generated", "assisted", "automated",
                                                   "translated", "summarised", "image"}
    by_group: dict = {}
    for r in rows:
        by_group.setdefault(publisher_group(r["publisher"]), set()).add(r["split"])
    assert all(len(parts) == 1 for parts in by_group.values())


@pytest.mark.parametrize("text, expected", [
    ("Foto: THINKcreative (AI)", ("disclosure.ai-image", "Foto: THINKcreative (AI)", "image")),
    ("Hinweis: Der Autor hat diesen Artikel mit Unterstützung von KI erstellt. Weitere Informationen",
     ("disclosure.ai-assisted", "Hinweis: Der Autor hat diesen Artikel mit Unterstützung von KI erstellt.",
      "assisted")),
    ("Cet article a été rédigé avec l'aide de Grok, mais les idées sont originales.",
     ("disclosure.ai-assisted", "Cet article a été rédigé avec l'aide de Grok, mais les idées sont originales.",
      "assisted")),
    ("Denne tekst blev oversat ved hjælp af DeepL.",
     ("disclosure.machine-translated", "Denne tekst blev oversat ved hjælp af DeepL.", "translated")),
    ("Tämä teksti on käännetty käyttäen DeepL.",
     ("disclosure.machine-translated", "Tämä teksti on käännetty käyttäen DeepL.", "translated")),
    ("Ten artykuł powstał z pomocą AI. Za treść odpowiada :brand.",
     ("disclosure.ai-assisted", "Ten artykuł powstał z pomocą AI.", "assisted")),
    ("Afbeelding gegenereerd door Midjourney op basis van de prompt: \"photo of computer screen showing Midjourney "
     "website, ultrarealistic photorealistic 8k\"",
     ("disclosure.ai-image", "Afbeelding gegenereerd door Midjourney op basis van de prompt: \"photo of computer "
      "screen showing Midjourney website, ultrarealistic photorealistic 8k\"", "image")),
    ("Image: Midjourney, Text: ChatGPT, Master of Prompts and Idea: Me",
     ("disclosure.ai-generated", "Image: Midjourney, Text: ChatGPT, Master of Prompts and Idea: Me", "generated")),
    ("We use AI to draft content. Humans decide what gets published, check facts, and review for accuracy before "
     "anything goes live.", ("disclosure.ai-assisted", "We use AI to draft content.", "assisted")),
    ("Please provide the main topic or subject for the article so that I can generate a structured article based "
     "on your requirements.",
     ("leak.refusal", "Please provide the main topic or subject for the article so that I can generate a structured "
      "article based on your requirements", None)),
    ("I look forward to helping you craft your news article!",
     ("leak.chat-preamble", "I look forward to helping you craft your news article!", None)),
    ("Wait, the user asked for a write-up in Spanish, but the original query is in Spanish.",
     ("leak.chat-preamble", "Wait, the user asked for a write-up in Spanish, but the original query is in Spanish",
      None)),
    ("2. **Rewrite as a news article:** Craft a piece with an appropriate headline.",
     ("leak.chat-preamble", "2. **Rewrite as a news article:**", None)),
    ("Article Title: The Importance of Time Management in Today’s Fast-Paced World",
     ("leak.placeholder", "Article Title:", None)),
])
def test_real_statements_give_their_exact_span_and_kind(audit, text, expected):
    assert audit(text) == [expected]


@pytest.mark.parametrize("text, rule, kind", [
    # real rows of found_statements.csv (tuning): image captions, German "mit Unterstützung von KI",
    # Japanese self-references, a field-labelled translation note, a chatbot signing its post
    ("Moai statue giving a Ted talk, image generated by DALL-E Mini", "disclosure.ai-image", "image"),
    ("Boston 3D map (created with Midjourney)", "disclosure.ai-image", "image"),
    ("Das Bild wurde mit Hilfe von KI entwickelt!", "disclosure.ai-image", "image"),
    ("Dieses Repository wurde mit Unterstützung von KI-Code-Agenten (Claude Code, Anthropic) entwickelt.",
     "disclosure.ai-assisted", "assisted"),
    ("Testfassung, mit Unterstützung von KI erstellt — die Anwendung selbst enthält keine KI-Funktion.",
     "disclosure.ai-assisted", "assisted"),
    ("※本記事はAIにより自動生成されました｜価格・在庫は変動する場合があります", "disclosure.ai-generated", "generated"),
    ("本記事はAI（Claude）の支援を受けて作成されました。", "disclosure.ai-assisted", "assisted"),
    ("remarks: Automatically translated with DeepL", "disclosure.machine-translated", "translated"),
    ("> Este artículo fue generado automáticamente por LLM.", "disclosure.ai-generated", "generated"),
    # found_statements_2.csv (tuning)
    ("Liz Truss as generated by Stable Diffusion", "disclosure.ai-image", "image"),
    ("L’immagine è stata realizzata con intelligenza artificiale (AI).", "disclosure.ai-image", "image"),
    ("Imagem gerada por IA.", "disclosure.ai-image", "image"),
    ("上記のロゴ画像はAIで生成されています", "disclosure.ai-image", "image"),
    ("Cover image generated with fotor.ai", "disclosure.ai-image", "image"),
    ("Resumen generado por IA", "disclosure.ai-summary", "summarised"),
    ("AI summarized text", "disclosure.ai-summary", "summarised"),
    ("*本文原为英文写作,中文翻译由 ChatGPT 完成,原貌呈现,少数歧义处标注更正(红色黄色部分)。",
     "disclosure.machine-translated", "translated"),
    ("Este artigo foi escrito com a ajuda de uma tradução automática, podendo conter imprecisões.",
     "disclosure.machine-translated", "translated"),
    ("Description generated with the assistance of ChatGPT.", "disclosure.ai-assisted", "assisted"),
    ("Dieser Beitrag wurde mit KI generiert.", "disclosure.ai-generated", "generated"),
    ("当サイト「たぬきニュース」では、最新のAI技術を活用してニュース記事を自動生成しています。",
     "disclosure.automated", "automated"),
    # general phrasing families beyond the real rows (team-written)
    ("Article rédigé avec l'aide de l'IA.", "disclosure.ai-assisted", "assisted"),
    ("Texto generado con IA.", "disclosure.ai-generated", "generated"),
    ("The Associated Press used AI to help write this story.", "disclosure.ai-assisted", "assisted"),
    ("The newsroom used DeepL to translate this interview.", "disclosure.machine-translated", "translated"),
    ("The image above was generated by AI.", "disclosure.ai-image", "image"),
    ("Deze tekst is vertaald met behulp van DeepL.", "disclosure.machine-translated", "translated"),
    # batch 64 (stop 25, team-written): AI set against a human (not rule-based output), a hu project made with AI's help
    # (not "entirely"), the author (not a third person) admitting AI use for this column, a chatbot's format note
    ("Bài viết được tạo bởi AI (không phải con người).", "disclosure.ai-generated", "generated"),
    ("Ez a projekt mesterséges intelligencia segítségével készült.", "disclosure.ai-assisted", "assisted"),
    ("The author admitted using AI to write this column.", "disclosure.ai-assisted", "assisted"),
    ("Note: Clean Markdown, ready to paste into WordPress.", "leak.chat-preamble", None),
])
def test_phrasing_families(audit, text, rule, kind):
    assert audit(text) == [(rule, text, kind)]


def _cases(part):
    """The cases of one part of CASES, each with the id <batch's ordinal>_batch-<its number in the batch>, so that
    ``pytest -k twenty_eighth`` selects one batch."""
    numbers: dict = {}
    params = []
    for case in CASES[part]:
        number = numbers[case["batch"]] = numbers.get(case["batch"], 0) + 1
        expected = [[case["rule"], case["span"], case["kind"]]] + case.get("also", []) if part == "found" else []
        values = [case["text"]] + ([sorted((rule, span or case["text"], kind) for rule, span, kind in expected)]
                                   if part == "found" else [])
        params.append(pytest.param(*values, id=f"{CASES['batches'][str(case['batch'])]}_batch-{number:02d}"))
    return params


@pytest.mark.parametrize("text, expected", _cases("found"))
def test_batch_found_statements(audit, text, expected):
    # expected: (rule, span, kind) of each finding, sorted; kind None = a finding without a kind (leaks)
    assert sorted(audit(text)) == expected


@pytest.mark.parametrize("text", _cases("negatives"))
def test_batch_negatives_give_nothing(audit, text):
    assert audit(text) == []


def test_eighth_batch_template_story_leaves_both_slots(audit):
    # https://www.texaspress.com/tags/columns?page=20 (a Gannett sports story as the column quotes it)
    text = ("The Worthington Christian [[WINNING_TEAM_MASCOT]] defeated the Westerville North [[LOSING_TEAM_MASCOT]] "
            "2-1 in an Ohio boys soccer game on Saturday.")
    assert audit(text) == [("leak.placeholder", "[[WINNING_TEAM_MASCOT]]", None),
                           ("leak.placeholder", "[[LOSING_TEAM_MASCOT]]", None)]


def test_chatbot_signing_the_post_is_the_sentence_that_names_it(audit):
    assert audit("Hi. ChatGPT here. In honor of the new month, Ken is letting me write this post.") == [
        ("disclosure.ai-generated", "ChatGPT here.", "generated")]


@pytest.mark.parametrize("text", [
    # news about AI images and tools, and a quoted label: not this page's statement (team-written but for the
    # real negatives of found_statements.csv, marked)
    "Yes, you can sell images created with Midjourney if you have an appropriate subscription.",  # real
    "The artwork(created with Midjourney) sparked controversy:",  # real
    pytest.param("Images generated by Midjourney have flooded social media this spring.", marks=pytest.mark.xfail(
        strict=True, reason="the character n-gram classifier (stop 22) scores it 0.97 as an image credit: it sees "
                            "'generated by Midjourney', not that the sentence reports on images in general")),
    "A picture of the Pope made with Midjourney went viral last week, and fact-checkers were busy.",
    "Dass dieses Bild mit Hilfe eines Bildgenerators der Künstlichen Intelligenz Midjourney erzeugt worden ist, "
    "wurde schnell öffentlich bekannt.",
    "Die Diagnose wird in vielen Kliniken mit Hilfe von KI erstellt, sagen Ärzte.",
    "He used Midjourney to create the images for the campaign.",
    "文章末尾自动添加'本文由AI生成'标注",  # real
    # real news and notes of found_statements_2.csv: an AI institute as co-author, a fact-check, advice, a refusal
    # named as a phrase, refusals quoted with “…“ and in a dash-opened dialogue line
    "本文由AI天才研究院和《禅与计算机程序设计艺术》共同撰写，旨在探讨自一致性CoT技术的应用与发展。",
    "La foto del padre netturbino alla laurea del figlio non è autentica: è un’immagine generata con l’intelligenza "
    "artificiale.",
    "Uma imagem gerada por IA pode precisar de ajustes.",
    "There’s something strange happening on marketplaces and other platforms and that’s the phrase Sorry I cannot "
    "fulfill this request as it goes against OpenAI’s use case policy.",
    "I messaggi di errore erano del tipo “Mi dispiace ma non posso soddisfare questa richiesta perché è contraria alla "
    "policy di utilizzo di OpenAI“.",
    "-Je suis désolé mais je ne peux fournir pas fournir d’informations ou d’assistances dans le cadre d’une "
    "entreprise illégale.",
    "Translation: If a reasonable person would care that content is AI-generated, you need to disclose it.",
])
def test_news_about_ai_images_quoted_labels_and_refusals_give_nothing(audit, text):
    assert audit(text) == []


def test_chinese_disclosure_and_spanish_refusal(audit):
    assert audit("本文由人工智能根據公開新聞來源生成。") == [
        ("disclosure.ai-generated", "本文由人工智能根據公開新聞來源生成。", "generated")]
    assert audit("Lo siento, no puedo acceder ni resumir directamente el contenido de enlaces externos.") == [
        ("leak.refusal", "Lo siento, no puedo acceder ni resumir directamente el contenido de enlaces externos", None)]


@pytest.mark.parametrize("text", [
    # real negatives of the tuning part: example wordings, a template, a human how-to, a research use
    "Exemple de mention transparente : « Cet article a été rédigé avec l'aide de ChatGPT, puis relu et enrichi par "
    "notre expert SEO. »",
    "**Pflicht-Wording**: „Dieser Artikel wurde mit KI-Unterstuetzung generiert.\" (im Footer / am Anfang).",
    "例如: © 2024 [Name]. All rights reserved. Generated with Midjourney.",
    "If your press release should not be published until a specific date, change the wording to “HOLD FOR RELEASE "
    "UNTIL [DATE]. \" Again, use bold font and uppercase.",
    "Example: <Company Name> Announces <Employee Full Name> Achieves <Award Title>",
    "« Image générée par intelligence artificielle. »",
    "Dit artikel is geschreven met behulp van Python-versie 3.6 uit Hallo Python-distributie",
    "Dieser Artikel wurde mithilfe von veröffentlichten Quellen geschrieben:",
    "Campaign image generated by AI based on the goal and cultural context.",
    # an acknowledgement template, and articles about AI
    "Acknowledgements: The authors thank [Name] of [Institution] for comments on an earlier draft.",
    "In diesem Artikel erklären wir, wie KI in Redaktionen eingesetzt wird.",
    "Some of the images were generated with AI, experts said.",
    "Dieser Artikel wurde nicht mit KI erstellt.",
    "Texto con IA generativa: guía práctica",
    "Researchers used AI to generate protein structures.",
    # team-written guards of the batch-57 image rules (stop 24): news of someone's AI picture with a finite verb, a
    # to-do note naming the real photo to put in place of the AI picture, a bare name that may be a screenshot
    "Trump posted a picture of himself as the pope, in an image generated with artificial intelligence.",
    "Image générée par IA : à remplacer par une vraie photo.",
    "AI-generated image – TODO: replace with a real photo of the team.",
    "Image: ChatGPT",
    "Photo credit: OpenAI",
    "Wir haben keine Bilder von KI erstellen lassen.",
    # team-written guards of the batch-58 rules and classifier exceptions (stop 24): a chatbot's answer reported in the
    # same sentence, a job title after a person's byline, a question or negation of use, a reader told what to do, a
    # cause credited to a chatbot, AI images avoided, a tool review, emphasis and footnote asterisks
    "When we asked ChatGPT what happened in 2020, it refused to answer.",
    "We asked ChatGPT who won the 2020 election and it said it could not respond to this topic.",
    "We asked Google's Gemini why it had produced images of racially diverse Nazi soldiers last week.",
    "Written by Jane Doe, AI Content Writer",
    "Do I use AI to write my column? Never.",
    "I never use ChatGPT for drafting.",
    "You can hand the outline to ChatGPT to write a first draft.",
    "I attribute this to ChatGPT's popularity.",
    "We do not use AI-generated images; our illustrators draw them.",
    "Instead of AI-generated art, we commission local artists.",
    "ChatGPT review: the best chatbot for students in 2026?",
    "*NAME WITHHELD to protect privacy.",
    "*UPDATE: The story has been corrected.",
    "The **LLM boilerplate** is removed.",
    # team-written guards of the batch-59 rules and exceptions (stop 24): a verdict that the picture is false, ko
    # reported speech, a requirement to label, a report introducing its topic, the AI helping with something else than
    # writing, someone else's video made with AI's help (vi)
    "La imagen fue creada con inteligencia artificial y es falsa.",
    "The photo was generated by AI and is fake.",
    "전문가들은 이 사진이 AI로 생성된 이미지라고 판단했다.",
    "KI-generierte Bilder müssen künftig gekennzeichnet werden.",
    "Es geht um ein KI-generiertes Video.",
    "Die KI hilft uns im Alltag bei vielen Aufgaben.",
    "Một phần video được tạo với sự hỗ trợ của AI, theo cảnh sát.",
    # team-written guards of the batch-60 rules and exceptions (stop 24): another paper's AI text, a conditional and a
    # question about publishing one, a real voice set against a cloned one, someone else in dialogue with ChatGPT, a
    # summary made by hand, a labelling requirement, a removal note in English
    "El diario publicó un texto escrito por ChatGPT.",
    "Si publicamos un texto escrito por ChatGPT, nadie lo notaría.",
    "¿Por qué no publicamos un texto escrito por la IA?",
    "La voz que escuchas es la voz real de Joe Biden, no una voz clonada.",
    "Juan dialoga con el ChatGPT.",
    "Este resumen se realiza a mano.",
    "Material produzido com auxílio de IA deve ser identificado.",
    "Removed on 2024-03-01: this summary was generated by AI and contained errors.",
    # team-written guards of the batch-64 rules and exceptions (stop 25): a generator's feature line setting AI against
    # template output, a headline on an AI picture winning a prize, a third person admitting AI use, notes on HTML that
    # are no chatbot's delivery note, a hu program that makes AI pictures
    "Articles are generated by real AI (not template-based).",
    "AI-generated image wins photography award",
    "She admitted using ChatGPT to write the essay.",
    "Note: Plain HTML for publishing is supported by the editor.",
    "- Clean HTML for direct publishing",
    "Ez a program mesterséges intelligencia által generált képeket készít.",
    # team-written guards of the batch-62 newsletter patterns (stop 25): AI researchers as authors, an
    # autonomous-vehicle team, an agent network and a CRM engine (no AI-ish engine or agent), a sponsor and a
    # presenter named after a chatbot maker, a human KI desk, a foundation's support, a denial
    "This is an article written by AI researchers at MIT.",
    "This report was compiled by the autonomous vehicle team.",
    "This newsletter was compiled by our agent network.",
    "This newsletter was compiled by the engine of our CRM.",
    "Cette newsletter est sponsorisée par Mistral AI.",
    "Dieser Newsletter wird präsentiert von Google Gemini.",
    "Dieser Newsletter wurde von der KI-Redaktion erstellt.",
    "Esta newsletter é produzida com o apoio da Fundação X.",
    "The newsletter is not AI-generated.",
    # team-written guards of the batch-65 rules (stop 25): sw news on a fake picture and on another paper's AI article
    # (a relative clause without a comma), an ar fact-check's bare verdict, vi "they" without an image tool, a zh AI
    # tool and a zh text introducing machine translation, a ko app that makes pictures, an en prompt without a target
    # language, a zh blogger's "if you like" without an offer of a version, tr news on a fake photo and a book, a th
    # denial, a ko fake picture
    "Matokeo ya uchunguzi yanaonyesha kuwa picha iliyotengenezwa na AI ilisambaa mtandaoni.",
    "Makala iliyoandikwa na AI ilichapishwa na gazeti la Marekani.",
    "تم إنشاء الصورة باستخدام الذكاء الاصطناعي",
    "Chúng được tạo ra bởi AI.",
    "本平台為AI輔助生成工具，歡迎試用。",
    "本文介紹如何使用DeepL翻譯文件。",
    "이 앱은 AI로 생성된 이미지를 보여줍니다.",
    "Summarize this article in 100 words.",
    "如果你願意，歡迎留言告訴我。",
    "Yapay zeka ile oluşturulan fotoğraf sosyal medyada yayıldı.",
    "Kitap yapay zeka tarafından yazıldı.",
    "เนื้อหาทั้งหมดไม่ได้สร้างโดย AI",
    "AI가 만든 가짜 이미지.",
    # team-written guards of the batch-66 rules (stop 25): a chatbot's essay judged (no presenting verb), a fact-check's
    # bare verdict and one with news after it, a model's release, the prompt behind someone else's picture, news of
    # another magazine's AI cover (past tense, or without "today"), a person's appositive, another outlet's AI use (a
    # sentence led by an outlet's name cannot tell the page's own from another's: the batch-66 pattern for
    # fs66-0007 was dropped in review), someone else's viral cartoon, a fragment without the journalists' oversight
    "The essay ChatGPT wrote was full of errors.",
    "This image is AI-generated, experts say.",
    "This image is AI-generated and was shared by thousands of accounts.",
    "OpenAI has released its new image model (DALL-E 3).",
    "Here's the prompt that generated the viral Pope image.",
    "Cosmopolitan released its June issue with a cover designed by AI.",
    "Vogue is releasing its September issue with a cover generated by AI.",
    "Created by John Smith, an AI researcher.",
    "The AP uses AI to translate stories into Spanish.",
    "Reuters uses AI to assist with translation.",
    "The Associated Press uses AI to help with transcription and translation.",
    "This is a cartoon generated by AI that went viral.",
    "Written from scratch using AI, critics say.",
    # team-written guards of the batch-67 rules (stop 25): a question whether AI should write this newsletter, a
    # quoted speaker's own AI use, a newsroom's denial, news of someone else's AI-faked photo, a human-written
    # description, a transparency note without AI, a legal list item on AI transcripts, a chat/live translation
    # feature line, another newsroom's AI use, a labelling FAQ on AI cover pictures
    "Soll die KI diesen Newsletter schreiben?",
    "„Ich nutze KI beim Schreiben“, sagt die Autorin.",
    "Unsere Redaktion nutzt keine KI-Tools.",
    "Mithilfe von KI wurde das Foto des Papstes gefälscht.",
    "Die obige Beschreibung wurde von Menschen geschrieben.",
    "Transparenzhinweis: Dieser Beitrag wurde ohne KI erstellt.",
    "Wichtiger Transparenzhinweis: Dieser Bericht wurde nach einer Sichtung der Daten erstellt.",
    "c) KI-generierte Transkription des Gesprächs;",
    "Live-Übersetzung: Fremdsprachige Kommentare werden mit DeepL übersetzt und unter dem Original angezeigt.",
    "Die Redaktion nutzt KI-Tools, sagt der Chefredakteur.",
    "Ein KI-generiertes Titelbild trägt die Markierung.",
    # team-written guards of the batch-68 rules (stop 25): news of someone else's film, video or drug made with AI (no
    # software noun as the subject, or a name before the assisted wording), a synthesis about AI (no making verb), a
    # participle-led clause going on after a comma, a human estate agent, a detector's verdict in English, a photo
    # described with its label
    "Il film è stato realizzato interamente con l'intelligenza artificiale.",
    "Il video è stato realizzato con l'ausilio dell'intelligenza artificiale.",
    "Halicin è stato sviluppato con l'ausilio dell'intelligenza artificiale.",
    "Questa sintesi è dedicata all'intelligenza artificiale.",
    "Sviluppato con l'ausilio dell'intelligenza artificiale, il farmaco ha superato i test.",
    "Cet article a été rédigé par notre agent immobilier.",
    "Verified: this article was written by AI.",
    "Photo générée par IA, avec son étiquette visible en bas à droite.",
    # team-written guards of the batch-69 rules and exceptions (stop 25): a title chosen by the newsroom, a text from an
    # AI expert, others' or non-writing use of ChatGPT as an assistant, a negated copy-edit note, an interview with an
    # AI researcher; other wordings of the exceptions (an English and a Spanish quoted line with an inverted verb, fr/it
    # requirements to validate before publication, pl/sv news sentences closed by their source, a pt fact-check)
    "Den Titel dieses Artikels hat die Redaktion gewählt.",
    "Der Text stammt von einem KI-Experten.",
    "Viele nutzen ChatGPT als Assistenten.",
    "Ich nutze ChatGPT als Assistenten beim Programmieren.",
    "Mein Content wird nicht von ChatGPT lektoriert.",
    "Im Interview mit der KI-Forscherin: Was kommt?",
    "\"Apple bans ads\", read the AI-generated summary on the lock screen.",
    "\"Fin de la guerra\", decía el resumen generado por la IA de Google en la pantalla de los usuarios.",
    "Toute dépêche traduite avec l’aide de l’IA doit être relue par un journaliste avant publication.",
    "Ogni testo scritto con l’aiuto dell’IA deve essere verificato da un giornalista prima della pubblicazione.",
    "Zdjęcie wygenerowane przez sztuczną inteligencję krąży w sieci - podaje portal Onet.",
    "Bilden är skapad med AI, skriver Aftonbladet.",
    "A imagem foi criada com IA.",
    # team-written guards of the batch-70 rules (stop 25): ko negations right after the verb or after "AI ga",
    # a summary written by me not AI, a de sentence led by "ohne KI" with a verb, a sv caption without AI and a sv
    # rule clause, a pt button to request an AI summary, an es API field "... o null", a ja prompt quoting a label
    # to append ("to tsuiki"), a de "without AI translation" label
    "이 요약은 AI가 쓴 것이 아닙니다.",
    "이 요약은 AI가 아니라 기자가 직접 작성한 것입니다.",
    "I added a summary on every post — written by me, not AI.",
    "Ohne KI wäre dieser Artikel nicht entstanden.",
    "Bilden är tagen av Pia Luuka.",
    "När bilden är skapad med AI måste den märkas.",
    "Clique em \"Resumir\" para pedir um resumo gerado por IA.",
    "summary: Resumen generado por IA o null si aún no existe",
    "最後に「※この記事はAIが生成しています」と追記してください。",
    "ohne KI-Übersetzung",
    # team-written guards of the batch-71 rules and exceptions (stop 25): a participle opening a news sentence, a
    # headline on a generated document, a past-tense report on another firm's report, this article about AI, a picture
    # said to be able to mislead, a project made with AI's help (no text noun); other wordings of the exceptions (form
    # instructions in pt/en, feature lines on a button in es/en, wordings that sound like AI, a converted file's header)
    "Gerado com auxílio de IA, o vídeo mostra Lula algemado.",
    "Documento gerado com auxílio de IA é apresentado na Câmara.",
    "O relatório foi gerado com auxílio de inteligência artificial, segundo a empresa.",
    "Escucha este artículo sobre la IA y sus riesgos.",
    "La imagen fue generada con IA y puede engañar a millones de personas.",
    "Este proyecto, desarrollado con la ayuda de la IA, permitirá a los agricultores ahorrar agua.",
    "Insira um resumo gerado por IA aqui.",
    "Add an AI-generated summary or a description of the page...",
    "Al pulsar el botón «Traducir», el texto se traduce automáticamente.",
    "When you click the button, the text is translated automatically by AI.",
    "Suena a texto traducido por IA.",
    "This paragraph reads like ChatGPT wrote it.",
    "Archivo traducido automáticamente de JSON por tools/convert.py.",
    # team-written guards of the stop-25 review (probes of the stop-25 patterns): a statement credited to someone else,
    # its source named last, first, or with a third-person reporting verb before it
    "The newsletter is AI-generated, the startup's founder admitted in an interview with Wired.",
    "The paper's editor told staff that this is a story written by AI and should never have run.",
    "The Washington Post said this feature uses an AI voice licensed from ElevenLabs, which some listeners disliked.",
    "Viral clip: this video was made with Google NotebookLM, its creator told The Verge.",
    "This image is AI-generated and does not depict any real event, the fact-checkers at AFP concluded.",
    "Selon le syndicat, cette newsletter est générée par une intelligence artificielle depuis le rachat du titre.",
    "Secondo l'azienda, l'app è stata sviluppata con l'ausilio di ChatGPT in due settimane.",
    "Potrivit anchetatorilor, acest document a fost tradus cu ChatGPT și conținea erori grave.",
    # the same in other languages (closing verbs cs/hu/uk/hr; a source named first with tr "göre", ko "에 따르면",
    # ja "によると"; ja "…と編集長は説明した")
    "Tento článek byl přeložen strojově, tvrdí autor původní reportáže.",
    "Ez a cikk mesterséges intelligencia segítségével készült, írja a Magyar Nemzet.",
    "Ця новина згенерована штучним інтелектом, пишуть журналісти.",
    "Ovaj tekst je napisan uz pomoć umjetne inteligencije, tvrde stručnjaci.",
    "Araştırmacılara göre bu makale yapay zeka tarafından yazıldı.",
    "관계자에 따르면 이 기사는 AI로 작성됐다.",
    "関係者によると、この記事はAIで作成されたという。",
    "この記事はAIで作成した、と編集長は説明した。",
    # per-pattern narrowings of the stop-25 review: a definite article or "the file" is not a self-reference
    # (it quest[oa], de dieses not des, zh 本 not 这, cs/ru no file nouns), a report's reading or voices, a fake's
    # caption or chip, someone else's prompt
    "The digest was AI-written, according to a complaint filed with the press council.",
    "Il progetto del Comune, spiega l'assessore, è stato realizzato interamente tramite intelligenza artificiale.",
    "Il codice è stato scritto con l'aiuto dell'intelligenza artificiale, ha ammesso lo sviluppatore.",
    "OpenClaw è stato scritto interamente con Claude, ha raccontato il suo sviluppatore austriaco al Financial Times.",
    "Bezpečnostní experti zjistili, že tento soubor byl vygenerován pomocí AI a obsahoval malware.",
    "По словам исследователей, этот файл был сгенерирован нейросетью и содержал вредоносный код.",
    "Den Titel des Artikels hat ChatGPT vorgeschlagen, gab der Autor des Konkurrenzblatts zu.",
    "Die Überschrift des Beitrags wurde von ChatGPT formuliert, kritisierte der Presserat.",
    "调查显示，这份报告为AI辅助撰写，多处数据有误。",
    "La narración realizada por inteligencia artificial del audiolibro de la editorial generó críticas entre los "
    "actores de doblaje.",
    "A reading done by AI of Joe Biden's speech circulated on TikTok before the primary.",
    "De stemmen zijn synthetisch: oplichters gebruikten AI om de stem van de directeur na te bootsen, "
    "aldus de politie.",
    "Fake robocall to New Hampshire voters, AI-generated voice",
    "Fake image of explosion near Pentagon (Stable Diffusion)",
    "Here's the prompt that generated the image of the Pope in a puffer jacket.",
    "Here is the exact prompt that created the cover of Time's AI issue, according to the artist.",
    # stop-26 narrowings: a label, caption or prompt that does not close its line, a question (ob), a quoted speaker's
    # first person, a report's apposition, a guide's prepositional phrase, a fake's headline
    "Automatisch aus dem Englischen übersetzt – so tarnen Fake-Shops ihre Produktseiten",
    "Die Bestsellerautorin sagt: Ich nutze KI beim Schreiben, aber nur für Recherche.",
    "Die Lehrerin ist überzeugt, dass der folgende Text des Schülers komplett von ChatGPT geschrieben "
    "wurde; der Schüler bestreitet das.",
    "Ein Schüler erzählt im Video: ich nutze ChatGPT für meine Texte in Deutsch.",
    "Este texto, escrito com o auxílio do ChatGPT, foi apresentado pelo deputado como se fosse seu.",
    "Knihu přeložila umělá inteligence, tvrdí nakladatelství. Text přeložil ChatGPT a čtenáři si stěžují.",
    "Mehrere Leser fragten, ob die obige Produktbeschreibung von ChatGPT geschrieben wurde.",
    "Notícias | Gerado com auxílio de IA, vídeo falso de Lula circula nas redes",
    "Pitali smo stručnjake za umjetnu inteligenciju, i evo što kaže profesor: ChatGPT nije pouzdan izvor.",
    "Podcast écrit par une IA et lu par une voix de synthèse : Radio France dit non",
    "Rewrite this content to 500 words in English Language — these prompts were found left on thousands "
    "of spam sites, researchers said.",
    "Summarised from court documents using ChatGPT with editing from the law firm's staff, the brief "
    "cited six fake cases.",
    "The essay ChatGPT wrote is printed below the student's own version in the study's appendix.",
    "This is our guide to spotting images generated by AI in election season.",
    "We noticed a summary on every article — written by AI — on the rival site, and readers hated it.",
    "We saw the summaries at the top of each post — generated by AI — disappear after the backlash.",
    "Yapay Zeka ile Oluşturulan Sahte Fotoğraf",
    "네티즌들이 챗GPT로 만든 지브리풍 그림.",
    # stop 26 (lead): the source named after a present-tense or inverted verb, and a fake's caption
    "Esta imagen fue generada con IA, explica la policía.",
    "Questa immagine è stata generata con l'IA, spiega la polizia.",
    "Dieses Bild wurde mit KI erstellt, sagt Polizeisprecher Max Müller.",
    "Esta imagem foi gerada por IA, diz a polícia.",
    "The image was created with Midjourney, says Maria Lopez, a researcher at the university.",
    "This article was written with ChatGPT, explains the journalist.",
    "J'utilise l'IA pour mes articles, explique-t-elle.",
    "Cet article a été écrit avec ChatGPT, explique la journaliste au Monde.",
    "A fake image created by Midjourney shows Donald Trump being arrested by police.",
    # stop 26 review: a headline naming a kind of thing made with AI (plural) is no label
    "Songs made with AI",
    "Ads made with AI",
    "Canciones hechas con IA: la nueva moda",
    # stop 26 (lead, from review r26): more closing verbs and the source first in sq/mk/fa/he/uz
    "Uso ChatGPT per i miei articoli, ha confessato il giornalista.",
    "Cet article a été écrit avec ChatGPT, dénonce le syndicat.",
    "Dit artikel is geschreven met ChatGPT, vertelt de lezeres.",
    "به گفته کارشناسان، این تصویر با هوش مصنوعی ساخته شده است.",
    "לדברי המשטרה, התמונה נוצרה באמצעות בינה מלאכותית.",
    # stop 26 (x26): more closing verbs, 'according to' last, fact-check labels, de 'zufolge', 'a admis que',
    # ja 'と認めた'/'という', zh '据…'/'…表示，', ko '것으로 알려졌다', ru 'Как сообщили …,'
    "The image was generated with AI, according to a spokesperson for the fire brigade.",
    "This photo was made with Midjourney, according to the photographer himself.",
    "Fact check: Image of flooded Disneyland was generated with AI",
    "Fact check: This photo of the pope was created with Midjourney",
    "Dieser Artikel wurde mit KI erstellt, schrieb der Verlag auf X.",
    "Faktencheck: Dieses Foto wurde mit KI erstellt",
    "Dem Sprecher zufolge wurde das Bild mit Midjourney erstellt.",
    "Cet article a été rédigé avec ChatGPT, a reconnu le journal.",
    "Le journal a admis que cet article avait été écrit avec l'aide de l'IA.",
    "Este artículo fue escrito con ChatGPT, reconoció el diario.",
    "Esta imagen fue creada con IA, indicó la policía en un comunicado.",
    "Esta imagen fue generada con IA, informó la Guardia Civil.",
    "Questo articolo è stato scritto con ChatGPT, ha ammesso il giornale.",
    "Questa immagine è stata generata con l'IA, ha fatto sapere la questura.",
    "Questa foto è stata creata con l'IA, riferisce la polizia.",
    "Este artigo foi escrito com o ChatGPT, admitiu o jornal.",
    "Esta imagem foi criada com IA, informou a Polícia Federal.",
    "Esta foto foi gerada por IA, de acordo com a polícia.",
    "De foto is gemaakt met AI, aldus de politie.",
    "Dit artikel is geschreven met ChatGPT, zegt de uitgever.",
    "Factcheck: deze foto is gemaakt met AI",
    "同社は、この記事はAIが生成したものだと認めた。",
    "この画像は生成AIで作成されたものだという。",
    "据警方介绍，这张照片是由AI生成的。",
    "警方表示，这张图片是由人工智能生成的。",
    "该公司承认，这篇文章是由AI撰写的。",
    "据报道，这篇文章由ChatGPT生成。",
    "该报称，这篇文章是用AI翻译的。",
    "이 이미지는 AI로 생성된 것으로 알려졌다.",
    "이 기사는 챗GPT로 작성된 것으로 확인됐다.",
    "Как сообщили в полиции, изображение сгенерировано нейросетью.",
    # review (stop 26, r26): news sentences about someone else's AI that the batch 73-82 patterns read as first-party
    "An image created by Midjourney shows Pope Francis in a white puffer jacket; it was viewed millions of times "
    "before it was debunked.",
    "An image made by Stable Diffusion shows an explosion near the Pentagon, which briefly moved markets.",
    "Here is the itinerary ChatGPT gave one of our readers, who ended up at a closed museum:",
    "This is a so-called automatically generated story, the union warned, and it will put reporters out of work.",
    "Researchers found that this tool is generated code with Claude and contains a backdoor.",
    "Autor: generado con IA, la firma que usa un diario digital denunciado por plagio",
    "Each step is read aloud by an AI voice, which testers found confusing.",
    "This recipe was generated by AI and nearly poisoned a family, the Guardian reports.",
    "Cette recette a été générée par IA et contenait du chlore, a révélé le supermarché néo-zélandais.",
    "Esta receita foi criada pelo chatbot do supermercado, powered by IA, e sugeria misturar lixívia.",
    "Researchers say we have let AI create training plans without any medical oversight.",
    "הנה הטקסט שנוצר באמצעות בינה מלאכותית, שלפי המשטרה הופץ ברשתות.",
    "Policija: AI generisana ilustracija ovog teksta je lažna",
    "AI generisana ilustracija ovog članka nije prava fotografija, upozorava ministarstvo.",
    # review (stop 26, r26, second round): the same for batch 79/84/86 patterns
    "このレシピはAIによって生成されましたが、食べられない組み合わせだったとSNSで話題になった。",
    "Navorsers sê hierdie vertaling is KI-gegenereer en vol foute.",
    "The story that we read in class was written by ChatGPT, the teacher later admitted, and nobody noticed.",
    "Video: Deepfake of the president / HeyGen",
    "Enjoy these AI-generated images of the Pope, which fooled millions online.",
    "What follows is a series of AI-generated images that the campaign posted and later deleted.",
    "Decidí usar la IA para producir este texto, confesó el diputado tras el escándalo.",
    # batch 74 (stop 26)
    # team-written guards of the batch-74 rules (stop 26): news about chatbots ("We asked Gemini why …", a third
    # party asked to predict), experts or friends instead of a chatbot, answers that came from ChatGPT in a
    # report, an audio cut, fake reviews "— generated by AI" without the adverb, an automatically generated
    # e-mail, others' programs without a data source, a call for pitches with a word count and no start marker, a
    # human "Here goes:", a ja baseline the writer wrote
    "We asked Google's Gemini why it had produced images of racially diverse Nazi soldiers.",
    "We asked ChatGPT what it thought about the new law, and it refused to answer.",
    "Researchers asked ChatGPT to predict the score of every World Cup match and it got 40 percent right.",
    "Nous avons demandé à OpenAI pourquoi son chatbot avait inventé des citations.",
    "Le pedimos a Google que explicara por qué Gemini generó esas imágenes.",
    "Zapytaliśmy Microsoft, dlaczego Copilot podawał błędne wyniki wyborów.",
    "Fans asked ChatGPT to predict the final score, and the club shared the result on social media.",
    "We asked OpenAI how ChatGPT handles questions about the election.",
    "Here is the statement Google gave me about Gemini:",
    "Here is the itinerary my friend gave me for Rome:",
    "We asked experts to predict the score of the match.",
    "Nous avons demandé à un expert de pronostiquer le score du match.",
    "Le pedimos a un analista que proyectara el marcador del partido.",
    "Zapytaliśmy trenera o wynik meczu.",
    "The answers came from ChatGPT, the school said.",
    "The students said all the answers came from ChatGPT and the teacher failed them.",
    "Toutes les réponses proviennent de l'IA, selon l'étude, ce qui inquiète les enseignants.",
    "Les réponses des élèves proviennent souvent de ChatGPT.",
    "L'audio de cette vidéo a été coupé par la plateforme.",
    "La synthèse vocale est utilisée par de nombreux médias.",
    "Tusentals falska recensioner — genererade av AI.",
    "Dette er en automatisk generert e-post, vennligst ikke svar.",
    "Auf dem Portal generieren Computerprogramme bereits Vorschauen und Nachberichte.",
    "Texto generado automáticamente con IA, según denunció el sindicato.",
    "What I'm looking for is a 1,500-word essay on urban housing, due Friday.",
    "I've never written a poem before. Here goes:",
    "この記事のベースは私が書きました。",
    "Our reporter asked ChatGPT to predict the match, and the result was laughable.",
    # batch 77 (stop 26)
    # team-written guards of the batch-77 AI-voice rules (stop 26): news about AI voices, voice clones and scam
    # calls, reported bulletins and audiobooks, a fact-check's video that "uses an AI voice to imitate …", a
    # product feature, human narration credits
    "The scammers used an AI voice clone of her grandson to ask for bail money.",
    "Police said the call was made by an AI-generated voice imitating the company's chief executive.",
    "The robocall, which used an AI-generated voice of President Biden, urged voters to stay home.",
    "Die Betrüger nutzten eine KI-Stimme, die der Tochter täuschend ähnlich klang.",
    "Der Anruf wurde von einer KI-Stimme geführt, sagte die Polizei.",
    "Vorgelesen wird die Nachricht von einer KI-Stimme, berichtet der Sender.",
    "El audio utiliza una voz generada por IA para imitar al presidente, según los verificadores.",
    "Este vídeo utiliza una voz generada por IA que imita a la cantante.",
    "La estafa utiliza una voz generada por IA para suplantar a familiares.",
    "Cette arnaque utilise une voix de synthèse pour imiter un proche.",
    "詐欺グループはAI音声合成で家族の声を再現していた。",
    "ナレーションにAI音声合成を使う放送局が増えている。",
    "Radio stations are testing AI voices to read the overnight news bulletins.",
    "Each bulletin is read by an AI voice, the station's manager said.",
    "The audiobook is narrated by an AI voice, which angered voice actors.",
    "Voice actors say their voices were cloned without consent.",
    "Die Hörbücher werden inzwischen von einer KI-Stimme vorgelesen, kritisiert der Verband.",
    "Narration: Jane Smith",
    "ナレーション：山田太郎",
    "The ad's narration: an AI voice clone of the late actor, critics said.",
    "Every page is read aloud by an AI voice in Amazon's new Kindle app.",
    "In der neuen App wird jede Seite von einer KI-Stimme vorgelesen.",
    "Vorgelesen werden die Texte von einer KI-Stimme, die dem Moderator täuschend ähnlich klingt.",
    "Stimme: KI-Stimme des verstorbenen Schauspielers sorgt für Empörung",
    "Voice: AI is changing how we listen to the news",
    # batch 79 (stop 26)
    # team-written guards of the batch-79 rules (stop 26): recipes made by a person, in a test or found online, third
    # parties letting a chatbot make plans, news of others' AI pictures and recipes, a picture above flagged by a
    # detector, answers that were not edited, an experiment's AI poem (classifier exception), ja articles about AI
    # recipes
    "This recipe was created by Chef John Smith.",
    "The recipe he made with ChatGPT was inedible.",
    "Esta receita foi criada durante testes automatizados E2E do Queimando Panela.",
    "Dieses Rezept wurde online gefunden.",
    "Dieses Rezept wurde von meiner Oma erstellt.",
    "Researchers let ChatGPT create workout plans for 50 volunteers.",
    "We asked ChatGPT why it refused to create a meal plan.",
    "Here are the mistakes Google's AI made last year.",
    "Here are five things our AI team learned this year.",
    "The answers have not been edited.",
    "De antwoorden zijn door de redactie ingekort.",
    "The image above shows a robot writing a recipe.",
    "The image above was flagged by an AI detector.",
    "The photo the suspect made with Midjourney went viral.",
    "Researchers asked Midjourney to illustrate their findings.",
    "Il giornalista ha chiesto a Gemini di disegnare un'immagine del Papa.",
    "Le immagini del Papa in piumino sono state generate con Midjourney.",
    "El resultado fue un poema generado por IA que ganó un concurso.",
    "The AI recipe app Spoonful lets users generate recipes from photos of their fridge.",
    "Many food bloggers now let AI create their meal plans, a survey found.",
    "AI-generated recipes are flooding Pinterest, experts warn.",
    "Ce programme a été créé par l'université avec le soutien de l'IA Act.",
    "このレシピはAIについての記事で紹介されました。",
    "AIが作ったレシピを紹介します。",
    "They had Midjourney do the illustrations, and they are spectacular!",
    "Priya Krishna tried making a Thanksgiving meal using AI.",
    # (review, stop 26: a note that names no AI is no disclosure; a human interview says the same)
    "Neither the questions nor the answers were edited.",
    # batch 80 (stop 26)
    # team-written guards of the batch-80 rules (stop 26): a third person or a fake-news request to a chatbot, a
    # Tagalog relative clause and a video, a Thai fact-check, a clause after "translated by AI", rules against AI works
    # (classifier exception), a hi fact-check verdict
    "Ia meminta ChatGPT untuk menulis berita tentang banjir.",
    "Saya meminta ChatGPT untuk menulis berita palsu, tetapi ia menolak.",
    "Mababasa nila ang simpleng buod ng batas na ginawa ng AI.",
    "Ang video ay ginawa ng AI ayon sa fact-checkers.",
    "ภาพที่กำลังถูกแชร์ถูกสร้างโดย AI",
    "Artikel yang diterjemahkan oleh AI itu penuh kesalahan.",
    "ஏஐ மூலம் உருவாக்கப்பட்ட படைப்புகள் ஏற்றுக்கொள்ளப்படாது.",
    "एआई से बनाई गई रचनाएँ स्वीकार नहीं की जाएंगी।",
    "मूलतः, यह एआई से बनाया गया है।",
    # batch 81 (stop 26)
    # team-written guards of the batch-81 rules (stop 26): uz/ka/hy/sq/mk/be/ru/uk/sl/hr/sr/tr news about AI-made
    # texts and pictures, third parties writing or developing with AI, co-authorship with AI in the third person,
    # a sentence about a bulletin on AI
    "Sun’iy intellekt tomonidan yaratilgan rasmlar ijtimoiy tarmoqlarda keng tarqaldi.",
    "Ekspertlar sun’iy intellekt yordamida yaratilgan matnlarni aniqlash qiyinligini ta’kidlamoqda.",
    "Bu maqola sun’iy intellekt haqida.",
    "Ushbu kompaniya sun’iy intellekt yordamida yangi xizmat yaratdi.",
    "ხელოვნური ინტელექტის მიერ შექმნილი სურათები სოციალურ ქსელებში ვირუსული გახდა.",
    "მკვლევრების თქმით, ხელოვნური ინტელექტის მიერ დაწერილი ტექსტების ამოცნობა რთულია.",
    "გაზეთმა ხელოვნური ინტელექტის მიერ შექმნილი სტატიები გამოაქვეყნა.",
    "Արհեստական բանականության կողմից ստեղծված նկարները տարածվել են համացանցում։",
    "Փորձագետները նշում են, որ արհեստական բանականության միջոցով գրված տեքստերը դժվար է տարբերել։",
    "Լրագրողը հոդված է գրել արհեստական բանականության մասին։",
    "Studiuesit thonë se teksti i gjeneruar nga AI mund të dallohet lehtë.",
    "Kompania ka krijuar një aplikacion me inteligjencë artificiale që shkruan lajme.",
    "Pamjet e krijuara me inteligjencë artificiale u përhapën në rrjetet sociale.",
    "Teksti i gjeneruar nga AI po përdoret gjithnjë e më shumë nga studentët.",
    "Владата објави дека новата платформа е развиена со помош на вештачка интелигенција.",
    "Студентите пишуваат есеи со помош на вештачка интелигенција, велат професорите.",
    "Вештачката интелигенција создаде текст кој го објави весникот.",
    "Пісьменнік выпусціў кнігу ў суаўтарстве са штучным інтэлектам.",
    "Писатель выпустил роман в соавторстве с нейросетью.",
    "Музикант створив альбом у співавторстві зі штучним інтелектом.",
    "Podjetje je svoj izdelek razvilo s pomočjo umetne inteligence.",
    "Projekt je bil razvit s pomočjo umetne inteligence, so povedali na ministrstvu.",
    "Istraživači ističu da su tekstovi napisani pomoću umjetne inteligencije lako prepoznatljivi.",
    "Ministar je rekao da su svi testovi provedeni uz pomoć umjetne inteligencije.",
    "AI generisane slike preplavile su društvene mreže.",
    "Slike generisane veštačkom inteligencijom sve su uverljivije.",
    "Gazete, yapay zekanın yazdığı haberleri yayınlıyor.",
    "Yapay zekanın ürettiği haberler okuyucuları şaşırttı.",
    "Bu bülten yapay zeka hakkında son gelişmeleri içeriyor.",
    "Şirket, yapay zekanın yazdığı metinleri aşağıdaki gibi sınıflandırdı.",
    # batch 82 (stop 26)
    # team-written guards of the batch-82 rules (stop 26): ar negated or subject-less AI-made content, a human
    # agent, a product named in news, summary buttons, a fact-check caption with a dash, fa AI pictures shared by
    # others and a normative "people should know that", he a picture and users' AI text, ckb a picture and a
    # sentence about AI, fa/he prose openers
    "هذا المحتوى ليس مولدا بالذكاء الاصطناعي.",
    "وليس مزرعة محتوى مولدة بالذكاء الاصطناعي.",
    "تم إنشاء هذا المحتوى بواسطة فريق التحرير.",
    "اشترت الشركة منصة QalamAI العام الماضي.",
    "توليد ملخص بالذكاء الاصطناعي",
    "اضغط هنا للحصول على ملخص بالذكاء الاصطناعي.",
    "صورة مولدة بالذكاء الاصطناعي - انتشرت على مواقع التواصل",
    "تصاویری که به‌طور خودکار توسط هوش مصنوعی تولید شده‌اند در شبکه‌ها منتشر شد.",
    "وزیر گفت مردم باید مطلع باشند که این ویدیو توسط هوش مصنوعی ساخته شده است.",
    "הנה התמונה שנוצרה באמצעות בינה מלאכותית.",
    "המשתמשים פרסמו טקסט שנוצר באמצעות בינה מלאכותית.",
    "ئەم وێنەیە لەلایەن زیرەکی دەستکردەوە دروست کراوە.",
    "زیرەکی دەستکرد دروست کراوە بۆ یارمەتیدان.",
    "البته، در اینجا باید اشاره کرد که این موضوع مهم است.",
    "כמובן, הנה הסיבה שבגללה הוא עזב.",
    # batch 83 (stop 26)
    # team-written guards of the batch-83 rules (stop 26): news and help pages describing or quoting review-summary and
    # platform labels, news clauses and headlines on AI-made things, a detector question, a badge option, a product
    # pitch, a rule requiring a quoted wording
    "Amazon now marks these blurbs “AI-generated from the text of customer reviews” under the star rating.",
    "Amazon's review highlights are AI-generated from the text of customer reviews, the company said in a blog post.",
    "Amazon a commencé à afficher des résumés générés par IA à partir des commentaires clients.",
    "Amazon zeigt nun KI-generierte Zusammenfassungen aus Kundenrezensionen an.",
    "The AI-generated review summary was criticised by sellers for highlighting rare complaints.",
    "Amazonは、カスタマーレビューをもとにAIが要約を生成する機能を米国で導入したと発表した。",
    "YouTube now shows an altered or synthetic content label on videos.",
    "Creators must disclose when their video includes altered or synthetic content, YouTube said.",
    "The label reads: Sound or visuals were significantly edited or digitally generated.",
    "If a video includes altered or synthetic content, YouTube adds a note to the description.",
    "TikTok shows a “Creator labeled as AI-generated” tag when the toggle is on.",
    "Videos that creators labeled as AI-generated get a tag under the username.",
    "All content on the platform is generated by AI, critics say.",
    "All content on NewsGPT is generated by AI, according to its founder.",
    "The site claims that all content published on it is generated using AI tools.",
    "YouTube's new label says the sound or visuals were significantly edited or digitally generated.",
    "Under YouTube's policy, content that is altered or synthetic must be disclosed.",
    "Created with AI, the image spread quickly on social media.",
    "Creado con IA, el video se volvió viral en pocas horas.",
    "Canciones hechas con IA: qué dice la ley sobre los derechos de autor",
    "Música hecha con IA: así funciona la nueva herramienta de Google",
    "Nepvideo gemaakt met AI",
    "Video falso hecho con IA",
    "Meta will label images “Made with AI” when it detects industry-standard indicators.",
    "Instagram ersetzt das Label „Mit KI erstellt“ durch „KI-Info“.",
    "Instagram remplace l'étiquette « Créé avec l'IA » par « Info IA ».",
    "L'etichetta «Creato con l'IA» compare sotto il nome dell'utente.",
    "O selo \"Feito com IA\" aparece abaixo do nome do perfil.",
    "Het label 'Gemaakt met AI' verschijnt boven de foto.",
    "Researchers asked whether this answer was generated by AI or written by a student.",
    "We checked if this answer was generated by AI.",
    "Amazonの規約では、AIによって生成されたコンテンツの責任は利用者が負う。",
    "KI-Bild-Kennzeichnung aktivieren – fügt ein „KI-generiert“-Label unter dem Beitragsbild hinzu",
    "AI image label – adds an \"AI-generated\" badge to the featured image",
    "Write blog posts faster with our AI Assistant",
    "Create stunning images in seconds with Midjourney",
    "Schreibe Texte schneller mit KI",
    "Bij gebruik van AI is de vermelding 'Gemaakt met AI' verplicht.",
    "Content made with AI tools — label \"AI-generated\" required.",
    "Ambos vídeos fueron creados con IA.",
    "The videos were made with AI.",
    # batch 84 (stop 26)
    # team-written guards of the batch-84 rules (stop 26): af negated or reported AI writing and translation, an AI
    # picture in a fact-check, news about students, services and AI content; sw news with "kwa msaada wa AI" and a
    # verb, "Hakika" opening a plain sentence, "Hii hapa" before a picture; ha a tool's offer led by a verb, news
    # about reporters writing with AI help, a summary heading about AI
    "Hierdie artikel is nie deur KI geskryf nie.",
    "Die koerant het gesê dat baie artikels deur KI geskryf word.",
    "Navorsers sê tale word deur KI vertaal met groter akkuraatheid as ooit tevore.",
    "Dit is 'n KI-gegenereerde foto wat op sosiale media versprei is.",
    "Die foto is KI-gegenereer, het die feitekontroleerders bevind.",
    "Die polisie het gewaarsku dat KI-gegenereerde inhoud al hoe meer gebruik word om mense te bedrieg.",
    "Google sê sy nuwe diens vertaal tekste met behulp van kunsmatige intelligensie.",
    "Volgens die minister word vertalings deur KI gegenereer in baie staatsdepartemente.",
    "Die vertaling is deur KI gegenereer, het die uitgewer erken.",
    "Makala kwa msaada wa AI zimeongezeka katika vyombo vya habari nchini Kenya.",
    "Ripoti kwa msaada wa AI inaweza kuwa na makosa, alisema waziri.",
    "Mapendekezo kwa msaada wa wataalamu yalitolewa jana na wizara.",
    "Hakika, hii ni hatua kubwa kwa teknolojia ya akili bandia nchini Tanzania.",
    "Hii hapa ni picha ya rais akiwa Dodoma jana.",
    "Wasu 'yan jarida sun fara rubuta labarai da taimakon AI a Kano.",
    "Takaitaccen bayani kan yadda ake amfani da AI a makarantu.",
    "Jaridan ya wallafa labarai da aka rubuta da taimakon AI.",
    # batch 86 (stop 26)
    # team-written guards of the batch-86 rules (stop 26): news about others' chatbot texts and AI pictures, headings
    # about a chatbot, a third party's decision, video and copy-editing credits naming people or topics, captions with a
    # verb, cs news on AI pictures, nl credits of news agencies
    "Het essay dat de student inleverde was geschreven door ChatGPT.",
    "Het artikel dat de krant publiceerde was geschreven door ChatGPT, bleek later.",
    "The speech the senator gave was written by ChatGPT, his office admitted.",
    "The essay that the student submitted was written by ChatGPT.",
    "The letter that they sent to the court was written by ChatGPT, the judge found.",
    "Here's a poem by ChatGPT's biggest critic.",
    "Een kerstverhaal dankzij ChatGPT?",
    "Ecco una storia di ChatGPT che fa discutere?",
    "Ecco perché ChatGPT suggerisce risposte sbagliate.",
    "Questo è quello che suggerisce la ricerca su ChatGPT.",
    "Esto es lo que propone el Gobierno sobre ChatGPT.",
    "C'est ce que propose le ministre pour encadrer ChatGPT.",
    "Kazanie z ChatGPT?",
    "Ksiądz wygłosił kazanie napisane przez ChatGPT, donoszą media.",
    "Artykuł o ChatGPT i przyszłości Kościoła.",
    "List biskupów w sprawie ChatGPT.",
    "Tekst został skopiowany z ChatGPT przez studenta.",
    "Decidi usar a IA para produzir textos para clientes.",
    "O padre decidiu usar a inteligência artificial para escrever este texto, diz o jornal.",
    "I decided to use AI to write code for my startup.",
    "Ho deciso di usare l'IA per scrivere questo testo? No.",
    "We decided to use AI to detect this kind of article.",
    "Video: Die Zukunft der KI",
    "Video: Google stellt NotebookLM vor",
    "Video: So funktioniert NotebookLM im Unterricht",
    "Podcast: Was kann NotebookLM?",
    "Video: Interview mit dem Synthesia-Gründer",
    "Copidesque: Maria Silva",
    "Revisão: João Souza",
    "Proofreading: why ChatGPT fails at it",
    "Korekta: Anna Nowak",
    "Here are the AI-generated images that fooled the internet.",
    "The following is a list of AI-generated images that went viral.",
    "What follows is a story about AI-generated images in politics.",
    "Below is a chart showing the rise of AI-generated images online.",
    "Enjoy the show, said the critics of AI-generated art.",
    "Realizzata con l'intelligenza artificiale, la foto del Papa in piumino ha fatto il giro del mondo.",
    "Creata con l'IA, l'immagine falsa è stata condivisa migliaia di volte.",
    "Generate con l'intelligenza artificiale, le immagini hanno ingannato molti utenti.",
    "Secondo la polizia, la foto è stata creata a partire da una foto vera con l'IA.",
    "Realizzato con l'IA un nuovo farmaco a partire da dati clinici.",
    "Per KI erzeugte Bilder überschwemmen das Netz.",
    "Mit KI erstellte Bilder sind oft schwer zu erkennen.",
    "Durch KI generierte Fotos: Wie erkennt man sie?",
    "Mit KI erzeugte Wahlplakate sorgen für Streit in der Stadt.",
    "Von KI erstellte Inhalte nehmen zu.",
    "AI vytvořila obrázky papeže v bundě, které oklamaly internet.",
    "Umělá inteligence vytvořila obrázky, které vyhrály soutěž.",
    "AI připravila obrázky na téma války, tvrdí experti.",
    "AI vygenerovala fotografie politiků.",
    "AI nakreslila obrázek kočky.",
    "Beeld ANP",
    "Het bedrijf achter Midjourney groeit. Beeld: Reuters",
    "Beeld Sora van OpenAI",
    "The following are three AI-generated images experts flagged as fake.",
    "What follows is an investigation into AI-generated images of the war.",
    "I decided to use AI to write this? Never.",
    "Below are three AI-generated images experts flagged as fake.",
    # batch 85 (stop 26)
    # team-written guards of the batch-85 rules (stop 26): third parties using AI to write, negated,
    # conditional or question forms, a writing verb without a text object, "about AI" reading, pictures and
    # police statements, prompts typed by someone else, a letter's or a book's author, a ministry's answer,
    # a screenshot caption, a caption inside a sentence, a lone pl texts line
    "Students use ChatGPT to write their essays.",
    "I would never use AI to write my column.",
    "Do I use AI to polish my writing?",
    "Every essay submitted to the contest was written with the help of AI, the teacher said.",
    "Every article on this site is written by humans, not AI.",
    "No utilizo la IA para redactar mis columnas.",
    "¿Uso IA para escribir?",
    "Uso ChatGPT para redactar correos electrónicos.",
    "Muchos estudiantes utilizan la IA para redactar sus trabajos.",
    "El profesor dice que utiliza la IA para redactar exámenes.",
    "KI er blitt en del av hverdagen for mange.",
    "Jeg bruker ikke KI i skriveprosessen.",
    "ChatGPT har blitt en del av skriveprosessen for mange studenter.",
    "Alles, was Sie über KI gelesen haben, ist falsch.",
    "Diese wurden von einer KI erstellt, wie die Polizei mitteilte.",
    "Se lo ha proporcionado un programa de inteligencia artificial, según la policía.",
    "Me lo ha dado mi abuela.",
    "Er tippte seine Frage in das Eingabefenster des Chatbots: Schreibe ein Gedicht.",
    "Der Verfasser des Briefes bat ChatGPT: „Schreibe einen Text über den Bürgermeister“.",
    "Das hat er bei ChatGPT eingegeben.",
    "Voici la réponse que nous a envoyée le ministère.",
    "Illustration : capture d'écran de ChatGPT",
    "Une illustration par ChatGPT montre un chat.",
    "Teksty zostały wygenerowane przez ChatGPT.",
    "The newspaper said every story on this site was written with the help of reporters.",
    "Researchers use AI to improve their writing, a study finds.",
    "Many columnists now use ChatGPT to polish their prose.",
    "ChatGPT can help you edit your essays, the company says.",
    "La IA puede ayudar a redactar textos, dicen los expertos.",
    "Des journalistes utilisent ChatGPT pour rédiger leurs articles.",
    "Die KI schreibt Texte, die wie von Menschen verfasst wirken.",
    "Image by Getty Images",
    "Photo by John Smith",
    "I am not using AI to polish my writing.",
    "Todo lo que ha leído hasta aquí lo han escrito periodistas.",
    "Alles, was Sie bis hier gelesen haben, hat eine KI nicht geschrieben.",
    "Wir geben unsere Anweisung an die KI: Schreibe ein Gedicht über den Frühling.",
    "Der Autor des Buches fragte ChatGPT: „Schreibe einen Text über Liebe“.",
    "I use AI to edit my photos.",
    "Every article on this site was written by our reporters, not with the help of AI tools.",
    "Illustration par Paul Jorion",
    "Image par Gemini Dupont et Marc",
    # batch 87 (stop 26)
    # team-written guards of the batch-87 rules (stop 26): news on AI pictures, AI summaries and minutes, machine
    # translation and easy-language plans, a fact-check's clause after "modified with AI", Italian news openers with
    # "Ecco la proposta", a proposal for the post office, a text about machine translation (hi) and a plan (hi)
    "This AI-generated image of the Pope in a puffer jacket went viral last year.",
    "This AI-generated image is based on a real photograph taken in Gaza, fact-checkers found.",
    "The summary was generated by AI and contained several errors, the BBC said.",
    "The minutes were created by an AI tool that the council is testing, officials said.",
    "Critics say Google Translate offers machine translations that are often wrong.",
    "Ecco la proposta del governo sulle pensioni, con un tono più conciliante.",
    "Ecco una proposta per il post-pandemia: più fondi alla sanità.",
    "Ein Computer hat den Text übersetzt, sagte der Forscher.",
    "Die Stadt will Texte künftig mit KI in Leichte Sprache übersetzen.",
    "La imagen original circuló en redes sociales antes de ser modificada con IA por usuarios anónimos.",
    "El video original fue modificado con IA para mostrar al candidato bailando.",
    "यह लेख मशीन अनुवाद की सीमाओं पर है।",
    "सरकार ने कहा कि वेबसाइट का स्वचालित अनुवाद जल्द शुरू होगा।",
    "The police said the AI-generated image was based on witness statements, but critics questioned it.",
    "Here is a proposal for the post office, drafted in a conciliatory tone by the union.",
    "Voici une proposition de loi pour ton quartier.",
    "The county is testing an AI tool that summarises meetings.",
    # stop 27 (batch 88): a guess or hearsay about how something was made, in any of six languages
    "The photo was apparently generated with Midjourney, fact-checkers said.",
    "The column appears to have been written by ChatGPT.",
    "The letter may have been drafted with an AI tool, the judge wrote.",
    "Das Foto wurde vermutlich mit KI erstellt.",
    "Cette image semble avoir été générée par une IA.",
    "La imagen fue presuntamente generada con inteligencia artificial.",
    # stop 41 (batch 94): a person named Claude, a translation a news story prints, a detector's guess in Korean
    "This portrait was painted by Claude Monet in 1872.",
    "Here is a translation of his statement, released by the ministry:",
    "Voici la traduction de son message :",
    "이 사진은 AI로 생성되었을 가능성이 높습니다.",
    # stop 42 (batch 96): a company as author, an exhibition's images, a dash opening a line of dialogue
    "By Stability AI",
    "Midjourney can make images such as those in the exhibition.",
    "— Puedo ayudarte con eso, como modelo de lenguaje, dijo el personaje.",
    # stop 42 (batch 97): a news page's revised bill, an app's new version
    "Voici la version révisée du projet de loi :",
    "Hier ist die neue Version der App.",
    # stop 42 (batch 98): a person who cannot come, a style guide naming the phrases to cut
    "Es tut mir leid, aber ich kann am Montag nicht kommen.",
    "Lo siento, pero no puedo ir a la reunión.",
    "Cut stock phrases such as *As an AI language model* and *as of my last update* before publishing.",
    # stop 42 (batch 99): a company's sign-off, a satire site's label, a denial and a human author (the classifier's
    # sentences), a quoted citation marker's look-alike
    "If you have any questions or need further assistance, please contact our support team.",
    "This article is fictional.",
    "This summary of the council meeting was not generated by AI.",
    "Unlike the AI-written digests on this site, this post was written by a human.",
    # stop 42 (batch 101): a fact check's "not AI-generated", a chatbot's words named in a code span
    "This photo is not AI-generated, the agency said.",
    "Models often open with a line like `Certainly! Here is the article you requested:` before the text.",
    # stop 42 (batch 102): a stock agency's credit under a picture of AI
    "Ilustrasi kecerdasan buatan AI/Foto: Getty Images/iStockphoto",
    # stop 43 (batch 103): others' pictures made with AI (hu)
    "A mesterséges intelligencia segítségével készült képek terjednek a közösségi médiában.",
    # stop 43 (batch 105): a how-to on a product's AI output
    "You can regenerate the AI-generated caption from the editor's menu.",
    # stop 43 (batch 107): a company's AI-made product
    "同社は生成AIを活用して作成した広告を公開しています。",
    # stop 43 (batches 111-112): a past test, a translation a story prints
    "Last week we generated an image with AI to test the tool.",
    "Here is the translation of the letter:",
    # stop 43 (batch 113): a reporter's byline over a data story
    "Story written by Jane Smith based on data from the county.",
    # stop 43 (batch 115): another's AI pictures, a kind of voice named, a thumbnail's specification
    "I noticed that they used AI-generated images to illustrate their posts.",
    "No se debe utilizar una voz generada por inteligencia artificial.",
    "- Miniatura generada con IA visual y texto superpuesto legible.",
    # stop 43 (batch 117): what a chatbot would have written, another's song co-written with one
    "Claude could have written this faster, but I wanted to write it myself.",
    "The band released a song co-written with ChatGPT last year, the report said.",
    # stop 43 (batch 120): a report on someone else's picture that circulated
    "An AI-generated image of the pope in a puffer jacket went viral last week.",
    # stop 43 (batch 119): a method that translates with the help of a language model
    "Explanations are translated into natural language with the assistance of a large language model.",
    # stop 44 (batch 121): others leaning on AI, a picture's line closed by its painter
    "Many students relied on AI to write their essays, the survey found.",
    "Water lilies at dawn - painted by Claude Monet",
    # stop 44 (batches 122, 124, 125): others' use, a human source, an ordinary credit, a title that is no chatbot's
    "Die Firma hat sich von künstlicher Intelligenz nicht unterstützen lassen.",
    "We asked readers to write in with their memories of the flood.",
    "The following comes courtesy of the city council.",
    "The boom is largely the product of AI investment.",
    "Photo: Reuters",
    # stop 44 (batch 127): a Romanian denial, "de mai sus" (above) is no Italian "mai" (never) but a denial stays one,
    # a newspaper's report on someone else's machine translation
    "Nu am scris acest articol cu ajutorul ChatGPT.",
    "Precizez că datele de mai sus sunt corecte.",
    "Az újság szerint a hírt gépi fordítással fordították le.",
    # stop 44 (batch 129): a gloss of another paper's label
    "The caption translates as: Image generated by AI.",
    # stop 44 (batch 130): "AI" inside "OpenAI" in a Japanese how-to article, a game children made
    "この記事では、OpenAIが推奨するプロンプト作成のコツを解説します。",
    "Il gioco realizzato dai bambini è bellissimo.",
    # stop 44 (batch 132): a blogger testing a chatbot, a picture made with an ordinary tool
    "I asked Gemini to write some knitting patterns.",
    "I used Photoshop to create the header image for this post.",
    # stop 44 (batch 132): a writer who stopped using AI pictures, or came across someone else's post with one
    "Last year I stopped using DALL-E images for my thumbnails.",
    "I came across a post with an AI-generated header image.",
    # stop 44 (batch 134): an instruction to check a summary an AI made
    "Review the AI-generated summary against the original recording before you publish.",
    # stop 45 (batches 135, 136, 138): other people's AI text, code or video; a bill's first draft; the AI denied
    "Many news articles are now written by AI.",
    "Når koden er delvis generert av KI, må testene være gode.",
    "Jeg skjønte at videoen var generert av AI.",
    "The first draft of the bill was written by ChatGPT, lawmakers said.",
    "Claude did not write this essay.",
    # stop 45 (batches 139, 140, 142): pictures that surfaced online; the reader's code written with AI's help; AI-made
    # pictures that are not text
    "Gestern sind Bilder aufgetaucht, die Nutzer mit Hilfe von Midjourney erstellt haben.",
    "Prendi il codice scritto ieri con l'aiuto dell'IA e rileggilo.",
    "The thumbnails are AI-generated.",
    # stop 45 (batches 143, 144, 146): a work habit summarised with a chatbot; a pl condition; a chatbot's answer label
    "I used ChatGPT to summarize my notes before the meeting.",
    "Jeśli tekst został napisany przy pomocy AI, trzeba to oznaczyć.",
    "Dette svar blev genereret med AI-assistance.",
    # stop 45 review: a photographer or writer whose first name is a chatbot's (the fragment not_a_surname follows
    # Claude in every chatbot list)
    "Image credit: AP/Claude Paris",
    "Dieser Artikel wurde von Claude Müller geschrieben.",
    "Este artículo fue escrito por Claude Pérez.",
    "This article was written by Claude Jones.",
    "Artikkelen er skrevet av Claude Hansen.",
    # stop 45 review: AI helping others write other texts
    "AI has helped doctors write reports.",
    "AI helped write the bill, critics said.",
    # stop 46: an account made with a tool, a third person's summary request, a news sentence on translation apps
    "I created an account with Midjourney last year.",
    "The students asked ChatGPT to summarize the novel, the teacher said.",
    "Bu uygulama metinleri yapay zeka ile çeviriyor.",
    "I didn't use ChatGPT to write this column.",
    "I asked ChatGPT whether it could write poetry.",
    "She said she used Midjourney for the poster.",
    "Die Verträge wurden absichtlich nicht maschinell übersetzt.",
    "El alcalde compartió una imagen generada por inteligencia artificial (IA) en redes.",
    "Todos los commits cuentan, sin importar si el código fue generado con ayuda de IA.",
    "The students asked the AI to draw their school.",
    # stop 46 review: a fact-check's verdict that the picture is not real, a picture shared on social media
    "The photo was generated by AI and is not authentic.",
    "Bu görsel yapay zeka ile üretilmiştir ve gerçek değildir.",
    "Sosyal medyada yayılan bu görsel yapay zeka ile oluşturulmuştur.",
    "Fans asked ChatGPT for its prediction.",
    # stop 46 review: templates with unfilled lower-case slots (issue 14: an acknowledgement template)
    "This column was drafted with the help of [AI tool].",
    "Este texto fue generado con ayuda de IA para alumnos de [nivel].",
    # stop 47: pupils' or hackers' use of a chatbot, a tool that uses one, a detected AI voice, an attributive
    # participle, a freelancer's offer
    "Uczniowie napisali wypracowania z pomocą ChatGPT.",
    "Hackerii au creat programe malware cu ajutorul ChatGPT.",
    "Ein Tool, das mit Hilfe von ChatGPT Bewerbungen erstellt.",
    "Voz generada por IA detectada en la llamada.",
    "Песня, написанная нейросетью, стала хитом.",
    "¿Quieres que te ayude a crear tu web?",
    # stop 47 (batches 171-174): a voice that may be AI-made, a plain offer to answer questions, a Spanish denial and
    # students' use, a Swahili question, officials' claim about a video
    "यह आवाज़ AI से बनाई गई हो सकती है",
    "N'hésitez pas à me dire si vous avez des questions.",
    "No he escrito este artículo con ayuda de ChatGPT.",
    "Los estudiantes escribieron sus ensayos con ayuda de ChatGPT.",
    "Je, hii ni picha halisi au imetengenezwa na AI?",
    "अधिकारियों का कहना है कि वीडियो AI द्वारा बनाया गया है।",
    "Students used AI to generate images of historic events, the teacher said.",
    "I asked my neighbour to make something suitable.",
    "Adobe added Generative Fill to Photoshop last year.",
    # stop 48 (batches 178-180): offers to fetch or drive someone, a report on another app, a quoted greeting example,
    # pictures an AI made for someone else, a question on homework, a negation
    'Vill du att jag hämtar dig vid stationen?',
    'Czy chcesz, żebym cię odwiózł?',
    'Wil je dat ik je ophaal?',
    'Хотите, чтобы я помог?',
    'Google says all articles in the app are summarised by AI.',
    'Use a greeting such as “Hello [First Name],” to open.',
    'De afbeeldingen die AI maakte voor de campagne zijn omstreden.',
    '如果在AI的帮助下完成作业，会被扣分吗？',
    'Texten är inte skriven med hjälp av ChatGPT.',
    # stop 48 (batches 182-184): a reported AI picture, someone else's cover credited in parentheses, a chart tool, a
    # plan to machine-translate, a note on what others showed
    "The image was generated by Artificial Intelligence, critics said.",
    "The cover (created with Midjourney) sparked a debate.",
    "Chart generated with Datawrapper.",
    "De artikelen zullen machinaal vertaald worden.",
    "In the livestream they showed a sound bot (music generated with Suno).",
    # stop 49 (batches 191-197): a source line's title, an id question, a ro report, a pl comparison, offers of a
    # paper or cheaper version, a lift, a Ukrainian shop's "of course"
    'Fonte: ChatGPT Plus pricing page',
    'Apakah esai ini ditulis dengan bantuan AI?',
    'O imagine generată de inteligența artificială a devenit virală.',
    'Nie jest to tekst przetłumaczony automatycznie.',
    'Jeśli chcesz wersję papierową, napisz do nas.',
    'Si quieres una versión más barata, elige el plan básico.',
    'Avísame si quieres que te recoja en la estación.',
    'Звичайно! Ось наш розклад на тиждень.',
    # stop 49 (batches 199-201): a coffee offered, a plain offer of help, a rule, a report of an AI picture
    'Si tu veux, je peux te préparer un café.',
    'Soll ich dir helfen?',
    'All submissions must not be produced using AI.',
    'Ang larawan ay ginawa ng AI, ayon sa mga eksperto.',
    # stop 49 review: a business offer, a friend's help
    'Wenn Sie möchten, kann ich Ihnen ein Angebot erstellen.',
    'Wenn du willst, kann ich dir morgen beim Umzug helfen.',
    # stop 50: an opener with no AI use, or none at all, or the journal's form; a product; an AI voice in news;
    # a detector's verdict; ordinary offers; hypothetical figures with no missing input
    'During the preparation of this work, the authors interviewed AI researchers at three universities.',
    'Durante la preparación de este trabajo no se utilizó ninguna herramienta de inteligencia artificial.',
    'Speech to Text for Android lets you dictate messages.',
    'The robocall was read by an AI voice mimicking the president.',
    'The detector says this text was generated by AI with a probability of 87%.',
    'Voulez-vous que je vous propose un rendez-vous mardi ?',
    'Wil je dat ik het eten maak?',
    'The figures provided are hypothetical and for illustration only.',
    'During the preparation of this work the author(s) used the following AI tool(s)/service(s):',
    # stop 50, round 2: ordinary offers (pl/bg/hu), a picture in news about fakes, a French acknowledgement
    # form, a place name, a description checked against an installer
    'Jeśli chcesz, mogę cię odebrać z dworca.',
    'Ако искаш, мога да дойда утре.',
    'Ha szeretnéd, szívesen elviszlek.',
    'Das Bild wurde mit künstlicher Intelligenz erstellt, wie Faktenchecker zeigten.',
    'Je reconnais avoir utilisé [outil] le [date] pour [objectif].',
    'De Paris à Lyon et IA',
    'Diese Beschreibung wurde mit dem Installer abgeglichen.',
])
def test_real_and_hard_negatives_give_nothing(audit, text):
    assert audit(text) == []


@pytest.mark.parametrize(("text", "rule", "kind"), [
    # other wordings of the families tuned on found batches (and the plain forms of batch-60 exceptions): each is found
    # by its rule with its kind
    # batch 60: without the example idiom or a language-code prefix the same wordings stay disclosures
    # ("NB:" is nota bene)
    ("Le pedimos a ChatGPT que redactara un artículo sobre la Estación Espacial MIR.", "disclosure.ai-generated",
     "generated"),
    ("NB: Este artículo se ha elaborado con ayuda de inteligencia artificial.", "disclosure.ai-assisted", "assisted"),
    # batch 62: the newsletter wordings in the other languages of the pattern
    ("Deze nieuwsbrief is gegenereerd door AI.", "disclosure.ai-generated", "generated"),
    ("Este boletín fue generado por inteligencia artificial.", "disclosure.ai-generated", "generated"),
    ("Questa newsletter è scritta con l'aiuto dell'intelligenza artificiale.", "disclosure.ai-assisted", "assisted"),
    ("This newsletter was researched, drafted and edited by an autonomous AI agent.", "disclosure.ai-generated",
     "generated"),
    # batch 65: other wordings of the same families (sw perfect passive, zh report, ko code, tr book, vi all pictures
    # by an image tool, tr caption line with another picture noun)
    ("Utabiri huu umetengenezwa na AI kwa kila mechi.", "disclosure.ai-generated", "generated"),
    ("本報告為AI輔助生成，僅供參考。", "disclosure.ai-assisted", "assisted"),
    ("코드는 AI의 도움을 받아 작성했습니다.", "disclosure.ai-assisted", "assisted"),
    ("Bu kitap yapay zeka yardımıyla yazılmıştır.", "disclosure.ai-assisted", "assisted"),
    ("Tất cả hình ảnh minh họa được tạo bởi Midjourney.", "disclosure.ai-image", "image"),
    ("Yapay zeka tarafından oluşturulan şehir haritası", "disclosure.ai-image", "image"),
    # batch 66: other wordings of the same families (a chatbot's article reproduced below, a label fragment with the
    # editors' review, a photo for illustrative purposes, a comic drawn by AI, a tool-only caption, the prompt behind
    # the cover, an appositive AI-powered generator, an issue launched today with an AI-generated cover)
    ("The article ChatGPT wrote is reproduced below.", "disclosure.ai-generated", "generated"),
    ("Written from staff reporting using AI with review by our editors.", "disclosure.ai-generated", "generated"),
    ("This photo is AI-generated and is for illustrative purposes only.", "disclosure.ai-image", "image"),
    ("This is my first comic strip, and yes, it was drawn by AI.", "disclosure.ai-image", "image"),
    ("Sunset over the harbour (Midjourney)", "disclosure.ai-image", "image"),
    ("Here is the prompt we used to create the cover: “a red fox in snow.”", "disclosure.ai-image", "image"),
    ("Image created with DreamAI, an AI-powered image generator.", "disclosure.ai-image", "image"),
    ("The Gazette is launching today its spring issue with an AI-generated cover.", "disclosure.ai-image", "image"),
    # batch 67: other wordings of the same families (de transparency note with a named chatbot, a text that came
    # about with help, a machine-translation badge with the source language, the text below written by AI, the
    # writer's and the newsroom's own AI use, a cover-picture label before a semicolon, letting a chatbot write this
    # text, the chatbot's rewrite introduced, a compound description noun translated, AI put into the original
    # picture, automatic creation)
    ("Transparenzhinweis: Diese Analyse wurde mit Gemini erstellt.", "disclosure.ai-generated", "generated"),
    ("Dieser Text ist mit Hilfe von ChatGPT entstanden.", "disclosure.ai-assisted", "assisted"),
    ("Maschinell aus dem Französischen übersetzt", "disclosure.machine-translated", "translated"),
    ("Der folgende Text wurde vollständig von einer KI geschrieben.", "disclosure.ai-generated", "generated"),
    ("Ich verwende ChatGPT beim Schreiben meiner Blogbeiträge.", "disclosure.ai-assisted", "assisted"),
    ("Unsere Redaktion setzt KI-Werkzeuge bei der Übersetzung ein.", "disclosure.ai-assisted", "assisted"),
    ("KI-generiertes Beitragsbild; Symbolbild.", "disclosure.ai-image", "image"),
    ("Lass ich doch ChatGPT diesen Kommentar schreiben.", "disclosure.ai-generated", "generated"),
    ("Das hat ChatGPT aus meinem Entwurf gemacht:", "disclosure.ai-generated", "generated"),
    ("Diese Produktbeschreibung wurde maschinell übersetzt.", "disclosure.machine-translated", "translated"),
    ("Mit KI wurde in das Originalbild ein Regenbogen eingefügt.", "disclosure.ai-image", "image"),
    ("Dieses Tutorial wurde automatisch mit Claude erstellt.", "disclosure.ai-generated", "generated"),
    # batch 68: other wordings of the same families (it code or app made with the help of AI or wholly with it, a
    # participle label, a summary or synthesis made with AI, a picture footer with "visuel", a text generated
    # automatically by an agent, a text by the publisher's own AI assistant)
    ("Questo codice è stato scritto con l'aiuto dell'IA.", "disclosure.ai-assisted", "assisted"),
    ("Questa app è stata sviluppata interamente con l'intelligenza artificiale.", "disclosure.ai-generated",
     "generated"),
    ("Realizzato con l'ausilio dell'IA.", "disclosure.ai-assisted", "assisted"),
    ("Questo riassunto è generato con l'IA.", "disclosure.ai-summary", "summarised"),
    ("Cette synthèse est générée par l'intelligence artificielle.", "disclosure.ai-summary", "summarised"),
    ("Visuel généré par IA.", "disclosure.ai-image", "image"),
    ("Ce texte a été généré automatiquement par un agent.", "disclosure.ai-generated", "generated"),
    ("Dit artikel is geschreven door onze nieuwe AI-assistent.", "disclosure.ai-generated", "generated"),
    # batch 69: other wordings of the same families (a de interview headline, my texts corrected by ChatGPT, the
    # passage above from ChatGPT, a post's title suggested by ChatGPT, a pl post translated automatically, Claude as a
    # writing assistant) and the wordings the exceptions leave alone (a pt caption with a demonstrative, a past-tense
    # note that the newsroom validated it, a label after a quoted headline with no verb, an it caption with the pt
    # fact-check's form)
    ("Interview mit ChatGPT: Was die KI über Politik denkt.", "disclosure.ai-generated", "generated"),
    ("Meine Texte werden von ChatGPT korrigiert.", "disclosure.ai-assisted", "assisted"),
    ("Die obige Passage stammt von ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Den Titel dieses Beitrags hat ChatGPT vorgeschlagen.", "disclosure.ai-generated", "generated"),
    ("Post został automatycznie przetłumaczony.", "disclosure.machine-translated", "translated"),
    ("Ich nutze Claude als Schreibassistenten.", "disclosure.ai-assisted", "assisted"),
    ("Esta imagem foi gerada por IA.", "disclosure.ai-image", "image"),
    ("Cet article a été rédigé avec l’aide de l’IA et validé par un journaliste avant publication.",
     "disclosure.ai-assisted", "assisted"),
    ("\"Titular\", resumen generado por IA.", "disclosure.ai-summary", "summarised"),
    ("L’immagine è stata realizzata con intelligenza artificiale (AI).", "disclosure.ai-image", "image"),
    # batch 70: other wordings of the same families (ko summary notes with a source before the verb or another
    # writing verb, a TL;DR on every article of the writer's site, sv/da captions made with an image tool or AI,
    # a pt label that is not a request)
    ("이 요약은 AI가 사용자 후기를 바탕으로 작성한 것입니다.", "disclosure.ai-summary", "summarised"),
    ("본 요약은 AI가 원문 기사를 읽고 쓴 것으로, 오류가 있을 수 있습니다.", "disclosure.ai-summary", "summarised"),
    ("We put a TL;DR at the top of every article, generated by Claude.", "disclosure.ai-summary", "summarised"),
    ("Bilden är skapad med Midjourney.", "disclosure.ai-image", "image"),
    ("Billedet er lavet med AI.", "disclosure.ai-image", "image"),
    ("Este é um resumo gerado por IA.", "disclosure.ai-summary", "summarised"),
    # batch 71: other wordings of the same families (a service's report and its es form, a report label, a footer after
    # a separator, an en/es text written with ChatGPT's help as an apposition, es/pt picture notes with a hedge, an
    # article as a NotebookLM podcast, es/en summary labels generated automatically) and a wording the sounds-like
    # exception leaves alone (a translation note after the clause it covers)
    ("O relatório é gerado com auxílio de inteligência artificial.", "disclosure.ai-generated", "generated"),
    ("El informe es generado con ayuda de inteligencia artificial.", "disclosure.ai-generated", "generated"),
    ("Relatório gerado com auxílio de IA.", "disclosure.ai-generated", "generated"),
    ("Página 2 de 3 • Gerado com auxílio de IA", "disclosure.ai-generated", "generated"),
    ("This article, written with the help of ChatGPT, explains the law.", "disclosure.ai-assisted", "assisted"),
    ("Este artículo, escrito con la ayuda de ChatGPT, explica la ley.", "disclosure.ai-assisted", "assisted"),
    ("La foto fue creada con IA y podría no reflejar la realidad.", "disclosure.ai-image", "image"),
    ("Esta imagem foi gerada por IA e pode diferir da realidade.", "disclosure.ai-image", "image"),
    ("Escucha este artículo en formato pódcast generado con NotebookLM.", "disclosure.ai-generated", "generated"),
    ("Resumen generado automáticamente", "disclosure.ai-summary", "summarised"),
    ("Automatically generated summary", "disclosure.ai-summary", "summarised"),
    ("Suena a texto traducido por IA, pero este artículo fue traducido por DeepL.",
     "disclosure.machine-translated", "translated"),
    # the stop-25 review's source exceptions leave a publisher's own note alone: its own guidelines named first, and a
    # first-person "say" (real row fs6-0045)
    ("According to our guidelines, this article was written with the help of AI.", "disclosure.ai-assisted",
     "assisted"),
    ("I’ll say the quiet part out loud: I use AI to write parts of this blog.", "disclosure.ai-assisted", "assisted"),
    # the stop-25 review's narrowed exceptions leave these first-party notes alone: the own newsroom closing the line,
    # a bare "no templates", a picture made to illustrate this story, a self-reference before a charter's "must be
    # reviewed"
    ("Ten artykuł został napisany z pomocą sztucznej inteligencji – informuje redakcja.", "disclosure.ai-assisted",
     "assisted"),
    ("Dieser Text wurde mit KI übersetzt, schreibt die Redaktion", "disclosure.machine-translated", "translated"),
    ("This summary was generated by AI — no templates, no manual edits.", "disclosure.ai-summary", "summarised"),
    ("A imagem foi gerada por IA para ilustrar esta matéria.", "disclosure.ai-image", "image"),
    ("Cet article a été traduit avec l'aide de l'IA ; comme tous nos contenus, il doit être relu par un journaliste "
     "avant publication.", "disclosure.machine-translated", "translated"),
    # stop 26: a closing source that is the page's own newsroom or editor keeps the note
    ("Dieser Artikel wurde mit KI erstellt, erklärt die Redaktion.", "disclosure.ai-generated", "generated"),
    ("Ce texte a été rédigé avec l'aide de l'IA, précise notre rédaction.", "disclosure.ai-assisted", "assisted"),
    ("This article was drafted with AI and edited by our staff, says our editor.", "disclosure.ai-assisted",
     "assisted"),
    ("Questo articolo è stato scritto con l'aiuto dell'IA, racconta la nostra redazione.", "disclosure.ai-assisted",
     "assisted"),
    # stop 26 (x26): the page's own newsroom, 'our …' or an editor's label keeps the note
    ("Cet article a été traduit avec l'IA, précise la rédaction.", "disclosure.machine-translated", "translated"),
    ("Questo articolo è stato tradotto con l'IA, fa sapere la redazione.", "disclosure.machine-translated",
     "translated"),
    ("Este artigo foi traduzido com IA, informa a nossa redação.", "disclosure.machine-translated", "translated"),
    ("Dit artikel is vertaald met AI, aldus de redactie.", "disclosure.machine-translated", "translated"),
    ("This article was translated with AI, according to our editorial guidelines.", "disclosure.machine-translated",
     "translated"),
    ("Verificación: este artículo fue traducido con IA por nuestra redacción.", "disclosure.machine-translated",
     "translated"),
    ("Unseren Richtlinien zufolge wurde dieser Artikel mit KI übersetzt.", "disclosure.machine-translated",
     "translated"),
    ("编者按：本文由AI辅助翻译。", "disclosure.machine-translated", "translated"),
    ("说明：本文由AI生成。", "disclosure.ai-generated", "generated"),
    # batch 74 (stop 26)
    # batch 74: other wordings of the same families (all answers from the AI, an audio version by AI, we asked a
    # chatbot to predict the score, the itinerary a chatbot came up with, automatically generated stories and
    # software reports from game data, review summaries, a label generated automatically with AI, a dash-led
    # "automatically generated by AI agents", a ja draft or a versioned model)
    ("All answers come from the AI.", "disclosure.ai-generated", "generated"),
    ("Note: all the answers were generated by ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Nota: todas las respuestas provienen de la IA.", "disclosure.ai-generated", "generated"),
    ("La version audio de cet article est générée par une intelligence artificielle.",
     "disclosure.ai-generated", "generated"),
    ("La versión en audio de este artículo es generada por inteligencia artificial.",
     "disclosure.ai-generated", "generated"),
    ("We asked ChatGPT to predict the score of tonight's derby.", "disclosure.ai-generated", "generated"),
    ("Nous avons demandé à ChatGPT de prédire le score de la finale.", "disclosure.ai-generated", "generated"),
    ("Le preguntamos a la inteligencia artificial para predecir el resultado del partido.",
     "disclosure.ai-generated", "generated"),
    ("Zapytaliśmy ChatGPT o wynik meczu Polska - Holandia.", "disclosure.ai-generated", "generated"),
    ("Here's the itinerary ChatGPT came up with for three days in Lisbon:", "disclosure.ai-generated", "generated"),
    ("Dette er en automatisk generert artikkel basert på data fra Kartverket.", "disclosure.automated", "automated"),
    ("This is an automatically generated story based on public property records.", "disclosure.automated", "automated"),
    ("Software generates a preview and recap from the official game data for every match.",
     "disclosure.automated", "automated"),
    ("Bei allen Spielen erstellt eine Software aus den Spieldaten automatisch einen Spielbericht.",
     "disclosure.automated", "automated"),
    ("Este resumen fue generado automáticamente a partir de las reseñas de los usuarios "
     "mediante inteligencia artificial.",
     "disclosure.ai-summary", "summarised"),
    ("This summary was generated from guest reviews using AI.", "disclosure.ai-summary", "summarised"),
    ("Imóvel gerado automaticamente com IA.", "disclosure.ai-generated", "generated"),
    ("Charts on Norwegian statistics — automatically generated by AI agents.", "disclosure.ai-generated", "generated"),
    ("この記事の下書きはChatGPTに書いてもらいました。", "disclosure.ai-assisted", "assisted"),
    ("本記事はClaude 3.5 Sonnetに書いてもらいました。", "disclosure.ai-generated", "generated"),
    # batch 77 (stop 26)
    # batch 77: other wordings of the AI-voice family (a participle-first or each-step note, an explanation or
    # lesson that uses an AI or synthetic voice, a narration or voice credit whose value is an AI voice)
    ("Vorgelesen werden alle Texte von einer KI-generierten Stimme.", "disclosure.ai-generated", "generated"),
    ("Gesprochen wird der Text von einer synthetischen Stimme.", "disclosure.ai-generated", "generated"),
    ("Jeder Abschnitt wird von einer KI-Stimme vorgelesen.", "disclosure.ai-generated", "generated"),
    ("Dieser Artikel wird von einer KI-Stimme vorgelesen.", "disclosure.ai-generated", "generated"),
    ("Each step is read aloud by an AI voice.", "disclosure.ai-generated", "generated"),
    ("This article is narrated by an AI-generated voice.", "disclosure.ai-generated", "generated"),
    ("Narrated by an AI voice.", "disclosure.ai-generated", "generated"),
    ("Esta lección usa una voz sintética.", "disclosure.ai-generated", "generated"),
    ("This explanation uses an AI-generated voice.", "disclosure.ai-generated", "generated"),
    ("Cette explication utilise une voix de synthèse.", "disclosure.ai-generated", "generated"),
    ("Questa spiegazione utilizza una voce generata da IA.", "disclosure.ai-generated", "generated"),
    ("Diese Erklärung nutzt eine KI-Stimme.", "disclosure.ai-generated", "generated"),
    ("ナレーション: AI音声", "disclosure.ai-generated", "generated"),
    ("音声：合成音声（VOICEVOX）", "disclosure.ai-generated", "generated"),
    ("Narration: AI voice (ElevenLabs)", "disclosure.ai-generated", "generated"),
    ("Voice-over: AI-generated voice", "disclosure.ai-generated", "generated"),
    ("Sprecher: KI-Stimme", "disclosure.ai-generated", "generated"),
    ("Narración: voz generada por IA", "disclosure.ai-generated", "generated"),
    ("Voix : synthèse vocale par IA", "disclosure.ai-generated", "generated"),
    # batch 79 (stop 26)
    # batch 79: other wordings of the same families (recipe and plan labels in en/es/it/nl/de/fr/ja, "here are the
    # recipes our AI created for you", we asked/had a chatbot create a plan, the picture above or the one I
    # generated with an image tool, we asked an image tool to illustrate our work, it/fr/es "asked the AI to draw me a
    # picture", this issue's pictures)
    ("This recipe was generated by AI.", "disclosure.ai-generated", "generated"),
    ("Esta receta fue generada por inteligencia artificial.", "disclosure.ai-generated", "generated"),
    ("Questa ricetta è stata creata dall'intelligenza artificiale.", "disclosure.ai-generated", "generated"),
    ("Dit recept is gegenereerd door AI.", "disclosure.ai-generated", "generated"),
    ("Dieses Rezept wurde von KI basierend auf Ihren Zutaten erstellt.", "disclosure.ai-generated", "generated"),
    ("Dieses Rezept wurde KI-generiert.", "disclosure.ai-generated", "generated"),
    ("Dieser Trainingsplan wurde mit Hilfe von KI erstellt.", "disclosure.ai-assisted", "assisted"),
    ("Ce plan de repas a été généré par ChatGPT.", "disclosure.ai-generated", "generated"),
    ("この献立はAIが提案したものです。", "disclosure.ai-generated", "generated"),
    ("Here are the recipes our AI created for you.", "disclosure.ai-generated", "generated"),
    ("Voici les recettes que notre IA a créées pour vous.", "disclosure.ai-generated", "generated"),
    ("We asked ChatGPT to create a weekly meal plan.", "disclosure.ai-generated", "generated"),
    ("I had Claude design a training plan for my first marathon.", "disclosure.ai-generated", "generated"),
    ("The picture above was something Midjourney generated from my prompt.", "disclosure.ai-image", "image"),
    ("The illustration that I generated with DALL-E shows a lighthouse.", "disclosure.ai-image", "image"),
    ("We asked Midjourney to illustrate each of our chapters.", "disclosure.ai-image", "image"),
    ("Ho chiesto a ChatGPT di disegnarmi un'immagine del mio gatto.", "disclosure.ai-image", "image"),
    ("J'ai demandé à Midjourney de me dessiner une illustration pour ce billet.", "disclosure.ai-image", "image"),
    ("Le pedí a Gemini que me dibujara una imagen para esta entrada.", "disclosure.ai-image", "image"),
    ("Le illustrazioni di questo articolo sono state generate con Midjourney.", "disclosure.ai-image", "image"),
    # batch 80 (stop 26)
    # batch 80: other wordings of the same families (id/ms/th/vi/hi/fil translation labels, hi/mr/bn/fil "made by AI"
    # labels, mr and fil self-references, an ur summary label, vi with a word before "này", th/vi/id "is being generated
    # by AI"); the span is the whole text
    ("Diterjemahkan oleh AI.",
     "disclosure.machine-translated", "translated"),
    ("Diterjemahkan secara automatik oleh AI, untuk rujukan sahaja.",
     "disclosure.machine-translated", "translated"),
    ("แปลโดย AI เฉพาะเพื่อการอ้างอิง",
     "disclosure.machine-translated", "translated"),
    ("Được dịch bởi AI.",
     "disclosure.machine-translated", "translated"),
    ("एआई द्वारा अनुवादित।",
     "disclosure.machine-translated", "translated"),
    ("Isinalin ng AI.",
     "disclosure.machine-translated", "translated"),
    ("एआई से बनाया गया.",
     "disclosure.ai-generated", "generated"),
    ("AI se banaya gaya.",
     "disclosure.ai-generated", "generated"),
    ("এআই দিয়ে তৈরি।",
     "disclosure.ai-generated", "generated"),
    ("हा लेख एआयने लिहिला आहे.",
     "disclosure.ai-generated", "generated"),
    ("AI द्वारे तयार केलेले.",
     "disclosure.ai-generated", "generated"),
    ("Ang buod na ito ay ginawa ng AI.",
     "disclosure.ai-generated", "generated"),
    ("Ang lahat ng sagot ay ginawa ng AI.",
     "disclosure.ai-generated", "generated"),
    ("اے آئی کے ذریعے تیار کردہ خلاصہ",
     "disclosure.ai-summary", "summarised"),
    ("Bài viết blog này được tạo bởi AI.",
     "disclosure.ai-generated", "generated"),
    ("Nội dung đang được tạo bởi AI, vui lòng quay lại sau.",
     "disclosure.ai-generated", "generated"),
    ("Konten sedang dibuat oleh AI.",
     "disclosure.ai-generated", "generated"),
    # batch 81 (stop 26)
    # batch 81: other wordings of the same families (uz/ka/hy/sq/mk self-references and labels made by AI,
    # be/ru/uk co-authorship with AI, sl developed with the help of AI, a hr first-person note, sr illustration of
    # this article, mk/sr summary headings, tr lead-ins and a bulletin)
    ("Ushbu maqola sun'iy intellekt yordamida yaratilgan.", "disclosure.ai-generated", "generated"),
    ("Bu javob sun’iy intellekt tomonidan tayyorlangan va xato bo‘lishi mumkin.",
     "disclosure.ai-generated", "generated"),
    ("Sun’iy intellekt tomonidan yaratilgan qisqacha ma’lumot.", "disclosure.ai-generated", "generated"),
    ("ეს სტატია დაწერილია ხელოვნური ინტელექტის მიერ.", "disclosure.ai-generated", "generated"),
    ("ეს ტექსტი ხელოვნური ინტელექტის მიერ არის შექმნილი.", "disclosure.ai-generated", "generated"),
    ("შენიშვნა: ანალიზი მომზადებულია ChatGPT-ის გამოყენებით.", "disclosure.ai-generated", "generated"),
    ("Այս հոդվածը գրված է արհեստական բանականության միջոցով։", "disclosure.ai-generated", "generated"),
    ("Տեքստը ստեղծված է ChatGPT-ի օգնությամբ։", "disclosure.ai-generated", "generated"),
    ("Ky artikull është shkruar nga inteligjenca artificiale.", "disclosure.ai-generated", "generated"),
    ("Teksti i gjeneruar nga AI mund të përmbajë pasaktësi.", "disclosure.ai-generated", "generated"),
    ("Përmbledhja e krijuar nga AI.", "disclosure.ai-generated", "generated"),
    ("Овој текст е генериран од вештачка интелигенција.", "disclosure.ai-generated", "generated"),
    ("Оваа статија е напишана со помош на вештачка интелигенција.", "disclosure.ai-assisted", "assisted"),
    ("Резиме на статијата генерирано од вештачка интелигенција:", "disclosure.ai-summary", "summarised"),
    ("Я пишу гэтыя вершы ў суаўтарстве са штучным інтэлектам.", "disclosure.ai-assisted", "assisted"),
    ("Этот альбом мы создаём в соавторстве с нейросетью.", "disclosure.ai-assisted", "assisted"),
    ("Цю книжку я написав у співавторстві зі штучним інтелектом.", "disclosure.ai-assisted", "assisted"),
    ("Ta projekt je bil razvit s pomočjo umetne inteligence.", "disclosure.ai-assisted", "assisted"),
    ("Želim napomenuti da je cijeli kod napisan pomoću umjetne inteligencije.", "disclosure.ai-generated", "generated"),
    ("Ilustracija ovog članka je generisana pomoću veštačke inteligencije.", "disclosure.ai-image", "image"),
    ("AI generisana fotografija ovog teksta.", "disclosure.ai-image", "image"),
    ("Kratak sažetak uz pomoć veštačke inteligencije:", "disclosure.ai-summary", "summarised"),
    ("ChatGPT'nin yazdığı şiiri aşağıda okuyabilirsiniz.", "disclosure.ai-generated", "generated"),
    ("Bu bülten yapay zeka ile hazırlanmıştır.", "disclosure.ai-generated", "generated"),
    ("Yapay zekanın yazdığı metni olduğu gibi paylaşıyoruz:", "disclosure.ai-generated", "generated"),
    # batch 82 (stop 26)
    # batch 82: other wordings of the same families (ar this + noun + made "bi-" AI, a product named ...AI or
    # with a dash and an AI description, ar summary labels and an illustrative caption with a note, fa adverbs
    # before the agent with and without ZWNJ, he lead-in relative clauses, ckb with/by AI, he/ar preambles)
    ("هذا الرد مُولَّد بالذكاء الاصطناعي وقد يحتوي على أخطاء.", "disclosure.ai-generated", "generated"),
    ("هذه الإجابة مولدة بالذكاء الاصطناعي.", "disclosure.ai-generated", "generated"),
    ("تم إنشاء هذا المقال بواسطة WriterAI.", "disclosure.ai-generated", "generated"),
    ("تم إنشاء هذا المحتوى بواسطة Katib — أداة كتابة بالذكاء الاصطناعي", "disclosure.ai-generated", "generated"),
    ("ملخص مولد بالذكاء الاصطناعي", "disclosure.ai-summary", "summarised"),
    ("ملخص بالذكاء الاصطناعي: أبرز النقاط", "disclosure.ai-summary", "summarised"),
    ("صورة تعبيرية مولدة بالذكاء الاصطناعي - المصدر: الموقع", "disclosure.ai-image", "image"),
    ("این مقاله به‌طور خودکار توسط هوش مصنوعی تولید شده است.", "disclosure.ai-generated", "generated"),
    ("این مقاله به طور کامل توسط هوش مصنوعی نوشته شده است.", "disclosure.ai-generated", "generated"),
    ("این پاسخ کاملاً توسط هوش مصنوعی تولید‌شده است.", "disclosure.ai-generated", "generated"),
    ("להלן הסיכום שנכתב על ידי בינה מלאכותית:", "disclosure.ai-summary", "summarised"),
    ("להלן המכתב שנוצר באמצעות ChatGPT.", "disclosure.ai-generated", "generated"),
    ("ئەم وتارە بە زیرەکی دەستکرد نووسراوە.", "disclosure.ai-generated", "generated"),
    ("בשמחה, להלן הטקסט המתורגם:", "leak.chat-preamble", None),
    ("כמובן! הנה רשימה של חמישה רעיונות:", "leak.chat-preamble", None),
    ("بالتأكيد، إليك المقال المطلوب:", "leak.chat-preamble", None),
    # batch 83 (stop 26)
    # batch 83: other wordings of the same families (review-summary labels de/it/pt/nl/ja, platform labels de/es, "all
    # content on this site", short "made with AI" labels and answers en/es/fr/de/nl/pt, an en AI-content disclaimer; a
    # bare picture line stays the image rule's)
    ("Generated by AI from the text of customer reviews", "disclosure.ai-summary", "summarised"),
    ("KI-generiert aus dem Text von Kundenrezensionen", "disclosure.ai-summary", "summarised"),
    ("Generato dall'IA a partire dal testo delle recensioni dei clienti", "disclosure.ai-summary", "summarised"),
    ("Gerado por IA a partir do texto das avaliações de clientes", "disclosure.ai-summary", "summarised"),
    ("Door AI gegenereerd op basis van klantbeoordelingen", "disclosure.ai-summary", "summarised"),
    ("カスタマーレビューのテキストからAIで生成", "disclosure.ai-summary", "summarised"),
    ("Vom Ersteller als KI-generiert gekennzeichnet", "disclosure.ai-generated", "generated"),
    ("Este video incluye contenido alterado o sintético.", "disclosure.ai-generated", "generated"),
    ("This content contains altered or synthetic content.", "disclosure.ai-generated", "generated"),
    ("El sonido o los elementos visuales se editaron significativamente o se generaron digitalmente.",
     "disclosure.ai-generated", "generated"),
    ("All content on this site is generated by AI.", "disclosure.ai-generated", "generated"),
    ("All images on our channel are created with AI.", "disclosure.ai-generated", "image"),  # pictures (stop 51)
    ("Made with AI", "disclosure.ai-generated", "generated"),
    ("Hecho con IA", "disclosure.ai-generated", "generated"),
    ("Fait avec l'IA · Mentions légales", "disclosure.ai-generated", "generated"),
    ("Mit KI erstellt", "disclosure.ai-generated", "generated"),
    ("Text mit KI erstellt · Quelle: dpa", "disclosure.ai-generated", "generated"),
    ("Gemaakt met AI door Studio X", "disclosure.ai-generated", "generated"),
    ("Feito com IA", "disclosure.ai-generated", "generated"),
    ("Newsletter semanal hecha con IA: resume las noticias del día en cinco minutos.",
     "disclosure.ai-generated", "generated"),
    ("This answer was generated by AI and may contain mistakes.", "disclosure.ai-generated", "generated"),
    ("Cette réponse a été générée par l'IA.", "disclosure.ai-generated", "generated"),
    ("AI-generated content does not represent the views of our team.", "disclosure.ai-generated", "generated"),
    ("Foto gemaakt met AI", "disclosure.ai-image", "image"),
    ("Imagem criada com IA", "disclosure.ai-image", "image"),
    # batch 84 (stop 26)
    # batch 84: other wordings of the same families (af self-references made by AI, the participle before or after
    # the agent, an AI-made result notice, translations and languages made by AI with a caveat; sw/ha labels with
    # the help of AI; a sw chatbot preamble)
    ("Hierdie artikel is geskryf deur kunsmatige intelligensie.", "disclosure.ai-generated", "generated"),
    ("Hierdie teks word deur KI gegenereer.", "disclosure.ai-generated", "generated"),
    ("Let wel: Die volgende opsomming is outomaties gegenereer met behulp van KI.", "disclosure.ai-generated",
     "generated"),
    ("Hierdie antwoord is KI-gegenereer.", "disclosure.ai-generated", "generated"),
    ("Dit is 'n KI-gegenereerde opsomming van die vergadering.", "disclosure.ai-generated", "generated"),
    ("Hierdie vertaling is deur KI gemaak.", "disclosure.machine-translated", "translated"),
    ("Vertalings word deur KI gegenereer en kan foute bevat.", "disclosure.machine-translated", "translated"),
    ("Alle tale word outomaties deur KI vertaal.", "disclosure.machine-translated", "translated"),
    ("Maelezo kwa msaada wa akili bandia.", "disclosure.ai-assisted", "assisted"),
    ("Muhtasari kwa msaada wa AI.", "disclosure.ai-summary", "summarised"),
    ("Bayani tare da taimakon AI", "disclosure.ai-assisted", "assisted"),
    ("Fassara tare da taimakon AI", "disclosure.machine-translated", "translated"),
    ("Taƙaitaccen bayani tare da taimakon AI", "disclosure.ai-summary", "summarised"),
    ("Bila shaka! Haya hapa majibu ya maswali yako:", "leak.chat-preamble", None),
    # batch 86 (stop 26)
    # batch 86: other wordings of the same families (first-person lead-ins and headings to chatbot text en/nl/fr/es/
    # pt/pl, a decision to use AI for this text es/en, video and copy-editing credits, image lead-ins en, it/de/cs/nl
    # captions and credits; the whole sentence is the finding)
    ("The poem I read at the funeral was written by ChatGPT.", "disclosure.ai-generated", "generated"),
    ("De preek die ik zondag hield was geschreven door ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Here's a poem by ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Voici un poème de ChatGPT :", "disclosure.ai-generated", "generated"),
    ("Esto es lo que sugiere ChatGPT para la homilía del domingo:", "disclosure.ai-generated", "generated"),
    ("Isto é o que respondeu o ChatGPT:", "disclosure.ai-generated", "generated"),
    ("Homilia na niedzielę z ChatGPT", "disclosure.ai-generated", "generated"),
    ("Decidí usar la inteligencia artificial para escribir este texto.", "disclosure.ai-generated", "generated"),
    ("I decided to use ChatGPT to write this post.", "disclosure.ai-generated", "generated"),
    ("Video: NotebookLM", "disclosure.ai-generated", "generated"),
    ("Audio: Zusammenfassung / NotebookLM", "disclosure.ai-generated", "generated"),
    ("Lektorat: ChatGPT", "disclosure.ai-assisted", "assisted"),
    ("Revisión de estilo: ChatGPT-4o", "disclosure.ai-assisted", "assisted"),
    ("What follows are some AI-generated images of our parish church.", "disclosure.ai-image", "image"),
    ("Enjoy these AI-generated pictures of the summer fair.", "disclosure.ai-image", "image"),
    ("Realizzata con l'ausilio dell'intelligenza artificiale a partire da una foto di Ansa.",
     "disclosure.ai-image", "image"),
    ("Mit KI erstelltes Titelbild.", "disclosure.ai-image", "image"),
    ("Mit künstlicher Intelligenz generierte Illustration", "disclosure.ai-image", "image"),
    ("AI vytvořila obrázek na zadání: kostel v zimě.", "disclosure.ai-image", "image"),
    ("beeld DALL·E / OpenAI", "disclosure.ai-image", "image"),
    # batch 85 (stop 26)
    # batch 85: other wordings of the same families (en first-person AI help with my writing, I/we're using,
    # every article here written with AI help, a draft pasted into a chatbot to proofread; es/de reveals of
    # the text read so far; es/pt first-person writing with AI; nb/da writing process; fr lead-ins; de typed
    # prompts and bare-pronoun reveals; pl credits)
    ("I use ChatGPT to help me edit my columns.", "disclosure.ai-assisted", "assisted"),
    ("I'm using Claude to tighten my drafts before I file them.", "disclosure.ai-assisted", "assisted"),
    ("Every article you'll find here was written with the help of AI.", "disclosure.ai-assisted", "assisted"),
    ("I pasted my draft into ChatGPT and asked it to proofread it.", "disclosure.ai-assisted", "assisted"),
    ("Todo lo que ha leído hasta aquí lo ha escrito una inteligencia artificial.",
     "disclosure.ai-generated", "generated"),
    ("Alles, was Sie bis hier gelesen haben, hat eine KI geschrieben.", "disclosure.ai-generated", "generated"),
    ("Utilizo ChatGPT para redactar mis columnas.", "disclosure.ai-assisted", "assisted"),
    ("Jeg bruker ChatGPT i skriveprosessen.", "disclosure.ai-assisted", "assisted"),
    ("Voilà le texte que m'a rédigé ChatGPT.", "disclosure.ai-generated", "generated"),
    ("We're using AI to improve our articles.", "disclosure.ai-assisted", "assisted"),
    ("Ci-dessous le texte que nous a proposé ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Der Text, den Sie bis hierhin gelesen haben, stammt von ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Wszystkie teksty zostały napisane przez ChatGPT, a ilustracje wygenerował Midjourney.",
     "disclosure.ai-generated", "generated"),
    ("Ich tippte meine Frage in ChatGPT ein: Schreibe einen Kommentar zur Bürgermeisterwahl.",
     "disclosure.ai-generated", "generated"),
    ("Diese Zeilen wurden von einer KI geschrieben nach Vorgaben des Verfassers.",
     "disclosure.ai-generated", "generated"),
    ("Me lo ha escrito ChatGPT en diez segundos.", "disclosure.ai-generated", "generated"),
    ("Lo que acaban de leer lo ha escrito una IA.", "disclosure.ai-generated", "generated"),
    ("AI er blevet en fast del af min skriveproces.", "disclosure.ai-assisted", "assisted"),
    # batch 87 (stop 26)
    # batch 87: other wordings of the same families (de easy-language notes active and passive, hi/ne automatic or
    # Google Translate notices, en/es translation-service disclaimers with their caveat, en AI-sketch and illustration
    # disclaimers, es/pt labels on original footage, en minutes and notes from a named or trialled AI notetaker,
    # es/fr/en/de chatbot proposals of a post restating the requested voice or tone)
    ("Dieser Text wurde mit Hilfe von KI in Leichte Sprache übersetzt.", "disclosure.machine-translated", "translated"),
    ("Eine KI hat diesen Text in Einfache Sprache übertragen.", "disclosure.machine-translated", "translated"),
    ("यह पृष्ठ स्वचालित रूप से अनुवादित है।", "disclosure.machine-translated", "translated"),
    ("यो लेख गुगल ट्रान्सलेटद्वारा अनुवाद गरिएको हो।", "disclosure.machine-translated", "translated"),
    ("Google Translate provides automatic computer translations that may not always be exact.",
     "disclosure.machine-translated", "translated"),
    ("Google Translate proporciona traducciones automáticas que pueden no ser siempre exactas.",
     "disclosure.machine-translated", "translated"),
    ("This AI-generated sketch is based on descriptions from witnesses.", "disclosure.ai-image", "image"),
    ("This AI-generated image is for illustrative purposes only.", "disclosure.ai-image", "image"),
    ("El video original fue alterado con inteligencia artificial.", "disclosure.ai-image", "image"),
    ("O vídeo original foi modificado com IA.", "disclosure.ai-image", "image"),
    ("The minutes were generated by Otter.ai.", "disclosure.ai-summary", "summarised"),
    ("The meeting notes were created by the AI notetaker we're piloting.", "disclosure.ai-summary", "summarised"),
    ("Aquí tienes una propuesta para el post de Instagram, en primera persona y con un tono cercano:",
     "leak.chat-preamble", None),
    ("Voici une proposition de post pour LinkedIn, à la première personne, avec un ton professionnel :",
     "leak.chat-preamble", None),
    ("Here's a draft of the Facebook post, in the first person, with an upbeat tone:", "leak.chat-preamble", None),
    ("Hier ist ein Vorschlag für den Instagram-Post, in der Ich-Form und mit einem lockeren Ton:",
     "leak.chat-preamble", None),
    # stop 27: a page's own cautious label is no guess about someone else's text
    ("This article may have been written with the help of AI.", "disclosure.ai-assisted", "assisted"),
    # stop 41 (batch 94): a model name with its family word, a page translated automatically, a translator's preamble
    ("This newsletter was written by Claude Sonnet from our meeting notes.", "disclosure.ai-generated", "generated"),
    ("This review was written with Gemini Pro.", "disclosure.ai-generated", "generated"),
    ("Questa pagina è stata tradotta automaticamente.", "disclosure.machine-translated", "translated"),
    ("Esta página fue traducida automáticamente.", "disclosure.machine-translated", "translated"),
    ("Ovaj članak je automatski preveden.", "disclosure.machine-translated", "translated"),
    ("Voici la traduction en anglais :", "leak.chat-preamble", None),
    ("Aquí tienes la traducción al inglés, con el mismo formato:", "leak.chat-preamble", None),
    ("Here is the translation of the text you sent, keeping the headings:", "leak.chat-preamble", None),
    ("Hier ist die Übersetzung ins Englische:", "leak.chat-preamble", None),
    # stop 42 (batch 96): the rest of a post from a chatbot, an AI system as the credit line, a Japanese writer "… AI",
    # an Esperanto machine-translation note, a tool's pictures "such as the images in this post"
    ("Everything from this point onwards was written by ChatGPT.", "disclosure.ai-generated", "generated"),
    ("— via Metro Desk AI News Engine", "disclosure.ai-generated", "generated"),
    ("執筆者：ミライAI", "disclosure.ai-generated", "generated"),
    ("Ĉi tiu artikolo estas maŝina traduko de la angla originalo.", "disclosure.machine-translated", "translated"),
    ("I used Midjourney to create the illustrations, such as the ones in this article.", "disclosure.ai-image",
     "image"),
    # stop 42 (batch 97): the model handing back a reworked README or notes, a Korean summary note naming a model
    ("Voici une version corrigée et plus claire de ton article :", "leak.chat-preamble", None),
    ("Ecco una versione migliorata del README per il tuo progetto:", "leak.chat-preamble", None),
    ("Hier ist eine verbesserte Fassung deines Textes:", "leak.chat-preamble", None),
    ("이 글은 GPT-4 Turbo 가 회의록을 요약한 것입니다.", "disclosure.ai-summary", "summarised"),
    # stop 42 (batch 98): Czech and Polish chatbot openers, a long English one, Hebrew and Czech assisted notes, a Thai
    # writer "that is an AI", automated documents and a status line's database note
    ("Samozřejmě! Zde je přehled hlavních bodů článku:", "leak.chat-preamble", None),
    ("Oto poprawiona wersja twojego tekstu:", "leak.chat-preamble", None),
    ("Here's a revised version of your article, keeping the quotes intact, tightening the lead and adding a short "
     "section on what happens next:", "leak.chat-preamble", None),
    ("הכתבה הזו נכתבה בסיוע בינה מלאכותית.", "disclosure.ai-assisted", "assisted"),
    ("Tento článek byl napsán s pomocí umělé inteligence.", "disclosure.ai-assisted", "assisted"),
    ("บทความนี้เขียนโดยน้องบอท — เป็น AI ไม่ใช่คน", "disclosure.ai-generated", "generated"),
    ("This briefing document was generated automatically from data supplied by the county.", "disclosure.automated",
     "automated"),
    ("Letzte Aktualisierung: März 2026 (automatisch aus Datenbank generiert)", "disclosure.automated", "automated"),
    # stop 42 (batch 99): a chatbot's closing offer, its note on a made-up demo article, AI that went into writing the
    # post, a Russian page translated by a named service
    ("If you have any other questions or need additional help, just let me know", "leak.chat-preamble", None),
    ("Note: This story is purely hypothetical and intended for illustrative purposes", "leak.chat-preamble", None),
    ("A little ChatGPT went into the drafting of this newsletter.", "disclosure.ai-assisted", "assisted"),
    ("Эта статья переведена с помощью DeepL.", "disclosure.machine-translated", "translated"),
    # stop 42 (batch 100): a translator's preamble closed by a full stop, an Italian offer, a Japanese "described"
    ("Voici la traduction en anglais de ton article, en conservant la mise en forme.", "leak.chat-preamble", None),
    ("Se vuoi, continuo ad adattare lo stile del tuo articolo", "leak.chat-preamble", None),
    ("この記事はChatGPTを使用して記述されています。", "disclosure.ai-generated", "generated"),
    # stop 42 (batch 101): a Portuguese / Spanish translation made with AI's help, two openers in a row
    ("Esta tradução foi feita com a ajuda de inteligência artificial.", "disclosure.machine-translated", "translated"),
    ("Esta traducción fue hecha con ayuda de IA.", "disclosure.machine-translated", "translated"),
    ("Claro, por supuesto! Aquí tienes el resumen del artículo:", "leak.chat-preamble", None),
    # stop 42 (batch 102): a German text made "durch ein KI-Sprachmodell"
    ("Dieser Artikel wurde durch ein KI-Sprachmodell erstellt.", "disclosure.ai-generated", "generated"),
    # stop 43 (batch 103): a compound picture noun (nb), hu/el picture captions, a byline in parentheses, an
    # Indonesian app, a Romanian "translated automatically" label
    ("Header-bildet er generert med kunstig intelligens.", "disclosure.ai-image", "image"),
    ("A borítókép mesterséges intelligencia segítségével készült.", "disclosure.ai-image", "image"),
    ("Η φωτογραφία δημιουργήθηκε με τεχνητή νοημοσύνη.", "disclosure.ai-image", "image"),
    ("Notatki do projektu (napisane z pomocą AI).", "disclosure.ai-assisted", "assisted"),
    ("Aplikasi ini dibuat dengan bantuan AI.", "disclosure.ai-assisted", "assisted"),
    ("Descrierea tradusă automat din engleză.", "disclosure.machine-translated", "translated"),
    # stop 43 (batches 104-106): a chatbot's work presented, a picture from a prompt, a report's label, the page one
    # reads machine-translated (ja/ko), content translated automatically (es), a site's every page drafted with AI,
    # release notes
    ("Here are three short poems written by Claude.", "disclosure.ai-generated", "generated"),
    ("The cover picture is the output of a text prompt.", "disclosure.ai-image", "image"),
    ("Transcript generated automatically from the recording", "disclosure.automated", "automated"),
    ("当サイトの記事は機械翻訳を使用しています。", "disclosure.machine-translated", "translated"),
    ("기계로 번역된 문서입니다.", "disclosure.machine-translated", "translated"),
    ("Este sitio incluye contenido traducido automáticamente.", "disclosure.machine-translated", "translated"),
    ("Each lesson in this course was written with an AI model.", "disclosure.ai-assisted", "assisted"),
    ("This changelog was generated automatically.", "disclosure.automated", "automated"),
    # stop 43 (batches 107-108): ja "made with generative AI" in the polite present, tr "AI-supported", da/nb "with help
    # from AI", a zh report made by AI, a parenthetical translation note
    ("※解説文は生成AIを利用して作成しています。", "disclosure.ai-generated", "generated"),
    ("Bu makale yapay zeka destekli olarak hazırlanmıştır.", "disclosure.ai-assisted", "assisted"),
    ("Denne tekst er skrevet med hjælp fra kunstig intelligens.", "disclosure.ai-assisted", "assisted"),
    ("本报道由AI自动生成", "disclosure.ai-generated", "generated"),
    ("Kapitel 3 (traduit avec DeepL)", "disclosure.machine-translated", "translated"),
    # stop 43 (batch 109): ja a report generated automatically (an AI named in the next sentence), ko a summary made by
    # AI, a book's digital narration
    ("この記事は自動生成されています。質問はGeminiへどうぞ。", "disclosure.automated", "automated"),
    ("요약문은 AI가 원문을 바탕으로 생성한 것입니다.", "disclosure.ai-summary", "summarised"),
    ("This audiobook is digitally narrated.", "disclosure.ai-generated", "generated"),
    # stop 43 (batches 111-112): computer-made transcripts, a site's own AI pictures, everything the reader hears made
    # by AI, a chatbot's rewrite of the post, a model's first summary or draft edited, it/he/tr labels
    ("Episode transcripts (automatically generated by speech recognition)", "disclosure.automated", "automated"),
    ("We create custom header images with Midjourney.", "disclosure.ai-image", "image"),
    ("Everything you are reading on this page was written by ChatGPT.", "disclosure.ai-generated", "generated"),
    ("This article is Claude's version of my original notes.", "disclosure.ai-generated", "generated"),
    ("ChatGPT writes a rough draft, then I revise it line by line.", "disclosure.ai-assisted", "assisted"),
    ("Questa illustrazione è stata generata con l'intelligenza artificiale.", "disclosure.ai-image", "image"),
    ("קריינות שנוצרה באמצעות בינה מלאכותית", "disclosure.ai-generated", "generated"),
    ("Kullanım kılavuzu yapay zeka yardımıyla hazırlanmıştır.", "disclosure.ai-assisted", "assisted"),
    # stop 43 (batch 113): an automated recap's tagline naming its engine
    ("Recap generated by GameWire based on box scores", "disclosure.automated", "automated"),
    # stop 43 (batch 115): a voice credit naming a synthesis service, de/es AI voices, a label before a caption, ja/zh
    # picture notes, the main picture generated with AI, fr "written with the help of ChatGPT"
    ("Narrator: ElevenLabs", "disclosure.ai-generated", "generated"),
    ("Die Erzählstimme wurde mit KI generiert.", "disclosure.ai-generated", "generated"),
    ("Locución generada con IA.", "disclosure.ai-generated", "generated"),
    ("Fonte: immagine generata con AI", "disclosure.ai-image", "image"),
    ("サムネイル画像はAI生成です。", "disclosure.ai-image", "image"),
    ("配图由 Midjourney 生成", "disclosure.ai-image", "image"),
    ("The cover image was generated with Midjourney.", "disclosure.ai-image", "image"),
    ("Ce guide a été en partie rédigé avec l'aide de Claude.", "disclosure.ai-assisted", "assisted"),
    # stop 43 (batch 117): what the reader is about to read made by AI, the summary below, a label line co-written
    # with a chatbot, the writer's own translating practice
    ("Everything you are about to hear was generated by AI.", "disclosure.ai-generated", "generated"),
    ("The summary above was generated with ChatGPT.", "disclosure.ai-summary", "summarised"),
    ("Release checklist co-written with Claude.", "disclosure.ai-assisted", "assisted"),
    ("I translate my posts into German using DeepL", "disclosure.machine-translated", "translated"),
    # stop 43 (batch 118): fr a site translated with AI, vi a page translated automatically, a pl label line, a ru
    # parenthetical note
    ("Cette page est traduite automatiquement.", "disclosure.machine-translated", "translated"),
    ("Bài viết này được dịch tự động bằng máy.", "disclosure.machine-translated", "translated"),
    ("Tekst wygenerowany przy użyciu AI", "disclosure.ai-generated", "generated"),
    ("Обзор новостей (текст написан с помощью нейросети)", "disclosure.ai-assisted", "assisted"),
    # stop 43 (batch 120): zh, the translation's source is a machine translator
    ("注意：译文来源为机器翻译，仅供参考", "disclosure.machine-translated", "translated"),
    # stop 43 (batch 119): hu "we translated this text with DeepL", es a text translated by a machine translator,
    # something generated with the assistance of a large language model
    ("Ezt a cikket a Google Fordító segítségével fordítottuk le.", "disclosure.machine-translated", "translated"),
    ("Esta página fue traducida con DeepL", "disclosure.machine-translated", "translated"),
    ("The test data was partly generated with the help of an LLM.", "disclosure.ai-generated", "generated"),
    # stop 44 (batch 121): the writer leaning on AI to write, a picture's line closed by the tool that produced it
    ("We relied heavily on ChatGPT to draft the first versions of these guides.", "disclosure.ai-assisted",
     "assisted"),
    ("A fox reading the newspaper - created with Midjourney", "disclosure.ai-image", "image"),
    # stop 44 (batches 122, 124, 125): de/it/id first person, ja machine-translated content, news features asking an
    # AI to make something, what follows from a chatbot, an editor's note and credits on the picture
    # pictures: kind image since stop 51 (option image_when)
    ("Für die Grafiken haben wir uns von KI unterstützen lassen.", "disclosure.ai-assisted", "image"),
    ("Für das Titelbild habe ich auf Stable Diffusion zurückgegriffen.", "disclosure.ai-image", "image"),
    ("Abbiamo usato l'intelligenza artificiale per generare le illustrazioni.", "disclosure.ai-image", "image"),
    ("Artikel ini disempurnakan bareng AI.", "disclosure.ai-assisted", "assisted"),
    ("このコンテンツは自動翻訳で作成されています。", "disclosure.machine-translated", "translated"),
    ("We asked Gemini to come up with a new slogan for the festival.", "disclosure.ai-generated", "generated"),
    ("The following comes courtesy of Claude.", "disclosure.ai-generated", "generated"),
    ("Editor's note – images have been created using AI.", "disclosure.ai-image", "image"),
    ("Photo credit: Dreamstudio.ai", "disclosure.ai-image", "image"),
    ("Ich verwende ChatGPT nur zum Korrekturlesen.", "disclosure.ai-assisted", "assisted"),
    # stop 44 (batches 127-128): ro/lv/pl/lt made with the help of AI, bg content generated with AI, hu/el/fa/ru/ko
    # translated by machine or AI, de a summary made with AI, ar pictures made with AI, narration by a synthetic voice,
    # ja/zh narration generated or synthesised by AI
    ("Am elaborat schița de mai jos cu ajutorul Gemini.", "disclosure.ai-assisted", "assisted"),
    ("Sagatavots ar MI palīdzību", "disclosure.ai-assisted", "assisted"),
    ("Większość tego artykułu została napisana przy pomocy ChatGPT.", "disclosure.ai-assisted", "assisted"),
    ("Kuriant šį straipsnį buvo naudotas dirbtinis intelektas.", "disclosure.ai-assisted", "assisted"),
    ("Съдържание, създадено с помощта на изкуствен интелект.", "disclosure.ai-generated", "generated"),
    ("Ezt a cikket gépi fordítással fordítottuk angolból.", "disclosure.machine-translated", "translated"),
    ("Αυτή η σελίδα μεταφράστηκε αυτόματα.", "disclosure.machine-translated", "translated"),
    ("این مقاله توسط هوش مصنوعی ترجمه شده است.", "disclosure.machine-translated", "translated"),
    ("Данный перевод выполнен с помощью нейросети.", "disclosure.machine-translated", "translated"),
    ("이 번역본은 DeepL로 번역되었습니다.", "disclosure.machine-translated", "translated"),
    ("Die folgende Zusammenfassung wurde mit KI generiert.", "disclosure.ai-summary", "summarised"),
    ("تم توليد هذه الصور باستخدام الذكاء الاصطناعي", "disclosure.ai-image", "image"),
    ("Narrated using a synthetic voice.", "disclosure.ai-image", "image"),
    ("ナレーションとBGMはAIで生成しています。", "disclosure.ai-image", "image"),
    ("此影片的旁白由人工智能合成。", "disclosure.ai-image", "image"),
    # stop 44 (batch 129): tl a summary made by AI
    ("Ito ang maikling buod na ginawa ng AI.", "disclosure.ai-summary", "summarised"),
    # stop 44 (batch 130): it/pl a site or blog made with AI's help, es/it these texts, this email itself, zh the
    # content below translated by an AI tool
    ("Sito realizzato in gran parte con l'aiuto dell'intelligenza artificiale.", "disclosure.ai-generated",
     "generated"),
    ("Blog został stworzony częściowo przy pomocy sztucznej inteligencji.", "disclosure.ai-generated", "generated"),
    ("Questi testi sono stati scritti con l'aiuto di Claude.", "disclosure.ai-assisted", "assisted"),
    ("This email itself was written with AI.", "disclosure.ai-assisted", "assisted"),
    ("以下内容已通过 AI 工具翻译。", "disclosure.machine-translated", "translated"),
    # stop 44 (batches 132-133): the writer having a chatbot help shape the text, letting it ghostwrite, an AI picture
    # the writer prompted, ar a file translated by a machine translation service
    ("I had Claude help me structure the outline.", "disclosure.ai-assisted", "assisted"),
    ("We let ChatGPT ghostwrite this newsletter.", "disclosure.ai-generated", "generated"),
    ("AI generated picture I prompted myself.", "disclosure.ai-image", "image"),
    ("تمت ترجمة هذا الملف بواسطة خدمة الترجمة الآلية", "disclosure.machine-translated", "translated"),
    # stop 44 (batch 134): a recap penned by an AI model, "we got ChatGPT to tell us", turning to a chatbot for ideas, a
    # photo handed to a chatbot to colourise
    ("This week's recap was penned by an AI model.", "disclosure.ai-generated", "generated"),
    ("We got Claude to tell us the club's history.", "disclosure.ai-generated", "generated"),
    ("I turned to Gemini for ideas when the deadline loomed.", "disclosure.ai-assisted", "assisted"),
    ("I uploaded my grandfather's photo to ChatGPT and asked it to colorize the uniform.", "disclosure.ai-image",
     "image"),
    # stop 45 (batches 135, 136, 138): a site's stories or previews rewritten by AI, the first draft made with a
    # chatbot, nb/de/hu/uk writing with AI, a work made in dialogue with a chatbot, a robot's reports, AI translation
    # labels (vi/fi/it), el music made with AI, summaries in a place
    ("Match previews from official data feeds are written by an AI model.", "disclosure.ai-generated", "generated"),
    ("The rough draft was generated with ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Artiklene på denne siden er skrevet av KI.", "disclosure.ai-generated", "generated"),
    ("Wir nutzen Claude, um unsere Newsletter zu schreiben.", "disclosure.ai-generated", "generated"),
    ("We wrote this guide in close collaboration with ChatGPT.", "disclosure.ai-assisted", "assisted"),
    ("A bejegyzést Claude segítségével írtam.", "disclosure.ai-assisted", "assisted"),
    ("Вміст згенеровано за допомогою ШІ.", "disclosure.ai-assisted", "assisted"),
    ("Texten är automatiskt genererad av en robot.", "disclosure.automated", "automated"),
    ("Bản dịch bằng AI có thể không chính xác.", "disclosure.machine-translated", "translated"),
    ("Käännetty koneellisesti", "disclosure.machine-translated", "translated"),
    ("Gli articoli vengono tradotti automaticamente.", "disclosure.machine-translated", "translated"),
    ("Η μουσική δημιουργήθηκε με Suno.", "disclosure.ai-image", "image"),
    ("Weekly summaries in our app are generated by an AI assistant.", "disclosure.ai-summary", "summarised"),
    # stop 45 (batches 139, 140, 142): texts AI-written, summaries sent or written per article, ca/pt/es/it/fr made with
    # a chatbot's help, music, voice and video credits naming their tool, a picture asked of an AI, photos restored with
    # AI, es/ja/de pictures and songs, it "il presente articolo" translated
    ("Player bios shown on the club pages are AI-written from match data.", "disclosure.ai-generated", "generated"),
    ("We also email AI-written recaps of every match.", "disclosure.ai-summary", "summarised"),
    ("A language model writes a short summary of each episode.", "disclosure.ai-summary", "summarised"),
    ("Aquest projecte ha estat escrit amb l'ajuda de Claude.", "disclosure.ai-assisted", "assisted"),
    ("Hecho con la ayuda de ChatGPT.", "disclosure.ai-assisted", "assisted"),
    ("Soundtrack generated with Udio", "disclosure.ai-image", "image"),
    ("Music: Mubert", "disclosure.ai-image", "image"),
    ("I asked AI to draw a picture of our cat.", "disclosure.ai-image", "image"),
    ("I restored these old family photos with AI before posting them.", "disclosure.ai-image", "image"),
    ("Le pedimos a Gemini que nos ayudara a crear una portada.", "disclosure.ai-image", "image"),
    ("記事のためにAIにイラストを作ってもらいました。", "disclosure.ai-image", "image"),
    ("Wir haben das Lied für die Folge mit KI komponiert.", "disclosure.ai-image", "image"),
    ("La presente pagina è stata tradotta automaticamente.", "disclosure.machine-translated", "translated"),
    # stop 45 (batches 143, 144, 146): descriptions generated by AI after an aside, de past first person, pl/nb
    # generated with a chatbot's help, it "we asked" for a prediction, de/cs support and help, a tool used to
    # summarise meetings, a transcript generated automatically with errors, da translated with AI, credits naming the
    # image tool
    ("Our descriptions, unlike our reviews, are generated by AI.", "disclosure.ai-generated", "generated"),
    ("Ich habe Claude verwendet, um diesen Artikel zu schreiben.", "disclosure.ai-generated", "generated"),
    ("Skrypty zostały wygenerowane przy pomocy ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Dette skriptet ble generert ved hjelp av ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Abbiamo chiesto a Gemini un pronostico sulla finale.", "disclosure.ai-generated", "generated"),
    ("Der Beitrag wurde mit Unterstützung von Claude verfasst.", "disclosure.ai-assisted", "assisted"),
    ("Psáno s pomocí Claude", "disclosure.ai-assisted", "assisted"),
    ("We use a language model to summarize every council meeting.", "disclosure.ai-summary", "summarised"),
    ("This transcript is automatically generated and may contain errors.", "disclosure.automated", "automated"),
    ("This episode's transcript is automatically generated and may contain errors.", "disclosure.automated",
     "automated"),
    ("Artiklen er oversat til dansk ved hjælp af AI.", "disclosure.machine-translated", "translated"),
    ("(Photo credit: J. Smith/Midjourney)", "disclosure.ai-image", "image"),
    ("Credit…Midjourney", "disclosure.ai-image", "image"),
    # stop 45 (batch 147): reports named by a long phrase, generated by a model; a de picture label line
    ("The reports for each of the league's twelve clubs are generated by an LLM.", "disclosure.ai-generated",
     "generated"),
    ("Generiertes Bild mit KI von Midjourney", "disclosure.ai-image", "image"),
    # stop 45 review: the chatbot before a family word or a version, not a surname
    ("This article was written by Claude AI.", "disclosure.ai-generated", "generated"),
    ("Transparenzhinweis: Dieser Text wurde mit Claude Fable 5.1 erstellt.", "disclosure.ai-generated", "generated"),
    # stop 45 review: the AI as the helper of this text (no found row has it; a common wording)
    ("An AI tool helped write this article.", "disclosure.ai-assisted", "assisted"),
    ("ChatGPT helped us draft this newsletter.", "disclosure.ai-assisted", "assisted"),
    ("AI helped summarize this article.", "disclosure.ai-summary", "summarised"),
    # stop 45 review: a German ordinal no longer ends the sentence, so the writing verb is read ("der 3. Liga")
    ("Wir haben KI verwendet, um den Bericht über das Spiel der 3. Liga vom 2.10. zu schreiben.",
     "disclosure.ai-generated", "generated"),
    # stop 46 (batches 149-155)
    ("上述回答由人工智能生成，仅供参考。", "disclosure.ai-generated", "generated"),
    ("以下内容由ai自动生成。", "disclosure.ai-generated", "generated"),
    ("Laporan ini dihasilkan menggunakan AI.", "disclosure.ai-generated", "generated"),
    ("An AI wrote the first draft of this article.", "disclosure.ai-generated", "generated"),
    ("This essay was co-written with an AI.", "disclosure.ai-assisted", "assisted"),
    ("I used ChatGPT for formulating this article, but the ideas are mine.", "disclosure.ai-assisted", "assisted"),
    ("Dieser Beitrag wurde mit KI korrigiert.", "disclosure.ai-assisted", "assisted"),
    ("챗GPT의 도움을 받아 작성한 글입니다.", "disclosure.ai-assisted", "assisted"),
    ("全文系机器翻译，仅供参考。", "disclosure.machine-translated", "translated"),
    ("（Google翻訳で翻訳）", "disclosure.machine-translated", "translated"),
    ("(구글 번역 제공)", "disclosure.machine-translated", "translated"),
    ("Přeloženo pomocí DeepL.", "disclosure.machine-translated", "translated"),
    ("Halaman ini diterjemahkan secara otomatis.", "disclosure.machine-translated", "translated"),
    ("Tüm içerikler yapay zeka ile çevrilmiştir.", "disclosure.machine-translated", "translated"),
    ("Alle teksten zijn vertaald met behulp van AI.", "disclosure.machine-translated", "translated"),
    ("บทความนี้แปลโดย AI", "disclosure.machine-translated", "translated"),
    ("این مقاله با هوش مصنوعی ترجمه شده است.", "disclosure.machine-translated", "translated"),
    ("以下はChatGPTによる要約です：", "disclosure.ai-summary", "summarised"),
    ("We asked Claude to summarize the ruling in plain English:", "disclosure.ai-summary", "summarised"),
    ("요약은 AI가 생성하므로 원문 확인을 권장합니다.", "disclosure.ai-summary", "summarised"),
    ("Bu fotoğraf yapay zeka ile oluşturulmuştur.", "disclosure.ai-image", "image"),
    ("I used Suno, an AI music tool, to create the song.", "disclosure.ai-image", "image"),
    ("I generated the soundtrack with Suno.", "disclosure.ai-image", "image"),
    ("We spent a week using Midjourney to create these pictures.", "disclosure.ai-image", "image"),
    # stop 46 (batches 157-161)
    ("Este relatório foi gerado com o auxílio de inteligência artificial.", "disclosure.ai-assisted", "assisted"),
    ("Esta guía fue elaborada con ayuda de ChatGPT.", "disclosure.ai-assisted", "assisted"),
    ("この記事はChatGPTに書かせたものです。", "disclosure.ai-generated", "generated"),
    ("These release notes were generated by AI.", "disclosure.ai-generated", "generated"),
    ("This README was edited by ChatGPT.", "disclosure.ai-assisted", "assisted"),
    ("이 메시지는 자동으로 번역되었습니다.", "disclosure.machine-translated", "translated"),
    ("Page traduite par machine, merci de signaler les erreurs.", "disclosure.machine-translated", "translated"),
    ("Diese Anleitung wurde maschinell übersetzt.", "disclosure.machine-translated", "translated"),
    ("Transcript: English (auto-generated)", "disclosure.automated", "automated"),
    ("Audio version of this article, created with ElevenLabs", "disclosure.ai-image", "image"),
    ("Featured image created with Dall.E", "disclosure.ai-image", "image"),
    ("We asked the AI to visualise the high street in 2050.", "disclosure.ai-image", "image"),
    ("I usually use AI to create the header images for this blog.", "disclosure.ai-image", "image"),
    ("Then I gave Midjourney a short prompt.", "disclosure.ai-image", "image"),
    ("Nous avons utilisé l'IA pour créer cette illustration.", "disclosure.ai-image", "image"),
    ("这是我用Midjourney生成的几张图片。", "disclosure.ai-image", "image"),
    ("제가 만든 미드저니 이미지입니다.", "disclosure.ai-image", "image"),
    ("ChatGPTで議事録を要約しました。", "disclosure.ai-summary", "summarised"),
    ("We thank ChatGPT for proofreading the manuscript.", "disclosure.ai-assisted", "assisted"),
    ("كُتب هذا المقال بمساعدة الذكاء الاصطناعي.", "disclosure.ai-assisted", "assisted"),
    ("We asked Gemini for its predictions for the new season.", "disclosure.ai-generated", "generated"),
    # stop 47 (batches 163-169): a piece made with the help of a named chatbot (pl/cs/sk/sl/hr/ro/el/lt/lv/et/id/de/tr/
    # hu/ru/uk/bg/tl/vi), and labels and passives in East Asian, Nordic, Slavic, German and Spanish
    ("Autorka: Anna Nowak (przy pomocy Claude)", "disclosure.ai-assisted", "assisted"),
    ("Šis apraksts tika uzrakstīts ar Gemini palīdzību.", "disclosure.ai-assisted", "assisted"),
    ("Skript vznikl a byl upraven s pomocí Gemini.", "disclosure.ai-assisted", "assisted"),
    ("Tôi đã nhờ ChatGPT viết đoạn mở đầu.", "disclosure.ai-assisted", "assisted"),
    ("新闻来源：新华社 | 摘要由 AI 自动生成", "disclosure.ai-summary", "summarised"),
    ("以下代码由 ChatGPT 生成。", "disclosure.ai-generated", "generated"),
    ("ChatGPT가 작성한 기사입니다.", "disclosure.ai-generated", "generated"),
    ("Ang artikulong ito ay isinalin gamit ang AI.", "disclosure.machine-translated", "translated"),
    ("AI-sammendrag av saken", "disclosure.ai-summary", "summarised"),
    ("Þessi síða var vélþýdd.", "disclosure.machine-translated", "translated"),
    ("Tämä opas on laadittu tekoälyn avulla.", "disclosure.ai-generated", "generated"),
    ("Tämä sivu on käännetty ChatGPT:n avulla.", "disclosure.machine-translated", "translated"),
    ("Skriptet ble laget med ChatGPT.", "disclosure.ai-generated", "generated"),
    ("Appen blev lavet med AI.", "disclosure.ai-generated", "generated"),
    ("Texterna är AI-genererade.", "disclosure.ai-generated", "generated"),
    ("Цю статтю перекладено за допомогою ШІ.", "disclosure.machine-translated", "translated"),
    ("Meine Fotos wurden mit Midjourney bearbeitet.", "disclosure.ai-image", "image"),
    ("Música generada con Suno.", "disclosure.ai-image", "image"),
    ("Wir haben Gemini gebeten, das Rezept zu erfinden.", "disclosure.ai-generated", "generated"),
    ("Er wurde automatisch übersetzt und noch nicht geprüft.", "disclosure.machine-translated", "translated"),
    ("配乐由 Suno 生成", "disclosure.ai-image", "image"),
    # stop 47 (batches 171-174): es/pt/it/fr/ca "with the help of" a chatbot, bn/he/ur/pa/sw/ar/fa/ta/hi notes, English
    # picture notes
    ("Diseñado con ayuda de Claude por Ana Ruiz.", "disclosure.ai-assisted", "assisted"),
    ("এই নিবন্ধটি এআই দ্বারা অনূদিত।", "disclosure.machine-translated", "translated"),
    ("یہ صفحہ خودکار طور پر ترجمہ کیا گیا ہے۔", "disclosure.machine-translated", "translated"),
    ("تم توليد هذا الملخص تلقائياً.", "disclosure.automated", "automated"),
    ("خلاصه با هوش مصنوعی تهیه شده است", "disclosure.ai-summary", "summarised"),
    ("Habari hii imeandikwa na AI.", "disclosure.ai-generated", "generated"),
    ("এআই দিয়ে লেখা প্রতিবেদন", "disclosure.ai-generated", "generated"),
    ("এআই দিয়ে তৈরি ছবি", "disclosure.ai-image", "image"),
    ("இந்த அறிக்கை AI உதவியுடன் எழுதப்பட்டது.", "disclosure.ai-assisted", "assisted"),
    ("The image above is a product of artificial intelligence.", "disclosure.ai-image", "image"),
    # stop 47 (batch 172): English first-person notes on AI pictures (a past habit, an image creator, Generative Fill)
    ("I have used AI to generate graphics for this post.", "disclosure.ai-image", "image"),
    ("I asked Bing's image generator to draw a lighthouse.", "disclosure.ai-image", "image"),
    ("I used Generative Fill in Photoshop to extend the sky.", "disclosure.ai-image", "image"),
    # stop 50 (batches 203, 205, 206, 208): reports and analyses made by AI (es/fr/it/pt/zh/ja), the journals'
    # declaration opener in other languages, synthetic voices, a TV station's machine transcript, a podcast's AI
    # summary, a part of the text, an editor's note, closing offers (fr/nl)
    ('Este informe fue generado por IA y no constituye asesoramiento financiero.',
     'disclosure.ai-generated', 'generated'),
    ('Cette analyse a été générée par une intelligence artificielle.', 'disclosure.ai-generated', 'generated'),
    ("Questo report è stato generato dall'IA sulla base dei dati di mercato.", 'disclosure.ai-generated', 'generated'),
    ('Esta é uma análise gerada por IA e não substitui um profissional.', 'disclosure.ai-generated', 'generated'),
    ('该报告由AI自动生成，仅供参考。', 'disclosure.ai-generated', 'generated'),
    ('本資料はAIによる自動生成です。', 'disclosure.ai-generated', 'generated'),
    ('Durante la preparación de este artículo, los autores usaron ChatGPT para mejorar la redacción.',
     'disclosure.ai-assisted', 'assisted'),
    ("Lors de la rédaction de ce mémoire, j'ai utilisé ChatGPT pour corriger l'orthographe.",
     'disclosure.ai-assisted', 'assisted'),
    ('Bei der Anfertigung dieser Hausarbeit wurde ChatGPT zur sprachlichen Überarbeitung verwendet.',
     'disclosure.ai-assisted', 'assisted'),
    ('Weekly briefing, read aloud by a computer voice.', 'disclosure.ai-image', 'image'),
    ('Podcast-Folge mit synthetischer Stimme vorgelesen', 'disclosure.ai-image', 'image'),
    ('Speech to Text for Storms roll through the county Tuesday night', 'disclosure.automated', 'automated'),
    ('Episode 12 AI transcript & summary', 'disclosure.ai-summary', 'summarised'),
    ('The previous paragraph was AI-generated.', 'disclosure.ai-generated', 'generated'),
    ("Editor's note: These updates are compiled by our staff with the help of AI.",
     'disclosure.ai-assisted', 'assisted'),
    ('Voulez-vous que je vous montre une version plus courte du script ?', 'leak.chat-preamble', None),
    ('Wil je dat ik een Nederlandse versie van dit bestand maak?', 'leak.chat-preamble', None),
    # stop 50, round 2 (batches 210-212 and probes of wordings in 30 languages): releases, reviews, descriptions
    # and news items made, helped or translated by AI; pictures' label lines; closing offers in 18 more languages;
    # bylines and summaries
    ('Este comunicado fue generado automáticamente por nuestro sistema de alertas.',
     'disclosure.automated', 'automated'),
    ('이 보도자료는 AI가 작성했습니다.', 'disclosure.ai-generated', 'generated'),
    ('本论文的写作过程中，使用ChatGPT进行了语言润色。', 'disclosure.ai-assisted', 'assisted'),
    ('Diese Rezension wurde mit KI erstellt.', 'disclosure.ai-generated', 'generated'),
    ('Deze beschrijving is gegenereerd door een taalmodel.', 'disclosure.ai-generated', 'generated'),
    ("Questa recensione è stata scritta con l'aiuto dell'IA.", 'disclosure.ai-assisted', 'assisted'),
    ('Esta notícia foi traduzida com uma ferramenta de IA.', 'disclosure.machine-translated', 'translated'),
    ('Zdjęcie: wygenerowane przez AI', 'disclosure.ai-image', 'image'),
    ('Kuva: tekoälyn luoma', 'disclosure.ai-image', 'image'),
    ('Cette illustration a été créée avec Midjourney.', 'disclosure.ai-image', 'image'),
    ('Ez a kép mesterséges intelligenciával készült.', 'disclosure.ai-image', 'image'),
    ('I pasted the letter below, written by the AI tool ChatGPT, without changes.',
     'disclosure.ai-generated', 'generated'),
    ('Reported and written by AI from court filings.', 'disclosure.ai-generated', 'generated'),
    ('Đoạn tóm tắt này được tạo bởi AI.', 'disclosure.ai-summary', 'summarised'),
    ('Якщо хочете, я можу скласти добірку задач для кожного рівня.', 'leak.chat-preamble', None),
    ('Hvis du vil, kan jeg også tilføje en sektion om installation.', 'leak.chat-preamble', None),
    ("Bu proje ChatGPT'nin yardımıyla geliştirilmiştir.", 'disclosure.ai-assisted', 'assisted'),
    ('Dette sammendraget er automatisk generert av Avisa med ChatGPT.', 'disclosure.ai-summary', 'summarised'),
    ('Wszystkie teksty zostały przetłumaczone za pomocą sztucznej inteligencji.',
     'disclosure.machine-translated', 'translated'),
    ('Ця сторінка перекладена за допомогою сервісу штучного інтелекту.', 'disclosure.machine-translated', 'translated'),
    ('איור שנוצר באמצעות Midjourney', 'disclosure.ai-image', 'image'),
    ('Imatge generada amb IA del projecte.', 'disclosure.ai-image', 'image'),
    ('Por María López y ChatGPT', 'disclosure.ai-assisted', 'assisted'),
    ('Basée sur la note fournie, voici une version améliorée du texte :', 'leak.chat-preamble', None),
])
def test_other_wordings_of_tuned_families_are_found(audit, text, rule, kind):
    assert audit(text) == [(rule, text, kind)]


def test_story_quoting_a_chatbot_is_not_a_leak(audit):
    story = ('Este texto, perfectamente redactado, es la respuesta de la inteligencia artificial ChatGPT al '
             'requerimiento "Analiza la situación política en Lugo".\n\n'
             '"Lo siento, como modelo de lenguaje entrenado por OpenAI, no estoy programado para analizar '
             'situaciones políticas actuales."')
    assert audit(story) == []
    # German quotes and a quote running on past its paragraph are quotes too
    assert audit("Auf meine Frage hat mir das Programm geantwortet: „Als KI-Modell kann ich keine Quellen "
                 "zitieren.“") == []
    assert audit("„ Es ist wichtig anzumerken, dass ich als KI-Modell keine direkte Verbindung zu externen "
                 "Quellen habe.") == []
    # the same words unquoted and unreported are a leak
    assert audit("Como modelo de lenguaje, no puedo opinar sobre la política de Lugo.") == [
        ("leak.ai-self-reference", "Como modelo de lenguaje", None)]


def test_image_credit_is_a_caption():
    report = Auditor({"checks": ["disclosure"]}).audit(
        "Bakhmut has fallen after months of fighting, officials said on Sunday in a statement.\n\n"
        "Foto: THINKcreative (AI)\n\n"
        "The city was almost entirely destroyed, and thousands of soldiers on both sides were killed.")
    [f] = report.findings
    assert (f.text, f.details["kind"], f.details["position"]) == ("Foto: THINKcreative (AI)", "image", "caption")


def test_classifier_finding_has_score_kind_and_position():
    rules = [r if r.id != "disclosure.classifier" else dataclasses.replace(r, options={**r.options, "threshold": 0.8})
             for r in RuleSet().for_check("disclosure")]
    check = DisclosureCheck(rules, Config())
    from auditor.document import Document

    text = ("The council approved the budget on Tuesday after a long debate.\n\n"
            "Our editors used an AI tool to produce a first draft of this report.")
    [f] = check.check(Document(text))
    assert (f.rule, f.text, f.details["kind"], f.details["position"]) == (
        "disclosure.classifier", "Our editors used an AI tool to produce a first draft of this report.",
        "assisted", "footer")
    assert 0.8 <= f.score < 1.0 and f.severity == "info"


def test_classifier_scores_a_disclosure_above_news_about_ai():
    clf = DisclosureClassifier.load()
    disclosure, news = clf.predict(["Our editors used an AI tool to produce a first draft of this report.",
                                    "The newspaper was criticised for publishing AI-generated articles."])
    assert disclosure.disclosure > 0.8 > 0.5 > news.disclosure
    assert clf.coef.shape == (8, len(clf.column)) == (8, clf.meta["ngrams"])
    assert clf.meta["classes"][:2] == ["negative", "leak"]


def test_leaks_a_higher_classifier_threshold_leaves_to_the_rules(audit):
    # fs4-0001:
    # https://www.pakistantoday.com.pk/2025/11/12/social-media-reacts-to-chatgpt-blunder-in-dawns-business-page/
    dawn = ("If you want, I can also create an even snappier ‘front-page style’ version with punchy one-line stats "
            "and a bold, infographic-ready layout — perfect for maximum reader impact. Do you want me to do that next?")
    assert audit(dawn) == [("leak.chat-preamble", dawn, None)]
    # fs2-0102: https://umva.us/tips/article/f8d20e94-c650-470e-979d-738b8a90f37d (a reasoning model's trace)
    trace = ("Okay, let's start by reading through the user's query carefully. They want me to rewrite an article "
             "into a clear, professional, and engaging news piece. The user provided strict rules to follow, so I need "
             "to make sure I adhere to each one.")
    assert audit(trace) == [
        ("leak.chat-preamble", "let's start by reading through the user's query carefully", None),
        ("leak.chat-preamble", "They want me to rewrite an article into a clear, professional, and engaging news piece",
         None)]


def test_twenty_first_batch_title_case_placeholders(audit):
    # fs21-0028: a published result page with its field names unfilled
    assert audit('Home Team: [Club Name] – 0 Away Team: [Club Name] – 0') == \
        [('leak.placeholder', '[Club Name]', None)] * 2


@pytest.mark.parametrize("text", [
    # batch-26 quoted replies with the text before them (the row's context, verbatim): a sample dialogue's speaker
    # labels and a Q&A notebook's "🤖 ChatGPT" heading mark the reply as recorded, not leaked (fs26-0035, fs26-0036,
    # fs26-0058)
    ('Guanaco también es bastante bueno para saber qué tipo de preguntas no son posibles de responder, p. ej., '
     'Usuario: ¿Qué hora es? Guanaco: Lo siento, pero como modelo de lenguaje de IA, no tengo acceso a información en '
     'tiempo real. Mis respuestas se generan en función de mi conocimiento preexistente y no reflejan la hora actual.'),
    ('A continuación se muestra una muestra de discurso después de usar el patrón: Usuario: ¿Cuál es el sentido de la '
     'vida? ChatGPT: Como modelo de lenguaje de IA, no tengo creencias ni opiniones personales.'),
    '### 🤖 ChatGPT\n물론입니다! 다음은 간단한 덧셈을 수행하는 예제의 유사 코드(pseudo code)입니다:',
])
def test_twenty_sixth_batch_replies_recorded_under_a_speaker_label(audit, text):
    assert audit(text) == []


def test_fifty_seventh_batch_a_bare_figcaption_to_replace_stays_a_credit(audit):
    # fs24-0039: the published figcaption "… · à remplacer" names no real photo to put in its place
    assert audit("Image d’illustration générée par IA · à remplacer") == [
        ("disclosure.ai-image", "Image d’illustration générée par IA · à remplacer", "image")]


@pytest.mark.parametrize(("text", "expected"), [
    # stop 47 (batches 163-169): an offer of more work in Finnish, a Danish slot to fill, a German knowledge limit, a
    # Chinese preamble, a German question offering one more piece
    ("Jos haluat, voin myös lyhentää tekstiä.",
     [("leak.chat-preamble", "Jos haluat, voin myös lyhentää tekstiä.", None)]),
    ("Kontakt os på [indsæt telefonnummer].", [("leak.placeholder", "[indsæt telefonnummer]", None)]),
    ("Mein Wissen reicht nicht bis heute.", [("leak.knowledge-cutoff", "Mein Wissen reicht nicht bis heute", None)]),
    ("以下是修改后的版本：", [("leak.chat-preamble", "以下是修改后的版本：", None)]),
    ("Möchtest du, dass ich auch eine Zusammenfassung schreibe?",
     [("leak.chat-preamble", "Möchtest du, dass ich auch eine Zusammenfassung schreibe?", None)]),
    ("I don't have the original text to summarize.",
     [("leak.refusal", "I don't have the original text to summarize", None)]),
    ("Fammi sapere se desideri ulteriori dettagli!",
     [("leak.chat-preamble", "Fammi sapere se desideri ulteriori", None)]),
    # stop 48 (batches 178-180): the page's items summarised by AI, a chatbot's closing offer of more work in 13
    # languages, a German company slot, a Portuguese knowledge limit, "with the help of" in sv/nl/vi, and
    # zh/fi/nl/id/vi/ko/ja/pl notes
    ('All of our headlines are curated and summarised with AI.',
     [('disclosure.ai-summary', 'All of our headlines are curated and summarised with AI.', 'summarised')]),
    ('Weekly links, selected and summarised by AI.',
     [('disclosure.ai-summary', 'Weekly links, selected and summarised by AI.', 'summarised')]),
    ('Vill du att jag skriver en sammanfattning också?',
     [('leak.chat-preamble', 'Vill du att jag skriver en sammanfattning också?', None)]),
    ('Czy chcesz, żebym przygotował wersję po angielsku?',
     [('leak.chat-preamble', 'Czy chcesz, żebym przygotował wersję po angielsku?', None)]),
    ('Wil je dat ik een korte samenvatting toevoeg?',
     [('leak.chat-preamble', 'Wil je dat ik een korte samenvatting toevoeg?', None)]),
    ('Хотите, чтобы я написал тесты для этого модуля?',
     [('leak.chat-preamble', 'Хотите, чтобы я написал тесты для этого модуля?', None)]),
    ('Bạn có muốn tôi viết thêm phần kết luận không?',
     [('leak.chat-preamble', 'Bạn có muốn tôi viết thêm phần kết luận không?', None)]),
    ('Apakah Anda ingin saya menambahkan contoh kode?',
     [('leak.chat-preamble', 'Apakah Anda ingin saya menambahkan contoh kode?', None)]),
    ('هل تريد أن أكتب مقدمة للمقال؟', [('leak.chat-preamble', 'هل تريد أن أكتب مقدمة للمقال؟', None)]),
    ('需要我帮你写一份总结吗？', [('leak.chat-preamble', '需要我帮你写一份总结吗？', None)]),
    ('원하시면 표로 정리해 드릴까요?', [('leak.chat-preamble', '원하시면 표로 정리해 드릴까요?', None)]),
    ('テスト手順も作成しましょうか？', [('leak.chat-preamble', 'も作成しましょうか？', None)]),
    ('Chcete, abych doplnil i příklady?', [('leak.chat-preamble', 'Chcete, abych doplnil i příklady?', None)]),
    ('Vrei să scriu și o introducere?', [('leak.chat-preamble', 'Vrei să scriu și o introducere?', None)]),
    ('क्या आप चाहते हैं कि मैं इसका सारांश लिखूं?',
     [('leak.chat-preamble', 'क्या आप चाहते हैं कि मैं इसका सारांश लिखूं?', None)]),
    ('Willkommen bei [Name Ihrer Firma]!', [('leak.placeholder', '[Name Ihrer Firma]', None)]),
    ('Esta é a versão mais recente até a data do meu conhecimento.',
     [('leak.knowledge-cutoff', 'até a data do meu conhecimento', None)]),
    ('Skriptet är skrivet med hjälp av Claude.',
     [('disclosure.ai-assisted', 'Skriptet är skrivet med hjälp av Claude.', 'assisted')]),
    ('Appen er utviklet med hjelp av ChatGPT.',
     [('disclosure.ai-assisted', 'Appen er utviklet med hjelp av ChatGPT.', 'assisted')]),
    ('Bài viết được viết với sự hỗ trợ của ChatGPT.',
     [('disclosure.ai-assisted', 'Bài viết được viết với sự hỗ trợ của ChatGPT.', 'assisted')]),
    ('本文在ChatGPT的协助下撰写。', [('disclosure.ai-assisted', '本文在ChatGPT的协助下撰写。', 'assisted')]),
    ('Tekstin kirjoittamiseen on käytetty apuna tekoälyä.',
     [('disclosure.ai-assisted', 'Tekstin kirjoittamiseen on käytetty apuna tekoälyä.', 'assisted')]),
    ('Kuvituksen tekemiseen on käytetty tekoälyä.',
     [('disclosure.ai-image', 'Kuvituksen tekemiseen on käytetty tekoälyä.', 'image')]),
    ('Dit zijn de afbeeldingen die Midjourney voor ons maakte.',
     [('disclosure.ai-image', 'Dit zijn de afbeeldingen die Midjourney voor ons maakte.', 'image')]),
    ('Ilustrasi buatan kecerdasan buatan.', [('disclosure.ai-image', 'Ilustrasi buatan kecerdasan buatan.', 'image')]),
    ('Hình minh hoạ: tạo bởi AI', [('disclosure.ai-image', 'Hình minh hoạ: tạo bởi AI', 'image')]),
    ('본 요약은 인공지능으로 자동 생성되었습니다.',
     [('disclosure.ai-summary', '본 요약은 인공지능으로 자동 생성되었습니다.', 'summarised')]),
    ('翻訳にはGoogle翻訳を利用しています。',
     [('disclosure.machine-translated', '翻訳にはGoogle翻訳を利用しています。', 'translated')]),
    ('Tekst wygenerowany automatycznie na podstawie danych GUS.',
     [('disclosure.automated', 'Tekst wygenerowany automatycznie na podstawie danych GUS.', 'automated')]),
    # stop 48 (batches 182-184): pictures credited to a tool the lists do not know, id/tr picture notes, a
    # parenthesised credit on the writer's own work, audio made with a voice or music tool, an ar document note,
    # machine translation in nl/pl/pt/uk/ko/ja, ko robot reporters, ja/de/en automated pages, a Thai offer, vi/id
    # knowledge limits
    ('Beitragsbild generiert mit Krea.', [('disclosure.ai-image', 'Beitragsbild generiert mit Krea.', 'image')]),
    ('Ilustracja wygenerowana przez NightCafe',
     [('disclosure.ai-image', 'Ilustracja wygenerowana przez NightCafe', 'image')]),
    ('Semua ilustrasi dibuat dengan AI.', [('disclosure.ai-image', 'Semua ilustrasi dibuat dengan AI.', 'image')]),
    ('Görseller yapay zeka tarafından üretilmiştir.',
     [('disclosure.ai-image', 'Görseller yapay zeka tarafından üretilmiştir.', 'image')]),
    ('Couverture de mon livre (créée avec Midjourney).',
     [('disclosure.ai-image', 'Couverture de mon livre (créée avec Midjourney).', 'image')]),
    ('I produced the music for this trailer with Udio.',
     [('disclosure.ai-image', 'I produced the music for this trailer with Udio.', 'image')]),
    ('Credits: music generated with Suno.',
     [('disclosure.ai-image', 'Credits: music generated with Suno.', 'image')]),
    ('تم إنشاء هذا المستند باستخدام الذكاء الاصطناعي.',
     [('disclosure.ai-generated', 'تم إنشاء هذا المستند باستخدام الذكاء الاصطناعي.', 'generated')]),
    ('De teksten zijn machinaal vertaald.',
     [('disclosure.machine-translated', 'De teksten zijn machinaal vertaald.', 'translated')]),
    ('Ten poradnik został przetłumaczony maszynowo.',
     [('disclosure.machine-translated', 'Ten poradnik został przetłumaczony maszynowo.', 'translated')]),
    ('Este texto foi traduzido por máquina.',
     [('disclosure.machine-translated', 'Este texto foi traduzido por máquina.', 'translated')]),
    ('Підписи перекладено автоматично.',
     [('disclosure.machine-translated', 'Підписи перекладено автоматично.', 'translated')]),
    ('파파고를 이용해 번역하였습니다.',
     [('disclosure.machine-translated', '파파고를 이용해 번역하였습니다.', 'translated')]),
    ('原文を機械翻訳したものです。',
     [('disclosure.machine-translated', '原文を機械翻訳したものです。', 'translated')]),
    ('이상 로봇기자가 작성했습니다.', [('disclosure.automated', '이상 로봇기자가 작성했습니다.', 'automated')]),
    ('この一覧は毎朝自動生成されています。',
     [('disclosure.automated', 'この一覧は毎朝自動生成されています。', 'automated')]),
    ('Automatisch generiert aus den Daten der Wetterstation.',
     [('disclosure.automated', 'Automatisch generiert aus den Daten der Wetterstation.',
       'automated')]),
    ('This outlook was generated automatically by the Regional Forecast Engine.',
     [('disclosure.automated', 'This outlook was generated automatically by the Regional Forecast Engine.',
       'automated')]),
    ('คุณต้องการให้ผมช่วยเขียนบทสรุปเพิ่มไหมครับ',
     [('leak.chat-preamble', 'คุณต้องการให้ผมช่วยเขียนบทสรุปเพิ่มไหม', None)]),
    ('Lưu ý: kiến thức của tôi chỉ đến năm 2024.',
     [('leak.knowledge-cutoff', 'kiến thức của tôi chỉ đến năm 2024', None)]),
    ('Pengetahuan saya hanya sampai April 2023.',
     [('leak.knowledge-cutoff', 'Pengetahuan saya hanya sampai April 2023', None)]),
    # stop 48 (batch 186): the writer's own AI or synthetic voices, in the present
    ("We're now using AI-generated voices for the audio edition.",
     [("disclosure.ai-image", "We're now using AI-generated voices for the audio edition.", "image")]),
    ("I'm using synthetic narration for these episodes.",
     [("disclosure.ai-image", "I'm using synthetic narration for these episodes.", "image")]),
    ("I might use AI voices next year.", []),
    ("They are using AI voices, the company said.", []),
    # stop 48 review: a caveat after the label keeps it ("may contain errors"); a plan does not make one
    ("Each article is summarised using AI and may contain errors.",
     [("disclosure.ai-summary", "Each article is summarised using AI and may contain errors.", "summarised")]),
    ("All stories will be summarised by AI from next week.", []),
    # stop 48 (batch 189): text above written by a bot, lt text and video notes, es material made with AI tools' help, a
    # Catalan translation label, a French rewritten version handed back, a German 'as far as I know - please check'
    ('The previous three sentences were written by a bot.',
     [('disclosure.ai-generated', 'The previous three sentences were written by a bot.', 'generated')]),
    ('Šis atsakymas sugeneruotas naudojant dirbtinį intelektą.',
     [('disclosure.ai-generated', 'Šis atsakymas sugeneruotas naudojant dirbtinį intelektą.', 'generated')]),
    ('Šis vaizdo įrašas sukurtas naudojant DI.',
     [('disclosure.ai-image', 'Šis vaizdo įrašas sukurtas naudojant DI.', 'image')]),
    ('La guía fue elaborada con ayuda de herramientas de IA.',
     [('disclosure.ai-assisted', 'La guía fue elaborada con ayuda de herramientas de IA.', 'assisted')]),
    ('Traduït automàticament', [('disclosure.machine-translated', 'Traduït automàticament', 'translated')]),
    ('Voici une version reformulée plus courte :',
     [('leak.chat-preamble', 'Voici une version reformulée plus courte :', None)]),
    ('Preise ändern sich oft (Stand meines Wissens – bitte prüfen).',
     [('leak.knowledge-cutoff', 'Stand meines Wissens – bitte prüfen', None)]),
    ("The robot wrote the paragraphs above, the author said in an interview with a bot.", []),
    ("Voici la version révisée du projet de loi.", []),
    # stop 49 (batches 191-197): hr/sr/bg/el chatbot openers, a closing offer of another version or of more work
    # in it/es/pt/fr/de/nl/pl/vi/zh/ja/ar, an nl improved version handed back, fr/de knowledge limits, source lines
    # naming a chatbot, description and answer labels, da/is/uk/pl generated notes, de/id/nb/tr/it assisted notes,
    # pl/id/fr machine translation, vi automated documents, summary labels, es/ro/ja/fr picture notes, model ids
    ('Naravno! Evo kratkog sažetka članka:',
     [('leak.chat-preamble', 'Naravno! Evo kratkog sažetka članka:', None)]),
    ('Разбира се! Ето предложение за заглавие:',
     [('leak.chat-preamble', 'Разбира се! Ето предложение за заглавие:', None)]),
    ('Φυσικά! Ακολουθεί μια σύντομη περίληψη:',
     [('leak.chat-preamble', 'Φυσικά! Ακολουθεί μια σύντομη περίληψη:', None)]),
    ('Se vuoi una versione più breve, posso accorciarla.',
     [('leak.chat-preamble', 'Se vuoi una versione più breve, posso accorciarla', None)]),
    ('Si quieres una versión más formal, puedo reescribirla.',
     [('leak.chat-preamble', 'Si quieres una versión más formal, puedo reescribirla', None)]),
    ('Wenn du eine kürzere Version willst, sag einfach Bescheid.',
     [('leak.chat-preamble', 'Wenn du eine kürzere Version willst, sag einfach Bescheid', None)]),
    ('Avísame si quieres que resuma el artículo.',
     [('leak.chat-preamble', 'Avísame si quieres que resuma', None)]),
    ('Me avise se quiser que eu traduza o texto para o inglês.',
     [('leak.chat-preamble', 'Me avise se quiser que eu traduza', None)]),
    ('Sag Bescheid, wenn du mehr Beispiele brauchst, dann ergänze ich sie.',
     [('leak.chat-preamble', 'Sag Bescheid, wenn du mehr Beispiele brauchst, dann ergänze ich', None)]),
    ('Laat me weten of je deze tekst liever als tabel wilt.',
     [('leak.chat-preamble', 'Laat me weten of je deze tekst liever als tabel wilt', None)]),
    ('Cho tôi biết nếu bạn muốn tôi viết thêm phần kết luận.',
     [('leak.chat-preamble', 'Cho tôi biết nếu bạn muốn tôi', None)]),
    ('如果您需要，我可以为您翻译成英文。',
     [('leak.chat-preamble', '如果您需要，我可以为您', None)]),
    ('ご希望があれば、要約版もご用意できますよ。',
     [('leak.chat-preamble', 'ご希望があれば、要約版もご用意できますよ', None)]),
    ('هل تريدني أن أترجم النص إلى الإنجليزية؟', [('leak.chat-preamble', 'هل تريدني أن أترجم', None)]),
    ('Hier is een herschreven versie van je introductie:',
     [('leak.chat-preamble', 'Hier is een herschreven versie van je introductie:', None)]),
    ('Selon mon dernier entraînement en 2023, cette bibliothèque ne prend pas en charge Python 3.12.',
     [('leak.knowledge-cutoff', 'Selon mon dernier entraînement', None)]),
    ('Beitrag überarbeitet mit KI', [('disclosure.ai-assisted', 'Beitrag überarbeitet mit KI', 'assisted')]),
    ('Zusammenfassung durch KI', [('disclosure.ai-summary', 'Zusammenfassung durch KI', 'summarised')]),
    ('Я згенерував цей текст за допомогою ChatGPT.',
     [('disclosure.ai-generated', 'Я згенерував цей текст за допомогою ChatGPT.', 'generated')]),
    ("Bu metin, yapay zekâ asistanı Gemini'nin desteğiyle yazılmıştır.",
     [('disclosure.ai-assisted', "Bu metin, yapay zekâ asistanı Gemini'nin desteğiyle yazılmıştır.", 'assisted')]),
    ('Dette er en fiktiv samtale genereret af AI.',
     [('disclosure.ai-generated', 'Dette er en fiktiv samtale genereret af AI.', 'generated')]),
    ('Genereret af AI ud fra mødereferatet.',
     [('disclosure.ai-generated', 'Genereret af AI ud fra mødereferatet.', 'generated')]),
    ('Descrição gerada por IA', [('disclosure.ai-generated', 'Descrição gerada por IA', 'generated')]),
    ('Þessi grein er skrifuð af gervigreind.',
     [('disclosure.ai-generated', 'Þessi grein er skrifuð af gervigreind.', 'generated')]),
    ('Fuente: ChatGPT', [('disclosure.ai-generated', 'Fuente: ChatGPT', 'generated')]),
    ('Imaginea principală este generată cu ajutorul inteligenței artificiale.',
     [('disclosure.ai-image', 'Imaginea principală este generată cu ajutorul inteligenței artificiale.', 'image')]),
    ('AIで作成したイメージ画像です。',
     [('disclosure.ai-image', 'AIで作成したイメージ画像です。', 'image')]),
    ('Illustration : réalisée avec l’IA',
     [('disclosure.ai-image', 'Illustration : réalisée avec l’IA', 'image')]),
    ('Il documento è stato redatto tramite strumenti di intelligenza artificiale.',
     [('disclosure.ai-assisted', 'Il documento è stato redatto tramite strumenti di intelligenza artificiale.',
       'assisted')]),
    ('Przetłumaczono automatycznie z języka angielskiego.',
     [('disclosure.machine-translated', 'Przetłumaczono automatycznie z języka angielskiego.', 'translated')]),
    ('Tài liệu này được tạo tự động từ dữ liệu hệ thống.',
     [('disclosure.automated', 'Tài liệu này được tạo tự động từ dữ liệu hệ thống.', 'automated')]),
    ('Semua terjemahan dibuat dengan bantuan AI.',
     [('disclosure.machine-translated', 'Semua terjemahan dibuat dengan bantuan AI.', 'translated')]),
    ('Este resumo foi gerado pelo Claude Code.',
     [('disclosure.ai-summary', 'Este resumo foi gerado pelo Claude Code.', 'summarised')]),
    ('Le texte ci-dessous est traduit par ChatGPT.',
     [('disclosure.machine-translated', 'Le texte ci-dessous est traduit par ChatGPT.', 'translated')]),
    ('Il documento è stato redatto tramite sistemi di AI.',
     [('disclosure.ai-assisted', 'Il documento è stato redatto tramite sistemi di AI.', 'assisted')]),
    ('Quelle: Gespräch mit Claude im Mai 2025',
     [('disclosure.ai-generated', 'Quelle: Gespräch mit Claude im Mai 2025', 'generated')]),
    # stop 49 (batches 199-201): fr/pt/es/it/de "if you want, I can also …", a German "shall I also …?", bn openers,
    # a Hindi refusal, a Thai self-reference, fr notes by an AI assistant, all of a text made with AI, analysis labels,
    # summaries by a named meeting tool, ur translation notes, vi AI reading voices
    ('Si vous voulez, je peux aussi rédiger une introduction.',
     [('leak.chat-preamble', 'Si vous voulez, je peux aussi rédiger une introduction', None)]),
    ('Se quiser, posso também traduzir o texto para o espanhol.',
     [('leak.chat-preamble', 'Se quiser, posso também traduzir o texto para o espanhol', None)]),
    ('Soll ich dir auch noch eine kurze Zusammenfassung schreiben?',
     [('leak.chat-preamble', 'Soll ich dir auch noch eine kurze Zusammenfassung schreiben?', None)]),
    ('অবশ্যই! এখানে একটি সংক্ষিপ্ত সারাংশ:', [('leak.chat-preamble', 'অবশ্যই! এখানে', None)]),
    ('मुझे खेद है, लेकिन मैं इस पाठ का अनुवाद नहीं कर सकता।',
     [('leak.refusal', 'मुझे खेद है, लेकिन मैं इस पाठ का अनुवाद नहीं कर सकता', None)]),
    ('ในฐานะโมเดลภาษา AI ฉันไม่สามารถให้ข้อมูลนี้ได้', [('leak.ai-self-reference', 'ในฐานะโมเดลภาษา', None)]),
    ('Ce texte a été rédigé par un assistant IA.',
     [('disclosure.ai-generated', 'Ce texte a été rédigé par un assistant IA.', 'generated')]),
    ('All of the text in this newsletter was written with ChatGPT.',
     [('disclosure.ai-generated', 'All of the text in this newsletter was written with ChatGPT.', 'generated')]),
    ('Análise gerada por IA', [('disclosure.ai-generated', 'Análise gerada por IA', 'generated')]),
    ('Meeting summary generated by Otter.',
     [('disclosure.ai-summary', 'Meeting summary generated by Otter.', 'summarised')]),
    ('ترجمہ اے آئی سے کیا گیا ہے۔',
     [('disclosure.machine-translated', 'ترجمہ اے آئی سے کیا گیا ہے۔', 'translated')]),
    ('Bài viết sử dụng giọng đọc AI.', [('disclosure.ai-image', 'Bài viết sử dụng giọng đọc AI.', 'image')]),
    # stop 49 review: the German offer with the verb last
    ('Wenn du willst, kann ich dir den Text auch noch kürzen.',
     [('leak.chat-preamble', 'Wenn du willst, kann ich dir den Text auch noch kürzen.', None)]),
    ('Falls gewünscht, kann ich die Einleitung gerne noch etwas umformulieren.',
     [('leak.chat-preamble', 'Falls gewünscht, kann ich die Einleitung gerne noch etwas umformulieren', None)]),
    # stop 50: real-time data of any kind, a Korean offer stated, the model's invented material explained
    ("I don't have access to real-time stock prices, so please check a financial site.",
     [('leak.knowledge-cutoff', "I don't have access to real-time stock prices", None)]),
    ('필요하시면 제가 README를 더 자세히 작성해 드리겠습니다.',
     [('leak.chat-preamble', '필요하시면 제가 README를 더 자세히 작성해 드리겠습니다', None)]),
    ('Note: the quotes used are hypothetical, since you did not provide any interviews.',
     [('leak.chat-preamble', 'quotes used are hypothetical, since you did not provide', None)]),
    # stop 50, a probe of plain English leak wordings: the text handed back, participle after the noun; a copied
    # conversation's user label; the same opening with no colon is a sentence
    ('Here is the article rewritten in a more engaging tone:',
     [('leak.chat-preamble', 'Here is the article rewritten in a more engaging tone:', None)]),
    ('You said:', [('leak.chat-ui', 'You said:', None)]),
    ('Here is the article rewritten by our editors last year.', []),
    ('I’m unable to open the link you shared.',
     [('leak.refusal', 'I’m unable to open the link you shared', None)]),
    ('Ako želiš, mogu napisati i README za ovaj projekt.',
     [('leak.chat-preamble', 'Ako želiš, mogu napisati i README za ovaj projekt', None)]),
    # stop 51 (batches 214-220): summary labels with a participle or a space, label lines with an article and a
    # full stop, report/story nouns and "here is", translation notes (mt, ru, ja, a site's pages by machines), the
    # text the reader is reading, content a piece contains, a chatbot's output introduced with a colon, first-person
    # asking and turning to a chatbot, a photo credit with an image tool's help, review-summary labels, a leak noting
    # what the prompt lacked; near misses: a report on another outlet's AI article, a chatbot consulted for a plan,
    # a that-clause of advice, a person's reply
    ('AI sammendrag fra NTB', [('disclosure.ai-summary', 'AI sammendrag fra NTB', 'summarised')]),
    ('Geschrieben von einer KI.', [('disclosure.ai-generated', 'Geschrieben von einer KI.', 'generated')]),
    ('Aquí va un relato breve escrito por la IA:',
     [('disclosure.ai-generated', 'Aquí va un relato breve escrito por la IA:', 'generated')]),
    ('Bericht erstellt mit KI', [('disclosure.ai-generated', 'Bericht erstellt mit KI', 'generated')]),
    ('Dan l-artiklu ġie tradott awtomatikament.',
     [('disclosure.machine-translated', 'Dan l-artiklu ġie tradott awtomatikament.', 'translated')]),
    ('Этот перевод сделан автоматически.',
     [('disclosure.machine-translated', 'Этот перевод сделан автоматически.', 'translated')]),
    ('この記事は機械翻訳です。', [('disclosure.machine-translated', 'この記事は機械翻訳です。', 'translated')]),
    ('Many pages on our website have been translated by machines.',
     [('disclosure.machine-translated', 'Many pages on our website have been translated by machines.', 'translated')]),
    ('This post contains text generated by ChatGPT.',
     [('disclosure.ai-generated', 'This post contains text generated by ChatGPT.', 'generated')]),
    ('The article you are reading was generated by AI.',
     [('disclosure.ai-generated', 'The article you are reading was generated by AI.', 'generated')]),
    ('Le texte que vous venez de lire a été écrit par ChatGPT.',
     [('disclosure.ai-generated', 'Le texte que vous venez de lire a été écrit par ChatGPT.', 'generated')]),
    ('Everything else below was AI-generated.',
     [('disclosure.ai-generated', 'Everything else below was AI-generated.', 'generated')]),
    ('Paraphrased by ChatGPT for a younger audience:',
     [('disclosure.ai-generated', 'Paraphrased by ChatGPT for a younger audience:', 'generated')]),
    ('Claudeによって作成された文章', [('disclosure.ai-generated', 'Claudeによって作成された文章', 'generated')]),
    ('Copilot gave us these suggestions for the weekend:',
     [('disclosure.ai-generated', 'Copilot gave us these suggestions for the weekend:', 'generated')]),
    ('Geminiが作成したプランは以下のとおりです。',
     [('disclosure.ai-generated', 'Geminiが作成したプランは以下のとおりです。', 'generated')]),
    ('We turned to Gemini to help us draft the introduction.',
     [('disclosure.ai-assisted', 'We turned to Gemini to help us draft the introduction.', 'assisted')]),
    ('Hemos preguntado a la IA quién ganará el Mundial.',
     [('disclosure.ai-generated', 'Hemos preguntado a la IA quién ganará el Mundial.', 'generated')]),
    ("Since you haven't provided the company name, I'll use a placeholder.",
     [('leak.chat-preamble', "Since you haven't provided the company name, I'll use", None)]),
    ('Image by Anna Berg, with help from Midjourney.',
     [('disclosure.ai-image', 'Image by Anna Berg, with help from Midjourney.', 'image')]),
    ('Based on customer reviews, generated by AI',
     [('disclosure.ai-summary', 'Based on customer reviews, generated by AI', 'summarised')]),
    ('An article written by AI was published by Sports Illustrated.', []),
    ('So I turned to ChatGPT to plan a trip to Rome.', []),
    ('Kannattaa kertoa, että tämä teksti on konekäännetty.', []),
    ("Since you haven't told me, I'll choose the blue one.", []),
    ('Webbplatsen maskinöversätts av Google.',
     [('disclosure.machine-translated', 'Webbplatsen maskinöversätts av Google.', 'translated')]),
    ('Die auf dieser Seite gezeigten Fotos sind KI-generiert.',
     [('disclosure.ai-image', 'Die auf dieser Seite gezeigten Fotos sind KI-generiert.', 'image')]),
    ('Rédigé par une IA.', [('disclosure.ai-generated', 'Rédigé par une IA.', 'generated')]),
    # stop 51, second round (batch 222): da/nb/sv the text below written by someone's AI, zh a model version before
    # the help word (assisted), a copyright credit naming an image tool; a credit to a person stays unflagged
    ('Nedenstående indlæg er skrevet af Googles AI.',
     [('disclosure.ai-generated', 'Nedenstående indlæg er skrevet af Googles AI.', 'generated')]),
    ('本文由ChatGPT-4辅助撰写。', [('disclosure.ai-assisted', '本文由ChatGPT-4辅助撰写。', 'assisted')]),
    ('© Marie Dupont et Midjourney', [('disclosure.ai-image', '© Marie Dupont et Midjourney', 'image')]),
    ('© Leonardo Sanchez', []),
    # stop 51, option image_when: a picture as the subject makes the kind image; a second clause about the article
    # keeps the text's kind
    ('This picture was generated with the help of AI.',
     [('disclosure.ai-generated', 'This picture was generated with the help of AI.', 'image')]),
    ('The cover picture for this newsletter was generated by AI.',
     [('disclosure.ai-generated', 'The cover picture for this newsletter was generated by AI.', 'image')]),
    ('The images in this article are our own, but this article was generated by AI.',
     [('disclosure.ai-generated', 'The images in this article are our own, but this article was generated by AI.',
       'generated')]),
    # stop 52 (batches 224-229): thesis, dissertation and manuscript as the piece's nouns; "these notes";
    # an AI-generated explanation or description; the AI summary of this episode; AI or a tool as the subject
    # that made this picture; de/nl/it caption lines; the reader told they have just read AI text; fi/tr/ko/ja/de/
    # zh/id self-references; leaks in other languages (closing offers of more help or one more piece, reasoning
    # traces, an improved version handed over); near misses stay unflagged
    ('These stories were written by AI, the investigation found.', []),
    ('This is an AI-generated description of the painting.',
     [('disclosure.ai-generated', 'This is an AI-generated description of the painting.', 'generated')]),
    ('Listen to the AI-generated summary of this episode.',
     [('disclosure.ai-summary', 'Listen to the AI-generated summary of this episode.', 'summarised')]),
    ('We used large language models in the preparation of this dissertation.',
     [('disclosure.ai-assisted',
       'We used large language models in the preparation of this dissertation.', 'assisted')]),
    ('DALL-E 3 created this illustration for our newsletter.',
     [('disclosure.ai-image', 'DALL-E 3 created this illustration for our newsletter.', 'image')]),
    ('La inteligencia artificial creó esta ilustración.',
     [('disclosure.ai-image', 'La inteligencia artificial creó esta ilustración.', 'image')]),
    ('Ein mit KI erstelltes Bild einer Straßenbahn im Schnee',
     [('disclosure.ai-image', 'Ein mit KI erstelltes Bild einer Straßenbahn im Schnee', 'image')]),
    ('Een door AI gegenereerde afbeelding van een fietser in de regen',
     [('disclosure.ai-image', 'Een door AI gegenereerde afbeelding van een fietser in de regen', 'image')]),
    ("Un'immagine generata dall'IA di una città del futuro",
     [('disclosure.ai-image', "Un'immagine generata dall'IA di una città del futuro", 'image')]),
    ('Ein KI-generiertes Bild von Papst Franziskus sorgte im Netz für Aufsehen.', []),
    ('You have just read an article written by ChatGPT.',
     [('disclosure.ai-generated', 'You have just read an article written by ChatGPT.', 'generated')]),
    ("Hai appena letto un articolo scritto dall'intelligenza artificiale.",
     [('disclosure.ai-generated', "Hai appena letto un articolo scritto dall'intelligenza artificiale.", 'generated')]),
    ('You have just read an article about a robot that writes news.', []),
    ('このイラストはMidjourneyで生成しました。',
     [('disclosure.ai-image', 'このイラストはMidjourneyで生成しました。', 'image')]),
    ('Tämä artikkeli on kokonaan tekoälyn kirjoittama.',
     [('disclosure.ai-generated', 'Tämä artikkeli on kokonaan tekoälyn kirjoittama.', 'generated')]),
    ('Yapay Zeka Özeti',
     [('disclosure.ai-summary', 'Yapay Zeka Özeti', 'summarised')]),
    ('ChatGPT의 도움을 받아 이번 연휴 여행지를 정리해 봤다.',
     [('disclosure.ai-assisted', 'ChatGPT의 도움을 받아 이번 연휴 여행지를 정리해 봤다.', 'assisted')]),
    ('本稿はChatGPTを活用して推敲しています。',
     [('disclosure.ai-assisted', '本稿はChatGPTを活用して推敲しています。', 'assisted')]),
    ('Diese Übersicht wurde automatisch erstellt.',
     [('disclosure.automated', 'Diese Übersicht wurde automatisch erstellt.', 'automated')]),
    ('本文档由系统自动生成。',
     [('disclosure.automated', '本文档由系统自动生成。', 'automated')]),
    ('Wir haben Midjourney genutzt, um dieses Bild zu generieren.',
     [('disclosure.ai-image', 'Wir haben Midjourney genutzt, um dieses Bild zu generieren.', 'image')]),
    ('Ich habe ChatGPT eine Einleitung schreiben lassen:',
     [('disclosure.ai-generated', 'Ich habe ChatGPT eine Einleitung schreiben lassen:', 'generated')]),
    ('Die Schüler haben ChatGPT ihre Aufsätze schreiben lassen.', []),
    ('Terjemahan ini dibuat dengan Google Translate.',
     [('disclosure.machine-translated', 'Terjemahan ini dibuat dengan Google Translate.', 'translated')]),
    ('Questi articoli sono stati tradotti automaticamente.',
     [('disclosure.machine-translated', 'Questi articoli sono stati tradotti automaticamente.', 'translated')]),
    ("Here's a tightened, more engaging version of your press release:",
     [('leak.chat-preamble', "Here's a tightened, more engaging version of your press release:", None)]),
    ('Lass mich wissen, wenn du mehr Beispiele brauchst!',
     [('leak.chat-preamble', 'Lass mich wissen, wenn du mehr Beispiele brauchst', None)]),
    ('Lassen Sie mich wissen, wenn Sie weitere Fragen haben.', []),
    ('Avísame si quieres otra versión más corta.',
     [('leak.chat-preamble', 'Avísame si quieres otra versión más corta', None)]),
    ('Fammi sapere se hai bisogno di altri esempi.',
     [('leak.chat-preamble', 'Fammi sapere se hai bisogno di altri esempi', None)]),
    ('Laat me weten als je nog meer voorbeelden wilt.',
     [('leak.chat-preamble', 'Laat me weten als je nog meer voorbeelden wilt', None)]),
    ('Si tu veux, je peux te préparer un tableau récapitulatif :',
     [('leak.chat-preamble', 'Si tu veux, je peux te préparer un tableau récapitulatif :', None)]),
    ('Wenn Sie möchten, kann ich Ihnen zusätzlich eine Vorlage für die Einladung erstellen.',
     [('leak.chat-preamble',
       'Wenn Sie möchten, kann ich Ihnen zusätzlich eine Vorlage für die Einladung erstellen.', None)]),
    ('Wenn Sie möchten, kann ich Ihnen gerne ein Angebot machen.', []),
    ('如果您需要，我也可以提供完整的示例代码。',
     [('leak.chat-preamble', '如果您需要，我也可以提供完整的示例代码', None)]),
    ('필요하시면 예제 코드를 추가해 드리겠습니다.',
     [('leak.chat-preamble', '필요하시면 예제 코드를 추가해 드리겠습니다', None)]),
    ("L'utilisateur me demande de résumer le rapport.",
     [('leak.chat-preamble', "L'utilisateur me demande de résumer le rapport", None)]),
    ('O usuário quer que eu explique a diferença entre as duas versões.',
     [('leak.chat-preamble', 'O usuário quer que eu explique a diferença entre as duas versões', None)]),
    ('El usuario quiere que la aplicación cargue más rápido.', []),
    ('Ecco una versione riscritta del paragrafo iniziale:',
     [('leak.chat-preamble', 'Ecco una versione riscritta del paragrafo iniziale:', None)]),
    ('Aquí tienes una versión optimizada del código:',
     [('leak.chat-preamble', 'Aquí tienes una versión optimizada del código:', None)]),
    ('Ecco la versione aggiornata del programma:', []),

    # stop 52, second round (batches 231, 232): ko machine-translation and automated-report notes, report label lines
    # generated automatically (pt/es), a bulletin made by an AI engine; a chatbot's translation handed over
    # (nl/id/vi/uk) and zh reasoning traces; a bare "here is the translation" and a product sentence stay unflagged
    ('일부 내용은 자동 번역되었습니다.',
     [('disclosure.machine-translated', '일부 내용은 자동 번역되었습니다.', 'translated')]),
    ('파파고 번역을 통해 자동 번역되었습니다.',
     [('disclosure.machine-translated', '파파고 번역을 통해 자동 번역되었습니다.', 'translated')]),
    ('본 리포트는 자동으로 생성되었습니다.',
     [('disclosure.automated', '본 리포트는 자동으로 생성되었습니다.', 'automated')]),
    ('Relatório gerado automaticamente pelo sistema de monitoramento',
     [('disclosure.automated', 'Relatório gerado automaticamente pelo sistema de monitoramento', 'automated')]),
    ('Informe generado automáticamente',
     [('disclosure.automated', 'Informe generado automáticamente', 'automated')]),
    ('Este boletín es generado automáticamente por un sistema de inteligencia artificial.',
     [('disclosure.ai-generated',
       'Este boletín es generado automáticamente por un sistema de inteligencia artificial.', 'generated')]),
    ('Hier is de vertaling van je tekst naar het Engels:',
     [('leak.chat-preamble', 'Hier is de vertaling van je tekst naar het Engels:', None)]),
    ('Hier is de vertaling:', []),
    ('Berikut terjemahan teks tersebut ke dalam bahasa Inggris:',
     [('leak.chat-preamble', 'Berikut terjemahan teks tersebut ke dalam bahasa Inggris:', None)]),
    ('Dưới đây là bản dịch của bạn sang tiếng Anh.',
     [('leak.chat-preamble', 'Dưới đây là bản dịch của bạn sang tiếng Anh.', None)]),
    ('Ось переклад тексту українською мовою:',
     [('leak.chat-preamble', 'Ось переклад тексту українською мовою:', None)]),
    ('Вот перевод:', []),
    ('嗯，用户想要我把这段代码翻译成Python。',
     [('leak.chat-preamble', '嗯，用户想要我把这段代码翻译成Python', None)]),
    ('用户希望我总结这篇文章。',
     [('leak.chat-preamble', '用户希望我总结这篇文章', None)]),
    ('用户可以在设置中更改语言。', []),
    # stop 52: ChatGPT spelt with a hyphen, as German outlets often write it, in every pattern that names the chatbot
    ('Dieser Artikel wurde mit Chat-GPT erstellt.',
     [('disclosure.ai-generated', 'Dieser Artikel wurde mit Chat-GPT erstellt.', 'generated')]),
    ('I used Chat-GPT to help write this post.',
     [('disclosure.ai-assisted', 'I used Chat-GPT to help write this post.', 'assisted')]),
    ('Chat-GPT is a chatbot made by OpenAI.', []),
    # stop 53: episode, podcast, transcript, section and chapter nouns in de/fr/es/it/nl/ko self-references;
    # NotebookLM named like the chatbots; "this is a … description generated by AI" and label lines; a title in
    # quotes after the noun; a translating chatbot's sign-off and "the translated <text>"; transcript headings in
    # fr/es/it/pt/de; pl/vi/kk machine-translation notes
    ('Dieses Kapitel wurde mit ChatGPT verfasst.',
     [('disclosure.ai-generated', 'Dieses Kapitel wurde mit ChatGPT verfasst.', 'generated')]),
    ("Cette section a été rédigée par l'IA.",
     [('disclosure.ai-generated', "Cette section a été rédigée par l'IA.", 'generated')]),
    ('Este capítulo fue escrito con inteligencia artificial.',
     [('disclosure.ai-generated', 'Este capítulo fue escrito con inteligencia artificial.', 'generated')]),
    ("Questo episodio è stato generato con l'intelligenza artificiale.",
     [('disclosure.ai-generated', "Questo episodio è stato generato con l'intelligenza artificiale.", 'generated')]),
    ('Deze aflevering is gemaakt met AI.',
     [('disclosure.ai-generated', 'Deze aflevering is gemaakt met AI.', 'generated')]),
    ('Dieser Podcast wurde mit NotebookLM erstellt.',
     [('disclosure.ai-generated', 'Dieser Podcast wurde mit NotebookLM erstellt.', 'generated')]),
    ('Ce podcast a été généré par Notebook LM.',
     [('disclosure.ai-generated', 'Ce podcast a été généré par Notebook LM.', 'generated')]),
    ('NotebookLM is a research assistant made by Google.', []),
    ('이 에피소드는 AI가 생성했습니다.',
     [('disclosure.ai-generated', '이 에피소드는 AI가 생성했습니다.', 'generated')]),
    ('This is a short biography generated by ChatGPT.',
     [('disclosure.ai-generated', 'This is a short biography generated by ChatGPT.', 'generated')]),
    ('This is a product description written with the help of our editors.', []),
    ('Job description generated by AI',
     [('disclosure.ai-generated', 'Job description generated by AI', 'generated')]),
    ('This report, titled "The State of the City", was drafted with ChatGPT.',
     [('disclosure.ai-generated',
       'This report, titled "The State of the City", was drafted with ChatGPT.', 'generated')]),
    ('I hope this translation is useful for your project.', []),
    ('I hope this translation helps you with your studies!',
     [('leak.chat-preamble', 'I hope this translation helps', None)]),
    ('Here is the translated documentation in German:',
     [('leak.chat-preamble', 'Here is the translated documentation in German:', None)]),
    ('Here is the translated version of his speech, released by the ministry:', []),
    ('Trascrizione generata automaticamente — potrebbero esserci errori.',
     [('disclosure.ai-generated', 'Trascrizione generata automaticamente — potrebbero esserci errori.', 'generated')]),
    ('Transkript automatisch erstellt',
     [('disclosure.ai-generated', 'Transkript automatisch erstellt', 'generated')]),
    ('Automatically generated transcript — errors are possible.',
     [('disclosure.ai-generated', 'Automatically generated transcript — errors are possible.', 'generated')]),
    ('przetłumaczony automatycznie',
     [('disclosure.machine-translated', 'przetłumaczony automatycznie', 'translated')]),
    ('Tài liệu này được dịch máy.',
     [('disclosure.machine-translated', 'Tài liệu này được dịch máy.', 'translated')]),
    ('Бұл мақала машиналық аударма арқылы аударылған.',
     [('disclosure.machine-translated', 'Бұл мақала машиналық аударма арқылы аударылған.', 'translated')]),
    ('Das Audio wurde mit ElevenLabs erstellt.', []),
    # stop 53, round 2: fr/es/it/pt first-person use of AI for this or my text; a brief/short summary label;
    # ja ghost-written (代筆); fi translating one's texts with AI; a closing offer with the condition first; a text
    # written without AI's help; ko chatbot names in lower case; offers to go on in zh/vi/ar
    ("J'ai utilisé ChatGPT pour rédiger cet article.",
     [('disclosure.ai-assisted', "J'ai utilisé ChatGPT pour rédiger cet article.", 'assisted')]),
    ("Nous nous sommes servis de l'IA pour écrire ce billet.",
     [('disclosure.ai-assisted', "Nous nous sommes servis de l'IA pour écrire ce billet.", 'assisted')]),
    ('He utilizado ChatGPT para escribir esta entrada.',
     [('disclosure.ai-assisted', 'He utilizado ChatGPT para escribir esta entrada.', 'assisted')]),
    ("Abbiamo usato l'intelligenza artificiale per scrivere questo articolo.",
     [('disclosure.ai-assisted',
       "Abbiamo usato l'intelligenza artificiale per scrivere questo articolo.", 'assisted')]),
    ('Usei o ChatGPT para revisar este texto.',
     [('disclosure.ai-assisted', 'Usei o ChatGPT para revisar este texto.', 'assisted')]),
    ("J'ai utilisé ChatGPT pour trouver des idées de sorties.", []),
    ("Je n'ai pas utilisé ChatGPT pour écrire cet article.", []),
    ('Elle a utilisé ChatGPT pour écrire son article.', []),
    ('Short summary generated by ChatGPT, please check the original.',
     [('disclosure.ai-summary', 'Short summary generated by ChatGPT, please check the original.', 'summarised')]),
    ('この文章はChatGPTが代筆しました。',
     [('disclosure.ai-generated', 'この文章はChatGPTが代筆しました。', 'generated')]),
    ('Käytin tekoälyä tämän artikkelin kääntämiseen.',
     [('disclosure.machine-translated', 'Käytin tekoälyä tämän artikkelin kääntämiseen.', 'translated')]),
    ('If you want any other changes to the layout, just let me know!',
     [('leak.chat-preamble', 'If you want any other changes to the layout, just let me know!', None)]),
    ('If you need further information, please let me know.', []),
    ('This essay was written without the help of AI.', []),
    ('이 글은 gemini가 생성했습니다.',
     [('disclosure.ai-generated', '이 글은 gemini가 생성했습니다.', 'generated')]),
    ('如果您需要，我可以进一步展开：',
     [('leak.chat-preamble', '如果您需要，我可以进一步展开：', None)]),
    ('如果你愿意，我们可以一起讨论。', []),
    ('Nếu bạn cần, tôi có thể viết thêm một đoạn kết luận.',
     [('leak.chat-preamble', 'Nếu bạn cần, tôi có thể viết thêm một đoạn kết luận', None)]),
    ('إذا أردت، يمكنني أن أكتب لك مقدمة أقصر.',
     [('leak.chat-preamble', 'إذا أردت، يمكنني أن أكتب لك مقدمة أقصر', None)]),
    # stop 53, round 3: pt "pedi ao ChatGPT para escrever …" with a text named; nl/de AI captions with an adjective
    # before a sketch or drawing
    ('Pedi ao ChatGPT para escrever este texto.',
     [('disclosure.ai-generated', 'Pedi ao ChatGPT para escrever este texto.', 'generated')]),
    ('KI-generierte farbige Zeichnung eines Hafens',
     [('disclosure.ai-image', 'KI-generierte farbige Zeichnung eines Hafens', 'image')]),
    ('AI-gegenereerde schets van een kasteel',
     [('disclosure.ai-image', 'AI-gegenereerde schets van een kasteel', 'image')]),
    ('KI-generierte Bilder werden immer häufiger.', []),
    # stop 53: the writer used AI to write or translate this text, first person, in pl/ru/sv/tr/id/zh/ko (write) and
    # de/nl/pl/ru/sv/tr/id (translate), found by probing canonical wordings in 15 languages; sv "har maskinöversatts"
    ('Użyłem ChatGPT do napisania tego artykułu.',
     [('disclosure.ai-assisted', 'Użyłem ChatGPT do napisania tego artykułu.', 'assisted')]),
    ('Nie użyłem ChatGPT do napisania tego artykułu.', []),
    ('Я использовал ChatGPT, чтобы написать эту статью.',
     [('disclosure.ai-assisted', 'Я использовал ChatGPT, чтобы написать эту статью.', 'assisted')]),
    ('Он использовал ChatGPT, чтобы написать свою статью.', []),
    ('Jag använde ChatGPT för att skriva den här artikeln.',
     [('disclosure.ai-assisted', 'Jag använde ChatGPT för att skriva den här artikeln.', 'assisted')]),
    ('Bu makaleyi yazmak için ChatGPT kullandım.',
     [('disclosure.ai-assisted', 'Bu makaleyi yazmak için ChatGPT kullandım.', 'assisted')]),
    ('Bu makaleyi yazmak için ChatGPT kullanmadım.', []),
    ('Saya menggunakan ChatGPT untuk menulis artikel ini.',
     [('disclosure.ai-assisted', 'Saya menggunakan ChatGPT untuk menulis artikel ini.', 'assisted')]),
    ('Saya tidak menggunakan ChatGPT untuk menulis artikel ini.', []),
    ('我用ChatGPT写了这篇文章。',
     [('disclosure.ai-assisted', '我用ChatGPT写了这篇文章。', 'assisted')]),
    ('我没有用ChatGPT写这篇文章。', []),
    ('ChatGPT를 사용해 이 글을 썼습니다.',
     [('disclosure.ai-assisted', 'ChatGPT를 사용해 이 글을 썼습니다.', 'assisted')]),
    ('Wir haben KI genutzt, um diesen Artikel zu übersetzen.',
     [('disclosure.machine-translated', 'Wir haben KI genutzt, um diesen Artikel zu übersetzen.', 'translated')]),
    ('Ik heb AI gebruikt om dit artikel te vertalen.',
     [('disclosure.machine-translated', 'Ik heb AI gebruikt om dit artikel te vertalen.', 'translated')]),
    ('Ik heb geen AI gebruikt om dit artikel te vertalen.', []),
    ('Użyliśmy AI do przetłumaczenia tego artykułu.',
     [('disclosure.machine-translated', 'Użyliśmy AI do przetłumaczenia tego artykułu.', 'translated')]),
    ('Мы использовали ИИ для перевода этой статьи.',
     [('disclosure.machine-translated', 'Мы использовали ИИ для перевода этой статьи.', 'translated')]),
    ('Jag använde DeepL för att översätta den här artikeln.',
     [('disclosure.machine-translated', 'Jag använde DeepL för att översätta den här artikeln.', 'translated')]),
    ('Bu makaleyi çevirmek için yapay zeka kullandım.',
     [('disclosure.machine-translated', 'Bu makaleyi çevirmek için yapay zeka kullandım.', 'translated')]),
    ('Kami menggunakan AI untuk menerjemahkan artikel ini.',
     [('disclosure.machine-translated', 'Kami menggunakan AI untuk menerjemahkan artikel ini.', 'translated')]),
    ('Den här artikeln har maskinöversatts.',
     [('disclosure.machine-translated', 'Den här artikeln har maskinöversatts.', 'translated')]),
    # stop 53: canonical leaks probed in 15 languages — a request for the text to work on in fr/de/ru/zh/ja, a
    # refusal of the request in zh/ja (not inside 「」 quotes), a ja knowledge cutoff, tr "as an AI language model"
    # in the first person
    ('Veuillez fournir le texte que vous souhaitez que je résume.',
     [('leak.refusal', 'Veuillez fournir le texte que vous souhaitez que je résume', None)]),
    ('Veuillez fournir le texte original en pièce jointe.', []),
    ('Bitte gib mir den Text, den ich zusammenfassen soll.',
     [('leak.refusal', 'Bitte gib mir den Text, den ich zusammenfassen soll', None)]),
    ('Bitte gib mir deinen Namen, den ich eintragen soll.', []),
    ('Пожалуйста, предоставьте текст, который нужно резюмировать.',
     [('leak.refusal', 'Пожалуйста, предоставьте текст, который нужно резюмировать', None)]),
    ('请提供您希望我总结的文本。',
     [('leak.refusal', '请提供您希望我总结的文本', None)]),
    ('要約してほしいテキストを提供してください。',
     [('leak.refusal', '要約してほしいテキストを提供してください', None)]),
    ('抱歉，我无法协助处理此请求。',
     [('leak.refusal', '抱歉，我无法协助处理此请求', None)]),
    ('抱歉，我们无法处理您的订单。', []),
    ('申し訳ありませんが、そのリクエストにはお応えできません。',
     [('leak.refusal', '申し訳ありませんが、そのリクエストにはお応えできません', None)]),
    ('どれも「申し訳ありませんが、このリクエストにはお応えできません」という返事だった。', []),
    ('私の知識は2021年9月までのものです。',
     [('leak.knowledge-cutoff', '私の知識は2021年9月まで', None)]),
    ('Bir yapay zeka dil modeli olarak internete erişimim yok.',
     [('leak.ai-self-reference', 'Bir yapay zeka dil modeli olarak', None)]),
    ('Bir yapay zeka dil modeli olarak ChatGPT, milyonlarca kullanıcıya ulaştı.', []),
    # stop 53: canonical wordings probed in 12 more languages — the first person in cs/ro/da/nb/fi/uk/vi, bg "written
    # with the help of", hu/hr AI as the subject, cs/he/fa/hi machine-translation notes
    ('Použil jsem ChatGPT k napsání tohoto článku.',
     [('disclosure.ai-assisted', 'Použil jsem ChatGPT k napsání tohoto článku.', 'assisted')]),
    ('Nepoužil jsem ChatGPT k napsání tohoto článku.', []),
    ('Am folosit ChatGPT pentru a scrie acest articol.',
     [('disclosure.ai-assisted', 'Am folosit ChatGPT pentru a scrie acest articol.', 'assisted')]),
    ('Jeg brugte ChatGPT til at skrive denne artikel.',
     [('disclosure.ai-assisted', 'Jeg brugte ChatGPT til at skrive denne artikel.', 'assisted')]),
    ('Han brukte ChatGPT til å skrive denne artikkelen.', []),
    ('Käytin ChatGPT:tä tämän artikkelin kirjoittamiseen.',
     [('disclosure.ai-assisted', 'Käytin ChatGPT:tä tämän artikkelin kirjoittamiseen.', 'assisted')]),
    ('Я використав ChatGPT, щоб написати цю статтю.',
     [('disclosure.ai-assisted', 'Я використав ChatGPT, щоб написати цю статтю.', 'assisted')]),
    ('Tôi đã dùng ChatGPT để viết bài này.',
     [('disclosure.ai-assisted', 'Tôi đã dùng ChatGPT để viết bài này.', 'assisted')]),
    ('Tôi không dùng ChatGPT để viết bài này.', []),
    ('Този материал е написан с помощта на изкуствен интелект.',
     [('disclosure.ai-assisted', 'Този материал е написан с помощта на изкуствен интелект.', 'assisted')]),
    ('Ezt a cikket mesterséges intelligencia generálta.',
     [('disclosure.ai-generated', 'Ezt a cikket mesterséges intelligencia generálta.', 'generated')]),
    ('Ovaj članak je generirala umjetna inteligencija.',
     [('disclosure.ai-generated', 'Ovaj članak je generirala umjetna inteligencija.', 'generated')]),
    ('Ovaj članak nije generirala umjetna inteligencija.', []),
    ('Tento článek byl automaticky přeložen.',
     [('disclosure.machine-translated', 'Tento článek byl automaticky přeložen.', 'translated')]),
    ('Tento článek nebyl automaticky přeložen.', []),
    ('מאמר זה תורגם באופן אוטומטי.',
     [('disclosure.machine-translated', 'מאמר זה תורגם באופן אוטומטי.', 'translated')]),
    ('این مقاله به صورت ماشینی ترجمه شده است.',
     [('disclosure.machine-translated', 'این مقاله به صورت ماشینی ترجمه شده است.', 'translated')]),
    ('यह लेख मशीन अनुवाद द्वारा अनुवादित है।',
     [('disclosure.machine-translated', 'यह लेख मशीन अनुवाद द्वारा अनुवादित है।', 'translated')]),
    # stop 53: canonical picture and summary labels probed in 30 languages — cs picture label, ja/zh summary labels
    # alone on their line
    ('Obrázek vygenerovaný umělou inteligencí',
     [('disclosure.ai-image', 'Obrázek vygenerovaný umělou inteligencí', 'image')]),
    ('Obrázek vygenerovaný umělou inteligencí se šířil na sociálních sítích.', []),
    ('AIによる要約',
     [('disclosure.ai-summary', 'AIによる要約', 'summarised')]),
    ('AIによる要約機能を追加しました。', []),
    ('AI 摘要',
     [('disclosure.ai-summary', 'AI 摘要', 'summarised')]),
    # stop 54, round 1 (batches 246, 248, 249, 251): offers to add more or a part of the text in es/pt/it/fr/nl, "let
    # me know if you want me to" in fr/pl/de, a misspelt fr "hope this helps" with a tu-form offer, slots in capitals
    # or listed, "CoPilot", a disclosure label before the writer's own AI use, a refusal of the given text
    ('¿Quieres que añada una sección de preguntas frecuentes?',
     [('leak.chat-preamble', '¿Quieres que añada una sección de preguntas frecuentes?', None)]),
    ('Você quer que eu inclua mais exemplos de uso?',
     [('leak.chat-preamble', 'Você quer que eu inclua mais exemplos de uso?', None)]),
    ('Vuoi che includa una sezione sui test?',
     [('leak.chat-preamble', 'Vuoi che includa una sezione sui test?', None)]),
    ('Wil je dat ik de tabel extraheer naar een apart bestand?',
     [('leak.chat-preamble', 'Wil je dat ik de tabel extraheer naar een apart bestand?', None)]),
    ('¿Te gustaría que escriba sobre tu ciudad?', []),
    ('¿Quieres que te lleve al aeropuerto?', []),
    ('Dites-moi si vous voulez que je rédige une version plus courte.',
     [('leak.chat-preamble', 'Dites-moi si vous voulez que je rédige', None)]),
    ('Dis-moi si tu veux que je passe te chercher.', []),
    ('Daj znać, jeśli chcesz, żebym przygotował krótsze podsumowanie.',
     [('leak.chat-preamble', 'Daj znać, jeśli chcesz, żebym przygotował', None)]),
    ('Daj znać, jeśli chcesz, żebym cię odebrał z dworca.', []),
    ('Lass mich wissen, ob ich mit dem nächsten Kapitel beginnen soll.',
     [('leak.chat-preamble', 'Lass mich wissen, ob ich mit dem nächsten Kapitel beginnen soll', None)]),
    ('Lass mich wissen, ob ich am Samstag kommen soll.', []),
    ("J'espère que cela t'aide ! N'hésite pas si tu as d'autres questions.",
     [('leak.chat-preamble', "J'espère que cela t'aide ! N'hésite pas si tu as d'autres questions.", None)]),
    ("J'espère que cela t'aide à mieux comprendre le sujet.", []),
    ('[TOWN, COUNTY] – [COMPANY NAME] today announced a new partnership.',
     [('leak.placeholder', '[TOWN, COUNTY]', None), ('leak.placeholder', '[COMPANY NAME]', None)]),
    ('Contact [CITY/STATE] officials for details.', [('leak.placeholder', '[CITY/STATE]', None)]),
    ('"We told [the team] that it was over," he said.', []),
    ('He grew up in [New York City] and later moved.', []),
    ('This newsletter was written by Microsoft CoPilot.',
     [('disclosure.ai-generated', 'This newsletter was written by Microsoft CoPilot.', 'generated')]),
    ('The company said CoPilot was used by half of its staff.', []),
    ('Full disclosure: I used Claude to tighten the introduction.',
     [('disclosure.ai-assisted', 'Full disclosure: I used Claude to tighten the introduction.', 'assisted')]),
    ('Disclosure: I used ChatGPT for the first time this week and found it underwhelming.', []),
    ('I used ChatGPT for the first time last week.', []),
    ("Unfortunately, I can't summarize the article because it appears to be empty.",
     [('leak.refusal', "Unfortunately, I can't summarize the article because it appears to be empty.", None)]),
    ("I cannot translate the poem's humour, but the gist is clear.", []),
    # stop 54, round 2 (batches 253-255): sk/lt/nb/ms/he machine-translation notes, a label in parentheses, an office
    # suite's automatic picture descriptions, hi/th summary labels, a zh model acknowledging the user's instructions,
    # more slots in capitals
    ('Tento článok bol strojovo preložený z angličtiny.',
     [('disclosure.machine-translated', 'Tento článok bol strojovo preložený z angličtiny.', 'translated')]),
    ('Tento článok nebol strojovo preložený.', []),
    ('Šis straipsnis išverstas automatiškai.',
     [('disclosure.machine-translated', 'Šis straipsnis išverstas automatiškai.', 'translated')]),
    ('Denne oversettelsen er maskinoversatt og kan inneholde feil.',
     [('disclosure.machine-translated', 'Denne oversettelsen er maskinoversatt og kan inneholde feil.', 'translated')]),
    ('Denne oversettelsen er gjort av en profesjonell oversetter.', []),
    ('Artikel ini diterjemahkan menggunakan layanan terjemahan AI.',
     [('disclosure.machine-translated', 'Artikel ini diterjemahkan menggunakan layanan terjemahan AI.', 'translated')]),
    ('מסמך זה תורגם באמצעות כלי תרגום אוטומטי.',
     [('disclosure.machine-translated', 'מסמך זה תורגם באמצעות כלי תרגום אוטומטי.', 'translated')]),
    ('(Machine translation)', [('disclosure.machine-translated', '(Machine translation)', 'translated')]),
    ('The minister spoke about machine translation at the conference.', []),
    ('A screenshot of a computer Description automatically generated',
     [('disclosure.automated', 'A screenshot of a computer Description automatically generated', 'automated')]),
    ('Ein Bild, das Person, Kleidung enthält. Automatisch generierte Beschreibung',
     [('disclosure.automated', 'Automatisch generierte Beschreibung', 'automated')]),
    ('Une image contenant texte Description générée automatiquement',
     [('disclosure.automated', 'Une image contenant texte Description générée automatiquement', 'automated')]),
    ('सारांश एआई द्वारा तैयार किया गया।',
     [('disclosure.ai-summary', 'सारांश एआई द्वारा तैयार किया गया।', 'summarised')]),
    ('สรุปโดย AI', [('disclosure.ai-summary', 'สรุปโดย AI', 'summarised')]),
    ('สรุปข่าวประจำวันโดยทีมงาน', []),
    ('好的，按照您的要求，以下是修改后的文章。',
     [('leak.chat-preamble', '好的，按照您的要求，以下是修改后的文章。', None)]),
    ('好的，我们明天见。', []),
    ('Write an introduction for [TARGET LANGUAGE] learners about [TOPIC].',
     [('leak.placeholder', '[TARGET LANGUAGE]', None), ('leak.placeholder', '[TOPIC]', None)]),
    # stop 54, round 3 (canonical wordings probed in 11 more languages): an office suite's automatic picture
    # description
    ('Opis produktu wygenerowany przez sprzedawcę.', []),
    ('En bild som visar text Automatiskt genererad beskrivning',
     [('disclosure.automated', 'En bild som visar text Automatiskt genererad beskrivning', 'automated')]),
    ('Et billede, der indeholder tekst Automatisk genereret beskrivelse',
     [('disclosure.automated', 'Et billede, der indeholder tekst Automatisk genereret beskrivelse', 'automated')]),
    ('Kuva, joka sisältää tekstiä Automaattisesti luotu kuvaus',
     [('disclosure.automated', 'Kuva, joka sisältää tekstiä Automaattisesti luotu kuvaus', 'automated')]),
    ('Obsah obrázku text Popis byl vytvořen automaticky',
     [('disclosure.automated', 'Obsah obrázku text Popis byl vytvořen automaticky', 'automated')]),
    ('Изображение выглядит как текст Описание создано автоматически',
     [('disclosure.automated', 'Изображение выглядит как текст Описание создано автоматически', 'automated')]),
    ('텍스트이(가) 표시된 사진 자동 생성된 설명',
     [('disclosure.automated', '텍스트이(가) 표시된 사진 자동 생성된 설명', 'automated')]),
    ('一張含有 文字 的圖片 自動產生的描述',
     [('disclosure.automated', '一張含有 文字 的圖片 自動產生的描述', 'automated')]),
    ('Metin içeren bir resim Otomatik olarak oluşturulan açıklama',
     [('disclosure.automated', 'Metin içeren bir resim Otomatik olarak oluşturulan açıklama', 'automated')]),
    # stop 54, round 3 (precision, from the tuning batches' false flags): a writer pointing to a link is no chatbot
    # preamble, and a line opened by "no" that denies machine or AI work is no classifier disclosure
    ("Here's a news article about last year's event: <https://example.org/news/2026/event>", []),
    ('Here is a news article about the new park: https://example.org/park', []),
    ('Here is a news article about the new park:',
     [('leak.chat-preamble', 'Here is a news article about the new park:', None)]),
    ('**Keine maschinelle Übersetzung der Inhalte.**', []),
    ('Aucune traduction automatique.', []),
    ('Maschinelle Übersetzung der Inhalte.',
     [('disclosure.machine-translated', 'Maschinelle Übersetzung der Inhalte.', 'translated')]),
    # stop 54, round 4 (canonical wordings probed in 7 languages): a note or disclosure label, then the writer's own
    # use of a chatbot or AI
    ('Disclaimer: I used Claude to help structure this post.',
     [('disclosure.ai-assisted', 'Disclaimer: I used Claude to help structure this post.', 'assisted')]),
    ('Note: I used ChatGPT to brainstorm the headline.',
     [('disclosure.ai-assisted', 'Note: I used ChatGPT to brainstorm the headline.', 'assisted')]),
    ('Full disclosure, I used ChatGPT to polish the intro.',
     [('disclosure.ai-assisted', 'Full disclosure, I used ChatGPT to polish the intro.', 'assisted')]),
    ('Note: I used a ruler to draw the map.', []),
    ('Note: I used ChatGPT for the first time yesterday.', []),
    ('Transparenzhinweis: Ich habe ChatGPT für die Gliederung genutzt.',
     [('disclosure.ai-assisted', 'Transparenzhinweis: Ich habe ChatGPT für die Gliederung genutzt.', 'assisted')]),
    ('Hinweis: Ich habe ChatGPT zum ersten Mal ausprobiert und war enttäuscht.', []),
    ("Transparence : j'ai utilisé ChatGPT pour trouver le titre.",
     [('disclosure.ai-assisted', "Transparence : j'ai utilisé ChatGPT pour trouver le titre.", 'assisted')]),
    ('Transparencia: usé ChatGPT para la estructura del texto.',
     [('disclosure.ai-assisted', 'Transparencia: usé ChatGPT para la estructura del texto.', 'assisted')]),
    ('Nota: usé el metro para medir la sala.', []),
    ('Trasparenza: ho usato ChatGPT per il titolo.',
     [('disclosure.ai-assisted', 'Trasparenza: ho usato ChatGPT per il titolo.', 'assisted')]),
    ('Openheid: ik heb ChatGPT gebruikt voor de opzet.',
     [('disclosure.ai-assisted', 'Openheid: ik heb ChatGPT gebruikt voor de opzet.', 'assisted')]),
    ('Pełna jawność: użyłem ChatGPT do wymyślenia tytułu.',
     [('disclosure.ai-assisted', 'Pełna jawność: użyłem ChatGPT do wymyślenia tytułu.', 'assisted')]),
    # stop 55, round 1 (from tuning batches 257, 259, 260, 262, 263): summaries and fuller translations offered by
    # a chatbot; a reply citing the user's request (zh); a chatbot with its version (ko); ChatGPT in katakana; audio
    # read by a synthetic voice; plural picture nouns (es/pt) and a finite verb that makes it news; the bare "ask";
    # a summary disclaimer
    ('Here is a summary of the article:', [('leak.chat-preamble', 'Here is a summary of the article:', None)]),
    ('Hier ist eine Zusammenfassung des Artikels:',
     [('leak.chat-preamble', 'Hier ist eine Zusammenfassung des Artikels:', None)]),
    ("Ecco un riassunto dell'articolo:", [('leak.chat-preamble', "Ecco un riassunto dell'articolo:", None)]),
    ('Voici une traduction fidèle du texte :',
     [('leak.chat-preamble', 'Voici une traduction fidèle du texte :', None)]),
    ('Aquí tienes la traducción completa:', [('leak.chat-preamble', 'Aquí tienes la traducción completa:', None)]),
    ('Aqui está a tradução completa e revisada para o inglês:',
     [('leak.chat-preamble', 'Aqui está a tradução completa e revisada para o inglês:', None)]),
    ('Here is a translation of his statement, released by the ministry:', []),
    ('根据您的要求，以下是一篇关于人工智能的文章。',
     [('leak.chat-preamble', '根据您的要求，以下是一篇关于人工智能的文章。', None)]),
    ('您好！以下是我们的营业时间。', []),
    ('이 글은 Gemini 2.5 Pro의 도움을 받아 작성했습니다.',
     [('disclosure.ai-assisted', '이 글은 Gemini 2.5 Pro의 도움을 받아 작성했습니다.', 'assisted')]),
    ('実はチャットGPTに書かせた記事でした。',
     [('disclosure.ai-generated', '実はチャットGPTに書かせた記事でした。', 'generated')]),
    ('AI 핵심 요약', [('disclosure.ai-summary', 'AI 핵심 요약', 'summarised')]),
    ('Narrado por inteligencia artificial', [('disclosure.ai-image', 'Narrado por inteligencia artificial', 'image')]),
    ('Audio généré par edge-tts', [('disclosure.ai-image', 'Audio généré par edge-tts', 'image')]),
    ('Озвучено нейросетью', [('disclosure.ai-image', 'Озвучено нейросетью', 'image')]),
    ('Imágenes creadas con IA.', [('disclosure.ai-image', 'Imágenes creadas con IA.', 'image')]),
    ('Imágenes generadas por IA han inundado las redes.', []),
    ('Fotos que criei no Midjourney para a capa do livro.',
     [('disclosure.ai-image', 'Fotos que criei no Midjourney para a capa do livro.', 'image')]),
    ('We decided to ask ChatGPT to write a poem about Leeds.',
     [('disclosure.ai-generated', 'We decided to ask ChatGPT to write a poem about Leeds.', 'generated')]),
    ('We would never ask ChatGPT to write a story for us.', []),
    ('Disclaimer: AI-generated summaries may contain errors.',
     [('disclosure.ai-summary', 'Disclaimer: AI-generated summaries may contain errors.', 'summarised')]),
    ('Experts warn AI-generated summaries may contain errors.', []),
    # stop 55, round 2 (from tuning batches 265 and 267): a model's note of what the user gave it; a ja "made with AI"
    # illustrative-picture disclaimer; a whole site made by AI; the page offered as AI-made audio
    ('The user shared a French paragraph about the election results.',
     [('leak.chat-preamble', 'The user shared a French paragraph about the election results', None)]),
    ('The user provided a text message as evidence.', []),
    ('The user sent a message to the support team.', []),
    ('写真はAIで生成したイメージです。', [('disclosure.ai-image', '写真はAIで生成したイメージです。', 'image')]),
    ('AIで作ったイメージで広告を作る企業が増えている。', []),
    ('Everything on this site was written by ChatGPT.',
     [('disclosure.ai-generated', 'Everything on this site was written by ChatGPT.', 'generated')]),
    ('Not everything here is written by an AI.', []),
    ("This week's newsletter is also available as an AI-narrated audio version.",
     [('disclosure.ai-image', "This week's newsletter is also available as an AI-narrated audio version.", 'image')]),
    ('Listen to an AI-generated audio version of this story.',
     [('disclosure.ai-image', 'Listen to an AI-generated audio version of this story.', 'image')]),
    ('Listen to the AI-powered podcast that everyone is talking about.', []),
    # stop 56 (from tuning batches 269, 271, 272, 274, 275): a note naming an automated process; summarised by AI in
    # es/nb; a credit line naming an AI image tool; a Greek "with the help of AI, checked by a person" label; an AI
    # voice label with another credit after it; ko/zh/it chatbot openers, offers and hopes
    ('Hinweis: Automatisch generiert. Bitte Zahlen vor Verwendung prüfen.',
     [('disclosure.automated', 'Hinweis: Automatisch generiert.', 'automated')]),
    ('Der Bericht wurde automatisiert erstellt, sagte die Sprecherin.', []),
    ('This digest is generated by an automated news monitoring system.',
     [('disclosure.automated', 'This digest is generated by an automated news monitoring system.', 'automated')]),
    ('The report was generated by an automated system, officials said.', []),
    ('Las noticias de la semana, resumidas por IA',
     [('disclosure.ai-summary', 'Las noticias de la semana, resumidas por IA', 'summarised')]),
    ('Este informe no fue resumido por IA.', []),
    ('Teksten er oppsummert med hjelp av KI.',
     [('disclosure.ai-summary', 'Teksten er oppsummert med hjelp av KI.', 'summarised')]),
    ('Créditos: Ana Souza via Midjourney', [('disclosure.ai-image', 'Créditos: Ana Souza via Midjourney', 'image')]),
    ('Créditos: Ana Souza no Instagram', []),
    ('Με τη βοήθεια ΤΝ, επιμελημένο από συντάκτη',
     [('disclosure.ai-assisted', 'Με τη βοήθεια ΤΝ, επιμελημένο από συντάκτη', 'assisted')]),
    ('Με τη βοήθεια της τεχνητής νοημοσύνης, οι γιατροί εντοπίζουν τον καρκίνο νωρίτερα.', []),
    ('Voice: AI-generated (ElevenLabs) · Music by Jane Doe',
     [('disclosure.ai-generated', 'Voice: AI-generated (ElevenLabs) · Music by Jane Doe', 'generated')]),
    ('Stimme: Anna Müller · Musik: Tom Berg', []),
    ('좋습니다! 아래는 요청하신 보도자료 초안입니다.',
     [('leak.chat-preamble', '좋습니다! 아래는 요청하신 보도자료 초안입니다.', None)]),
    ('좋습니다. 아래는 신청 방법입니다.', []),
    ('如果你愿意，我可以把这篇文章再精简一下：',
     [('leak.chat-preamble', '如果你愿意，我可以把这篇文章再精简一下：', None)]),
    ('Spero che questa versione riveduta sia più chiara.',
     [('leak.chat-preamble', 'Spero che questa versione riveduta sia più chiara.', None)]),
    ('Spero che questa revisione del contratto venga approvata.', []),
    # stop 56, round 2 (from tuning batches 277 and 279): lv/lt/et chatbot openers; machine translation in gl and eu
    ('Žinoma! Štai trumpas straipsnis apie rinkimus:',
     [('leak.chat-preamble', 'Žinoma! Štai trumpas straipsnis apie rinkimus:', None)]),
    ('Muidugi! Siin on lühike kokkuvõte artiklist.',
     [('leak.chat-preamble', 'Muidugi! Siin on lühike kokkuvõte artiklist.', None)]),
    ('Protams, mēs strādājam arī sestdienās.', []),
    ('Este artigo é unha tradución automática do orixinal en inglés.',
     [('disclosure.machine-translated', 'Este artigo é unha tradución automática do orixinal en inglés.',
       'translated')]),
    ('A tradución automática mellorou moito nos últimos anos.', []),
    ('Testu hau itzulpen automatikoa da.',
     [('disclosure.machine-translated', 'Testu hau itzulpen automatikoa da.', 'translated')]),
    # stop 57, round 1 (from tuning batches 281, 283, 284 and 286): a source credit summarised by a chatbot,
    # a briefing drafted by an agent pipeline, a reason denied ("not because"), a translator model's and a
    # cut-off note, "Absolutely! I'll …", no human offer to act; mr, ms, vi, zh, hi, id, ar, de, ca, it and uz
    # wordings; a page's own picture with its tool in brackets
    ('Source: Reuters, summarised by ChatGPT',
     [('disclosure.ai-summary', 'Source: Reuters, summarised by ChatGPT', 'summarised')]),
    ('The report, summarised by ChatGPT, says prices will rise.', []),
    ('Each digest is written and sent by an AI agent pipeline every morning.',
     [('disclosure.ai-generated', 'Each digest is written and sent by an AI agent pipeline every morning.',
       'generated')]),
    ('The data is collected by an automated pipeline run by the city.', []),
    ('I wrote it this way because I like it, not because this article was generated by ChatGPT.', []),
    ('Note: as there is no original text provided, I translated only the headline.',
     [('leak.refusal', 'as there is no original text provided', None)]),
    ('It looks like your message was cut off before the last paragraph.',
     [('leak.refusal', 'It looks like your message was cut off', None)]),
    ("Absolutely! I'll draft three headline options for your story.",
     [('leak.chat-preamble', "Absolutely! I'll draft three headline options for your", None)]),
    ("Absolutely! I'll be there on Sunday.", []),
    ('Let me know if you want me to send the slides.', []),
    ('Let me know if you want me to shorten the introduction.',
     [('leak.chat-preamble', 'Let me know if you want me to shorten the introduction.', None)]),
    ('हा ब्लॉग AI च्या मदतीने लिहिला आहे.',
     [('disclosure.ai-assisted', 'हा ब्लॉग AI च्या मदतीने लिहिला आहे.', 'assisted')]),
    ('RINGKASAN (DIHASILKAN OLEH AI)', [('disclosure.ai-generated', 'RINGKASAN (DIHASILKAN OLEH AI)', 'generated')]),
    ('Các câu hỏi này đã được tạo bởi trí tuệ nhân tạo.',
     [('disclosure.ai-generated', 'Các câu hỏi này đã được tạo bởi trí tuệ nhân tạo.', 'generated')]),
    ('Nội dung được tạo bởi AI đang tràn lan trên mạng xã hội.', []),
    ('AI翻译，仅供参考', [('disclosure.machine-translated', 'AI翻译，仅供参考', 'translated')]),
    ('如需进一步调整语气，请告知。', [('leak.chat-preamble', '如需进一步调整语气，请告知', None)]),
    ('बिल्कुल! नीचे आपके लेख का सारांश दिया गया है।',
     [('leak.chat-preamble', 'बिल्कुल! नीचे आपके लेख का सारांश दिया गया है', None)]),
    ('ज़रूर! नीचे दिए गए नंबर पर कॉल करें।', []),
    ('Baik, berikut adalah draf siaran pers yang diminta.',
     [('leak.chat-preamble', 'Baik, berikut adalah draf', None)]),
    ('Baik, berikut daftar pemenang lomba tahun ini.', []),
    ('الصورة مولدة بواسطة DALL-E', [('disclosure.ai-image', 'الصورة مولدة بواسطة DALL-E', 'image')]),
    ('Dieses Video wurde mit KI-Unterstützung animiert.',
     [('disclosure.ai-image', 'Dieses Video wurde mit KI-Unterstützung animiert.', 'image')]),
    ('Il·lustració: el port al capvespre — imatge generada amb IA',
     [('disclosure.ai-image', 'Il·lustració: el port al capvespre — imatge generada amb IA', 'image')]),
    ('Abbiamo chiesto al generatore di immagini con IA di immaginare Milano nel 2100.',
     [('disclosure.ai-image', 'Abbiamo chiesto al generatore di immagini con IA di immaginare Milano nel 2100.',
       'image')]),
    ("Surat sun'iy intellekt yordamida chizilgan.",
     [('disclosure.ai-image', "Surat sun'iy intellekt yordamida chizilgan.", 'image')]),
    ('Blog illustration (made with Grok Imagine)',
     [('disclosure.ai-image', 'Blog illustration (made with Grok Imagine)', 'image')]),
    ('The viral image (generated with Midjourney) fooled thousands.', []),
    # stop 57, round 2 (from tuning batches 287 and 289): keywords added by machine; nb, pl, nl automatic texts; a
    # computer-generated report (not a receipt); de automatic summaries and Whisper transcripts; a label ending
    # "(generated by AI)"; nb/da/sv "with AI assistance"; et/lt/lv machine translation; a cs picture caption; no
    # article text to summarise; instructions acknowledged; sv closers; a chat window's Copy/Edit buttons
    ('These subject terms were assigned by machine, not by the editors.',
     [('disclosure.automated', 'These subject terms were assigned by machine, not by the editors.', 'automated')]),
    ('Denne artikkelen er automatisk generert fra kampdata.',
     [('disclosure.automated', 'Denne artikkelen er automatisk generert fra kampdata.', 'automated')]),
    ('Artikkelen handler om automatisk genererte nyheter i lokalaviser.', []),
    ('To raport przygotowany automatycznie na podstawie danych giełdowych.',
     [('disclosure.automated', 'To raport przygotowany automatycznie na podstawie danych giełdowych.', 'automated')]),
    ('This is a computer-generated report based on your answers.',
     [('disclosure.automated', 'This is a computer-generated report based on your answers.', 'automated')]),
    ('This is a computer-generated receipt; no signature is required.', []),
    ('Dit verslag is automatisch samengesteld uit de wedstrijdgegevens.',
     [('disclosure.automated', 'Dit verslag is automatisch samengesteld uit de wedstrijdgegevens.', 'automated')]),
    ('Die folgende Zusammenfassung wurde automatisch aus dem Transkript generiert.',
     [('disclosure.ai-summary', 'Die folgende Zusammenfassung wurde automatisch aus dem Transkript generiert.',
       'summarised')]),
    ('Product summary (generated by AI)',
     [('disclosure.ai-generated', 'Product summary (generated by AI)', 'generated')]),
    ('Ficha técnica (generada automáticamente por IA)',
     [('disclosure.ai-generated', 'Ficha técnica (generada automáticamente por IA)', 'generated')]),
    ('A fake photo (generated by AI) of the mayor circulated online.', []),
    ('Das folgende Transkript wurde mit KI erstellt.',
     [('disclosure.ai-generated', 'Das folgende Transkript wurde mit KI erstellt.', 'generated')]),
    ('Analysen er generert med AI-assistanse.',
     [('disclosure.ai-assisted', 'Analysen er generert med AI-assistanse.', 'assisted')]),
    ('Automaatselt tõlgitud, võib sisaldada vigu.',
     [('disclosure.machine-translated', 'Automaatselt tõlgitud, võib sisaldada vigu.', 'translated')]),
    ('Tohle je obrázek, který jsem s Midjourney vygeneroval.',
     [('disclosure.ai-image', 'Tohle je obrázek, který jsem s Midjourney vygeneroval.', 'image')]),
    ('Without the full text of the article, I cannot summarize it.',
     [('leak.refusal', 'Without the full text of the article, I cannot summarize', None)]),
    ('I have received and understood your instructions.',
     [('leak.refusal', 'I have received and understood your instructions', None)]),
    ('Jag hoppas att detta hjälper! Lycka till.', [('leak.chat-preamble', 'Jag hoppas att detta hjälper', None)]),
    ('Vi hoppas att pengarna hjälper familjen.', []),
    ('python\nCopy\nEdit\nimport os', [('leak.chat-ui', 'python\nCopy\nEdit', None)]),
    # stop 57, round 3 (from tuning batches 290 and 292): written by a named AI agent in brackets; de "automatically …,
    # not checked by the editors"; nl drafted with AI, then edited; pt/es closers and es offers; it improved versions;
    # "with" in summary labels; every image-tool list takes the whole image_tool fragment (Image Playground)
    ('Written by Nova (our AI assistant) and checked by the desk.',
     [('disclosure.ai-generated', 'Written by Nova (our AI assistant) and checked by the desk.', 'generated')]),
    ('Written by Anna (an AI researcher at the university).', []),
    ('Automatisch erstellt, nicht redaktionell geprüft.',
     [('disclosure.automated', 'Automatisch erstellt, nicht redaktionell geprüft.', 'automated')]),
    ('Der Text wurde nicht redaktionell geprüft.', []),
    ('Geschreven met ChatGPT en daarna door de redactie nagekeken.',
     [('disclosure.ai-assisted', 'Geschreven met ChatGPT en daarna door de redactie nagekeken.', 'assisted')]),
    ('Espero que isto ajude.', [('leak.chat-preamble', 'Espero que isto ajude.', None)]),
    ('Espero que isso ajude a família.', []),
    ('¿Te gustaría que proceda con la implementación?', [('leak.chat-preamble', '¿Te gustaría que proceda', None)]),
    ('¿Te gustaría que tu hijo aprenda inglés?', []),
    ("Ottimo, ecco la versione riscritta dell'introduzione.",
     [('leak.chat-preamble', 'Ottimo, ecco la versione riscritta', None)]),
    ("Ottimo, ecco la nuova versione dell'app.", []),
    ('Resumo elaborado com IA', [('disclosure.ai-summary', 'Resumo elaborado com IA', 'summarised')]),
    ('Imagem criada com Image Playground', [('disclosure.ai-image', 'Imagem criada com Image Playground', 'image')]),
    # stop 57, round 4 (from tuning batch 293): "co-written with" a chatbot's family name and a bracket;
    # "expand this with"
    ('Report co-written with Gemini Pro (and checked by me).',
     [('disclosure.ai-assisted', 'Report co-written with Gemini Pro (and checked by me).', 'assisted')]),
    ("Co-written with Claude Monet's letters in mind.", []),
    ('Would you like me to expand it with a short FAQ?',
     [('leak.chat-preamble', 'Would you like me to expand it with a short FAQ?', None)]),
    ('Would you like me to come with you?', []),
    ('Bu özet yapay zeka tarafından kamuya açık verilerden üretilmiştir.',
     [('disclosure.ai-summary', 'Bu özet yapay zeka tarafından kamuya açık verilerden üretilmiştir.', 'summarised')]),
    # stop 58, round 1 (from tuning batches 295, 296, 298 and 299): machine-generated self-descriptions; de any noun
    # made "von einer KI"; pl label lines; summary labels with the noun first; ro/ru/ar/tr/uk wordings; fr cut-off;
    # insert instructions in brackets; the model not receiving the input; offers to walk through steps
    ('This short story is machine-generated.',
     [('disclosure.ai-generated', 'This short story is machine-generated.', 'generated')]),
    ('These images are machine-generated, experts said.', []),
    ('Dieses Gedicht wurde von einer KI in wenigen Sekunden geschrieben.',
     [('disclosure.ai-generated', 'Dieses Gedicht wurde von einer KI in wenigen Sekunden geschrieben.', 'generated')]),
    ('Dieser Betrug wurde von einer KI entdeckt.', []),
    ('Wasze pytania wygenerowane przez AI',
     [('disclosure.ai-generated', 'Wasze pytania wygenerowane przez AI', 'generated')]),
    ('Szokujące zdjęcie wygenerowane przez AI', []),
    ('Résumé IA',
     [('disclosure.ai-summary', 'Résumé IA', 'summarised')]),
    ('Riassunto IA',
     [('disclosure.ai-summary', 'Riassunto IA', 'summarised')]),
    ('This worksheet was generated automatically. Check the answers before class.',
     [('disclosure.automated', 'This worksheet was generated automatically.', 'automated')]),
    ('Kapak görseli yapay zeka ile iyileştirilmiştir.',
     [('disclosure.ai-image', 'Kapak görseli yapay zeka ile iyileştirilmiştir.', 'image')]),
    ('Этот документ был сгенерирован автоматически.',
     [('disclosure.automated', 'Этот документ был сгенерирован автоматически.', 'automated')]),
    ('Descriere generată cu AI, verificată de echipă.',
     [('disclosure.ai-generated', 'Descriere generată cu AI, verificată de echipă.', 'generated')]),
    ('ترجمة آلية',
     [('disclosure.machine-translated', 'ترجمة آلية', 'translated')]),
    ('Більшість коду виконана з допомогою ChatGPT.',
     [('disclosure.ai-assisted', 'Більшість коду виконана з допомогою ChatGPT.', 'assisted')]),
    ('À ma dernière mise à jour, la bibliothèque ne prenait pas en charge Python 3.12.',
     [('leak.knowledge-cutoff', 'À ma dernière mise à jour', None)]),
    ("À ma dernière mise à jour de Windows, j'ai perdu mes fichiers.", []),
    ('Die Partei kritisierte vor allem (hier Beispiel einfügen).',
     [('leak.placeholder', '(hier Beispiel einfügen)', None)]),
    ('The mayor (insert title here) said the plan was sound.',
     [('leak.placeholder', '(insert title here)', None)]),
    ('[Hier Firmennamen einfügen]',
     [('leak.placeholder', '[Hier Firmennamen einfügen]', None)]),
    ("I didn't receive the contents of the file — could you paste it here?",
     [('leak.refusal', "I didn't receive the contents", None)]),
    ('I did not receive the file until Friday, the clerk said.', []),
    ('Nie otrzymałam tekstu artykułu, wklej go proszę.',
     [('leak.refusal', 'Nie otrzymałam tekstu', None)]),
    ("Here's a news-style article based on your notes:",
     [('leak.chat-preamble', "Here's a news-style article based on your notes:", None)]),
    ('Certainly. Here is a cover letter for the marketing role at Acme, tailored to the job posting you shared. It '
     'highlights your campaign results, your team leadership and your experience with analytics tools, and it closes '
     'with a request for an interview.',
     [('leak.chat-preamble', 'Certainly. Here is a cover letter for', None)]),
    ("If you'd like, I can walk you through the steps to publish it.",
     [('leak.chat-preamble', "If you'd like, I can walk you through the steps to publish it.", None)]),
    ('If you like, I can walk you to the station.', []),
    ('Если хочешь, я могу пошагово показать деплой на сервер.',
     [('leak.chat-preamble', 'Если хочешь, я могу пошагово показать деплой на сервер.', None)]),
    ('Quer que eu continue com a próxima seção do artigo?',
     [('leak.chat-preamble', 'Quer que eu continue com a próxima seção do artigo?', None)]),
    # stop 58, round 2 (from tuning batches 301, 302, 304 and 305): polished with a chatbot; author lines and
    # ghostwriting; Word's alt-text notice; zh/ja/ko/ar/de/es wordings; reasoning, agent reports and search remnants;
    # "I've kept the ..." notes; vi/zh offers; Claude's footer
    ('Written by Maria and lightly polished with Claude.',
     [('disclosure.ai-assisted', 'Written by Maria and lightly polished with Claude.', 'assisted')]),
    ('She polished it with ChatGPT before sending it to the editor.', []),
    ('Authors: J. Rivera & my writing buddy (Claude)',
     [('disclosure.ai-assisted', 'Authors: J. Rivera & my writing buddy (Claude)', 'assisted')]),
    ('Ghostwritten by Echo (my personal AI assistant).',
     [('disclosure.ai-generated', 'Ghostwritten by Echo (my personal AI assistant).', 'generated')]),
    ('The ghostwritten memoir sold well.', []),
    ('The following paragraph, in bold, was generated by Claude.',
     [('disclosure.ai-generated', 'The following paragraph, in bold, was generated by Claude.', 'generated')]),
    ('AI-generated content may be incorrect.',
     [('disclosure.ai-generated', 'AI-generated content may be incorrect.', 'generated')]),
    ('评论区回复内容由AI生成，非人工编辑。',
     [('disclosure.ai-generated', '评论区回复内容由AI生成，非人工编辑。', 'generated')]),
    ('この回答はAIによって生成されました。',
     [('disclosure.ai-generated', 'この回答はAIによって生成されました。', 'generated')]),
    ('この写真はAIによって生成されました。',
     [('disclosure.ai-image', 'この写真はAIによって生成されました。', 'image')]),
    ('取材メモをもとにAIが作成しました。',
     [('disclosure.ai-generated', '取材メモをもとにAIが作成しました。', 'generated')]),
    ('AIが執筆した小説が文学賞の一次選考を通過した。', []),
    ('이 기사를 AI 음성으로 들려드립니다.',
     [('disclosure.ai-image', '이 기사를 AI 음성으로 들려드립니다.', 'image')]),
    ('تمت الترجمة باستخدام الذكاء الاصطناعي.',
     [('disclosure.machine-translated', 'تمت الترجمة باستخدام الذكاء الاصطناعي.', 'translated')]),
    ('Okay, so I need to write a product description for these headphones. The user wants it short.',
     [('leak.chat-preamble', 'Okay, so I need to write', None),
      ('leak.chat-preamble', 'The user wants it short', None)]),
    ('Okay, so I need to write about my trip to Lisbon before I forget it.', []),
    ('I have updated the script so it reads your config file first.',
     [('leak.chat-preamble', 'I have updated the script', None)]),
    ('I have updated the schedule for the spring term.', []),
    ("Here's the translated README in full, with the install steps first and the licence last. I've kept the headings "
     "and code blocks as they were.",
     [('leak.chat-preamble',
       "Here's the translated README in full, with the install steps first and the licence last. I've kept the",
       None)]),
    ('Based on the search results, here are the three best-rated cafés in the area:',
     [('leak.chat-preamble', 'Based on the search results, here are', None)]),
    ('Based on the search results of the 2021 census, the town grew by 4%.', []),
    ('Dưới đây là bản tóm tắt dựa trên nội dung bạn đã cung cấp.',
     [('leak.chat-preamble', 'Dưới đây là bản tóm tắt dựa trên nội dung bạn đã cung cấp', None)]),
    ('是否需要我为你继续补充测试用例？',
     [('leak.chat-preamble', '是否需要我为你继续补充测试用例？', None)]),
    ('Claude can make mistakes. Please double-check responses.',
     [('leak.chat-ui', 'Claude can make mistakes. Please double-check responses.', None)]),
    ('Für Sie automatisch von einem KI-Modell übersetzt.',
     [('disclosure.machine-translated', 'Für Sie automatisch von einem KI-Modell übersetzt.', 'translated')]),
    ('Escena recreada generada con IA',
     [('disclosure.ai-image', 'Escena recreada generada con IA', 'image')]),
    ('Feel free to personalize it further to better reflect your interests!',
     [('leak.chat-preamble', 'Feel free to personalize it further to better reflect your interests!', None)]),
    ('（本文由GPT-4辅助完成）',
     [('disclosure.ai-assisted', '（本文由GPT-4辅助完成）', 'assisted')]),
    # stop 58, round 3 (from tuning batches 307 and 308): "generated by AI … may contain errors" in pt/fr;
    # "(translated automatically)" in brackets; de "Bild: KI" credits; offers ending in a colon; ro/ca offers;
    # "let me know if you want to include … too"
    ('Feedback gerado por IA; pode conter erros.',
     [('disclosure.ai-generated', 'Feedback gerado por IA; pode conter erros.', 'generated')]),
    ('Ce commentaire est généré par IA et peut contenir des erreurs.',
     [('disclosure.ai-generated', 'Ce commentaire est généré par IA et peut contenir des erreurs.', 'generated')]),
    ('La IA generada por la empresa puede contener errores graves, dijo el ministro.', []),
    ('Calle Mayor 12 (traduzido automaticamente)',
     [('disclosure.machine-translated', 'Calle Mayor 12 (traduzido automaticamente)', 'translated')]),
    ('Bild: KI · Text: Anna Weber',
     [('disclosure.ai-image', 'Bild: KI · Text: Anna Weber', 'image')]),
    ('Bild: KI-Forscherin Anna Weber', []),
    ('Se vuoi, posso anche:',
     [('leak.chat-preamble', 'Se vuoi, posso anche:', None)]),
    ('Voulez-vous que je rédige :',
     [('leak.chat-preamble', 'Voulez-vous que je rédige :', None)]),
    ('Dacă dorești, pot crea și o versiune scurtă a documentului.',
     [('leak.chat-preamble', 'Dacă dorești, pot crea', None)]),
    ('Si vols, puc afegir una secció de preguntes freqüents.',
     [('leak.chat-preamble', 'Si vols, puc afegir', None)]),
    ('Let me know if you want to include code snippets or tables too!',
     [('leak.chat-preamble', 'Let me know if you want to include code snippets or tables too!', None)]),
    ("Let me know if you want to include your club's event too!", []),
    # and a line opening "Built with Claude Code"; "(written by AI, edited by …)" after a title; es "siguiendo …:"
    ('Built with Claude Code and reviewed line by line by the maintainers.',
     [('disclosure.ai-assisted', 'Built with Claude Code and reviewed line by line by the maintainers.', 'assisted')]),
    ("The startup's app was built with Claude Code in two weeks.", []),
    ("Made with Claude Monet's palette in mind.", []),
    ('Why local papers matter (written by AI, edited by the desk)',
     [('disclosure.ai-generated', 'Why local papers matter (written by AI, edited by the desk)', 'generated')]),
    ('Aquí tienes el resumen del artículo en español, siguiendo las indicaciones:',
     [('leak.chat-preamble', 'Aquí tienes el resumen del artículo en español, siguiendo las indicaciones:', None)]),
    # a credit line opened by a dash is no dialogue ("— ghostwritten by …"), and "— written by AI, edited by …"
    ('— ghostwritten by Claude for the weekly digest',
     [('disclosure.ai-generated', '— ghostwritten by Claude for the weekly digest', 'generated')]),
    ('Market notes — written by AI, edited by the desk.',
     [('disclosure.ai-generated', 'Market notes — written by AI, edited by the desk.', 'generated')]),
    ('— As an AI language model, I cannot feel, said the robot.', []),
    # stop 59, round 1 (from tuning batches 310, 311, 313 and 314): music, voice and video credits naming a tool
    # ("Music by Suno", a caption's ", created with", video tools); no question or tech-stack line; offers of more
    # pieces; elision markers; bg/sl/lv/lt wordings; de "Hinweis zum Bild: KI-generiert"
    ('Theme music by Suno AI', [('disclosure.ai-image', 'Theme music by Suno AI', 'image')]),
    ('Music by Sunoj Kumar and the band', []),
    ('Figure 2: Banner for the workshop, created with Midjourney',
     [('disclosure.ai-image', 'Figure 2: Banner for the workshop, created with Midjourney', 'image')]),
    ('The sample clips were made with Runway Gen-3 for this lesson.',
     [('disclosure.ai-image', 'The sample clips were made with Runway Gen-3 for this lesson.', 'image')]),
    ('These videos were created with Sora, the company said.', []),
    ('Are pictures made with Midjourney allowed in the contest?', []),
    ('Product walkthrough video made with HeyGen',
     [('disclosure.ai-image', 'Product walkthrough video made with HeyGen', 'image')]),
    ('All the background music was generated with Udio.',
     [('disclosure.ai-image', 'All the background music was generated with Udio.', 'image')]),
    ('The song was generated with Suno, according to the label.', []),
    ('The cover art is AI-generated using Midjourney.',
     [('disclosure.ai-image', 'The cover art is AI-generated using Midjourney.', 'image')]),
    ("If you'd like, I can also make it more formal for a board audience.",
     [('leak.chat-preamble', "If you'd like, I can also make it more formal for a board audience.", None)]),
    ("If you'd like, I can also provide:", [('leak.chat-preamble', "If you'd like, I can also provide:", None)]),
    ('Would you like me to add more examples for each endpoint?',
     [('leak.chat-preamble', 'Would you like me to add more examples for each endpoint?', None)]),
    ('Would you like me to write more about this? Let me know in the comments.', []),
    ("Tell me which of these options you'd like me to expand.",
     [('leak.chat-preamble', "Tell me which of these options you'd like me to expand.", None)]),
    ('[... rest of the file unchanged ...]', [('leak.placeholder', '[... rest of the file unchanged ...]', None)]),
    ('[Rest of the interview is available to subscribers]', []),
    ('Обобщение от ИИ', [('disclosure.ai-summary', 'Обобщение от ИИ', 'summarised')]),
    ('Сайтът съдържа машинно преведено съдържание.',
     [('disclosure.machine-translated', 'Сайтът съдържа машинно преведено съдържание.', 'translated')]),
    ('Stran je bila samodejno prevedena.',
     [('disclosure.machine-translated', 'Stran je bila samodejno prevedena.', 'translated')]),
    ('Apraksts ģenerēts ar mākslīgo intelektu',
     [('disclosure.ai-generated', 'Apraksts ģenerēts ar mākslīgo intelektu', 'generated')]),
    ('Aprašymas sugeneruotas naudojant ChatGPT',
     [('disclosure.ai-generated', 'Aprašymas sugeneruotas naudojant ChatGPT', 'generated')]),
    ('Ако искате, мога да ви подготвя и примерен `docker-compose` файл.',
     [('leak.chat-preamble', 'Ако искате, мога да ви подготвя и примерен `docker-compose` файл.', None)]),
    ('Hinweis zum Bild: KI-generiert', [('disclosure.ai-image', 'Hinweis zum Bild: KI-generiert', 'image')]),
    ('Генерирано от AI за вашия профил',
     [('disclosure.ai-generated', 'Генерирано от AI за вашия профил', 'generated')]),
    # stop 59, round 2 (from tuning batches 316, 317, 319 and 320): offers ending in a colon in id/vi/nl/pl; es
    # "ayudarte a ver"; nl/pl/de pieces of work; id "hope this helps" with a request; tr/zh offers; ja "anything
    # else"; a note that the file was written from what the user provided; files written by a named coding agent;
    # "Generated with" an agent; ja/fa/ar/zh/ko labels; a project logo made by a tool
    ('Jika kamu mau, saya bisa juga:', [('leak.chat-preamble', 'Jika kamu mau, saya bisa juga:', None)]),
    ('Si quieres, puedo ayudarte a ver ejemplos de cada patrón en Python.',
     [('leak.chat-preamble', 'Si quieres, puedo ayudarte a ver ejemplos de cada patrón en Python.', None)]),
    ('Als je wilt, kan ik er ook een korte samenvatting van maken.',
     [('leak.chat-preamble', 'Als je wilt, kan ik er ook een korte samenvatting van maken.', None)]),
    ('Semoga panduan ini bermanfaat! Beri tahu saya jika ada yang perlu diubah.',
     [('leak.chat-preamble', 'Semoga panduan ini bermanfaat! Beri tahu saya jika ada yang perlu diubah.', None)]),
    ('Semoga bermanfaat! Jika ada pertanyaan, silakan ajukan di kolom komentar.', []),
    ('İsterseniz size Docker ile kurulum adımlarını da gösterebilirim.',
     [('leak.chat-preamble', 'İsterseniz size Docker ile kurulum adımlarını da gösterebilirim', None)]),
    ('如果你需要我补充部署步骤，我也可以帮你。',
     [('leak.chat-preamble', '如果你需要我补充部署步骤，我也可以帮你。', None)]),
    ('何か他にサポートできることがあれば、お気軽にお申し付けください。',
     [('leak.chat-preamble', '何か他にサポートできることがあれば、お気軽にお申し付けください。', None)]),
    ('お手伝いできることがあれば、お問い合わせください。', []),
    ('This README was generated based on the source files you provided.',
     [('leak.chat-preamble', 'This README was generated based on the source files you provided', None)]),
    ('These unit tests were written by Cursor.',
     [('disclosure.ai-generated', 'These unit tests were written by Cursor.', 'generated')]),
    ('The code was generated by Copilot, the researchers said.', []),
    ('Generated with Codex CLI', [('disclosure.ai-generated', 'Generated with Codex CLI', 'generated')]),
    ('出典: ChatGPT との会話', [('disclosure.ai-generated', '出典: ChatGPT との会話', 'generated')]),
    ('نوشته شده با هوش مصنوعی', [('disclosure.ai-generated', 'نوشته شده با هوش مصنوعی', 'generated')]),
    ('مترجم آليًا', [('disclosure.machine-translated', 'مترجم آليًا', 'translated')]),
    ('本指南由 Claude 生成，仅供参考。',
     [('disclosure.ai-generated', '本指南由 Claude 生成，仅供参考。', 'generated')]),
    ('본 자료는 공개된 보고서를 바탕으로 AI가 요약한 내용입니다.',
     [('disclosure.ai-summary', '본 자료는 공개된 보고서를 바탕으로 AI가 요약한 내용입니다.', 'summarised')]),
    ('Our logo was generated by Microsoft Copilot from a short description.',
     [('disclosure.ai-image', 'Our logo was generated by Microsoft Copilot from a short description.', 'image')]),
    ('The mascot was created with Midjourney, critics said.', []),
    # stop 59, round 3 (from tuning batches 322, 323, 325 and 326): openers naming what the prompt asked for ("in 3
    # short paragraphs", "SEO-optimized"), "a possible …:", restating the request, offers to reformat, reasoning
    # about the text, "let me know if you'd like:", no access to real-time or external data; de "mit ChatGPT
    # geschrieben"; bylines "Created by:" a chatbot; written and voiced by AI; pt/fr help; AI-summarised reviews;
    # nl/fr translation labels; a quoted prompt as a caption
    ('Here is a product description in 3 short paragraphs:',
     [('leak.chat-preamble', 'Here is a product description in 3 short paragraphs:', None)]),
    ('Here is a possible introduction you can adapt:',
     [('leak.chat-preamble', 'Here is a possible introduction you can adapt:', None)]),
    ('Here is a possible solution:', []),
    ("I understand you're looking for a blog post about the local election.",
     [('leak.chat-preamble', "I understand you're looking for a blog post about", None)]),
    ('Would you like me to turn this into a printable checklist?',
     [('leak.chat-preamble', 'Would you like me to turn this into a printable checklist?', None)]),
    ('I need to organize these notes into a coherent article.',
     [('leak.chat-preamble', 'I need to organize these notes into a coherent article', None)]),
    ("Let me know if you'd like:", [('leak.chat-preamble', "Let me know if you'd like:", None)]),
    ("Since I can't access real-time data, the figures below may be out of date.",
     [('leak.ai-self-reference', "Since I can't access real-time", None)]),
    ('Die Funktion wurde komplett mit ChatGPT geschrieben.',
     [('disclosure.ai-generated', 'Die Funktion wurde komplett mit ChatGPT geschrieben.', 'generated')]),
    ('Der Brief wurde laut Gericht mit ChatGPT geschrieben.', []),
    ('Created by: ChatGPT', [('disclosure.ai-generated', 'Created by: ChatGPT', 'generated')]),
    ('All episodes are written and voiced by AI.',
     [('disclosure.ai-generated', 'All episodes are written and voiced by AI.', 'generated')]),
    ('Usei o ChatGPT como ferramenta de apoio na revisão do texto.',
     [('disclosure.ai-assisted', 'Usei o ChatGPT como ferramenta de apoio na revisão do texto.', 'assisted')]),
    ('Merci à Claude pour son aide dans la relecture de ce guide.',
     [('disclosure.ai-assisted', 'Merci à Claude pour son aide dans la relecture de ce guide.', 'assisted')]),
    ('AI-summarized from 1,200 customer reviews',
     [('disclosure.ai-summary', 'AI-summarized from 1,200 customer reviews', 'summarised')]),
    ('Machinaal vertaald', [('disclosure.machine-translated', 'Machinaal vertaald', 'translated')]),
    ('"A fox in the snow" created with Midjourney',
     [('disclosure.ai-image', '"A fox in the snow" created with Midjourney', 'image')]),
    # stop 59, round 4 (from tuning batches 328 and 329): uk pages translated automatically and the label "Машинний
    # переклад"; uk "згенеровано за допомогою ШІ" (not a fake); ro reports generated automatically; chapters
    # generated from the transcript; fi "tekoälyn avustamana"; cs "AI shrnutí"; hu "… a Midjourney készítette"
    ('Цю статтю було автоматично перекладено з англійської.',
     [('disclosure.machine-translated', 'Цю статтю було автоматично перекладено з англійської.', 'translated')]),
    ('Машинний переклад', [('disclosure.machine-translated', 'Машинний переклад', 'translated')]),
    ('Це фейк, згенерований за допомогою ШІ.', []),
    ('Acest rezumat a fost generat automat pe baza datelor din sistem.',
     [('disclosure.automated', 'Acest rezumat a fost generat automat pe baza datelor din sistem.', 'automated')]),
    ('Chapters are generated from the transcript.',
     [('disclosure.automated', 'Chapters are generated from the transcript.', 'automated')]),
    ('Teksti on laadittu tekoälyn avustamana.',
     [('disclosure.ai-assisted', 'Teksti on laadittu tekoälyn avustamana.', 'assisted')]),
    ('AI shrnutí', [('disclosure.ai-summary', 'AI shrnutí', 'summarised')]),
    ('A borítót a Midjourney készítette.',
     [('disclosure.ai-image', 'A borítót a Midjourney készítette.', 'image')]),
    # stop 60, round 1 (from tuning batches 331, 332, 334 and 335): "Certainly! Here's a polished version of …" on a
    # long line; ja "他に何か…"; ru/uk/id/ko/hi/ar/pt offers; es "as an artificial intelligence, I …"; pictures on
    # this site generated with a named product; zh large models; ja "内容は…"; sq labels; an editor's checkbox and
    # fr "pas un résumé généré" (near misses)
    ("Certainly! Here's a polished version of the grant summary for the board, with the budget section moved to the "
     "end and the three outcomes listed first, as the foundation's template expects them to appear in every proposal "
     "that reaches the review panel in the spring round of funding decisions.",
     [('leak.chat-preamble', "Certainly! Here's a polished version of", None)]),
    ('他に何かお手伝いできることがあれば、お気軽にお知らせください。',
     [('leak.chat-preamble', '他に何かお手伝いできることがあれば、お気軽にお知らせください。', None)]),
    ('Если хотите, я могу описать архитектуру сервиса подробнее.',
     [('leak.chat-preamble', 'Если хотите, я могу описать архитектуру сервиса подробнее.', None)]),
    ('Якщо хочете, я можу підготувати версію для друку.',
     [('leak.chat-preamble', 'Якщо хочете, я можу підготувати версію для друку.', None)]),
    ('Якщо хочете, я можу показати:', [('leak.chat-preamble', 'Якщо хочете, я можу показати:', None)]),
    ('Kalau kamu mau, saya bisa menuliskan:', [('leak.chat-preamble', 'Kalau kamu mau, saya bisa menuliskan:', None)]),
    ('원하시면 제가 발표 자료도 정리해 드릴게요.',
     [('leak.chat-preamble', '원하시면 제가 발표 자료도 정리해 드릴게요', None)]),
    ('원하시면 제가 사진을 보내 드릴게요.', []),
    ('अगर आप चाहें, तो मैं इसका अंग्रेज़ी अनुवाद कर सकता हूँ।',
     [('leak.chat-preamble', 'अगर आप चाहें, तो मैं इसका अंग्रेज़ी अनुवाद कर सकता हूँ', None)]),
    ('إذا أردت، يمكنني أيضًا كتابة نسخة مختصرة من هذا التقرير.',
     [('leak.chat-preamble', 'إذا أردت، يمكنني أيضًا كتابة نسخة مختصرة من هذا التقرير', None)]),
    ('Quer que eu adapte o README para um tom mais formal?',
     [('leak.chat-preamble', 'Quer que eu adapte o README para um tom mais formal?', None)]),
    ('Como una inteligencia artificial, no tengo opiniones personales.',
     [('leak.ai-self-reference', 'Como una inteligencia artificial', None)]),
    ('Como una inteligencia artificial, ChatGPT no tiene opiniones.', []),
    ('Product photos on this website are generated with PixelForge.',
     [('disclosure.ai-image', 'Product photos on this website are generated with PixelForge.', 'image')]),
    ('Thumbnails on this site are generated automatically.', []),
    ('本文由大模型生成，内容仅供参考。',
     [('disclosure.ai-generated', '本文由大模型生成，内容仅供参考。', 'generated')]),
    ('※内容は機械翻訳によるものです。',
     [('disclosure.machine-translated', '※内容は機械翻訳によるものです。', 'translated')]),
    ('Përkthim automatik', [('disclosure.machine-translated', 'Përkthim automatik', 'translated')]),
    ('Tick this box if the summary was written by AI.', []),
    ("Ce n'est pas un résumé généré par IA.", []),
    # stop 60, round 2 (from tuning batches 337, 338, 340 and 341): an image credit with its prompt; a detector's
    # "check whether a photo was made by AI" (near miss); synthetic narration; "… article on …" on a long line; the
    # model unable to open a file, missing training data, "the user might be looking for"; de "bis zu meinem letzten
    # Kenntnisstand"; pl "Oto poprawiona wersja …:" and labels; nb "Generert med ChatGPT", "AI-bruk:"; hr labels;
    # da texts generated from data; our episodes' AI voices; posts run through an AI grammar checker; self-portraits;
    # an example wording after nb "for eksempel"
    ('Photo credit: DALL-E 3 prompt: "a lighthouse in a storm"',
     [('disclosure.ai-image', 'Photo credit: DALL-E 3 prompt: "a lighthouse in a storm"', 'image')]),
    ('Cek apakah sebuah foto dihasilkan oleh AI secara gratis.', []),
    ('The narrator is a synthetic voice.', [('disclosure.ai-image', 'The narrator is a synthetic voice.', 'image')]),
    ('Synthetic voices are getting better every year.', []),
    ("Certainly! Here's a detailed article on urban beekeeping, covering equipment, local regulations, hive placement, "
     "seasonal care, honey harvesting and the common mistakes that first-year beekeepers tend to make when they start "
     "with a single hive.",
     [('leak.chat-preamble', "Certainly! Here's a detailed article on", None)]),
    ("Since I can't open the attachment, I need to rely on the description you gave.",
     [('leak.ai-self-reference', "Since I can't open the attachment, I need to", None)]),
    ("Since I can't open the attachment, here is the summary from the email.", []),
    ("The figures aren't included in my training data.",
     [('leak.knowledge-cutoff', "aren't included in my training data", None)]),
    ('The user might be looking for a quick summary of the main arguments.',
     [('leak.chat-preamble', 'The user might be looking for a quick summary', None)]),
    ('The user may be looking for a file in the downloads folder.', []),
    ('Bis zu meinem letzten Kenntnisstand gibt es dafür keine offizielle API.',
     [('leak.knowledge-cutoff', 'Bis zu meinem letzten Kenntnisstand', None)]),
    ('Nach meinem Kenntnisstand gibt es dafür keine offizielle API.', []),
    ('Oto poprawiona wersja funkcji z obsługą błędów:',
     [('leak.chat-preamble', 'Oto poprawiona wersja funkcji z obsługą błędów:', None)]),
    ('Wygenerowane przez AI', [('disclosure.ai-generated', 'Wygenerowane przez AI', 'generated')]),
    ('Zaznacz zdania, które wyglądają na wygenerowane przez AI', []),
    ('Generert med ChatGPT fordi vi manglet en illustratør.',
     [('disclosure.ai-generated', 'Generert med ChatGPT fordi vi manglet en illustratør.', 'generated')]),
    ('AI-bruk: Oppsummering og struktur generert med ChatGPT.',
     [('disclosure.ai-generated', 'AI-bruk: Oppsummering og struktur generert med ChatGPT.', 'generated')]),
    ('Automatski prevedeno', [('disclosure.machine-translated', 'Automatski prevedeno', 'translated')]),
    ('Artiklen er automatisk genereret på baggrund af data fra Danmarks Statistik.',
     [('disclosure.automated', 'Artiklen er automatisk genereret på baggrund af data fra Danmarks Statistik.',
       'automated')]),
    ('Denne fil er automatisk genereret.', []),
    ('Our podcast episodes now use AI-generated voices for the intros.',
     [('disclosure.ai-image', 'Our podcast episodes now use AI-generated voices for the intros.', 'image')]),
    ('Audible adds AI-generated narration to thousands of titles.', []),
    ('I write every post myself and then run them through an AI grammar checker.',
     [('disclosure.ai-assisted', 'I write every post myself and then run them through an AI grammar checker.',
       'assisted')]),
    ('Run your essay through an AI proofreading tool before you submit it.', []),
    ('Portrait of the author, self-portrait made with Midjourney.',
     [('disclosure.ai-image', 'Portrait of the author, self-portrait made with Midjourney.', 'image')]),
    ('Angi hvilket verktøy du brukte, for eksempel "Denne teksten ble generert med ChatGPT".', []),
])
def test_wordings_give_exactly_these_findings(audit, text, expected):
    """Leaks and disclosures in wordings other than the batch rows the rules were written from (stops 47-60),
    each with its exact findings; the empty ones are near misses that must stay unflagged."""
    assert audit(text) == expected
