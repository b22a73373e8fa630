"""The leak check on real text: each rule with its exact span, quoted chatbot speech, ordinary brackets."""

import pytest

from auditor import Auditor


@pytest.fixture(scope="module")
def leaks():
    aud = Auditor({"checks": ["leak"]})
    return lambda text: aud.audit(text).findings


@pytest.mark.parametrize("text, rule, span", [
    ("As an AI language model, I cannot predict the outcome.", "leak.ai-self-reference", "As an AI language model"),
    ("As an AI developed by OpenAI, I have no opinions.", "leak.ai-self-reference", "As an AI developed by OpenAI"),
    # a content farm's published refusal of a fake-news request is a leak (stop 26 review)
    ("As an AI language model, I cannot write fake news or misinformation.", "leak.ai-self-reference",
     "As an AI language model"),
    ("I am an AI and cannot verify these claims.", "leak.ai-self-reference", "I am an AI"),
    ("I cannot fulfill this request.", "leak.refusal", "I cannot fulfill this request"),
    ("I'm sorry, but I can't assist with that.", "leak.refusal", "I'm sorry, but I can't assist with that"),
    ("I am unable to provide real-time updates on the battle.", "leak.refusal", "I am unable to provide"),
    ("As of my knowledge cutoff, the city was held by Ukraine.", "leak.knowledge-cutoff", "As of my knowledge cutoff"),
    ("As of my last update in January 2022, talks had stalled.", "leak.knowledge-cutoff",
     "As of my last update in January 2022"),
    ("My training data only goes up to 2021.", "leak.knowledge-cutoff", "My training data only goes up to 2021"),
    ("Certainly! Here is a news article about the fall of Bakhmut:\n\nThe city fell.", "leak.chat-preamble",
     "Certainly! Here is a news article about the fall of Bakhmut:"),
    ("Sure, here's a news article about the summit:", "leak.chat-preamble",
     "Sure, here's a news article about the summit:"),
    ("Here is a rewritten version of the article:", "leak.chat-preamble",
     "Here is a rewritten version of the article:"),
    ("The talks resumed.\nRegenerate response\n", "leak.chat-ui", "Regenerate response"),
    ("Copy code", "leak.chat-ui", "Copy code"),
    ("ChatGPT can make mistakes. Consider checking important information.", "leak.chat-ui",
     "ChatGPT can make mistakes. Consider checking important information."),
    ("The mayor, [Insert name], spoke.", "leak.placeholder", "[Insert name]"),
    ("The [[TEAM_NAME]] won 3-1.", "leak.placeholder", "[[TEAM_NAME]]"),
    ("Residents of {{city}} vote today.", "leak.placeholder", "{{city}}"),
    ("Written by [Your Name]", "leak.placeholder", "[Your Name]"),
    ("The fair opens on <INSERT DATE>.", "leak.placeholder", "<INSERT DATE>"),
    ("Turnout rose to XX% this year.", "leak.placeholder", "XX%"),
    # stop 43 (batch 103): the user's own name left in other languages
    ("**Auteur:** [Uw naam]", "leak.placeholder", "[Uw naam]"),
    ("Autor: [Vaše jméno]", "leak.placeholder", "[Vaše jméno]"),
    ("Penulis: [Nama Kamu]", "leak.placeholder", "[Nama Kamu]"),
    # stop 43 (batch 104): a chatbot's offer to rework a part of its answer
    ("Would you like me to shorten any of these paragraphs?", "leak.chat-preamble",
     "Would you like me to shorten any of these paragraphs?"),
    # stop 43 (batch 108): a chatbot's follow-up question on the text it wrote
    ("Is there anything else you would like me to add to the cover letter?", "leak.chat-preamble",
     "Is there anything else you would like me to add to the cover letter?"),
    # stop 43 (batch 109): a chatbot's closer on the bio or blurb it wrote
    ("Feel free to adjust it to better suit your brand.", "leak.chat-preamble",
     "Feel free to adjust it to better suit your brand."),
    # stop 43 (batches 111-112): a post handed over "as requested", a translator's preamble naming the file (de), and
    # in Polish
    ("Here are the SEO-optimized notes for the launch post. The formatting includes headers as requested.",
     "leak.chat-preamble",
     "Here are the SEO-optimized notes for the launch post. The formatting includes headers as requested"),
    ("Hier ist die Übersetzung der Datei README.md:", "leak.chat-preamble",
     "Hier ist die Übersetzung der Datei README.md:"),
    ("Oto tłumaczenie na język angielski:", "leak.chat-preamble", "Oto tłumaczenie na język angielski:"),
    # stop 43 (batches 113-114): a capitalised placeholder name, a dated field, the model's hope for its version, its
    # offer of one more piece, another chat window's note
    ("The plan was praised, said JOHN DOE, a local resident.", "leak.placeholder", "JOHN DOE"),
    ("Report date: [Today's Date]", "leak.placeholder", "[Today's Date]"),
    ("I hope this updated version works well for your newsletter.", "leak.chat-preamble",
     "I hope this updated version works well for your newsletter."),
    ("Would you like me to also write a short summary for social media?", "leak.chat-preamble",
     "Would you like me to also write a short summary for social media?"),
    ("Gemini can make mistakes, so double-check it", "leak.chat-ui", "Gemini can make mistakes, so double-check it"),
    # stop 43 (batch 118): the offer of one more piece in German and Dutch, a Portuguese offer closing with a colon
    ("Wenn du möchtest, kann ich dir auch eine Tabelle mit allen Befehlen erstellen.", "leak.chat-preamble",
     "Wenn du möchtest, kann ich dir auch eine Tabelle mit allen Befehlen erstellen."),
    ("Als je wilt, kan ik ook een voorbeeldbestand maken.", "leak.chat-preamble",
     "Als je wilt, kan ik ook een voorbeeldbestand maken."),
    ("Se quiser, posso também mostrar:", "leak.chat-preamble", "Se quiser, posso também mostrar:"),
    # stop 44 (batch 122): the reworked version handed back alone on its line, with no object named
    ("Ecco la versione corretta e migliorata:", "leak.chat-preamble", "Ecco la versione corretta e migliorata:"),
    ("Voici une version améliorée :", "leak.chat-preamble", "Voici une version améliorée :"),
    # stop 44 (batches 121, 122, 125): a reasoning trace about its answer, "me, this AI assistant", citation tokens, a
    # language AI model, offers in fr/de/ja/ko
    ("Okay, time to draft the response with a short intro.", "leak.chat-preamble",
     "Okay, time to draft the response with a short intro"),
    ("我这个AI助手来为你解答。", "leak.ai-self-reference", "我这个AI助手"),
    ("Prices rose sharply [citation:3].", "leak.chat-preamble", "[citation:3]"),
    ("As a language AI model, I cannot browse.", "leak.ai-self-reference", "As a language AI model"),
    ("Voulez-vous que je rédige aussi une introduction ?", "leak.chat-preamble",
     "Voulez-vous que je rédige aussi une introduction ?"),
    ("Möchten Sie, dass ich Ihnen die Tabelle als PDF erstelle?", "leak.chat-preamble",
     "Möchten Sie, dass ich Ihnen die Tabelle als PDF erstelle?"),
    ("次はテストコードを作成しましょうか？", "leak.chat-preamble", "次はテストコードを作成しましょうか？"),
    ("더 궁금한 사항이 있으면 언제든지 질문해 주세요.", "leak.chat-preamble", "더 궁금한 사항이 있으면 언제든지 질문"),
    # stop 44 (batch 127): ru "understood, I will prepare …", ro/vi a version of your text, vi and hu openers
    ("Понял. Я подготовлю краткое резюме статьи.", "leak.chat-preamble", "Понял. Я подготовлю краткое резюме статьи."),
    ("Iată o versiune revizuită a textului tău:", "leak.chat-preamble", "Iată o versiune revizuită a textului tău:"),
    ("Dưới đây là bản cập nhật cho bài viết của bạn:", "leak.chat-preamble",
     "Dưới đây là bản cập nhật cho bài viết của bạn:"),
    ("Là một trợ lý AI, tôi không có cảm xúc.", "leak.ai-self-reference", "Là một trợ lý AI, tôi"),
    ("Persze! Íme a cikk rövidebb változata:", "leak.chat-preamble", "Persze! Íme a cikk rövidebb változata:"),
    # stop 44 (batch 130): pt the closing offer to adjust the text
    ("Se precisar de alterações no texto, é só pedir!", "leak.chat-preamble",
     "Se precisar de alterações no texto, é só pedir"),
    # stop 44 (batch 132): a refined version of your text
    ("Here is a refined version of your essay:", "leak.chat-preamble", "Here is a refined version of your essay:"),
    # stop 45 (batches 136, 138): ChatGPT's citation markers; sv/uk/ro updated versions of your text
    ("Rates fell in March. :contentReference[oaicite:2]{index=2}", "leak.chat-ui",
     ":contentReference[oaicite:2]{index=2}"),
    ("Rates fell in March. citeturn0search4", "leak.chat-ui", "citeturn0search4"),
    ("Här är en förbättrad version av din text:", "leak.chat-preamble", "Här är en förbättrad version av din text:"),
    ("Ось виправлена версія вашого листа:", "leak.chat-preamble", "Ось виправлена версія вашого листа:"),
    ("Iată o versiune mai clară a README-ului:", "leak.chat-preamble", "Iată o versiune mai clară a README-ului:"),
    # stop 45 (batch 140): pt self-references with "um"
    ("Como um modelo de linguagem, não tenho opiniões.", "leak.ai-self-reference", "Como um modelo de linguagem"),
    ("Sou um modelo de linguagem treinado pelo Google.", "leak.ai-self-reference", "Sou um modelo de linguagem"),
    # stop 45 (batch 143): no live searches, knowledge up to a year
    ("I am unable to perform real-time searches, so this is based on what I know.", "leak.knowledge-cutoff",
     "I am unable to perform real-time searches"),
    ("I am relying on my existing knowledge up to late 2023.", "leak.knowledge-cutoff",
     "relying on my existing knowledge up to late 2023"),
    # stop 46 (batches 150, 153, 155)
    ("Sorry, as a text-based AI, I cannot see images.", "leak.ai-self-reference", "as a text-based AI"),
    ("Feel free to customize this description to accurately reflect the unique character of your bakery.",
     "leak.chat-preamble",
     "Feel free to customize this description to accurately reflect the unique character of your bakery."),
    ("If you want, I can also help you customize this dashboard to include more metrics. Just let me know!",
     "leak.chat-preamble",
     "If you want, I can also help you customize this dashboard to include more metrics. Just let me know!"),
    ("Here's the updated README with the new install steps:", "leak.chat-preamble",
     "Here's the updated README with the new install steps:"),
    ("I'll need more information to write a complete article.", "leak.chat-preamble",
     "I'll need more information to write a complete article"),
    ("Se precisar de mais alguma coisa, é só avisar!", "leak.chat-preamble",
     "Se precisar de mais alguma coisa, é só avisar!"),
    ("Estimado [Nombre del cliente], gracias por su compra.", "leak.placeholder", "[Nombre del cliente]"),
    ("Image placeholder — replace with the final photo.", "leak.placeholder", "Image placeholder"),
    ("Here's a concise, practical overview of the new rules:", "leak.chat-preamble",
     "Here's a concise, practical overview of the new rules:"),
    ("I can offer a general overview of the topic instead:", "leak.chat-preamble",
     "I can offer a general overview of the topic instead:"),
])
def test_each_rule_reports_the_exact_phrase_as_an_error(leaks, text, rule, span):
    [f] = leaks(text)
    assert (f.rule, f.text, f.severity, f.category) == (rule, span, "error", "leak")


