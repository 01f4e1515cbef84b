import {describe, expect, it} from 'vitest'
import {splitThread, tweetables} from '../src/index.js'

/** The sentences `tweetables` finds: the splitter's own sentence rules, made visible. */
const sentences = (text: string) => tweetables(text, {limit: 1000}).map((t) => t.text)

// One row per rule and language: [language, rule, input, the sentences a careful reader sees].
// Every expected output was written by hand from the rule in README.md, "Sentences".
const table: Array<[string, string, string, string[]]> = [
  // Latin: a stop before a lower-case word can end a sentence; evidence decides.
  ['English', 'stop before a lower-case brand name', 'Break where a reader would pause. tweetstorm does that for you.', ['Break where a reader would pause.', 'tweetstorm does that for you.']],
  ['English', 'a rant written all in lower case', 'i tried it. it broke. nobody cared.', ['i tried it.', 'it broke.', 'nobody cared.']],
  ['English', 'known abbreviations before lower case', 'It weighs approx. five kilos, e.g. the big one.', ['It weighs approx. five kilos, e.g. the big one.']],
  ['English', 'title, initial and initialism', 'Ask Dr. Smith and J. R. Doe in the U.S. office today.', ['Ask Dr. Smith and J. R. Doe in the U.S. office today.']],
  ['English', 'etc. ends a sentence before a capital only', 'Bring pens, paper etc. and come early. Pens etc. Then leave.', ['Bring pens, paper etc. and come early.', 'Pens etc.', 'Then leave.']],
  ['English', 'question and exclamation before lower case', 'why would you do that? nobody asked! fine.', ['why would you do that?', 'nobody asked!', 'fine.']],
  ['English', 'speech tag after a quoted mark', '"Stop!" she said. Then she left.', ['"Stop!" she said.', 'Then she left.']],
  ['English', 'speech tag after a quoted stop', '"Go." he said. She went.', ['"Go." he said.', 'She went.']],
  ['English', 'ellipsis before lower case is a pause', 'Well... maybe not. Fine.', ['Well... maybe not.', 'Fine.']],
  ['English', 'decimals, times and URLs have no space', 'It costs 3.14 at 10:30 on https://example.com/a.b. Done.', ['It costs 3.14 at 10:30 on https://example.com/a.b.', 'Done.']],
  ['English', 'closing quote and bracket after the stop', 'He said "go." (It was late.) We went.', ['He said "go."', '(It was late.)', 'We went.']],
  ['German', 'closer » « after the stop', '»Ich sehe dich.« Dann ging er.', ['»Ich sehe dich.«', 'Dann ging er.']],
  ['German', 'closer “ after the stop', '„Komm zu mir.“ Sie kam nicht.', ['„Komm zu mir.“', 'Sie kam nicht.']],
  ['German', 'ordinal number and abbreviations', 'Am 3. Mai kam er, bzw. fast. Vgl. Nr. 4 im 2. Kapitel. Gut.', ['Am 3. Mai kam er, bzw. fast.', 'Vgl. Nr. 4 im 2. Kapitel.', 'Gut.']],
  ['German', 'list number at the start of a line', '1. Kapitel. Es beginnt.\n2. Kapitel. Es endet.', ['1. Kapitel.', 'Es beginnt.', '2. Kapitel.', 'Es endet.']],
  ['English', 'a short number ends a sentence outside an ordinal context', 'He was 25. She was 30. They met in 1999. Then they left.', ['He was 25.', 'She was 30.', 'They met in 1999.', 'Then they left.']],
  ['German', 'initialism z.B.', 'Nimm z.B. Brot mit. Danke.', ['Nimm z.B. Brot mit.', 'Danke.']],
  ['French', 'spaced ! and » stay with their sentence', '« Bonjour ! » dit-il. Elle sourit.', ['« Bonjour ! » dit-il.', 'Elle sourit.']],
  ['French', 'a spaced « opens the next sentence, never ends one', 'Il entra. « Bonjour ! » dit-il. Elle sourit.', ['Il entra.', '« Bonjour ! » dit-il.', 'Elle sourit.']],
  ['French', 'spaced question mark ends the sentence', 'Tu viens ? Oui, je viens.', ['Tu viens ?', 'Oui, je viens.']],
  ['French', 'abbreviations Mme. and env.', 'Mme. Dupont a env. trente ans. Elle lit.', ['Mme. Dupont a env. trente ans.', 'Elle lit.']],
  ['Japanese', '。 ends a sentence without a space', '今日は晴れです。明日は雨です。', ['今日は晴れです。', '明日は雨です。']],
  ['Japanese', 'closer 」 after 。 belongs to the sentence', '「行きます。」と彼は言った。', ['「行きます。」と彼は言った。']],
  ['Japanese', 'closer 」 after ！ then a new sentence', '「やった！」次に進む。', ['「やった！」', '次に進む。']],
  ['Chinese', '！ and ？ end sentences', '你好！你是谁？我是老师。', ['你好！', '你是谁？', '我是老师。']],
  ['Chinese', 'straight quote after 。 belongs to the sentence before', '他说："我们走吧。"然后走了。', ['他说："我们走吧。"', '然后走了。']],
  ['Chinese', 'Latin abbreviations inside Chinese', '我喜欢《Sgt. Peppers》这张专辑。它很老(c. 400BC)吗？不是。', ['我喜欢《Sgt. Peppers》这张专辑。', '它很老(c. 400BC)吗？', '不是。']],
  ['Hindi', 'danda ends a sentence', 'मैं घर गया। वह स्कूल गई। हम खुश हैं।', ['मैं घर गया।', 'वह स्कूल गई।', 'हम खुश हैं।']],
  ['Hindi', 'double danda and question mark', 'सत्यमेव जयते॥ क्या तुम आओगे? हाँ।', ['सत्यमेव जयते॥', 'क्या तुम आओगे?', 'हाँ।']],
  ['Hindi', 'डॉ. is an abbreviation', 'डॉ. शर्मा आए। ठीक है।', ['डॉ. शर्मा आए।', 'ठीक है।']],
  ['Arabic', '؟ and . end sentences', 'هل أنت بخير؟ أنا بخير. شكرا لك!', ['هل أنت بخير؟', 'أنا بخير.', 'شكرا لك!']],
  ['Arabic', 'Urdu full stop ۔', 'یہ کتاب ہے۔ وہ قلم ہے۔', ['یہ کتاب ہے۔', 'وہ قلم ہے۔']],
  ['Arabic', '، is a clause break, not an end', 'ذهبت إلى السوق، واشتريت خبزا.', ['ذهبت إلى السوق، واشتريت خبزا.']],
  ['Thai', 'a space between Thai phrases ends a sentence', 'วันนี้อากาศดีมาก เราไปเที่ยวทะเลกัน', ['วันนี้อากาศดีมาก', 'เราไปเที่ยวทะเลกัน']]
]

