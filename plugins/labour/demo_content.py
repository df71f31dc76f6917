"""Demo texts of the labour plugin in de, en, ar, fa, uk (plain data; fictional people and firms).

Shared phrases (steps, documents, topics) are translated once and combined per item, so every
language gets a complete, real text.
"""

LANGS = ("de", "en", "ar", "fa", "uk")

SECTION = {
    "title": {"de": "Arbeit und Anerkennung", "en": "Work and recognition", "ar": "العمل والاعتراف بالمؤهلات",
              "fa": "کار و به رسمیت شناختن مدارک", "uk": "Робота та визнання кваліфікацій"},
    "slug": "arbeit-und-anerkennung",
    "intro": {
        "de": "Wie Sie Ihren Berufsabschluss anerkennen lassen, wo Sie Beratung bekommen und welche Stellen es hier gibt.",
        "en": "How to get your qualification recognised, where to get advice and which jobs are on offer here.",
        "ar": "كيف تحصل على الاعتراف بمؤهلك المهني، وأين تجد الاستشارة، وما هي الوظائف المتاحة هنا.",
        "fa": "چگونه مدرک حرفه‌ای خود را به رسمیت بشناسانید، از کجا مشاوره بگیرید و چه شغل‌هایی اینجا وجود دارد.",
        "uk": "Як визнати вашу професійну кваліфікацію, де отримати консультацію і які вакансії є тут.",
    },
}

CHECKLIST = {
    "title": {"de": "Checkliste: Ankommen im Job", "en": "Checklist: starting work", "ar": "قائمة التحقق: بداية العمل",
              "fa": "چک‌لیست: شروع کار", "uk": "Чек-лист: початок роботи"},
    "intro": {
        "de": "Haken Sie ab, was Sie schon erledigt haben. Das wird nur in Ihrem Browser gespeichert.",
        "en": "Tick off what you have already done. This is stored only in your browser.",
        "ar": "ضع علامة على ما أنجزته بالفعل. يُحفظ ذلك في متصفحك فقط.",
        "fa": "کارهایی را که انجام داده‌اید علامت بزنید. این فقط در مرورگر شما ذخیره می‌شود.",
        "uk": "Позначте те, що ви вже зробили. Це зберігається лише у вашому браузері.",
    },
    "steps": [
        ({"de": "Wohnsitz anmelden", "en": "Register your address", "ar": "تسجيل محل السكن",
          "fa": "ثبت محل سکونت", "uk": "Зареєструвати місце проживання"},
         "https://www.make-it-in-germany.com/en/living-in-germany/housing-mobility/registration"),
        ({"de": "Steuer-ID erhalten", "en": "Get your tax ID", "ar": "الحصول على الرقم الضريبي",
          "fa": "دریافت شناسه مالیاتی", "uk": "Отримати податковий номер"},
         "https://www.bzst.de/EN/Private_individuals/Tax_identification_number/tax_identification_number_node.html"),
        ({"de": "Krankenversicherung wählen", "en": "Choose a health insurance", "ar": "اختيار تأمين صحي",
          "fa": "انتخاب بیمه درمانی", "uk": "Обрати медичне страхування"},
         "https://www.make-it-in-germany.com/en/living-in-germany/insurance/health-insurance"),
        ({"de": "Bankkonto eröffnen", "en": "Open a bank account", "ar": "فتح حساب مصرفي",
          "fa": "افتتاح حساب بانکی", "uk": "Відкрити банківський рахунок"}, ""),
        ({"de": "Abschluss anerkennen lassen", "en": "Have your qualification recognised",
          "ar": "الاعتراف بمؤهلك", "fa": "به رسمیت شناختن مدرک", "uk": "Визнати свою кваліфікацію"},
         "https://www.anerkennung-in-deutschland.de"),
    ],
    "link": {"de": "Mehr erfahren", "en": "Learn more", "ar": "اعرف المزيد", "fa": "بیشتر بدانید", "uk": "Дізнатися більше"},
}