def test_message_names_the_phrase(leaks):
    [f] = leaks("As an AI language model, I cannot say.")
    assert f.message == 'Chatbot self-reference "As an AI language model" left in the text.'


def test_quoted_chatbot_speech_is_not_a_leak(leaks):
    assert leaks('"As an AI language model, I cannot take sides," ChatGPT said.') == []


def test_british_single_quotes_are_quotes(leaks):
    # stop 43 (batch 104): a story's chatbot speaks in single quotes; the apostrophes inside do not close the quote
    assert leaks("‘I predict a 3-1 win for City. I hope this helps!’ concludes my robot friend.") == []
    assert leaks("‘It’s the players’ choice. I hope this helps!’ the coach said.") == []


def test_quoted_placeholder_stays_an_error(leaks):
    [f] = leaks('The minister said: "[Insert quote]".')
    assert (f.text, f.severity) == ("[Insert quote]", "error")


@pytest.mark.parametrize("text", [
    "He called it 'a disaster [sic]' for the region.",
    "Earlier studies agree [1].",
    "The mayor said [the city] would rebuild.",
    "Read the [full report](https://example.org/report).",
    # stop 43: a blogger's question to readers; a rule naming placeholders as placeholders (batch 103)
    "Would you like me to write about your town? Tell me in the comments.",
    "Gebruik nooit placeholders zoals [Uw naam] in een bericht.",
    "In this guide, `[Your Name]` marks the field each writer fills in.",
    "Is there anything else you'd like to add? No, thank you.",
    "Feel free to tweak it to suit your taste.",
    "He filed a John Doe lawsuit against the company.",
    "Wenn du möchtest, kann ich dir auch mein Rezept schicken.",
    "World War II ended in 1945.",
    '"I am unable to provide details on an ongoing investigation," the police chief said.',
    '"As an AI researcher, I worry about misinformation," said Dr. Lee.',
    "Here is what we know about the attack.",
    "Please let us know if you have any concerns or suggestions regarding this article.",
    "Shares of Apple <AAPL.O> rose.",
    # guards of the batch-53 rules (stop 24): another's prohibition, a how-to's user, a writer's offer, a phrase list
    "My doctor prohibits me from driving for two weeks.",
    "OK, the user needs to log in first.",
    "Hmm, the user interface is slow on older phones.",
    "I will write SEO articles for you.",
    "To express the score, you can use the following phrases: The score is [number] to [number].",
    # the omission mark of a quotation or an excerpt's tail is no empty slot (the first: the AP story quoted on
    # fs21-0033's page)
    "Then, it was some of the phrases in the stories that struck him as nearly robotic: [...] After doing some "
    "digging, Baker found more.",
    'Der Minister sagte: "Wir werden […] in die Schulen investieren."',
    # scraped Wikipedia text (the semi-automatic-NLI Wikipedia premises of the shared NLI pool, CC BY-SA 3.0): a
    # MediaWiki link and a TeX formula are no template slots
    "The growth of hate groups and the widespread distribution of hate propaganda throughout North America, "
    "particularly in the early 1990s, led CAERS to lobby the [[Government of Canada]] to strengthen and broaden hate "
    "crime legislation.",
    r"That means: a + b c = ( a + b ) ÷ c = a c + b c {\displaystyle {\frac {a+b}{c}}=(a+b)\div c="
    r"{\frac {a}{c}}+{\frac {b}{c}}} This is the same as multiplication.",
    # stop 44 (batch 122): a news page's revised version of something named
    "Voici la version révisée du projet de loi :",
    # stop 44: a question in a story, a writer's own aside
    "Veux-tu que je te raconte une histoire ?",
    "Alright, time to answer your questions from last week.",
    # stop 44 (batch 127): a bill's revised version, a caller who understood
    "Iată versiunea revizuită a proiectului de lege:",
    "Понял. Я перезвоню завтра.",
    # stop 44 (batch 130): any help offered
    "Se precisar de ajuda, é só falar!",
    # stop 45 (batch 136): a tutorial's improved version of a function; a citation in prose
    "Iată o versiune îmbunătățită a funcției care tratează erorile:",
    "Ось оновлена версія закону:",
    "She cited turn-by-turn data in her report.",
    # stop 45 (batch 139): a refusal that is a book's title
    "Sorry, I can't help with that: A field guide to chatbots, by Jane Q. Writer",
    # stop 46: a template to fit, a forum offer without a work product
    "Feel free to customize this template to fit your needs.",
    "If you want, I can also drive you to the station.",
    "Here is the updated list of road closures:",
    "Here is a quick overview of the schedule:",
    "Die Ausgabe erfolgt in der Form: [Name der Stadt]",
    "Wir nennen « [Name des Kunden] » als Beispiel.",
])
def test_hard_negatives_give_nothing(leaks, text):
    assert leaks(text) == []


