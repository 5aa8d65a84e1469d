import { test } from 'node:test';
import { handSetQuotes } from '../helpers/hand-set-quotes.js';
import assert from 'node:assert/strict';

/**
 * Speaker references that news writes every day: titles over a name, pronouns and nouns that go
 * back to someone named earlier. Hand-set entities, as in quotes.test.ts, so that the rules are
 * checked, not the NER model.
 */
const quotes = handSetQuotes;

test('الناطق باسم is a title like المتحدث باسم: the name after its organisation speaks, and "وقال الناطق" goes back to it', () => {
  const text = 'وأفاد الناطق باسم الوكالة الوطنية المكلفة بإدارة الكوارث سوتوبو نوغروهو "نتوقع أن تستمر الحصيلة في الارتفاع". وقالت وزارة الصحة إن المستشفيات ممتلئة. وأضاف الناطق أن عدد المشردين ارتفع إلى 387 ألف شخص.';
  const q = quotes(text, [['الوكالة الوطنية', 'ORG', 'الوكالة الوطنية'], ['سوتوبو نوغروهو', 'PER', 'سوتوبو نوغروهو'], ['وزارة الصحة', 'ORG', 'وزارة الصحة']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سوتوبو نوغروهو', 'وزارة الصحة', 'سوتوبو نوغروهو']);
});

test('a name that opens the sentence, its apposition and من جهته set off by commas, then the verb: the name speaks, not someone the object recalls', () => {
  const text = 'الشيخ سالم ناصر، أحد مشايخ قبائل مران، اعتبر أن الميليشيا تلفظ أنفاسها الأخيرة.\n\nالشيخ علي جيلان، عضو مديريات الملاحيط، من جهته، دعا القبائل إلى عدم إرسال أبنائهم للقتال.';
  const q = quotes(text, [['سالم ناصر', 'PER', 'سالم ناصر'], ['علي جيلان', 'PER', 'علي جيلان']]);
  assert.deepEqual(q.map((x) => [x.text, x.speaker]), [
    ['الميليشيا تلفظ أنفاسها الأخيرة', 'سالم ناصر'],
    ['عدم إرسال أبنائهم للقتال', 'علي جيلان'],
  ]);
});

test('an organisation in quotation marks the tagger missed, opening the sentence with its apposition before the verb, speaks', () => {
  const text = 'وقال رامي عبد الرحمن إن المفاوضات فشلت. لكن "جيش الإسلام"، الفصيل الأقوى في الغوطة، ينفي مشاركته في أي مفاوضات حاليا مع النظام.';
  const q = quotes(text, [['رامي عبد الرحمن', 'PER', 'رامي عبد الرحمن']]);
  assert.deepEqual(q.map((x) => x.speaker), ['رامي عبد الرحمن', 'جيش الإسلام']);
});

test('a place opening the sentence speaks through من جانبها, but a dateline is no speaker', () => {
  const text = 'وقال سامي زيد إن الطائرات قصفت المستشفى. روسيا، من جانبها، نفت أن تكون طائراتها قصفت المستشفى.';
  const q = quotes(text, [['سامي زيد', 'PER', 'سامي زيد'], ['روسيا', 'LOC', 'روسيا']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سامي زيد', 'روسيا']);
});

test('لكنه opening a sentence goes back to the person the sentence before opens with: a title or a tie, then the name in apposition', () => {
  const text = 'وقالت شقيقته مهى إن العائلة تنتظر. محامي زكا في لبنان، مجد دمشقية، فضل عدم إضافة معلومات. لكنه أكد أن سجن زكا مخالف للقانون.';
  const q = quotes(text, [['مهى', 'PER', 'مهى'], ['زكا', 'PER', 'نزار زكا']]);
  assert.deepEqual(q.map((x) => x.speaker), ['مهى', 'مجد دمشقية']);
});

test('an organisation\'s head noun (المرصد، المنظمة) goes back to the organisation, not to a person whose title holds it', () => {
  const text = 'وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن القصف مستمر. وقتل 11 مدنيا على الأقل، بحسب المرصد السوري لحقوق الإنسان. وقال المرصد إن أربع نسوة تمكن من الفرار.';
  const q = quotes(text, [['المرصد السوري لحقوق الإنسان', 'ORG', 'المرصد السوري لحقوق الإنسان'], ['رامي عبد الرحمن', 'PER', 'رامي عبد الرحمن']]);
  assert.deepEqual(q.map((x) => x.speaker), ['رامي عبد الرحمن', 'المرصد السوري لحقوق الإنسان', 'المرصد السوري لحقوق الإنسان']);
});

test('a definite organisation named by its head and adjectives only (المنظمة الدولية) is no name to go back to', () => {
  const text = 'وقالت منظمة أنقذوا الأطفال إن الأطفال يدفعون الثمن. وتعمل المنظمة الدولية في 120 بلدا. وقالت المنظمة إن 73 ألف طفل قتلوا.';
  const q = quotes(text, [['أنقذوا الأطفال', 'ORG', 'أنقذوا الأطفال'], ['المنظمة الدولية', 'ORG', 'المنظمة الدولية']]);
  assert.deepEqual(q.map((x) => x.speaker), ['أنقذوا الأطفال', 'أنقذوا الأطفال']);
});

test('a verb inside the sentence goes on with the untagged subject of the verb that opens it: بيانا أكدت فيه، ...، وقالوا', () => {
  const text = 'وقال سامي زيد إن الحادث وقع ظهرا.\n\nووصف سكان محليون الحادث، وقالوا إنهم شاهدوا سيارة تنحرف عن الطريق.\n\nوكتب المجلس الوطني لسلامة النقل تغريدة قال فيها إنه أرسل فريق تحقيقات إلى الموقع.\n\nوأصدرت الوزارة الاثنين بيانا أشارت فيه إلى أن التحقيق مستمر.';
  const q = quotes(text, [['سامي زيد', 'PER', 'سامي زيد']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سامي زيد', 'سكان محليون', 'المجلس الوطني لسلامة النقل', 'الوزارة']);
});

test('not the opening verb\'s subject when the verb has its own before it, or is a title\'s, or a definite object follows the subject', () => {
  const text = 'وقال سامي زيد إن المتهم مريض.\n\nوبرر فريق الدفاع طلبه بحالته الصحية، لكن خبيرة طبية أكدت أن وضعه يسمح بسجنه.\n\nوقال جيف سيشنز إن القضية تخضع لتقييم جدي. ورفض وزير العدل الأمريكي التعليق، وأكد أنه سيتحدث إلى وزير الخارجية.';
  const q = quotes(text, [['سامي زيد', 'PER', 'سامي زيد'], ['جيف سيشنز', 'PER', 'جيف سيشنز']]);
  assert.equal(q.length, 4, JSON.stringify(q));
  assert.notEqual(q[1].speaker, 'فريق الدفاع');
  assert.deepEqual([q[0], q[2], q[3]].map((x) => x.speaker), ['سامي زيد', 'جيف سيشنز', 'جيف سيشنز']);
});

test('"وأضاف البيان" goes back to whoever spoke "في بيان", past a person quoted in between; an organisation quoted since issued it', () => {
  const text = 'وقالت وزارة الخارجية الروسية في بيان إن موسكو لن تقبل بالعقوبات. وقال المحلل سامي زيد إن الرد كان متوقعا. وأضاف البيان أن روسيا سترد بالمثل.\n\nوقال المبعوث الأممي مارتن غريفيث في بيان إن الوضع خطير. وقالت وزارة الخارجية الفرنسية إن الحل سياسي. وأضاف البيان أن مرفأ الحديدة مدخل رئيسي للمساعدات.';
  const q = quotes(text, [['وزارة الخارجية الروسية', 'ORG', 'وزارة الخارجية الروسية'], ['سامي زيد', 'PER', 'سامي زيد'], ['مارتن غريفيث', 'PER', 'مارتن غريفيث'], ['وزارة الخارجية الفرنسية', 'ORG', 'وزارة الخارجية الفرنسية']]);
  assert.deepEqual(q.map((x) => x.speaker), ['وزارة الخارجية الروسية', 'سامي زيد', 'وزارة الخارجية الروسية', 'مارتن غريفيث', 'وزارة الخارجية الفرنسية', 'وزارة الخارجية الفرنسية']);
});

test('a statement (تصريح) with its adjectives goes back to its issuer; a source phrase followed by أن without a comma gives the words after أن', () => {
  const text = 'وقادت التحقيقات إلى تحديد هوية المشتبه به، ليتبين بحسب تصريح صادر عن المكتب الإعلامي لمديرية الأمن العام أن المتهم مختل عقليا. وقال جاره خالد سعيد إنه كان هادئا. وأشار التصريح المقتضب إلى أن الأمن سيتخذ الإجراءات اللازمة.';
  const q = quotes(text, [['خالد سعيد', 'PER', 'خالد سعيد']]);
  assert.deepEqual(q.map((x) => x.text), ['المتهم مختل عقليا', 'كان هادئا', 'الأمن سيتخذ الإجراءات اللازمة']);
  assert.ok(q[0].speaker?.startsWith('المكتب الإعلامي'), JSON.stringify(q[0]));
  assert.equal(q[2].speaker, q[0].speaker);
});

test('"X قد قال ... وأضافت": an organisation quoted earlier in the sentence goes on, whatever gender the verb takes', () => {
  const text = 'وكان الإنتربول قد قال في بيان، الجمعة، إنه على علم بالتقارير عن اختفاء مينغ هونغوي، وأضافت أن القضية شأن خاص بالسلطات المعنية في فرنسا والصين.';
  const q = quotes(text, [['الإنتربول', 'ORG', 'الإنتربول'], ['مينغ هونغوي', 'PER', 'مينغ هونغوي']]);
  assert.deepEqual(q.map((x) => x.speaker), ['الإنتربول', 'الإنتربول']);
});

test('a verb whose ب follows its subject (تعهد، ندد) keeps the subject\'s last word; an accusation keeps its object out', () => {
  const text = 'تعهدت قطر بدعم اقتصاد تركيا المضطرب من خلال ضخ استثمارات.\n\nوندد الرئيس رجب طيب أردوغان بقرار العقوبات الأمريكية الجديدة.\n\nواتهمت قطر الرياض بتسييس الحج.';
  const q = quotes(text, [['قطر', 'LOC', 'قطر'], ['تركيا', 'LOC', 'تركيا'], ['رجب طيب أردوغان', 'PER', 'رجب طيب أردوغان'], ['الرياض', 'LOC', 'الرياض']]);
  assert.deepEqual(q.map((x) => x.speaker), ['قطر', 'رجب طيب أردوغان', 'قطر']);
});

test('"المملكة" speaks for the kingdom the article names (the latest before the quote); with none named it stays as written', () => {
  const text = 'رحبت السعودية بقرار الرئيس الأمريكي. وقالت المملكة إن إيران استغلت العائد الاقتصادي من رفع العقوبات. وأكد الأردن أنه يدعم الحل السياسي. وأضافت المملكة أن المنطقة تحتاج إلى الاستقرار.';
  const q = quotes(text, [['السعودية', 'LOC', 'السعودية'], ['إيران', 'LOC', 'إيران'], ['الأردن', 'LOC', 'الأردن']]);
  assert.deepEqual(q.map((x) => x.speaker), ['السعودية', 'الأردن', 'الأردن']);
  const alone = quotes('وقالت المملكة إن المنطقة تحتاج إلى الاستقرار والأمن.', []);
  assert.deepEqual(alone.map((x) => x.speaker), ['المملكة']);
});

test('"أحد المصادر" is one of the unnamed sources quoted before: the group speaks; with no such group it stays as written', () => {
  const text = 'أكدت مصادر في وزارة الدفاع الفرنسية أن الحكومة ستدشن قوة عسكرية أوروبية. وقال الرئيس إيمانويل ماكرون إن أوروبا تحتاج إلى قوة للتدخل السريع. وذكر أحد المصادر أن هدف المشروع هو التكهن بالأزمات المستقبلية.';
  const q = quotes(text, [['إيمانويل ماكرون', 'PER', 'إيمانويل ماكرون'], ['أوروبا', 'LOC', 'أوروبا']]);
  assert.deepEqual(q.map((x) => x.speaker), ['مصادر', 'إيمانويل ماكرون', 'مصادر']);
  const alone = quotes('وذكر أحد المسؤولين أن هدف المشروع هو التكهن بالأزمات المستقبلية.', []);
  assert.deepEqual(alone.map((x) => x.speaker), ['أحد المسؤولين']);
});

test('an organisation the article never names as the lists do speaks by the name the article writes most (تنظيم الدولة الإسلامية, not داعش); written as listed, the listed name stays', () => {
  const text = 'وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم بسكين في وسط باريس. وقالت الشرطة إن المهاجم قتل.';
  const q = quotes(text, [['تنظيم الدولة الإسلامية', 'ORG', 'داعش'], ['باريس', 'LOC', 'باريس']]);
  assert.equal(q[0].speaker, 'تنظيم الدولة الإسلامية');
  const listed = 'وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم في باريس. ويقول خبراء إن داعش يسعى إلى الثأر.';
  const q2 = quotes(listed, [['تنظيم الدولة الإسلامية', 'ORG', 'داعش'], ['داعش', 'ORG', 'داعش'], ['باريس', 'LOC', 'باريس']]);
  assert.equal(q2[0].speaker, 'داعش');
});

test('an organisation described by its nisba (الجيش الإسرائيلي) is not the one person the nisba describes elsewhere (السفير الاسرائيلي)', () => {
  const text = 'وكان الجيش الإسرائيلي أعلن أن هجمات الثلاثاء أسفرت عن إصابة ثلاثة من جنوده.\n\nوانتقد السفير الاسرائيلي لدى الأمم المتحدة داني دانون المشروع المقترح، وقال إنه قد تم تصميمه لمساعدة حركة حماس.';
  const q = quotes(text, [['الأمم المتحدة', 'ORG', 'الأمم المتحدة'], ['داني دانون', 'PER', 'داني دانون'], ['حماس', 'ORG', 'حماس']]);
  assert.notEqual(q[0].speaker, 'داني دانون');
  assert.equal(q.at(-1)!.speaker, 'داني دانون');
});

test('an organisation\'s head noun with definite words only ("شركة السياحة البريطانية") is the organisation of that head quoted by name before', () => {
  const text = 'وقالت شركة توماس كوك إن خطأ حدث في الفندق. وقال محافظ البحر الأحمر إن الوفاة طبيعية. وأكدت شركة السياحة البريطانية أنها تعمل مع إدارة الفندق لمعرفة الأسباب.';
  const q = quotes(text, []);
  assert.equal(q[0].speaker, 'شركة توماس كوك');
  assert.equal(q.at(-1)!.speaker, 'شركة توماس كوك');
});

test('a pronoun verb after "يذكر أن X كان ..." goes on with X, the subject of the background clause, not the last speaker', () => {
  const text = 'وأكد المحتجون على سلمية تحركاتهم. يذكر أن رئيس الوزراء الأردني هاني الملقي كان رفض السبت سحب مشروع القانون. وقال إن تقرير مصيره يعود إلى البرلمان.';
  const q = quotes(text, [['هاني الملقي', 'PER', 'هاني الملقي']]);
  assert.deepEqual(q.map((x) => [x.text, x.speaker]), [['تقرير مصيره يعود إلى البرلمان', 'هاني الملقي']]);
});

test('a pronoun verb after a sentence whose verb has a title and then a name as subject goes on with that name, not the last speaker', () => {
  const text = 'وقالت المتحدثة سارة ساندرز إن الاجتماع مهم. واستقبل الرئيس المصري عبد الفتاح السيسي الوفد الأمريكي في القاهرة. وقال إن العلاقات بين البلدين قوية.';
  const q = quotes(text, [['سارة ساندرز', 'PER', 'سارة ساندرز'], ['عبد الفتاح السيسي', 'PER', 'عبد الفتاح السيسي']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سارة ساندرز', 'عبد الفتاح السيسي']);
});

test('a source quoted to a site written with its Arabic ending (لـ"العربية.نت") still speaks, and the verbs after go on with it', () => {
  const text = 'وقال المصدر الرسمي الأردني لـ"العربية.نت" إنه "ليس هناك نية لتسمية سفير آخر". كما شدد على حرص الأردن على "أمن دول المنطقة"، وأردف قائلا "أمن السعودية من أمننا".';
  const q = quotes(text, [['العربية.نت', 'ORG', 'العربية.نت']]);
  assert.deepEqual(q.map((x) => [x.text, x.speaker]), [
    ['ليس هناك نية لتسمية سفير آخر', 'المصدر الرسمي الأردني'],
    ['أمن دول المنطقة', 'المصدر الرسمي الأردني'],
    ['أمن السعودية من أمننا', 'المصدر الرسمي الأردني'],
  ]);
});

test('after لكنها / إلا أنها the pronoun says the gender, and the subject is who opens the sentence (an organisation the tagger missed too), not the last speaker', () => {
  const typo = quotes('وقال المتحدث روبرت بالادينو إن بلاده لا تعرف شيئا. وذكرت نويرت: "لقد عرضت الحكومة دعمها"، لكنها قال إن الضباط لن يشاركوا.', [['روبرت بالادينو', 'PER', 'روبرت بالادينو'], ['نويرت', 'PER', 'هيذر نويرت']]);
  assert.deepEqual(typo.map((x) => x.speaker), ['روبرت بالادينو', 'هيذر نويرت', 'هيذر نويرت']);
  const however = quotes('وقالت مصادر مطلعة إن المنفذ بريطاني. شرطة الميتروبوليتان البريطانية لم تكشف اسم المنفذ إلا أنها قالت إنها مقتنعة بالمعلومات.', []);
  assert.deepEqual(however.map((x) => x.speaker), ['مصادر مطلعة', 'شرطة الميتروبوليتان البريطانية']);
});

test('a pronoun verb after a sentence whose subject is a definite title goes on with the person the title describes, not the last speaker', () => {
  const text = 'وأكد الرئيس الفلسطيني محمود عباس أنه سيعود إلى مكتبه الثلاثاء. وقال الطبيب سامي زيد إن حالته جيدة. وأكد الرئيس الفلسطيني الذي كان محاطا بمساعديه نيته العودة للعمل. وقال للصحافيين "شكرا لله على أن خرجت اليوم من المستشفى".';
  const q = quotes(text, [['محمود عباس', 'PER', 'محمود عباس'], ['سامي زيد', 'PER', 'سامي زيد']]);
  assert.deepEqual(q.map((x) => x.speaker), ['محمود عباس', 'سامي زيد', 'محمود عباس']);
});

test('اتهم / وصف with one phrase before their ب: the phrase is the object and the verb goes on with who spoke before; two phrases are subject and object', () => {
  const accused = quotes('قال مدير المركز جيرمي فليمينغ إن واقعة تسميم سكريبال "صارخة". واتهم روسيا "بعدم الالتزام بقواعد اللعب".', [['جيرمي فليمينغ', 'PER', 'جيرمي فليمينغ'], ['روسيا', 'LOC', 'روسيا']]);
  assert.deepEqual(accused.map((x) => x.speaker), ['جيرمي فليمينغ', 'جيرمي فليمينغ']);
  const described = quotes('وقال وزير المال الفرنسي برونو لومير إن الأسبوع المقبل حاسم. ووصف اجتماع وزراء مجموعة السبع بأنه كان "متوترا وصعبا".', [['برونو لومير', 'PER', 'برونو لومير'], ['مجموعة السبع', 'ORG', 'مجموعة السبع']]);
  assert.deepEqual(described.map((x) => x.speaker), ['برونو لومير', 'برونو لومير']);
  const both = quotes('وقال الوزير جون كيري إن الوضع خطير. واتهمت القوى الغربية روسيا بتقويض محادثات السلام.', [['جون كيري', 'PER', 'جون كيري'], ['روسيا', 'LOC', 'روسيا']]);
  assert.deepEqual(both.map((x) => x.speaker), ['جون كيري', 'القوى الغربية']);
});

test('a title and the definite words it governs, then a name: the name holds the title; a name right after an indefinite noun is what the noun governs', () => {
  const held = quotes('وقال مستشار الأمن القومي الأمريكي جون بولتون للصحفيين إن ترامب وقع الأمر.', [['جون بولتون', 'PER', 'جون بولتون'], ['ترامب', 'PER', 'دونالد ترامب']]);
  assert.deepEqual(held.map((x) => x.speaker), ['جون بولتون']);
  const governed = quotes('وقال محامي ترامب، مايكل كوهين، إنه دفع المبلغ.', [['ترامب', 'PER', 'دونالد ترامب'], ['مايكل كوهين', 'PER', 'مايكل كوهين']]);
  assert.equal(governed.length, 1);
  assert.notEqual(governed[0].speaker, 'دونالد ترامب');
});

test('a name past a ل after the title is not its holder: "المحامي السابق للرئيس الأمريكي دونالد ترامب" is no role of Trump', () => {
  const q = quotes('وقال المحامي السابق للرئيس الأمريكي دونالد ترامب إنه سيتعاون مع المحققين.', [['دونالد ترامب', 'PER', 'دونالد ترامب']]);
  assert.equal(q.length, 1);
  assert.ok(!(q[0].speaker === 'دونالد ترامب' && (q[0].role ?? '').includes('المحامي')), `speaker ${q[0].speaker} (${q[0].role})`);
});

test('a platform named where something was posted ("على صفحته بموقع التواصل الاجتماعي، تويتر، قال فيها") is no agent: the words go on with who the article is about', () => {
  const text = 'نشر سفير المملكة في أمريكا، الأمير خالد بن سلمان، تصريحات لأحد القادة. جاء ذلك في تغريدة للسفير على صفحته بموقع التواصل الاجتماعي، تويتر، قال فيها: "النظام الإيراني حذف الخبر".';
  const q = quotes(text, [['خالد بن سلمان', 'PER', 'خالد بن سلمان'], ['تويتر', 'ORG', 'تويتر']]);
  assert.deepEqual(q.map((x) => x.speaker), ['خالد بن سلمان']);
});

test('a definite head goes back to the untagged name it opened with a ل construct ("الهيئة العامة للطيران المدني في قطر"), its country too; not to the head and its adjectives alone, nor to a name after it', () => {
  const text = 'استنكرت الهيئة العامة للطيران المدني في قطر بيان نظيرتها. وقالت الهيئة إن الطائرة كانت في مهمة معروفة. وقالت الهيئة القطرية إن "هذه ليست المرة الأولى".';
  const q = quotes(text, [['قطر', 'LOC', 'قطر']]);
  assert.deepEqual(q.map((x) => x.speaker), ['الهيئة العامة للطيران المدني', 'الهيئة العامة للطيران المدني']);
  const described = quotes('وقالت منظمة "أنقذوا الأطفال" إن الأطفال في خطر. وقالت المنظمة الدولية التي تهتم بالأطفال إن العدد ارتفع. وقالت المنظمة إن النزاعات تطول.', [['أنقذوا الأطفال', 'ORG', 'أنقذوا الأطفال'], ['المنظمة الدولية', 'ORG', 'المنظمة الدولية']]);
  assert.equal(described[2].speaker, 'أنقذوا الأطفال');
});

test('"المسؤول السعودي" after the article wrote "مسؤول سعودي" for someone it did not name is that unnamed official, not a Saudi person it names nor the last speaker', () => {
  const text = 'وقال ترامب إن الوضع خطير. ونفى مسؤول سعودي رفيع المستوى تورط بلاده في اختفاء الكاتب والإعلامي السعودي جمال خاشقجي. وقال المسؤول السعودي في بيان: "ننفي بشكل قاطع أي تورط". وأضاف المسؤول السعودي: "نحن نركز على التحقيق".';
  const q = quotes(text, [['ترامب', 'PER', 'دونالد ترامب'], ['جمال خاشقجي', 'PER', 'جمال خاشقجي']]);
  assert.deepEqual(q.map((x) => x.speaker), ['دونالد ترامب', 'المسؤول السعودي', 'المسؤول السعودي']);
});

test('"تصريحات X التي طالب فيها Y" is X speaking, not Y; "وكان آخر هذه التصريحات ... عندما قال" makes no speaker of the words before عندما', () => {
  const owner = quotes('وانتقد البرادعي تصريحات الرئيس الأمريكي دونالد ترامب التي طالب فيها الدول الثرية بأن تدفع المال.', [['البرادعي', 'PER', 'محمد البرادعي'], ['دونالد ترامب', 'PER', 'دونالد ترامب']]);
  assert.deepEqual(owner.map((x) => x.speaker), ['دونالد ترامب']);
  const apposed = quotes('ونشر الموقع ذاته تصريحات نسبها إلى القيادي في الحركة، محمود الزهار، قال فيها إن "الوقفات استكمال لمسيرات العودة".', [['محمود الزهار', 'PER', 'محمود الزهار']]);
  assert.deepEqual(apposed.map((x) => x.speaker), ['محمود الزهار']);
  // (فيه takes up the masculine statement, not the feminine statements of the name before it)
  const statement = quotes('وقال المحامي سامي زيد إن موكله بريء. وكانت القوات المسلحة قد أصدرت بيانا بشأن تصريحات جنينة، قالت فيه إن التصريحات تستهدف الدولة.', [['سامي زيد', 'PER', 'سامي زيد'], ['جنينة', 'PER', 'هشام جنينة']]);
  assert.notEqual(statement.at(-1)!.speaker, 'هشام جنينة');
  const when = quotes('وطالب ترامب مرارا السعودية بدفع المال مقابل الحماية. وكان آخر هذه التصريحات السبت الماضي عندما قال أمام أنصاره: "أنفقنا 7 تريليون دولار".', [['ترامب', 'PER', 'دونالد ترامب'], ['السعودية', 'LOC', 'السعودية']]);
  assert.equal(when.at(-1)!.speaker, 'دونالد ترامب');
});

test('the untagged subject right after the opening verb speaks before any name further on: a title the article gives a named person is that person, else the unnamed title; a page, not the actor it remembers', () => {
  const named = quotes('وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوضع خطير. وتوعد رئيس الوزراء الإسرائيلي إيران وحزب الله اللبناني، مشددا على أن إسرائيل "لن تسمح بذلك".', [['بنيامين نتنياهو', 'PER', 'بنيامين نتنياهو'], ['حزب الله اللبناني', 'ORG', 'حزب الله']]);
  assert.deepEqual(named.map((x) => x.speaker), ['بنيامين نتنياهو', 'بنيامين نتنياهو']);
  const unnamed = quotes('وتوعد رئيس الوزراء الإسرائيلي إيران وحزب الله اللبناني، مشددا على أن إسرائيل "لن تسمح بذلك".', [['حزب الله اللبناني', 'ORG', 'حزب الله']]);
  assert.deepEqual(unnamed.map((x) => x.speaker), ['رئيس الوزراء الإسرائيلي']);
  const ministry = quotes('ونعت وزارة الثقافة الفلسطينية، في بيان، ريم بنا، مؤكدة أنها "تركت بصوتها العديد من الأغنيات".', [['ريم بنا', 'PER', 'ريم بنا']]);
  assert.deepEqual(ministry.map((x) => x.speaker), ['وزارة الثقافة الفلسطينية']);
});

test('a title, then between commas a known first name and a family name with the article the tagger missed ("وزيرة السياحة المصرية، رانيا المشاط،"): that person speaks, and "الوزيرة" after her', () => {
  const q = quotes('وقالت وزيرة السياحة المصرية، رانيا المشاط، في اتصال هاتفي إن كثيرا من السائحين رفضوا ذلك. وأضافت الوزيرة أن التحقيق مستمر.', []);
  assert.deepEqual(q.map((x) => x.speaker), ['رانيا المشاط', 'رانيا المشاط']);
});

test('a title, its comma, then a rank and the name ("العاهل الأردني، الملك عبد الله الثاني،"): the title describes the person, so "ولفت العاهل الأردني" is the king; not across a list ("، والأدميرال مايكل روجرز")', () => {
  const king = quotes('أكد العاهل الأردني، الملك عبد الله الثاني، أن الأردن أمام مفترق طرق. وقال مسؤول حكومي إن الحكومة ستستقيل. ولفت العاهل الأردني إلى أن الظروف صعبة.', [['عبد الله الثاني', 'PER', 'عبد الله الثاني']]);
  assert.deepEqual(king.map((x) => x.speaker), ['عبد الله الثاني', 'مسؤول حكومي', 'عبد الله الثاني']);
  const list = quotes('وشارك فيه جيمس كلابر مدير الاستخبارات الوطنية سابقاً، والأدميرال مايكل روجرز. وقال مسؤول إن الاجتماع طويل. وأشار قادة الاستخبارات إلى أن الرسائل مقرصنة.', [['جيمس كلابر', 'PER', 'جيمس كلابر'], ['مايكل روجرز', 'PER', 'مايكل روجرز']]);
  assert.notEqual(list.at(-1)!.speaker, 'مايكل روجرز');
});

test('"ومن المتوقع أن يؤدي X اليمين. وتعهد ..." goes on with X, the subject of the clause after من المتوقع أن, not the last speaker', () => {
  const text = 'وقال ماريانو راخوي إن الحكومة ستسقط. ومن المتوقع أن يؤدي سانتشيث اليمين بحلول يوم الاثنين. وتعهد ببدء محادثات مع كتالونيا، لكنه قال إنه لن يسمح بإجراء استفتاء.';
  const q = quotes(text, [['ماريانو راخوي', 'PER', 'ماريانو راخوي'], ['سانتشيث', 'PER', 'بيدرو سانتشيث']]);
  assert.deepEqual(q.map((x) => x.speaker), ['ماريانو راخوي', 'بيدرو سانتشيث', 'بيدرو سانتشيث']);
});

test('what a complementizer reports right after an utterance and its owner ("استنكرت إيران تحذيرات الولايات المتحدة، بأنها") is the owner\'s; not an utterance a preposition governs ("في رده على تصريحات ترامب، إن")', () => {
  const warned = quotes('أدانت إيران واستنكرت تحذيرات الولايات المتحدة الأمريكية، بأنها ستحمل طهران مسؤولية الهجمات.', [['إيران', 'LOC', 'إيران'], ['الولايات المتحدة الأمريكية', 'LOC', 'الولايات المتحدة'], ['طهران', 'LOC', 'إيران']]);
  assert.deepEqual(warned.map((x) => x.speaker), ['الولايات المتحدة']);
  const reply = quotes('لكن الرئيس المكسيكي، أنريكي بينا نيتو، قال في رده على تصريحات ترامب، إن خطاب ترامب يشبه خطاب هتلر.', [['أنريكي بينا نيتو', 'PER', 'أنريكي بينا نيتو'], ['ترامب', 'PER', 'دونالد ترامب']]);
  assert.deepEqual(reply.map((x) => x.speaker), ['أنريكي بينا نيتو']);
});

test('a title written without the article in the name\'s apposition (وزير، وزارة) is matched by the definite description later: و is no conjunction there ("وزير الخارجية الأميركي، مايك بومبيو" ... "قال الوزير الأميركي")', () => {
  const text = 'توقع مسؤول كوري جنوبي أن يعود وزير الخارجية الأميركي، مايك بومبيو، من كوريا الشمالية. وتصريحات بومبيو جاءت بعد القمة بين الرئيس الأميركي دونالد ترامب والزعيم الكوري. وفي الطائرة، قال الوزير الأميركي للصحفيين إن لقاءاته لن تشمل الزعيم كيم.';
  const q = quotes(text, [['مايك بومبيو', 'PER', 'مايك بومبيو'], ['دونالد ترامب', 'PER', 'دونالد ترامب']]);
  assert.equal(q.at(-1)!.speaker, 'مايك بومبيو');
});

test('a source phrase right after a speaking verb ("حيث قال وفقا لما نقلته صحيفة سبق: "..."") is where the words were read: the verb\'s subject speaks, not the words after وفقا', () => {
  const q = quotes('وقال محمد بن سلمان إن السعودية تريد السلام. جاء ذلك في مقابلة أجراها ولي العهد مع مجلة التايم، حيث قال وفقا لما نقلته صحيفة سبق: "أعتقد أن أمريكا اقترفت خطأين".', [['محمد بن سلمان', 'PER', 'محمد بن سلمان']]);
  assert.deepEqual(q.map((x) => x.speaker), ['محمد بن سلمان', 'محمد بن سلمان']);
});

test('a verb with a plural ending has a pronoun for its subject ("وطالبوا متطرفي حركة طالبان بـ"): what follows it is its object, never the speaker', () => {
  const q = quotes('اجتمع أكثر من ألفي عالم دين في كابول. وطالبوا متطرفي حركة طالبان بإعادة السلام إلى البلاد.', [['طالبان', 'ORG', 'طالبان']]);
  assert.ok(q.length > 0);
  assert.ok(q.every((x) => x.speaker === null || !x.speaker.includes('متطرفي')), JSON.stringify(q));
});

test('a time or manner phrase after the verb or the subject ("قد صرح الأمس"، "وقال بهذا الصدد"، "مرة أخرى"، "قالت خلالها") is no part of who speaks', () => {
  const q = quotes('وكان العقيد الركن تركي المالكي قد صرح الأمس أنه سيعقد مؤتمرا صحفيا في الرياض.', [['تركي المالكي', 'PER', 'تركي المالكي']]);
  assert.deepEqual(q.map((x) => x.speaker), ['تركي المالكي']);
  const regard = quotes('وشكر أنطونيو تاجاني زاكربرغ على حضوره. وقال بهذا الصدد "علينا أن نحمي بيانات المواطنين".', [['أنطونيو تاجاني', 'PER', 'أنطونيو تاجاني'], ['زاكربرغ', 'PER', 'مارك زاكربرغ']]);
  assert.deepEqual(regard.map((x) => x.speaker), ['أنطونيو تاجاني']);
  const again = quotes('وطالب محامي رمضان مرة أخرى بإطلاق سراح موكله فورا.', [['رمضان', 'PER', 'طارق رمضان']]);
  assert.deepEqual(again.map((x) => x.speaker), ['محامي رمضان']);
  const during = quotes('وقالت ألكسندريا كورتيز إنها ستفوز بالمقعد. وقادت حملة انتخابية واسعة قالت خلالها ذات مرة: "ليس لامرأة مثلي أن تترشح للانتخابات".', [['ألكسندريا كورتيز', 'PER', 'ألكسندريا كورتيز']]);
  assert.deepEqual(during.map((x) => x.speaker), ['ألكسندريا كورتيز', 'ألكسندريا كورتيز']);
});

test('a title, then where it is held and the rank before the name ("رئيس مركز المصالحة الروسي في سوريا اللواء يوري يفتوشينكو"), or a rank of two words after its comma ("الفريق أول"): the person speaks', () => {
  const held = quotes('وقال رئيس مركز المصالحة الروسي في سوريا اللواء يوري يفتوشينكو إن المسلحين غادروا المدينة.', [['سوريا', 'LOC', 'سوريا'], ['يوري يفتوشينكو', 'PER', 'يوري يفتوشينكو']]);
  assert.deepEqual(held.map((x) => x.speaker), ['يوري يفتوشينكو']);
  const rank = quotes('قال مساعد وزير الداخلية لشؤون العمليات، الفريق أول سعيد بن عبدالله القحطاني، إن الأمن مستتب في المنطقة.', [['سعيد بن عبدالله القحطاني', 'PER', 'سعيد بن عبدالله القحطاني']]);
  assert.deepEqual(rank.map((x) => x.speaker), ['سعيد بن عبدالله القحطاني']);
});

test('an aside in brackets inside the title ("المتحدث باسم #قوات_التحالف (تحالف دعم الشرعية في اليمن)، العقيد ...") is passed over to the name; a short one is the name ("وكالة الأنباء الإيرانية (إرنا)")', () => {
  const q = quotes('صرح المتحدث الرسمي باسم #قوات_التحالف (تحالف دعم الشرعية في اليمن)، العقيد الركن #تركي_المالكي، أنه في تمام الساعة الواحدة تعرضت ناقلة لهجوم.', [['اليمن', 'LOC', 'اليمن'], ['#تركي_المالكي', 'PER', 'تركي المالكي']]);
  assert.deepEqual(q.map((x) => x.speaker), ['تركي المالكي']);
  const agency = quotes('أعلنت وكالة الأنباء الإيرانية (إرنا) اختطاف عدد من قوات التعبئة وحرس الحدود جنوب شرق البلاد.', [['إرنا', 'ORG', 'إرنا']]);
  assert.deepEqual(agency.map((x) => x.speaker), ['إرنا']);
});

test('a title heading a construct over an organisation is definite through it: "وقال أمين عام الأمم المتحدة، إن" is the person the article gave that whole title', () => {
  const text = 'أبدى أمين عام الأمم المتحدة، أنطونيو غوتيريس، الثلاثاء، ثقته في نجاح مهمة مبعوثه. وقال وزير الخارجية اليمني إن الحل قريب. وقال أمين عام الأمم المتحدة، إن الشعب اليمني يستحق السلام.';
  const q = quotes(text, [['الأمم المتحدة', 'ORG', 'الأمم المتحدة'], ['أنطونيو غوتيريس', 'PER', 'أنطونيو غوتيريس'], ['الأمم المتحدة', 'ORG', 'الأمم المتحدة', 2]]);
  assert.equal(q.at(-1)!.speaker, 'أنطونيو غوتيريس');
  // (not a title the article gave nobody: "وقال مراسل وكالة الأنباء الفرنسية" stays unnamed)
  const unnamed = quotes('وقال أنطونيو غوتيريس إن الوضع خطير. وقال مراسل وكالة الأنباء الفرنسية إن القصف استمر.', [['أنطونيو غوتيريس', 'PER', 'أنطونيو غوتيريس'], ['وكالة الأنباء الفرنسية', 'ORG', 'وكالة الأنباء الفرنسية']]);
  assert.equal(unnamed.at(-1)!.speaker, 'مراسل وكالة الأنباء الفرنسية');
});

test('an organisation\'s definite head noun goes back to the name the article gave in quotation marks after that noun ("جماعة "بوسي رايوت"" ... "وتقول الجماعة"), its country too ("المجموعة القطرية")', () => {
  const group = quotes('اقتحم نشطاء من جماعة "بوسي رايوت" الملعب خلال المباراة. وقال مسؤول في الشرطة إن التحقيق مستمر. وتقول الجماعة إن احتجاجهم كان سلميا.', []);
  assert.equal(group.at(-1)!.speaker, 'بوسي رايوت');
  const country = quotes('حصلت مجموعة "بي إن سبورتس" القطرية على حقوق البث. وقال مسؤول في الاتحاد إن العقد طويل. وأعلنت المجموعة القطرية أن قنواتها ستبث المباريات. وأعلنت المجموعة الفرنسية أن قنواتها لن تبث المباريات.', []);
  assert.deepEqual(country.slice(1).map((x) => x.speaker), ['بي إن سبورتس', 'المجموعة الفرنسية']);
});

test('an announcing verb with its subject before it and a time after it ("وكان رئيس إريتريا أعلن الأسبوع الماضي إرسال ..."): the time is no speaker, the subject before the verb is', () => {
  const q = quotes('وصل الوفد الإريتري إلى أديس أبابا الثلاثاء. وكان رئيس إريتريا أسياس أفورقي أعلن الأسبوع الماضي إرسال هذا الوفد إلى إثيوبيا لمناقشة السلام.', [['أسياس أفورقي', 'PER', 'أسياس أفورقي']]);
  assert.deepEqual(q.map((x) => x.speaker), ['أسياس أفورقي']);
});

test('"بحسب ما أعلنت في بيان" names no source: the verb\'s pronoun is the subject of the clause, here an organisation after an opening verb written with أل ("ألقت شرطة الحدود ..."), never "في بيان"', () => {
  const q = quotes('ألقت شرطة الحدود الإسرائيلية القبض على ناشط أمريكي في القدس، بحسب ما أعلنت في بيان. وقالت الشرطة إنه كان يخطط لهجوم.', [['القدس', 'LOC', 'القدس']]);
  assert.deepEqual(q.map((x) => x.speaker), ['شرطة الحدود الإسرائيلية', 'شرطة الحدود الإسرائيلية']);
});

test('an unnamed source\'s indefinite description ends before the definite object after its adjectives ("وصف مصدر دبلوماسي تركي الاتهامات الموجهة لتركيا بأنها")', () => {
  const q = quotes('وصف مصدر دبلوماسي تركي الاتهامات الموجهة لتركيا بأنها "دعاية سوداء لا أساس لها من الصحة".', [['تركيا', 'LOC', 'تركيا']]);
  assert.deepEqual(q.map((x) => x.speaker), ['مصدر دبلوماسي تركي']);
  const former = quotes('وصف مسؤولون أميركيون سابقون الاجتماع الشخصي بين الزعيمين بأنه "خطر غير مقبول".', []);
  assert.deepEqual(former.map((x) => x.speaker), ['مسؤولون أميركيون سابقون']);
});

test('a noun with the preposition ب right after the verb ("واعترف بحدوث "بعض الأخطاء"") is what the verb is about: the subject goes on from before', () => {
  const q = quotes('واعتذر بنيامين نتانياهو لعائلات الضحايا. واعترف بحدوث "بعض الأخطاء العملية في الميدان" خلال العملية.', [['بنيامين نتانياهو', 'PER', 'بنيامين نتانياهو']]);
  assert.deepEqual(q.map((x) => x.speaker), ['بنيامين نتانياهو']);
});

test('a masculine verb that opens its clause does not take an organisation with a feminine head for its subject ("قد أفاد هيئة الإذاعة البريطانية بأن"); a verbal noun agrees with nothing ("ورغم نفي جبهة البوليساريو")', () => {
  const told = quotes('قال فلاديمير تيموشكوف إن صديقه مريض. وكان صديق للعميل الروسي السابق قد أفاد هيئة الإذاعة البريطانية بأن سكريبال كان يعمل مع الاستخبارات.', [['فلاديمير تيموشكوف', 'PER', 'فلاديمير تيموشكوف'], ['هيئة الإذاعة البريطانية', 'ORG', 'هيئة الإذاعة البريطانية']]);
  assert.equal(told.at(-1)!.speaker, 'صديق للعميل الروسي السابق');
  const denial = quotes('ورغم نفي جبهة البوليساريو أنها "خرقت وقف إطلاق النار في المنطقة العازلة" فإن الرباط غاضبة.', [['جبهة البوليساريو', 'ORG', 'جبهة البوليساريو']]);
  assert.deepEqual(denial.map((x) => x.speaker), ['جبهة البوليساريو']);
});

test('a title whose words name a place ("وزير الدولة لشؤون الخليج في المملكة العربية السعودية")، then between commas a name the tagger missed: that name speaks', () => {
  const q = quotes('أكد وزير الدولة لشؤون الخليج في المملكة العربية السعودية، تامر السبهان، أن السعودية تتعرض لحملة كاذبة.', [['الخليج', 'LOC', 'الخليج'], ['المملكة العربية السعودية', 'LOC', 'السعودية']]);
  assert.deepEqual(q.map((x) => x.speaker), ['تامر السبهان']);
});

test('a description that shares only an adjective with the titles of several people ("الدبلوماسي اليمني") is the one of them quoted last', () => {
  const text = 'قال الرئيس اليمني عبد ربه منصور هادي إن الحرب طويلة. وقال السفير اليمني لدى الأمم المتحدة، أحمد عوض بن مبارك، إن الحكومة أحاطت مجلس الأمن بالأدلة. وأكد الدبلوماسي اليمني أن حزب الله متورط في اليمن.';
  const q = quotes(text, [['عبد ربه منصور هادي', 'PER', 'عبد ربه منصور هادي'], ['الأمم المتحدة', 'ORG', 'الأمم المتحدة'], ['أحمد عوض بن مبارك', 'PER', 'أحمد عوض بن مبارك']]);
  assert.deepEqual(q.map((x) => x.speaker), ['عبد ربه منصور هادي', 'أحمد عوض بن مبارك', 'أحمد عوض بن مبارك']);
});

test('a relative pronoun that agrees with the verb, and no subject named after it, speaks for its antecedent: a state ("لروسيا التي تنفي بشكل قاطع"، "بين موسكو التي تنفي تورطها"), or the organisation a name is governed by ("حركة غولن التي تنفي تماما أن")', () => {
  const q = quotes('ونسبت لندن مسؤولية الهجوم لروسيا التي تنفي بشكل قاطع أي ضلوع لها في الهجوم. وتصاعد التوتر بين موسكو التي تنفي تورطها في الهجوم ولندن.', [['لندن', 'LOC', 'بريطانيا'], ['روسيا', 'LOC', 'روسيا'], ['موسكو', 'LOC', 'روسيا']]);
  assert.deepEqual(q.map((x) => x.speaker), ['روسيا', 'روسيا']);
  const movement = quotes('واعتقلت السلطات التركية آلاف الأشخاص بتهمة الانتماء إلى حركة غولن التي تنفي تماما أن يكون لها يد في محاولة الانقلاب.', [['غولن', 'PER', 'فتح الله غولن']]);
  assert.deepEqual(movement.map((x) => x.speaker), ['حركة غولن']);
});

test('a document speaks for its issuer when a day stands between صدر and عن and the issuer\'s title has the name in apposition ("بيان صدر الثلاثاء عن المتحدثة باسم الخارجية الأمريكية، هيذر نويرت،"), or when the issuer is named in quotation marks after its head and ل ("تقرير لمجموعة "أوراسيا"")', () => {
  const q = quotes('وفقا لبيان صدر الثلاثاء عن المتحدثة باسم الخارجية الأمريكية، هيذر نويرت، فإن الوزير سيلتقي الملك. وأشار البيان إلى أن الزيارة مهمة.', [['هيذر نويرت', 'PER', 'هيذر نويرت']]);
  assert.deepEqual(q.map((x) => x.speaker), ['هيذر نويرت', 'هيذر نويرت']);
  const report = quotes('ويقول تقرير لمجموعة "أوراسيا" وهي شركة استشارية إن المخاطر كبيرة في المنطقة.', []);
  assert.deepEqual(report.map((x) => x.speaker), ['أوراسيا']);
});

test('a speaker left as a person\'s title ("وقالت مندوبة الولايات المتحدة") is the one person the article gives every word of that title, even further on ("نيكي هايلي، مندوبة الولايات المتحدة لدى الأمم المتحدة"); a title never runs across a relative clause ("رئيس مكتب التحقيقات السابق، الذي طرده ترامب")', () => {
  const text = 'وقالت مندوبة الولايات المتحدة إن روسيا تعرقل عمل المحققين. وكانت نيكي هايلي، مندوبة الولايات المتحدة لدى الأمم المتحدة، قد حذرت من الهجوم.';
  const q = quotes(text, [['الولايات المتحدة', 'LOC', 'الولايات المتحدة'], ['روسيا', 'LOC', 'روسيا'], ['نيكي هايلي', 'PER', 'نيكي هايلي']]);
  assert.equal(q[0].speaker, 'نيكي هايلي');
  const relative = quotes('وأضاف رئيس مكتب التحقيقات الاتحادي السابق، الذي طرده ترامب العام الماضي، أنه أخبر الرئيس بالأمر.', [['ترامب', 'PER', 'دونالد ترامب']]);
  assert.notEqual(relative[0].speaker, 'دونالد ترامب');
});

test('after أن, a person\'s title right before the verb is its subject when the article gave someone all its words ("أن وزير الخارجية الأمريكي طالب القيادة السعودية بـ"), not what follows the verb', () => {
  const q = quotes('قال وزير الخارجية الأمريكي مايك بومبيو إن الرياض شريك مهم. وذكرت الخارجية الأمريكية في بيان أن وزير الخارجية الأمريكي طالب القيادة السعودية بإجراء تحقيق شفاف في القضية.', [['مايك بومبيو', 'PER', 'مايك بومبيو'], ['الرياض', 'LOC', 'الرياض']]);
  assert.equal(q.at(-1)!.speaker, 'مايك بومبيو');
});

test('a surname the tagger missed where it speaks is the one person the article names with it ("مقتدى الصدر" ... "دعا الصدر")', () => {
  const text = 'وأمهل رجل الدين مقتدى الصدر البرلمان أسبوعا. وفي خطاب متلفز، دعا الصدر إلى مظاهرة للتضامن مع أهل البصرة. وقال لي على فيسبوك إن الاختراق كان متعمدا.';
  // (لي is no one's name here: a two-letter word, not a person the article names, stays as written)
  const q = quotes(text, [['مقتدى الصدر', 'PER', 'مقتدى الصدر']]);
  assert.deepEqual(q.map((x) => x.speaker), ['مقتدى الصدر', 'لي']);
});

test('"وأضافت الأم" goes back to the woman introduced as "والدة الطفل": a tie named in other words (والدة / أم), and والدة keeps its وال', () => {
  const text = 'قالت سعاد محمد، والدة الطفل المفقود، إن ابنها لم يعد إلى البيت منذ يومين. وقال رئيس البلدية إن البحث مستمر. وأضافت الأم أن الشرطة لم تتحرك بعد.';
  const q = quotes(text, [['سعاد محمد', 'PER', 'سعاد محمد']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سعاد محمد', 'رئيس البلدية', 'سعاد محمد']);
});

test('"والدتها، فاطمة أحمد" is a mother that "وأضافت الأم" goes back to; "والدة المحتجز، أحمد سيد عيد" names the son, and neither she nor "الأم" is he', () => {
  const withPronoun = 'وقالت والدتها، فاطمة أحمد، إن ابنتها لم تعد إلى البيت منذ يومين. وقال رئيس البلدية إن البحث مستمر. وأضافت الأم أن الشرطة لم تتحرك بعد.';
  assert.deepEqual(quotes(withPronoun, [['فاطمة أحمد', 'PER', 'فاطمة أحمد']]).map((x) => x.speaker), ['فاطمة أحمد', 'رئيس البلدية', 'فاطمة أحمد']);
  const son = 'وقالت والدة المحتجز القتيل، أحمد سيد عيد، في مقابلة إن الشرطة ألقت القبض على ابنها. وأردفت الأم أن الشرطة ضربته.';
  const q = quotes(son, [['أحمد سيد عيد', 'PER', 'أحمد سيد عيد']]);
  assert.ok(q.length === 2 && q.every((x) => x.speaker !== 'أحمد سيد عيد'), JSON.stringify(q));
});

test('a name that runs on into the object (ودعا المطلق النساء إلى) is still the person; an untagged named speaker goes on by surname (وأضاف القدرة); فيما بعد is no part of a subject', () => {
  const object = 'وقال الشيخ عبدالله المطلق إن التعدد ضرورة. ودعا المطلق النساء إلى عدم مطالبة أزواجهن بالطلاق.';
  assert.deepEqual(quotes(object, [['عبدالله المطلق', 'PER', 'عبدالله المطلق']]).map((x) => x.speaker), ['عبدالله المطلق', 'عبدالله المطلق']);
  const surname = 'وقال الطبيب أشرف القدرة إن شابا قتل برصاص الجنود. وقالت وزارة الصحة إن الحصيلة ارتفعت. وأضاف القدرة أن هناك أكثر من خمسين جريحا.';
  assert.deepEqual(quotes(surname, [['وزارة الصحة', 'ORG', 'وزارة الصحة']]).map((x) => x.speaker), ['الطبيب أشرف القدرة', 'وزارة الصحة', 'الطبيب أشرف القدرة']);
  const later = 'وقال الإمام فيما بعد لبي بي سي إنه أراد مساعدة الفارين.';
  assert.deepEqual(quotes(later, []).map((x) => x.speaker), ['الإمام']);
});

test('a relative clause on the organisation of a title, then the name in apposition: the name speaks', () => {
  const text = 'أكد المتحدث باسم التحالف العربي الذي تقوده المملكة العربية السعودية في اليمن، تركي المالكي، أن القوات البحرية استهدفت زورقين.';
  const q = quotes(text, [['التحالف العربي', 'ORG', 'التحالف العربي'], ['المملكة العربية السعودية', 'LOC', 'السعودية'], ['اليمن', 'LOC', 'اليمن'], ['تركي المالكي', 'PER', 'تركي المالكي']]);
  assert.deepEqual(q.map((x) => [x.speaker, x.role]), [['تركي المالكي', 'المتحدث باسم التحالف العربي']]);
});

test('the leader named after بقيادة is no speaker for the organisation\'s spokesman, nor are the words before بقيادة his title', () => {
  const text = 'وأعلن المشير خليفة حفتر في تسجيل صوتي الخميس بدء عملية "تطهير الهلال النفطي"، وصرح المتحدث باسم "الجيش الوطني الليبي" بقيادة حفتر أن "قواتنا تسيطر على منطقة راس لانوف بالكامل".';
  const q = quotes(text, [['خليفة حفتر', 'PER', 'خليفة حفتر'], ['الجيش الوطني الليبي', 'ORG', 'الجيش الوطني الليبي'], ['حفتر', 'PER', 'خليفة حفتر', 2]]);
  const spokesman = q.find((x) => x.text.startsWith('قواتنا'));
  assert.ok(spokesman && spokesman.speaker !== 'خليفة حفتر', JSON.stringify(q));
});

test('an indefinite title that opens the clause speaks for the participle after it (وأكد متحدث باسم الجيش ... لافتا), and the description ends before an indefinite word after its definite ones', () => {
  const text = 'قالت وزارة الصحة في القطاع إنه لم يبلغ عن إصابات. وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات، لافتاً إلى أنها جاءت ردا على البالونات.';
  const q = quotes(text, [['وزارة الصحة', 'ORG', 'وزارة الصحة']]);
  assert.deepEqual(q.map((x) => x.speaker), ['وزارة الصحة', 'متحدث باسم الجيش الإسرائيلي']);
  const unnamed = 'وقال أحد هؤلاء الدبلوماسيين طالبا عدم نشر اسمه إن العالم ينتظر من مجلس الأمن أن يتحرك.';
  assert.deepEqual(quotes(unnamed, []).map((x) => x.speaker), ['أحد هؤلاء الدبلوماسيين']);
});

test('a place inside a person\'s title is where the title is held: "المتحدث الرسمي باسم شرطة لندن" speaks, not London', () => {
  const text = 'أعلن المتحدث الرسمي باسم شرطة لندن أن حادث سيارة وقع بمحيط البرلمان البريطاني.';
  assert.deepEqual(quotes(text, [['لندن', 'LOC', 'لندن']]).map((x) => x.speaker), ['المتحدث الرسمي باسم شرطة لندن']);
});

test('an indefinite noun heading a short quoted name speaks by that name (خدمة "موديز"، شركة "لافارج هولسيم"), not by the bare noun', () => {
  const text = 'وذكرت خدمة "موديز" للمستثمرين إن الأرباح الروسية ستكون قصيرة الأمد. وقالت شركة "لافارج هولسيم"، عملاق صناعة الإسمنت، إنه يجري تحقيق رسمي مع فرعها.';
  assert.deepEqual(quotes(text, []).map((x) => x.speaker), ['موديز', 'شركة لافارج هولسيم']);
});

test('a participle of manner right after the verb (وأضاف ممازحا، مخاطبا الصحافيين) is no subject: the speaker goes on', () => {
  const text = 'وقال الوزير جافين وليامسون إن الدعم يعد هزيمة لبوتين. وأضاف مخاطبا الصحافيين: "صبر العالم ينفد". وتابع ممازحا: "لن نتراجع عن موقفنا مهما حدث".';
  const q = quotes(text, [['جافين وليامسون', 'PER', 'جافين وليامسون']]);
  assert.deepEqual(q.map((x) => x.speaker), ['جافين وليامسون', 'جافين وليامسون', 'جافين وليامسون']);
});

test('a tie heading a name right before the verb (لكن صديق كافانو قال) is who speaks, not the person named', () => {
  const text = 'وقال القاضي بريت كافانو إن الاتهامات باطلة تماما. لكن صديق كافانو قال إنه لا يتذكر الحفل الذي ذكرته المدعية.';
  const q = quotes(text, [['بريت كافانو', 'PER', 'بريت كافانو'], ['كافانو', 'PER', 'بريت كافانو', 2]]);
  assert.deepEqual(q.map((x) => x.speaker), ['بريت كافانو', 'صديق كافانو']);
});

test('a surname right after the verb that the tagger missed there (ووصفت ماي الهجوم بأنه) is the person, not the last speaker', () => {
  const text = 'وقالت رئيسة الوزراء تيريزا ماي إن بلادها سترد. وقالت وزارة الخارجية الروسية إن الاتهامات باطلة. ووصفت ماي الهجوم بأنه "عمل متهور ومخز".';
  const q = quotes(text, [['تيريزا ماي', 'PER', 'تيريزا ماي'], ['وزارة الخارجية الروسية', 'ORG', 'وزارة الخارجية الروسية']]);
  assert.deepEqual(q.map((x) => x.speaker), ['تيريزا ماي', 'وزارة الخارجية الروسية', 'تيريزا ماي']);
});

test('a subject set off by commas right after the verb (وقال، توم هاولز، إن) speaks, tagged or not', () => {
  const text = 'وقال المدرب كومانغ إن الفريق مستعد. وقال، توم هاولز، إن الأطفال بخير.';
  assert.deepEqual(quotes(text, [['كومانغ', 'PER', 'كومانغ']]).map((x) => x.speaker), ['كومانغ', 'توم هاولز']);
});

test('the subject ends at a relative pronoun after its head: the relative clause is about it (المرأتان اللتان تحدثتا ...، المرأة التي قابلت ترودو)', () => {
  const text = 'وأكدت المرأتان اللتان تحدثتا للمجلة الأميركية أن شنايدرمان كان يضربهما. وقال رئيس الوزراء جاستن ترودو إنه لا يتذكر الحادث. وأكدت المرأة التي قابلت ترودو في الحفل أن الحادث وقع فعلا.';
  const q = quotes(text, [['جاستن ترودو', 'PER', 'جاستن ترودو'], ['ترودو', 'PER', 'جاستن ترودو', 2]]);
  assert.deepEqual(q.map((x) => x.speaker), ['المرأتان', 'جاستن ترودو', 'المرأة']);
});

test('an indefinite document or unnamed source right before the verb is its subject (بعد ورود تقارير تفيد بحصول), not the last speaker', () => {
  const text = 'وقالت وكالة رويترز إن الاحتجاجات مستمرة. والاثنين أضرب تجار البازار في طهران بعد ورود تقارير تفيد بحصول تظاهرات في عدة مدن.';
  const q = quotes(text, [['رويترز', 'ORG', 'رويترز'], ['طهران', 'LOC', 'طهران']]);
  assert.deepEqual(q.map((x) => x.speaker), ['رويترز', 'تقارير']);
});

test('a title that runs on over where and before whom it is held (لدى، في، أمام) to a name: the name speaks; a companion after مع does not', () => {
  const text = 'وقال السفير الإماراتي لدى هولندا أمام محكمة العدل الدولية سعيد النويس "لقد طلبت حكومتنا من قطر مرارا أن تتوقف عن هذا السلوك". من جهته، قال المتحدث باسم جهاز الإطفاء في جنوب إسرائيل إيلي كوهين إنه تم إحصاء نحو عشرين حريقا.';
  const q = quotes(text, [['هولندا', 'LOC', 'هولندا'], ['محكمة العدل الدولية', 'ORG', 'محكمة العدل الدولية'], ['سعيد النويس', 'PER', 'سعيد النويس'], ['قطر', 'LOC', 'قطر'], ['إسرائيل', 'LOC', 'إسرائيل'], ['إيلي كوهين', 'PER', 'إيلي كوهين']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سعيد النويس', 'إيلي كوهين']);
  const companion = 'وقال المتحدث باسم الوزارة في مؤتمر صحفي مع وزير الخارجية سامح شكري إن المحادثات مثمرة.';
  assert.notEqual(quotes(companion, [['سامح شكري', 'PER', 'سامح شكري']])[0]?.speaker, 'سامح شكري');
});

test('after كان, a person\'s title over an organisation, then the person: the person speaks, not the organisation', () => {
  const text = 'وكان رئيس المفوضية الأوروبية جان كلود يونكر قال الخميس: "لدينا كمفوضية أوروبية التزام بحماية الشركات الأوروبية".';
  const q = quotes(text, [['المفوضية الأوروبية', 'ORG', 'المفوضية الأوروبية'], ['جان كلود يونكر', 'PER', 'جان كلود يونكر']]);
  assert.deepEqual(q.map((x) => [x.speaker, x.role]), [['جان كلود يونكر', 'رئيس المفوضية الأوروبية']]);
});

test('a document\'s adjectives, then an organisation with ل: the organisation issued it (بحسب الإحصاء الأخير للحكومة الإسبانية)', () => {
  const text = 'وبحسب الإحصاء الأخير للحكومة الإسبانية فإن عدد المهاجرين ارتفع بنسبة كبيرة.';
  assert.deepEqual(quotes(text, []).map((x) => x.speaker), ['الحكومة الإسبانية']);
});

test('a relative clause on the subject does not take the outer verb\'s complementizer (وقالت المرأة التي اتهمت ترودو بالتحرش بها، إنها), and the accused is not the speaker', () => {
  const text = 'قالت المرأة التي اتهمت رئيس الوزراء الكندي جاستين ترودو قبل 18 عاما بالتحرش بها، إنها تصر على اتهامها. وقال رئيس الوزراء إنه لا يتذكر أي تعاط سلبي.';
  const q = quotes(text, [['جاستين ترودو', 'PER', 'جاستين ترودو']]);
  assert.deepEqual(q.map((x) => x.speaker), ['المرأة', 'جاستين ترودو']);
});

test('a plural of things in ات after a masculine verb is its object, not its subject (واتهم ميليشيات الحوثي بتعطيل)', () => {
  const text = 'وقال رئيس الوزراء أحمد عبيد بن دغر إن الحكومة تريد السلام. واتهم ميليشيات الحوثي ومن ورائها إيران بتعطيل مساعي الحل السياسي.';
  const q = quotes(text, [['أحمد عبيد بن دغر', 'PER', 'أحمد عبيد بن دغر'], ['إيران', 'LOC', 'إيران']]);
  assert.deepEqual(q.map((x) => x.speaker), ['أحمد عبيد بن دغر', 'أحمد عبيد بن دغر']);
});

test('a plural title with its ن takes no genitive: a definite word after it is the object (واتهم ناشطون | السلطات التركية)', () => {
  assert.deepEqual(quotes('واتهم ناشطون السلطات التركية بقمع المتظاهرين في المدينة.', []).map((x) => x.speaker), ['ناشطون']);
});

test('a fiancée is a tie (خطيبة خاشقجي speaks, not Khashoggi); a document is no person\'s description, and a title does not run back past an adverb to the document that criticised him', () => {
  const fiancee = 'وقالت خطيبة خاشقجي إنها تنتظره أمام القنصلية منذ ساعات.';
  assert.deepEqual(quotes(fiancee, [['خاشقجي', 'PER', 'جمال خاشقجي']]).map((x) => x.speaker), ['خطيبة خاشقجي']);
  const report = 'وانتقد التقرير أيضا رئيس أساقفة واشنطن، الكاردينال دونالد وورل، لدوره في التستر. وقال التقرير إن قادة الكنيسة فضلوا حماية المعتدين.';
  const q = quotes(report, [['دونالد وورل', 'PER', 'دونالد وورل']]);
  assert.ok(q.every((x) => x.speaker !== 'دونالد وورل'), JSON.stringify(q));
});

test('unnamed speakers who spoke with a plural verb (مسؤولين سعوديين قالوا) are no antecedent for a woman\'s "وقالت": the woman quoted before is', () => {
  const text = 'وقالت خديجة جنكيز إنها تنتظر خطيبها منذ ساعات طويلة. ورغم أن مسؤولين سعوديين قالوا إنه غادر القنصلية بعد وقت قصير. وقالت إنها لن تغادر المكان قبل أن تعرف الحقيقة.';
  const q = quotes(text, [['خديجة جنكيز', 'PER', 'خديجة جنكيز']]);
  assert.deepEqual(q.map((x) => x.speaker), ['خديجة جنكيز', 'مسؤولين سعوديين', 'خديجة جنكيز']);
});

test('a definite document, its adjectives, then an organisation with ل: the organisation speaks (وذكر الموقع الرسمي للجيش اليمني أن)', () => {
  assert.deepEqual(quotes('وذكر الموقع الرسمي للجيش اليمني أن قوات الجيش سيطرت على مواقع جديدة في صعدة.', []).map((x) => x.speaker), ['الجيش اليمني']);
});

test('a relative pronoun stands for a definite noun with the construct head before it (بيان المكتب الذي أفاد), not for the person who answers it later', () => {
  const text = 'وردا على بيان المكتب الذي أفاد بأن ماكرون يرغب في إقامة حوار بين الطرفين، قال أردوغان إن فرنسا مخطئة.';
  const q = quotes(text, [['ماكرون', 'PER', 'إيمانويل ماكرون'], ['أردوغان', 'PER', 'رجب طيب أردوغان'], ['فرنسا', 'LOC', 'فرنسا']]);
  assert.deepEqual(q.map((x) => x.speaker), ['بيان المكتب', 'رجب طيب أردوغان']);
});

test('a speaker asking not to be named (طالبة عدم الكشف عن هويتها) is no subject: the speaker goes on', () => {
  const text = 'وقالت موظفة سابقة إن الإدارة تجاهلت الشكاوى طويلا. وأضافت طالبة عدم الكشف عن هويتها أن المرضى عانوا كثيرا.';
  assert.deepEqual(quotes(text, []).map((x) => x.speaker), ['موظفة سابقة', 'موظفة سابقة']);
});

test('after كان the subject stands before the verb and what follows is its object (وكان الرئيس المصري دعا الأربعاء إسرائيل إلى); not when كان opens a time clause with its predicate (فعندما كان وزيرا)', () => {
  const text = 'وكان الرئيس المصري دعا الأربعاء إسرائيل والفلسطينيين إلى الامتناع عن اتخاذ خطوات إضافية.';
  assert.deepEqual(quotes(text, [['إسرائيل', 'LOC', 'إسرائيل']]).map((x) => x.speaker), ['الرئيس المصري']);
  const time = 'فعندما كان وزيرا للاقتصاد قبل بدء حملته وصفه رجل بأنه مجرد ثري يرتدي بذلة.';
  assert.ok(quotes(time, []).every((x) => !x.speaker?.includes('وزيرا')));
});

test('a definite title, then a continuing verb that brings a new name of the same gender: the title was that person (المتحدثة باسم الخارجية الأميركية ... وأضافت سارة ساندرز)', () => {
  const text = 'وصرحت المتحدثة باسم الخارجية الأميركية بأن الوزير سيلتقي نظيره الأسبوع المقبل. وأضافت سارة ساندرز أن اللقاء سيبحث ملف التجارة.';
  const q = quotes(text, [['سارة ساندرز', 'PER', 'سارة ساندرز']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سارة ساندرز', 'سارة ساندرز']);
});

test('a dual tie with its pronoun (وقال محامياها) is read as the woman\'s two lawyers, not as a participle of manner', () => {
  const text = 'وقالت فاطمة أحمد إنها لم ترتكب أي مخالفة. وقال محامياها إنها بريئة من التهم الموجهة إليها.';
  assert.deepEqual(quotes(text, [['فاطمة أحمد', 'PER', 'فاطمة أحمد']]).map((x) => x.speaker), ['فاطمة أحمد', 'محاميا فاطمة أحمد']);
});

test('after a verb of addressing, a noun with a pronoun is whom it addresses, not its subject (ودعا أنصاره إلى، وأبلغ جنوده أن)', () => {
  const text = 'وقال زعيم الحزب إن الانتخابات مزورة. ودعا أنصاره إلى التظاهر السلمي في الشوارع. وأبلغ جنوده أن الحرب قادمة لا محالة.';
  assert.deepEqual(quotes(text, []).map((x) => x.speaker), ['زعيم الحزب', 'زعيم الحزب', 'زعيم الحزب']);
});

test('an indefinite noun governing a name after the subject\'s definite words begins the object (ويتهم الإعلام السوري | جيش الإسلام، وتصف السلطات الفرنسية | مهمة جيشها)', () => {
  const text = 'ويتهم الإعلام السوري جيش الإسلام باستخدام المدنيين دروعا بشرية. وتصف السلطات الفرنسية مهمة جيشها بأنها حماية للمواطنين.';
  const q = quotes(text, [['الإسلام', 'ORG', 'جيش الإسلام']]);
  assert.deepEqual(q.map((x) => x.speaker), ['الإعلام السوري', 'السلطات الفرنسية']);
});

test('a noun of saying with its pronoun after a relaying verb\'s عن is the named source\'s (ونقلت وكالة رويترز عن مصدر ... تأكيده أن); a dual who is not named is no subject (لم تعلن هويتهما)', () => {
  const text = 'ونقلت وكالة رويترز عن مصدر مقرب من الحكومة السورية تأكيده أن القوات تستعد لهجوم على مراحل. ونقلت وكالة رويترز عن مسؤولين تركيين لم تعلن هويتهما قولهما إنه ما زال في مقر القنصلية.';
  const q = quotes(text, [['رويترز', 'ORG', 'رويترز'], ['رويترز', 'ORG', 'رويترز', 2]]);
  assert.deepEqual(q.map((x) => x.speaker), ['مصدر مقرب من الحكومة السورية', 'مسؤولين تركيين']);
});

test('religious and judicial titles are titles: the verb that opens the clause has one for its subject (ودافع الكاردينال البارز عن نفسه، قائلا)', () => {
  const text = 'وانتقد التقرير رئيس أساقفة واشنطن، الكاردينال دونالد وورل، لدوره في التستر. وقال المدعي العام جوش شابيرو إن مكتبه يعمل على إزالة الحجب. ودافع الكاردينال البارز عن نفسه، قائلا إنه تعامل مع الأمر بحذر.';
  const q = quotes(text, [['دونالد وورل', 'PER', 'دونالد وورل'], ['جوش شابيرو', 'PER', 'جوش شابيرو']]);
  assert.deepEqual(q.map((x) => x.speaker), ['جوش شابيرو', 'دونالد وورل']);
});