DOCUMENTS = {
    "passport": {"de": "Reisepass oder Personalausweis", "en": "Passport or identity card", "ar": "جواز السفر أو بطاقة الهوية",
                 "fa": "گذرنامه یا کارت شناسایی", "uk": "Паспорт або посвідчення особи"},
    "diploma": {"de": "Zeugnisse und Abschlussurkunden", "en": "Certificates and diplomas", "ar": "الشهادات ووثائق التخرج",
                "fa": "گواهی‌ها و مدارک تحصیلی", "uk": "Свідоцтва та дипломи"},
    "translations": {"de": "Beglaubigte Übersetzungen ins Deutsche", "en": "Certified German translations",
                     "ar": "ترجمات معتمدة إلى الألمانية", "fa": "ترجمه‌های رسمی به آلمانی", "uk": "Засвідчені переклади німецькою"},
    "experience": {"de": "Nachweise über Berufserfahrung", "en": "Proof of work experience", "ar": "إثباتات الخبرة المهنية",
                   "fa": "مدارک سابقه کار", "uk": "Підтвердження досвіду роботи"},
    "cv": {"de": "Tabellarischer Lebenslauf auf Deutsch", "en": "CV in German", "ar": "سيرة ذاتية باللغة الألمانية",
           "fa": "رزومه به زبان آلمانی", "uk": "Резюме німецькою мовою"},
    "language": {"de": "Sprachzertifikat Deutsch", "en": "German language certificate", "ar": "شهادة اللغة الألمانية",
                 "fa": "گواهی زبان آلمانی", "uk": "Сертифікат з німецької мови"},
}

STEPS = [
    ({"de": "Beratung nutzen", "en": "Get advice", "ar": "احصل على استشارة", "fa": "مشاوره بگیرید", "uk": "Отримайте консультацію"},
     {"de": "Eine Anerkennungsberatung prüft kostenlos, welcher Weg für Sie passt.",
      "en": "A recognition counselling service checks free of charge which route suits you.",
      "ar": "تتحقق خدمة استشارات الاعتراف مجاناً من الطريق المناسب لك.",
      "fa": "مشاوره به رسمیت شناختن مدارک به‌طور رایگان بررسی می‌کند کدام مسیر برای شما مناسب است.",
      "uk": "Консультація з визнання безкоштовно перевірить, який шлях вам підходить."}),
    ({"de": "Unterlagen sammeln und übersetzen lassen", "en": "Collect your documents and have them translated",
      "ar": "اجمع وثائقك واطلب ترجمتها", "fa": "مدارک خود را جمع کنید و ترجمه کنید", "uk": "Зберіть документи та перекладіть їх"},
     {"de": "Lassen Sie Kopien beglaubigen und von vereidigten Übersetzern übersetzen.",
      "en": "Have copies certified and translated by sworn translators.",
      "ar": "صدّق النسخ واطلب ترجمتها من مترجمين محلّفين.",
      "fa": "کپی‌ها را تأیید کنید و توسط مترجمان رسمی ترجمه کنید.",
      "uk": "Засвідчіть копії та замовте переклад у присяжних перекладачів."}),
    ({"de": "Antrag stellen", "en": "Submit the application", "ar": "قدّم الطلب", "fa": "درخواست را ثبت کنید", "uk": "Подайте заяву"},
     {"de": "Schicken Sie den Antrag mit allen Unterlagen an die zuständige Stelle.",
      "en": "Send the application with all documents to the responsible authority.",
      "ar": "أرسل الطلب مع جميع الوثائق إلى الجهة المختصة.",
      "fa": "درخواست را با همه مدارک به اداره مسئول بفرستید.",
      "uk": "Надішліть заяву з усіма документами до відповідального органу."}),
    ({"de": "Bescheid erhalten", "en": "Receive the decision", "ar": "استلم القرار", "fa": "تصمیم را دریافت کنید", "uk": "Отримайте рішення"},
     {"de": "Bei Unterschieden können Sie eine Anpassungsmaßnahme oder Prüfung machen.",
      "en": "If there are differences, you can take an adaptation course or an exam.",
      "ar": "إذا وُجدت فروق، يمكنك إكمال دورة تأهيل أو اجتياز امتحان.",
      "fa": "اگر تفاوت‌هایی وجود داشته باشد، می‌توانید دوره تطبیقی یا آزمون بگذرانید.",
      "uk": "Якщо є відмінності, ви можете пройти адаптаційний курс або іспит."}),
]

MONTHS = {"de": "{a} bis {b} Monate", "en": "{a} to {b} months", "ar": "من {a} إلى {b} أشهر", "fa": "{a} تا {b} ماه",
          "uk": "від {a} до {b} місяців"}
COSTS = {"de": "etwa {a} bis {b} Euro, dazu Übersetzungen", "en": "about {a} to {b} euros, plus translations",
         "ar": "حوالي {a} إلى {b} يورو، بالإضافة إلى الترجمات", "fa": "حدود {a} تا {b} یورو، به‌علاوه هزینه ترجمه",
         "uk": "приблизно {a}–{b} євро, плюс переклади"}