def test_seed_article_has_no_leaks(leaks, seed_text):
    assert leaks(seed_text) == []


def test_nested_matches_of_one_rule_give_one_finding(leaks):
    assert [f.text for f in leaks("I'm sorry, but I can't assist with that.")] == [
        "I'm sorry, but I can't assist with that"]


def test_a_preamble_after_a_blank_line_is_reported_without_the_line_break():
    text = "The budget passed.\n\nCertainly! Here is the article you asked for.\n"
    [f] = Auditor({"checks": ["leak"]}).audit(text).findings
    assert (f.rule, f.text, f.start, f.line, f.column) == (
        "leak.chat-preamble", "Certainly! Here is the article you asked for.", 20, 3, 1)


@pytest.mark.parametrize("heading, offer", [
    # real rows (found batches 25, 26, 30, 33) after a line that ends without a full stop: a rule, a heading, a list
    ("---", "Souhaitez-vous que je développe une section plus spécifique, comme les détails du protocole de "
            "communication P2P ou la liste des capteurs prévus ?"),
    ("### Resultado", "¿Quieres que lo adapte para: - Incluir un ejemplo de `perf.log` simulado?"),
    ("![Schritt 7](./images/step_7.webp)", "Ich hoffe, das hilft Ihnen weiter! Passen Sie die Texte und "
                                          "Bildbeschreibungen nach Bedarf an."),
    ("3. 集成更多的数据源和目标系统", "如果您需要进一步的帮助或遇到其他问题，请告诉我！"),
])
def test_an_offer_or_sign_off_is_a_leak_at_any_line_start(leaks, heading, offer):
    findings = leaks(f"{heading}\n\n{offer}")
    assert [f.rule for f in findings] == ["leak.chat-preamble"]
    assert offer.startswith(findings[0].text)


