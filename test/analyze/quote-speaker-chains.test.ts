import { test } from 'node:test';
import { handSetQuotes } from '../helpers/hand-set-quotes.js';
import assert from 'node:assert/strict';

/**
 * Who a verb with no subject of its own goes on with, and where the subject after a verb ends:
 * rules from readers' judgments of quotes outside the gold. Hand-set entities, as in
 * quotes.test.ts, so that the rules are checked, not the NER model.
 */
function speakers(text: string, entities: [string, string, string, number?][]): [string, string | null][] {
  return handSetQuotes(text, entities).map((q) => [q.text, q.speaker]);
}

test('a speaking verb after كما goes on with the person the sentence before opens with, not the last one quoted', () => {
  const text = 'وقالت الوزارة إن العقوبات تشمل ستة أفراد. وكان نصر الله قد استبعد العام الماضي فرض عقوبات أشد. كما قال في خطاب تلفزيوني إن الإدارة الأمريكية لن تتمكن من الإضرار بالمقاومة.';
  const q = speakers(text, [['نصر الله', 'PER', 'حسن نصر الله']]);
  assert.deepEqual(q.map((x) => x[1]), ['الوزارة', 'حسن نصر الله']);
});

test('a family, by the name it governs, speaks in its statement, and the statement goes on with it', () => {
  const text = 'وقالت الشرطة إن التحقيق مستمر. ونشرت عائلة تشابمان بيانا نعت فيه الضحية، وقالت إنها كانت "منارة الضوء التي ترشد كل من يقابلها". وأضاف البيان: "لقد أحبت كل عائلتها وأصدقائها بشدة".';
  const q = speakers(text, [['تشابمان', 'PER', 'ميريديث تشابمان']]);
  assert.deepEqual(q.map((x) => x[1]), ['الشرطة', 'عائلة تشابمان', 'عائلة تشابمان']);
});

test('a verb that goes on goes on with the organisation the sentence before was about, when its head noun agrees', () => {
  const text = 'وأفاد بيان للجيش اليمني، أن قواته واصلت تقدمها. ونشر المركز الإعلامي للمنطقة العسكرية الخامسة فيديو لانتصارات الجيش. وأوضح أن التقدم جاء بعد معارك ضارية.';
  const q = speakers(text, []);
  assert.deepEqual(q.map((x) => x[1]), ['الجيش اليمني', 'المركز الإعلامي للمنطقة العسكرية الخامسة']);
  // (a feminine verb is no masculine head's: the statement's issuer goes on)
  const she = speakers(text.replace('وأوضح', 'وأوضحت'), []);
  assert.notEqual(she[1][1], 'المركز الإعلامي للمنطقة العسكرية الخامسة');
});

test('a name right after a sound plural with its ن, or after a definite document noun, is the object, not the subject', () => {
  const q = speakers('ويتهم معارضون أردوغان بأنه يسعى إلى تعزيز سلطته.', [['أردوغان', 'PER', 'رجب طيب أردوغان']]);
  assert.deepEqual(q.map((x) => x[1]), ['معارضون']);
  const report = speakers('نشرت مجموعة الأزمات الدولية تقريرا عن العراق. ودعا التقرير الرياض إلى وقف الحرب.', [['مجموعة الأزمات الدولية', 'ORG', 'مجموعة الأزمات الدولية'], ['الرياض', 'LOC', 'الرياض']]);
  assert.deepEqual(report.map((x) => x[1]), ['مجموعة الأزمات الدولية']);
});

test('a quoted name right after the verb, then where it said it (في تقرير), is the subject', () => {
  const q = speakers('ودعت "مجموعة الأزمات الدولية" في تقرير السعودية إلى "مقاومة إغراء تحويل العراق إلى ساحة قتال جديدة".', [['مجموعة الأزمات الدولية', 'ORG', 'مجموعة الأزمات الدولية'], ['السعودية', 'LOC', 'السعودية']]);
  assert.deepEqual(q.map((x) => x[1]), ['مجموعة الأزمات الدولية']);
});

test('كبير/كبيرة heads a title: the name at its end speaks, past the organisation and the place', () => {
  const text = 'وقالت كبيرة الباحثات في منظمة هيومن رايتس ووتش في الصين مايا وانغ إن الحكومة تراقب الجميع.';
  const q = speakers(text, [['منظمة هيومن رايتس ووتش', 'ORG', 'منظمة هيومن رايتس ووتش'], ['الصين', 'LOC', 'الصين'], ['مايا وانغ', 'PER', 'مايا وانغ']]);
  assert.deepEqual(q.map((x) => x[1]), ['مايا وانغ']);
});