describe('sentence ends, per script and rule (README "Sentences")', () => {
  it.each(table)('%s: %s', (_language, _rule, input, expected) => {
    expect(sentences(input)).toEqual(expected)
  })
})

describe('splitThread ends posts only at sentence ends that fit', () => {
  // Three sentences of about 100 characters: two posts, and each break is at a sentence end.
  const cases: Array<[string, string[]]> = [
    ['English, lower case', ['i keep telling people that threads are a craft and nobody listens to me at all, not once, not ever.', 'tweetstorm is the tool i wanted: it breaks where a reader would pause and never in the middle.', 'so here we are, writing a rant about it in lower case because that is how people write online.']],
    ['German, closers', ['»Ich weiß nicht, ob ich heute noch komme, denn der Zug fährt erst am späten Abend.«', '„Dann komm eben morgen, wir warten auf dich und kochen etwas Gutes für alle.“', 'Er antwortete nicht mehr und legte das Telefon leise auf den Tisch neben die Tür.']],
    ['Hindi, danda', ['मैं सुबह जल्दी उठकर बाज़ार गया और वहाँ से ताज़ी सब्ज़ियाँ और फल खरीदकर घर वापस आया।', 'फिर मैंने पूरे परिवार के लिए नाश्ता बनाया और सबने साथ बैठकर बहुत आराम से खाना खाया।', 'दोपहर में हम सब पार्क गए और शाम तक वहीं खेलते रहे क्योंकि मौसम बहुत सुहावना था।']],
    ['Arabic, ؟', ['هل تعرف لماذا نكتب سلاسل طويلة على الإنترنت بدلا من مقالات كاملة يقرؤها الناس بهدوء؟', 'لأن القارئ يقرأ منشورا واحدا في كل مرة، ويحتاج كل منشور أن يكون مفهوما وحده تماما.', 'لذلك نقسم النص عند نهاية الجملة دائما، ولا نقطع الجملة في منتصفها أبدا إذا كانت تتسع.']]
  ]
  it.each(cases)('%s', (_name, parts) => {
    const tweets = splitThread(parts.join(' '), {limit: 140, numbering: false}).tweets.map((t) => t.text)
    expect(tweets).toEqual(parts)
  })
})