GUIDES = [
    {
        "key": "nurse", "group": "health", "regulated": True, "cefr": "B2", "costs": (300, 600), "months": (3, 4),
        "documents": ["passport", "diploma", "translations", "experience", "language"],
        "authority": "Landesamt für Gesundheit, Anerkennungsstelle Pflegeberufe",
        "email": "anerkennung-pflege@example.org", "phone": "+49 611 3259-0",
        "links": [("Anerkennung in Deutschland: Pflegefachmann/-frau",
                   "https://www.anerkennung-in-deutschland.de/html/de/pro/pflegefachmann.php")],
        "title": {"de": "Pflegefachkraft", "en": "Nurse", "ar": "ممرض/ممرضة", "fa": "پرستار", "uk": "Медсестра / медбрат"},
        "summary": {
            "de": "Pflege ist ein reglementierter Beruf: Sie brauchen die Anerkennung, bevor Sie als Pflegefachkraft arbeiten.",
            "en": "Nursing is regulated: you need recognition before you may work as a nurse.",
            "ar": "التمريض مهنة منظمة: تحتاج إلى الاعتراف قبل أن تعمل ممرضاً.",
            "fa": "پرستاری حرفه‌ای قانون‌مند است: پیش از کار به‌عنوان پرستار به تأیید مدرک نیاز دارید.",
            "uk": "Медсестринство — регульована професія: потрібне визнання, перш ніж працювати медсестрою.",
        },
    },
    {
        "key": "electrician", "group": "crafts", "regulated": False, "cefr": "B1", "costs": (100, 600), "months": (2, 3),
        "documents": ["passport", "diploma", "translations", "experience", "cv"],
        "authority": "Handwerkskammer, Anerkennungsberatung",
        "email": "anerkennung@hwk.example.org", "phone": "+49 661 9401-0",
        "links": [("Anerkennung in Deutschland: Elektroniker/in",
                   "https://www.anerkennung-in-deutschland.de/html/de/pro/elektroniker.php")],
        "title": {"de": "Elektronikerin / Elektroniker", "en": "Electrician", "ar": "فني كهرباء", "fa": "برق‌کار",
                  "uk": "Електрик"},
        "summary": {
            "de": "Nicht reglementiert: Sie dürfen ohne Anerkennung arbeiten, aber ein Bescheid hilft bei der Bewerbung.",
            "en": "Not regulated: you may work without recognition, but a decision helps when applying.",
            "ar": "مهنة غير منظمة: يمكنك العمل دون اعتراف، لكن القرار يساعدك عند التقديم.",
            "fa": "قانون‌مند نیست: بدون تأیید هم می‌توانید کار کنید، اما تأیید در درخواست کار کمک می‌کند.",
            "uk": "Нерегульована професія: можна працювати без визнання, але рішення допомагає при пошуку роботи.",
        },
    },
    {
        "key": "engineer", "group": "engineering", "regulated": True, "cefr": "B2", "costs": (100, 300), "months": (1, 3),
        "documents": ["passport", "diploma", "translations", "cv"],
        "authority": "Ingenieurkammer des Landes, Anerkennungsstelle",
        "email": "info@ingkammer.example.org", "phone": "+49 611 97457-0",
        "links": [("anabin – Datenbank der KMK", "https://anabin.kmk.org")],
        "title": {"de": "Ingenieurin / Ingenieur", "en": "Engineer", "ar": "مهندس/مهندسة", "fa": "مهندس", "uk": "Інженер"},
        "summary": {
            "de": "Die Berufsbezeichnung „Ingenieur“ ist geschützt. Die Ingenieurkammer entscheidet über das Führen des Titels.",
            "en": "The title “engineer” is protected. The chamber of engineers decides whether you may use it.",
            "ar": "لقب „مهندس“ محمي. تقرر غرفة المهندسين ما إذا كان يحق لك استخدامه.",
            "fa": "عنوان «مهندس» محافظت‌شده است. سازمان مهندسی تصمیم می‌گیرد که آیا می‌توانید از آن استفاده کنید.",
            "uk": "Звання «інженер» захищене. Інженерна палата вирішує, чи можете ви його використовувати.",
        },
    },
    {
        "key": "teacher", "group": "education", "regulated": True, "cefr": "C1", "costs": (150, 400), "months": (3, 4),
        "documents": ["passport", "diploma", "translations", "experience", "language"],
        "authority": "Lehrkräfteakademie, Anerkennung ausländischer Lehramtsqualifikationen",
        "email": "anerkennung@lehrkraefte.example.org", "phone": "+49 611 8803-0",
        "links": [("Kultusministerkonferenz: Anerkennung", "https://www.kmk.org/themen/anerkennung-auslaendischer-abschluesse.html")],
        "title": {"de": "Lehrerin / Lehrer", "en": "Teacher", "ar": "معلم/معلمة", "fa": "معلم", "uk": "Вчитель"},
        "summary": {
            "de": "Für den Schuldienst brauchen Sie die Anerkennung und meist Deutsch auf Niveau C1.",
            "en": "To teach at a state school you need recognition and usually German at level C1.",
            "ar": "للتدريس في مدرسة حكومية تحتاج إلى الاعتراف وعادةً إلى اللغة الألمانية بمستوى C1.",
            "fa": "برای تدریس در مدرسه دولتی به تأیید مدرک و معمولاً زبان آلمانی در سطح C1 نیاز دارید.",
            "uk": "Щоб викладати в державній школі, потрібне визнання і зазвичай німецька на рівні C1.",
        },
    },
    {
        "key": "it-specialist", "group": "engineering", "regulated": False, "cefr": "B1", "costs": (100, 600), "months": (2, 3),
        "documents": ["passport", "diploma", "translations", "cv"],
        "authority": "IHK FOSA – Foreign Skills Approval",
        "email": "info@ihk-fosa.example.org", "phone": "+49 911 8150-0",
        "links": [("IHK FOSA", "https://www.ihk-fosa.de")],
        "title": {"de": "Fachinformatikerin / Fachinformatiker", "en": "IT specialist", "ar": "متخصص تقنية معلومات",
                  "fa": "متخصص فناوری اطلاعات", "uk": "IT-фахівець"},
        "summary": {
            "de": "Nicht reglementiert: Viele Firmen stellen auch ohne Anerkennung ein, ein Bescheid macht Ihren Abschluss vergleichbar.",
            "en": "Not regulated: many firms hire without recognition; a decision makes your qualification comparable.",
            "ar": "مهنة غير منظمة: كثير من الشركات توظف دون اعتراف، والقرار يجعل مؤهلك قابلاً للمقارنة.",
            "fa": "قانون‌مند نیست: بسیاری از شرکت‌ها بدون تأیید استخدام می‌کنند؛ تأیید، مدرک شما را قابل مقایسه می‌کند.",
            "uk": "Нерегульована професія: багато фірм наймають без визнання; рішення робить вашу кваліфікацію зрозумілою.",
        },
    },
]