test('after اتهم, one phrase and then its ب is the accused: the verb goes on with the subject before it', () => {
  const text = 'وقالت روسيا إن الهجوم مفبرك. ووصفت روسيا التقارير بأنها كاذبة، واتهمت المعارضة المسلحة باختلاق الأمر.';
  const q = speakers(text, [['روسيا', 'LOC', 'روسيا']]);
  assert.deepEqual(q.map((x) => x[1]), ['روسيا', 'روسيا', 'روسيا']);
  // (two phrases are subject and object: "واتهمت المعارضة روسيا بـ")
  const two = speakers('واتهمت المعارضة المسلحة روسيا باختلاق الأمر.', [['روسيا', 'LOC', 'روسيا']]);
  assert.notEqual(two[0][1], 'روسيا');
});

test('a topic fronted by أما speaks in the relative clause on it and in the verb its ف takes up', () => {
  const text = 'وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده مستعدة. أما الرئيس الأمريكي، الذي قال الأسبوع الماضي إن الصواريخ آتية، فقد كتب على حسابه بموقع تويتر أن الضربة نجحت.';
  const q = speakers(text, [['إيمانويل ماكرون', 'PER', 'إيمانويل ماكرون'], ['تويتر', 'ORG', 'تويتر']]);
  assert.deepEqual(q.map((x) => x[1]), ['إيمانويل ماكرون', 'الرئيس الأمريكي', 'الرئيس الأمريكي']);
});

test('a definite sound plural in ين right after the verb is its object: the subject is the one before', () => {
  const text = 'وكتب ترامب على حسابه بموقع تويتر أن القافلة خطر على البلاد. ودعا المسؤولين في الولايات المجاورة للمكسيك إلى إرسال قوات لتعزيز الأمن.';
  const q = speakers(text, [['ترامب', 'PER', 'دونالد ترامب'], ['تويتر', 'ORG', 'تويتر']]);
  assert.deepEqual(q.map((x) => x[1]), ['دونالد ترامب', 'دونالد ترامب']);
  // (a source phrase's plural is its source: "وبحسب المحققين الروس")
  const source = speakers('وبحسب المحققين الروس، فإن الشاب سقط بمفرده من شرفة شقته.', []);
  assert.deepEqual(source.map((x) => x[1]), ['المحققين الروس']);
});

test('a source phrase with no comma after it ends at the verb that opens its words, and what is added goes on with it', () => {
  const text = 'وقال المتحدث باسم المطار إن الحريق أخمد. وبحسب مسؤول في المطار كانت الطائرة تحمل 67 راكبا وأربعة من أفراد الطاقم. وأضاف "حتى الآن، تم نقل 20 مصابا إلى المستشفى".';
  const q = speakers(text, []);
  assert.deepEqual(q.map((x) => x[1]), ['المتحدث باسم المطار', 'مسؤول في المطار', 'مسؤول في المطار']);
});

test('an adverbial cue goes on with the sentence\'s speaker, not with a verb in a relative clause on one of its nouns', () => {
  const text = 'وقال الطراونة إن لدى المجلس رغبة كبيرة برد تعديلات قانون الضريبة، وقد ارتفع عدد النواب الموقعين على المذكرة النيابية التي تطالب بردها إلى 90 نائبا، لافتا إلى أن رد القانون سينزع فتيل الاحتجاجات.';
  const q = speakers(text, [['الطراونة', 'PER', 'عاطف الطراونة']]);
  assert.equal(q.at(-1)![1], 'عاطف الطراونة');
});

test('a spokesman of a body named after باسم is someone new, not the last speaker', () => {
  const text = 'وقالت الوكالة إن الحريق امتد. وقال المتحدث باسم الدفاع المدني في موجز صحفي: "لا تزال هناك جبهتان نشطتان بما يشعرنا بالقلق"، موضحا أن الطائرات تعمل.';
  const q = speakers(text, []);
  assert.deepEqual(q.map((x) => x[1]), ['الوكالة', 'المتحدث باسم الدفاع المدني', 'المتحدث باسم الدفاع المدني']);
});

test('a title goes on past an organisation in quotation marks and where it is held to the name', () => {
  const text = 'وقالت كبيرة الباحثات في منظمة "هيومن رايتس ووتش" في الصين مايا وانغ: "جميع الأسر المسلمة الآن تعيش تحت المراقبة".';
  const q = speakers(text, [['هيومن رايتس ووتش', 'ORG', 'هيومن رايتس ووتش'], ['الصين', 'LOC', 'الصين'], ['مايا وانغ', 'PER', 'مايا وانغ']]);
  assert.deepEqual(q.map((x) => x[1]), ['مايا وانغ']);
});

