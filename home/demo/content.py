"""Demo content for integreat-wagtail.

Plain data only (dicts, lists, strings) so that this module can be imported
without Django. Every translatable leaf is a dict with the keys
"de", "en", "ar", "fa" and "uk". Texts may contain the token {municipality},
which the loader replaces with the name of the municipality.

All municipalities, people, addresses, phone numbers and e-mail addresses
in this file are fictional.
"""

MUNICIPALITIES = [
    {
        "slug": "lindenau-county",
        "name": "Landkreis Lindenau",
        "kind": "county",
        "parent": None,
        "languages": ["de", "en", "ar", "fa", "uk"],
        "time_zone": "Europe/Berlin",
        "latitude": 50.7124,
        "longitude": 9.6418,
        "postal_codes": ["36311", "36318", "36320", "36325"],
        "contact": {
            "name": "Integrationsbüro Landkreis Lindenau",
            "email": "integration@lindenau.example.org",
            "phone": "+49 6631 9870-0",
            "address": "Kreishaus, Lindenplatz 1, 36311 Erlenhausen",
        },
        "emergency_numbers": [
            {
                "label": {
                    "de": "Polizei",
                    "en": "Police",
                    "ar": "الشرطة",
                    "fa": "پلیس",
                    "uk": "Поліція",
                },
                "number": "110",
            },
            {
                "label": {
                    "de": "Feuerwehr und Rettungsdienst",
                    "en": "Fire brigade and ambulance",
                    "ar": "الإطفاء والإسعاف",
                    "fa": "آتش‌نشانی و اورژانس",
                    "uk": "Пожежна служба та швидка допомога",
                },
                "number": "112",
            },
            {
                "label": {
                    "de": "Ärztlicher Bereitschaftsdienst",
                    "en": "Medical on-call service",
                    "ar": "خدمة الطبيب المناوب",
                    "fa": "خدمات پزشک کشیک",
                    "uk": "Чергова лікарська служба",
                },
                "number": "116117",
            },
        ],
        "intro": {
            "de": "Herzlich willkommen im Landkreis Lindenau! Hier finden Sie die wichtigsten Informationen für Ihre ersten Wochen und Monate – von der Anmeldung über den Sprachkurs bis zur Arbeitssuche.",
            "en": "Welcome to Lindenau County! Here you will find the most important information for your first weeks and months – from registering your address to language courses and looking for work.",
            "ar": "أهلاً وسهلاً بكم في مقاطعة ليندناو! تجدون هنا أهم المعلومات لأسابيعكم وأشهركم الأولى، من تسجيل السكن إلى دورات اللغة والبحث عن عمل.",
            "fa": "به شهرستان لیندناو خوش آمدید! در اینجا مهم‌ترین اطلاعات برای نخستین هفته‌ها و ماه‌های زندگی‌تان را می‌یابید؛ از ثبت محل سکونت تا کلاس زبان و جست‌وجوی کار.",
            "uk": "Ласкаво просимо до району Лінденау! Тут ви знайдете найважливішу інформацію для перших тижнів і місяців – від реєстрації місця проживання до мовних курсів і пошуку роботи.",
        },
        "imprint": {
            "de": "<p>Herausgeber: Landkreis Lindenau, Kreishaus, Lindenplatz 1, 36311 Erlenhausen</p><p>Vertreten durch: Landrätin Dr. Johanna Keller</p><p>Kontakt: Telefon +49 6631 9870-0, E-Mail integration@lindenau.example.org</p><p>Redaktion: Integrationsbüro des Landkreises Lindenau</p>",
            "en": "<p>Publisher: Lindenau County, County Administration Building, Lindenplatz 1, 36311 Erlenhausen</p><p>Represented by: District Administrator Dr. Johanna Keller</p><p>Contact: phone +49 6631 9870-0, e-mail integration@lindenau.example.org</p><p>Editorial team: Integration Office of Lindenau County</p>",
            "ar": "<p>الناشر: مقاطعة ليندناو، مبنى إدارة المقاطعة، Lindenplatz 1, 36311 Erlenhausen</p><p>يمثّلها: رئيسة إدارة المقاطعة د. يوهانا كيلر</p><p>التواصل: هاتف ‎+49 6631 9870-0، البريد الإلكتروني integration@lindenau.example.org</p><p>التحرير: مكتب الاندماج في مقاطعة ليندناو</p>",
            "fa": "<p>ناشر: شهرستان لیندناو، ساختمان اداری شهرستان، Lindenplatz 1, 36311 Erlenhausen</p><p>به نمایندگی: فرماندار شهرستان، دکتر یوهانا کلر</p><p>تماس: تلفن ‎+49 6631 9870-0، ایمیل integration@lindenau.example.org</p><p>تحریریه: دفتر ادغام شهرستان لیندناو</p>",
            "uk": "<p>Видавець: район Лінденау, будівля районної адміністрації, Lindenplatz 1, 36311 Erlenhausen</p><p>Представник: голова району (ландрат) д-р Йоганна Келлер</p><p>Контакти: телефон +49 6631 9870-0, e-mail integration@lindenau.example.org</p><p>Редакція: Бюро з питань інтеграції району Лінденау</p>",
        },
    },
    {
        "slug": "erlenhausen",
        "name": "Stadt Erlenhausen",
        "kind": "city",
        "parent": "lindenau-county",
        "languages": ["de", "en", "ar", "uk"],
        "time_zone": "Europe/Berlin",
        "latitude": 50.7452,
        "longitude": 9.5783,
        "postal_codes": ["36311"],
        "contact": {
            "name": "Bürgerbüro Stadt Erlenhausen",
            "email": "buergerbuero@erlenhausen.example.org",
            "phone": "+49 6631 412-0",
            "address": "Rathaus, Marktplatz 3, 36311 Erlenhausen",
        },
        "emergency_numbers": [
            {
                "label": {
                    "de": "Polizei",
                    "en": "Police",
                    "ar": "الشرطة",
                    "fa": "پلیس",
                    "uk": "Поліція",
                },
                "number": "110",
            },
            {
                "label": {
                    "de": "Feuerwehr und Rettungsdienst",
                    "en": "Fire brigade and ambulance",
                    "ar": "الإطفاء والإسعاف",
                    "fa": "آتش‌نشانی و اورژانس",
                    "uk": "Пожежна служба та швидка допомога",
                },
                "number": "112",
            },
            {
                "label": {
                    "de": "Ärztlicher Bereitschaftsdienst",
                    "en": "Medical on-call service",
                    "ar": "خدمة الطبيب المناوب",
                    "fa": "خدمات پزشک کشیک",
                    "uk": "Чергова лікарська служба",
                },
                "number": "116117",
            },
        ],
        "intro": {
            "de": "Willkommen in Erlenhausen, der Kreisstadt des Landkreises Lindenau! Das Bürgerbüro im Rathaus am Marktplatz ist Ihre erste Anlaufstelle für alle Fragen rund ums Ankommen.",
            "en": "Welcome to Erlenhausen, the county town of Lindenau County! The citizens' office in the town hall on the market square is your first point of contact for all questions about settling in.",
            "ar": "مرحباً بكم في إرلنهاوزن، مركز مقاطعة ليندناو! مكتب خدمة المواطنين في مبنى البلدية عند ساحة السوق هو وجهتكم الأولى لجميع الأسئلة المتعلقة بالاستقرار هنا.",
            "fa": "به ارلن‌هاوزن، مرکز شهرستان لیندناو، خوش آمدید! دفتر خدمات شهروندی در ساختمان شهرداری کنار میدان بازار، نخستین جایی است که می‌توانید با همه پرسش‌های مربوط به شروع زندگی در اینجا به آن مراجعه کنید.",
            "uk": "Ласкаво просимо до Ерленгаузена – адміністративного центру району Лінденау! Бюро громадян у ратуші на Ринковій площі – ваше перше місце звернення з усіх питань, пов'язаних з облаштуванням.",
        },
        "imprint": {
            "de": "<p>Herausgeber: Stadt Erlenhausen, Rathaus, Marktplatz 3, 36311 Erlenhausen</p><p>Vertreten durch: Bürgermeister Markus Brandt</p><p>Kontakt: Telefon +49 6631 412-0, E-Mail buergerbuero@erlenhausen.example.org</p><p>Redaktion: Bürgerbüro der Stadt Erlenhausen</p>",
            "en": "<p>Publisher: Town of Erlenhausen, Town Hall, Marktplatz 3, 36311 Erlenhausen</p><p>Represented by: Mayor Markus Brandt</p><p>Contact: phone +49 6631 412-0, e-mail buergerbuero@erlenhausen.example.org</p><p>Editorial team: Citizens' Office of the Town of Erlenhausen</p>",
            "ar": "<p>الناشر: مدينة إرلنهاوزن، مبنى البلدية، Marktplatz 3, 36311 Erlenhausen</p><p>يمثّلها: رئيس البلدية ماركوس برانت</p><p>التواصل: هاتف ‎+49 6631 412-0، البريد الإلكتروني buergerbuero@erlenhausen.example.org</p><p>التحرير: مكتب خدمة المواطنين في مدينة إرلنهاوزن</p>",
            "fa": "<p>ناشر: شهر ارلن‌هاوزن، ساختمان شهرداری، Marktplatz 3, 36311 Erlenhausen</p><p>به نمایندگی: شهردار، مارکوس برانت</p><p>تماس: تلفن ‎+49 6631 412-0، ایمیل buergerbuero@erlenhausen.example.org</p><p>تحریریه: دفتر خدمات شهروندی شهر ارلن‌هاوزن</p>",
            "uk": "<p>Видавець: місто Ерленгаузен, ратуша, Marktplatz 3, 36311 Erlenhausen</p><p>Представник: бургомістр Маркус Брандт</p><p>Контакти: телефон +49 6631 412-0, e-mail buergerbuero@erlenhausen.example.org</p><p>Редакція: Бюро громадян міста Ерленгаузен</p>",
        },
    },
    {
        "slug": "hohenwiesen",
        "name": "Stadt Hohenwiesen",
        "kind": "city",
        "parent": "lindenau-county",
        "languages": ["de", "en", "fa", "uk", "ar"],
        "time_zone": "Europe/Berlin",
        "latitude": 50.6683,
        "longitude": 9.7126,
        "postal_codes": ["36318", "36320"],
        "contact": {
            "name": "Stadtverwaltung Hohenwiesen – Soziales und Integration",
            "email": "integration@hohenwiesen.example.org",
            "phone": "+49 6634 9120-0",
            "address": "Rathaus, Schlossstraße 12, 36318 Hohenwiesen",
        },
        "emergency_numbers": [
            {
                "label": {
                    "de": "Polizei",
                    "en": "Police",
                    "ar": "الشرطة",
                    "fa": "پلیس",
                    "uk": "Поліція",
                },
                "number": "110",
            },
            {
                "label": {
                    "de": "Feuerwehr und Rettungsdienst",
                    "en": "Fire brigade and ambulance",
                    "ar": "الإطفاء والإسعاف",
                    "fa": "آتش‌نشانی و اورژانس",
                    "uk": "Пожежна служба та швидка допомога",
                },
                "number": "112",
            },
            {
                "label": {
                    "de": "Ärztlicher Bereitschaftsdienst",
                    "en": "Medical on-call service",
                    "ar": "خدمة الطبيب المناوب",
                    "fa": "خدمات پزشک کشیک",
                    "uk": "Чергова лікарська служба",
                },
                "number": "116117",
            },
        ],
        "intro": {
            "de": "Schön, dass Sie in Hohenwiesen sind! Unsere kleine Stadt mit ihren grünen Ortsteilen bietet Ihnen Beratung, Sprachkurse und viele Gelegenheiten, Ihre Nachbarn kennenzulernen.",
            "en": "We are glad you are in Hohenwiesen! Our small town and its green villages offer you counselling, language courses and many opportunities to get to know your neighbours.",
            "ar": "يسعدنا وجودكم في هوهنفيزن! تقدّم لكم مدينتنا الصغيرة وقراها الخضراء خدمات الاستشارة ودورات اللغة وفرصاً كثيرة للتعرّف على جيرانكم.",
            "fa": "خوشحالیم که در هوهن‌ویزن هستید! شهر کوچک ما و روستاهای سرسبز اطرافش برای شما مشاوره، کلاس‌های زبان و فرصت‌های فراوانی برای آشنایی با همسایگان فراهم می‌کند.",
            "uk": "Раді вітати вас у Гогенвізені! Наше невелике місто із зеленими околицями пропонує консультації, мовні курси та багато нагод познайомитися із сусідами.",
        },
        "imprint": {
            "de": "<p>Herausgeberin: Stadt Hohenwiesen, Rathaus, Schlossstraße 12, 36318 Hohenwiesen</p><p>Vertreten durch: Bürgermeisterin Aylin Schäfer</p><p>Kontakt: Telefon +49 6634 9120-0, E-Mail integration@hohenwiesen.example.org</p><p>Redaktion: Fachbereich Soziales und Integration</p>",
            "en": "<p>Publisher: Town of Hohenwiesen, Town Hall, Schlossstraße 12, 36318 Hohenwiesen</p><p>Represented by: Mayor Aylin Schäfer</p><p>Contact: phone +49 6634 9120-0, e-mail integration@hohenwiesen.example.org</p><p>Editorial team: Department of Social Affairs and Integration</p>",
            "ar": "<p>الناشر: مدينة هوهنفيزن، مبنى البلدية، Schlossstraße 12, 36318 Hohenwiesen</p><p>تمثّلها: رئيسة البلدية آيلين شيفر</p><p>التواصل: هاتف ‎+49 6634 9120-0، البريد الإلكتروني integration@hohenwiesen.example.org</p><p>التحرير: قسم الشؤون الاجتماعية والاندماج</p>",
            "fa": "<p>ناشر: شهر هوهن‌ویزن، ساختمان شهرداری، Schlossstraße 12, 36318 Hohenwiesen</p><p>به نمایندگی: شهردار، آیلین شفر</p><p>تماس: تلفن ‎+49 6634 9120-0، ایمیل integration@hohenwiesen.example.org</p><p>تحریریه: بخش امور اجتماعی و ادغام</p>",
            "uk": "<p>Видавець: місто Гогенвізен, ратуша, Schlossstraße 12, 36318 Hohenwiesen</p><p>Представниця: бургомістерка Айлін Шефер</p><p>Контакти: телефон +49 6634 9120-0, e-mail integration@hohenwiesen.example.org</p><p>Редакція: відділ соціальних питань та інтеграції</p>",
        },
    },
    {
        "slug": "almhofen",
        "name": "Stadtgemeinde Almhofen",
        "kind": "city",
        "parent": None,
        "languages": ["de", "en", "ar", "fa", "uk"],
        "time_zone": "Europe/Vienna",
        "latitude": 48.0836,
        "longitude": 13.9217,
        "postal_codes": ["4653", "4654"],
        "contact": {
            "name": "Bürgerservice Stadtgemeinde Almhofen",
            "email": "buergerservice@almhofen.example.at",
            "phone": "+43 7245 2130-0",
            "address": "Stadtamt, Hauptplatz 5, 4653 Almhofen, Österreich",
        },
        "emergency_numbers": [
            {
                "label": {
                    "de": "Euro-Notruf",
                    "en": "European emergency number",
                    "ar": "رقم الطوارئ الأوروبي",
                    "fa": "شماره اضطراری اروپا",
                    "uk": "Єдиний європейський номер екстреної допомоги",
                },
                "number": "112",
            },
            {
                "label": {
                    "de": "Feuerwehr",
                    "en": "Fire brigade",
                    "ar": "الإطفاء",
                    "fa": "آتش‌نشانی",
                    "uk": "Пожежна служба",
                },
                "number": "122",
            },
            {
                "label": {
                    "de": "Polizei",
                    "en": "Police",
                    "ar": "الشرطة",
                    "fa": "پلیس",
                    "uk": "Поліція",
                },
                "number": "133",
            },
            {
                "label": {
                    "de": "Rettung",
                    "en": "Ambulance",
                    "ar": "الإسعاف",
                    "fa": "آمبولانس",
                    "uk": "Швидка допомога",
                },
                "number": "144",
            },
        ],
        "intro": {
            "de": "Herzlich willkommen in Almhofen! Die Stadtgemeinde unterstützt Sie beim Ankommen in Österreich – mit Informationen zu Meldezettel, Deutschkursen, Arbeit und Gesundheit.",
            "en": "A warm welcome to Almhofen! The municipality supports you as you settle in Austria – with information on registration (Meldezettel), German courses, work and health.",
            "ar": "أهلاً وسهلاً بكم في ألمهوفن! تدعمكم البلدية في بداية حياتكم في النمسا بمعلومات حول تسجيل السكن (Meldezettel) ودورات اللغة الألمانية والعمل والصحة.",
            "fa": "به آلم‌هوفن خوش آمدید! شهرداری شما را در آغاز زندگی در اتریش همراهی می‌کند؛ با اطلاعاتی درباره ثبت محل سکونت (Meldezettel)، کلاس‌های زبان آلمانی، کار و سلامت.",
            "uk": "Щиро вітаємо в Альмгофені! Міська громада підтримує вас на початку життя в Австрії – інформацією про реєстрацію місця проживання (Meldezettel), курси німецької мови, роботу та здоров'я.",
        },
        "imprint": {
            "de": "<p>Medieninhaberin und Herausgeberin: Stadtgemeinde Almhofen, Hauptplatz 5, 4653 Almhofen, Österreich</p><p>Vertreten durch: Bürgermeister Ing. Stefan Huber</p><p>Kontakt: Telefon +43 7245 2130-0, E-Mail buergerservice@almhofen.example.at</p><p>Für den Inhalt verantwortlich: Bürgerservice der Stadtgemeinde Almhofen</p>",
            "en": "<p>Media owner and publisher: Municipality of Almhofen, Hauptplatz 5, 4653 Almhofen, Austria</p><p>Represented by: Mayor Ing. Stefan Huber</p><p>Contact: phone +43 7245 2130-0, e-mail buergerservice@almhofen.example.at</p><p>Responsible for content: Citizen Service of the Municipality of Almhofen</p>",
            "ar": "<p>المالك الإعلامي والناشر: بلدية ألمهوفن، Hauptplatz 5, 4653 Almhofen، النمسا</p><p>يمثّلها: رئيس البلدية المهندس شتيفان هوبر</p><p>التواصل: هاتف ‎+43 7245 2130-0، البريد الإلكتروني buergerservice@almhofen.example.at</p><p>المسؤول عن المحتوى: قسم خدمة المواطنين في بلدية ألمهوفن</p>",
            "fa": "<p>مالک رسانه و ناشر: شهرداری آلم‌هوفن، Hauptplatz 5, 4653 Almhofen، اتریش</p><p>به نمایندگی: شهردار، مهندس اشتفان هوبر</p><p>تماس: تلفن ‎+43 7245 2130-0، ایمیل buergerservice@almhofen.example.at</p><p>مسئول محتوا: واحد خدمات شهروندی شهرداری آلم‌هوفن</p>",
            "uk": "<p>Власник медіа та видавець: міська громада Альмгофен, Hauptplatz 5, 4653 Almhofen, Австрія</p><p>Представник: бургомістр інж. Штефан Губер</p><p>Контакти: телефон +43 7245 2130-0, e-mail buergerservice@almhofen.example.at</p><p>Відповідальний за зміст: служба обслуговування громадян міської громади Альмгофен</p>",
        },
    },
]