TOPIC_NAMES = {
    "recognition": {"de": "Anerkennungsberatung", "en": "Recognition counselling", "ar": "استشارات الاعتراف بالمؤهلات",
                    "fa": "مشاوره به رسمیت شناختن مدارک", "uk": "Консультації з визнання"},
    "job_centre": {"de": "Arbeitsvermittlung", "en": "Job placement", "ar": "التوظيف", "fa": "کاریابی", "uk": "Працевлаштування"},
    "migration": {"de": "Migrationsberatung für Erwachsene", "en": "Migration counselling for adults",
                  "ar": "استشارات الهجرة للبالغين", "fa": "مشاوره مهاجرت برای بزرگسالان", "uk": "Міграційні консультації для дорослих"},
    "language_courses": {"de": "Deutsch- und Integrationskurse", "en": "German and integration courses",
                         "ar": "دورات اللغة الألمانية والاندماج", "fa": "کلاس‌های زبان آلمانی و ادغام", "uk": "Курси німецької та інтеграційні курси"},
    "career": {"de": "Berufs- und Weiterbildungsberatung", "en": "Career and training advice", "ar": "استشارات مهنية وتدريبية",
               "fa": "مشاوره شغلی و آموزشی", "uk": "Консультації з кар'єри та навчання"},
    "workers_rights": {"de": "Beratung zu Arbeitsrechten", "en": "Advice on workers' rights", "ar": "استشارات حول حقوق العمال",
                       "fa": "مشاوره حقوق کارگران", "uk": "Консультації з трудових прав"},
}

