"""Per-country replacements for the demo topic tree (content.TOPICS is written for Germany).

COUNTRY_OVERRIDES[country][slug path] may hold a new "title", "intro" and "blocks": {position: {key: value}}.
Only text leaves (and contact phones, link lists) change; block types and positions stay, so block ids and
translations line up. Applied by loader.localize_topics. Plain data, importable without Django.
"""


def _t(de, en, ar, fa, uk):
    return {"de": de, "en": en, "ar": ar, "fa": fa, "uk": uk}


_PHONE = "+43 7245 2130-"
_ADDRESS = "Stadtamt, Hauptplatz 5, 4653 Almhofen"

AT = {
    "ankommen": {"blocks": {2: {"value": _t(
        "<p>In den ersten Wochen gibt es viel zu erledigen. Diese Liste hilft Ihnen, nichts zu vergessen:</p><ol><li>Wohnsitz innerhalb von drei Tagen am Meldeamt (Gemeindeamt) anmelden – Sie bekommen eine Meldebestätigung.</li><li>Aufenthaltstitel bei der Bezirkshauptmannschaft (Aufenthaltsbehörde) beantragen oder verlängern.</li><li>Krankenversicherung klären – Sie bekommen eine e-card von der ÖGK.</li><li>Ein Bankkonto eröffnen – jeder Mensch in Österreich hat Anspruch auf ein Basiskonto.</li><li>Einen Deutschkurs und einen Werte- und Orientierungskurs des ÖIF suchen.</li><li>Kinder im Kindergarten oder in der Schule anmelden.</li></ol>",
        "<p>There is a lot to do in the first weeks. This list helps you not to forget anything:</p><ol><li>Register your address at the registration office (Meldeamt, municipal office) within three days – you receive a confirmation of registration (Meldezettel).</li><li>Apply for or extend your residence permit at the district authority (Bezirkshauptmannschaft).</li><li>Sort out health insurance – you receive an e-card from the ÖGK.</li><li>Open a bank account – everyone in Austria has the right to a basic account.</li><li>Find a German course and an ÖIF values and orientation course.</li><li>Register your children at a kindergarten or school.</li></ol>",
        "<p>هناك الكثير مما يجب إنجازه في الأسابيع الأولى. تساعدك هذه القائمة على ألا تنسى شيئاً:</p><ol><li>سجّل عنوان سكنك خلال ثلاثة أيام في مكتب التسجيل (Meldeamt) في البلدية – تحصل على تأكيد التسجيل (Meldezettel).</li><li>قدّم طلب تصريح الإقامة أو تمديده لدى سلطة المقاطعة (Bezirkshauptmannschaft).</li><li>رتّب التأمين الصحي – تحصل على بطاقة e-card من ÖGK.</li><li>افتح حساباً مصرفياً – لكل شخص في النمسا الحق في حساب أساسي.</li><li>ابحث عن دورة لغة ألمانية ودورة القيم والتوجيه لدى ÖIF.</li><li>سجّل أطفالك في روضة الأطفال أو المدرسة.</li></ol>",
        "<p>در هفته‌های اول کارهای زیادی باید انجام دهید. این فهرست کمک می‌کند چیزی را فراموش نکنید:</p><ol><li>محل سکونت را ظرف سه روز در اداره ثبت سکونت (Meldeamt) شهرداری ثبت کنید – تأییدیه ثبت (Meldezettel) دریافت می‌کنید.</li><li>اجازه اقامت را در اداره بخش (Bezirkshauptmannschaft) درخواست یا تمدید کنید.</li><li>بیمه درمانی را روشن کنید – از ÖGK کارت e-card دریافت می‌کنید.</li><li>حساب بانکی باز کنید – هر کس در اتریش حق یک حساب پایه دارد.</li><li>یک کلاس زبان آلمانی و یک دوره ارزش‌ها و آشنایی ÖIF پیدا کنید.</li><li>فرزندان را در کودکستان یا مدرسه ثبت‌نام کنید.</li></ol>",
        "<p>У перші тижні потрібно багато зробити. Цей список допоможе нічого не забути:</p><ol><li>Зареєструйте місце проживання протягом трьох днів у відділі реєстрації (Meldeamt) громади – ви отримаєте підтвердження реєстрації (Meldezettel).</li><li>Подайте заяву на дозвіл на проживання або його продовження в окружному управлінні (Bezirkshauptmannschaft).</li><li>Оформіть медичне страхування – ви отримаєте e-card від ÖGK.</li><li>Відкрийте банківський рахунок – кожна людина в Австрії має право на базовий рахунок.</li><li>Знайдіть курс німецької мови та курс цінностей і орієнтації ÖIF.</li><li>Запишіть дітей до дитячого садка або школи.</li></ol>",
    )}}},
    "ankommen/wohnsitz-anmelden": {
        "title": _t("Meldezettel – Wohnsitz anmelden", "Meldezettel – registering your address", "Meldezettel – تسجيل السكن", "Meldezettel – ثبت محل سکونت", "Meldezettel – реєстрація місця проживання"),
        "intro": _t(
            "Innerhalb von drei Tagen nach dem Einzug müssen Sie Ihre Wohnung am Meldeamt der Gemeinde anmelden.",
            "Within three days of moving in you must register your home at the municipal registration office (Meldeamt).",
            "يجب عليك تسجيل مسكنك في مكتب التسجيل (Meldeamt) في البلدية خلال ثلاثة أيام من الانتقال إليه.",
            "باید ظرف سه روز پس از نقل مکان، محل سکونت خود را در اداره ثبت سکونت (Meldeamt) شهرداری ثبت کنید.",
            "Протягом трьох днів після заселення ви повинні зареєструвати житло у відділі реєстрації (Meldeamt) громади.",
        ),
        "blocks": {
            1: {"value": _t(
                "<p>Jede Person, die in Österreich wohnt, muss sich beim Meldeamt anmelden (Hauptwohnsitzmeldung). Dafür füllen Sie den <b>Meldezettel</b> aus. Danach erhalten Sie eine <b>Meldebestätigung</b>. Diese brauchen Sie zum Beispiel für ein Bankkonto, die Sozialversicherung, das AMS und die Schulanmeldung Ihrer Kinder.</p><p>Die Anmeldung ist kostenlos. Sie können auch eine andere Person schicken. Wer in einem Quartier der Grundversorgung lebt, wird oft vom Quartier angemeldet – fragen Sie dort nach.</p>",
                "<p>Everyone who lives in Austria must register at the registration office (registration of the main residence). You fill in the <b>Meldezettel</b> form. Afterwards you receive a <b>confirmation of registration</b> (Meldebestätigung). You need it, for example, for a bank account, social insurance, the AMS and your children's school registration.</p><p>Registration is free. You can also send another person. If you live in basic-care accommodation (Grundversorgung), the accommodation often registers you – ask there.</p>",
                "<p>يجب على كل شخص يسكن في النمسا التسجيل في مكتب التسجيل (تسجيل السكن الرئيسي). تملأ لذلك استمارة <b>Meldezettel</b>. بعد ذلك تحصل على <b>تأكيد التسجيل</b> (Meldebestätigung). تحتاجه مثلاً لفتح حساب مصرفي وللتأمين الاجتماعي ولدى AMS ولتسجيل أطفالك في المدرسة.</p><p>التسجيل مجاني. يمكنك أيضاً إرسال شخص آخر. إذا كنت تسكن في مسكن الرعاية الأساسية (Grundversorgung)، فغالباً ما يقوم المسكن بتسجيلك – اسأل هناك.</p>",
                "<p>هر کس در اتریش زندگی می‌کند باید در اداره ثبت سکونت ثبت‌نام کند (ثبت اقامتگاه اصلی). برای این کار فرم <b>Meldezettel</b> را پر می‌کنید. پس از آن <b>تأییدیه ثبت</b> (Meldebestätigung) دریافت می‌کنید. این را مثلاً برای حساب بانکی، بیمه اجتماعی، AMS و ثبت‌نام مدرسه فرزندانتان لازم دارید.</p><p>ثبت رایگان است. می‌توانید شخص دیگری را هم بفرستید. اگر در محل اسکان «مراقبت پایه» (Grundversorgung) زندگی می‌کنید، اغلب همان‌جا شما را ثبت می‌کنند – آنجا بپرسید.</p>",
                "<p>Кожна людина, яка живе в Австрії, повинна зареєструватися у відділі реєстрації (реєстрація основного місця проживання). Для цього ви заповнюєте бланк <b>Meldezettel</b>. Після цього ви отримуєте <b>підтвердження реєстрації</b> (Meldebestätigung). Воно потрібне, наприклад, для банківського рахунку, соціального страхування, AMS і запису дітей до школи.</p><p>Реєстрація безкоштовна. Ви також можете надіслати іншу особу. Якщо ви живете в житлі базового забезпечення (Grundversorgung), вас часто реєструє саме житло – запитайте там.</p>",
            )},
            3: {"value": _t(
                "<ul><li>Reisepass, Personalausweis oder Ausweiskarte für jede Person</li><li>Meldezettel, unterschrieben von Ihnen und von Ihrer Vermieterin oder Ihrem Vermieter (Unterkunftgeber)</li><li>bei Familien: Heiratsurkunde und Geburtsurkunden der Kinder, wenn vorhanden</li><li>den Meldezettel erhalten Sie im Gemeindeamt oder auf oesterreich.gv.at</li></ul>",
                "<ul><li>passport, ID card or identity card for each person</li><li>Meldezettel form, signed by you and by your landlord (Unterkunftgeber)</li><li>for families: marriage certificate and children's birth certificates, if available</li><li>you get the Meldezettel form at the municipal office or on oesterreich.gv.at</li></ul>",
                "<ul><li>جواز السفر أو بطاقة الهوية لكل شخص</li><li>استمارة Meldezettel موقّعة منك ومن المؤجّر (Unterkunftgeber)</li><li>للعائلات: عقد الزواج وشهادات ميلاد الأطفال إن وُجدت</li><li>تحصل على استمارة Meldezettel من مكتب البلدية أو من موقع oesterreich.gv.at</li></ul>",
                "<ul><li>گذرنامه یا کارت شناسایی برای هر نفر</li><li>فرم Meldezettel با امضای شما و صاحبخانه (Unterkunftgeber)</li><li>برای خانواده‌ها: سند ازدواج و شناسنامه فرزندان، در صورت وجود</li><li>فرم Meldezettel را در شهرداری یا در oesterreich.gv.at دریافت می‌کنید</li></ul>",
                "<ul><li>паспорт або посвідчення особи для кожної людини</li><li>бланк Meldezettel, підписаний вами та орендодавцем (Unterkunftgeber)</li><li>для сімей: свідоцтво про шлюб і свідоцтва про народження дітей, якщо є</li><li>бланк Meldezettel можна отримати в управлінні громади або на oesterreich.gv.at</li></ul>",
            )},
            4: {"value": _t(
                "Wer sich nicht innerhalb von drei Tagen anmeldet, muss mit einer Geldstrafe rechnen. Auch ein Umzug innerhalb der Gemeinde muss gemeldet werden.",
                "If you do not register within three days, you may be fined. A move within the municipality must also be registered.",
                "من لا يسجّل خلال ثلاثة أيام قد يتعرض لغرامة مالية. يجب أيضاً الإبلاغ عن الانتقال داخل البلدية.",
                "اگر ظرف سه روز ثبت نکنید، ممکن است جریمه شوید. جابه‌جایی در داخل شهر هم باید ثبت شود.",
                "Якщо не зареєструватися протягом трьох днів, можна отримати штраф. Переїзд у межах громади також потрібно зареєструвати.",
            )},
            6: {"name": _t("Meldeamt – {municipality}", "Registration office – {municipality}", "مكتب التسجيل – {municipality}", "اداره ثبت سکونت – {municipality}", "Відділ реєстрації – {municipality}"),
                "phone": _PHONE + "110", "address": _ADDRESS + ", Erdgeschoss"},
        },
    },
}
AT.update({
    "behoerden": {"blocks": {
        2: {"value": _t(
            "<ul><li><b>Meldeamt (Gemeindeamt):</b> Meldezettel, Meldebestätigung</li><li><b>Bezirkshauptmannschaft bzw. Magistrat:</b> Fremdenpolizei und Aufenthaltsbehörde – Aufenthaltstitel, Verlängerungen, Familienzusammenführung (Niederlassungs- und Aufenthaltsrecht)</li><li><b>BFA (Bundesamt für Fremdenwesen und Asyl):</b> Asylverfahren</li><li><b>AMS (Arbeitsmarktservice):</b> Arbeitssuche, Beratung, Arbeitslosengeld</li><li><b>Sozialhilfe bzw. Mindestsicherung:</b> Antrag am Gemeindeamt oder bei der Bezirkshauptmannschaft</li><li><b>Finanzamt:</b> Familienbeihilfe</li><li><b>Kinder- und Jugendhilfe:</b> Unterstützung für Familien, Kinder und Jugendliche</li></ul>",
            "<ul><li><b>Registration office (municipal office):</b> Meldezettel, confirmation of registration</li><li><b>District authority (Bezirkshauptmannschaft) or city administration (Magistrat):</b> aliens police and residence authority – residence permits, extensions, family reunification (settlement and residence law)</li><li><b>BFA (Federal Office for Immigration and Asylum):</b> asylum procedures</li><li><b>AMS (Public Employment Service):</b> job search, advice, unemployment benefit</li><li><b>Social assistance (Sozialhilfe / Mindestsicherung):</b> apply at the municipal office or the district authority</li><li><b>Tax office (Finanzamt):</b> family allowance (Familienbeihilfe)</li><li><b>Child and youth welfare:</b> support for families, children and young people</li></ul>",
            "<ul><li><b>مكتب التسجيل (البلدية):</b> Meldezettel وتأكيد التسجيل</li><li><b>سلطة المقاطعة (Bezirkshauptmannschaft) أو إدارة المدينة (Magistrat):</b> شرطة الأجانب وسلطة الإقامة – تصاريح الإقامة وتمديدها ولمّ شمل الأسرة</li><li><b>BFA (المكتب الاتحادي لشؤون الأجانب واللجوء):</b> إجراءات اللجوء</li><li><b>AMS (دائرة خدمات سوق العمل):</b> البحث عن عمل والاستشارة وإعانة البطالة</li><li><b>المساعدة الاجتماعية (Sozialhilfe / Mindestsicherung):</b> الطلب في البلدية أو لدى سلطة المقاطعة</li><li><b>مكتب الضرائب (Finanzamt):</b> المخصصات العائلية (Familienbeihilfe)</li><li><b>رعاية الأطفال والشباب:</b> دعم العائلات والأطفال والشباب</li></ul>",
            "<ul><li><b>اداره ثبت سکونت (شهرداری):</b> Meldezettel و تأییدیه ثبت</li><li><b>اداره بخش (Bezirkshauptmannschaft) یا اداره شهر (Magistrat):</b> پلیس اتباع و اداره اقامت – اجازه اقامت، تمدید، پیوستن خانواده</li><li><b>BFA (اداره فدرال امور اتباع و پناهندگی):</b> روند پناهندگی</li><li><b>AMS (خدمات بازار کار):</b> کاریابی، مشاوره، حقوق بیکاری</li><li><b>کمک اجتماعی (Sozialhilfe / Mindestsicherung):</b> درخواست در شهرداری یا اداره بخش</li><li><b>اداره مالیات (Finanzamt):</b> کمک‌هزینه خانواده (Familienbeihilfe)</li><li><b>خدمات کودکان و نوجوانان:</b> حمایت از خانواده‌ها، کودکان و نوجوانان</li></ul>",
            "<ul><li><b>Відділ реєстрації (управління громади):</b> Meldezettel, підтвердження реєстрації</li><li><b>Окружне управління (Bezirkshauptmannschaft) або магістрат (Magistrat):</b> поліція у справах іноземців і орган з питань проживання – дозволи на проживання, продовження, возз'єднання сім'ї</li><li><b>BFA (Федеральне відомство у справах іноземців і притулку):</b> процедура надання притулку</li><li><b>AMS (Служба ринку праці):</b> пошук роботи, консультації, допомога по безробіттю</li><li><b>Соціальна допомога (Sozialhilfe / Mindestsicherung):</b> заява в управлінні громади або окружному управлінні</li><li><b>Податкова служба (Finanzamt):</b> сімейна допомога (Familienbeihilfe)</li><li><b>Служба у справах дітей і молоді:</b> підтримка сімей, дітей і молоді</li></ul>",
        )},
        4: {"value": [
            {"question": _t("Was mache ich, wenn ich einen Termin nicht wahrnehmen kann?", "What do I do if I cannot attend an appointment?", "ماذا أفعل إذا لم أستطع حضور موعد؟", "اگر نتوانم سر قرار بروم چه کنم؟", "Що робити, якщо я не можу прийти на зустріч?"),
             "answer": _t(
                 "Sagen Sie den Termin so früh wie möglich telefonisch oder per E-Mail ab. Beim AMS kann ein versäumter Termin ohne wichtigen Grund dazu führen, dass das Arbeitslosengeld eine Zeit lang gestrichen wird.",
                 "Cancel the appointment by phone or e-mail as early as possible. At the AMS, missing an appointment without good reason can mean your unemployment benefit is stopped for a while.",
                 "ألغِ الموعد هاتفياً أو بالبريد الإلكتروني في أقرب وقت ممكن. لدى AMS قد يؤدي التغيب عن موعد بدون سبب مهم إلى إيقاف إعانة البطالة لفترة.",
                 "قرار را هر چه زودتر تلفنی یا با ایمیل لغو کنید. در AMS غیبت بدون دلیل مهم می‌تواند باعث قطع موقت حقوق بیکاری شود.",
                 "Скасуйте зустріч телефоном або e-mail якомога раніше. В AMS пропуск зустрічі без поважної причини може призвести до тимчасового припинення допомоги по безробіттю.",
             )},
            {"question": _t("Was ist ein Bescheid?", "What is a Bescheid?", "ما هو القرار الرسمي (Bescheid)؟", "Bescheid چیست؟", "Що таке Bescheid?"),
             "answer": _t(
                 "Ein Bescheid ist eine schriftliche Entscheidung einer Behörde. Wenn Sie nicht einverstanden sind, können Sie innerhalb der genannten Frist – meist vier Wochen – Beschwerde einlegen.",
                 "A Bescheid is a written decision by an authority. If you disagree, you can lodge an appeal (Beschwerde) within the stated deadline – usually four weeks.",
                 "القرار الرسمي (Bescheid) هو قرار مكتوب من جهة حكومية. إذا لم توافق عليه يمكنك تقديم طعن (Beschwerde) خلال المهلة المذكورة – غالباً أربعة أسابيع.",
                 "Bescheid تصمیم کتبی یک اداره است. اگر موافق نیستید، می‌توانید در مهلت ذکرشده – معمولاً چهار هفته – اعتراض (Beschwerde) کنید.",
                 "Bescheid – це письмове рішення органу влади. Якщо ви не згодні, можете подати скаргу (Beschwerde) у зазначений строк – зазвичай чотири тижні.",
             )},
        ]},
        5: {"value": [
            {"title": _t("oesterreich.gv.at – Amtswege in Österreich", "oesterreich.gv.at – dealing with authorities in Austria", "oesterreich.gv.at – المعاملات الرسمية في النمسا", "oesterreich.gv.at – امور اداری در اتریش", "oesterreich.gv.at – звернення до органів влади в Австрії"), "url": "https://www.oesterreich.gv.at"},
            {"title": _t("ÖIF – Österreichischer Integrationsfonds", "ÖIF – Austrian Integration Fund", "ÖIF – الصندوق النمساوي للاندماج", "ÖIF – صندوق ادغام اتریش", "ÖIF – Австрійський інтеграційний фонд"), "url": "https://www.integrationsfonds.at"},
        ]},
    }},
    "behoerden/auslaenderbehoerde": {
        "title": _t("Aufenthaltsbehörde", "Residence authority", "سلطة الإقامة", "اداره اقامت", "Орган з питань проживання"),
        "intro": _t(
            "Die Bezirkshauptmannschaft – in Statutarstädten der Magistrat – entscheidet über Ihren Aufenthaltstitel und dessen Verlängerung.",
            "The district authority (Bezirkshauptmannschaft) – in statutory cities the Magistrat – decides on your residence permit and its extension.",
            "تقرر سلطة المقاطعة (Bezirkshauptmannschaft) – وفي المدن ذات النظام الخاص إدارة المدينة (Magistrat) – بشأن تصريح إقامتك وتمديده.",
            "اداره بخش (Bezirkshauptmannschaft) – در شهرهای خودمختار، Magistrat – درباره اجازه اقامت شما و تمدید آن تصمیم می‌گیرد.",
            "Окружне управління (Bezirkshauptmannschaft), а в статутних містах – магістрат, вирішує питання вашого дозволу на проживання та його продовження.",
        ),
        "blocks": {
            0: {"value": _t("Aufgaben der Aufenthaltsbehörde", "Tasks of the residence authority", "مهام سلطة الإقامة", "وظایف اداره اقامت", "Завдання органу з питань проживання")},
            1: {"value": _t(
                "<p>Die Bezirkshauptmannschaft ist als Fremdenpolizei und Aufenthaltsbehörde für Aufenthaltstitel nach dem Niederlassungs- und Aufenthaltsgesetz zuständig, zum Beispiel Rot-Weiß-Rot-Karte, Familienzusammenführung und Daueraufenthalt. Für Asylverfahren und Karten für Asyl- und subsidiär Schutzberechtigte ist das BFA zuständig.</p><p>Ihr Aufenthaltstitel hat ein Ablaufdatum. Stellen Sie den <b>Verlängerungsantrag vor dem Ablauf</b>, am besten schon drei Monate vorher. Wer den Antrag rechtzeitig stellt, darf bis zur Entscheidung in Österreich bleiben.</p>",
                "<p>As aliens police and residence authority, the district authority is responsible for residence permits under the Settlement and Residence Act, for example the Red-White-Red Card, family reunification and permanent residence. The BFA is responsible for asylum procedures and for the cards of people granted asylum or subsidiary protection.</p><p>Your residence permit has an expiry date. Submit the <b>extension application before it expires</b>, ideally three months in advance. If you apply in time, you may stay in Austria until the decision.</p>",
                "<p>سلطة المقاطعة، بصفتها شرطة الأجانب وسلطة الإقامة، مسؤولة عن تصاريح الإقامة وفق قانون الاستقرار والإقامة، مثل بطاقة أحمر-أبيض-أحمر ولمّ شمل الأسرة والإقامة الدائمة. أما إجراءات اللجوء وبطاقات الحاصلين على اللجوء أو الحماية الفرعية فمن اختصاص BFA.</p><p>لتصريح إقامتك تاريخ انتهاء. قدّم <b>طلب التمديد قبل انتهائه</b>، والأفضل قبل ثلاثة أشهر. من يقدّم الطلب في الوقت المحدد يحق له البقاء في النمسا حتى صدور القرار.</p>",
                "<p>اداره بخش به‌عنوان پلیس اتباع و اداره اقامت مسئول اجازه‌های اقامت طبق قانون اسکان و اقامت است، مثلاً کارت قرمز-سفید-قرمز، پیوستن خانواده و اقامت دائم. روند پناهندگی و کارت‌های پناهندگان و دارندگان حمایت تکمیلی بر عهده BFA است.</p><p>اجازه اقامت شما تاریخ انقضا دارد. <b>درخواست تمدید را پیش از انقضا</b> و بهتر است سه ماه زودتر بدهید. اگر به‌موقع درخواست دهید، تا زمان تصمیم می‌توانید در اتریش بمانید.</p>",
                "<p>Окружне управління як поліція у справах іноземців і орган з питань проживання відповідає за дозволи на проживання згідно із Законом про поселення та проживання, наприклад карту Rot-Weiß-Rot, возз'єднання сім'ї та постійне проживання. За процедуру притулку та картки осіб із притулком або додатковим захистом відповідає BFA.</p><p>Ваш дозвіл на проживання має строк дії. Подайте <b>заяву на продовження до закінчення строку</b>, краще за три місяці. Якщо ви подали заяву вчасно, можете залишатися в Австрії до ухвалення рішення.</p>",
            )},
            2: {"value": _t(
                "Reisen Sie nicht ins Ausland, solange Ihr Antrag läuft, ohne vorher mit der Behörde zu sprechen. Mit manchen Dokumenten ist die Wiedereinreise nicht möglich.",
                "Do not travel abroad while your application is being processed without first talking to the authority. With some documents you cannot re-enter.",
                "لا تسافر إلى الخارج أثناء معالجة طلبك دون التحدث مع السلطة أولاً. مع بعض الوثائق لا تكون العودة ممكنة.",
                "تا زمانی که درخواستتان در جریان است، بدون مشورت با اداره به خارج سفر نکنید. با برخی مدارک بازگشت ممکن نیست.",
                "Не виїжджайте за кордон, поки розглядається ваша заява, не порадившись спочатку з органом влади. З деякими документами повернення неможливе.",
            )},
            4: {"name": _t("Bezirkshauptmannschaft – Aufenthaltsbehörde", "District authority – residence authority", "سلطة المقاطعة – سلطة الإقامة", "اداره بخش – اداره اقامت", "Окружне управління – орган з питань проживання"),
                "phone": "+43 7242 6180-300", "address": "Bezirkshauptmannschaft, Bezirksplatz 1, 2. Stock"},
            5: {"value": [
                {"question": _t("Wie lange dauert die Bearbeitung?", "How long does processing take?", "كم تستغرق المعالجة؟", "رسیدگی چقدر طول می‌کشد؟", "Скільки триває розгляд?"),
                 "answer": _t(
                     "Das hängt vom Antrag ab, oft dauert es mehrere Wochen. Reichen Sie deshalb alle Unterlagen vollständig ein und antworten Sie schnell auf Rückfragen.",
                     "It depends on the application; it often takes several weeks. So submit all documents completely and answer queries quickly.",
                     "يعتمد ذلك على الطلب، وغالباً يستغرق عدة أسابيع. لذلك قدّم جميع الوثائق كاملة وأجب بسرعة على الاستفسارات.",
                     "بستگی به درخواست دارد و اغلب چند هفته طول می‌کشد. پس همه مدارک را کامل بدهید و سریع به پرسش‌ها پاسخ دهید.",
                     "Це залежить від заяви, часто кілька тижнів. Тому подавайте всі документи повністю та швидко відповідайте на запити.",
                 )},
                {"question": _t("Was macht das BFA?", "What does the BFA do?", "ما هي مهام BFA؟", "BFA چه کاری انجام می‌دهد؟", "Чим займається BFA?"),
                 "answer": _t(
                     "Das Bundesamt für Fremdenwesen und Asyl entscheidet über Asylanträge und stellt Karten für Asylberechtigte und subsidiär Schutzberechtigte aus. Die Bezirkshauptmannschaft ist dafür nicht zuständig.",
                     "The Federal Office for Immigration and Asylum decides on asylum applications and issues cards for people granted asylum or subsidiary protection. The district authority is not responsible for this.",
                     "يبتّ المكتب الاتحادي لشؤون الأجانب واللجوء في طلبات اللجوء ويصدر بطاقات الحاصلين على اللجوء أو الحماية الفرعية. سلطة المقاطعة ليست مسؤولة عن ذلك.",
                     "اداره فدرال امور اتباع و پناهندگی درباره درخواست‌های پناهندگی تصمیم می‌گیرد و کارت پناهندگان و دارندگان حمایت تکمیلی را صادر می‌کند. اداره بخش مسئول این کار نیست.",
                     "Федеральне відомство у справах іноземців і притулку ухвалює рішення щодо заяв про притулок і видає картки особам із притулком або додатковим захистом. Окружне управління за це не відповідає.",
                 )},
            ]},
        },
    },
})
AT.update({
    "behoerden/sozialleistungen": {
        "title": _t("AMS und Sozialleistungen", "AMS and social benefits", "AMS والمساعدات الاجتماعية", "AMS و کمک‌های اجتماعی", "AMS і соціальні виплати"),
        "blocks": {
            1: {"value": _t(
                "<ul><li><b>Arbeitslosengeld</b> vom AMS: wenn Sie lange genug in Österreich gearbeitet haben</li><li><b>Sozialhilfe bzw. Mindestsicherung</b>: für Menschen, die nicht genug Geld zum Leben haben, zum Beispiel nach der Anerkennung als Flüchtling</li><li><b>Grundversorgung</b>: für Menschen im Asylverfahren</li><li><b>Familienbeihilfe</b> vom Finanzamt: für Kinder, unabhängig vom Einkommen der Eltern</li><li><b>Wohnbeihilfe</b> vom Land: Zuschuss zur Miete für Menschen mit geringem Einkommen</li></ul>",
                "<ul><li><b>Unemployment benefit</b> from the AMS: if you have worked in Austria long enough</li><li><b>Social assistance (Sozialhilfe / Mindestsicherung)</b>: for people who do not have enough money to live on, for example after recognition as a refugee</li><li><b>Basic care (Grundversorgung)</b>: for people in the asylum procedure</li><li><b>Family allowance (Familienbeihilfe)</b> from the tax office: for children, regardless of the parents' income</li><li><b>Housing allowance (Wohnbeihilfe)</b> from the federal state: help with the rent for people on a low income</li></ul>",
                "<ul><li><b>إعانة البطالة</b> من AMS: إذا عملت في النمسا مدة كافية</li><li><b>المساعدة الاجتماعية (Sozialhilfe / Mindestsicherung)</b>: لمن لا يملك ما يكفي للعيش، مثلاً بعد الاعتراف به كلاجئ</li><li><b>الرعاية الأساسية (Grundversorgung)</b>: للأشخاص في إجراءات اللجوء</li><li><b>المخصصات العائلية (Familienbeihilfe)</b> من مكتب الضرائب: للأطفال بغض النظر عن دخل الوالدين</li><li><b>إعانة السكن (Wohnbeihilfe)</b> من الولاية: مساعدة في الإيجار لذوي الدخل المحدود</li></ul>",
                "<ul><li><b>حقوق بیکاری</b> از AMS: اگر به اندازه کافی در اتریش کار کرده باشید</li><li><b>کمک اجتماعی (Sozialhilfe / Mindestsicherung)</b>: برای کسانی که پول کافی برای زندگی ندارند، مثلاً پس از پذیرش به‌عنوان پناهنده</li><li><b>مراقبت پایه (Grundversorgung)</b>: برای افرادی که در روند پناهندگی هستند</li><li><b>کمک‌هزینه خانواده (Familienbeihilfe)</b> از اداره مالیات: برای فرزندان، مستقل از درآمد والدین</li><li><b>کمک‌هزینه مسکن (Wohnbeihilfe)</b> از ایالت: کمک به اجاره برای افراد کم‌درآمد</li></ul>",
                "<ul><li><b>Допомога по безробіттю</b> від AMS: якщо ви достатньо довго працювали в Австрії</li><li><b>Соціальна допомога (Sozialhilfe / Mindestsicherung)</b>: для людей, яким не вистачає грошей на життя, наприклад після визнання біженцем</li><li><b>Базове забезпечення (Grundversorgung)</b>: для людей у процедурі надання притулку</li><li><b>Сімейна допомога (Familienbeihilfe)</b> від податкової служби: на дітей, незалежно від доходу батьків</li><li><b>Житлова допомога (Wohnbeihilfe)</b> від федеральної землі: доплата до оренди для людей з низьким доходом</li></ul>",
            )},
            3: {"value": _t(
                "<p>Den Antrag auf Sozialhilfe stellen Sie am Gemeindeamt oder bei der Bezirkshauptmannschaft. Bringen Sie Ausweis, Aufenthaltstitel, Mietvertrag, Kontoauszüge und die Meldebestätigung mit. Wer arbeiten kann, muss beim AMS als arbeitsuchend gemeldet sein. Stellen Sie den Antrag so früh wie möglich.</p>",
                "<p>You apply for social assistance at the municipal office or the district authority. Bring your ID, residence permit, rental contract, bank statements and confirmation of registration. If you are able to work, you must be registered as a jobseeker with the AMS. Apply as early as possible.</p>",
                "<p>تقدّم طلب المساعدة الاجتماعية في البلدية أو لدى سلطة المقاطعة. أحضر الهوية وتصريح الإقامة وعقد الإيجار وكشوف الحساب وتأكيد التسجيل (Meldezettel). من يستطيع العمل يجب أن يكون مسجلاً كباحث عن عمل لدى AMS. قدّم الطلب في أقرب وقت ممكن.</p>",
                "<p>درخواست کمک اجتماعی را در شهرداری یا اداره بخش می‌دهید. کارت شناسایی، اجازه اقامت، قرارداد اجاره، صورت‌حساب بانکی و تأییدیه ثبت سکونت (Meldezettel) را همراه بیاورید. کسی که توان کار دارد باید در AMS به‌عنوان جویای کار ثبت شده باشد. درخواست را هر چه زودتر بدهید.</p>",
                "<p>Заяву на соціальну допомогу подають в управлінні громади або в окружному управлінні. Візьміть посвідчення особи, дозвіл на проживання, договір оренди, банківські виписки та підтвердження реєстрації (Meldezettel). Хто може працювати, має бути зареєстрований в AMS як шукач роботи. Подайте заяву якомога раніше.</p>",
            )},
            5: {"name": _t("AMS – Arbeitsmarktservice", "AMS – Public Employment Service", "AMS – دائرة خدمات سوق العمل", "AMS – خدمات بازار کار", "AMS – Служба ринку праці"),
                "phone": "+43 7242 6190-500", "email": "ams@example.org", "address": "Bahnhofstraße 18"},
            6: {"value": [
                {"title": _t("AMS – Arbeitsmarktservice", "AMS – Public Employment Service", "AMS – دائرة خدمات سوق العمل", "AMS – خدمات بازار کار", "AMS – Служба ринку праці"), "url": "https://www.ams.at"},
                {"title": _t("Familienbeihilfe und Sozialleistungen – oesterreich.gv.at", "Family allowance and social benefits – oesterreich.gv.at", "المخصصات العائلية والمساعدات الاجتماعية – oesterreich.gv.at", "کمک‌هزینه خانواده و کمک‌های اجتماعی – oesterreich.gv.at", "Сімейна допомога та соціальні виплати – oesterreich.gv.at"), "url": "https://www.oesterreich.gv.at"},
            ]},
        },
    },
    "arbeit": {"blocks": {
        2: {"value": _t(
            "<p>Ob Sie arbeiten dürfen, hängt von Ihrem Aufenthaltstitel ab. Asylberechtigte und subsidiär Schutzberechtigte haben freien Zugang zum Arbeitsmarkt; für andere ist manchmal eine Beschäftigungsbewilligung des AMS nötig. Wenn Sie unsicher sind, fragen Sie beim AMS nach, bevor Sie einen Arbeitsvertrag unterschreiben.</p>",
            "<p>Whether you may work depends on your residence permit. People granted asylum or subsidiary protection have free access to the labour market; others sometimes need an employment permit from the AMS. If you are unsure, ask the AMS before you sign an employment contract.</p>",
            "<p>يعتمد حقك في العمل على تصريح إقامتك. للحاصلين على اللجوء أو الحماية الفرعية حرية الوصول إلى سوق العمل؛ وقد يحتاج آخرون إلى تصريح عمل من AMS. إذا لم تكن متأكداً، اسأل AMS قبل توقيع عقد العمل.</p>",
            "<p>اینکه اجازه کار دارید یا نه به اجازه اقامت شما بستگی دارد. پناهندگان و دارندگان حمایت تکمیلی دسترسی آزاد به بازار کار دارند؛ دیگران گاهی به مجوز اشتغال از AMS نیاز دارند. اگر مطمئن نیستید، پیش از امضای قرارداد کار از AMS بپرسید.</p>",
            "<p>Чи можете ви працювати, залежить від дозволу на проживання. Особи з притулком або додатковим захистом мають вільний доступ до ринку праці; іншим інколи потрібен дозвіл на працевлаштування від AMS. Якщо не впевнені, запитайте в AMS до підписання трудового договору.</p>",
        )},
        4: {"value": _t(
            "<ul><li>Melden Sie sich beim AMS (Arbeitsmarktservice) arbeitsuchend und lassen Sie sich beraten.</li><li>Suchen Sie im Online-Stellenangebot des AMS und in der Lokalzeitung.</li><li>Bereiten Sie einen tabellarischen Lebenslauf vor – die Beratungsstellen helfen dabei.</li><li>Auch ein Praktikum oder eine geringfügige Beschäftigung kann der Einstieg in eine feste Stelle sein.</li></ul>",
            "<ul><li>Register as a jobseeker with the AMS (Public Employment Service) and get advice.</li><li>Search the AMS online job listings and the local newspaper.</li><li>Prepare a CV – the counselling services will help you.</li><li>An internship or marginal employment (geringfügige Beschäftigung) can also lead to a permanent job.</li></ul>",
            "<ul><li>سجّل كباحث عن عمل لدى AMS (دائرة خدمات سوق العمل) واحصل على الاستشارة.</li><li>ابحث في عروض العمل الإلكترونية لدى AMS وفي الصحيفة المحلية.</li><li>حضّر سيرة ذاتية – تساعدك مراكز الاستشارة في ذلك.</li><li>يمكن أن يكون التدريب العملي أو العمل البسيط (geringfügige Beschäftigung) بداية لوظيفة ثابتة.</li></ul>",
            "<ul><li>در AMS (خدمات بازار کار) به‌عنوان جویای کار ثبت‌نام کنید و مشاوره بگیرید.</li><li>در آگهی‌های شغلی آنلاین AMS و روزنامه محلی جستجو کنید.</li><li>یک رزومه آماده کنید – مراکز مشاوره کمک می‌کنند.</li><li>کارآموزی یا کار جزئی (geringfügige Beschäftigung) هم می‌تواند راهی به شغل ثابت باشد.</li></ul>",
            "<ul><li>Зареєструйтеся в AMS (Служба ринку праці) як шукач роботи та отримайте консультацію.</li><li>Шукайте в онлайн-вакансіях AMS і в місцевій газеті.</li><li>Підготуйте резюме – консультаційні служби допоможуть.</li><li>Стажування або незначна зайнятість (geringfügige Beschäftigung) також може стати початком постійної роботи.</li></ul>",
        )},
        5: {"value": _t(
            "Arbeiten Sie nie ohne Anmeldung bei der Sozialversicherung („schwarz“). Sie sind dann nicht versichert und können Ihren Lohn nur schwer einfordern. Den Mindestlohn in Ihrer Branche legt der Kollektivvertrag fest.",
            "Never work without being registered with social insurance (“off the books”). You are then not insured and it is hard to claim your wages. The minimum wage in your sector is set by the collective agreement (Kollektivvertrag).",
            "لا تعمل أبداً دون تسجيل في التأمين الاجتماعي (العمل «بالأسود»). عندها لا تكون مؤمَّناً ويصعب عليك المطالبة بأجرك. يحدد عقد العمل الجماعي (Kollektivvertrag) الحد الأدنى للأجر في قطاعك.",
            "هرگز بدون ثبت در بیمه اجتماعی («سیاه») کار نکنید. در این صورت بیمه نیستید و گرفتن دستمزد دشوار است. حداقل دستمزد هر رشته را قرارداد جمعی (Kollektivvertrag) تعیین می‌کند.",
            "Ніколи не працюйте без реєстрації в соціальному страхуванні («нелегально»). Тоді ви не застраховані й важко вимагати зарплату. Мінімальну зарплату у вашій галузі встановлює колективний договір (Kollektivvertrag).",
        )},
        6: {"value": [
            {"title": _t("AMS – Arbeitsmarktservice", "AMS – Public Employment Service", "AMS – دائرة خدمات سوق العمل", "AMS – خدمات بازار کار", "AMS – Служба ринку праці"), "url": "https://www.ams.at"},
        ]},
    }},
    "arbeit/anerkennung": {"blocks": {
        3: {"value": _t(
            "<ol><li>Lassen Sie sich von einer Anlaufstelle für Anerkennung oder beim AMS beraten, welche Stelle zuständig ist.</li><li>Lassen Sie Zeugnisse und Nachweise von gerichtlich beeideten Übersetzerinnen oder Übersetzern übersetzen.</li><li>Stellen Sie den Antrag und bezahlen Sie die Gebühr. Fragen Sie beim AMS, ob die Kosten übernommen werden.</li><li>Sie erhalten einen Bescheid über die Anerkennung, Bewertung oder Nostrifizierung Ihres Abschlusses.</li></ol>",
            "<ol><li>Ask a recognition advice centre (Anlaufstelle) or the AMS which office is responsible.</li><li>Have certificates translated by court-certified translators.</li><li>Submit the application and pay the fee. Ask the AMS whether the costs can be covered.</li><li>You receive a decision on the recognition, assessment or nostrification of your qualification.</li></ol>",
            "<ol><li>استشر مركزاً لمعادلة الشهادات (Anlaufstelle) أو AMS لمعرفة الجهة المختصة.</li><li>اطلب ترجمة الشهادات من مترجمين محلّفين لدى المحكمة.</li><li>قدّم الطلب وادفع الرسوم. اسأل AMS إن كان يمكن تغطية التكاليف.</li><li>تحصل على قرار بمعادلة شهادتك أو تقييمها (Nostrifizierung).</li></ol>",
            "<ol><li>از یک مرکز مشاوره ارزشیابی مدارک (Anlaufstelle) یا AMS بپرسید کدام اداره مسئول است.</li><li>مدارک را توسط مترجمان رسمی سوگندخورده دادگاه ترجمه کنید.</li><li>درخواست را بدهید و هزینه را بپردازید. از AMS بپرسید آیا هزینه‌ها پرداخت می‌شود.</li><li>تصمیم کتبی درباره به رسمیت شناختن، ارزیابی یا معادل‌سازی (Nostrifizierung) مدرکتان دریافت می‌کنید.</li></ol>",
            "<ol><li>Дізнайтеся в консультаційному центрі з визнання (Anlaufstelle) або в AMS, яка установа відповідальна.</li><li>Замовте переклад документів у присяжних судових перекладачів.</li><li>Подайте заяву та сплатіть збір. Запитайте в AMS, чи можуть бути покриті витрати.</li><li>Ви отримаєте рішення про визнання, оцінку або нострифікацію вашої кваліфікації.</li></ol>",
        )},
        5: {"value": [
            {"title": _t("AMS – Arbeitsmarktservice", "AMS – Public Employment Service", "AMS – دائرة خدمات سوق العمل", "AMS – خدمات بازار کار", "AMS – Служба ринку праці"), "url": "https://www.ams.at"},
            {"title": _t("oesterreich.gv.at – Anerkennung ausländischer Abschlüsse", "oesterreich.gv.at – recognition of foreign qualifications", "oesterreich.gv.at – معادلة الشهادات الأجنبية", "oesterreich.gv.at – ارزشیابی مدارک خارجی", "oesterreich.gv.at – визнання іноземних кваліфікацій"), "url": "https://www.oesterreich.gv.at"},
        ]},
    }},
})
AT.update({
    "deutsch-lernen": {"blocks": {
        2: {"value": _t(
            "<p>Deutsch ist der Schlüssel für Arbeit, Ausbildung und Kontakte. Es gibt Angebote für jedes Niveau – vom Alphabetisierungskurs bis zur Vorbereitung auf ein Studium. Die Beratungsstellen und das Integrationszentrum des ÖIF helfen Ihnen, den passenden Kurs zu finden.</p><ul><li><b>Deutschkurse des ÖIF:</b> für Asyl- und subsidiär Schutzberechtigte, meist kostenlos</li><li><b>Werte- und Orientierungskurse des ÖIF:</b> Leben, Rechte und Pflichten in Österreich</li><li><b>Deutschkurse über das AMS:</b> für Menschen, die beim AMS gemeldet sind</li><li><b>Volkshochschule:</b> Kurse am Abend und am Wochenende</li><li><b>Sprachcafés:</b> kostenlos mit Ehrenamtlichen üben, ohne Anmeldung</li></ul>",
            "<p>German is the key to work, training and social contacts. There are courses for every level – from literacy courses to preparation for university. Counselling services and the ÖIF integration centre help you find the right course.</p><ul><li><b>ÖIF German courses:</b> for people granted asylum or subsidiary protection, usually free of charge</li><li><b>ÖIF values and orientation courses:</b> life, rights and duties in Austria</li><li><b>German courses through the AMS:</b> for people registered with the AMS</li><li><b>Adult education centre (Volkshochschule):</b> evening and weekend courses</li><li><b>Language cafés:</b> practise for free with volunteers, no registration</li></ul>",
            "<p>اللغة الألمانية مفتاح العمل والتدريب والعلاقات. توجد دورات لكل مستوى – من محو الأمية حتى التحضير للدراسة الجامعية. تساعدك مراكز الاستشارة ومركز الاندماج التابع لـ ÖIF في إيجاد الدورة المناسبة.</p><ul><li><b>دورات اللغة الألمانية لدى ÖIF:</b> للحاصلين على اللجوء أو الحماية الفرعية، مجانية غالباً</li><li><b>دورات القيم والتوجيه لدى ÖIF:</b> الحياة والحقوق والواجبات في النمسا</li><li><b>دورات اللغة عبر AMS:</b> للمسجلين لدى AMS</li><li><b>الجامعة الشعبية (Volkshochschule):</b> دورات مسائية وفي عطلة نهاية الأسبوع</li><li><b>مقاهي اللغة:</b> تدرّب مجاناً مع متطوعين بدون تسجيل</li></ul>",
            "<p>زبان آلمانی کلید کار، آموزش حرفه‌ای و ارتباطات است. برای هر سطحی کلاس وجود دارد – از سوادآموزی تا آمادگی برای دانشگاه. مراکز مشاوره و مرکز ادغام ÖIF به شما کمک می‌کنند کلاس مناسب را پیدا کنید.</p><ul><li><b>کلاس‌های آلمانی ÖIF:</b> برای پناهندگان و دارندگان حمایت تکمیلی، معمولاً رایگان</li><li><b>دوره‌های ارزش‌ها و آشنایی ÖIF:</b> زندگی، حقوق و وظایف در اتریش</li><li><b>کلاس‌های آلمانی از طریق AMS:</b> برای کسانی که در AMS ثبت‌نام کرده‌اند</li><li><b>آموزشگاه بزرگسالان (Volkshochschule):</b> کلاس‌های عصر و آخر هفته</li><li><b>کافه‌های زبان:</b> تمرین رایگان با داوطلبان، بدون ثبت‌نام</li></ul>",
            "<p>Німецька мова – ключ до роботи, навчання та контактів. Є курси для будь-якого рівня – від курсів грамотності до підготовки до навчання в університеті. Консультаційні служби та інтеграційний центр ÖIF допоможуть знайти відповідний курс.</p><ul><li><b>Курси німецької ÖIF:</b> для осіб із притулком або додатковим захистом, зазвичай безкоштовні</li><li><b>Курси цінностей і орієнтації ÖIF:</b> життя, права та обов'язки в Австрії</li><li><b>Курси німецької через AMS:</b> для людей, зареєстрованих в AMS</li><li><b>Народний університет (Volkshochschule):</b> вечірні курси та курси у вихідні</li><li><b>Мовні кафе:</b> безкоштовна практика з волонтерами без реєстрації</li></ul>",
        )},
        6: {"value": [
            {"title": _t("ÖIF – Deutsch lernen und Kurse finden", "ÖIF – learn German and find courses", "ÖIF – تعلّم الألمانية وابحث عن دورات", "ÖIF – یادگیری آلمانی و یافتن کلاس", "ÖIF – вивчайте німецьку та знаходьте курси"), "url": "https://www.integrationsfonds.at"},
        ]},
    }},
    "deutsch-lernen/integrationskurs": {
        "title": _t("Werte- und Orientierungskurs", "Values and orientation course", "دورة القيم والتوجيه", "دوره ارزش‌ها و آشنایی", "Курс цінностей і орієнтації"),
        "intro": _t(
            "Der Österreichische Integrationsfonds (ÖIF) bietet Werte- und Orientierungskurse und Deutschkurse an – für viele Menschen sind sie verpflichtend.",
            "The Austrian Integration Fund (ÖIF) offers values and orientation courses and German courses – for many people they are compulsory.",
            "يقدّم الصندوق النمساوي للاندماج (ÖIF) دورات القيم والتوجيه ودورات اللغة الألمانية – وهي إلزامية لكثير من الناس.",
            "صندوق ادغام اتریش (ÖIF) دوره‌های ارزش‌ها و آشنایی و کلاس‌های آلمانی برگزار می‌کند – برای بسیاری از افراد این دوره‌ها اجباری است.",
            "Австрійський інтеграційний фонд (ÖIF) пропонує курси цінностей і орієнтації та курси німецької мови – для багатьох людей вони обов'язкові.",
        ),
        "blocks": {
            1: {"value": _t(
                "<p>Im Werte- und Orientierungskurs geht es um das Zusammenleben in Österreich: Demokratie, Gleichberechtigung, Rechte und Pflichten, Arbeit und Alltag. Der Kurs wird in Ihrer Sprache gedolmetscht. Dazu kommen Deutschkurse auf verschiedenen Niveaus.</p><p>Am Ende eines Deutschkurses können Sie eine Integrationsprüfung beim ÖIF ablegen.</p>",
                "<p>The values and orientation course is about living together in Austria: democracy, equality, rights and duties, work and everyday life. The course is interpreted into your language. German courses at different levels are offered as well.</p><p>At the end of a German course you can take an integration exam at the ÖIF.</p>",
                "<p>تتناول دورة القيم والتوجيه العيش المشترك في النمسا: الديمقراطية والمساواة والحقوق والواجبات والعمل والحياة اليومية. تُترجم الدورة إلى لغتك. وإلى جانبها توجد دورات لغة ألمانية بمستويات مختلفة.</p><p>في نهاية دورة اللغة يمكنك أداء امتحان الاندماج لدى ÖIF.</p>",
                "<p>دوره ارزش‌ها و آشنایی درباره زندگی مشترک در اتریش است: دموکراسی، برابری، حقوق و وظایف، کار و زندگی روزمره. دوره به زبان شما ترجمه می‌شود. در کنار آن کلاس‌های آلمانی در سطوح مختلف وجود دارد.</p><p>در پایان کلاس آلمانی می‌توانید در ÖIF آزمون ادغام بدهید.</p>",
                "<p>Курс цінностей і орієнтації присвячений спільному життю в Австрії: демократії, рівноправності, правам і обов'язкам, роботі та повсякденню. Курс перекладається вашою мовою. Крім того, є курси німецької різних рівнів.</p><p>Наприкінці мовного курсу можна скласти інтеграційний іспит в ÖIF.</p>",
            )},
            3: {"value": _t(
                "<p>Asylberechtigte und subsidiär Schutzberechtigte ab 15 Jahren müssen den Werte- und Orientierungskurs besuchen und an Deutschkursen teilnehmen; das ist in der Integrationserklärung festgehalten. Wer Sozialhilfe bekommt und nicht teilnimmt, kann Leistungen verlieren. Melden Sie sich im Integrationszentrum des ÖIF an – die Kurse sind für Sie kostenlos.</p>",
                "<p>People aged 15 and over who have been granted asylum or subsidiary protection must attend the values and orientation course and take part in German courses; this is set out in the integration declaration. If you receive social assistance and do not take part, you can lose benefits. Register at the ÖIF integration centre – the courses are free for you.</p>",
                "<p>يجب على الحاصلين على اللجوء أو الحماية الفرعية من عمر 15 سنة حضور دورة القيم والتوجيه والمشاركة في دورات اللغة الألمانية؛ وهذا منصوص عليه في إعلان الاندماج. من يتلقى المساعدة الاجتماعية ولا يشارك قد يفقد جزءاً منها. سجّل في مركز الاندماج التابع لـ ÖIF – الدورات مجانية لك.</p>",
                "<p>پناهندگان و دارندگان حمایت تکمیلی از ۱۵ سالگی باید در دوره ارزش‌ها و آشنایی و کلاس‌های آلمانی شرکت کنند؛ این در اعلامیه ادغام آمده است. کسی که کمک اجتماعی می‌گیرد و شرکت نکند ممکن است کمک‌ها را از دست بدهد. در مرکز ادغام ÖIF ثبت‌نام کنید – دوره‌ها برای شما رایگان است.</p>",
                "<p>Особи віком від 15 років із притулком або додатковим захистом зобов'язані відвідати курс цінностей і орієнтації та курси німецької; це зазначено в інтеграційній декларації. Хто отримує соціальну допомогу й не бере участі, може втратити виплати. Зареєструйтеся в інтеграційному центрі ÖIF – для вас курси безкоштовні.</p>",
            )},
            4: {"value": [
                {"question": _t("Wo finden die Kurse statt?", "Where do the courses take place?", "أين تُعقد الدورات؟", "دوره‌ها کجا برگزار می‌شود؟", "Де проходять курси?"),
                 "answer": _t(
                     "In den Integrationszentren des ÖIF und bei Kursträgern in Ihrer Nähe. Manche Deutschkurse gibt es auch online.",
                     "At the ÖIF integration centres and at course providers near you. Some German courses are also available online.",
                     "في مراكز الاندماج التابعة لـ ÖIF ولدى جهات تنظيم الدورات القريبة منك. بعض دورات اللغة متاحة أيضاً عبر الإنترنت.",
                     "در مراکز ادغام ÖIF و نزد برگزارکنندگان دوره در نزدیکی شما. برخی کلاس‌های آلمانی آنلاین هم هست.",
                     "В інтеграційних центрах ÖIF і в організаторів курсів поблизу. Деякі курси німецької також доступні онлайн.",
                 )},
                {"question": _t("Gibt es Kinderbetreuung während des Kurses?", "Is there childcare during the course?", "هل توجد رعاية للأطفال أثناء الدورة؟", "آیا در طول دوره از کودکان نگهداری می‌شود؟", "Чи є догляд за дітьми під час курсу?"),
                 "answer": _t(
                     "Einige Kursträger bieten Kinderbetreuung oder spezielle Kurse für Mütter am Vormittag an. Fragen Sie bei der Anmeldung danach.",
                     "Some course providers offer childcare or special morning courses for mothers. Ask when you register.",
                     "تقدّم بعض الجهات رعاية للأطفال أو دورات صباحية خاصة بالأمهات. اسأل عن ذلك عند التسجيل.",
                     "برخی برگزارکنندگان نگهداری کودک یا کلاس‌های صبح ویژه مادران دارند. هنگام ثبت‌نام بپرسید.",
                     "Деякі організатори пропонують догляд за дітьми або спеціальні ранкові курси для матерів. Запитайте під час реєстрації.",
                 )},
            ]},
            5: {"value": [
                {"title": _t("ÖIF – Werte- und Orientierungskurse", "ÖIF – values and orientation courses", "ÖIF – دورات القيم والتوجيه", "ÖIF – دوره‌های ارزش‌ها و آشنایی", "ÖIF – курси цінностей і орієнтації"), "url": "https://www.integrationsfonds.at"},
            ]},
            6: {"phone": _PHONE + "650", "address": "Schulstraße 7, 4653 Almhofen"},
        },
    },
})
AT["deutsch-lernen/integrationskurs"]["blocks"][2] = {"value": _t("Wer muss teilnehmen?", "Who has to take part?", "من عليه المشاركة؟", "چه کسی باید شرکت کند؟", "Хто має брати участь?")}
AT.update({
    "gesundheit": {"blocks": {
        1: {"value": _t("Das Gesundheitssystem in Österreich", "The health system in Austria", "النظام الصحي في النمسا", "نظام سلامت در اتریش", "Система охорони здоров'я в Австрії")},
        2: {"value": _t(
            "<p>In Österreich sind fast alle Menschen über die Sozialversicherung krankenversichert, meist bei der ÖGK (Österreichische Gesundheitskasse). Mit Ihrer <b>e-card</b> können Sie zu Kassenärztinnen und Kassenärzten gehen, ohne direkt zu bezahlen. Bei Wahlärzten zahlen Sie selbst und bekommen nur einen Teil zurück.</p><p>Ihre erste Anlaufstelle ist die Hausärztin oder der Hausarzt (Allgemeinmedizin). Sie überweist Sie bei Bedarf an Fachärzte.</p>",
            "<p>In Austria almost everyone has health insurance through social insurance, usually with the ÖGK (Austrian Health Insurance Fund). With your <b>e-card</b> you can see doctors who have a contract with the health insurance (Kassenärzte) without paying directly. With private doctors (Wahlärzte) you pay yourself and get only part of it back.</p><p>Your first point of contact is your general practitioner. They refer you to specialists if needed.</p>",
            "<p>في النمسا يتمتع الجميع تقريباً بالتأمين الصحي عبر التأمين الاجتماعي، غالباً لدى ÖGK (صندوق الصحة النمساوي). ببطاقة <b>e-card</b> يمكنك زيارة الأطباء المتعاقدين مع التأمين (Kassenärzte) دون الدفع مباشرة. أما لدى الأطباء الخاصين (Wahlärzte) فتدفع بنفسك ويُعاد إليك جزء فقط.</p><p>نقطة الاتصال الأولى هي طبيب العائلة (الطب العام). يحوّلك عند الحاجة إلى أطباء مختصين.</p>",
            "<p>در اتریش تقریباً همه از طریق بیمه اجتماعی بیمه درمانی دارند، معمولاً نزد ÖGK (صندوق سلامت اتریش). با <b>e-card</b> می‌توانید بدون پرداخت مستقیم نزد پزشکان طرف قرارداد بیمه (Kassenärzte) بروید. نزد پزشکان خصوصی (Wahlärzte) خودتان می‌پردازید و فقط بخشی را پس می‌گیرید.</p><p>اولین مرجع شما پزشک عمومی (خانواده) است که در صورت نیاز شما را به متخصص ارجاع می‌دهد.</p>",
            "<p>В Австрії майже всі мають медичне страхування через соціальне страхування, зазвичай в ÖGK (Австрійська каса охорони здоров'я). З <b>e-card</b> ви можете звертатися до лікарів, які мають договір із касою (Kassenärzte), не платячи одразу. У приватних лікарів (Wahlärzte) ви платите самі й отримуєте назад лише частину.</p><p>Перша точка звернення – сімейний лікар (загальна практика). За потреби він направить вас до спеціалістів.</p>",
        )},
        3: {"value": _t(
            "<ul><li><b>Apotheke:</b> Medikamente mit Rezept und rezeptfreie Mittel; nachts und am Wochenende hat immer eine Bereitschafts-Apotheke geöffnet</li><li><b>Gesundheitsnummer 1450:</b> telefonische Gesundheitsberatung rund um die Uhr, wenn Sie nicht wissen, wohin</li><li><b>Notaufnahme im Krankenhaus oder Rettung 144:</b> bei lebensbedrohlichen Notfällen</li></ul>",
            "<ul><li><b>Pharmacy:</b> prescription and over-the-counter medicines; at night and at weekends there is always a pharmacy on duty</li><li><b>Health hotline 1450:</b> medical advice by phone around the clock when you do not know where to go</li><li><b>Hospital emergency department or ambulance 144:</b> in life-threatening emergencies</li></ul>",
            "<ul><li><b>الصيدلية:</b> أدوية بوصفة طبية وبدونها؛ في الليل وعطلة نهاية الأسبوع توجد دائماً صيدلية مناوبة</li><li><b>رقم الصحة 1450:</b> استشارة صحية هاتفية على مدار الساعة عندما لا تعرف إلى أين تذهب</li><li><b>قسم الطوارئ في المستشفى أو الإسعاف 144:</b> في حالات الطوارئ المهددة للحياة</li></ul>",
            "<ul><li><b>داروخانه:</b> داروهای نسخه‌ای و بدون نسخه؛ شب‌ها و آخر هفته همیشه یک داروخانه کشیک باز است</li><li><b>شماره سلامت 1450:</b> مشاوره تلفنی سلامت در تمام ساعات، وقتی نمی‌دانید کجا بروید</li><li><b>اورژانس بیمارستان یا آمبولانس 144:</b> در موارد اضطراری تهدیدکننده زندگی</li></ul>",
            "<ul><li><b>Аптека:</b> ліки за рецептом і без рецепта; вночі та у вихідні завжди працює чергова аптека</li><li><b>Номер здоров'я 1450:</b> цілодобова медична консультація телефоном, якщо ви не знаєте, куди звернутися</li><li><b>Приймальне відділення лікарні або швидка 144:</b> у небезпечних для життя ситуаціях</li></ul>",
        )},
        5: {"value": [
            {"question": _t("Wo finde ich eine Hausarztpraxis?", "Where can I find a GP?", "أين أجد طبيب عائلة؟", "پزشک خانواده را کجا پیدا کنم؟", "Де знайти сімейного лікаря?"),
             "answer": _t(
                 "Auf der Website der ÖGK finden Sie Ärztinnen und Ärzte mit Kassenvertrag in Ihrer Nähe. Die Gesundheitsnummer 1450 hilft Ihnen, wenn Sie schnell ärztlichen Rat brauchen.",
                 "On the ÖGK website you can find doctors with a health-insurance contract near you. The health hotline 1450 helps if you need medical advice quickly.",
                 "على موقع ÖGK تجد الأطباء المتعاقدين مع التأمين بالقرب منك. يساعدك رقم الصحة 1450 إذا احتجت إلى نصيحة طبية بسرعة.",
                 "در وب‌سایت ÖGK پزشکان طرف قرارداد بیمه را در نزدیکی خود پیدا می‌کنید. اگر سریع به مشاوره پزشکی نیاز دارید، شماره سلامت 1450 کمک می‌کند.",
                 "На сайті ÖGK ви знайдете лікарів із договором каси поблизу. Номер здоров'я 1450 допоможе, якщо вам швидко потрібна медична порада.",
             )},
        ]},
        6: {"value": [
            {"title": _t("ÖGK – Österreichische Gesundheitskasse", "ÖGK – Austrian Health Insurance Fund", "ÖGK – صندوق الصحة النمساوي", "ÖGK – صندوق سلامت اتریش", "ÖGK – Австрійська каса охорони здоров'я"), "url": "https://www.gesundheitskasse.at"},
            {"title": _t("oesterreich.gv.at – Gesundheit", "oesterreich.gv.at – health", "oesterreich.gv.at – الصحة", "oesterreich.gv.at – سلامت", "oesterreich.gv.at – здоров'я"), "url": "https://www.oesterreich.gv.at"},
        ]},
    }},
    "gesundheit/krankenversicherung": {"blocks": {
        1: {"value": _t(
            "<ul><li><b>Mit einer Arbeit:</b> Ihr Arbeitgeber meldet Sie bei der Sozialversicherung an, meist bei der ÖGK. Die Krankenkasse können Sie nicht selbst wählen.</li><li><b>Mit Arbeitslosengeld oder Sozialhilfe:</b> Sie sind über das AMS bzw. die Sozialhilfe bei der ÖGK versichert.</li><li><b>Im Asylverfahren:</b> In der Grundversorgung sind Sie krankenversichert.</li><li><b>Mitversicherung:</b> Kinder und Ehepartner ohne eigenes Einkommen sind oft kostenlos mitversichert.</li></ul>",
            "<ul><li><b>With a job:</b> your employer registers you with social insurance, usually the ÖGK. You cannot choose the health insurer yourself.</li><li><b>With unemployment benefit or social assistance:</b> you are insured with the ÖGK through the AMS or social assistance.</li><li><b>In the asylum procedure:</b> you are insured through basic care (Grundversorgung).</li><li><b>Co-insurance:</b> children and spouses without their own income are often insured free of charge.</li></ul>",
            "<ul><li><b>مع عمل:</b> يسجّلك صاحب العمل في التأمين الاجتماعي، غالباً لدى ÖGK. لا يمكنك اختيار صندوق التأمين بنفسك.</li><li><b>مع إعانة البطالة أو المساعدة الاجتماعية:</b> تكون مؤمَّناً لدى ÖGK عن طريق AMS أو المساعدة الاجتماعية.</li><li><b>في إجراءات اللجوء:</b> تكون مؤمَّناً صحياً ضمن الرعاية الأساسية (Grundversorgung).</li><li><b>التأمين المشترك:</b> الأطفال والأزواج بدون دخل خاص غالباً ما يكونون مؤمَّنين مجاناً.</li></ul>",
            "<ul><li><b>با داشتن کار:</b> کارفرما شما را در بیمه اجتماعی، معمولاً ÖGK، ثبت می‌کند. صندوق بیمه را خودتان انتخاب نمی‌کنید.</li><li><b>با حقوق بیکاری یا کمک اجتماعی:</b> از طریق AMS یا کمک اجتماعی نزد ÖGK بیمه هستید.</li><li><b>در روند پناهندگی:</b> در چارچوب مراقبت پایه (Grundversorgung) بیمه درمانی دارید.</li><li><b>بیمه همراه:</b> فرزندان و همسر بدون درآمد اغلب رایگان همراه بیمه می‌شوند.</li></ul>",
            "<ul><li><b>З роботою:</b> роботодавець реєструє вас у соціальному страхуванні, зазвичай в ÖGK. Обрати касу самостійно не можна.</li><li><b>З допомогою по безробіттю або соціальною допомогою:</b> ви застраховані в ÖGK через AMS або соціальну допомогу.</li><li><b>У процедурі притулку:</b> ви маєте медичне страхування в рамках базового забезпечення (Grundversorgung).</li><li><b>Співстрахування:</b> діти й подружжя без власного доходу часто застраховані безкоштовно.</li></ul>",
        )},
        2: {"value": _t(
            "<p>Nach der Anmeldung schickt Ihnen die Sozialversicherung die <b>e-card</b>. Ab 14 Jahren ist darauf meist ein Foto. Nehmen Sie die e-card und einen Lichtbildausweis zu jedem Arzttermin mit und zeigen Sie sie auch im Krankenhaus vor.</p>",
            "<p>After registration, social insurance sends you the <b>e-card</b>. From the age of 14 it usually has a photo. Take the e-card and photo ID to every doctor's appointment and show them at the hospital too.</p>",
            "<p>بعد التسجيل يرسل لك التأمين الاجتماعي بطاقة <b>e-card</b>. من عمر 14 سنة تحمل البطاقة عادةً صورة. خذ e-card وهوية بصورة إلى كل موعد طبي وأظهرهما في المستشفى أيضاً.</p>",
            "<p>پس از ثبت، بیمه اجتماعی کارت <b>e-card</b> را برایتان می‌فرستد. از ۱۴ سالگی معمولاً عکس روی آن است. e-card و یک کارت شناسایی عکس‌دار را به هر نوبت پزشکی ببرید و در بیمارستان هم نشان دهید.</p>",
            "<p>Після реєстрації соціальне страхування надсилає вам <b>e-card</b>. Від 14 років на ній зазвичай є фото. Беріть e-card і документ із фото на кожен прийом у лікаря та показуйте їх і в лікарні.</p>",
        )},
        3: {"value": _t(
            "Für Medikamente auf Rezept zahlen Sie eine Rezeptgebühr pro Packung; bei geringem Einkommen können Sie sich davon befreien lassen. Zahnersatz und Brillen werden meist nur teilweise bezahlt.",
            "For prescription medicines you pay a prescription fee per pack; on a low income you can apply for an exemption. Dentures and glasses are usually only partly covered.",
            "تدفع رسوم وصفة عن كل عبوة دواء بوصفة طبية؛ ويمكن إعفاء ذوي الدخل المحدود منها. تُغطّى الأسنان الاصطناعية والنظارات غالباً بشكل جزئي فقط.",
            "برای داروهای نسخه‌ای برای هر بسته هزینه نسخه می‌پردازید؛ با درآمد کم می‌توانید معافیت بگیرید. دندان مصنوعی و عینک معمولاً فقط تا حدی پرداخت می‌شود.",
            "За ліки за рецептом ви сплачуєте рецептурний збір за упаковку; при низькому доході можна отримати звільнення. Зубні протези та окуляри зазвичай оплачуються лише частково.",
        )},
        4: {"value": [
            {"question": _t("Kann ich die Krankenkasse wechseln?", "Can I change my health insurer?", "هل يمكنني تغيير صندوق التأمين الصحي؟", "آیا می‌توانم صندوق بیمه را عوض کنم؟", "Чи можу я змінити лікарняну касу?"),
             "answer": _t(
                 "Nein. In Österreich bestimmt das Gesetz, bei welcher Krankenkasse Sie versichert sind – für die meisten Beschäftigten ist das die ÖGK.",
                 "No. In Austria the law determines which health insurer you belong to – for most employees it is the ÖGK.",
                 "لا. في النمسا يحدد القانون صندوق التأمين الذي تنتمي إليه – ولمعظم العاملين هو ÖGK.",
                 "خیر. در اتریش قانون تعیین می‌کند نزد کدام صندوق بیمه هستید – برای بیشتر شاغلان ÖGK است.",
                 "Ні. В Австрії закон визначає, у якій касі ви застраховані – для більшості працівників це ÖGK.",
             )},
            {"question": _t("Was passiert, wenn ich meine e-card vergessen habe?", "What happens if I forget my e-card?", "ماذا يحدث إذا نسيت بطاقة e-card؟", "اگر e-card را فراموش کنم چه می‌شود؟", "Що буде, якщо я забув e-card?"),
             "answer": _t(
                 "Sie werden trotzdem behandelt. Bringen Sie die e-card möglichst bald in die Praxis, sonst kann Ihnen die Behandlung in Rechnung gestellt werden.",
                 "You will still be treated. Bring the e-card to the practice as soon as possible, otherwise you may be billed for the treatment.",
                 "ستتلقى العلاج رغم ذلك. أحضر بطاقة e-card إلى العيادة في أقرب وقت، وإلا قد تُطالب بدفع تكاليف العلاج.",
                 "باز هم درمان می‌شوید. e-card را هر چه زودتر به مطب ببرید، وگرنه ممکن است هزینه درمان از شما گرفته شود.",
                 "Вас усе одно лікуватимуть. Принесіть e-card до практики якомога швидше, інакше вам можуть виставити рахунок за лікування.",
             )},
        ]},
    }},
    "gesundheit/arztbesuch": {"blocks": {
        3: {"value": _t(
            "<ul><li>e-card und Lichtbildausweis</li><li>eine Liste Ihrer Medikamente und Vorerkrankungen</li><li>Impfpass und Befunde früherer Behandlungen, falls vorhanden</li><li>bei Kindern und in der Schwangerschaft: den Eltern-Kind-Pass</li></ul>",
            "<ul><li>e-card and photo ID</li><li>a list of your medicines and previous illnesses</li><li>vaccination record and earlier medical reports, if available</li><li>for children and during pregnancy: the parent-child booklet (Eltern-Kind-Pass)</li></ul>",
            "<ul><li>بطاقة e-card وهوية بصورة</li><li>قائمة بأدويتك وأمراضك السابقة</li><li>بطاقة التطعيم ونتائج الفحوص السابقة إن وُجدت</li><li>للأطفال وأثناء الحمل: دفتر الوالدين والطفل (Eltern-Kind-Pass)</li></ul>",
            "<ul><li>e-card و کارت شناسایی عکس‌دار</li><li>فهرست داروها و بیماری‌های قبلی</li><li>کارت واکسن و نتایج درمان‌های قبلی، در صورت وجود</li><li>برای کودکان و در بارداری: دفترچه والدین و کودک (Eltern-Kind-Pass)</li></ul>",
            "<ul><li>e-card і документ із фото</li><li>список ваших ліків і попередніх захворювань</li><li>щеплювальний паспорт і попередні медичні висновки, якщо є</li><li>для дітей і під час вагітності: паспорт батьків і дитини (Eltern-Kind-Pass)</li></ul>",
        )},
        5: {"value": [
            {"question": _t("Was ist der Unterschied zwischen 1450 und 144?", "What is the difference between 1450 and 144?", "ما الفرق بين 1450 و144؟", "تفاوت 1450 و 144 چیست؟", "Яка різниця між 1450 і 144?"),
             "answer": _t(
                 "Die Gesundheitsnummer 1450 wählen Sie, wenn Sie ärztlichen Rat brauchen, es aber kein lebensbedrohlicher Notfall ist – man sagt Ihnen, wohin Sie gehen sollen. Die Rettung 144 oder den Euro-Notruf 112 wählen Sie bei Lebensgefahr, zum Beispiel bei Atemnot, Bewusstlosigkeit oder starken Brustschmerzen.",
                 "Call the health hotline 1450 if you need medical advice but it is not a life-threatening emergency – they tell you where to go. Call the ambulance 144 or the European emergency number 112 if a life is in danger, for example breathing difficulties, unconsciousness or severe chest pain.",
                 "اتصل برقم الصحة 1450 إذا احتجت إلى نصيحة طبية ولم تكن الحالة طارئة مهددة للحياة – سيخبرونك إلى أين تذهب. اتصل بالإسعاف 144 أو رقم الطوارئ الأوروبي 112 عند الخطر على الحياة، مثل ضيق التنفس أو فقدان الوعي أو ألم شديد في الصدر.",
                 "اگر به مشاوره پزشکی نیاز دارید ولی وضعیت اضطراری تهدیدکننده زندگی نیست، با شماره سلامت 1450 تماس بگیرید – به شما می‌گویند کجا بروید. در خطر جانی، مثلاً تنگی نفس، بیهوشی یا درد شدید قفسه سینه، با آمبولانس 144 یا شماره اضطراری اروپا 112 تماس بگیرید.",
                 "Телефонуйте на номер здоров'я 1450, якщо вам потрібна медична порада, але це не загроза життю – вам підкажуть, куди звернутися. Викликайте швидку 144 або європейський номер 112, якщо є загроза життю, наприклад задишка, втрата свідомості чи сильний біль у грудях.",
             )},
        ]},
    }},
})
AT.update({
    "kinder-und-schule": {
        "intro": _t("Vom Kindergarten bis zum Schulabschluss: Bildung für Ihre Kinder.", "From kindergarten to school leaving: education for your children.", "من روضة الأطفال حتى التخرج من المدرسة: تعليم أطفالك.", "از کودکستان تا پایان مدرسه: آموزش فرزندان شما.", "Від дитячого садка до закінчення школи: освіта для ваших дітей."),
        "blocks": {
            2: {"value": _t(
                "<p>In Österreich besuchen kleine Kinder die Krabbelstube und ab etwa drei Jahren den Kindergarten. Das letzte Kindergartenjahr vor der Schule ist Pflicht. Ab sechs Jahren gilt die Schulpflicht für alle Kinder, neun Jahre lang. Öffentliche Schulen sind kostenlos.</p><p>Nach vier Jahren Volksschule wechseln die Kinder in die Mittelschule oder in eine allgemeinbildende höhere Schule (AHS, Gymnasium). Welche Schule passt, besprechen Sie mit den Lehrkräften Ihres Kindes.</p>",
                "<p>In Austria young children attend a crèche (Krabbelstube) and from about three years a kindergarten. The last kindergarten year before school is compulsory. From the age of six, school is compulsory for all children for nine years. Public schools are free.</p><p>After four years of primary school (Volksschule), children move on to a middle school (Mittelschule) or an academic secondary school (AHS, Gymnasium). Discuss with your child's teachers which school is right.</p>",
                "<p>في النمسا يذهب الأطفال الصغار إلى الحضانة (Krabbelstube) ومن عمر ثلاث سنوات تقريباً إلى روضة الأطفال (Kindergarten). السنة الأخيرة في الروضة قبل المدرسة إلزامية. من عمر ست سنوات يصبح التعليم إلزامياً لجميع الأطفال لمدة تسع سنوات. المدارس الحكومية مجانية.</p><p>بعد أربع سنوات في المدرسة الابتدائية (Volksschule) ينتقل الأطفال إلى المدرسة المتوسطة (Mittelschule) أو إلى المدرسة الثانوية العامة (AHS، Gymnasium). ناقش مع معلمي طفلك المدرسة المناسبة.</p>",
                "<p>در اتریش کودکان خردسال به مهدکودک (Krabbelstube) و از حدود سه سالگی به کودکستان (Kindergarten) می‌روند. آخرین سال کودکستان پیش از مدرسه اجباری است. از شش سالگی تحصیل برای همه کودکان به مدت نه سال اجباری است. مدارس دولتی رایگان است.</p><p>پس از چهار سال دبستان (Volksschule) کودکان به مدرسه متوسطه (Mittelschule) یا دبیرستان عمومی (AHS، Gymnasium) می‌روند. درباره مدرسه مناسب با معلمان فرزندتان صحبت کنید.</p>",
                "<p>В Австрії малі діти відвідують ясла (Krabbelstube), а приблизно з трьох років – дитячий садок (Kindergarten). Останній рік садка перед школою обов'язковий. З шести років для всіх дітей діє обов'язкове навчання протягом дев'яти років. Державні школи безкоштовні.</p><p>Після чотирьох років початкової школи (Volksschule) діти переходять до середньої школи (Mittelschule) або до загальноосвітньої гімназії (AHS, Gymnasium). Яка школа підходить, обговоріть із вчителями дитини.</p>",
            )},
            3: {"value": _t(
                "Familien mit geringem Einkommen können Unterstützung für Schulveranstaltungen und Schulbedarf bekommen. Fragen Sie in der Schule oder am Gemeindeamt nach.",
                "Families on a low income can get support for school trips and school supplies. Ask at the school or the municipal office.",
                "يمكن للعائلات ذات الدخل المحدود الحصول على دعم للرحلات المدرسية واللوازم المدرسية. اسأل في المدرسة أو في البلدية.",
                "خانواده‌های کم‌درآمد می‌توانند برای اردوهای مدرسه و لوازم مدرسه کمک بگیرند. در مدرسه یا شهرداری بپرسید.",
                "Сім'ї з низьким доходом можуть отримати підтримку на шкільні заходи та шкільне приладдя. Запитайте в школі або в управлінні громади.",
            )},
            5: {"value": [
                {"title": _t("oesterreich.gv.at – Familie und Schule", "oesterreich.gv.at – family and school", "oesterreich.gv.at – العائلة والمدرسة", "oesterreich.gv.at – خانواده و مدرسه", "oesterreich.gv.at – сім'я і школа"), "url": "https://www.oesterreich.gv.at"},
            ]},
        },
    },
    "kinder-und-schule/kita": {
        "title": _t("Kindergarten und Kinderbetreuung", "Kindergarten and childcare", "روضة الأطفال ورعاية الأطفال", "کودکستان و نگهداری کودک", "Дитячий садок і догляд за дітьми"),
        "intro": _t(
            "Krabbelstube und Kindergarten – und ein Pflichtjahr vor dem Schulbeginn.",
            "Crèche and kindergarten – and one compulsory year before starting school.",
            "الحضانة وروضة الأطفال – وسنة إلزامية قبل بدء المدرسة.",
            "مهدکودک و کودکستان – و یک سال اجباری پیش از شروع مدرسه.",
            "Ясла й дитячий садок – і один обов'язковий рік перед школою.",
        ),
        "blocks": {
            0: {"value": _t("Einen Kindergartenplatz finden", "Finding a kindergarten place", "إيجاد مكان في روضة الأطفال", "پیدا کردن جا در کودکستان", "Як знайти місце в дитячому садку")},
            1: {"value": _t(
                "<p>Kinder unter drei Jahren können eine Krabbelstube oder eine Tagesmutter besuchen, ältere Kinder den Kindergarten. Melden Sie Ihr Kind möglichst früh am Gemeindeamt oder direkt im Kindergarten an, denn die Plätze sind begrenzt.</p><p>Ab dem fünften Geburtstag (Stichtag 1. September) ist der Kindergartenbesuch verpflichtend. Dieses Pflichtjahr ist am Vormittag kostenlos. Für andere Zeiten hängen die Kosten vom Bundesland und vom Einkommen ab.</p>",
                "<p>Children under three can attend a crèche (Krabbelstube) or a childminder, older children a kindergarten. Register your child as early as possible at the municipal office or directly at the kindergarten, as places are limited.</p><p>From the age of five (reference date 1 September), attending kindergarten is compulsory. This compulsory year is free in the mornings. For other times the costs depend on the federal state and your income.</p>",
                "<p>يمكن للأطفال دون الثالثة الذهاب إلى الحضانة (Krabbelstube) أو إلى مربية أطفال، وللأكبر سناً إلى روضة الأطفال. سجّل طفلك مبكراً قدر الإمكان في البلدية أو في الروضة مباشرة، لأن الأماكن محدودة.</p><p>من عمر خمس سنوات (التاريخ المرجعي 1 أيلول/سبتمبر) يصبح الذهاب إلى الروضة إلزامياً. هذه السنة الإلزامية مجانية في الفترة الصباحية. وفي الأوقات الأخرى تعتمد التكاليف على الولاية والدخل.</p>",
                "<p>کودکان زیر سه سال می‌توانند به مهدکودک (Krabbelstube) یا نزد پرستار کودک بروند و کودکان بزرگ‌تر به کودکستان. فرزندتان را هر چه زودتر در شهرداری یا مستقیماً در کودکستان ثبت‌نام کنید، چون جاها محدود است.</p><p>از پنج سالگی (تاریخ مبنا ۱ سپتامبر) رفتن به کودکستان اجباری است. این سال اجباری در نوبت صبح رایگان است. برای ساعات دیگر هزینه به ایالت و درآمد بستگی دارد.</p>",
                "<p>Діти до трьох років можуть відвідувати ясла (Krabbelstube) або няню, старші діти – дитячий садок. Запишіть дитину якомога раніше в управлінні громади або безпосередньо в садку, бо місць обмаль.</p><p>З п'яти років (станом на 1 вересня) відвідування садка обов'язкове. Цей обов'язковий рік безкоштовний у першій половині дня. В інший час вартість залежить від федеральної землі та доходу.</p>",
            )},
            2: {"value": _t(
                "<ul><li>Im Kindergarten lernen Kinder spielerisch Deutsch und finden Freunde.</li><li>Bringen Sie zur Anmeldung die Geburtsurkunde, die Meldebestätigung und den Impfpass mit.</li><li>Die ersten Wochen sind eine Eingewöhnung, bei der ein Elternteil dabei ist.</li></ul>",
                "<ul><li>In kindergarten children learn German through play and make friends.</li><li>Bring the birth certificate, confirmation of registration (Meldezettel) and vaccination record when you register.</li><li>The first weeks are a settling-in period with a parent present.</li></ul>",
                "<ul><li>في الروضة يتعلم الأطفال الألمانية من خلال اللعب ويكوّنون صداقات.</li><li>أحضر عند التسجيل شهادة الميلاد وتأكيد التسجيل (Meldezettel) وبطاقة التطعيم.</li><li>الأسابيع الأولى فترة تأقلم يحضر فيها أحد الوالدين.</li></ul>",
                "<ul><li>در کودکستان کودکان با بازی آلمانی یاد می‌گیرند و دوست پیدا می‌کنند.</li><li>برای ثبت‌نام شناسنامه، تأییدیه ثبت سکونت (Meldezettel) و کارت واکسن را بیاورید.</li><li>هفته‌های اول دوره سازگاری است و یکی از والدین حضور دارد.</li></ul>",
                "<ul><li>У садку діти граючись вивчають німецьку та знаходять друзів.</li><li>Для запису візьміть свідоцтво про народження, підтвердження реєстрації (Meldezettel) і щеплювальний паспорт.</li><li>Перші тижні – період адаптації, коли поруч один із батьків.</li></ul>",
            )},
            3: {"value": _t(
                "Impfungen sind in Österreich für Kinder kostenlos. Ihre Kinderärztin oder Ihr Kinderarzt berät Sie, welche Impfungen Ihr Kind braucht.",
                "Vaccinations are free for children in Austria. Your paediatrician will advise you which vaccinations your child needs.",
                "التطعيمات مجانية للأطفال في النمسا. ينصحك طبيب الأطفال بالتطعيمات التي يحتاجها طفلك.",
                "واکسیناسیون کودکان در اتریش رایگان است. پزشک کودک به شما می‌گوید فرزندتان به کدام واکسن‌ها نیاز دارد.",
                "Щеплення для дітей в Австрії безкоштовні. Педіатр порадить, які щеплення потрібні вашій дитині.",
            )},
            4: {"name": _t("Kindergarten-Anmeldung – {municipality}", "Kindergarten registration – {municipality}", "التسجيل في روضة الأطفال – {municipality}", "ثبت‌نام کودکستان – {municipality}", "Запис до дитячого садка – {municipality}"),
                "phone": _PHONE + "240", "address": _ADDRESS + ", Zimmer 21"},
            5: {"value": [
                {"question": _t("Muss mein Kind in den Kindergarten gehen?", "Does my child have to go to kindergarten?", "هل يجب أن يذهب طفلي إلى الروضة؟", "آیا فرزندم باید به کودکستان برود؟", "Чи мусить моя дитина ходити до садка?"),
                 "answer": _t(
                     "Im letzten Jahr vor dem Schulbeginn ja – dann ist der Besuch Pflicht. Davor ist er freiwillig, hilft Kindern aber sehr, gut Deutsch zu lernen.",
                     "In the last year before school, yes – then attendance is compulsory. Before that it is voluntary, but it helps children a lot to learn German well.",
                     "في السنة الأخيرة قبل المدرسة نعم – فالحضور إلزامي. قبل ذلك يكون اختيارياً، لكنه يساعد الأطفال كثيراً على تعلّم الألمانية جيداً.",
                     "در آخرین سال پیش از مدرسه بله – حضور اجباری است. پیش از آن اختیاری است، اما به کودکان برای یادگیری خوب آلمانی بسیار کمک می‌کند.",
                     "В останній рік перед школою – так, відвідування обов'язкове. До того воно добровільне, але дуже допомагає дітям добре вивчити німецьку.",
                 )},
            ]},
        },
    },
    "kinder-und-schule/schule": {"blocks": {
        1: {"value": _t(
            "<p>Kinder, die neu nach Österreich kommen, werden meist an einer Schule in der Nähe der Wohnung angemeldet. Kinder mit wenig Deutschkenntnissen lernen zuerst in einer Deutschförderklasse oder einem Deutschförderkurs und wechseln dann ganz in die reguläre Klasse.</p><p>Für die Anmeldung brauchen Sie die Meldebestätigung, den Ausweis des Kindes und, wenn vorhanden, Zeugnisse aus dem Herkunftsland.</p>",
            "<p>Children who are new to Austria are usually registered at a school near their home. Children with little German first learn in a German support class (Deutschförderklasse) or course and then move fully into a regular class.</p><p>To register you need the confirmation of registration (Meldezettel), the child's ID and, if available, school reports from the country of origin.</p>",
            "<p>يُسجَّل الأطفال القادمون حديثاً إلى النمسا عادةً في مدرسة قريبة من السكن. الأطفال ذوو المعرفة القليلة بالألمانية يتعلمون أولاً في صف دعم اللغة الألمانية (Deutschförderklasse) ثم ينتقلون بالكامل إلى صف عادي.</p><p>للتسجيل تحتاج إلى تأكيد التسجيل (Meldezettel) وهوية الطفل والشهادات المدرسية من بلد المنشأ إن وُجدت.</p>",
            "<p>کودکانی که تازه به اتریش آمده‌اند معمولاً در مدرسه‌ای نزدیک خانه ثبت‌نام می‌شوند. کودکانی که آلمانی کمی بلدند ابتدا در کلاس تقویت آلمانی (Deutschförderklasse) درس می‌خوانند و سپس کاملاً به کلاس عادی می‌روند.</p><p>برای ثبت‌نام تأییدیه ثبت سکونت (Meldezettel)، کارت شناسایی کودک و در صورت وجود کارنامه‌های کشور مبدأ لازم است.</p>",
            "<p>Дітей, які щойно приїхали до Австрії, зазвичай записують до школи поблизу дому. Діти з недостатнім знанням німецької спочатку навчаються в класі мовної підтримки (Deutschförderklasse), а потім повністю переходять до звичайного класу.</p><p>Для запису потрібні підтвердження реєстрації (Meldezettel), документ дитини та, якщо є, шкільні табелі з країни походження.</p>",
        )},
        4: {"value": _t(
            "Fehlt Ihr Kind ohne Entschuldigung, kann eine Geldstrafe verhängt werden. Sprechen Sie bei Problemen früh mit der Klassenvorständin oder dem Klassenvorstand.",
            "If your child is absent without an excuse, a fine can be imposed. Talk to the class teacher (Klassenvorstand) early if there are problems.",
            "إذا تغيّب طفلك بدون عذر قد تُفرض غرامة مالية. تحدّث مبكراً مع مربي الصف (Klassenvorstand) عند وجود مشاكل.",
            "اگر فرزندتان بدون عذر غیبت کند، ممکن است جریمه شوید. در صورت مشکل زود با معلم مسئول کلاس (Klassenvorstand) صحبت کنید.",
            "Якщо дитина пропускає школу без поважної причини, можуть накласти штраф. У разі проблем вчасно поговоріть із класним керівником (Klassenvorstand).",
        )},
    }},
})
AT["behoerden/auslaenderbehoerde"]["blocks"][4]["email"] = "aufenthalt@example.org"
AT.update({
    "wohnen": {"blocks": {
        1: {"value": _t("Wohnen in Österreich", "Housing in Austria", "السكن في النمسا", "مسکن در اتریش", "Житло в Австрії")},
        2: {"value": _t(
            "<p>Viele Menschen in Österreich wohnen zur Miete. Günstige Wohnungen sind knapp, deshalb braucht die Suche oft Geduld. Wer Sozialhilfe erhält, sollte vor der Unterschrift klären, ob die Wohnkosten übernommen werden.</p><p>Die Miete besteht aus dem <b>Hauptmietzins</b> und den <b>Betriebskosten</b> für Wasser, Müllabfuhr und Hausreinigung, dazu kommt die Umsatzsteuer. Heizung, Strom und Internet bezahlen Sie oft zusätzlich.</p>",
            "<p>Many people in Austria rent their home. Affordable flats are scarce, so the search often takes patience. If you receive social assistance, check before signing whether the housing costs will be covered.</p><p>The rent consists of the <b>basic rent</b> (Hauptmietzins) and the <b>operating costs</b> (Betriebskosten) for water, waste collection and cleaning, plus VAT. Heating, electricity and internet are often paid separately.</p>",
            "<p>يسكن كثير من الناس في النمسا بالإيجار. الشقق الرخيصة قليلة، لذلك يحتاج البحث غالباً إلى صبر. من يتلقى المساعدة الاجتماعية عليه أن يتأكد قبل التوقيع من تغطية تكاليف السكن.</p><p>يتكون الإيجار من <b>الإيجار الأساسي</b> (Hauptmietzins) و<b>تكاليف التشغيل</b> (Betriebskosten) للماء وجمع النفايات وتنظيف المبنى، إضافة إلى ضريبة القيمة المضافة. التدفئة والكهرباء والإنترنت تُدفع غالباً بشكل منفصل.</p>",
            "<p>بسیاری از مردم در اتریش اجاره‌نشین هستند. آپارتمان ارزان کم است، پس جستجو اغلب صبر می‌خواهد. اگر کمک اجتماعی می‌گیرید، پیش از امضا بپرسید آیا هزینه مسکن پرداخت می‌شود.</p><p>اجاره شامل <b>اجاره پایه</b> (Hauptmietzins) و <b>هزینه‌های جاری</b> (Betriebskosten) برای آب، جمع‌آوری زباله و نظافت ساختمان به‌علاوه مالیات بر ارزش افزوده است. گرمایش، برق و اینترنت اغلب جداگانه پرداخت می‌شود.</p>",
            "<p>Багато людей в Австрії орендують житло. Доступних квартир мало, тож пошук часто потребує терпіння. Якщо ви отримуєте соціальну допомогу, до підписання з'ясуйте, чи будуть покриті витрати на житло.</p><p>Оренда складається з <b>основної орендної плати</b> (Hauptmietzins) і <b>експлуатаційних витрат</b> (Betriebskosten) на воду, вивіз сміття та прибирання, плюс ПДВ. Опалення, електрику та інтернет часто оплачують окремо.</p>",
        )},
        3: {"value": _t(
            "Gemeindewohnungen und geförderte Wohnungen von Genossenschaften sind oft günstiger. Fragen Sie am Gemeindeamt, wie Sie sich dafür vormerken lassen, und beim Land nach Wohnbeihilfe.",
            "Municipal flats and subsidised flats from housing associations (Genossenschaften) are often cheaper. Ask at the municipal office how to get on the waiting list, and ask the federal state about housing allowance (Wohnbeihilfe).",
            "شقق البلدية والشقق المدعومة من الجمعيات السكنية (Genossenschaften) غالباً أرخص. اسأل في البلدية عن كيفية التسجيل في قائمة الانتظار، واسأل الولاية عن إعانة السكن (Wohnbeihilfe).",
            "آپارتمان‌های شهرداری و آپارتمان‌های یارانه‌ای تعاونی‌ها (Genossenschaften) اغلب ارزان‌ترند. در شهرداری بپرسید چگونه در فهرست انتظار ثبت شوید و از ایالت درباره کمک‌هزینه مسکن (Wohnbeihilfe) بپرسید.",
            "Муніципальні квартири та квартири житлових кооперативів (Genossenschaften) із держпідтримкою часто дешевші. Запитайте в управлінні громади, як стати в чергу, а у федеральної землі – про житлову допомогу (Wohnbeihilfe).",
        )},
        4: {"value": [
            {"question": _t("Was ist eine Kaution?", "What is a deposit?", "ما هو التأمين (Kaution)؟", "ودیعه (Kaution) چیست؟", "Що таке застава (Kaution)?"),
             "answer": _t(
                 "Die Kaution ist eine Sicherheit für die Vermieterin oder den Vermieter, meist drei Monatsmieten. Sie bekommen sie beim Auszug zurück, wenn die Wohnung in Ordnung ist.",
                 "The deposit is security for the landlord, usually three months' rent. You get it back when you move out if the flat is in good order.",
                 "التأمين ضمان للمؤجّر، وغالباً ما يساوي إيجار ثلاثة أشهر. تستعيده عند مغادرة الشقة إذا كانت بحالة جيدة.",
                 "ودیعه تضمینی برای صاحبخانه است، معمولاً معادل سه ماه اجاره. اگر آپارتمان سالم باشد، هنگام تخلیه آن را پس می‌گیرید.",
                 "Застава – це гарантія для орендодавця, зазвичай у розмірі трьох місячних орендних плат. Ви отримаєте її назад при виїзді, якщо квартира в порядку.",
             )},
            {"question": _t("Darf Besuch bei mir übernachten?", "May visitors stay overnight?", "هل يمكن للزوار المبيت عندي؟", "آیا مهمان می‌تواند شب پیش من بماند؟", "Чи можуть гості ночувати в мене?"),
             "answer": _t(
                 "Ja, Besuch ist erlaubt. Wenn jemand dauerhaft bei Ihnen einzieht, müssen Sie vorher die Vermieterin oder den Vermieter fragen, und die Person muss sich innerhalb von drei Tagen anmelden.",
                 "Yes, visitors are allowed. If someone moves in with you permanently, you must ask the landlord first, and the person must register within three days.",
                 "نعم، الزيارة مسموحة. إذا انتقل شخص للسكن عندك بشكل دائم، يجب أن تسأل المؤجّر أولاً، ويجب على هذا الشخص التسجيل خلال ثلاثة أيام.",
                 "بله، مهمان مجاز است. اگر کسی به‌طور دائم نزد شما ساکن شود، باید ابتدا از صاحبخانه بپرسید و آن شخص باید ظرف سه روز ثبت سکونت کند.",
                 "Так, гості дозволені. Якщо хтось переїжджає до вас назавжди, спершу запитайте орендодавця, а ця людина має зареєструватися протягом трьох днів.",
             )},
        ]},
    }},
    "wohnen/wohnungssuche": {"blocks": {
        3: {"value": _t(
            "<p>Vermieterinnen und Vermieter möchten oft eine Kopie des Ausweises, Einkommensnachweise und manchmal eine Bestätigung der bisherigen Vermieterin sehen. Halten Sie diese Unterlagen als Kopien bereit. Schreiben Sie in Ihrer Anfrage kurz und freundlich, wer Sie sind, wie viele Personen einziehen und ab wann Sie die Wohnung brauchen. Wenn die Sozialhilfe einen Teil der Wohnkosten übernimmt, legen Sie die Bestätigung bei.</p>",
            "<p>Landlords often want to see a copy of your ID, proof of income and sometimes a confirmation from your previous landlord. Keep copies of these documents ready. In your enquiry, briefly and politely say who you are, how many people will move in and from when you need the flat. If social assistance covers part of the housing costs, enclose the confirmation.</p>",
            "<p>كثيراً ما يطلب المؤجّرون نسخة من الهوية وإثبات الدخل وأحياناً تأكيداً من المؤجّر السابق. جهّز نسخاً من هذه الوثائق. اكتب في طلبك باختصار وبلطف من أنت وكم شخصاً سيسكن ومتى تحتاج الشقة. إذا كانت المساعدة الاجتماعية تغطي جزءاً من تكاليف السكن، فأرفق التأكيد.</p>",
            "<p>صاحبخانه‌ها اغلب کپی کارت شناسایی، مدرک درآمد و گاهی تأییدیه صاحبخانه قبلی را می‌خواهند. کپی این مدارک را آماده داشته باشید. در درخواستتان کوتاه و مؤدبانه بنویسید چه کسی هستید، چند نفر ساکن می‌شوند و از چه زمانی آپارتمان را لازم دارید. اگر کمک اجتماعی بخشی از هزینه مسکن را می‌پردازد، تأییدیه آن را ضمیمه کنید.</p>",
            "<p>Орендодавці часто хочуть побачити копію посвідчення особи, підтвердження доходу й інколи довідку від попереднього орендодавця. Тримайте копії цих документів напоготові. У запиті коротко й ввічливо напишіть, хто ви, скільки людей заселиться і з якого часу вам потрібна квартира. Якщо соціальна допомога покриває частину витрат на житло, додайте підтвердження.</p>",
        )},
        5: {"phone": _PHONE + "420", "address": _ADDRESS + ", Zimmer 12"},
        6: {"value": [
            {"title": _t("oesterreich.gv.at – Wohnen und Miete", "oesterreich.gv.at – housing and renting", "oesterreich.gv.at – السكن والإيجار", "oesterreich.gv.at – مسکن و اجاره", "oesterreich.gv.at – житло та оренда"), "url": "https://www.oesterreich.gv.at"},
        ]},
    }},
    "beratung": {"blocks": {
        2: {"value": _t(
            "<ul><li><b>Integrationszentrum des ÖIF:</b> Beratung zu Deutschkursen, Werte- und Orientierungskursen, Arbeit und Anerkennung</li><li><b>Sozial- und Migrationsberatung</b> von Hilfsorganisationen wie Caritas, Diakonie oder Volkshilfe</li><li><b>Rechtsberatung im Asylverfahren</b></li><li><b>Schuldnerberatung:</b> wenn Sie Rechnungen nicht mehr bezahlen können</li><li><b>Familienberatung:</b> bei Fragen rund um Schwangerschaft, Erziehung und Familie</li><li><b>Psychosoziale Beratung:</b> bei Sorgen, Angst oder belastenden Erlebnissen</li></ul>",
            "<ul><li><b>ÖIF integration centre:</b> advice on German courses, values and orientation courses, work and recognition</li><li><b>Social and migration counselling</b> by aid organisations such as Caritas, Diakonie or Volkshilfe</li><li><b>Legal advice in the asylum procedure</b></li><li><b>Debt counselling:</b> if you can no longer pay your bills</li><li><b>Family counselling:</b> questions about pregnancy, parenting and family</li><li><b>Psychosocial counselling:</b> for worries, anxiety or distressing experiences</li></ul>",
            "<ul><li><b>مركز الاندماج التابع لـ ÖIF:</b> استشارة حول دورات اللغة ودورات القيم والتوجيه والعمل ومعادلة الشهادات</li><li><b>الاستشارة الاجتماعية واستشارة الهجرة</b> لدى منظمات الإغاثة مثل Caritas وDiakonie وVolkshilfe</li><li><b>الاستشارة القانونية في إجراءات اللجوء</b></li><li><b>استشارة الديون:</b> إذا لم تعد قادراً على دفع الفواتير</li><li><b>الاستشارة الأسرية:</b> أسئلة حول الحمل والتربية والعائلة</li><li><b>الاستشارة النفسية الاجتماعية:</b> عند القلق أو الخوف أو التجارب المرهقة</li></ul>",
            "<ul><li><b>مرکز ادغام ÖIF:</b> مشاوره درباره کلاس‌های آلمانی، دوره‌های ارزش‌ها و آشنایی، کار و ارزشیابی مدارک</li><li><b>مشاوره اجتماعی و مهاجرت</b> از سوی سازمان‌های امدادی مانند Caritas، Diakonie یا Volkshilfe</li><li><b>مشاوره حقوقی در روند پناهندگی</b></li><li><b>مشاوره بدهی:</b> وقتی دیگر نمی‌توانید صورت‌حساب‌ها را بپردازید</li><li><b>مشاوره خانواده:</b> پرسش‌های مربوط به بارداری، تربیت و خانواده</li><li><b>مشاوره روانی-اجتماعی:</b> در نگرانی، ترس یا تجربه‌های سخت</li></ul>",
            "<ul><li><b>Інтеграційний центр ÖIF:</b> консультації щодо курсів німецької, курсів цінностей і орієнтації, роботи та визнання дипломів</li><li><b>Соціальні та міграційні консультації</b> благодійних організацій, як-от Caritas, Diakonie чи Volkshilfe</li><li><b>Юридична консультація в процедурі притулку</b></li><li><b>Консультація з боргів:</b> якщо ви більше не можете оплачувати рахунки</li><li><b>Сімейна консультація:</b> питання вагітності, виховання та сім'ї</li><li><b>Психосоціальна консультація:</b> при тривогах, страху чи важких переживаннях</li></ul>",
        )},
        4: {"value": [
            {"question": _t("Ich fühle mich seit Wochen sehr traurig und kann nicht schlafen. Wo bekomme ich Hilfe?", "I have felt very sad for weeks and cannot sleep. Where can I get help?", "أشعر بحزن شديد منذ أسابيع ولا أستطيع النوم. أين أجد المساعدة؟", "چند هفته است خیلی غمگینم و نمی‌توانم بخوابم. از کجا کمک بگیرم؟", "Я вже кілька тижнів дуже сумую і не можу спати. Де отримати допомогу?"),
             "answer": _t(
                 "Sprechen Sie mit Ihrer Hausärztin oder Ihrem Hausarzt oder mit einer psychosozialen Beratungsstelle. In akuten Krisen erreichen Sie die Telefonseelsorge rund um die Uhr unter 142.",
                 "Talk to your GP or a psychosocial counselling service. In an acute crisis you can reach the Telefonseelsorge helpline around the clock on 142.",
                 "تحدّث مع طبيب العائلة أو مع مركز للاستشارة النفسية الاجتماعية. في الأزمات الحادة يمكنك الاتصال بخط الدعم النفسي (Telefonseelsorge) على مدار الساعة على الرقم 142.",
                 "با پزشک خانواده یا یک مرکز مشاوره روانی-اجتماعی صحبت کنید. در بحران حاد می‌توانید شبانه‌روز با خط کمک روانی (Telefonseelsorge) به شماره 142 تماس بگیرید.",
                 "Поговоріть із сімейним лікарем або в психосоціальній консультації. У гострій кризі телефонна служба довіри (Telefonseelsorge) цілодобово доступна за номером 142.",
             )},
        ]},
        5: {"value": [
            {"title": _t("ÖIF – Integrationszentren und Beratung", "ÖIF – integration centres and advice", "ÖIF – مراكز الاندماج والاستشارة", "ÖIF – مراکز ادغام و مشاوره", "ÖIF – інтеграційні центри та консультації"), "url": "https://www.integrationsfonds.at"},
            {"title": _t("Telefonseelsorge – Notruf 142", "Telefonseelsorge – helpline 142", "Telefonseelsorge – الرقم 142", "Telefonseelsorge – شماره 142", "Telefonseelsorge – номер 142"), "url": "https://www.telefonseelsorge.at"},
        ]},
    }},
    "beratung/migrationsberatung": {"blocks": {5: {"phone": _PHONE + "720"}}},
    "freizeit/vereine-und-sport": {"blocks": {
        3: {"value": _t(
            "Für Kinder und Jugendliche aus Familien mit geringem Einkommen gibt es oft ermäßigte Mitgliedsbeiträge. Fragen Sie im Verein oder am Gemeindeamt nach.",
            "Children and young people from low-income families often get reduced membership fees. Ask at the club or the municipal office.",
            "غالباً ما توجد رسوم عضوية مخفّضة للأطفال والشباب من العائلات ذات الدخل المحدود. اسأل في النادي أو في البلدية.",
            "برای کودکان و نوجوانان خانواده‌های کم‌درآمد اغلب حق عضویت کاهش‌یافته وجود دارد. در باشگاه یا شهرداری بپرسید.",
            "Для дітей і молоді із сімей з низьким доходом часто є знижені членські внески. Запитайте в клубі або в управлінні громади.",
        )},
        5: {"value": [
            {"title": _t("Vereinsverzeichnis – {municipality}", "Directory of clubs – {municipality}", "دليل الجمعيات والأندية – {municipality}", "فهرست انجمن‌ها – {municipality}", "Каталог клубів – {municipality}"), "url": "https://vereine.example.org"},
        ]},
    }},
    "notfall": {"blocks": {2: {"value": _t(
        "<p>Bleiben Sie ruhig und wählen Sie die passende Notrufnummer: 133 Polizei, 144 Rettung, 122 Feuerwehr oder den Euro-Notruf 112. Die Notrufe sind kostenlos und funktionieren von jedem Handy, auch ohne Guthaben. Beantworten Sie am Telefon diese Fragen:</p><ol><li>Wo ist der Notfall? Nennen Sie Ort, Straße und Hausnummer.</li><li>Was ist passiert?</li><li>Wie viele Personen sind verletzt oder krank?</li><li>Warten Sie auf Rückfragen – legen Sie nicht als Erste oder Erster auf.</li></ol>",
        "<p>Stay calm and call the right emergency number: 133 police, 144 ambulance, 122 fire brigade or the European emergency number 112. Emergency calls are free and work from any mobile phone, even without credit. Answer these questions on the phone:</p><ol><li>Where is the emergency? Give the town, street and house number.</li><li>What happened?</li><li>How many people are injured or ill?</li><li>Wait for questions – do not hang up first.</li></ol>",
        "<p>حافظ على هدوئك واتصل برقم الطوارئ المناسب: 133 الشرطة، 144 الإسعاف، 122 الإطفاء أو رقم الطوارئ الأوروبي 112. مكالمات الطوارئ مجانية وتعمل من أي هاتف محمول حتى بدون رصيد. أجب على الهاتف عن هذه الأسئلة:</p><ol><li>أين حالة الطوارئ؟ اذكر المدينة والشارع ورقم المنزل.</li><li>ماذا حدث؟</li><li>كم شخصاً مصاباً أو مريضاً؟</li><li>انتظر الأسئلة – لا تُنهِ المكالمة أولاً.</li></ol>",
        "<p>آرام بمانید و شماره اضطراری مناسب را بگیرید: 133 پلیس، 144 آمبولانس، 122 آتش‌نشانی یا شماره اضطراری اروپا 112. تماس‌های اضطراری رایگان است و از هر تلفن همراه، حتی بدون شارژ، کار می‌کند. در تلفن به این پرسش‌ها پاسخ دهید:</p><ol><li>حادثه کجاست؟ شهر، خیابان و پلاک را بگویید.</li><li>چه اتفاقی افتاده است؟</li><li>چند نفر زخمی یا بیمار هستند؟</li><li>منتظر پرسش‌ها بمانید – اول شما تلفن را قطع نکنید.</li></ol>",
        "<p>Зберігайте спокій і телефонуйте за потрібним номером: 133 поліція, 144 швидка, 122 пожежна служба або європейський номер 112. Екстрені дзвінки безкоштовні й працюють з будь-якого мобільного, навіть без коштів на рахунку. Дайте відповіді на такі запитання:</p><ol><li>Де сталася надзвичайна ситуація? Назвіть населений пункт, вулицю та номер будинку.</li><li>Що сталося?</li><li>Скільки людей поранені чи хворі?</li><li>Чекайте на запитання – не кладіть слухавку першими.</li></ol>",
    )}}},
    "notfall/notrufnummern": {
        "intro": _t(
            "Polizei, Rettung, Feuerwehr, Gesundheitsnummer, Vergiftungsinformation und Hilfetelefone auf einen Blick.",
            "Police, ambulance, fire brigade, health hotline, poison information and helplines at a glance.",
            "الشرطة والإسعاف والإطفاء ورقم الصحة ومعلومات التسمم وخطوط المساعدة في لمحة.",
            "پلیس، آمبولانس، آتش‌نشانی، شماره سلامت، اطلاعات مسمومیت و خطوط کمک در یک نگاه.",
            "Поліція, швидка, пожежна служба, номер здоров'я, інформація про отруєння та гарячі лінії – коротко.",
        ),
        "blocks": {
            0: {"value": _t("Notrufnummern in Österreich", "Emergency numbers in Austria", "أرقام الطوارئ في النمسا", "شماره‌های اضطراری در اتریش", "Номери екстрених служб в Австрії")},
            1: {"value": _t(
                "<ul><li><b>133</b> – Polizei</li><li><b>144</b> – Rettung</li><li><b>122</b> – Feuerwehr</li><li><b>112</b> – Euro-Notruf</li><li><b>1450</b> – Gesundheitsnummer: ärztlicher Rat rund um die Uhr</li><li><b>01 406 43 43</b> – Vergiftungsinformationszentrale</li><li><b>0800 222 555</b> – Frauenhelpline gegen Gewalt</li><li><b>142</b> – Telefonseelsorge bei Krisen und Sorgen</li><li><b>147</b> – Rat auf Draht für Kinder und Jugendliche</li></ul>",
                "<ul><li><b>133</b> – police</li><li><b>144</b> – ambulance</li><li><b>122</b> – fire brigade</li><li><b>112</b> – European emergency number</li><li><b>1450</b> – health hotline: medical advice around the clock</li><li><b>01 406 43 43</b> – Poison Information Centre</li><li><b>0800 222 555</b> – women's helpline against violence</li><li><b>142</b> – Telefonseelsorge for crises and worries</li><li><b>147</b> – Rat auf Draht for children and young people</li></ul>",
                "<ul><li><b>133</b> – الشرطة</li><li><b>144</b> – الإسعاف</li><li><b>122</b> – الإطفاء</li><li><b>112</b> – رقم الطوارئ الأوروبي</li><li><b>1450</b> – رقم الصحة: استشارة طبية على مدار الساعة</li><li><b>01 406 43 43</b> – مركز معلومات التسمم</li><li><b>0800 222 555</b> – خط مساعدة النساء ضد العنف</li><li><b>142</b> – خط الدعم النفسي (Telefonseelsorge) في الأزمات</li><li><b>147</b> – Rat auf Draht للأطفال والشباب</li></ul>",
                "<ul><li><b>133</b> – پلیس</li><li><b>144</b> – آمبولانس</li><li><b>122</b> – آتش‌نشانی</li><li><b>112</b> – شماره اضطراری اروپا</li><li><b>1450</b> – شماره سلامت: مشاوره پزشکی شبانه‌روزی</li><li><b>01 406 43 43</b> – مرکز اطلاعات مسمومیت</li><li><b>0800 222 555</b> – خط کمک زنان در برابر خشونت</li><li><b>142</b> – خط کمک روانی (Telefonseelsorge) در بحران</li><li><b>147</b> – Rat auf Draht برای کودکان و نوجوانان</li></ul>",
                "<ul><li><b>133</b> – поліція</li><li><b>144</b> – швидка допомога</li><li><b>122</b> – пожежна служба</li><li><b>112</b> – європейський номер екстреної допомоги</li><li><b>1450</b> – номер здоров'я: цілодобова медична порада</li><li><b>01 406 43 43</b> – інформаційний центр з питань отруєнь</li><li><b>0800 222 555</b> – гаряча лінія для жінок проти насильства</li><li><b>142</b> – телефон довіри (Telefonseelsorge) у кризах</li><li><b>147</b> – Rat auf Draht для дітей і молоді</li></ul>",
            )},
            2: {"value": _t(
                "Die Frauenhelpline gegen Gewalt (0800 222 555) ist rund um die Uhr erreichbar, kostenlos und anonym. Auch Angehörige, Freundinnen und Fachkräfte können anrufen.",
                "The women's helpline against violence (0800 222 555) is available around the clock, free of charge and anonymous. Relatives, friends and professionals can call too.",
                "خط مساعدة النساء ضد العنف (0800 222 555) متاح على مدار الساعة ومجاني ومجهول الهوية. يمكن للأقارب والصديقات والمختصين الاتصال أيضاً.",
                "خط کمک زنان در برابر خشونت (0800 222 555) شبانه‌روزی، رایگان و ناشناس است. بستگان، دوستان و متخصصان هم می‌توانند تماس بگیرند.",
                "Гаряча лінія для жінок проти насильства (0800 222 555) працює цілодобово, безкоштовно й анонімно. Телефонувати можуть також родичі, подруги та фахівці.",
            )},
            3: {"phone": _PHONE + "777"},
            4: {"value": [
                {"question": _t("Was mache ich, wenn ich nicht weiß, welche Nummer die richtige ist?", "What do I do if I don't know which number is right?", "ماذا أفعل إذا لم أعرف الرقم الصحيح؟", "اگر ندانم کدام شماره درست است چه کنم؟", "Що робити, якщо я не знаю, який номер правильний?"),
                 "answer": _t(
                     "Wählen Sie die 112. Die Leitstelle hilft Ihnen weiter und verständigt bei Bedarf Polizei, Rettung oder Feuerwehr.",
                     "Call 112. The control centre will help you and alert the police, ambulance or fire brigade if needed.",
                     "اتصل بالرقم 112. سيساعدك مركز التحكم ويُبلغ الشرطة أو الإسعاف أو الإطفاء عند الحاجة.",
                     "با 112 تماس بگیرید. مرکز کنترل به شما کمک می‌کند و در صورت نیاز پلیس، آمبولانس یا آتش‌نشانی را خبر می‌کند.",
                     "Телефонуйте 112. Диспетчерська допоможе й за потреби викличе поліцію, швидку чи пожежників.",
                 )},
                {"question": _t("Was tue ich bei einer Vergiftung?", "What do I do in case of poisoning?", "ماذا أفعل في حالة التسمم؟", "در مسمومیت چه کنم؟", "Що робити при отруєнні?"),
                 "answer": _t(
                     "Rufen Sie die Vergiftungsinformationszentrale (01 406 43 43) an und halten Sie die Verpackung bereit. Geben Sie nichts zu trinken und lösen Sie kein Erbrechen aus. Bei Bewusstlosigkeit oder Atemnot wählen Sie sofort 144.",
                     "Call the Poison Information Centre (01 406 43 43) and have the packaging ready. Do not give anything to drink and do not induce vomiting. In case of unconsciousness or breathing difficulties, call 144 immediately.",
                     "اتصل بمركز معلومات التسمم (01 406 43 43) واحتفظ بالعبوة بجانبك. لا تعطِ شيئاً للشرب ولا تحاول التسبب بالتقيؤ. عند فقدان الوعي أو ضيق التنفس اتصل فوراً بالرقم 144.",
                     "با مرکز اطلاعات مسمومیت (01 406 43 43) تماس بگیرید و بسته‌بندی را آماده داشته باشید. چیزی برای نوشیدن ندهید و باعث استفراغ نشوید. در بیهوشی یا تنگی نفس فوراً با 144 تماس بگیرید.",
                     "Зателефонуйте до інформаційного центру з питань отруєнь (01 406 43 43) і тримайте упаковку напоготові. Не давайте пити й не викликайте блювання. При втраті свідомості або задишці негайно телефонуйте 144.",
                 )},
            ]},
            5: {"value": [
                {"title": _t("Frauenhelpline gegen Gewalt", "Women's helpline against violence", "خط مساعدة النساء ضد العنف", "خط کمک زنان در برابر خشونت", "Гаряча лінія для жінок проти насильства"), "url": "https://www.frauenhelpline.at"},
                {"title": _t("Telefonseelsorge – Hilfe in Krisen", "Telefonseelsorge – help in a crisis", "Telefonseelsorge – مساعدة في الأزمات", "Telefonseelsorge – کمک در بحران", "Telefonseelsorge – допомога в кризі"), "url": "https://www.telefonseelsorge.at"},
            ]},
        },
    },
})

COUNTRY_OVERRIDES = {"DE": {}, "AT": AT}