# ---------------------------------------------------------------------------
# Topic tree (created below every municipality by the loader)
# ---------------------------------------------------------------------------

_ARRIVAL = {
    "slug": "ankommen",
    "icon": "arrival",
    "title": {
        "de": "Ankommen und Anmeldung",
        "en": "Arrival and registration",
        "ar": "الوصول والتسجيل",
        "fa": "ورود و ثبت‌نام",
        "uk": "Прибуття та реєстрація",
    },
    "intro": {
        "de": "Die wichtigsten ersten Schritte nach Ihrer Ankunft – in der richtigen Reihenfolge.",
        "en": "The most important first steps after your arrival – in the right order.",
        "ar": "أهم الخطوات الأولى بعد وصولكم، بالترتيب الصحيح.",
        "fa": "مهم‌ترین گام‌های نخست پس از ورود، به ترتیب درست.",
        "uk": "Найважливіші перші кроки після прибуття – у правильному порядку.",
    },
    "body": [
        {
            "type": "image",
            "key": "arrival",
            "alt": {
                "de": "Illustration: Eine Familie mit Koffern steht vor einem Rathaus.",
                "en": "Illustration: a family with suitcases standing in front of a town hall.",
                "ar": "رسم توضيحي: عائلة تحمل حقائب السفر تقف أمام مبنى البلدية.",
                "fa": "تصویر: خانواده‌ای با چمدان جلوی ساختمان شهرداری ایستاده است.",
                "uk": "Ілюстрація: родина з валізами стоїть перед ратушею.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Ihre ersten Schritte",
                "en": "Your first steps",
                "ar": "خطواتكم الأولى",
                "fa": "نخستین گام‌های شما",
                "uk": "Ваші перші кроки",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>In den ersten Wochen gibt es viel zu erledigen. Diese Liste hilft Ihnen, nichts zu vergessen:</p><ol><li>Wohnsitz innerhalb von zwei Wochen im Bürgerbüro anmelden.</li><li>Aufenthaltstitel bei der Ausländerbehörde beantragen oder verlängern.</li><li>Krankenversicherung abschließen und die Gesundheitskarte beantragen.</li><li>Ein Bankkonto eröffnen – jeder Mensch in Deutschland hat Anspruch auf ein Basiskonto.</li><li>Einen Integrationskurs oder Sprachkurs suchen.</li><li>Kinder in der Kita oder Schule anmelden.</li></ol>",
                "en": "<p>There is a lot to do in the first weeks. This list helps you not to forget anything:</p><ol><li>Register your address at the citizens' office within two weeks.</li><li>Apply for or extend your residence permit at the immigration office.</li><li>Take out health insurance and apply for your health insurance card.</li><li>Open a bank account – everyone in Germany is entitled to a basic account.</li><li>Look for an integration course or language course.</li><li>Register your children at a day-care centre or school.</li></ol>",
                "ar": "<p>هناك الكثير من المهام في الأسابيع الأولى. تساعدكم هذه القائمة على ألّا تنسوا شيئاً:</p><ol><li>سجّلوا عنوان سكنكم في مكتب خدمة المواطنين خلال أسبوعين.</li><li>قدّموا طلب الحصول على تصريح الإقامة أو تمديده لدى دائرة الأجانب.</li><li>اشتركوا في تأمين صحي واطلبوا بطاقة التأمين الصحي.</li><li>افتحوا حساباً مصرفياً، فلكل شخص في ألمانيا الحق في حساب أساسي.</li><li>ابحثوا عن دورة اندماج أو دورة لغة.</li><li>سجّلوا أطفالكم في روضة الأطفال أو في المدرسة.</li></ol>",
                "fa": "<p>در هفته‌های نخست کارهای زیادی باید انجام دهید. این فهرست کمک می‌کند چیزی را فراموش نکنید:</p><ol><li>ظرف دو هفته محل سکونت خود را در دفتر خدمات شهروندی ثبت کنید.</li><li>برای گرفتن یا تمدید اجازه اقامت به اداره اتباع خارجی درخواست بدهید.</li><li>بیمه درمانی بگیرید و کارت بیمه سلامت را درخواست کنید.</li><li>یک حساب بانکی باز کنید؛ هر فردی در آلمان حق دارد یک حساب پایه داشته باشد.</li><li>یک دوره ادغام یا کلاس زبان پیدا کنید.</li><li>فرزندانتان را در مهدکودک یا مدرسه ثبت‌نام کنید.</li></ol>",
                "uk": "<p>У перші тижні потрібно багато чого зробити. Цей список допоможе нічого не забути:</p><ol><li>Протягом двох тижнів зареєструйте місце проживання в бюро громадян.</li><li>Подайте заяву на дозвіл на проживання або на його продовження до відомства у справах іноземців.</li><li>Оформіть медичне страхування та замовте картку медичного страхування.</li><li>Відкрийте банківський рахунок – кожна людина в Німеччині має право на базовий рахунок.</li><li>Знайдіть інтеграційний або мовний курс.</li><li>Запишіть дітей до дитячого садка або школи.</li></ol>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Bewahren Sie alle Briefe von Behörden gut auf. Legen Sie am besten einen Ordner an – viele Ämter möchten Originale und Kopien sehen.",
                "en": "Keep all letters from the authorities in a safe place. It is best to start a folder – many offices want to see originals and copies.",
                "ar": "احتفظوا بجميع الرسائل الواردة من الجهات الرسمية في مكان آمن. من الأفضل أن تخصّصوا لها ملفاً، فكثير من الدوائر تطلب رؤية الأصول والنسخ.",
                "fa": "همه نامه‌های اداری را با دقت نگه دارید. بهتر است یک پوشه برای آن‌ها درست کنید؛ بسیاری از ادارات اصل مدارک و کپی آن‌ها را می‌خواهند.",
                "uk": "Зберігайте всі листи від державних установ. Найкраще заведіть для них окрему папку – багато установ хочуть бачити оригінали та копії.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Ich verstehe einen Brief vom Amt nicht. Was kann ich tun?",
                        "en": "I don't understand a letter from an authority. What can I do?",
                        "ar": "لا أفهم رسالة وصلتني من دائرة رسمية. ماذا أفعل؟",
                        "fa": "نامه‌ای از یک اداره گرفته‌ام و آن را نمی‌فهمم. چه کار کنم؟",
                        "uk": "Я не розумію листа від державної установи. Що робити?",
                    },
                    "answer": {
                        "de": "Die Migrationsberatung hilft Ihnen kostenlos, Briefe zu verstehen und zu beantworten. Reagieren Sie rechtzeitig, denn viele Briefe enthalten Fristen.",
                        "en": "The migration counselling service helps you free of charge to understand and answer letters. Act in good time, because many letters contain deadlines.",
                        "ar": "تساعدكم استشارات الهجرة مجاناً على فهم الرسائل والرد عليها. تصرّفوا في الوقت المناسب، لأن كثيراً من الرسائل تتضمّن مهلاً محددة.",
                        "fa": "مشاوره مهاجرت به‌طور رایگان به شما کمک می‌کند نامه‌ها را بفهمید و به آن‌ها پاسخ دهید. به موقع اقدام کنید، چون بسیاری از نامه‌ها مهلت مشخصی دارند.",
                        "uk": "Міграційна консультація безкоштовно допоможе вам зрозуміти листи та відповісти на них. Реагуйте вчасно, адже багато листів містять строки.",
                    },
                },
                {
                    "question": {
                        "de": "Brauche ich für Termine einen Dolmetscher?",
                        "en": "Do I need an interpreter for appointments?",
                        "ar": "هل أحتاج إلى مترجم في المواعيد الرسمية؟",
                        "fa": "آیا برای وقت‌های اداری به مترجم نیاز دارم؟",
                        "uk": "Чи потрібен мені перекладач на прийомі?",
                    },
                    "answer": {
                        "de": "Bei vielen Ämtern können Sie eine Person mitbringen, die für Sie übersetzt. Fragen Sie bei der Terminvereinbarung, ob ein Dolmetscher organisiert werden kann.",
                        "en": "At many offices you can bring someone who translates for you. When you make the appointment, ask whether an interpreter can be arranged.",
                        "ar": "في كثير من الدوائر يمكنكم اصطحاب شخص يترجم لكم. اسألوا عند حجز الموعد إن كان بالإمكان توفير مترجم.",
                        "fa": "در بسیاری از ادارات می‌توانید کسی را همراه بیاورید که برایتان ترجمه کند. هنگام گرفتن وقت بپرسید آیا امکان هماهنگ کردن مترجم وجود دارد یا نه.",
                        "uk": "У багатьох установах можна прийти з людиною, яка перекладатиме для вас. Під час запису на прийом запитайте, чи можна організувати перекладача.",
                    },
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "wohnsitz-anmelden",
            "icon": "arrival",
            "title": {
                "de": "Wohnsitz anmelden",
                "en": "Registering your address",
                "ar": "تسجيل عنوان السكن",
                "fa": "ثبت محل سکونت",
                "uk": "Реєстрація місця проживання",
            },
            "intro": {
                "de": "Innerhalb von zwei Wochen nach dem Einzug müssen Sie Ihre Wohnung im Bürgerbüro anmelden.",
                "en": "You must register your home at the citizens' office within two weeks of moving in.",
                "ar": "يجب عليكم تسجيل مسكنكم في مكتب خدمة المواطنين خلال أسبوعين من الانتقال إليه.",
                "fa": "باید ظرف دو هفته پس از اسباب‌کشی، محل سکونت خود را در دفتر خدمات شهروندی ثبت کنید.",
                "uk": "Протягом двох тижнів після заселення ви повинні зареєструвати своє житло в бюро громадян.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Warum ist die Anmeldung wichtig?",
                        "en": "Why is registration important?",
                        "ar": "لماذا يُعدّ التسجيل مهماً؟",
                        "fa": "چرا ثبت محل سکونت مهم است؟",
                        "uk": "Чому реєстрація важлива?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Jede Person, die in Deutschland wohnt, muss sich bei der Meldebehörde anmelden. Nach der Anmeldung erhalten Sie eine <b>Meldebescheinigung</b>. Diese brauchen Sie zum Beispiel für ein Bankkonto, die Steuer-Identifikationsnummer, die Krankenkasse und die Schulanmeldung Ihrer Kinder.</p>",
                        "en": "<p>Everyone who lives in Germany must register with the registration office. After registering, you receive a <b>registration certificate</b> (Meldebescheinigung). You need it, for example, for a bank account, your tax identification number, your health insurance and to enrol your children at school.</p>",
                        "ar": "<p>يجب على كل شخص يقيم في ألمانيا أن يسجّل نفسه لدى دائرة تسجيل السكان. بعد التسجيل تحصلون على <b>شهادة التسجيل</b> (Meldebescheinigung). تحتاجونها مثلاً لفتح حساب مصرفي، وللحصول على الرقم الضريبي، ولدى صندوق التأمين الصحي، ولتسجيل أطفالكم في المدرسة.</p>",
                        "fa": "<p>هر کسی که در آلمان زندگی می‌کند باید نزد اداره ثبت سکونت ثبت‌نام کند. پس از ثبت‌نام یک <b>گواهی ثبت سکونت</b> (Meldebescheinigung) دریافت می‌کنید. این گواهی را برای مثال برای باز کردن حساب بانکی، گرفتن شماره شناسایی مالیاتی، بیمه درمانی و ثبت‌نام فرزندانتان در مدرسه لازم دارید.</p>",
                        "uk": "<p>Кожна людина, яка живе в Німеччині, повинна зареєструватися в органі реєстрації. Після реєстрації ви отримаєте <b>довідку про реєстрацію</b> (Meldebescheinigung). Вона знадобиться, наприклад, для банківського рахунку, податкового ідентифікаційного номера, лікарняної каси та для запису дітей до школи.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Das bringen Sie mit",
                        "en": "What to bring",
                        "ar": "ما عليكم إحضاره",
                        "fa": "چه مدارکی همراه داشته باشید",
                        "uk": "Що взяти з собою",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>Reisepass, Personalausweis oder Ankunftsnachweis für jede Person</li><li>Wohnungsgeberbestätigung: ein Formular, das Ihr Vermieter ausfüllt und unterschreibt</li><li>bei Familien: Heiratsurkunde und Geburtsurkunden der Kinder, wenn vorhanden</li><li>ausgefülltes Anmeldeformular (erhältlich im Bürgerbüro)</li></ul>",
                        "en": "<ul><li>Passport, identity card or proof of arrival for each person</li><li>Landlord's confirmation (Wohnungsgeberbestätigung): a form that your landlord fills in and signs</li><li>For families: marriage certificate and the children's birth certificates, if available</li><li>Completed registration form (available at the citizens' office)</li></ul>",
                        "ar": "<ul><li>جواز السفر أو بطاقة الهوية أو إثبات الوصول لكل شخص</li><li>تأكيد المؤجّر (Wohnungsgeberbestätigung): استمارة يملؤها المؤجّر ويوقّع عليها</li><li>للعائلات: عقد الزواج وشهادات ميلاد الأطفال إن وُجدت</li><li>استمارة التسجيل معبّأة (متوفرة في مكتب خدمة المواطنين)</li></ul>",
                        "fa": "<ul><li>گذرنامه، کارت شناسایی یا گواهی ورود برای هر نفر</li><li>تأییدیه صاحبخانه (Wohnungsgeberbestätigung): فرمی که صاحبخانه پر و امضا می‌کند</li><li>برای خانواده‌ها: سند ازدواج و گواهی تولد فرزندان، در صورت وجود</li><li>فرم ثبت سکونتِ پرشده (در دفتر خدمات شهروندی موجود است)</li></ul>",
                        "uk": "<ul><li>Закордонний паспорт, посвідчення особи або документ про прибуття для кожної особи</li><li>Підтвердження від орендодавця (Wohnungsgeberbestätigung): формуляр, який заповнює і підписує ваш орендодавець</li><li>Для сімей: свідоцтво про шлюб і свідоцтва про народження дітей, якщо вони є</li><li>Заповнений формуляр реєстрації (можна отримати в бюро громадян)</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Wer sich nicht rechtzeitig anmeldet, muss mit einem Bußgeld rechnen. Auch ein Umzug innerhalb der Stadt muss gemeldet werden.",
                        "en": "If you do not register in time, you may have to pay a fine. Moving within the same town must also be reported.",
                        "ar": "من لا يسجّل في الوقت المحدد قد يتعرّض لغرامة مالية. ويجب أيضاً الإبلاغ عن أي انتقال داخل المدينة نفسها.",
                        "fa": "اگر به موقع ثبت‌نام نکنید، ممکن است جریمه شوید. جابه‌جایی در داخل همان شهر هم باید اطلاع داده شود.",
                        "uk": "Якщо не зареєструватися вчасно, можуть накласти штраф. Про переїзд у межах міста також потрібно повідомити.",
                    },
                },
                {
                    "type": "opening_hours",
                    "value": [
                        {
                            "days": {
                                "de": "Montag bis Freitag",
                                "en": "Monday to Friday",
                                "ar": "من الاثنين إلى الجمعة",
                                "fa": "دوشنبه تا جمعه",
                                "uk": "З понеділка по п'ятницю",
                            },
                            "hours": "08:00–12:00",
                        },
                        {
                            "days": {
                                "de": "Donnerstag (zusätzlich)",
                                "en": "Thursday (additional hours)",
                                "ar": "الخميس (مواعيد إضافية)",
                                "fa": "پنجشنبه (ساعات اضافه)",
                                "uk": "Четвер (додатково)",
                            },
                            "hours": "14:00–18:00",
                        },
                    ],
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Bürgerbüro – {municipality}",
                        "en": "Citizens' office – {municipality}",
                        "ar": "مكتب خدمة المواطنين – {municipality}",
                        "fa": "دفتر خدمات شهروندی – {municipality}",
                        "uk": "Бюро громадян – {municipality}",
                    },
                    "phone": "+49 6631 9870-110",
                    "email": "buergerbuero@example.org",
                    "address": "Rathaus, Marktplatz 3, Erdgeschoss",
                },
            ],
            "children": [],
        },
    ],
}