@pytest.mark.parametrize("text, rule, span", [
    ("My programming prohibits me from generating harmful and hateful tweets towards individuals or groups of people",
     "leak.refusal",
     "My programming prohibits me from generating harmful and hateful tweets towards individuals or groups of people"),
    ("Wait, but the user just provided an article title. Maybe they want a summary.", "leak.chat-preamble",
     "Wait, but the user just provided an article title"),
    ("I can create a comprehensive article for the given keyword. Here is a lengthy article:", "leak.chat-preamble",
     "I can create a comprehensive article for the given keyword."),
])
def test_a_programming_refusal_a_reasoning_trace_and_a_keyword_task_are_leaks_alone_and_after_a_heading(
        leaks, text, rule, span):
    """Batch 53: "my programming/guidelines prohibit me from …", "Wait, (but) the user …", "I can create … for the given
    keyword", each alone and at a line start after a heading."""
    for doc in (text, f"## Introduction\n\n{text}"):
        assert [(f.rule, f.text) for f in leaks(doc)] == [(rule, span)]


def test_overlapping_matches_of_one_rule_give_one_finding_over_both(leaks):
    # QA, stop 66: "I'm sorry, but I cannot browse" and "I cannot browse the internet" were two errors
    assert [f.text for f in leaks("I'm sorry, but I cannot browse the internet to verify these figures.")] == [
        "I'm sorry, but I cannot browse the internet"]