test('a verb that goes on goes on with the one read last in the sentence before, not its opener, unless the opener passed the words on', () => {
  const text = 'الرئيس ترمب قال في مؤتمر صحافي، إن نزع السلاح سيبدأ فورا، لكن غياب جدول زمني يعني أنه من المبكر الحكم على القمة كما يقول توم كونتريمان، وهو مساعد وزير الخارجية السابق. وأضاف أن "النجاح هو في استمرار الحوار وفي تفادي صراع عسكري".';
  const q = speakers(text, [['ترمب', 'PER', 'دونالد ترمب'], ['توم كونتريمان', 'PER', 'توم كونتريمان']]);
  assert.equal(q.at(-1)![1], 'توم كونتريمان');
  const relayed = 'وقال أنور قرقاش إن الشيخ زايد سعى إلى الصلح. ونقل قرقاش عن شاهد قوله إن الشيخ زايد بادر فورا. وأضاف بأن الشيخ زايد نصح الشيخ خليفة بأن يبارك لابنه.';
  const r = speakers(relayed, [['أنور قرقاش', 'PER', 'أنور قرقاش'], ['قرقاش', 'PER', 'أنور قرقاش', 2]]);
  assert.equal(r.at(-1)![1], 'أنور قرقاش');
});

test('after اتهم, a title and its person and then the ب are the accused', () => {
  const text = 'وقال علي حمزة إن عائلته قتلت. واتهم المشير حفتر بأنه أطلق حملة شملت قصفا عشوائيا.';
  const q = speakers(text, [['علي حمزة', 'PER', 'علي حمزة'], ['حفتر', 'PER', 'خليفة حفتر']]);
  assert.deepEqual(q.map((x) => x[1]), ['علي حمزة', 'علي حمزة']);
});

test('after كان, a state by its capital, written as a hashtag too, is the subject', () => {
  const text = 'وقال الوزير إن الأمر انتهى. وكانت #بكين حذرت في آذار من أنها سترد على أي إجراءات.';
  const q = speakers(text, [['بكين', 'LOC', 'بكين']]);
  assert.deepEqual(q.map((x) => x[1]), ['الوزير', 'بكين']);
});

test('a tie over a person, then a name in apposition after its comma: that name speaks', () => {
  const text = 'وقالت زوجة الرئيس السوري بشار الأسد، أسماء الأسد، إنها من الشعب الذي علم العالم، لافتة إلى أن الحرب انتهت.';
  const q = speakers(text, [['بشار الأسد', 'PER', 'بشار الأسد'], ['الأسد', 'PER', 'بشار الأسد', 2]]);
  assert.deepEqual(q.map((x) => x[1]), ['أسماء الأسد', 'أسماء الأسد']);
});

test('a statement issued by a body the tagger missed (صادر عن، للديوان) speaks for that body', () => {
  const q = speakers('وفقا لبيان صادر عن أمن البصرة، فإن المسلحين اعتقلوا. وقال البيان إن التحقيق مستمر.', [['البصرة', 'LOC', 'البصرة']]);
  assert.deepEqual(q.map((x) => x[1]), ['أمن البصرة', 'أمن البصرة']);
  const court = speakers('بحسب بيان للديوان الملكي، فإن الملك استقبل الوفد.', []);
  assert.deepEqual(court.map((x) => x[1]), ['الديوان الملكي']);
});

test('a head and a nationality pick out the one person whose title names that country', () => {
  const text = 'أعلن بيان رئاسي عن توصل الرئيس المصري عبد الفتاح السيسي ورئيس وزراء إثيوبيا إبيي أحمد لاتفاق. وقال المسؤول الإثيوبي إن بلاده ملتزمة حسن الجوار.';
  const q = speakers(text, [['عبد الفتاح السيسي', 'PER', 'عبد الفتاح السيسي'], ['إثيوبيا', 'LOC', 'إثيوبيا'], ['إبيي أحمد', 'PER', 'إبيي أحمد']]);
  assert.equal(q.at(-1)![1], 'إبيي أحمد');
});

test('a verb inside the sentence goes on with the state a feminine verb before it had for subject', () => {
  const q = speakers('وقال الوزير إن الأمر انتهى. وكثيرا ما تنفذ تركيا ضربات ضد مواقع المسلحين في العراق، وتقول إنها تستهدف المتمردين.', [['تركيا', 'LOC', 'تركيا'], ['العراق', 'LOC', 'العراق']]);
  assert.deepEqual(q.map((x) => x[1]), ['الوزير', 'تركيا']);
  // (not a place a preposition governs)
  const place = speakers('وقال الوزير إن الأمر انتهى. وتقع القاعدة في تركيا، وتقول إنها آمنة تماما للجنود.', [['تركيا', 'LOC', 'تركيا']]);
  assert.notEqual(place[1][1], 'تركيا');
});