SERVICE_DESCRIPTION = {
    "de": "Kostenlose und vertrauliche Beratung. Bitte vereinbaren Sie einen Termin.",
    "en": "Free and confidential advice. Please make an appointment.",
    "ar": "استشارة مجانية وسرية. يرجى حجز موعد.",
    "fa": "مشاوره رایگان و محرمانه. لطفاً وقت قبلی بگیرید.",
    "uk": "Безкоштовна та конфіденційна консультація. Будь ласка, запишіться на прийом.",
}

HOURS = [
    {"de": "Mo–Do 9:00–12:00, Di 14:00–17:00", "en": "Mon–Thu 9:00–12:00, Tue 14:00–17:00",
     "ar": "الاثنين–الخميس 9:00–12:00، الثلاثاء 14:00–17:00", "fa": "دوشنبه تا پنجشنبه ۹ تا ۱۲، سه‌شنبه ۱۴ تا ۱۷",
     "uk": "Пн–Чт 9:00–12:00, Вт 14:00–17:00"},
    {"de": "Mo–Fr 8:00–12:30 und nach Vereinbarung", "en": "Mon–Fri 8:00–12:30 and by appointment",
     "ar": "الاثنين–الجمعة 8:00–12:30 وبموعد مسبق", "fa": "دوشنبه تا جمعه ۸ تا ۱۲:۳۰ و با وقت قبلی",
     "uk": "Пн–Пт 8:00–12:30 та за домовленістю"},
]

# organisation, topics, languages spoken, street, e-mail local part, hours variant
SERVICES = [
    ("IQ Netzwerk – Anerkennungsberatung", ["recognition", "career"], ["de", "en", "ar", "fa"], "Bahnhofstraße 12", "iq", 0),
    ("Agentur für Arbeit", ["job_centre", "career"], ["de", "en", "uk"], "Am Weinberg 4", "arbeitsagentur", 1),
    ("Jobcenter", ["job_centre"], ["de", "en", "ar"], "Am Weinberg 6", "jobcenter", 1),
    ("Caritasverband – Migrationsberatung", ["migration", "workers_rights"], ["de", "ar", "fa"], "Kirchgasse 3", "caritas", 0),
    ("Diakonie – Migrationsdienst", ["migration"], ["de", "en", "uk"], "Lutherplatz 8", "diakonie", 0),
    ("Volkshochschule", ["language_courses"], ["de", "en", "ar", "fa", "uk"], "Schulstraße 20", "vhs", 1),
    ("Sprachschule Lingua", ["language_courses"], ["de", "en", "uk"], "Marktplatz 9", "lingua", 1),
    ("Faire Integration – Beratung zu Arbeitsrechten", ["workers_rights"], ["de", "en", "ar", "uk"], "Gewerkschaftshaus, Lange Straße 5", "faire-integration", 0),
    ("Handwerkskammer – Anerkennungsberatung", ["recognition"], ["de", "en"], "Handwerkerplatz 1", "hwk", 0),
    ("Welcome Center für Fachkräfte", ["recognition", "career", "migration"], ["de", "en", "ar", "fa", "uk"], "Rathausplatz 2", "welcome", 1),
]

JOB_DESCRIPTION = {
    "de": "{employer} sucht Verstärkung in {town}. Wir bieten eine gute Einarbeitung, ein freundliches Team und Unterstützung beim Deutschlernen.",
    "en": "{employer} is looking for new colleagues in {town}. We offer a thorough introduction, a friendly team and support with learning German.",
    "ar": "تبحث {employer} عن زملاء جدد في {town}. نقدم تدريباً جيداً وفريقاً ودوداً ودعماً في تعلم اللغة الألمانية.",
    "fa": "{employer} در {town} به دنبال همکاران جدید است. ما آموزش خوب، تیمی صمیمی و کمک در یادگیری زبان آلمانی ارائه می‌دهیم.",
    "uk": "{employer} шукає нових колег у {town}. Ми пропонуємо ґрунтовне введення в роботу, дружню команду та підтримку у вивченні німецької.",
}