_OFFICES = {
    "slug": "behoerden",
    "icon": "office",
    "title": {
        "de": "Ämter und Behörden",
        "en": "Authorities and offices",
        "ar": "الدوائر والجهات الرسمية",
        "fa": "ادارات و نهادهای دولتی",
        "uk": "Установи та органи влади",
    },
    "intro": {
        "de": "Welches Amt ist wofür zuständig? Hier finden Sie einen Überblick.",
        "en": "Which office is responsible for what? Here is an overview.",
        "ar": "أي دائرة مسؤولة عن ماذا؟ إليكم لمحة عامة.",
        "fa": "کدام اداره مسئول چه کاری است؟ در اینجا یک نمای کلی می‌بینید.",
        "uk": "Яка установа за що відповідає? Тут ви знайдете короткий огляд.",
    },
    "body": [
        {
            "type": "image",
            "key": "office",
            "alt": {
                "de": "Illustration: Ein Schalter in einem Amt mit einer Anzeige für Wartenummern.",
                "en": "Illustration: a counter in a public office with a display showing queue numbers.",
                "ar": "رسم توضيحي: شبّاك في دائرة رسمية مع شاشة تعرض أرقام الانتظار.",
                "fa": "تصویر: باجه‌ای در یک اداره با نمایشگر شماره نوبت.",
                "uk": "Ілюстрація: віконце в установі з табло електронної черги.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Wer ist wofür zuständig?",
                "en": "Who is responsible for what?",
                "ar": "مَن المسؤول عن ماذا؟",
                "fa": "کدام اداره مسئول چیست؟",
                "uk": "Хто за що відповідає?",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<ul><li><b>Bürgerbüro:</b> Anmeldung des Wohnsitzes, Meldebescheinigung, Führungszeugnis</li><li><b>Ausländerbehörde:</b> Aufenthaltstitel, Visum, Verlängerungen, Familiennachzug</li><li><b>Jobcenter:</b> Bürgergeld und Unterstützung bei der Arbeitssuche</li><li><b>Agentur für Arbeit:</b> Berufsberatung, Arbeitslosengeld, Kindergeld (Familienkasse)</li><li><b>Sozialamt:</b> Leistungen für Asylsuchende und für Menschen, die nicht arbeiten können</li><li><b>Jugendamt:</b> Unterstützung für Familien, Kinder und Jugendliche</li></ul>",
                "en": "<ul><li><b>Citizens' office:</b> address registration, registration certificate, certificate of good conduct</li><li><b>Immigration office:</b> residence permits, visas, extensions, family reunification</li><li><b>Jobcenter:</b> citizen's income (Bürgergeld) and support in finding work</li><li><b>Employment agency (Agentur für Arbeit):</b> career advice, unemployment benefit, child benefit (Familienkasse)</li><li><b>Social welfare office:</b> benefits for asylum seekers and for people who cannot work</li><li><b>Youth welfare office:</b> support for families, children and young people</li></ul>",
                "ar": "<ul><li><b>مكتب خدمة المواطنين:</b> تسجيل السكن، شهادة التسجيل، شهادة حسن السيرة والسلوك</li><li><b>دائرة الأجانب:</b> تصاريح الإقامة، التأشيرات، التمديد، لمّ شمل الأسرة</li><li><b>مركز العمل (Jobcenter):</b> إعانة المواطن (Bürgergeld) والدعم في البحث عن عمل</li><li><b>وكالة العمل (Agentur für Arbeit):</b> الإرشاد المهني، إعانة البطالة، إعانة الأطفال (Familienkasse)</li><li><b>دائرة الشؤون الاجتماعية:</b> المساعدات لطالبي اللجوء وللأشخاص غير القادرين على العمل</li><li><b>دائرة رعاية الشباب:</b> دعم العائلات والأطفال واليافعين</li></ul>",
                "fa": "<ul><li><b>دفتر خدمات شهروندی:</b> ثبت محل سکونت، گواهی ثبت سکونت، گواهی عدم سوءپیشینه</li><li><b>اداره اتباع خارجی:</b> اجازه اقامت، ویزا، تمدید، پیوستن خانواده</li><li><b>جاب‌سنتر (Jobcenter):</b> کمک‌هزینه شهروندی (Bürgergeld) و کمک در جست‌وجوی کار</li><li><b>اداره کار (Agentur für Arbeit):</b> مشاوره شغلی، بیمه بیکاری، کمک‌هزینه فرزند (Familienkasse)</li><li><b>اداره امور اجتماعی:</b> کمک‌هزینه برای پناهجویان و افرادی که نمی‌توانند کار کنند</li><li><b>اداره امور کودکان و نوجوانان (Jugendamt):</b> حمایت از خانواده‌ها، کودکان و نوجوانان</li></ul>",
                "uk": "<ul><li><b>Бюро громадян:</b> реєстрація місця проживання, довідка про реєстрацію, довідка про несудимість</li><li><b>Відомство у справах іноземців:</b> дозволи на проживання, візи, продовження, возз'єднання сім'ї</li><li><b>Jobcenter:</b> громадянська допомога (Bürgergeld) і підтримка в пошуку роботи</li><li><b>Агентство праці (Agentur für Arbeit):</b> профорієнтація, допомога з безробіття, допомога на дітей (Familienkasse)</li><li><b>Соціальне відомство:</b> виплати для шукачів притулку та людей, які не можуть працювати</li><li><b>Відомство у справах молоді (Jugendamt):</b> підтримка сімей, дітей і молоді</li></ul>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Für die meisten Ämter brauchen Sie einen Termin. Viele Termine können Sie online oder telefonisch vereinbaren. Kommen Sie pünktlich und bringen Sie Ihren Ausweis mit.",
                "en": "You need an appointment for most offices. Many appointments can be booked online or by phone. Arrive on time and bring your ID with you.",
                "ar": "تحتاجون إلى موعد مسبق في معظم الدوائر. يمكن حجز كثير من المواعيد عبر الإنترنت أو بالهاتف. احضروا في الوقت المحدد واصطحبوا وثيقة هويتكم.",
                "fa": "برای بیشتر ادارات باید از قبل وقت بگیرید. بسیاری از وقت‌ها را می‌توانید آنلاین یا تلفنی بگیرید. سر وقت بروید و مدرک شناسایی خود را همراه داشته باشید.",
                "uk": "До більшості установ потрібно записуватися на прийом. Багато записів можна зробити онлайн або телефоном. Приходьте вчасно й візьміть із собою документ, що посвідчує особу.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Was mache ich, wenn ich einen Termin nicht wahrnehmen kann?",
                        "en": "What do I do if I cannot attend an appointment?",
                        "ar": "ماذا أفعل إذا لم أتمكّن من الحضور إلى موعد؟",
                        "fa": "اگر نتوانم سر وقت اداری حاضر شوم، چه کنم؟",
                        "uk": "Що робити, якщо я не можу прийти на прийом?",
                    },
                    "answer": {
                        "de": "Sagen Sie den Termin so früh wie möglich telefonisch oder per E-Mail ab. Beim Jobcenter kann ein unentschuldigt versäumter Termin dazu führen, dass Leistungen gekürzt werden.",
                        "en": "Cancel the appointment as early as possible by phone or e-mail. At the Jobcenter, missing an appointment without a valid reason can lead to your benefits being reduced.",
                        "ar": "ألغوا الموعد في أقرب وقت ممكن بالهاتف أو بالبريد الإلكتروني. في مركز العمل (Jobcenter) قد يؤدي التغيّب عن موعد دون عذر إلى تخفيض المساعدات.",
                        "fa": "هرچه زودتر وقت را تلفنی یا با ایمیل لغو کنید. در جاب‌سنتر، غیبت بدون عذر موجه ممکن است باعث کاهش کمک‌هزینه شما شود.",
                        "uk": "Якомога раніше скасуйте прийом телефоном або електронною поштою. У Jobcenter пропуск прийому без поважної причини може призвести до зменшення виплат.",
                    },
                },
                {
                    "question": {
                        "de": "Was ist ein Bescheid?",
                        "en": "What is a “Bescheid”?",
                        "ar": "ما هو القرار الرسمي (Bescheid)؟",
                        "fa": "«Bescheid» یعنی چه؟",
                        "uk": "Що таке Bescheid?",
                    },
                    "answer": {
                        "de": "Ein Bescheid ist eine schriftliche Entscheidung einer Behörde. Wenn Sie nicht einverstanden sind, können Sie innerhalb der genannten Frist – meist ein Monat – Widerspruch einlegen.",
                        "en": "A Bescheid is a written decision by an authority. If you disagree, you can lodge an objection (Widerspruch) within the stated deadline – usually one month.",
                        "ar": "القرار الرسمي (Bescheid) هو قرار مكتوب صادر عن جهة رسمية. إذا لم توافقوا عليه يمكنكم تقديم اعتراض (Widerspruch) خلال المهلة المذكورة فيه، وهي غالباً شهر واحد.",
                        "fa": "«Bescheid» تصمیم کتبی یک اداره است. اگر با آن موافق نیستید، می‌توانید در مهلت ذکرشده، که معمولاً یک ماه است، اعتراض (Widerspruch) کنید.",
                        "uk": "Bescheid – це письмове рішення державної установи. Якщо ви з ним не згодні, можете подати заперечення (Widerspruch) у зазначений строк – зазвичай протягом одного місяця.",
                    },
                },
            ],
        },
        {
            "type": "links",
            "value": [
                {
                    "title": {
                        "de": "BAMF – Bundesamt für Migration und Flüchtlinge",
                        "en": "BAMF – Federal Office for Migration and Refugees",
                        "ar": "المكتب الاتحادي للهجرة واللاجئين (BAMF)",
                        "fa": "اداره فدرال مهاجرت و پناهندگان (BAMF)",
                        "uk": "BAMF – Федеральне відомство у справах міграції та біженців",
                    },
                    "url": "https://www.bamf.de",
                },
                {
                    "title": {
                        "de": "Handbook Germany – Informationen in vielen Sprachen",
                        "en": "Handbook Germany – information in many languages",
                        "ar": "Handbook Germany – معلومات بلغات عديدة",
                        "fa": "Handbook Germany – اطلاعات به زبان‌های گوناگون",
                        "uk": "Handbook Germany – інформація багатьма мовами",
                    },
                    "url": "https://handbookgermany.de",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "auslaenderbehoerde",
            "icon": "office",
            "title": {
                "de": "Ausländerbehörde",
                "en": "Immigration office",
                "ar": "دائرة الأجانب",
                "fa": "اداره اتباع خارجی",
                "uk": "Відомство у справах іноземців",
            },
            "intro": {
                "de": "Die Ausländerbehörde entscheidet über Ihren Aufenthaltstitel und dessen Verlängerung.",
                "en": "The immigration office decides on your residence permit and its extension.",
                "ar": "تتّخذ دائرة الأجانب القرار بشأن تصريح إقامتكم وتمديده.",
                "fa": "اداره اتباع خارجی درباره اجازه اقامت شما و تمدید آن تصمیم می‌گیرد.",
                "uk": "Відомство у справах іноземців ухвалює рішення щодо вашого дозволу на проживання та його продовження.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Aufgaben der Ausländerbehörde",
                        "en": "What the immigration office does",
                        "ar": "مهام دائرة الأجانب",
                        "fa": "وظایف اداره اتباع خارجی",
                        "uk": "Завдання відомства у справах іноземців",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Die Ausländerbehörde stellt Aufenthaltstitel aus und verlängert sie. Sie ist auch für Anträge auf Familiennachzug, Niederlassungserlaubnis und Arbeitserlaubnis zuständig. Für Städte, die zu einem Landkreis gehören, ist meist die Ausländerbehörde des Landkreises zuständig.</p><p>Ihr Aufenthaltstitel hat ein Ablaufdatum. Beantragen Sie die Verlängerung <b>mindestens acht Wochen vorher</b>. Wenn Sie den Antrag rechtzeitig stellen, erhalten Sie bis zur Entscheidung eine Fiktionsbescheinigung – damit bleibt Ihr Aufenthalt erlaubt.</p>",
                        "en": "<p>The immigration office issues and extends residence permits. It is also responsible for applications for family reunification, permanent settlement permits and work permits. For towns that belong to a county, the county's immigration office is usually responsible.</p><p>Your residence permit has an expiry date. Apply for an extension <b>at least eight weeks in advance</b>. If you apply in time, you will receive a provisional certificate (Fiktionsbescheinigung) until a decision is made – this means your stay remains legal.</p>",
                        "ar": "<p>تُصدر دائرة الأجانب تصاريح الإقامة وتمدّدها. وهي مسؤولة أيضاً عن طلبات لمّ شمل الأسرة والإقامة الدائمة وتصاريح العمل. في المدن التابعة لمقاطعة تكون دائرة الأجانب في المقاطعة هي المسؤولة عادةً.</p><p>لتصريح إقامتكم تاريخ انتهاء. قدّموا طلب التمديد <b>قبل ثمانية أسابيع على الأقل</b>. إذا قدّمتم الطلب في الوقت المناسب تحصلون حتى صدور القرار على شهادة مؤقتة (Fiktionsbescheinigung) تبقى بموجبها إقامتكم قانونية.</p>",
                        "fa": "<p>اداره اتباع خارجی اجازه اقامت صادر و تمدید می‌کند. این اداره همچنین به درخواست‌های پیوستن خانواده، اقامت دائم و اجازه کار رسیدگی می‌کند. برای شهرهایی که جزو یک شهرستان هستند، معمولاً اداره اتباع خارجی شهرستان مسئول است.</p><p>اجازه اقامت شما تاریخ انقضا دارد. درخواست تمدید را <b>دست‌کم هشت هفته پیش از آن</b> بدهید. اگر به موقع درخواست بدهید، تا زمان تصمیم‌گیری یک گواهی موقت (Fiktionsbescheinigung) دریافت می‌کنید و اقامت شما قانونی باقی می‌ماند.</p>",
                        "uk": "<p>Відомство у справах іноземців видає та продовжує дозволи на проживання. Воно також розглядає заяви на возз'єднання сім'ї, дозвіл на постійне проживання та дозвіл на роботу. Для міст, що входять до складу району, зазвичай відповідає відомство у справах іноземців району.</p><p>Ваш дозвіл на проживання має строк дії. Подайте заяву на продовження <b>щонайменше за вісім тижнів</b>. Якщо ви подасте заяву вчасно, до ухвалення рішення отримаєте тимчасову довідку (Fiktionsbescheinigung) – і ваше перебування залишатиметься законним.</p>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Reisen Sie nicht ins Ausland, solange Ihr Antrag läuft, ohne vorher mit der Ausländerbehörde zu sprechen. Mit manchen Dokumenten ist die Wiedereinreise nicht möglich.",
                        "en": "Do not travel abroad while your application is being processed without first speaking to the immigration office. Some documents do not allow you to re-enter the country.",
                        "ar": "لا تسافروا إلى الخارج أثناء معالجة طلبكم قبل التحدّث مع دائرة الأجانب. فبعض الوثائق لا تسمح لكم بالعودة إلى البلاد.",
                        "fa": "تا زمانی که درخواست شما در حال بررسی است، بدون مشورت با اداره اتباع خارجی به خارج از کشور سفر نکنید. با برخی مدارک امکان بازگشت به آلمان وجود ندارد.",
                        "uk": "Не виїжджайте за кордон, поки розглядається ваша заява, не порадившись заздалегідь із відомством у справах іноземців. З деякими документами повернутися в країну неможливо.",
                    },
                },
                {
                    "type": "opening_hours",
                    "value": [
                        {
                            "days": {
                                "de": "Montag und Dienstag",
                                "en": "Monday and Tuesday",
                                "ar": "الاثنين والثلاثاء",
                                "fa": "دوشنبه و سه‌شنبه",
                                "uk": "Понеділок і вівторок",
                            },
                            "hours": "08:00–12:00",
                        },
                        {
                            "days": {
                                "de": "Donnerstag",
                                "en": "Thursday",
                                "ar": "الخميس",
                                "fa": "پنجشنبه",
                                "uk": "Четвер",
                            },
                            "hours": "13:30–17:30",
                        },
                    ],
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Ausländerbehörde",
                        "en": "Immigration office",
                        "ar": "دائرة الأجانب",
                        "fa": "اداره اتباع خارجی",
                        "uk": "Відомство у справах іноземців",
                    },
                    "phone": "+49 6631 9870-300",
                    "email": "auslaenderbehoerde@example.org",
                    "address": "Kreishaus, Lindenplatz 1, 2. Stock",
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Wie lange dauert die Bearbeitung?",
                                "en": "How long does processing take?",
                                "ar": "كم تستغرق معالجة الطلب؟",
                                "fa": "رسیدگی به درخواست چقدر طول می‌کشد؟",
                                "uk": "Скільки триває розгляд заяви?",
                            },
                            "answer": {
                                "de": "Das hängt vom Antrag ab, oft dauert es mehrere Wochen. Reichen Sie deshalb alle Unterlagen vollständig ein und antworten Sie schnell auf Rückfragen.",
                                "en": "That depends on the application; it often takes several weeks. So submit all documents in full and respond quickly to any questions.",
                                "ar": "يتوقف ذلك على نوع الطلب، وغالباً ما يستغرق عدة أسابيع. لذلك قدّموا جميع الوثائق كاملة وأجيبوا بسرعة على أي استفسارات.",
                                "fa": "این به نوع درخواست بستگی دارد و اغلب چند هفته طول می‌کشد. بنابراین همه مدارک را کامل تحویل دهید و به پرسش‌های اداره سریع پاسخ دهید.",
                                "uk": "Це залежить від заяви, часто розгляд триває кілька тижнів. Тому подавайте всі документи в повному обсязі й швидко відповідайте на додаткові запитання.",
                            },
                        },
                        {
                            "question": {
                                "de": "Was ist eine Fiktionsbescheinigung?",
                                "en": "What is a Fiktionsbescheinigung?",
                                "ar": "ما هي الشهادة المؤقتة (Fiktionsbescheinigung)؟",
                                "fa": "گواهی موقت (Fiktionsbescheinigung) چیست؟",
                                "uk": "Що таке Fiktionsbescheinigung?",
                            },
                            "answer": {
                                "de": "Ein Dokument, das bestätigt, dass Ihr Aufenthalt bis zur Entscheidung über Ihren Antrag weiter erlaubt ist. Bewahren Sie es zusammen mit Ihrem Pass auf.",
                                "en": "A document confirming that your stay remains permitted until a decision is made on your application. Keep it together with your passport.",
                                "ar": "وثيقة تؤكد أن إقامتكم تبقى مسموحاً بها إلى حين البتّ في طلبكم. احتفظوا بها مع جواز سفركم.",
                                "fa": "مدرکی است که تأیید می‌کند اقامت شما تا زمان تصمیم‌گیری درباره درخواستتان مجاز است. آن را همراه گذرنامه‌تان نگه دارید.",
                                "uk": "Це документ, який підтверджує, що ваше перебування залишається дозволеним до ухвалення рішення щодо вашої заяви. Зберігайте його разом із паспортом.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
        {
            "slug": "sozialleistungen",
            "icon": "office",
            "title": {
                "de": "Jobcenter und Sozialleistungen",
                "en": "Jobcenter and social benefits",
                "ar": "مركز العمل والمساعدات الاجتماعية",
                "fa": "جاب‌سنتر و کمک‌هزینه‌های اجتماعی",
                "uk": "Jobcenter і соціальні виплати",
            },
            "intro": {
                "de": "Wer nicht genug Geld zum Leben hat, kann unter bestimmten Voraussetzungen staatliche Unterstützung bekommen.",
                "en": "If you do not have enough money to live on, you may be able to get state support under certain conditions.",
                "ar": "من لا يملك ما يكفي من المال للعيش يمكنه، وفق شروط معينة، الحصول على دعم من الدولة.",
                "fa": "اگر پول کافی برای گذران زندگی ندارید، تحت شرایطی می‌توانید از کمک دولت برخوردار شوید.",
                "uk": "Якщо вам не вистачає грошей на життя, за певних умов ви можете отримати державну підтримку.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Welche Leistungen gibt es?",
                        "en": "Which benefits are available?",
                        "ar": "ما هي المساعدات المتاحة؟",
                        "fa": "چه کمک‌هزینه‌هایی وجود دارد؟",
                        "uk": "Які виплати існують?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li><b>Bürgergeld</b> vom Jobcenter: für erwerbsfähige Menschen und ihre Familien, zum Beispiel nach der Anerkennung als Flüchtling</li><li><b>Asylbewerberleistungen</b> vom Sozialamt: für Menschen im Asylverfahren und mit Duldung</li><li><b>Kindergeld</b> von der Familienkasse: für Kinder, unabhängig vom Einkommen der Eltern</li><li><b>Wohngeld</b> von der Wohngeldstelle: Zuschuss zur Miete für Menschen mit geringem Einkommen</li></ul>",
                        "en": "<ul><li><b>Citizen's income (Bürgergeld)</b> from the Jobcenter: for people who are able to work and their families, for example after being recognised as a refugee</li><li><b>Asylum seekers' benefits</b> from the social welfare office: for people in the asylum procedure and people with a temporary suspension of deportation (Duldung)</li><li><b>Child benefit (Kindergeld)</b> from the Familienkasse: for children, regardless of the parents' income</li><li><b>Housing benefit (Wohngeld)</b> from the housing benefit office: a rent subsidy for people on a low income</li></ul>",
                        "ar": "<ul><li><b>إعانة المواطن (Bürgergeld)</b> من مركز العمل: للأشخاص القادرين على العمل وعائلاتهم، مثلاً بعد الاعتراف بهم كلاجئين</li><li><b>مساعدات طالبي اللجوء</b> من دائرة الشؤون الاجتماعية: للأشخاص الذين ما زالت إجراءات لجوئهم جارية وللحاصلين على وقف الترحيل (Duldung)</li><li><b>إعانة الأطفال (Kindergeld)</b> من صندوق الأسرة (Familienkasse): للأطفال، بغضّ النظر عن دخل الوالدين</li><li><b>إعانة السكن (Wohngeld)</b> من مكتب إعانة السكن: دعم لدفع الإيجار لأصحاب الدخل المحدود</li></ul>",
                        "fa": "<ul><li><b>کمک‌هزینه شهروندی (Bürgergeld)</b> از جاب‌سنتر: برای افرادی که توانایی کار دارند و خانواده‌هایشان، برای مثال پس از پذیرش به‌عنوان پناهنده</li><li><b>کمک‌هزینه پناهجویان</b> از اداره امور اجتماعی: برای افرادی که پرونده پناهندگی‌شان در جریان است یا «دولدونگ» (Duldung) دارند</li><li><b>کمک‌هزینه فرزند (Kindergeld)</b> از صندوق خانواده (Familienkasse): برای فرزندان، مستقل از درآمد والدین</li><li><b>کمک‌هزینه مسکن (Wohngeld)</b> از اداره کمک‌هزینه مسکن: کمک به پرداخت اجاره برای افراد کم‌درآمد</li></ul>",
                        "uk": "<ul><li><b>Громадянська допомога (Bürgergeld)</b> від Jobcenter: для працездатних людей та їхніх сімей, наприклад після визнання статусу біженця</li><li><b>Допомога для шукачів притулку</b> від соціального відомства: для людей, які перебувають у процедурі надання притулку або мають толерований статус (Duldung)</li><li><b>Допомога на дітей (Kindergeld)</b> від сімейної каси (Familienkasse): на дітей, незалежно від доходу батьків</li><li><b>Житлова допомога (Wohngeld)</b> від відділу житлової допомоги: доплата до орендної плати для людей з низьким доходом</li></ul>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Antrag stellen",
                        "en": "How to apply",
                        "ar": "تقديم الطلب",
                        "fa": "ثبت درخواست",
                        "uk": "Подання заяви",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Den Antrag auf Bürgergeld können Sie online oder direkt im Jobcenter stellen. Bringen Sie Ausweis, Aufenthaltstitel, Mietvertrag, Kontoauszüge der letzten drei Monate und die Meldebescheinigung mit. Das Geld wird ab dem Monat der Antragstellung gezahlt – stellen Sie den Antrag deshalb so früh wie möglich.</p>",
                        "en": "<p>You can apply for citizen's income online or directly at the Jobcenter. Bring your ID, residence permit, tenancy agreement, bank statements for the last three months and your registration certificate. The money is paid from the month in which you apply – so apply as early as possible.</p>",
                        "ar": "<p>يمكنكم تقديم طلب إعانة المواطن عبر الإنترنت أو مباشرة في مركز العمل. أحضروا معكم وثيقة الهوية وتصريح الإقامة وعقد الإيجار وكشوف الحساب المصرفي للأشهر الثلاثة الأخيرة وشهادة التسجيل. تُصرف الإعانة اعتباراً من الشهر الذي قدّمتم فيه الطلب، لذا قدّموه في أسرع وقت ممكن.</p>",
                        "fa": "<p>درخواست کمک‌هزینه شهروندی را می‌توانید آنلاین یا مستقیماً در جاب‌سنتر ثبت کنید. مدرک شناسایی، اجازه اقامت، قرارداد اجاره، صورت‌حساب‌های بانکی سه ماه اخیر و گواهی ثبت سکونت را همراه داشته باشید. پول از ماهی پرداخت می‌شود که درخواست داده‌اید؛ پس هرچه زودتر درخواست بدهید.</p>",
                        "uk": "<p>Заяву на громадянську допомогу можна подати онлайн або безпосередньо в Jobcenter. Візьміть із собою посвідчення особи, дозвіл на проживання, договір оренди, банківські виписки за останні три місяці та довідку про реєстрацію. Гроші виплачують з місяця подання заяви – тому подайте її якомога раніше.</p>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Melden Sie Änderungen sofort, zum Beispiel eine neue Arbeit, einen Umzug oder die Geburt eines Kindes. Sonst müssen Sie zu viel erhaltenes Geld zurückzahlen.",
                        "en": "Report changes immediately, for example a new job, a move or the birth of a child. Otherwise you will have to pay back any money you received in excess.",
                        "ar": "أبلغوا فوراً عن أي تغيير، مثل عمل جديد أو الانتقال إلى مسكن آخر أو ولادة طفل. وإلا سيتعيّن عليكم إعادة المبالغ التي حصلتم عليها زيادةً عن حقكم.",
                        "fa": "هر تغییری را فوراً اطلاع دهید، برای مثال کار جدید، اسباب‌کشی یا تولد فرزند. در غیر این صورت باید پولی را که اضافه دریافت کرده‌اید پس بدهید.",
                        "uk": "Негайно повідомляйте про зміни, наприклад про нову роботу, переїзд або народження дитини. Інакше вам доведеться повернути надміру отримані гроші.",
                    },
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Jobcenter – {municipality}",
                        "en": "Jobcenter – {municipality}",
                        "ar": "مركز العمل (Jobcenter) – {municipality}",
                        "fa": "جاب‌سنتر (Jobcenter) – {municipality}",
                        "uk": "Jobcenter – {municipality}",
                    },
                    "phone": "+49 6631 9870-500",
                    "email": "jobcenter@example.org",
                    "address": "Bahnhofstraße 18",
                },
                {
                    "type": "links",
                    "value": [
                        {
                            "title": {
                                "de": "Bürgergeld online beantragen",
                                "en": "Apply for citizen's income online",
                                "ar": "تقديم طلب إعانة المواطن عبر الإنترنت",
                                "fa": "درخواست آنلاین کمک‌هزینه شهروندی",
                                "uk": "Подати заяву на громадянську допомогу онлайн",
                            },
                            "url": "https://www.jobcenter.digital",
                        },
                        {
                            "title": {
                                "de": "Kindergeld bei der Familienkasse",
                                "en": "Child benefit from the Familienkasse",
                                "ar": "إعانة الأطفال لدى صندوق الأسرة",
                                "fa": "کمک‌هزینه فرزند از صندوق خانواده",
                                "uk": "Допомога на дітей у сімейній касі",
                            },
                            "url": "https://www.arbeitsagentur.de/familie-und-kinder",
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

_HOUSING = {
    "slug": "wohnen",
    "icon": "house",
    "title": {
        "de": "Wohnen",
        "en": "Housing",
        "ar": "السكن",
        "fa": "مسکن",
        "uk": "Житло",
    },
    "intro": {
        "de": "Informationen zu Wohnungssuche, Miete und Zusammenleben im Haus.",
        "en": "Information on finding a flat, paying rent and living together in a building.",
        "ar": "معلومات حول البحث عن شقة والإيجار والعيش المشترك في المبنى.",
        "fa": "اطلاعاتی درباره پیدا کردن خانه، اجاره‌بها و زندگی در کنار همسایه‌ها.",
        "uk": "Інформація про пошук житла, оренду та співжиття в будинку.",
    },
    "body": [
        {
            "type": "image",
            "key": "house",
            "alt": {
                "de": "Illustration: Ein Mehrfamilienhaus mit Balkonen, davor stehen Fahrräder.",
                "en": "Illustration: an apartment building with balconies and bicycles in front of it.",
                "ar": "رسم توضيحي: مبنى سكني بشرفات، وأمامه دراجات هوائية.",
                "fa": "تصویر: یک ساختمان آپارتمانی با بالکن و چند دوچرخه جلوی آن.",
                "uk": "Ілюстрація: багатоквартирний будинок із балконами, перед ним стоять велосипеди.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Wohnen in Deutschland",
                "en": "Housing in Germany",
                "ar": "السكن في ألمانيا",
                "fa": "مسکن در آلمان",
                "uk": "Житло в Німеччині",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>Die meisten Menschen in Deutschland wohnen zur Miete. Bezahlbare Wohnungen sind knapp, deshalb braucht die Suche oft Geduld. Wer Sozialleistungen erhält, muss vor der Unterschrift klären, ob die Kosten der Wohnung übernommen werden.</p><p>Die Miete besteht aus der <b>Kaltmiete</b> und den <b>Nebenkosten</b> für Heizung, Wasser, Müllabfuhr und Hausreinigung. Strom und Internet bezahlen Sie meist zusätzlich.</p>",
                "en": "<p>Most people in Germany rent their homes. Affordable flats are scarce, so finding one often takes patience. If you receive social benefits, you must check before signing whether the costs of the flat will be covered.</p><p>The rent consists of the <b>basic rent</b> (Kaltmiete) and the <b>service charges</b> (Nebenkosten) for heating, water, waste collection and cleaning of the building. Electricity and internet are usually paid separately.</p>",
                "ar": "<p>يسكن معظم الناس في ألمانيا في شقق مستأجرة. الشقق ذات الأسعار المعقولة قليلة، لذلك يحتاج البحث غالباً إلى صبر. إذا كنتم تحصلون على مساعدات اجتماعية، فعليكم التأكد قبل التوقيع من أن تكاليف الشقة ستُغطّى.</p><p>يتكوّن الإيجار من <b>الإيجار الأساسي</b> (Kaltmiete) و<b>التكاليف الإضافية</b> (Nebenkosten) للتدفئة والمياه وجمع النفايات وتنظيف المبنى. أما الكهرباء والإنترنت فتدفعونها عادةً بشكل منفصل.</p>",
                "fa": "<p>بیشتر مردم در آلمان مستأجر هستند. خانه‌های مناسب و ارزان کم است، بنابراین پیدا کردن خانه اغلب به صبر نیاز دارد. اگر کمک‌هزینه اجتماعی دریافت می‌کنید، باید پیش از امضای قرارداد مطمئن شوید که هزینه‌های خانه پرداخت خواهد شد.</p><p>اجاره‌بها از <b>اجاره پایه</b> (Kaltmiete) و <b>هزینه‌های جانبی</b> (Nebenkosten) برای گرمایش، آب، جمع‌آوری زباله و نظافت ساختمان تشکیل می‌شود. برق و اینترنت را معمولاً جداگانه می‌پردازید.</p>",
                "uk": "<p>Більшість людей у Німеччині живе в орендованому житлі. Доступних квартир мало, тому пошук часто потребує терпіння. Якщо ви отримуєте соціальні виплати, перед підписанням договору з'ясуйте, чи будуть покриті витрати на житло.</p><p>Орендна плата складається з <b>основної орендної плати</b> (Kaltmiete) і <b>додаткових витрат</b> (Nebenkosten) на опалення, воду, вивезення сміття та прибирання будинку. За електроенергію та інтернет зазвичай платять окремо.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Mit einem Wohnberechtigungsschein (WBS) können Sie sich auf günstigere Sozialwohnungen bewerben. Den Antrag stellen Sie bei der Stadt- oder Kreisverwaltung.",
                "en": "With a housing entitlement certificate (Wohnberechtigungsschein, WBS) you can apply for cheaper social housing. You apply for it at the town or county administration.",
                "ar": "بواسطة شهادة أحقية السكن الاجتماعي (Wohnberechtigungsschein – WBS) يمكنكم التقدّم للحصول على شقق اجتماعية بأسعار أقل. يُقدَّم طلبها لدى إدارة المدينة أو المقاطعة.",
                "fa": "با «گواهی حق استفاده از مسکن اجتماعی» (Wohnberechtigungsschein یا WBS) می‌توانید برای آپارتمان‌های اجتماعی ارزان‌تر درخواست بدهید. این گواهی را از شهرداری یا اداره شهرستان درخواست کنید.",
                "uk": "Маючи довідку про право на соціальне житло (Wohnberechtigungsschein, WBS), ви можете претендувати на дешевше соціальне житло. Заяву подають до міської або районної адміністрації.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Was ist eine Kaution?",
                        "en": "What is a deposit (Kaution)?",
                        "ar": "ما هو مبلغ التأمين (Kaution)؟",
                        "fa": "ودیعه (Kaution) چیست؟",
                        "uk": "Що таке застава (Kaution)?",
                    },
                    "answer": {
                        "de": "Die Kaution ist eine Sicherheit für den Vermieter und beträgt höchstens drei Kaltmieten. Sie bekommen sie beim Auszug zurück, wenn die Wohnung in Ordnung ist.",
                        "en": "The deposit is security for the landlord and amounts to no more than three months' basic rent. You get it back when you move out, provided the flat is in good order.",
                        "ar": "مبلغ التأمين ضمان للمؤجّر، ولا يتجاوز قيمة ثلاثة أشهر من الإيجار الأساسي. يُعاد إليكم عند مغادرة الشقة إذا كانت في حالة جيدة.",
                        "fa": "ودیعه تضمینی برای صاحبخانه است و حداکثر برابر سه ماه اجاره پایه است. اگر هنگام تخلیه، خانه سالم باشد، ودیعه به شما بازگردانده می‌شود.",
                        "uk": "Застава – це гарантія для орендодавця, вона становить не більше трьох місячних основних орендних плат. Ви отримаєте її назад під час виїзду, якщо квартира в належному стані.",
                    },
                },
                {
                    "question": {
                        "de": "Darf Besuch bei mir übernachten?",
                        "en": "May guests stay overnight with me?",
                        "ar": "هل يُسمح لضيوفي بالمبيت عندي؟",
                        "fa": "آیا مهمان می‌تواند شب در خانه من بماند؟",
                        "uk": "Чи можуть гості ночувати в мене?",
                    },
                    "answer": {
                        "de": "Ja, Besuch ist erlaubt. Wenn jemand dauerhaft bei Ihnen einzieht, müssen Sie vorher den Vermieter fragen.",
                        "en": "Yes, guests are allowed. If someone moves in with you permanently, you must ask your landlord first.",
                        "ar": "نعم، استقبال الضيوف مسموح. أما إذا أراد شخص السكن معكم بشكل دائم، فعليكم سؤال المؤجّر مسبقاً.",
                        "fa": "بله، پذیرایی از مهمان مجاز است. اما اگر کسی بخواهد به‌طور دائم با شما زندگی کند، باید از قبل از صاحبخانه اجازه بگیرید.",
                        "uk": "Так, гості дозволені. Якщо хтось переїжджає до вас на постійно, спершу потрібно запитати орендодавця.",
                    },
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "wohnungssuche",
            "icon": "house",
            "title": {
                "de": "Wohnungssuche",
                "en": "Finding a flat",
                "ar": "البحث عن شقة",
                "fa": "پیدا کردن خانه",
                "uk": "Пошук житла",
            },
            "intro": {
                "de": "So finden Sie eine Wohnung und erkennen unseriöse Angebote.",
                "en": "How to find a flat and recognise dubious offers.",
                "ar": "كيف تجدون شقة وتتعرّفون على العروض غير الموثوقة.",
                "fa": "چگونه خانه پیدا کنید و آگهی‌های غیرقابل‌اعتماد را تشخیص دهید.",
                "uk": "Як знайти квартиру та розпізнати несумлінні пропозиції.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Wo finde ich Wohnungsangebote?",
                        "en": "Where can I find flats?",
                        "ar": "أين أجد عروض الشقق؟",
                        "fa": "آگهی‌های خانه را کجا پیدا کنم؟",
                        "uk": "Де знайти пропозиції житла?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>Immobilienportale im Internet und Anzeigen in der Lokalzeitung</li><li>städtische Wohnungsbaugesellschaften und Wohnungsgenossenschaften</li><li>Aushänge im Supermarkt, in Gemeindezentren, Moscheen und Kirchen</li><li>Bekannte, Kolleginnen und Kollegen – viele Wohnungen werden persönlich weitergegeben</li></ul>",
                        "en": "<ul><li>Property websites and adverts in the local newspaper</li><li>Municipal housing companies and housing cooperatives</li><li>Notices in supermarkets, community centres, mosques and churches</li><li>Friends and colleagues – many flats are passed on by word of mouth</li></ul>",
                        "ar": "<ul><li>مواقع العقارات على الإنترنت والإعلانات في الصحيفة المحلية</li><li>شركات الإسكان التابعة للبلدية والتعاونيات السكنية</li><li>الإعلانات المعلّقة في المتاجر والمراكز المجتمعية والمساجد والكنائس</li><li>المعارف والزملاء، فكثير من الشقق تنتقل من شخص إلى آخر عن طريق المعرفة الشخصية</li></ul>",
                        "fa": "<ul><li>سایت‌های املاک در اینترنت و آگهی‌های روزنامه محلی</li><li>شرکت‌های مسکن شهرداری و تعاونی‌های مسکن</li><li>آگهی‌های تابلوی اعلانات در سوپرمارکت‌ها، مراکز محله، مساجد و کلیساها</li><li>آشنایان و همکاران؛ بسیاری از خانه‌ها از طریق آشنایی دست‌به‌دست می‌شوند</li></ul>",
                        "uk": "<ul><li>Інтернет-портали нерухомості та оголошення в місцевій газеті</li><li>Муніципальні житлові компанії та житлові кооперативи</li><li>Оголошення в супермаркетах, громадських центрах, мечетях і церквах</li><li>Знайомі та колеги – багато квартир передають з рук у руки</li></ul>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Gut vorbereitet bewerben",
                        "en": "Apply well prepared",
                        "ar": "قدّموا طلبكم بتحضير جيد",
                        "fa": "با آمادگی کامل درخواست بدهید",
                        "uk": "Добре підготуйтеся до подання заявки",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Vermieter möchten oft eine Selbstauskunft, eine Kopie des Ausweises, Einkommensnachweise und eine Mietschuldenfreiheitsbescheinigung sehen. Halten Sie diese Unterlagen als Kopien bereit. Wenn das Jobcenter die Miete zahlt, legen Sie die Zusicherung zur Übernahme der Wohnkosten bei.</p>",
                        "en": "<p>Landlords often want to see a tenant self-disclosure form, a copy of your ID, proof of income and a confirmation from your previous landlord that you have no rent arrears. Keep copies of these documents ready. If the Jobcenter pays the rent, enclose its written assurance that it will cover the housing costs.</p>",
                        "ar": "<p>غالباً ما يطلب المؤجّرون استمارة معلومات عن المستأجر ونسخة من وثيقة الهوية وإثباتات الدخل وشهادة من المؤجّر السابق تثبت عدم وجود ديون إيجار. جهّزوا نسخاً من هذه الوثائق. وإذا كان مركز العمل يدفع الإيجار، فأرفقوا تعهّده الخطّي بتغطية تكاليف السكن.</p>",
                        "fa": "<p>صاحبخانه‌ها اغلب فرم اطلاعات شخصی مستأجر، کپی مدرک شناسایی، مدارک درآمد و گواهی نداشتن بدهی اجاره از صاحبخانه قبلی را می‌خواهند. کپی این مدارک را آماده داشته باشید. اگر جاب‌سنتر اجاره را می‌پردازد، تأییدیه کتبی آن برای پرداخت هزینه‌های مسکن را هم ضمیمه کنید.</p>",
                        "uk": "<p>Орендодавці часто хочуть бачити анкету орендаря, копію посвідчення особи, підтвердження доходу та довідку про відсутність боргів з оренди. Тримайте копії цих документів напоготові. Якщо орендну плату сплачує Jobcenter, додайте його письмове підтвердження про покриття витрат на житло.</p>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Zahlen Sie niemals Geld, bevor Sie die Wohnung besichtigt und einen Mietvertrag unterschrieben haben. Vorsicht bei Angeboten, bei denen Sie Geld ins Ausland überweisen oder eine Gebühr für den Schlüssel zahlen sollen.",
                        "en": "Never pay any money before you have viewed the flat and signed a tenancy agreement. Be careful with offers where you are asked to transfer money abroad or pay a fee for the keys.",
                        "ar": "لا تدفعوا أي مبلغ قبل معاينة الشقة وتوقيع عقد الإيجار. احذروا من العروض التي يُطلب منكم فيها تحويل المال إلى الخارج أو دفع رسوم مقابل المفاتيح.",
                        "fa": "هرگز پیش از بازدید از خانه و امضای قرارداد اجاره پولی پرداخت نکنید. مراقب آگهی‌هایی باشید که از شما می‌خواهند پول به خارج از کشور واریز کنید یا برای کلید هزینه بپردازید.",
                        "uk": "Ніколи не платіть гроші, доки не оглянули квартиру й не підписали договір оренди. Будьте обережні з пропозиціями, де просять переказати гроші за кордон або заплатити за ключі.",
                    },
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Wohnungsberatung – {municipality}",
                        "en": "Housing advice – {municipality}",
                        "ar": "الاستشارات السكنية – {municipality}",
                        "fa": "مشاوره مسکن – {municipality}",
                        "uk": "Житлова консультація – {municipality}",
                    },
                    "phone": "+49 6631 9870-420",
                    "email": "wohnen@example.org",
                    "address": "Rathaus, Marktplatz 3, Zimmer 12",
                },
                {
                    "type": "links",
                    "value": [
                        {
                            "title": {
                                "de": "Deutscher Mieterbund – Rat rund um den Mietvertrag",
                                "en": "German Tenants' Association – advice on tenancy agreements",
                                "ar": "اتحاد المستأجرين الألماني – نصائح حول عقود الإيجار",
                                "fa": "انجمن مستأجران آلمان – مشاوره درباره قرارداد اجاره",
                                "uk": "Німецька спілка орендарів – поради щодо договору оренди",
                            },
                            "url": "https://www.mieterbund.de",
                        },
                        {
                            "title": {
                                "de": "Verbraucherzentrale – Tipps gegen Betrug",
                                "en": "Consumer advice centre – tips against fraud",
                                "ar": "مركز حماية المستهلك – نصائح للوقاية من الاحتيال",
                                "fa": "مرکز حمایت از مصرف‌کننده – نکاتی برای پیشگیری از کلاهبرداری",
                                "uk": "Центр захисту прав споживачів – поради проти шахрайства",
                            },
                            "url": "https://www.verbraucherzentrale.de",
                        },
                    ],
                },
            ],
            "children": [],
        },
        {
            "slug": "hausordnung-und-muell",
            "icon": "info",
            "title": {
                "de": "Hausordnung und Mülltrennung",
                "en": "House rules and waste separation",
                "ar": "نظام المبنى وفرز النفايات",
                "fa": "مقررات ساختمان و تفکیک زباله",
                "uk": "Правила будинку та сортування сміття",
            },
            "intro": {
                "de": "Ruhezeiten, Lüften und Mülltrennung – so klappt das Zusammenleben mit den Nachbarn.",
                "en": "Quiet hours, airing and waste separation – how to get along well with your neighbours.",
                "ar": "أوقات الهدوء والتهوية وفرز النفايات: هكذا تنجح الحياة المشتركة مع الجيران.",
                "fa": "ساعات سکوت، تهویه و تفکیک زباله؛ این‌گونه با همسایه‌ها به خوبی زندگی می‌کنید.",
                "uk": "Години тиші, провітрювання та сортування сміття – так складаються добрі стосунки із сусідами.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Ruhezeiten und Hausordnung",
                        "en": "Quiet hours and house rules",
                        "ar": "أوقات الهدوء ونظام المبنى",
                        "fa": "ساعات سکوت و مقررات ساختمان",
                        "uk": "Години тиші та правила будинку",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>In vielen Häusern gilt eine Hausordnung. Üblich sind Nachtruhe von 22:00 bis 6:00 Uhr sowie Ruhe an Sonn- und Feiertagen. In dieser Zeit sollten Sie keine laute Musik hören, nicht bohren und nicht staubsaugen.</p><p>Lüften Sie mehrmals am Tag für einige Minuten mit weit geöffnetem Fenster. So verhindern Sie Schimmel, besonders im Winter.</p>",
                        "en": "<p>Many buildings have house rules. Typically, there is a quiet period at night from 10 pm to 6 am, as well as quiet on Sundays and public holidays. During these times you should not play loud music, drill or vacuum.</p><p>Air your flat several times a day for a few minutes with the windows wide open. This prevents mould, especially in winter.</p>",
                        "ar": "<p>في كثير من المباني يوجد نظام داخلي. المعتاد هو الهدوء ليلاً من الساعة 22:00 حتى 6:00 صباحاً، وكذلك يوم الأحد وفي أيام العطل الرسمية. خلال هذه الأوقات لا ينبغي تشغيل الموسيقى بصوت عالٍ أو استخدام المثقاب أو المكنسة الكهربائية.</p><p>هوّوا الشقة عدة مرات يومياً لبضع دقائق بفتح النوافذ على مصراعيها. بهذا تمنعون تكوّن العفن، خاصة في فصل الشتاء.</p>",
                        "fa": "<p>بسیاری از ساختمان‌ها مقررات داخلی دارند. معمولاً از ساعت ۲۲ تا ۶ صبح و همچنین در روزهای یکشنبه و تعطیلات رسمی زمان سکوت است. در این ساعات نباید موسیقی را با صدای بلند پخش کنید، دریل بزنید یا جاروبرقی بکشید.</p><p>چند بار در روز پنجره‌ها را برای چند دقیقه کاملاً باز کنید تا هوای خانه عوض شود. این کار به‌ویژه در زمستان از کپک‌زدن دیوارها جلوگیری می‌کند.</p>",
                        "uk": "<p>У багатьох будинках діють правила внутрішнього розпорядку. Зазвичай нічна тиша триває з 22:00 до 6:00, тиша також має бути в неділю та у святкові дні. У цей час не слід гучно слухати музику, свердлити чи пилососити.</p><p>Кілька разів на день провітрюйте квартиру протягом кількох хвилин, широко відчинивши вікна. Так ви запобігатимете появі плісняви, особливо взимку.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Müll richtig trennen",
                        "en": "Separating waste correctly",
                        "ar": "فرز النفايات بشكل صحيح",
                        "fa": "تفکیک درست زباله",
                        "uk": "Правильне сортування сміття",
                    },
                },
                {
                    "type": "image",
                    "key": "house",
                    "alt": {
                        "de": "Illustration: Vier bunte Mülltonnen stehen nebeneinander.",
                        "en": "Illustration: four colourful waste bins standing side by side.",
                        "ar": "رسم توضيحي: أربع حاويات نفايات ملوّنة مصفوفة جنباً إلى جنب.",
                        "fa": "تصویر: چهار سطل زباله رنگی کنار هم.",
                        "uk": "Ілюстрація: чотири різнокольорові сміттєві баки стоять поруч.",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li><b>Gelbe Tonne oder Gelber Sack:</b> Verpackungen aus Plastik und Metall</li><li><b>Blaue Tonne:</b> Papier und Pappe</li><li><b>Braune Tonne:</b> Essensreste und Gartenabfälle</li><li><b>Glascontainer:</b> leere Flaschen und Gläser, nach Farben getrennt</li><li><b>Restmüll (graue oder schwarze Tonne):</b> alles andere</li></ul>",
                        "en": "<ul><li><b>Yellow bin or yellow bag:</b> plastic and metal packaging</li><li><b>Blue bin:</b> paper and cardboard</li><li><b>Brown bin:</b> food waste and garden waste</li><li><b>Bottle bank:</b> empty bottles and jars, sorted by colour</li><li><b>Residual waste (grey or black bin):</b> everything else</li></ul>",
                        "ar": "<ul><li><b>الحاوية الصفراء أو الكيس الأصفر:</b> العبوات البلاستيكية والمعدنية</li><li><b>الحاوية الزرقاء:</b> الورق والكرتون</li><li><b>الحاوية البنية:</b> بقايا الطعام ونفايات الحدائق</li><li><b>حاوية الزجاج:</b> الزجاجات والمرطبانات الفارغة، مفروزة حسب اللون</li><li><b>النفايات المتبقية (الحاوية الرمادية أو السوداء):</b> كل ما عدا ذلك</li></ul>",
                        "fa": "<ul><li><b>سطل زرد یا کیسه زرد:</b> بسته‌بندی‌های پلاستیکی و فلزی</li><li><b>سطل آبی:</b> کاغذ و مقوا</li><li><b>سطل قهوه‌ای:</b> پسماند غذا و زباله‌های باغچه</li><li><b>مخزن شیشه:</b> بطری‌ها و شیشه‌های خالی، جدا شده بر اساس رنگ</li><li><b>زباله‌های باقی‌مانده (سطل خاکستری یا مشکی):</b> همه چیزهای دیگر</li></ul>",
                        "uk": "<ul><li><b>Жовтий бак або жовтий мішок:</b> пластикова та металева упаковка</li><li><b>Синій бак:</b> папір і картон</li><li><b>Коричневий бак:</b> харчові відходи та садове сміття</li><li><b>Контейнер для скла:</b> порожні пляшки та банки, розсортовані за кольором</li><li><b>Залишкові відходи (сірий або чорний бак):</b> усе інше</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "info",
                    "value": {
                        "de": "Auf Pfandflaschen ist ein Pfandzeichen abgebildet. Bringen Sie diese Flaschen in den Supermarkt zurück – Sie bekommen dafür Geld.",
                        "en": "Deposit bottles carry a deposit symbol. Take these bottles back to the supermarket – you will get money for them.",
                        "ar": "تحمل الزجاجات المستردّة علامة الرهن (Pfand). أعيدوها إلى المتجر وستحصلون مقابلها على نقود.",
                        "fa": "روی بطری‌های پیمانی نشان «Pfand» وجود دارد. این بطری‌ها را به سوپرمارکت برگردانید تا پولش را پس بگیرید.",
                        "uk": "На пляшках із заставою є спеціальний знак (Pfand). Повертайте такі пляшки в супермаркет – за них ви отримаєте гроші.",
                    },
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Wann wird der Müll abgeholt?",
                                "en": "When is the rubbish collected?",
                                "ar": "متى تُجمع النفايات؟",
                                "fa": "زباله‌ها چه زمانی جمع‌آوری می‌شوند؟",
                                "uk": "Коли вивозять сміття?",
                            },
                            "answer": {
                                "de": "Die Termine stehen im Abfallkalender. Sie erhalten ihn im Rathaus, im Internet oder als App des Abfallbetriebs.",
                                "en": "The dates are in the waste collection calendar. You can get it at the town hall, online or as an app from the waste management service.",
                                "ar": "تجدون المواعيد في تقويم جمع النفايات، ويمكنكم الحصول عليه من مبنى البلدية أو عبر الإنترنت أو من خلال تطبيق شركة جمع النفايات.",
                                "fa": "تاریخ‌ها در تقویم جمع‌آوری زباله آمده است. آن را می‌توانید از شهرداری، از اینترنت یا از طریق اپلیکیشن شرکت جمع‌آوری زباله دریافت کنید.",
                                "uk": "Дати вказані в календарі вивезення сміття. Його можна отримати в ратуші, в інтернеті або в застосунку служби вивезення відходів.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}