test('an adverbial cue goes on with a state that a feminine verb had for subject, not with a state a plural governs', () => {
  const q = speakers('وقال الجيش الإسرائيلي إنه يحقق في الحادث. ودافعت إسرائيل عن هذا الإجراء قائلة إن الجنود واجهوا خطرا حقيقيا.', [['إسرائيل', 'LOC', 'إسرائيل', 2]]);
  assert.deepEqual(q.map((x) => x[1]), ['الجيش الإسرائيلي', 'إسرائيل']);
  const courts = speakers('ورفضت محاكم يونانية طلبات تركيا قائلة إنها غير مقتنعة بأن الثمانية سيخضعون لمحاكمة عادلة.', [['تركيا', 'LOC', 'تركيا']]);
  assert.notEqual(courts[0][1], 'تركيا');
});

test('people in a sound plural are no عنه; with no speaker of its gender, عنه is the last person named of it', () => {
  const text = 'ودان أردوغان الهجوم بشدة. ويتوقع كثيرون أن تنتهي الأزمة قريبا. ونقلت عنه صحيفة حرييت قوله إن بلاده لن تتراجع أبدا.';
  const q = speakers(text, [['أردوغان', 'PER', 'رجب طيب أردوغان'], ['حرييت', 'ORG', 'حرييت']]);
  assert.deepEqual(q.map((x) => x[1]), ['كثيرون', 'رجب طيب أردوغان']);
});

test('عضو heads a title that runs on to the name; after لكن, a definite title before the verb is the subject of an adverbial cue', () => {
  const member = speakers('وقال عضو في الأكاديمية بير ستبرغ إن الجائزة ستمنح في موعدها.', [['بير ستبرغ', 'PER', 'بير ستبرغ']]);
  assert.deepEqual(member.map((x) => x[1]), ['بير ستبرغ']);
  const judge = speakers('وقال فيل روبرتسون إن المحاكمة ظالمة. وكان من المفترض أن يمثل الصحفي أمام المحكمة، لكن القاضي أرجأه قائلا إنه مريض للغاية.', [['فيل روبرتسون', 'PER', 'فيل روبرتسون']]);
  assert.deepEqual(judge.map((x) => x[1]), ['فيل روبرتسون', 'القاضي']);
});

test('a tie and the name it governs speak in what its verb issued; a compound name with الله after a title and comma speaks', () => {
  const lawyer = speakers('وقالت ستورمي دانييلز إن الرئيس يكذب. ونشر محامي دانييلز تغريدة قال فيها إن الرئيس يكذب على الجميع.', [['ستورمي دانييلز', 'PER', 'ستورمي دانييلز'], ['دانييلز', 'PER', 'ستورمي دانييلز', 2]]);
  assert.deepEqual(lawyer.map((x) => x[1]), ['ستورمي دانييلز', 'محامي دانييلز']);
  const spokesman = speakers('أكد المتحدث باسم حركة طالبان، زبي الله مجاهد، أن الحركة لن تشارك في المحادثات.', [['طالبان', 'ORG', 'طالبان'], ['الله', 'MISC', 'الله']]);
  assert.deepEqual(spokesman.map((x) => x[1]), ['زبي الله مجاهد']);
});

test('where the words were posted is no subject before the verb; a state opening its sentence before a feminine verb is', () => {
  const posted = speakers('وقال روبرت جيفرز إن الأمر انتهى. ورد جيفرز على رومني عبر تويتر وقال "إن الديانة المسيحية علمتنا أن الخلاص هو فقط عبر الإيمان".', [['روبرت جيفرز', 'PER', 'روبرت جيفرز'], ['جيفرز', 'PER', 'روبرت جيفرز', 2], ['رومني', 'PER', 'ميت رومني'], ['تويتر', 'ORG', 'تويتر']]);
  assert.deepEqual(posted.map((x) => x[1]), ['روبرت جيفرز', 'روبرت جيفرز']);
  const states = speakers('وقالت لندن إن التحقيق الدولي ضروري جدا. الإمارات أكدت وقوفها الكامل إلى جانب السعودية. مصر، أكدت تضامنها مع السعودية في مواجهة التهديدات.', [['لندن', 'LOC', 'لندن'], ['الإمارات', 'LOC', 'الإمارات'], ['مصر', 'LOC', 'مصر'], ['السعودية', 'LOC', 'السعودية']]);
  assert.deepEqual(states.map((x) => x[1]), ['لندن', 'الإمارات', 'مصر']);
  // (a headline's line with no full stop, a link to another story, is not read so)
  const headline = speakers('وقال المدرب إن مطرب كان يلتزم الصمت دائما.\n\nتركيا تنفي "تسليم أي تسجيلات" بشأن اختفاء خاشقجي\n\nوتابع المدرب قائلا إن مطرب لم يكن بارعا في التدريب.', [['تركيا', 'LOC', 'تركيا'], ['خاشقجي', 'PER', 'جمال خاشقجي']]);
  assert.ok(!headline.some((x) => x[1] === 'تركيا'));
});