# employer, type, CEFR, recognition needed, salary (min, max, unit) or None, title per language
JOBS = [
    ("Klinikum am Park", "full_time", "B2", True, (3400, 4100, "MONTH"),
     {"de": "Pflegefachkraft (m/w/d)", "en": "Registered nurse", "ar": "ممرض/ممرضة مسجل", "fa": "پرستار رسمی", "uk": "Медсестра / медбрат"}),
    ("Seniorenzentrum Lindenhof", "part_time", "B1", False, (15, 17, "HOUR"),
     {"de": "Pflegehilfskraft", "en": "Care assistant", "ar": "مساعد رعاية", "fa": "دستیار مراقبت", "uk": "Помічник з догляду"}),
    ("Elektro Becker GmbH", "full_time", "B1", False, (2900, 3500, "MONTH"),
     {"de": "Elektronikerin / Elektroniker", "en": "Electrician", "ar": "فني كهرباء", "fa": "برق‌کار", "uk": "Електрик"}),
    ("Elektro Becker GmbH", "apprenticeship", "A2", False, (1000, 1200, "MONTH"),
     {"de": "Ausbildung Elektroniker/in", "en": "Apprenticeship as electrician", "ar": "تدريب مهني فني كهرباء",
      "fa": "کارآموزی برق‌کاری", "uk": "Професійне навчання електрика"}),
    ("Bäckerei Sonnenkorn", "apprenticeship", "A2", False, (900, 1100, "MONTH"),
     {"de": "Ausbildung Bäcker/in", "en": "Apprenticeship as baker", "ar": "تدريب مهني خباز", "fa": "کارآموزی نانوایی", "uk": "Професійне навчання пекаря"}),
    ("Hotel Zur Linde", "mini_job", "A2", False, (538, 538, "MONTH"),
     {"de": "Servicekraft (Minijob)", "en": "Waiter or waitress (mini-job)", "ar": "نادل/نادلة (عمل مصغر)",
      "fa": "گارسون (مینی‌جاب)", "uk": "Офіціант (міні-джоб)"}),
    ("Logistik Nord KG", "full_time", "A2", False, (2600, 2900, "MONTH"),
     {"de": "Lagerhelfer/in", "en": "Warehouse worker", "ar": "عامل مستودع", "fa": "کارگر انبار", "uk": "Працівник складу"}),
    ("Logistik Nord KG", "full_time", "B1", False, None,
     {"de": "Berufskraftfahrer/in (C/CE)", "en": "Truck driver (C/CE)", "ar": "سائق شاحنة (C/CE)", "fa": "راننده کامیون (C/CE)",
      "uk": "Водій вантажівки (C/CE)"}),
    ("Softwarehaus Mainblick", "full_time", "B1", False, (4200, 5200, "MONTH"),
     {"de": "Softwareentwickler/in", "en": "Software developer", "ar": "مطور برمجيات", "fa": "توسعه‌دهنده نرم‌افزار", "uk": "Розробник програмного забезпечення"}),
    ("Softwarehaus Mainblick", "internship", "B1", False, (1000, 1000, "MONTH"),
     {"de": "Praktikum IT-Support", "en": "IT support internship", "ar": "تدريب في الدعم التقني", "fa": "کارآموزی پشتیبانی فناوری اطلاعات",
      "uk": "Стажування з IT-підтримки"}),
    ("Grundschule am Wiesengrund", "part_time", "C1", True, None,
     {"de": "Lehrkraft für Deutsch als Zweitsprache", "en": "Teacher of German as a second language",
      "ar": "معلم/معلمة الألمانية كلغة ثانية", "fa": "معلم آلمانی به‌عنوان زبان دوم", "uk": "Вчитель німецької як другої мови"}),
    ("Ingenieurbüro Hartmann", "full_time", "B2", True, (4000, 4800, "MONTH"),
     {"de": "Bauingenieur/in", "en": "Civil engineer", "ar": "مهندس مدني", "fa": "مهندس عمران", "uk": "Інженер-будівельник"}),
    ("Kita Regenbogen", "full_time", "B2", True, (3100, 3600, "MONTH"),
     {"de": "Erzieherin / Erzieher", "en": "Early-years educator", "ar": "مربية/مربي أطفال", "fa": "مربی کودک", "uk": "Вихователь дитячого садка"}),
    ("Gärtnerei Grünwerk", "part_time", None, False, (14, 15, "HOUR"),
     {"de": "Gartenhelfer/in", "en": "Gardening assistant", "ar": "مساعد في البستنة", "fa": "دستیار باغبانی", "uk": "Помічник садівника"}),
    ("Autohaus Lindner", "apprenticeship", "B1", False, (950, 1150, "MONTH"),
     {"de": "Ausbildung Kfz-Mechatroniker/in", "en": "Apprenticeship as car mechatronics technician",
      "ar": "تدريب مهني فني ميكاترونيكس سيارات", "fa": "کارآموزی مکاترونیک خودرو", "uk": "Професійне навчання автомехатроніка"}),
]
