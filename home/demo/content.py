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
        "country": "DE",
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
        "country": "DE",
        "name": "Stadt Erlenhausen",
        # An organization maintaining its own page; its member is the demo user "erlenhausen-caritas".
        "organizations": [
            {
                "slug": "caritas", "name": "Caritas Migrationsberatung",
                "website": "https://caritas-erlenhausen.example.org/",
                "contact_email": "migrationsberatung@caritas-erlenhausen.example.org",
                "pages": ["beratung/migrationsberatung"],
            }
        ],
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
        "country": "DE",
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
        "country": "AT",
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
                        "de": "<p>Jede Person, die in Deutschland wohnt, muss sich bei der Meldebehörde anmelden. Nach der Anmeldung erhalten Sie eine <b>Meldebescheinigung</b>. Diese brauchen Sie zum Beispiel für ein Bankkonto, die Steuer-Identifikationsnummer, die Krankenkasse und die Schulanmeldung Ihrer Kinder.</p><p>Die Anmeldung ist kostenlos. Sie können auch eine andere Person mit einer schriftlichen Vollmacht schicken. Wer in einer Gemeinschaftsunterkunft lebt, wird oft von der Unterkunft angemeldet – fragen Sie dort nach.</p>",
                        "en": "<p>Everyone who lives in Germany must register with the registration office. After registering, you receive a <b>registration certificate</b> (Meldebescheinigung). You need it, for example, for a bank account, your tax identification number, your health insurance and to enrol your children at school.</p><p>Registration is free of charge. You can also send another person with a written power of attorney. If you live in a shared accommodation centre, the accommodation often registers you – ask there.</p>",
                        "ar": "<p>يجب على كل شخص يقيم في ألمانيا أن يسجّل نفسه لدى دائرة تسجيل السكان. بعد التسجيل تحصلون على <b>شهادة التسجيل</b> (Meldebescheinigung). تحتاجونها مثلاً لفتح حساب مصرفي، وللحصول على الرقم الضريبي، ولدى صندوق التأمين الصحي، ولتسجيل أطفالكم في المدرسة.</p><p>التسجيل مجاني. ويمكنكم أيضاً إرسال شخص آخر يحمل توكيلاً خطياً منكم. وإذا كنتم تسكنون في سكن جماعي، فغالباً ما تتولى إدارة السكن تسجيلكم، فاسألوا هناك.</p>",
                        "fa": "<p>هر کسی که در آلمان زندگی می‌کند باید نزد اداره ثبت سکونت ثبت‌نام کند. پس از ثبت‌نام یک <b>گواهی ثبت سکونت</b> (Meldebescheinigung) دریافت می‌کنید. این گواهی را برای مثال برای باز کردن حساب بانکی، گرفتن شماره شناسایی مالیاتی، بیمه درمانی و ثبت‌نام فرزندانتان در مدرسه لازم دارید.</p><p>ثبت محل سکونت رایگان است. همچنین می‌توانید فرد دیگری را با وکالت‌نامه کتبی بفرستید. اگر در اقامتگاه جمعی زندگی می‌کنید، اغلب خود اقامتگاه شما را ثبت می‌کند؛ در این باره از مسئولان آنجا بپرسید.</p>",
                        "uk": "<p>Кожна людина, яка живе в Німеччині, повинна зареєструватися в органі реєстрації. Після реєстрації ви отримаєте <b>довідку про реєстрацію</b> (Meldebescheinigung). Вона знадобиться, наприклад, для банківського рахунку, податкового ідентифікаційного номера, лікарняної каси та для запису дітей до школи.</p><p>Реєстрація безкоштовна. Ви також можете надіслати іншу людину з письмовою довіреністю. Якщо ви живете в пункті спільного проживання, реєстрацію часто оформлює адміністрація закладу – запитайте там.</p>",
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
                        "uk": "Jobcenter (центр зайнятості) – {municipality}",
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
                        "de": "<p>Vermieter möchten oft eine Selbstauskunft, eine Kopie des Ausweises, Einkommensnachweise und eine Mietschuldenfreiheitsbescheinigung sehen. Halten Sie diese Unterlagen als Kopien bereit. Schreiben Sie in Ihrer Anfrage kurz und freundlich, wer Sie sind, wie viele Personen einziehen und ab wann Sie die Wohnung brauchen. Wenn das Jobcenter die Miete zahlt, legen Sie die Zusicherung zur Übernahme der Wohnkosten bei.</p>",
                        "en": "<p>Landlords often want to see a tenant self-disclosure form, a copy of your ID, proof of income and a confirmation from your previous landlord that you have no rent arrears. Keep copies of these documents ready. In your enquiry, write briefly and politely who you are, how many people will move in and from when you need the flat. If the Jobcenter pays the rent, enclose its written assurance that it will cover the housing costs.</p>",
                        "ar": "<p>غالباً ما يطلب المؤجّرون استمارة معلومات عن المستأجر ونسخة من وثيقة الهوية وإثباتات الدخل وشهادة من المؤجّر السابق تثبت عدم وجود ديون إيجار. جهّزوا نسخاً من هذه الوثائق. اكتبوا في طلبكم باختصار وبأسلوب لطيف من أنتم وكم شخصاً سيسكن في الشقة ومتى تحتاجونها. وإذا كان مركز العمل يدفع الإيجار، فأرفقوا تعهّده الخطّي بتغطية تكاليف السكن.</p>",
                        "fa": "<p>صاحبخانه‌ها اغلب فرم اطلاعات شخصی مستأجر، کپی مدرک شناسایی، مدارک درآمد و گواهی نداشتن بدهی اجاره از صاحبخانه قبلی را می‌خواهند. کپی این مدارک را آماده داشته باشید. در درخواست خود کوتاه و مؤدبانه بنویسید چه کسی هستید، چند نفر در خانه زندگی خواهند کرد و از چه زمانی به خانه نیاز دارید. اگر جاب‌سنتر اجاره را می‌پردازد، تأییدیه کتبی آن برای پرداخت هزینه‌های مسکن را هم ضمیمه کنید.</p>",
                        "uk": "<p>Орендодавці часто хочуть бачити анкету орендаря, копію посвідчення особи, підтвердження доходу та довідку про відсутність боргів з оренди. Тримайте копії цих документів напоготові. У зверненні коротко й ввічливо напишіть, хто ви, скільки людей проживатиме і з якого часу вам потрібна квартира. Якщо орендну плату сплачує Jobcenter, додайте його письмове підтвердження про покриття витрат на житло.</p>",
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

_WORK = {
    "slug": "arbeit",
    "icon": "work",
    "title": {
        "de": "Arbeit",
        "en": "Work",
        "ar": "العمل",
        "fa": "کار",
        "uk": "Робота",
    },
    "intro": {
        "de": "Arbeitserlaubnis, Jobsuche und Beratung – so finden Sie Ihren Weg in den Arbeitsmarkt.",
        "en": "Work permits, job search and advice – how to find your way into the job market.",
        "ar": "تصريح العمل والبحث عن وظيفة والإرشاد: هكذا تجدون طريقكم إلى سوق العمل.",
        "fa": "اجازه کار، جست‌وجوی شغل و مشاوره؛ این‌گونه راه خود را به بازار کار پیدا می‌کنید.",
        "uk": "Дозвіл на роботу, пошук роботи та консультації – так ви знайдете свій шлях на ринок праці.",
    },
    "body": [
        {
            "type": "image",
            "key": "work",
            "alt": {
                "de": "Illustration: Eine Frau mit Schutzhelm und ein Mann am Laptop in einer Werkstatt.",
                "en": "Illustration: a woman wearing a hard hat and a man at a laptop in a workshop.",
                "ar": "رسم توضيحي: امرأة ترتدي خوذة واقية ورجل يعمل على حاسوب محمول في ورشة.",
                "fa": "تصویر: زنی با کلاه ایمنی و مردی پشت لپ‌تاپ در یک کارگاه.",
                "uk": "Ілюстрація: жінка в захисній касці та чоловік за ноутбуком у майстерні.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Darf ich arbeiten?",
                "en": "Am I allowed to work?",
                "ar": "هل يُسمح لي بالعمل؟",
                "fa": "آیا اجازه کار دارم؟",
                "uk": "Чи можу я працювати?",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>Ob und wie Sie arbeiten dürfen, steht in Ihrem Aufenthaltstitel oder Ihrer Aufenthaltsgestattung. Steht dort „Erwerbstätigkeit gestattet“, dürfen Sie jede Arbeit annehmen. Wenn Sie unsicher sind, fragen Sie bei der Ausländerbehörde nach, bevor Sie einen Arbeitsvertrag unterschreiben.</p>",
                "en": "<p>Whether and how you are allowed to work is stated in your residence permit or in your permission to stay during the asylum procedure (Aufenthaltsgestattung). If it says “Erwerbstätigkeit gestattet” (employment permitted), you may take any job. If you are unsure, ask the immigration office before signing an employment contract.</p>",
                "ar": "<p>يُذكر في تصريح إقامتكم أو في إذن الإقامة أثناء إجراءات اللجوء (Aufenthaltsgestattung) ما إذا كان يُسمح لكم بالعمل وبأي شروط. إذا ورد فيه «Erwerbstätigkeit gestattet» (العمل مسموح)، فيمكنكم قبول أي عمل. وإذا لم تكونوا متأكدين، فاسألوا دائرة الأجانب قبل توقيع عقد العمل.</p>",
                "fa": "<p>اینکه آیا و چگونه اجازه کار دارید، در اجازه اقامت یا مجوز اقامت دوران پناهجویی (Aufenthaltsgestattung) شما نوشته شده است. اگر در آن عبارت «Erwerbstätigkeit gestattet» (اشتغال مجاز است) آمده باشد، می‌توانید هر کاری را بپذیرید. اگر مطمئن نیستید، پیش از امضای قرارداد کار از اداره اتباع خارجی بپرسید.</p>",
                "uk": "<p>Чи можете ви працювати і на яких умовах, зазначено у вашому дозволі на проживання або в дозволі на перебування на час процедури надання притулку (Aufenthaltsgestattung). Якщо там написано «Erwerbstätigkeit gestattet» (трудова діяльність дозволена), ви можете працювати на будь-якій роботі. Якщо ви не впевнені, запитайте у відомстві у справах іноземців, перш ніж підписувати трудовий договір.</p>",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Arbeit finden",
                "en": "Finding work",
                "ar": "البحث عن عمل",
                "fa": "پیدا کردن کار",
                "uk": "Пошук роботи",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<ul><li>Lassen Sie sich bei der Agentur für Arbeit oder beim Jobcenter beraten und melden Sie sich arbeitsuchend.</li><li>Suchen Sie in der Jobbörse der Bundesagentur für Arbeit und in der Lokalzeitung.</li><li>Bereiten Sie einen tabellarischen Lebenslauf vor – die Migrationsberatung hilft dabei.</li><li>Auch ein Praktikum oder ein Minijob kann der Einstieg in eine feste Stelle sein.</li></ul>",
                "en": "<ul><li>Get advice from the employment agency or the Jobcenter and register as a jobseeker.</li><li>Search the job board of the Federal Employment Agency and the local newspaper.</li><li>Prepare a CV in table form – the migration counselling service can help you with this.</li><li>An internship or a mini-job can also be a way into a permanent position.</li></ul>",
                "ar": "<ul><li>احصلوا على الإرشاد من وكالة العمل أو مركز العمل وسجّلوا أنفسكم كباحثين عن عمل.</li><li>ابحثوا في منصة الوظائف التابعة للوكالة الاتحادية للعمل وفي الصحيفة المحلية.</li><li>جهّزوا سيرة ذاتية على شكل جدول، وستساعدكم استشارات الهجرة في ذلك.</li><li>يمكن أن يكون التدريب العملي أو العمل البسيط (Minijob) بداية للحصول على وظيفة ثابتة.</li></ul>",
                "fa": "<ul><li>از اداره کار یا جاب‌سنتر مشاوره بگیرید و خود را به‌عنوان جوینده کار ثبت کنید.</li><li>در سامانه کاریابی اداره فدرال کار و در روزنامه محلی جست‌وجو کنید.</li><li>یک رزومه جدولی آماده کنید؛ مشاوره مهاجرت در این کار به شما کمک می‌کند.</li><li>کارآموزی یا یک کار کوچک پاره‌وقت (Minijob) هم می‌تواند راهی برای رسیدن به شغل ثابت باشد.</li></ul>",
                "uk": "<ul><li>Отримайте консультацію в агентстві праці або в Jobcenter і зареєструйтеся як особа, що шукає роботу.</li><li>Шукайте вакансії на біржі праці Федерального агентства праці та в місцевій газеті.</li><li>Підготуйте резюме у формі таблиці – у цьому допоможе міграційна консультація.</li><li>Практика або мініджоб (Minijob) також можуть стати початком шляху до постійної роботи.</li></ul>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "value": {
                "de": "Arbeiten Sie nie ohne Vertrag („schwarz“). Sie sind dann nicht versichert und können Ihren Lohn nur schwer einfordern. In Deutschland gilt ein gesetzlicher Mindestlohn.",
                "en": "Never work without a contract (“off the books”). You will not be insured and it will be difficult to claim your wages. Germany has a statutory minimum wage.",
                "ar": "لا تعملوا أبداً دون عقد (العمل «الأسود»). فلن تكونوا مؤمَّنين وسيصعب عليكم المطالبة بأجركم. في ألمانيا يوجد حدّ أدنى للأجور يحدّده القانون.",
                "fa": "هرگز بدون قرارداد (به‌صورت «سیاه») کار نکنید. در این صورت بیمه نیستید و گرفتن دستمزدتان دشوار خواهد بود. در آلمان حداقل دستمزد قانونی وجود دارد.",
                "uk": "Ніколи не працюйте без договору («нелегально»). У такому разі ви не застраховані й вам буде важко вимагати свою зарплату. У Німеччині діє встановлена законом мінімальна заробітна плата.",
            },
        },
        {
            "type": "links",
            "value": [
                {
                    "title": {
                        "de": "Make it in Germany – Arbeiten in Deutschland",
                        "en": "Make it in Germany – working in Germany",
                        "ar": "Make it in Germany – العمل في ألمانيا",
                        "fa": "Make it in Germany – کار در آلمان",
                        "uk": "Make it in Germany – робота в Німеччині",
                    },
                    "url": "https://www.make-it-in-germany.com",
                },
                {
                    "title": {
                        "de": "Jobbörse der Bundesagentur für Arbeit",
                        "en": "Job board of the Federal Employment Agency",
                        "ar": "منصة الوظائف التابعة للوكالة الاتحادية للعمل",
                        "fa": "سامانه کاریابی اداره فدرال کار",
                        "uk": "Біржа праці Федерального агентства праці",
                    },
                    "url": "https://www.arbeitsagentur.de/jobsuche",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "anerkennung",
            "icon": "work",
            "title": {
                "de": "Anerkennung von Berufsabschlüssen",
                "en": "Recognition of professional qualifications",
                "ar": "الاعتراف بالشهادات المهنية",
                "fa": "به رسمیت شناختن مدارک تحصیلی و حرفه‌ای",
                "uk": "Визнання професійної кваліфікації",
            },
            "intro": {
                "de": "Mit einem anerkannten Abschluss haben Sie bessere Chancen auf eine Arbeit in Ihrem Beruf.",
                "en": "With a recognised qualification, you have better chances of finding work in your profession.",
                "ar": "مع شهادة معترف بها تزداد فرصكم في الحصول على عمل في مهنتكم.",
                "fa": "با مدرکی که به رسمیت شناخته شده، شانس بیشتری برای یافتن کار در رشته خود دارید.",
                "uk": "Із визнаною кваліфікацією у вас більше шансів знайти роботу за фахом.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Wann brauche ich eine Anerkennung?",
                        "en": "When do I need recognition?",
                        "ar": "متى أحتاج إلى الاعتراف بشهادتي؟",
                        "fa": "چه زمانی به رسمیت شناختن مدرک لازم است؟",
                        "uk": "Коли мені потрібне визнання?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Für manche Berufe ist die Anerkennung Pflicht, zum Beispiel für Ärztinnen und Ärzte, Pflegefachkräfte, Lehrkräfte sowie Erzieherinnen und Erzieher. Diese Berufe heißen reglementierte Berufe.</p><p>Bei anderen Berufen ist die Anerkennung freiwillig. Sie hilft aber Arbeitgebern, Ihre Qualifikation einzuschätzen, und führt oft zu einem höheren Gehalt.</p>",
                        "en": "<p>For some professions recognition is mandatory, for example for doctors, nurses, teachers and early-years educators. These are called regulated professions.</p><p>For other professions recognition is voluntary. However, it helps employers to assess your qualifications and often leads to a higher salary.</p>",
                        "ar": "<p>الاعتراف إلزامي في بعض المهن، مثل الأطباء والممرضين والمعلمين والمربّين في رياض الأطفال. وتُسمّى هذه المهن «المهن المنظَّمة».</p><p>أما في المهن الأخرى فالاعتراف اختياري، لكنه يساعد أصحاب العمل على تقييم مؤهلاتكم، وغالباً ما يؤدي إلى راتب أعلى.</p>",
                        "fa": "<p>برای برخی مشاغل، به رسمیت شناختن مدرک اجباری است؛ برای مثال برای پزشکان، پرستاران، معلمان و مربیان مهدکودک. به این مشاغل «مشاغل قانون‌مند» می‌گویند.</p><p>در مشاغل دیگر این کار اختیاری است، اما به کارفرمایان کمک می‌کند صلاحیت شما را بهتر ارزیابی کنند و اغلب به حقوق بالاتری منجر می‌شود.</p>",
                        "uk": "<p>Для деяких професій визнання є обов'язковим, наприклад для лікарів, медсестер і медбратів, учителів та вихователів. Такі професії називаються регульованими.</p><p>Для інших професій визнання добровільне. Проте воно допомагає роботодавцям оцінити вашу кваліфікацію і часто дає змогу отримувати вищу зарплату.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "So läuft das Verfahren",
                        "en": "How the procedure works",
                        "ar": "كيف تسير الإجراءات",
                        "fa": "روند کار چگونه است",
                        "uk": "Як проходить процедура",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ol><li>Finden Sie die zuständige Stelle mit dem Anerkennungs-Finder.</li><li>Lassen Sie Zeugnisse und Nachweise von vereidigten Übersetzerinnen oder Übersetzern übersetzen.</li><li>Stellen Sie den Antrag und bezahlen Sie die Gebühr. Das Jobcenter, die Agentur für Arbeit oder ein Anerkennungszuschuss können die Kosten übernehmen.</li><li>Sie erhalten einen Bescheid über die volle oder teilweise Gleichwertigkeit Ihres Abschlusses.</li></ol>",
                        "en": "<ol><li>Find the responsible authority using the Recognition Finder.</li><li>Have your certificates and documents translated by sworn translators.</li><li>Submit the application and pay the fee. The Jobcenter, the employment agency or a recognition grant may cover the costs.</li><li>You will receive a decision stating whether your qualification is fully or partially equivalent.</li></ol>",
                        "ar": "<ol><li>ابحثوا عن الجهة المختصة باستخدام أداة البحث «Anerkennungs-Finder».</li><li>اطلبوا ترجمة شهاداتكم ووثائقكم من مترجمين محلَّفين.</li><li>قدّموا الطلب وادفعوا الرسوم. يمكن أن يتحمّل مركز العمل أو وكالة العمل أو منحة الاعتراف هذه التكاليف.</li><li>تحصلون على قرار يبيّن ما إذا كانت شهادتكم معادِلة بشكل كامل أو جزئي.</li></ol>",
                        "fa": "<ol><li>مرجع مسئول را با ابزار جست‌وجوی «Anerkennungs-Finder» پیدا کنید.</li><li>مدارک و گواهی‌های خود را نزد مترجم رسمی ترجمه کنید.</li><li>درخواست را ثبت کنید و هزینه آن را بپردازید. جاب‌سنتر، اداره کار یا کمک‌هزینه ویژه ارزشیابی مدرک ممکن است هزینه‌ها را بپردازند.</li><li>تصمیمی کتبی دریافت می‌کنید که نشان می‌دهد مدرک شما به‌طور کامل یا جزئی معادل است.</li></ol>",
                        "uk": "<ol><li>Знайдіть відповідальну установу за допомогою пошукового сервісу Anerkennungs-Finder.</li><li>Замовте переклад свідоцтв і документів у присяжних перекладачів.</li><li>Подайте заяву та сплатіть збір. Витрати можуть покрити Jobcenter, агентство праці або спеціальна дотація на визнання.</li><li>Ви отримаєте рішення про повну або часткову рівноцінність вашої кваліфікації.</li></ol>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "info",
                    "value": {
                        "de": "Bei teilweiser Gleichwertigkeit können Sie eine Anpassungsqualifizierung machen und danach die volle Anerkennung erhalten.",
                        "en": "If your qualification is partially equivalent, you can complete an adaptation qualification and then obtain full recognition.",
                        "ar": "إذا كانت شهادتكم معادِلة جزئياً، يمكنكم إكمال تأهيل تكميلي ثم الحصول على الاعتراف الكامل.",
                        "fa": "اگر مدرک شما به‌طور جزئی معادل شناخته شود، می‌توانید یک دوره تکمیلی بگذرانید و پس از آن مدرکتان به‌طور کامل به رسمیت شناخته می‌شود.",
                        "uk": "Якщо кваліфікацію визнано рівноцінною частково, ви можете пройти адаптаційне навчання, а потім отримати повне визнання.",
                    },
                },
                {
                    "type": "links",
                    "value": [
                        {
                            "title": {
                                "de": "Anerkennung in Deutschland – Anerkennungs-Finder",
                                "en": "Recognition in Germany – Recognition Finder",
                                "ar": "الاعتراف في ألمانيا – أداة البحث عن الجهة المختصة",
                                "fa": "Anerkennung in Deutschland – ابزار یافتن مرجع مسئول",
                                "uk": "Визнання в Німеччині – пошуковий сервіс Anerkennungs-Finder",
                            },
                            "url": "https://www.anerkennung-in-deutschland.de",
                        },
                        {
                            "title": {
                                "de": "IQ Netzwerk – kostenlose Anerkennungsberatung",
                                "en": "IQ Network – free recognition counselling",
                                "ar": "شبكة IQ – استشارات مجانية حول الاعتراف بالشهادات",
                                "fa": "شبکه IQ – مشاوره رایگان درباره به رسمیت شناختن مدارک",
                                "uk": "Мережа IQ – безкоштовні консультації щодо визнання",
                            },
                            "url": "https://www.netzwerk-iq.de",
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

_LANGUAGE = {
    "slug": "deutsch-lernen",
    "icon": "language",
    "title": {
        "de": "Deutsch lernen",
        "en": "Learning German",
        "ar": "تعلّم اللغة الألمانية",
        "fa": "یادگیری زبان آلمانی",
        "uk": "Вивчення німецької мови",
    },
    "intro": {
        "de": "Deutschkurse, Sprachcafés und Lernangebote für jedes Niveau.",
        "en": "German courses, language cafés and learning options for every level.",
        "ar": "دورات اللغة الألمانية ومقاهي اللغة وفرص التعلّم لكل المستويات.",
        "fa": "کلاس‌های زبان آلمانی، کافه‌های زبان و امکانات یادگیری برای هر سطح.",
        "uk": "Курси німецької мови, мовні кафе та навчальні пропозиції для будь-якого рівня.",
    },
    "body": [
        {
            "type": "image",
            "key": "language",
            "alt": {
                "de": "Illustration: Menschen sitzen mit Büchern an einem Tisch, über ihnen Sprechblasen.",
                "en": "Illustration: people sitting at a table with books, speech bubbles above them.",
                "ar": "رسم توضيحي: أشخاص يجلسون حول طاولة عليها كتب، وفوقهم فقاعات حوار.",
                "fa": "تصویر: چند نفر با کتاب دور یک میز نشسته‌اند و بالای سرشان حباب‌های گفت‌وگو دیده می‌شود.",
                "uk": "Ілюстрація: люди з книжками сидять за столом, над ними – хмаринки з репліками.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Angebote zum Deutschlernen",
                "en": "Ways to learn German",
                "ar": "فرص تعلّم اللغة الألمانية",
                "fa": "امکانات یادگیری زبان آلمانی",
                "uk": "Можливості вивчення німецької",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>Deutsch ist der Schlüssel für Arbeit, Ausbildung und Kontakte. Es gibt Angebote für jedes Niveau – vom Alphabetisierungskurs bis zur Vorbereitung auf ein Studium. Die Migrationsberatung hilft Ihnen, den passenden Kurs zu finden. Viele Kurse finden vormittags statt, es gibt aber auch Abend- und Onlinekurse für Berufstätige.</p><ul><li><b>Integrationskurs:</b> Sprach- und Orientierungskurs, gefördert vom BAMF</li><li><b>Berufssprachkurse:</b> Deutsch für den Beruf, meist ab Niveau B1</li><li><b>Volkshochschule:</b> Kurse am Abend und am Wochenende</li><li><b>Sprachcafés:</b> kostenlos mit Ehrenamtlichen üben, ohne Anmeldung</li><li><b>Apps und Online-Kurse:</b> zum Beispiel das vhs-Lernportal</li></ul>",
                "en": "<p>German is the key to work, training and social contacts. There are courses for every level – from literacy courses to preparation for university. The migration counselling service can help you find the right course. Many courses take place in the morning, but there are also evening and online courses for people who work.</p><ul><li><b>Integration course:</b> language and orientation course funded by the BAMF</li><li><b>Job-related language courses:</b> German for work, usually from level B1</li><li><b>Adult education centre (Volkshochschule):</b> evening and weekend courses</li><li><b>Language cafés:</b> practise for free with volunteers, no registration needed</li><li><b>Apps and online courses:</b> for example the vhs learning portal</li></ul>",
                "ar": "<p>اللغة الألمانية هي مفتاح العمل والتدريب المهني وبناء العلاقات. تتوفر دورات لكل المستويات، من دورات محو الأمية حتى التحضير للدراسة الجامعية. وتساعدكم استشارات الهجرة على إيجاد الدورة المناسبة. تُعقد كثير من الدورات صباحاً، لكن هناك أيضاً دورات مسائية وإلكترونية للعاملين.</p><ul><li><b>دورة الاندماج:</b> دورة لغة ودورة توجيه يموّلهما المكتب الاتحادي للهجرة واللاجئين</li><li><b>دورات اللغة المهنية:</b> الألمانية لأغراض العمل، غالباً ابتداءً من المستوى B1</li><li><b>الجامعة الشعبية (Volkshochschule):</b> دورات مسائية وفي عطلة نهاية الأسبوع</li><li><b>مقاهي اللغة:</b> تدرّب مجاني مع متطوعين دون تسجيل مسبق</li><li><b>التطبيقات والدورات الإلكترونية:</b> مثل بوابة التعلّم vhs-Lernportal</li></ul>",
                "fa": "<p>زبان آلمانی کلید کار، آموزش حرفه‌ای و ارتباط با دیگران است. برای هر سطحی دوره‌ای وجود دارد؛ از کلاس سوادآموزی تا آمادگی برای تحصیل در دانشگاه. مشاوره مهاجرت به شما کمک می‌کند دوره مناسب را پیدا کنید. بسیاری از کلاس‌ها صبح‌ها برگزار می‌شوند، اما برای شاغلان کلاس‌های عصرگاهی و آنلاین هم وجود دارد.</p><ul><li><b>دوره ادغام:</b> کلاس زبان و دوره آشنایی با جامعه، با حمایت مالی اداره فدرال مهاجرت و پناهندگان</li><li><b>کلاس‌های زبان شغلی:</b> آلمانی برای محیط کار، معمولاً از سطح B1</li><li><b>آموزشگاه عمومی بزرگسالان (Volkshochschule):</b> کلاس‌های عصرگاهی و آخر هفته</li><li><b>کافه‌های زبان:</b> تمرین رایگان با داوطلبان، بدون نیاز به ثبت‌نام</li><li><b>اپلیکیشن‌ها و دوره‌های آنلاین:</b> برای مثال پرتال آموزشی vhs-Lernportal</li></ul>",
                "uk": "<p>Німецька мова – ключ до роботи, професійного навчання та нових знайомств. Є курси для будь-якого рівня – від курсів грамоти до підготовки до навчання в університеті. Міграційна консультація допоможе вам знайти відповідний курс. Багато курсів проходять зранку, але є також вечірні та онлайн-курси для тих, хто працює.</p><ul><li><b>Інтеграційний курс:</b> мовний та орієнтаційний курс, що фінансується BAMF</li><li><b>Професійні мовні курси:</b> німецька для роботи, зазвичай від рівня B1</li><li><b>Народний університет (Volkshochschule):</b> вечірні курси та курси вихідного дня</li><li><b>Мовні кафе:</b> безкоштовна практика з волонтерами, без попереднього запису</li><li><b>Застосунки та онлайн-курси:</b> наприклад, навчальний портал vhs-Lernportal</li></ul>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Sprechen Sie so oft wie möglich Deutsch – beim Einkaufen, mit Nachbarn oder im Verein. Fehler sind normal und gehören zum Lernen dazu. Auch Kinderbücher, Radio und Filme mit Untertiteln helfen beim Lernen.",
                "en": "Speak German as often as possible – when shopping, with neighbours or at a club. Mistakes are normal and part of learning. Children's books, radio and films with subtitles also help.",
                "ar": "تحدّثوا الألمانية قدر الإمكان: أثناء التسوّق ومع الجيران وفي النادي. الأخطاء أمر طبيعي وجزء من التعلّم. كما تساعد كتب الأطفال والراديو والأفلام المترجمة على التعلّم.",
                "fa": "تا جایی که می‌توانید آلمانی صحبت کنید؛ هنگام خرید، با همسایه‌ها یا در باشگاه. اشتباه کردن طبیعی و بخشی از یادگیری است. کتاب‌های کودکان، رادیو و فیلم‌های زیرنویس‌دار هم به یادگیری کمک می‌کنند.",
                "uk": "Розмовляйте німецькою якомога частіше – у магазині, із сусідами чи в клубі. Помилки – це нормально, вони є частиною навчання. Також допомагають дитячі книжки, радіо та фільми із субтитрами.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Sprachcafé im Familienzentrum",
                "en": "Language café at the family centre",
                "ar": "مقهى اللغة في مركز الأسرة",
                "fa": "کافه زبان در مرکز خانواده",
                "uk": "Мовне кафе в сімейному центрі",
            },
        },
        {
            "type": "opening_hours",
            "value": [
                {
                    "days": {
                        "de": "Dienstag",
                        "en": "Tuesday",
                        "ar": "الثلاثاء",
                        "fa": "سه‌شنبه",
                        "uk": "Вівторок",
                    },
                    "hours": "16:00–18:00",
                },
                {
                    "days": {
                        "de": "Samstag",
                        "en": "Saturday",
                        "ar": "السبت",
                        "fa": "شنبه",
                        "uk": "Субота",
                    },
                    "hours": "10:00–12:00",
                },
            ],
        },
        {
            "type": "links",
            "value": [
                {
                    "title": {
                        "de": "vhs-Lernportal – kostenlos Deutsch lernen",
                        "en": "vhs learning portal – learn German for free",
                        "ar": "بوابة vhs-Lernportal – تعلّم الألمانية مجاناً",
                        "fa": "پرتال vhs-Lernportal – یادگیری رایگان آلمانی",
                        "uk": "Портал vhs-Lernportal – безкоштовне вивчення німецької",
                    },
                    "url": "https://www.vhs-lernportal.de",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "integrationskurs",
            "icon": "language",
            "title": {
                "de": "Integrationskurs",
                "en": "Integration course",
                "ar": "دورة الاندماج",
                "fa": "دوره ادغام",
                "uk": "Інтеграційний курс",
            },
            "intro": {
                "de": "Im Integrationskurs lernen Sie Deutsch bis zum Niveau B1 und erfahren viel über das Leben in Deutschland.",
                "en": "In the integration course you learn German up to level B1 and find out a lot about life in Germany.",
                "ar": "في دورة الاندماج تتعلّمون الألمانية حتى المستوى B1 وتتعرّفون على الكثير عن الحياة في ألمانيا.",
                "fa": "در دوره ادغام، زبان آلمانی را تا سطح B1 یاد می‌گیرید و با زندگی در آلمان بیشتر آشنا می‌شوید.",
                "uk": "На інтеграційному курсі ви вивчаєте німецьку до рівня B1 і дізнаєтеся багато про життя в Німеччині.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Aufbau des Kurses",
                        "en": "Course structure",
                        "ar": "بنية الدورة",
                        "fa": "ساختار دوره",
                        "uk": "Структура курсу",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Der Integrationskurs besteht aus einem Sprachkurs mit 600 Unterrichtsstunden und einem Orientierungskurs mit 100 Stunden. Im Orientierungskurs geht es um Geschichte, Kultur, Rechte und Pflichten in Deutschland. Es gibt auch spezielle Kurse, zum Beispiel für Eltern, für Frauen, für junge Erwachsene oder mit Alphabetisierung.</p><p>Am Ende legen Sie den Deutsch-Test für Zuwanderer und den Test „Leben in Deutschland“ ab.</p>",
                        "en": "<p>The integration course consists of a language course with 600 lessons and an orientation course with 100 lessons. The orientation course covers history, culture, rights and duties in Germany. There are also special courses, for example for parents, for women, for young adults or with literacy training.</p><p>At the end you take the German Test for Immigrants (DTZ) and the “Life in Germany” test.</p>",
                        "ar": "<p>تتكوّن دورة الاندماج من دورة لغة مدتها 600 حصة دراسية ودورة توجيه مدتها 100 حصة. تتناول دورة التوجيه تاريخ ألمانيا وثقافتها والحقوق والواجبات فيها. وهناك أيضاً دورات خاصة، مثلاً للآباء والأمهات أو للنساء أو للشباب أو مع تعليم القراءة والكتابة.</p><p>في نهاية الدورة تخضعون لاختبار اللغة الألمانية للمهاجرين (DTZ) واختبار «الحياة في ألمانيا».</p>",
                        "fa": "<p>دوره ادغام شامل یک دوره زبان با ۶۰۰ جلسه درسی و یک دوره آشنایی با جامعه با ۱۰۰ جلسه است. در دوره آشنایی با جامعه درباره تاریخ، فرهنگ، حقوق و وظایف در آلمان صحبت می‌شود. دوره‌های ویژه‌ای هم وجود دارد، برای مثال برای والدین، زنان، جوانان یا همراه با سوادآموزی.</p><p>در پایان، در آزمون زبان آلمانی برای مهاجران (DTZ) و آزمون «زندگی در آلمان» شرکت می‌کنید.</p>",
                        "uk": "<p>Інтеграційний курс складається з мовного курсу обсягом 600 навчальних годин та орієнтаційного курсу обсягом 100 годин. На орієнтаційному курсі йдеться про історію, культуру, права та обов'язки в Німеччині. Є також спеціальні курси, наприклад для батьків, для жінок, для молоді або з навчанням грамоти.</p><p>Наприкінці ви складаєте тест з німецької мови для іммігрантів (DTZ) і тест «Життя в Німеччині».</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Wer darf teilnehmen?",
                        "en": "Who can take part?",
                        "ar": "من يحق له المشاركة؟",
                        "fa": "چه کسانی می‌توانند شرکت کنند؟",
                        "uk": "Хто може взяти участь?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Die Ausländerbehörde oder das Jobcenter stellt Ihnen eine Berechtigung oder eine Verpflichtung zur Teilnahme aus. Sie können die Zulassung auch selbst beim BAMF beantragen. Für jede Unterrichtsstunde zahlen Sie einen kleinen Eigenbeitrag; wer Bürgergeld oder Sozialhilfe erhält, wird davon befreit.</p>",
                        "en": "<p>The immigration office or the Jobcenter issues you with an entitlement or an obligation to attend. You can also apply for admission yourself at the BAMF. You pay a small contribution for each lesson; people who receive citizen's income or social assistance are exempt.</p>",
                        "ar": "<p>تُصدر لكم دائرة الأجانب أو مركز العمل إذناً بالمشاركة أو إلزاماً بها. ويمكنكم أيضاً أن تطلبوا القبول بأنفسكم من المكتب الاتحادي للهجرة واللاجئين. تدفعون مساهمة صغيرة عن كل حصة دراسية، ويُعفى منها من يحصل على إعانة المواطن أو المساعدة الاجتماعية.</p>",
                        "fa": "<p>اداره اتباع خارجی یا جاب‌سنتر به شما مجوز یا الزام شرکت در دوره را می‌دهد. همچنین می‌توانید خودتان از اداره فدرال مهاجرت و پناهندگان درخواست پذیرش کنید. برای هر جلسه درسی سهم کوچکی می‌پردازید؛ کسانی که کمک‌هزینه شهروندی یا کمک اجتماعی دریافت می‌کنند از پرداخت آن معاف هستند.</p>",
                        "uk": "<p>Відомство у справах іноземців або Jobcenter видає вам право або зобов'язання взяти участь у курсі. Ви також можете самостійно подати заяву на допуск до BAMF. За кожну навчальну годину ви сплачуєте невеликий внесок; особи, які отримують громадянську або соціальну допомогу, звільняються від нього.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Bekomme ich die Fahrtkosten erstattet?",
                                "en": "Will my travel costs be reimbursed?",
                                "ar": "هل تُعاد إليّ تكاليف المواصلات؟",
                                "fa": "آیا هزینه رفت‌وآمد به من بازپرداخت می‌شود؟",
                                "uk": "Чи компенсують мені витрати на проїзд?",
                            },
                            "answer": {
                                "de": "Wenn Sie mehr als drei Kilometer vom Kursort entfernt wohnen und vom Kostenbeitrag befreit sind, können Sie beim BAMF einen Fahrtkostenzuschuss beantragen.",
                                "en": "If you live more than three kilometres from the course location and are exempt from the contribution, you can apply to the BAMF for a travel allowance.",
                                "ar": "إذا كنتم تسكنون على بُعد أكثر من ثلاثة كيلومترات من مكان الدورة وكنتم معفيين من المساهمة، يمكنكم طلب بدل مواصلات من المكتب الاتحادي للهجرة واللاجئين.",
                                "fa": "اگر بیش از سه کیلومتر از محل کلاس فاصله دارید و از پرداخت سهم هزینه معاف هستید، می‌توانید از اداره فدرال مهاجرت و پناهندگان کمک‌هزینه رفت‌وآمد درخواست کنید.",
                                "uk": "Якщо ви живете далі ніж за три кілометри від місця проведення курсу і звільнені від сплати внеску, можете подати до BAMF заяву на компенсацію проїзду.",
                            },
                        },
                        {
                            "question": {
                                "de": "Gibt es Kinderbetreuung während des Kurses?",
                                "en": "Is childcare available during the course?",
                                "ar": "هل تتوفر رعاية للأطفال أثناء الدورة؟",
                                "fa": "آیا در طول کلاس امکان نگهداری از کودکان وجود دارد؟",
                                "uk": "Чи є догляд за дітьми під час курсу?",
                            },
                            "answer": {
                                "de": "Einige Kursträger bieten Kinderbetreuung oder spezielle Elternkurse am Vormittag an. Fragen Sie bei der Anmeldung danach.",
                                "en": "Some course providers offer childcare or special parents' courses in the morning. Ask about this when you register.",
                                "ar": "تقدّم بعض الجهات المنظِّمة للدورات رعاية للأطفال أو دورات خاصة بالآباء والأمهات في الفترة الصباحية. اسألوا عن ذلك عند التسجيل.",
                                "fa": "برخی آموزشگاه‌ها امکان نگهداری از کودک یا کلاس‌های ویژه والدین در ساعات صبح دارند. هنگام ثبت‌نام در این باره بپرسید.",
                                "uk": "Деякі організатори курсів пропонують догляд за дітьми або спеціальні курси для батьків у першій половині дня. Запитайте про це під час запису.",
                            },
                        },
                    ],
                },
                {
                    "type": "links",
                    "value": [
                        {
                            "title": {
                                "de": "BAMF-NAVI – Kurse in Ihrer Nähe finden",
                                "en": "BAMF-NAVI – find courses near you",
                                "ar": "BAMF-NAVI – ابحثوا عن دورات بالقرب منكم",
                                "fa": "BAMF-NAVI – پیدا کردن کلاس‌های نزدیک شما",
                                "uk": "BAMF-NAVI – знайдіть курси поблизу",
                            },
                            "url": "https://bamf-navi.bamf.de",
                        },
                    ],
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Volkshochschule – {municipality}",
                        "en": "Adult education centre (Volkshochschule) – {municipality}",
                        "ar": "الجامعة الشعبية (Volkshochschule) – {municipality}",
                        "fa": "آموزشگاه بزرگسالان (Volkshochschule) – {municipality}",
                        "uk": "Народний університет (Volkshochschule) – {municipality}",
                    },
                    "phone": "+49 6631 9870-650",
                    "email": "vhs@example.org",
                    "address": "Schulstraße 7",
                },
            ],
            "children": [],
        },
    ],
}

_HEALTH = {
    "slug": "gesundheit",
    "icon": "health",
    "title": {
        "de": "Gesundheit",
        "en": "Health",
        "ar": "الصحة",
        "fa": "سلامت",
        "uk": "Здоров'я",
    },
    "intro": {
        "de": "Krankenversicherung, Arztbesuch und Hilfe, wenn Sie krank sind.",
        "en": "Health insurance, seeing a doctor and help when you are ill.",
        "ar": "التأمين الصحي وزيارة الطبيب والمساعدة عند المرض.",
        "fa": "بیمه درمانی، مراجعه به پزشک و کمک در زمان بیماری.",
        "uk": "Медичне страхування, візит до лікаря та допомога в разі хвороби.",
    },
    "body": [
        {
            "type": "image",
            "key": "health",
            "alt": {
                "de": "Illustration: Eine Ärztin spricht freundlich mit einem Patienten.",
                "en": "Illustration: a doctor talking kindly with a patient.",
                "ar": "رسم توضيحي: طبيبة تتحدث بلطف مع مريض.",
                "fa": "تصویر: یک پزشک زن با مهربانی با بیمار صحبت می‌کند.",
                "uk": "Ілюстрація: лікарка привітно розмовляє з пацієнтом.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Das Gesundheitssystem in Deutschland",
                "en": "The health system in Germany",
                "ar": "النظام الصحي في ألمانيا",
                "fa": "نظام سلامت در آلمان",
                "uk": "Система охорони здоров'я в Німеччині",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>In Deutschland ist eine Krankenversicherung Pflicht. Mit Ihrer Gesundheitskarte können Sie zu Ärztinnen und Ärzten gehen, ohne direkt zu bezahlen.</p><p>Ihre erste Anlaufstelle ist die Hausarztpraxis. Sie überweist Sie bei Bedarf an Fachärzte. Zu Frauenärzten, Augenärzten und Zahnärzten können Sie auch direkt gehen.</p>",
                "en": "<p>Health insurance is compulsory in Germany. With your health insurance card you can see doctors without paying directly.</p><p>Your first point of contact is your family doctor (GP). If necessary, they will refer you to a specialist. You can also go directly to a gynaecologist, an eye doctor or a dentist.</p>",
                "ar": "<p>التأمين الصحي إلزامي في ألمانيا. ببطاقة التأمين الصحي يمكنكم زيارة الأطباء دون أن تدفعوا مباشرة.</p><p>وجهتكم الأولى هي عيادة طبيب الأسرة، الذي يحيلكم عند الحاجة إلى طبيب مختص. ويمكنكم أيضاً الذهاب مباشرة إلى طبيب النساء أو طبيب العيون أو طبيب الأسنان.</p>",
                "fa": "<p>در آلمان داشتن بیمه درمانی اجباری است. با کارت بیمه سلامت می‌توانید بدون پرداخت مستقیم پول به پزشک مراجعه کنید.</p><p>نخستین جایی که باید به آن مراجعه کنید مطب پزشک خانواده است. او در صورت نیاز شما را به پزشک متخصص ارجاع می‌دهد. به پزشک زنان، چشم‌پزشک و دندان‌پزشک می‌توانید مستقیماً مراجعه کنید.</p>",
                "uk": "<p>У Німеччині медичне страхування є обов'язковим. З карткою медичного страхування ви можете ходити до лікарів, не сплачуючи безпосередньо.</p><p>Перше місце звернення – практика сімейного лікаря. За потреби він направить вас до вузького спеціаліста. До гінеколога, офтальмолога та стоматолога можна звертатися й напряму.</p>",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<ul><li><b>Apotheke:</b> Medikamente mit Rezept und rezeptfreie Mittel; nachts und am Wochenende hat immer eine Notdienst-Apotheke geöffnet</li><li><b>Ärztlicher Bereitschaftsdienst 116117:</b> wenn die Praxis geschlossen ist</li><li><b>Notaufnahme im Krankenhaus oder Notruf 112:</b> bei lebensbedrohlichen Notfällen</li></ul>",
                "en": "<ul><li><b>Pharmacy:</b> prescription and over-the-counter medicines; at night and at weekends there is always a pharmacy on emergency duty</li><li><b>Medical on-call service 116117:</b> when the practice is closed</li><li><b>Hospital emergency department or emergency number 112:</b> in life-threatening emergencies</li></ul>",
                "ar": "<ul><li><b>الصيدلية:</b> أدوية بوصفة طبية وأدوية دون وصفة، وفي الليل وعطلة نهاية الأسبوع توجد دائماً صيدلية مناوبة مفتوحة</li><li><b>خدمة الطبيب المناوب 116117:</b> عندما تكون العيادة مغلقة</li><li><b>قسم الطوارئ في المستشفى أو رقم الطوارئ 112:</b> في حالات الطوارئ التي تهدّد الحياة</li></ul>",
                "fa": "<ul><li><b>داروخانه:</b> داروهای نسخه‌ای و بدون نسخه؛ شب‌ها و آخر هفته‌ها همیشه یک داروخانه کشیک باز است</li><li><b>خدمات پزشک کشیک 116117:</b> وقتی مطب بسته است</li><li><b>اورژانس بیمارستان یا شماره اضطراری 112:</b> در مواقعی که جان کسی در خطر است</li></ul>",
                "uk": "<ul><li><b>Аптека:</b> ліки за рецептом і без рецепта; вночі та у вихідні завжди працює чергова аптека</li><li><b>Чергова лікарська служба 116117:</b> коли практика лікаря зачинена</li><li><b>Приймальне відділення лікарні або екстрений номер 112:</b> у разі загрози життю</li></ul>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Ärztinnen, Ärzte und Dolmetschende unterliegen der Schweigepflicht. Was Sie in der Praxis erzählen, bleibt vertraulich.",
                "en": "Doctors and interpreters are bound by confidentiality. What you say at the practice stays confidential.",
                "ar": "يلتزم الأطباء والمترجمون بواجب السرّية. ما تقولونه في العيادة يبقى سرّياً.",
                "fa": "پزشکان و مترجمان موظف به رازداری هستند. آنچه در مطب می‌گویید محرمانه می‌ماند.",
                "uk": "Лікарі та перекладачі зобов'язані зберігати лікарську таємницю. Те, що ви розповідаєте на прийомі, залишається конфіденційним.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Wo finde ich eine Hausarztpraxis?",
                        "en": "Where can I find a family doctor?",
                        "ar": "أين أجد عيادة طبيب أسرة؟",
                        "fa": "چگونه یک پزشک خانواده پیدا کنم؟",
                        "uk": "Як знайти сімейного лікаря?",
                    },
                    "answer": {
                        "de": "Fragen Sie Ihre Krankenkasse oder rufen Sie die 116117 an – dort hilft man Ihnen bei der Suche nach einer Praxis, die neue Patientinnen und Patienten aufnimmt.",
                        "en": "Ask your health insurance fund or call 116117 – they will help you find a practice that is accepting new patients.",
                        "ar": "اسألوا صندوق التأمين الصحي أو اتصلوا بالرقم 116117، حيث يساعدونكم في العثور على عيادة تستقبل مرضى جدداً.",
                        "fa": "از صندوق بیمه درمانی خود بپرسید یا با 116117 تماس بگیرید؛ آنجا به شما کمک می‌کنند مطبی پیدا کنید که بیمار جدید می‌پذیرد.",
                        "uk": "Запитайте у своїй лікарняній касі або зателефонуйте на 116117 – там допоможуть знайти практику, яка приймає нових пацієнтів.",
                    },
                },
            ],
        },
        {
            "type": "links",
            "value": [
                {
                    "title": {
                        "de": "gesund.bund.de – verlässliche Gesundheitsinformationen",
                        "en": "gesund.bund.de – reliable health information",
                        "ar": "gesund.bund.de – معلومات صحية موثوقة",
                        "fa": "gesund.bund.de – اطلاعات سلامت قابل اعتماد",
                        "uk": "gesund.bund.de – надійна інформація про здоров'я",
                    },
                    "url": "https://gesund.bund.de",
                },
                {
                    "title": {
                        "de": "116117 – Arzttermine und Bereitschaftsdienst",
                        "en": "116117 – doctor's appointments and on-call service",
                        "ar": "116117 – مواعيد الأطباء وخدمة المناوبة",
                        "fa": "116117 – نوبت پزشک و خدمات کشیک",
                        "uk": "116117 – запис до лікаря та чергова служба",
                    },
                    "url": "https://www.116117.de",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "krankenversicherung",
            "icon": "health",
            "title": {
                "de": "Krankenversicherung",
                "en": "Health insurance",
                "ar": "التأمين الصحي",
                "fa": "بیمه درمانی",
                "uk": "Медичне страхування",
            },
            "intro": {
                "de": "Ohne Krankenversicherung geht es nicht – so werden Sie versichert.",
                "en": "You cannot do without health insurance – this is how you get insured.",
                "ar": "لا غنى عن التأمين الصحي، وإليكم كيف تحصلون عليه.",
                "fa": "بدون بیمه درمانی نمی‌شود؛ این‌گونه بیمه می‌شوید.",
                "uk": "Без медичного страхування не обійтися – ось як його оформити.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Wie werde ich versichert?",
                        "en": "How do I get insured?",
                        "ar": "كيف أحصل على التأمين الصحي؟",
                        "fa": "چگونه بیمه شوم؟",
                        "uk": "Як застрахуватися?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li><b>Mit einer Arbeit:</b> Ihr Arbeitgeber meldet Sie bei der Krankenkasse an, die Sie selbst auswählen.</li><li><b>Mit Bürgergeld:</b> Das Jobcenter zahlt die Beiträge für Sie und Ihre Familie.</li><li><b>Im Asylverfahren:</b> In der ersten Zeit erhalten Sie Behandlungsscheine oder eine Gesundheitskarte über das Sozialamt.</li><li><b>Familienversicherung:</b> Kinder und Ehepartner ohne eigenes Einkommen sind oft kostenlos mitversichert.</li></ul>",
                        "en": "<ul><li><b>With a job:</b> your employer registers you with the health insurance fund of your choice.</li><li><b>With citizen's income:</b> the Jobcenter pays the contributions for you and your family.</li><li><b>During the asylum procedure:</b> at first you receive treatment vouchers or a health card via the social welfare office.</li><li><b>Family insurance:</b> children and spouses without their own income are often insured free of charge.</li></ul>",
                        "ar": "<ul><li><b>مع العمل:</b> يسجّلكم صاحب العمل لدى صندوق التأمين الصحي الذي تختارونه بأنفسكم.</li><li><b>مع إعانة المواطن:</b> يدفع مركز العمل الاشتراكات عنكم وعن عائلتكم.</li><li><b>أثناء إجراءات اللجوء:</b> تحصلون في الفترة الأولى على قسائم علاج أو على بطاقة صحية عن طريق دائرة الشؤون الاجتماعية.</li><li><b>التأمين العائلي:</b> غالباً ما يكون الأطفال والأزواج الذين لا دخل لهم مؤمَّنين مجاناً.</li></ul>",
                        "fa": "<ul><li><b>با داشتن کار:</b> کارفرما شما را نزد صندوق بیمه درمانی که خودتان انتخاب می‌کنید ثبت‌نام می‌کند.</li><li><b>با کمک‌هزینه شهروندی:</b> جاب‌سنتر حق بیمه شما و خانواده‌تان را می‌پردازد.</li><li><b>در دوران پناهجویی:</b> در مدت اول، برگه‌های درمان یا کارت سلامت را از طریق اداره امور اجتماعی دریافت می‌کنید.</li><li><b>بیمه خانوادگی:</b> فرزندان و همسرِ بدون درآمد اغلب به‌طور رایگان تحت پوشش بیمه هستند.</li></ul>",
                        "uk": "<ul><li><b>Якщо ви працюєте:</b> роботодавець реєструє вас у лікарняній касі, яку ви обираєте самі.</li><li><b>Якщо ви отримуєте громадянську допомогу:</b> Jobcenter сплачує внески за вас і вашу сім'ю.</li><li><b>Під час процедури надання притулку:</b> спочатку ви отримуєте направлення на лікування або картку медичного страхування через соціальне відомство.</li><li><b>Сімейне страхування:</b> діти та подружжя без власного доходу часто застраховані безкоштовно.</li></ul>",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Nach der Anmeldung schickt Ihnen die Krankenkasse die elektronische Gesundheitskarte. Dafür brauchen Sie ein Passfoto. Nehmen Sie die Karte zu jedem Arzttermin mit und zeigen Sie sie auch im Krankenhaus vor.</p>",
                        "en": "<p>After registration, the health insurance fund sends you your electronic health card. You will need a passport photo for it. Take the card to every doctor's appointment and show it at the hospital as well.</p>",
                        "ar": "<p>بعد التسجيل يرسل لكم صندوق التأمين الصحي بطاقة التأمين الصحي الإلكترونية، وتحتاجون لذلك إلى صورة شخصية. خذوا البطاقة معكم إلى كل موعد عند الطبيب وأظهروها أيضاً في المستشفى.</p>",
                        "fa": "<p>پس از ثبت‌نام، صندوق بیمه کارت الکترونیکی سلامت را برای شما می‌فرستد. برای این کار به یک عکس پرسنلی نیاز دارید. کارت را در هر نوبت پزشک همراه داشته باشید و در بیمارستان هم آن را نشان دهید.</p>",
                        "uk": "<p>Після реєстрації лікарняна каса надішле вам електронну картку медичного страхування. Для цього потрібне фото на документи. Беріть картку на кожен прийом до лікаря і показуйте її також у лікарні.</p>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Für manche Leistungen zahlen Erwachsene eine Zuzahlung, zum Beispiel für Medikamente höchstens 10 Euro pro Packung. Zahnersatz und Brillen werden meist nur teilweise bezahlt.",
                        "en": "Adults pay a co-payment for some services, for example up to 10 euros per pack of medicine. Dentures and glasses are usually only partly covered.",
                        "ar": "يدفع البالغون مساهمة في تكاليف بعض الخدمات، مثلاً ما يصل إلى 10 يورو لكل عبوة دواء. أما تركيبات الأسنان والنظارات فلا يُغطّى منها غالباً إلا جزء.",
                        "fa": "بزرگسالان برای برخی خدمات سهمی از هزینه را می‌پردازند، برای مثال برای دارو حداکثر ۱۰ یورو برای هر بسته. هزینه دندان مصنوعی و عینک معمولاً فقط تا حدی پرداخت می‌شود.",
                        "uk": "За деякі послуги дорослі сплачують доплату, наприклад не більше 10 євро за упаковку ліків. Зубні протези та окуляри зазвичай оплачуються лише частково.",
                    },
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Kann ich die Krankenkasse wechseln?",
                                "en": "Can I change my health insurance fund?",
                                "ar": "هل يمكنني تغيير صندوق التأمين الصحي؟",
                                "fa": "آیا می‌توانم صندوق بیمه درمانی‌ام را عوض کنم؟",
                                "uk": "Чи можу я змінити лікарняну касу?",
                            },
                            "answer": {
                                "de": "Ja. In der Regel können Sie nach zwölf Monaten zu einer anderen gesetzlichen Krankenkasse wechseln.",
                                "en": "Yes. As a rule, you can switch to another statutory health insurance fund after twelve months.",
                                "ar": "نعم. يمكنكم عادةً الانتقال إلى صندوق تأمين صحي قانوني آخر بعد اثني عشر شهراً.",
                                "fa": "بله. معمولاً پس از دوازده ماه می‌توانید به صندوق بیمه درمانی دولتی دیگری بروید.",
                                "uk": "Так. Як правило, через дванадцять місяців ви можете перейти до іншої державної лікарняної каси.",
                            },
                        },
                        {
                            "question": {
                                "de": "Was passiert, wenn ich meine Karte vergessen habe?",
                                "en": "What happens if I have forgotten my card?",
                                "ar": "ماذا يحدث إذا نسيت بطاقتي؟",
                                "fa": "اگر کارتم را فراموش کنم چه می‌شود؟",
                                "uk": "Що буде, якщо я забув картку?",
                            },
                            "answer": {
                                "de": "Sie werden trotzdem behandelt. Sie müssen die Karte aber innerhalb von zehn Tagen in der Praxis vorzeigen, sonst kann Ihnen die Behandlung in Rechnung gestellt werden.",
                                "en": "You will still be treated. However, you must show the card at the practice within ten days, otherwise you may be billed for the treatment.",
                                "ar": "ستتلقّون العلاج رغم ذلك، لكن يجب أن تُظهروا البطاقة في العيادة خلال عشرة أيام، وإلا فقد تُطالَبون بدفع تكاليف العلاج.",
                                "fa": "باز هم درمان می‌شوید، اما باید ظرف ده روز کارت را در مطب نشان دهید؛ در غیر این صورت ممکن است هزینه درمان از شما گرفته شود.",
                                "uk": "Вас однаково приймуть. Але протягом десяти днів потрібно показати картку в практиці, інакше вам можуть виставити рахунок за лікування.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
        {
            "slug": "arztbesuch",
            "icon": "health",
            "title": {
                "de": "Zum Arzt gehen",
                "en": "Going to the doctor",
                "ar": "زيارة الطبيب",
                "fa": "مراجعه به پزشک",
                "uk": "Візит до лікаря",
            },
            "intro": {
                "de": "Termin vereinbaren, Unterlagen mitbringen, sich verständigen – so läuft ein Arztbesuch ab.",
                "en": "Making an appointment, bringing documents, making yourself understood – this is how a visit to the doctor works.",
                "ar": "حجز موعد وإحضار الوثائق والتفاهم مع الطبيب: هكذا تسير زيارة الطبيب.",
                "fa": "گرفتن نوبت، همراه داشتن مدارک و برقراری ارتباط؛ مراجعه به پزشک این‌گونه انجام می‌شود.",
                "uk": "Запис на прийом, потрібні документи, порозуміння з лікарем – як проходить візит до лікаря.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Termin vereinbaren",
                        "en": "Making an appointment",
                        "ar": "حجز موعد",
                        "fa": "گرفتن نوبت",
                        "uk": "Запис на прийом",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Rufen Sie in der Praxis an oder buchen Sie den Termin online. Sagen Sie kurz, welche Beschwerden Sie haben. Bei starken Schmerzen oder hohem Fieber bekommen Sie oft noch am selben Tag einen Termin.</p><p>Wenn Sie einen Termin nicht wahrnehmen können, sagen Sie ihn mindestens einen Tag vorher ab.</p>",
                        "en": "<p>Call the practice or book the appointment online. Briefly describe your symptoms. If you have severe pain or a high fever, you will often get an appointment on the same day.</p><p>If you cannot attend an appointment, cancel it at least one day in advance.</p>",
                        "ar": "<p>اتصلوا بالعيادة أو احجزوا الموعد عبر الإنترنت، واذكروا باختصار ما تشكون منه. في حال الألم الشديد أو الحمّى المرتفعة تحصلون غالباً على موعد في اليوم نفسه.</p><p>إذا لم تتمكّنوا من الحضور، فألغوا الموعد قبل يوم واحد على الأقل.</p>",
                        "fa": "<p>با مطب تماس بگیرید یا نوبت را آنلاین رزرو کنید. به‌طور خلاصه بگویید چه مشکلی دارید. در صورت درد شدید یا تب بالا اغلب همان روز نوبت می‌گیرید.</p><p>اگر نمی‌توانید سر نوبت حاضر شوید، دست‌کم یک روز قبل آن را لغو کنید.</p>",
                        "uk": "<p>Зателефонуйте до практики або запишіться на прийом онлайн. Коротко опишіть свої скарги. При сильному болю чи високій температурі часто можна потрапити на прийом того ж дня.</p><p>Якщо ви не можете прийти на прийом, скасуйте його щонайменше за день.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Das bringen Sie mit",
                        "en": "What to bring",
                        "ar": "ما عليكم إحضاره",
                        "fa": "چه چیزهایی همراه داشته باشید",
                        "uk": "Що взяти з собою",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>Gesundheitskarte oder Behandlungsschein</li><li>eine Liste Ihrer Medikamente und Vorerkrankungen</li><li>Impfpass und Befunde früherer Behandlungen, falls vorhanden</li><li>bei Kindern: das gelbe Kinderuntersuchungsheft</li></ul>",
                        "en": "<ul><li>Health insurance card or treatment voucher</li><li>A list of your medicines and previous illnesses</li><li>Vaccination record and results of previous treatments, if available</li><li>For children: the yellow child health check-up booklet</li></ul>",
                        "ar": "<ul><li>بطاقة التأمين الصحي أو قسيمة العلاج</li><li>قائمة بالأدوية التي تتناولونها والأمراض السابقة</li><li>دفتر التطعيمات ونتائج العلاجات السابقة إن وُجدت</li><li>للأطفال: الدفتر الأصفر لفحوصات الأطفال الدورية</li></ul>",
                        "fa": "<ul><li>کارت بیمه سلامت یا برگه درمان</li><li>فهرست داروها و بیماری‌های قبلی شما</li><li>کارت واکسن و نتایج درمان‌های قبلی، در صورت وجود</li><li>برای کودکان: دفترچه زرد معاینات دوره‌ای کودک</li></ul>",
                        "uk": "<ul><li>Картка медичного страхування або направлення на лікування</li><li>Список ваших ліків і перенесених захворювань</li><li>Щеплювальний паспорт і результати попередніх обстежень, якщо вони є</li><li>Для дітей: жовта книжечка профілактичних оглядів дитини</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "info",
                    "value": {
                        "de": "Wenn Sie nicht gut Deutsch sprechen, nehmen Sie eine Person mit, der Sie vertrauen. In manchen Praxen arbeitet auch Personal, das andere Sprachen spricht – fragen Sie bei der Terminvereinbarung danach.",
                        "en": "If you don't speak German well, bring someone you trust. Some practices also have staff who speak other languages – ask when you make the appointment.",
                        "ar": "إذا لم تكن لغتكم الألمانية جيدة، فاصطحبوا شخصاً تثقون به. وفي بعض العيادات يعمل موظفون يتحدثون لغات أخرى، فاسألوا عن ذلك عند حجز الموعد.",
                        "fa": "اگر آلمانی را خوب صحبت نمی‌کنید، فردی مورد اعتماد را همراه خود ببرید. در برخی مطب‌ها کارکنانی هم هستند که به زبان‌های دیگر صحبت می‌کنند؛ هنگام گرفتن نوبت در این باره بپرسید.",
                        "uk": "Якщо ви погано розмовляєте німецькою, візьміть із собою людину, якій довіряєте. У деяких практиках працює персонал, який говорить іншими мовами, – запитайте про це під час запису.",
                    },
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Was ist der Unterschied zwischen 116117 und 112?",
                                "en": "What is the difference between 116117 and 112?",
                                "ar": "ما الفرق بين 116117 و112؟",
                                "fa": "تفاوت 116117 و 112 چیست؟",
                                "uk": "Яка різниця між 116117 і 112?",
                            },
                            "answer": {
                                "de": "Die 116117 wählen Sie, wenn Sie abends oder am Wochenende ärztliche Hilfe brauchen, es aber kein lebensbedrohlicher Notfall ist. Die 112 wählen Sie bei Lebensgefahr, zum Beispiel bei Atemnot, Bewusstlosigkeit oder starken Brustschmerzen.",
                                "en": "Call 116117 if you need medical help in the evening or at the weekend but it is not a life-threatening emergency. Call 112 if someone's life is in danger, for example with breathing difficulties, unconsciousness or severe chest pain.",
                                "ar": "اتصلوا بالرقم 116117 إذا احتجتم إلى مساعدة طبية في المساء أو في عطلة نهاية الأسبوع ولم تكن الحالة طارئة تهدّد الحياة. واتصلوا بالرقم 112 عند وجود خطر على الحياة، مثل ضيق التنفس أو فقدان الوعي أو ألم شديد في الصدر.",
                                "fa": "اگر عصر یا آخر هفته به کمک پزشکی نیاز دارید اما وضعیت تهدیدکننده زندگی نیست، با 116117 تماس بگیرید. اگر جان کسی در خطر است، مثلاً در صورت تنگی نفس، بیهوشی یا درد شدید قفسه سینه، با 112 تماس بگیرید.",
                                "uk": "Телефонуйте 116117, якщо вам потрібна медична допомога ввечері чи у вихідні, але загрози життю немає. Телефонуйте 112, якщо життя людини в небезпеці, наприклад при задишці, втраті свідомості або сильному болю в грудях.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

_SCHOOL = {
    "slug": "kinder-und-schule",
    "icon": "school",
    "title": {
        "de": "Kinder und Schule",
        "en": "Children and school",
        "ar": "الأطفال والمدرسة",
        "fa": "کودکان و مدرسه",
        "uk": "Діти та школа",
    },
    "intro": {
        "de": "Von der Kita bis zum Schulabschluss: Bildung für Ihre Kinder.",
        "en": "From day care to leaving school: education for your children.",
        "ar": "من روضة الأطفال حتى الشهادة المدرسية: التعليم لأطفالكم.",
        "fa": "از مهدکودک تا پایان مدرسه: آموزش برای فرزندان شما.",
        "uk": "Від дитячого садка до закінчення школи: освіта для ваших дітей.",
    },
    "body": [
        {
            "type": "image",
            "key": "school",
            "alt": {
                "de": "Illustration: Kinder mit Schulranzen laufen zu einem Schulgebäude.",
                "en": "Illustration: children with school bags walking towards a school building.",
                "ar": "رسم توضيحي: أطفال يحملون حقائب مدرسية يسيرون نحو مبنى المدرسة.",
                "fa": "تصویر: کودکانی با کوله‌پشتی مدرسه به سمت ساختمان مدرسه می‌روند.",
                "uk": "Ілюстрація: діти з ранцями йдуть до будівлі школи.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Bildung von Anfang an",
                "en": "Education from the very beginning",
                "ar": "التعليم منذ البداية",
                "fa": "آموزش از همان آغاز",
                "uk": "Освіта з перших років",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>In Deutschland besuchen viele Kinder ab dem ersten Lebensjahr eine Kita. Ab etwa sechs Jahren gilt die Schulpflicht für alle Kinder, auch für geflüchtete Kinder. Der Besuch staatlicher Schulen ist kostenlos.</p><p>Nach der Grundschule gibt es verschiedene Schulformen, zum Beispiel Gymnasium, Realschule oder Gesamtschule. Welche Schule passt, besprechen Sie mit den Lehrkräften Ihres Kindes.</p>",
                "en": "<p>In Germany, many children attend a day-care centre (Kita) from the age of one. From about the age of six, school attendance is compulsory for all children, including refugee children. State schools are free of charge.</p><p>After primary school there are different types of school, for example Gymnasium, Realschule or Gesamtschule. Discuss with your child's teachers which school is the right one.</p>",
                "ar": "<p>في ألمانيا يرتاد كثير من الأطفال روضة الأطفال (Kita) ابتداءً من عامهم الأول. ومن سن السادسة تقريباً يصبح التعليم إلزامياً لجميع الأطفال، بمن فيهم الأطفال اللاجئون. والدراسة في المدارس الحكومية مجانية.</p><p>بعد المرحلة الابتدائية توجد أنواع مختلفة من المدارس، مثل Gymnasium وRealschule وGesamtschule. ناقشوا مع معلّمي طفلكم المدرسة الأنسب له.</p>",
                "fa": "<p>در آلمان بسیاری از کودکان از یک‌سالگی به مهدکودک (Kita) می‌روند. از حدود شش‌سالگی تحصیل برای همه کودکان، از جمله کودکان پناهنده، اجباری است. تحصیل در مدارس دولتی رایگان است.</p><p>پس از دبستان انواع مختلفی از مدرسه وجود دارد، برای مثال «گیمنازیوم» (Gymnasium)، «رآل‌شوله» (Realschule) یا «گزامت‌شوله» (Gesamtschule). درباره اینکه کدام مدرسه برای فرزندتان مناسب است با معلمانش گفت‌وگو کنید.</p>",
                "uk": "<p>У Німеччині багато дітей відвідують дитячий садок (Kita) з однорічного віку. Приблизно з шести років шкільне навчання є обов'язковим для всіх дітей, зокрема й для дітей-біженців. Навчання в державних школах безкоштовне.</p><p>Після початкової школи існують різні типи шкіл, наприклад гімназія (Gymnasium), реальна школа (Realschule) або загальна школа (Gesamtschule). Яка школа підходить вашій дитині, обговоріть з її вчителями.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Familien mit geringem Einkommen können Leistungen für Bildung und Teilhabe beantragen, zum Beispiel für Schulbedarf, Mittagessen, Nachhilfe und Ausflüge.",
                "en": "Families on a low income can apply for education and participation benefits (Bildung und Teilhabe), for example for school supplies, lunch, tutoring and school trips.",
                "ar": "يمكن للعائلات ذات الدخل المحدود طلب مساعدات التعليم والمشاركة (Bildung und Teilhabe)، مثلاً للأدوات المدرسية ووجبة الغداء والدروس الخصوصية والرحلات.",
                "fa": "خانواده‌های کم‌درآمد می‌توانند برای «کمک‌هزینه آموزش و مشارکت» (Bildung und Teilhabe) درخواست بدهند؛ برای مثال برای لوازم مدرسه، ناهار، کلاس تقویتی و اردوها.",
                "uk": "Сім'ї з низьким доходом можуть подати заяву на виплати для освіти та участі (Bildung und Teilhabe), наприклад на шкільне приладдя, обіди, репетиторство та екскурсії.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Soll ich mit meinem Kind zu Hause Deutsch sprechen?",
                        "en": "Should I speak German with my child at home?",
                        "ar": "هل ينبغي أن أتحدّث مع طفلي بالألمانية في البيت؟",
                        "fa": "آیا باید در خانه با فرزندم آلمانی صحبت کنم؟",
                        "uk": "Чи варто говорити з дитиною вдома німецькою?",
                    },
                    "answer": {
                        "de": "Sprechen Sie mit Ihrem Kind die Sprache, die Sie am besten können. Eine gut entwickelte Muttersprache hilft Kindern auch beim Deutschlernen.",
                        "en": "Speak the language you know best with your child. A well-developed mother tongue also helps children learn German.",
                        "ar": "تحدّثوا مع طفلكم باللغة التي تتقنونها أكثر. فاللغة الأم المتطورة جيداً تساعد الأطفال أيضاً على تعلّم الألمانية.",
                        "fa": "با فرزندتان به زبانی صحبت کنید که خودتان از همه بهتر بلدید. زبان مادری قوی به کودکان در یادگیری آلمانی هم کمک می‌کند.",
                        "uk": "Говоріть із дитиною мовою, якою ви володієте найкраще. Добре розвинена рідна мова допомагає дітям і у вивченні німецької.",
                    },
                },
                {
                    "question": {
                        "de": "Was ist eine Ganztagsschule?",
                        "en": "What is an all-day school?",
                        "ar": "ما هي المدرسة ذات الدوام الكامل؟",
                        "fa": "مدرسه تمام‌وقت چیست؟",
                        "uk": "Що таке школа повного дня?",
                    },
                    "answer": {
                        "de": "An einer Ganztagsschule bleiben Kinder auch am Nachmittag in der Schule. Sie bekommen ein Mittagessen, Hilfe bei den Hausaufgaben und können an Sport- oder Musikangeboten teilnehmen.",
                        "en": "At an all-day school, children stay at school in the afternoon as well. They get lunch, help with their homework and can take part in sports or music activities.",
                        "ar": "في المدرسة ذات الدوام الكامل يبقى الأطفال في المدرسة بعد الظهر أيضاً. يحصلون على وجبة غداء ومساعدة في الواجبات المدرسية، ويمكنهم المشاركة في أنشطة رياضية أو موسيقية.",
                        "fa": "در مدرسه تمام‌وقت، کودکان بعدازظهر هم در مدرسه می‌مانند. آن‌ها ناهار می‌خورند، در انجام تکالیف کمک می‌گیرند و می‌توانند در برنامه‌های ورزشی یا موسیقی شرکت کنند.",
                        "uk": "У школі повного дня діти залишаються в школі й після обіду. Вони отримують обід, допомогу з домашніми завданнями та можуть відвідувати спортивні чи музичні гуртки.",
                    },
                },
            ],
        },
        {
            "type": "links",
            "value": [
                {
                    "title": {
                        "de": "Familienportal – Leistungen für Familien",
                        "en": "Family portal – benefits for families",
                        "ar": "بوابة الأسرة – المساعدات المخصّصة للعائلات",
                        "fa": "پرتال خانواده – کمک‌ها و خدمات برای خانواده‌ها",
                        "uk": "Сімейний портал – виплати та допомога для сімей",
                    },
                    "url": "https://familienportal.de",
                },
                {
                    "title": {
                        "de": "Nummer gegen Kummer – Beratung für Kinder und Eltern",
                        "en": "Nummer gegen Kummer – counselling for children and parents",
                        "ar": "Nummer gegen Kummer – استشارات للأطفال والآباء",
                        "fa": "Nummer gegen Kummer – مشاوره برای کودکان و والدین",
                        "uk": "Nummer gegen Kummer – консультації для дітей і батьків",
                    },
                    "url": "https://www.nummergegenkummer.de",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "kita",
            "icon": "school",
            "title": {
                "de": "Kita und Kinderbetreuung",
                "en": "Day care and childcare",
                "ar": "رياض الأطفال ورعاية الأطفال",
                "fa": "مهدکودک و نگهداری از کودکان",
                "uk": "Дитячий садок і догляд за дітьми",
            },
            "intro": {
                "de": "Jedes Kind ab einem Jahr hat einen Anspruch auf einen Betreuungsplatz.",
                "en": "Every child aged one and over is entitled to a childcare place.",
                "ar": "لكل طفل بدءاً من عمر السنة الحق في مكان لرعاية الأطفال.",
                "fa": "هر کودک از یک‌سالگی حق دارد در مهدکودک جا داشته باشد.",
                "uk": "Кожна дитина віком від одного року має право на місце в закладі догляду.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Einen Kita-Platz finden",
                        "en": "Finding a day-care place",
                        "ar": "الحصول على مكان في روضة الأطفال",
                        "fa": "پیدا کردن جا در مهدکودک",
                        "uk": "Як знайти місце в дитячому садку",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Jedes Kind hat ab dem ersten Geburtstag einen Rechtsanspruch auf einen Platz in einer Kita oder bei einer Tagesmutter. Melden Sie Ihr Kind möglichst früh an, denn es gibt oft Wartelisten.</p><p>Die Anmeldung erfolgt direkt in der Kita oder über das Kita-Portal der Stadt. Die Kosten hängen vom Einkommen ab; bei geringem Einkommen übernimmt das Jugendamt die Gebühren.</p>",
                        "en": "<p>From their first birthday, every child has a legal right to a place at a day-care centre or with a childminder. Register your child as early as possible, as there are often waiting lists.</p><p>You register directly at the day-care centre or via the town's online day-care portal. The fees depend on your income; if your income is low, the youth welfare office pays the fees.</p>",
                        "ar": "<p>لكل طفل منذ عيد ميلاده الأول حق قانوني في مكان في روضة أطفال أو لدى مربّية أطفال نهارية (Tagesmutter). سجّلوا طفلكم في أبكر وقت ممكن، فغالباً ما توجد قوائم انتظار.</p><p>يتم التسجيل مباشرة في الروضة أو عبر بوابة رياض الأطفال الإلكترونية التابعة للمدينة. تتوقف الرسوم على الدخل، وفي حال الدخل المحدود تتحمّل دائرة رعاية الشباب الرسوم.</p>",
                        "fa": "<p>هر کودک از نخستین سالروز تولدش حق قانونی دارد که در مهدکودک یا نزد یک مراقب کودک (Tagesmutter) جا داشته باشد. فرزندتان را هرچه زودتر ثبت‌نام کنید، چون اغلب فهرست انتظار وجود دارد.</p><p>ثبت‌نام مستقیماً در مهدکودک یا از طریق پرتال آنلاین مهدکودک‌های شهر انجام می‌شود. هزینه‌ها به درآمد بستگی دارد؛ در صورت درآمد کم، اداره امور کودکان و نوجوانان هزینه را می‌پردازد.</p>",
                        "uk": "<p>З першого дня народження кожна дитина має законне право на місце в дитячому садку або в денної няні (Tagesmutter). Запишіть дитину якомога раніше, бо часто існують списки очікування.</p><p>Записатися можна безпосередньо в садку або через міський онлайн-портал дитячих садків. Плата залежить від доходу; за низького доходу її покриває відомство у справах молоді.</p>",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>In der Kita lernen Kinder spielerisch Deutsch und finden Freunde.</li><li>Vor dem Start brauchen Kinder einen Nachweis über die Masernimpfung.</li><li>Die ersten Wochen sind eine Eingewöhnung, bei der ein Elternteil dabei ist.</li></ul>",
                        "en": "<ul><li>At day care, children learn German through play and make friends.</li><li>Before starting, children need proof of measles vaccination.</li><li>The first weeks are a settling-in period during which one parent stays with the child.</li></ul>",
                        "ar": "<ul><li>يتعلّم الأطفال في الروضة الألمانية من خلال اللعب ويكوّنون صداقات.</li><li>قبل البدء يحتاج الأطفال إلى إثبات التطعيم ضد الحصبة.</li><li>الأسابيع الأولى هي فترة تأقلم يرافق فيها أحد الوالدين الطفل.</li></ul>",
                        "fa": "<ul><li>کودکان در مهدکودک با بازی آلمانی یاد می‌گیرند و دوست پیدا می‌کنند.</li><li>کودکان پیش از شروع به گواهی واکسن سرخک نیاز دارند.</li><li>هفته‌های نخست دوره عادت کردن است و یکی از والدین در کنار کودک می‌ماند.</li></ul>",
                        "uk": "<ul><li>У садку діти вивчають німецьку через гру та знаходять друзів.</li><li>Перед початком відвідування дитині потрібне підтвердження щеплення від кору.</li><li>Перші тижні – це період адаптації, під час якого з дитиною перебуває один із батьків.</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Ohne Nachweis über die Masernimpfung darf Ihr Kind die Kita nicht besuchen. Ihre Kinderärztin oder Ihr Kinderarzt berät Sie.",
                        "en": "Without proof of measles vaccination, your child may not attend day care. Your paediatrician can advise you.",
                        "ar": "لا يُسمح لطفلكم بارتياد الروضة دون إثبات التطعيم ضد الحصبة. يمكن لطبيب الأطفال أن يقدّم لكم المشورة.",
                        "fa": "بدون گواهی واکسن سرخک، فرزندتان اجازه رفتن به مهدکودک را ندارد. پزشک کودکان می‌تواند شما را راهنمایی کند.",
                        "uk": "Без підтвердження щеплення від кору дитина не може відвідувати садок. Порадьтеся з педіатром.",
                    },
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Kita-Anmeldung – {municipality}",
                        "en": "Day-care registration – {municipality}",
                        "ar": "تسجيل رياض الأطفال – {municipality}",
                        "fa": "ثبت‌نام مهدکودک – {municipality}",
                        "uk": "Запис до дитячого садка – {municipality}",
                    },
                    "phone": "+49 6631 9870-240",
                    "email": "kita@example.org",
                    "address": "Rathaus, Marktplatz 3, Zimmer 21",
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Muss mein Kind in die Kita gehen?",
                                "en": "Does my child have to go to day care?",
                                "ar": "هل يجب أن يذهب طفلي إلى الروضة؟",
                                "fa": "آیا فرزندم حتماً باید به مهدکودک برود؟",
                                "uk": "Чи обов'язково дитині ходити до садка?",
                            },
                            "answer": {
                                "de": "Nein, der Kita-Besuch ist freiwillig. Ein oder zwei Jahre Kita vor der Einschulung helfen Kindern aber sehr, gut Deutsch zu lernen.",
                                "en": "No, attending day care is voluntary. However, one or two years of day care before starting school help children a great deal to learn German well.",
                                "ar": "لا، ارتياد الروضة اختياري. لكن سنة أو سنتين في الروضة قبل دخول المدرسة تساعد الأطفال كثيراً على تعلّم الألمانية جيداً.",
                                "fa": "نه، رفتن به مهدکودک اختیاری است. اما یک یا دو سال مهدکودک پیش از شروع مدرسه به کودکان کمک زیادی می‌کند تا آلمانی را خوب یاد بگیرند.",
                                "uk": "Ні, відвідування садка добровільне. Проте рік-два в садку перед школою дуже допомагають дітям добре опанувати німецьку.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
        {
            "slug": "schule",
            "icon": "school",
            "title": {
                "de": "Schule",
                "en": "School",
                "ar": "المدرسة",
                "fa": "مدرسه",
                "uk": "Школа",
            },
            "intro": {
                "de": "So melden Sie Ihr Kind in der Schule an und bleiben mit den Lehrkräften im Gespräch.",
                "en": "How to enrol your child at school and stay in touch with the teachers.",
                "ar": "كيف تسجّلون طفلكم في المدرسة وتبقون على تواصل مع المعلمين.",
                "fa": "چگونه فرزندتان را در مدرسه ثبت‌نام کنید و با معلمان در ارتباط بمانید.",
                "uk": "Як записати дитину до школи й підтримувати зв'язок з учителями.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Anmeldung in der Schule",
                        "en": "Enrolling at school",
                        "ar": "التسجيل في المدرسة",
                        "fa": "ثبت‌نام در مدرسه",
                        "uk": "Запис до школи",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Kinder, die neu nach Deutschland kommen, werden meist an einer Schule in der Nähe der Wohnung angemeldet. Ältere Kinder lernen oft zuerst in einer Intensivklasse Deutsch und wechseln dann in eine reguläre Klasse.</p><p>Für die Anmeldung brauchen Sie die Meldebescheinigung, den Ausweis des Kindes und, wenn vorhanden, Zeugnisse aus dem Herkunftsland.</p>",
                        "en": "<p>Children who are new to Germany are usually enrolled at a school near their home. Older children often first learn German in an intensive class and then move to a regular class.</p><p>To enrol, you need the registration certificate, your child's ID and, if available, school reports from your country of origin.</p>",
                        "ar": "<p>يُسجَّل الأطفال القادمون حديثاً إلى ألمانيا عادةً في مدرسة قريبة من مكان السكن. وغالباً ما يتعلّم الأطفال الأكبر سناً الألمانية أولاً في صف مكثّف ثم ينتقلون إلى صف عادي.</p><p>تحتاجون للتسجيل إلى شهادة التسجيل ووثيقة هوية الطفل، والشهادات المدرسية من البلد الأصلي إن وُجدت.</p>",
                        "fa": "<p>کودکانی که تازه به آلمان آمده‌اند معمولاً در مدرسه‌ای نزدیک محل سکونت ثبت‌نام می‌شوند. کودکان بزرگ‌تر اغلب ابتدا در یک کلاس فشرده آلمانی یاد می‌گیرند و سپس به کلاس عادی می‌روند.</p><p>برای ثبت‌نام به گواهی ثبت سکونت، مدرک شناسایی کودک و، در صورت وجود، کارنامه‌های مدرسه از کشور مبدأ نیاز دارید.</p>",
                        "uk": "<p>Дітей, які щойно приїхали до Німеччини, зазвичай записують до школи поблизу місця проживання. Старші діти часто спочатку вивчають німецьку в інтенсивному класі, а потім переходять до звичайного класу.</p><p>Для запису вам знадобляться довідка про реєстрацію, документ дитини та, якщо є, шкільні табелі з країни походження.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "de": "Wichtige Regeln",
                        "en": "Important rules",
                        "ar": "قواعد مهمة",
                        "fa": "قوانین مهم",
                        "uk": "Важливі правила",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>Ihr Kind muss jeden Tag pünktlich zur Schule gehen.</li><li>Ist Ihr Kind krank, melden Sie es morgens vor Unterrichtsbeginn in der Schule ab.</li><li>Klassenfahrten, Schwimm- und Sportunterricht gehören zum Unterricht.</li><li>Elternabende und Elterngespräche helfen Ihnen, die Schule kennenzulernen.</li></ul>",
                        "en": "<ul><li>Your child must go to school on time every day.</li><li>If your child is ill, inform the school in the morning before lessons start.</li><li>Class trips, swimming lessons and PE are part of school.</li><li>Parents' evenings and parent-teacher meetings help you get to know the school.</li></ul>",
                        "ar": "<ul><li>يجب أن يذهب طفلكم إلى المدرسة في الموعد المحدد كل يوم.</li><li>إذا مرض طفلكم، فأبلغوا المدرسة صباحاً قبل بدء الدروس.</li><li>الرحلات المدرسية ودروس السباحة والرياضة جزء من التعليم المدرسي.</li><li>تساعدكم أمسيات أولياء الأمور واللقاءات مع المعلمين على التعرّف على المدرسة.</li></ul>",
                        "fa": "<ul><li>فرزندتان باید هر روز سر وقت به مدرسه برود.</li><li>اگر فرزندتان بیمار است، صبح پیش از شروع کلاس به مدرسه اطلاع دهید.</li><li>اردوهای کلاسی، کلاس شنا و ورزش بخشی از برنامه درسی هستند.</li><li>جلسات اولیا و گفت‌وگو با معلمان به شما کمک می‌کند مدرسه را بهتر بشناسید.</li></ul>",
                        "uk": "<ul><li>Ваша дитина повинна щодня вчасно приходити до школи.</li><li>Якщо дитина захворіла, повідомте школу вранці до початку уроків.</li><li>Класні поїздки, уроки плавання та фізкультури є частиною навчання.</li><li>Батьківські збори та розмови з учителями допоможуть вам краще познайомитися зі школою.</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "warning",
                    "value": {
                        "de": "Fehlt Ihr Kind ohne Entschuldigung, kann ein Bußgeldverfahren eingeleitet werden. Sprechen Sie bei Problemen früh mit der Klassenlehrerin oder dem Klassenlehrer.",
                        "en": "If your child is absent without an excuse, fine proceedings may be initiated. If there are problems, talk to the class teacher early on.",
                        "ar": "إذا تغيّب طفلكم دون عذر، فقد تُفتح إجراءات لفرض غرامة مالية. وفي حال وجود مشكلات، تحدّثوا مبكراً مع مربّي الصف.",
                        "fa": "اگر فرزندتان بدون عذر موجه غیبت کند، ممکن است برای شما جریمه در نظر گرفته شود. در صورت بروز مشکل، زود با معلم کلاس صحبت کنید.",
                        "uk": "Якщо дитина пропускає школу без поважної причини, можуть відкрити провадження про штраф. У разі проблем якомога раніше поговоріть із класним керівником.",
                    },
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Was macht die Schulsozialarbeit?",
                                "en": "What does the school social worker do?",
                                "ar": "ما هو دور الأخصائي الاجتماعي في المدرسة؟",
                                "fa": "مددکار اجتماعی مدرسه چه کاری انجام می‌دهد؟",
                                "uk": "Чим займається шкільний соціальний працівник?",
                            },
                            "answer": {
                                "de": "Schulsozialarbeiterinnen und Schulsozialarbeiter beraten Kinder und Eltern bei Problemen in der Schule oder zu Hause. Das Gespräch ist kostenlos und vertraulich.",
                                "en": "School social workers advise children and parents on problems at school or at home. The conversation is free and confidential.",
                                "ar": "يقدّم الأخصائيون الاجتماعيون في المدرسة المشورة للأطفال والآباء عند وجود مشكلات في المدرسة أو في البيت. والحديث معهم مجاني وسرّي.",
                                "fa": "مددکاران اجتماعی مدرسه به کودکان و والدین در مشکلات مدرسه یا خانه مشاوره می‌دهند. این گفت‌وگو رایگان و محرمانه است.",
                                "uk": "Шкільні соціальні працівники консультують дітей і батьків щодо проблем у школі чи вдома. Розмова безкоштовна й конфіденційна.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

_COUNSELLING = {
    "slug": "beratung",
    "icon": "counselling",
    "title": {
        "de": "Beratung und Unterstützung",
        "en": "Counselling and support",
        "ar": "الاستشارة والدعم",
        "fa": "مشاوره و حمایت",
        "uk": "Консультації та підтримка",
    },
    "intro": {
        "de": "Kostenlose Beratungsstellen helfen Ihnen bei Fragen zu Aufenthalt, Familie, Geld und Gesundheit.",
        "en": "Free counselling services help you with questions about residence, family, money and health.",
        "ar": "تساعدكم مراكز الاستشارة المجانية في الأسئلة المتعلقة بالإقامة والأسرة والمال والصحة.",
        "fa": "مراکز مشاوره رایگان در پرسش‌های مربوط به اقامت، خانواده، پول و سلامت به شما کمک می‌کنند.",
        "uk": "Безкоштовні консультаційні служби допоможуть вам із питаннями щодо перебування, сім'ї, грошей і здоров'я.",
    },
    "body": [
        {
            "type": "image",
            "key": "counselling",
            "alt": {
                "de": "Illustration: Zwei Personen sitzen sich an einem Tisch gegenüber und sprechen miteinander.",
                "en": "Illustration: two people sitting opposite each other at a table, talking.",
                "ar": "رسم توضيحي: شخصان يجلسان متقابلين إلى طاولة ويتحدثان معاً.",
                "fa": "تصویر: دو نفر روبه‌روی هم پشت یک میز نشسته‌اند و با هم گفت‌وگو می‌کنند.",
                "uk": "Ілюстрація: двоє людей сидять одне навпроти одного за столом і розмовляють.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Beratung für viele Lebenslagen",
                "en": "Advice for many situations in life",
                "ar": "استشارات لمختلف ظروف الحياة",
                "fa": "مشاوره برای موقعیت‌های مختلف زندگی",
                "uk": "Консультації в різних життєвих ситуаціях",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<ul><li><b>Migrationsberatung für Erwachsene (MBE):</b> für Zugewanderte ab 27 Jahren</li><li><b>Jugendmigrationsdienst (JMD):</b> für junge Menschen von 12 bis 27 Jahren</li><li><b>Asylverfahrensberatung:</b> bei Fragen zum Asylverfahren und zur Anhörung</li><li><b>Schuldnerberatung:</b> wenn Sie Rechnungen nicht mehr bezahlen können</li><li><b>Schwangerschaftsberatung:</b> bei Fragen rund um Schwangerschaft und Geburt</li><li><b>Psychosoziale Beratung:</b> bei Sorgen, Angst oder belastenden Erlebnissen</li></ul>",
                "en": "<ul><li><b>Migration counselling for adults (MBE):</b> for immigrants aged 27 and over</li><li><b>Youth migration service (JMD):</b> for young people aged 12 to 27</li><li><b>Asylum procedure counselling:</b> for questions about the asylum procedure and the interview</li><li><b>Debt counselling:</b> if you can no longer pay your bills</li><li><b>Pregnancy counselling:</b> for questions about pregnancy and birth</li><li><b>Psychosocial counselling:</b> if you have worries or fears, or have gone through distressing experiences</li></ul>",
                "ar": "<ul><li><b>استشارات الهجرة للبالغين (MBE):</b> للمهاجرين من عمر 27 عاماً فما فوق</li><li><b>خدمة الشباب المهاجرين (JMD):</b> للشباب من عمر 12 إلى 27 عاماً</li><li><b>استشارات إجراءات اللجوء:</b> للأسئلة المتعلقة بإجراءات اللجوء وجلسة الاستماع</li><li><b>استشارات الديون:</b> إذا لم تعودوا قادرين على دفع فواتيركم</li><li><b>استشارات الحمل:</b> للأسئلة المتعلقة بالحمل والولادة</li><li><b>الاستشارات النفسية والاجتماعية:</b> عند الهموم أو الخوف أو التجارب المؤلمة</li></ul>",
                "fa": "<ul><li><b>مشاوره مهاجرت برای بزرگسالان (MBE):</b> برای مهاجران ۲۷ سال به بالا</li><li><b>خدمات مهاجرت جوانان (JMD):</b> برای جوانان ۱۲ تا ۲۷ ساله</li><li><b>مشاوره پرونده پناهندگی:</b> برای پرسش‌های مربوط به روند پناهندگی و مصاحبه</li><li><b>مشاوره بدهی:</b> اگر دیگر نمی‌توانید صورت‌حساب‌هایتان را بپردازید</li><li><b>مشاوره بارداری:</b> برای پرسش‌های مربوط به بارداری و زایمان</li><li><b>مشاوره روانی‌اجتماعی:</b> در صورت نگرانی، ترس یا تجربه‌های دردناک</li></ul>",
                "uk": "<ul><li><b>Міграційна консультація для дорослих (MBE):</b> для іммігрантів віком від 27 років</li><li><b>Молодіжна міграційна служба (JMD):</b> для молоді віком від 12 до 27 років</li><li><b>Консультації щодо процедури надання притулку:</b> з питань процедури та співбесіди</li><li><b>Консультації з боргових питань:</b> якщо ви більше не можете оплачувати рахунки</li><li><b>Консультації для вагітних:</b> з питань вагітності та пологів</li><li><b>Психосоціальні консультації:</b> у разі тривоги, страху чи важких пережитих подій</li></ul>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Alle Beratungen sind kostenlos und vertraulich. Die Beraterinnen und Berater geben nichts ohne Ihre Zustimmung an Behörden weiter. Wenn nötig, wird eine Dolmetscherin oder ein Dolmetscher hinzugezogen.",
                "en": "All counselling is free and confidential. The counsellors do not pass anything on to the authorities without your consent. If necessary, an interpreter is brought in.",
                "ar": "جميع الاستشارات مجانية وسرّية. ولا ينقل المستشارون أي معلومات إلى الجهات الرسمية دون موافقتكم. وعند الحاجة يُستعان بمترجم.",
                "fa": "همه مشاوره‌ها رایگان و محرمانه هستند. مشاوران بدون رضایت شما هیچ اطلاعاتی را به ادارات نمی‌دهند. در صورت نیاز از مترجم کمک گرفته می‌شود.",
                "uk": "Усі консультації безкоштовні та конфіденційні. Консультанти нічого не передають державним установам без вашої згоди. За потреби залучають перекладача.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Ich fühle mich seit Wochen sehr traurig und kann nicht schlafen. Wo bekomme ich Hilfe?",
                        "en": "I have been feeling very sad for weeks and cannot sleep. Where can I get help?",
                        "ar": "أشعر بحزن شديد منذ أسابيع ولا أستطيع النوم. أين أجد المساعدة؟",
                        "fa": "چند هفته است که خیلی غمگینم و نمی‌توانم بخوابم. از کجا کمک بگیرم؟",
                        "uk": "Я вже кілька тижнів дуже сумую і не можу спати. Де отримати допомогу?",
                    },
                    "answer": {
                        "de": "Sprechen Sie mit Ihrer Hausärztin oder Ihrem Hausarzt oder mit einer psychosozialen Beratungsstelle. In akuten Krisen erreichen Sie die TelefonSeelsorge rund um die Uhr unter 0800 111 0 111.",
                        "en": "Talk to your family doctor or a psychosocial counselling centre. In an acute crisis you can reach the TelefonSeelsorge helpline around the clock on 0800 111 0 111.",
                        "ar": "تحدّثوا مع طبيب الأسرة أو مع مركز للاستشارات النفسية والاجتماعية. وفي الأزمات الحادة يمكنكم الاتصال بخط الدعم النفسي (TelefonSeelsorge) على مدار الساعة على الرقم 0800 111 0 111.",
                        "fa": "با پزشک خانواده یا یک مرکز مشاوره روانی‌اجتماعی صحبت کنید. در بحران‌های حاد می‌توانید شبانه‌روز با خط تلفن کمک روانی (TelefonSeelsorge) به شماره 0800 111 0 111 تماس بگیرید.",
                        "uk": "Зверніться до сімейного лікаря або до центру психосоціальних консультацій. У гострій кризі ви можете цілодобово зателефонувати на телефон довіри TelefonSeelsorge: 0800 111 0 111.",
                    },
                },
            ],
        },
        {
            "type": "links",
            "value": [
                {
                    "title": {
                        "de": "mbeon – Migrationsberatung online",
                        "en": "mbeon – online migration counselling",
                        "ar": "mbeon – استشارات الهجرة عبر الإنترنت",
                        "fa": "mbeon – مشاوره آنلاین مهاجرت",
                        "uk": "mbeon – онлайн-консультації з питань міграції",
                    },
                    "url": "https://www.mbeon.de",
                },
                {
                    "title": {
                        "de": "Jugendmigrationsdienste – Beratung für junge Menschen",
                        "en": "Youth migration services – advice for young people",
                        "ar": "خدمات الشباب المهاجرين – استشارات للشباب",
                        "fa": "خدمات مهاجرت جوانان – مشاوره برای جوانان",
                        "uk": "Молодіжні міграційні служби – консультації для молоді",
                    },
                    "url": "https://www.jugendmigrationsdienste.de",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "migrationsberatung",
            "icon": "counselling",
            "title": {
                "de": "Migrationsberatung",
                "en": "Migration counselling",
                "ar": "استشارات الهجرة",
                "fa": "مشاوره مهاجرت",
                "uk": "Міграційна консультація",
            },
            "intro": {
                "de": "Persönliche Begleitung in den ersten Jahren – bei Anträgen, Briefen und allen Fragen rund ums Ankommen.",
                "en": "Personal support in your first years – with applications, letters and all questions about settling in.",
                "ar": "مرافقة شخصية في السنوات الأولى: في الطلبات والرسائل وجميع الأسئلة المتعلقة بالاستقرار.",
                "fa": "همراهی شخصی در سال‌های نخست؛ در درخواست‌ها، نامه‌ها و همه پرسش‌های مربوط به شروع زندگی در اینجا.",
                "uk": "Особиста підтримка в перші роки – із заявами, листами та всіма питаннями облаштування.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Wobei hilft die Migrationsberatung?",
                        "en": "What does migration counselling help with?",
                        "ar": "في أي أمور تساعد استشارات الهجرة؟",
                        "fa": "مشاوره مهاجرت در چه زمینه‌هایی کمک می‌کند؟",
                        "uk": "У чому допомагає міграційна консультація?",
                    },
                },
                {
                    "type": "image",
                    "key": "counselling",
                    "alt": {
                        "de": "Illustration: Eine Beraterin erklärt einer Familie ein Formular.",
                        "en": "Illustration: a counsellor explaining a form to a family.",
                        "ar": "رسم توضيحي: مستشارة تشرح استمارة لعائلة.",
                        "fa": "تصویر: یک مشاور زن فرمی را برای یک خانواده توضیح می‌دهد.",
                        "uk": "Ілюстрація: консультантка пояснює родині формуляр.",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>Briefe von Ämtern verstehen und Anträge ausfüllen</li><li>Fragen zu Aufenthalt, Familiennachzug und Einbürgerung</li><li>Suche nach einem passenden Sprachkurs</li><li>Wege in Ausbildung und Arbeit</li><li>Vermittlung an Fachstellen, zum Beispiel bei Schulden oder Krankheit</li></ul>",
                        "en": "<ul><li>Understanding letters from authorities and filling in applications</li><li>Questions about residence, family reunification and naturalisation</li><li>Finding a suitable language course</li><li>Ways into vocational training and work</li><li>Referral to specialist services, for example for debt or illness</li></ul>",
                        "ar": "<ul><li>فهم الرسائل الواردة من الدوائر الرسمية وتعبئة الطلبات</li><li>الأسئلة المتعلقة بالإقامة ولمّ شمل الأسرة والتجنّس</li><li>البحث عن دورة لغة مناسبة</li><li>الطرق إلى التدريب المهني والعمل</li><li>الإحالة إلى جهات مختصة، مثلاً في حالة الديون أو المرض</li></ul>",
                        "fa": "<ul><li>فهمیدن نامه‌های اداری و پر کردن فرم‌ها</li><li>پرسش‌های مربوط به اقامت، پیوستن خانواده و تابعیت</li><li>پیدا کردن کلاس زبان مناسب</li><li>راه‌های ورود به آموزش حرفه‌ای و کار</li><li>معرفی به مراکز تخصصی، برای مثال در صورت بدهی یا بیماری</li></ul>",
                        "uk": "<ul><li>Розуміння листів від установ і заповнення заяв</li><li>Питання щодо перебування, возз'єднання сім'ї та набуття громадянства</li><li>Пошук відповідного мовного курсу</li><li>Шляхи до професійного навчання та роботи</li><li>Направлення до профільних служб, наприклад у разі боргів чи хвороби</li></ul>",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Die Beratung gibt es auf Deutsch und oft auch auf Arabisch, Farsi, Ukrainisch oder Englisch. Vereinbaren Sie am besten einen Termin; in der offenen Sprechstunde können Sie auch ohne Termin kommen. Die Beraterinnen und Berater begleiten Sie auf Wunsch über mehrere Jahre und kennen die Ämter vor Ort gut.</p>",
                        "en": "<p>Counselling is available in German and often also in Arabic, Farsi, Ukrainian or English. It is best to make an appointment; during the open consultation hours you can also come without one. If you wish, the counsellors will support you over several years, and they know the local offices well.</p>",
                        "ar": "<p>تُقدَّم الاستشارة باللغة الألمانية، وغالباً أيضاً بالعربية أو الفارسية أو الأوكرانية أو الإنجليزية. من الأفضل حجز موعد، ويمكنكم أيضاً الحضور دون موعد خلال ساعات الاستشارة المفتوحة. ويرافقكم المستشارون إن رغبتم على مدى عدة سنوات، وهم يعرفون الدوائر المحلية جيداً.</p>",
                        "fa": "<p>مشاوره به زبان آلمانی و اغلب به عربی، فارسی، اوکراینی یا انگلیسی هم ارائه می‌شود. بهتر است از قبل وقت بگیرید؛ در ساعات مشاوره آزاد می‌توانید بدون وقت قبلی هم مراجعه کنید. مشاوران در صورت تمایل، چند سال شما را همراهی می‌کنند و ادارات محلی را به خوبی می‌شناسند.</p>",
                        "uk": "<p>Консультації проводяться німецькою, а часто також арабською, фарсі, українською або англійською. Найкраще записатися заздалегідь; у години відкритого прийому можна прийти й без запису. За бажанням консультанти супроводжуватимуть вас кілька років; вони добре знають місцеві установи.</p>",
                    },
                },
                {
                    "type": "opening_hours",
                    "value": [
                        {
                            "days": {
                                "de": "Montag (offene Sprechstunde)",
                                "en": "Monday (open consultation hours)",
                                "ar": "الاثنين (ساعات استشارة مفتوحة)",
                                "fa": "دوشنبه (مشاوره آزاد)",
                                "uk": "Понеділок (відкритий прийом)",
                            },
                            "hours": "09:00–12:00",
                        },
                        {
                            "days": {
                                "de": "Dienstag bis Donnerstag (nach Vereinbarung)",
                                "en": "Tuesday to Thursday (by appointment)",
                                "ar": "من الثلاثاء إلى الخميس (بموعد مسبق)",
                                "fa": "سه‌شنبه تا پنجشنبه (با وقت قبلی)",
                                "uk": "З вівторка по четвер (за записом)",
                            },
                            "hours": "09:00–16:00",
                        },
                    ],
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Migrationsberatung – {municipality}",
                        "en": "Migration counselling – {municipality}",
                        "ar": "استشارات الهجرة – {municipality}",
                        "fa": "مشاوره مهاجرت – {municipality}",
                        "uk": "Міграційна консультація – {municipality}",
                    },
                    "phone": "+49 6631 9870-720",
                    "email": "migrationsberatung@example.org",
                    "address": "Haus der Begegnung, Lindenstraße 14",
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Kostet die Beratung etwas?",
                                "en": "Does counselling cost anything?",
                                "ar": "هل الاستشارة مدفوعة؟",
                                "fa": "آیا مشاوره هزینه دارد؟",
                                "uk": "Чи платна консультація?",
                            },
                            "answer": {
                                "de": "Nein, die Beratung ist kostenlos. Sie brauchen keine Überweisung und keinen Nachweis über Ihr Einkommen.",
                                "en": "No, counselling is free. You do not need a referral or proof of income.",
                                "ar": "لا، الاستشارة مجانية. ولا تحتاجون إلى إحالة أو إثبات للدخل.",
                                "fa": "نه، مشاوره رایگان است. به معرفی‌نامه یا مدرک درآمد نیازی ندارید.",
                                "uk": "Ні, консультація безкоштовна. Вам не потрібне направлення чи підтвердження доходу.",
                            },
                        },
                        {
                            "question": {
                                "de": "Darf ich meine Kinder mitbringen?",
                                "en": "May I bring my children?",
                                "ar": "هل يمكنني اصطحاب أطفالي؟",
                                "fa": "آیا می‌توانم فرزندانم را همراه بیاورم؟",
                                "uk": "Чи можна прийти з дітьми?",
                            },
                            "answer": {
                                "de": "Ja, Kinder dürfen mitkommen. Im Wartebereich gibt es eine Spielecke mit Büchern und Spielsachen.",
                                "en": "Yes, children are welcome. There is a play corner with books and toys in the waiting area.",
                                "ar": "نعم، يمكن للأطفال المجيء معكم. وتوجد في منطقة الانتظار زاوية للعب فيها كتب وألعاب.",
                                "fa": "بله، کودکان می‌توانند همراه شما بیایند. در محل انتظار گوشه‌ای برای بازی با کتاب و اسباب‌بازی وجود دارد.",
                                "uk": "Так, діти можуть прийти з вами. У зоні очікування є дитячий куточок із книжками та іграшками.",
                            },
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

_LEISURE = {
    "slug": "freizeit",
    "icon": "leisure",
    "title": {
        "de": "Freizeit und Begegnung",
        "en": "Leisure and meeting people",
        "ar": "أوقات الفراغ والتعارف",
        "fa": "اوقات فراغت و آشنایی با دیگران",
        "uk": "Дозвілля та знайомства",
    },
    "intro": {
        "de": "Sport, Kultur und Treffpunkte – hier lernen Sie Menschen aus Ihrer Nachbarschaft kennen.",
        "en": "Sport, culture and meeting places – this is where you get to know people from your neighbourhood.",
        "ar": "الرياضة والثقافة وأماكن اللقاء: هنا تتعرّفون على أشخاص من حيّكم.",
        "fa": "ورزش، فرهنگ و مکان‌های دیدار؛ اینجا با مردم محله‌تان آشنا می‌شوید.",
        "uk": "Спорт, культура та місця зустрічей – тут ви познайомитеся з людьми з вашого району.",
    },
    "body": [
        {
            "type": "image",
            "key": "leisure",
            "alt": {
                "de": "Illustration: Menschen spielen Fußball auf einer Wiese, im Hintergrund ein Spielplatz.",
                "en": "Illustration: people playing football on a meadow with a playground in the background.",
                "ar": "رسم توضيحي: أشخاص يلعبون كرة القدم على مرج أخضر، وفي الخلفية ملعب للأطفال.",
                "fa": "تصویر: چند نفر روی چمن فوتبال بازی می‌کنند و در پس‌زمینه یک زمین بازی کودکان دیده می‌شود.",
                "uk": "Ілюстрація: люди грають у футбол на галявині, на задньому плані – дитячий майданчик.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Angebote in Ihrer Nähe",
                "en": "Activities near you",
                "ar": "أنشطة بالقرب منكم",
                "fa": "برنامه‌هایی در نزدیکی شما",
                "uk": "Пропозиції поруч із вами",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>In der Stadtbibliothek können Sie Bücher, Filme und Sprachlernmaterial ausleihen. Ein Bibliotheksausweis kostet wenig und ist für Kinder kostenlos. Viele Bibliotheken haben auch Bücher in anderen Sprachen.</p><p>Das Familienzentrum und das Haus der Begegnung bieten Nähcafés, Kochabende, Spielgruppen für Kinder und Ausflüge an. Alle Angebote sind offen für alle – kommen Sie einfach vorbei.</p>",
                "en": "<p>At the town library you can borrow books, films and language learning materials. A library card costs little and is free for children. Many libraries also have books in other languages.</p><p>The family centre and the community centre (Haus der Begegnung) offer sewing cafés, cooking evenings, playgroups for children and outings. All activities are open to everyone – just drop by.</p>",
                "ar": "<p>في مكتبة المدينة يمكنكم استعارة الكتب والأفلام ومواد تعلّم اللغة. بطاقة المكتبة زهيدة الثمن ومجانية للأطفال. وفي كثير من المكتبات توجد أيضاً كتب بلغات أخرى.</p><p>يقدّم مركز الأسرة ودار اللقاء (Haus der Begegnung) مقاهي خياطة وأمسيات طبخ ومجموعات لعب للأطفال ورحلات. جميع الأنشطة مفتوحة للجميع، فتعالوا وشاركوا.</p>",
                "fa": "<p>در کتابخانه شهر می‌توانید کتاب، فیلم و منابع یادگیری زبان امانت بگیرید. کارت کتابخانه ارزان است و برای کودکان رایگان. بسیاری از کتابخانه‌ها کتاب‌هایی به زبان‌های دیگر هم دارند.</p><p>مرکز خانواده و «خانه دیدار» (Haus der Begegnung) کافه‌های خیاطی، شب‌های آشپزی، گروه‌های بازی برای کودکان و گردش‌های دسته‌جمعی برگزار می‌کنند. همه برنامه‌ها برای همه آزاد است؛ کافی است سری بزنید.</p>",
                "uk": "<p>У міській бібліотеці можна брати книжки, фільми та матеріали для вивчення мови. Читацький квиток коштує недорого, а для дітей безкоштовний. У багатьох бібліотеках є також книжки іншими мовами.</p><p>Сімейний центр і Дім зустрічей (Haus der Begegnung) пропонують кафе з шиття, кулінарні вечори, ігрові групи для дітей та екскурсії. Усі заходи відкриті для всіх – просто приходьте.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "info",
            "value": {
                "de": "Mit einem Sozialpass erhalten Familien mit geringem Einkommen Ermäßigungen im Schwimmbad, im Museum und bei Kursen. Fragen Sie im Rathaus danach. Auch viele Veranstaltungen im Park und auf dem Marktplatz sind kostenlos.",
                "en": "With a social pass (Sozialpass), families on a low income get discounts at the swimming pool, museums and courses. Ask about it at the town hall. Many events in the park and on the market square are free, too.",
                "ar": "بواسطة البطاقة الاجتماعية (Sozialpass) تحصل العائلات ذات الدخل المحدود على تخفيضات في المسبح والمتاحف والدورات. اسألوا عنها في مبنى البلدية. كما أن كثيراً من الفعاليات في الحديقة العامة وفي ساحة السوق مجانية.",
                "fa": "خانواده‌های کم‌درآمد با «کارت اجتماعی» (Sozialpass) در استخر، موزه و کلاس‌ها تخفیف می‌گیرند. در شهرداری در این باره بپرسید. بسیاری از برنامه‌ها در پارک و میدان بازار هم رایگان هستند.",
                "uk": "Із соціальною карткою (Sozialpass) сім'ї з низьким доходом отримують знижки в басейні, музеях і на курсах. Запитайте про неї в ратуші. Також багато заходів у парку та на ринковій площі є безкоштовними.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Welche Angebote gibt es für Jugendliche?",
                        "en": "What is there for young people?",
                        "ar": "ما الأنشطة المتاحة لليافعين؟",
                        "fa": "برای نوجوانان چه برنامه‌هایی وجود دارد؟",
                        "uk": "Що є для підлітків?",
                    },
                    "answer": {
                        "de": "Im Jugendzentrum können junge Menschen ab zwölf Jahren kostenlos Billard und Tischtennis spielen, Musik machen oder Hilfe bei den Hausaufgaben bekommen. Die Mitarbeitenden sprechen mehrere Sprachen.",
                        "en": "At the youth centre, young people aged twelve and over can play pool and table tennis for free, make music or get help with their homework. The staff speak several languages.",
                        "ar": "في مركز الشباب يمكن لليافعين من عمر اثني عشر عاماً فما فوق لعب البلياردو وكرة الطاولة مجاناً، أو ممارسة الموسيقى، أو الحصول على مساعدة في الواجبات المدرسية. ويتحدث العاملون هناك عدة لغات.",
                        "fa": "در مرکز جوانان، نوجوانان از دوازده‌سالگی می‌توانند به‌طور رایگان بیلیارد و پینگ‌پنگ بازی کنند، موسیقی کار کنند یا برای تکالیف مدرسه کمک بگیرند. کارکنان آنجا به چند زبان صحبت می‌کنند.",
                        "uk": "У молодіжному центрі молодь від дванадцяти років може безкоштовно грати в більярд і настільний теніс, займатися музикою або отримати допомогу з домашніми завданнями. Працівники центру розмовляють кількома мовами.",
                    },
                },
            ],
        },
        {
            "type": "heading",
            "value": {
                "de": "Öffnungszeiten der Stadtbibliothek",
                "en": "Town library opening hours",
                "ar": "مواعيد عمل مكتبة المدينة",
                "fa": "ساعات کاری کتابخانه شهر",
                "uk": "Години роботи міської бібліотеки",
            },
        },
        {
            "type": "opening_hours",
            "value": [
                {
                    "days": {
                        "de": "Dienstag bis Freitag",
                        "en": "Tuesday to Friday",
                        "ar": "من الثلاثاء إلى الجمعة",
                        "fa": "سه‌شنبه تا جمعه",
                        "uk": "З вівторка по п'ятницю",
                    },
                    "hours": "10:00–18:00",
                },
                {
                    "days": {
                        "de": "Samstag",
                        "en": "Saturday",
                        "ar": "السبت",
                        "fa": "شنبه",
                        "uk": "Субота",
                    },
                    "hours": "10:00–13:00",
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "vereine-und-sport",
            "icon": "leisure",
            "title": {
                "de": "Vereine und Sport",
                "en": "Clubs and sport",
                "ar": "النوادي والرياضة",
                "fa": "باشگاه‌ها و ورزش",
                "uk": "Клуби та спорт",
            },
            "intro": {
                "de": "In Vereinen treffen Sie Menschen mit gleichen Interessen und üben ganz nebenbei Deutsch.",
                "en": "In clubs you meet people with the same interests and practise German along the way.",
                "ar": "في النوادي والجمعيات تلتقون بأشخاص يشاركونكم الاهتمامات نفسها وتتدرّبون على الألمانية في الوقت نفسه.",
                "fa": "در باشگاه‌ها و انجمن‌ها با افرادی هم‌علاقه آشنا می‌شوید و در کنارش آلمانی هم تمرین می‌کنید.",
                "uk": "У клубах ви зустрічаєте людей зі спільними інтересами й водночас практикуєте німецьку.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Was ist ein Verein?",
                        "en": "What is a Verein (club)?",
                        "ar": "ما هو النادي أو الجمعية (Verein)؟",
                        "fa": "«فرآین» (Verein) چیست؟",
                        "uk": "Що таке ферайн (Verein)?",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<p>Ein Verein ist eine Gruppe von Menschen mit einem gemeinsamen Interesse, zum Beispiel Fußball, Musik, Gärtnern oder Feuerwehr. Mitglieder zahlen meist einen kleinen Jahresbeitrag. Viele Vereine laden zu einem kostenlosen Probetraining ein.</p>",
                        "en": "<p>A Verein is a group of people with a shared interest, for example football, music, gardening or the fire brigade. Members usually pay a small annual fee. Many clubs invite newcomers to a free trial session.</p>",
                        "ar": "<p>الـ Verein مجموعة من الأشخاص يجمعهم اهتمام مشترك، مثل كرة القدم أو الموسيقى أو البستنة أو الإطفاء. يدفع الأعضاء عادةً اشتراكاً سنوياً صغيراً. ويدعو كثير من النوادي إلى تمرين تجريبي مجاني.</p>",
                        "fa": "<p>«فرآین» گروهی از افراد با علاقه مشترک است، برای مثال فوتبال، موسیقی، باغبانی یا آتش‌نشانی داوطلبانه. اعضا معمولاً حق عضویت سالانه کمی می‌پردازند. بسیاری از باشگاه‌ها شما را به یک جلسه تمرین آزمایشی رایگان دعوت می‌کنند.</p>",
                        "uk": "<p>Ферайн – це об'єднання людей зі спільним інтересом, наприклад футбол, музика, садівництво чи пожежна справа. Члени зазвичай сплачують невеликий річний внесок. Багато клубів запрошують на безкоштовне пробне тренування.</p>",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li>Sportvereine: Fußball, Schwimmen, Turnen, Kampfsport, Laufgruppen</li><li>Musikvereine und Chöre</li><li>Freiwillige Feuerwehr – mit Jugendfeuerwehr für Kinder und Jugendliche</li><li>Kulturvereine und Gemeinschaftsgärten</li></ul>",
                        "en": "<ul><li>Sports clubs: football, swimming, gymnastics, martial arts, running groups</li><li>Music clubs and choirs</li><li>Volunteer fire brigade – with a youth fire brigade for children and teenagers</li><li>Cultural associations and community gardens</li></ul>",
                        "ar": "<ul><li>النوادي الرياضية: كرة القدم والسباحة والجمباز والفنون القتالية ومجموعات الجري</li><li>الجمعيات الموسيقية والجوقات</li><li>الإطفاء التطوعي، مع فرق إطفاء للأطفال واليافعين</li><li>الجمعيات الثقافية والحدائق المجتمعية</li></ul>",
                        "fa": "<ul><li>باشگاه‌های ورزشی: فوتبال، شنا، ژیمناستیک، ورزش‌های رزمی، گروه‌های دویدن</li><li>انجمن‌های موسیقی و گروه‌های کُر</li><li>آتش‌نشانی داوطلبانه، همراه با آتش‌نشانی نوجوانان برای کودکان و نوجوانان</li><li>انجمن‌های فرهنگی و باغ‌های اشتراکی</li></ul>",
                        "uk": "<ul><li>Спортивні клуби: футбол, плавання, гімнастика, бойові мистецтва, групи бігу</li><li>Музичні об'єднання та хори</li><li>Добровільна пожежна команда – з юнацькою пожежною командою для дітей і підлітків</li><li>Культурні об'єднання та громадські городи</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "info",
                    "value": {
                        "de": "Für Kinder und Jugendliche aus Familien mit geringem Einkommen kann der Mitgliedsbeitrag über das Bildungs- und Teilhabepaket bezahlt werden – bis zu 15 Euro im Monat.",
                        "en": "For children and young people from low-income families, the membership fee can be paid through the education and participation package – up to 15 euros a month.",
                        "ar": "يمكن دفع اشتراك العضوية للأطفال واليافعين من العائلات ذات الدخل المحدود عبر حزمة التعليم والمشاركة، بما يصل إلى 15 يورو شهرياً.",
                        "fa": "حق عضویت کودکان و نوجوانان خانواده‌های کم‌درآمد را می‌توان از طریق بسته «آموزش و مشارکت» پرداخت کرد؛ تا ۱۵ یورو در ماه.",
                        "uk": "Для дітей і підлітків із сімей з низьким доходом членський внесок може оплачуватися з пакета «Освіта та участь» – до 15 євро на місяць.",
                    },
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Muss ich gut Deutsch sprechen, um mitzumachen?",
                                "en": "Do I need to speak good German to join in?",
                                "ar": "هل يجب أن أتقن الألمانية لكي أشارك؟",
                                "fa": "آیا برای شرکت کردن باید آلمانی را خوب بلد باشم؟",
                                "uk": "Чи потрібно добре знати німецьку, щоб долучитися?",
                            },
                            "answer": {
                                "de": "Nein. Beim Sport und in der Musik verstehen sich Menschen oft auch ohne viele Worte. Sagen Sie einfach, dass Sie noch Deutsch lernen.",
                                "en": "No. In sport and music, people often understand each other without many words. Just say that you are still learning German.",
                                "ar": "لا. ففي الرياضة والموسيقى يتفاهم الناس غالباً دون كلمات كثيرة. قولوا ببساطة إنكم ما زلتم تتعلّمون الألمانية.",
                                "fa": "نه. در ورزش و موسیقی، آدم‌ها اغلب بدون حرف زیاد هم همدیگر را می‌فهمند. کافی است بگویید که هنوز در حال یادگیری آلمانی هستید.",
                                "uk": "Ні. У спорті та музиці люди часто розуміють одне одного й без зайвих слів. Просто скажіть, що ви ще вивчаєте німецьку.",
                            },
                        },
                        {
                            "question": {
                                "de": "Gibt es Angebote nur für Frauen?",
                                "en": "Are there activities just for women?",
                                "ar": "هل توجد أنشطة مخصّصة للنساء فقط؟",
                                "fa": "آیا برنامه‌هایی فقط برای زنان وجود دارد؟",
                                "uk": "Чи є заняття лише для жінок?",
                            },
                            "answer": {
                                "de": "Ja, einige Vereine bieten Schwimm- und Sportkurse nur für Frauen an. Im Familienzentrum erfahren Sie, welche Kurse gerade laufen.",
                                "en": "Yes, some clubs offer swimming and sports classes for women only. The family centre can tell you which classes are currently running.",
                                "ar": "نعم، تقدّم بعض النوادي دورات سباحة ورياضة للنساء فقط. وفي مركز الأسرة تعرفون الدورات المتاحة حالياً.",
                                "fa": "بله، برخی باشگاه‌ها کلاس‌های شنا و ورزش ویژه زنان دارند. در مرکز خانواده می‌توانید بپرسید کدام کلاس‌ها در حال حاضر برگزار می‌شود.",
                                "uk": "Так, деякі клуби пропонують курси плавання та спорту лише для жінок. У сімейному центрі вам підкажуть, які курси зараз проводяться.",
                            },
                        },
                    ],
                },
                {
                    "type": "links",
                    "value": [
                        {
                            "title": {
                                "de": "Integration durch Sport – Deutscher Olympischer Sportbund",
                                "en": "Integration through Sport – German Olympic Sports Confederation",
                                "ar": "الاندماج عبر الرياضة – الاتحاد الأولمبي الرياضي الألماني",
                                "fa": "ادغام از طریق ورزش – کنفدراسیون ورزش المپیک آلمان",
                                "uk": "Інтеграція через спорт – Німецька олімпійська спортивна конфедерація",
                            },
                            "url": "https://integration.dosb.de",
                        },
                        {
                            "title": {
                                "de": "Vereinsverzeichnis – {municipality}",
                                "en": "Directory of clubs – {municipality}",
                                "ar": "دليل النوادي والجمعيات – {municipality}",
                                "fa": "فهرست باشگاه‌ها و انجمن‌ها – {municipality}",
                                "uk": "Довідник клубів і об'єднань – {municipality}",
                            },
                            "url": "https://vereine.example.org",
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

_EMERGENCY = {
    "slug": "notfall",
    "icon": "emergency",
    "title": {
        "de": "Notfall und Hilfe",
        "en": "Emergencies and help",
        "ar": "الطوارئ والمساعدة",
        "fa": "شرایط اضطراری و کمک",
        "uk": "Надзвичайні ситуації та допомога",
    },
    "intro": {
        "de": "Hier bekommen Sie schnell Hilfe – rund um die Uhr und kostenlos.",
        "en": "Where to get help quickly – around the clock and free of charge.",
        "ar": "هنا تحصلون على المساعدة بسرعة، على مدار الساعة ومجاناً.",
        "fa": "اینجا سریع کمک می‌گیرید؛ شبانه‌روزی و رایگان.",
        "uk": "Тут ви швидко отримаєте допомогу – цілодобово й безкоштовно.",
    },
    "body": [
        {
            "type": "image",
            "key": "emergency",
            "alt": {
                "de": "Illustration: Ein Mobiltelefon mit einem roten Notrufsymbol.",
                "en": "Illustration: a mobile phone showing a red emergency call symbol.",
                "ar": "رسم توضيحي: هاتف محمول يظهر عليه رمز أحمر لنداء الطوارئ.",
                "fa": "تصویر: یک تلفن همراه با نماد قرمز تماس اضطراری.",
                "uk": "Ілюстрація: мобільний телефон із червоним символом екстреного виклику.",
            },
        },
        {
            "type": "heading",
            "value": {
                "de": "Im Notfall richtig handeln",
                "en": "What to do in an emergency",
                "ar": "التصرّف الصحيح في حالات الطوارئ",
                "fa": "رفتار درست در شرایط اضطراری",
                "uk": "Як правильно діяти в надзвичайній ситуації",
            },
        },
        {
            "type": "paragraph",
            "value": {
                "de": "<p>Bleiben Sie ruhig und wählen Sie die passende Notrufnummer. Die Notrufe 110 und 112 sind kostenlos und funktionieren von jedem Handy, auch ohne Guthaben. Beantworten Sie am Telefon diese Fragen:</p><ol><li>Wo ist der Notfall? Nennen Sie Ort, Straße und Hausnummer.</li><li>Was ist passiert?</li><li>Wie viele Personen sind verletzt oder krank?</li><li>Warten Sie auf Rückfragen – legen Sie nicht als Erste oder Erster auf.</li></ol>",
                "en": "<p>Stay calm and dial the right emergency number. The emergency numbers 110 and 112 are free and work from any mobile phone, even without credit. Answer these questions on the phone:</p><ol><li>Where is the emergency? Give the town, street and house number.</li><li>What has happened?</li><li>How many people are injured or ill?</li><li>Wait for questions – do not be the first to hang up.</li></ol>",
                "ar": "<p>حافظوا على هدوئكم واتصلوا برقم الطوارئ المناسب. رقما الطوارئ 110 و112 مجانيان ويعملان من أي هاتف محمول حتى دون رصيد. أجيبوا على الهاتف عن هذه الأسئلة:</p><ol><li>أين تقع حالة الطوارئ؟ اذكروا المدينة والشارع ورقم المبنى.</li><li>ماذا حدث؟</li><li>كم عدد المصابين أو المرضى؟</li><li>انتظروا أسئلة الموظف، ولا تُنهوا المكالمة قبله.</li></ol>",
                "fa": "<p>آرامش خود را حفظ کنید و با شماره اضطراری مناسب تماس بگیرید. شماره‌های اضطراری 110 و 112 رایگان هستند و از هر تلفن همراهی، حتی بدون شارژ، کار می‌کنند. پشت تلفن به این پرسش‌ها پاسخ دهید:</p><ol><li>حادثه کجاست؟ نام شهر، خیابان و پلاک را بگویید.</li><li>چه اتفاقی افتاده است؟</li><li>چند نفر زخمی یا بیمار هستند؟</li><li>منتظر پرسش‌های اپراتور بمانید و تلفن را زودتر از او قطع نکنید.</li></ol>",
                "uk": "<p>Зберігайте спокій і наберіть потрібний екстрений номер. Дзвінки на 110 і 112 безкоштовні й можливі з будь-якого мобільного телефону, навіть без коштів на рахунку. Під час дзвінка дайте відповіді на такі запитання:</p><ol><li>Де сталася подія? Назвіть населений пункт, вулицю та номер будинку.</li><li>Що сталося?</li><li>Скільки людей поранено або захворіло?</li><li>Дочекайтеся запитань диспетчера – не кладіть слухавку першими.</li></ol>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "value": {
                "de": "Sprechen Sie langsam und nennen Sie zuerst die Adresse. Auch einfache Wörter wie „Feuer“, „Unfall“ oder „Arzt“ helfen der Leitstelle weiter.",
                "en": "Speak slowly and give the address first. Even simple words like “Feuer” (fire), “Unfall” (accident) or “Arzt” (doctor) help the control centre.",
                "ar": "تحدّثوا ببطء واذكروا العنوان أولاً. حتى الكلمات البسيطة مثل «Feuer» (حريق) و«Unfall» (حادث) و«Arzt» (طبيب) تساعد مركز الطوارئ.",
                "fa": "آهسته صحبت کنید و اول نشانی را بگویید. حتی کلمات ساده‌ای مثل «Feuer» (آتش)، «Unfall» (تصادف) یا «Arzt» (پزشک) به مرکز امداد کمک می‌کند.",
                "uk": "Говоріть повільно й насамперед назвіть адресу. Навіть прості слова на кшталт «Feuer» (пожежа), «Unfall» (аварія) чи «Arzt» (лікар) допоможуть диспетчерській службі.",
            },
        },
        {
            "type": "faq",
            "value": [
                {
                    "question": {
                        "de": "Kostet ein Rettungswagen Geld?",
                        "en": "Does an ambulance cost money?",
                        "ar": "هل سيارة الإسعاف مدفوعة؟",
                        "fa": "آیا آمبولانس هزینه دارد؟",
                        "uk": "Чи платна швидка допомога?",
                    },
                    "answer": {
                        "de": "Wenn der Einsatz medizinisch notwendig ist, übernimmt die Krankenversicherung die Kosten, manchmal mit einer kleinen Zuzahlung. Rufen Sie im Zweifel lieber einmal zu viel als einmal zu wenig an.",
                        "en": "If the call-out is medically necessary, your health insurance covers the costs, sometimes with a small co-payment. If in doubt, it is better to call once too often than once too few.",
                        "ar": "إذا كان استدعاء الإسعاف ضرورياً من الناحية الطبية، يتحمّل التأمين الصحي التكاليف، وأحياناً مع مساهمة صغيرة منكم. وفي حال الشك، فمن الأفضل أن تتصلوا على أن تترددوا.",
                        "fa": "اگر اعزام آمبولانس از نظر پزشکی لازم باشد، بیمه درمانی هزینه آن را می‌پردازد، گاهی با سهم پرداخت کمی از طرف شما. در صورت تردید، بهتر است تماس بگیرید تا اینکه دست نگه دارید.",
                        "uk": "Якщо виклик медично обґрунтований, витрати покриває медичне страхування, іноді з невеликою доплатою. Якщо сумніваєтеся, краще зателефонувати зайвий раз, ніж не зателефонувати взагалі.",
                    },
                },
            ],
        },
    ],
    "children": [
        {
            "slug": "notrufnummern",
            "icon": "emergency",
            "title": {
                "de": "Wichtige Notrufnummern",
                "en": "Important emergency numbers",
                "ar": "أرقام الطوارئ المهمة",
                "fa": "شماره‌های اضطراری مهم",
                "uk": "Важливі екстрені номери",
            },
            "intro": {
                "de": "Polizei, Feuerwehr, ärztlicher Bereitschaftsdienst, Giftnotruf und Hilfetelefone auf einen Blick.",
                "en": "Police, fire brigade, medical on-call service, poison control and helplines at a glance.",
                "ar": "الشرطة والإطفاء وخدمة الطبيب المناوب وخط طوارئ التسمّم وخطوط المساعدة في لمحة واحدة.",
                "fa": "پلیس، آتش‌نشانی، پزشک کشیک، مرکز اضطراری مسمومیت و خطوط تلفنی کمک در یک نگاه.",
                "uk": "Поліція, пожежна служба, чергова лікарська служба, токсикологічна лінія та гарячі лінії – коротко.",
            },
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "de": "Notrufnummern in Deutschland",
                        "en": "Emergency numbers in Germany",
                        "ar": "أرقام الطوارئ في ألمانيا",
                        "fa": "شماره‌های اضطراری در آلمان",
                        "uk": "Екстрені номери в Німеччині",
                    },
                },
                {
                    "type": "paragraph",
                    "value": {
                        "de": "<ul><li><b>110</b> – Polizei</li><li><b>112</b> – Feuerwehr und Rettungsdienst</li><li><b>116117</b> – Ärztlicher Bereitschaftsdienst, wenn Arztpraxen geschlossen sind</li><li><b>06131 19240</b> – Giftnotruf (Giftinformationszentrum Mainz, zuständig für Hessen und Rheinland-Pfalz)</li><li><b>116 016</b> – Hilfetelefon Gewalt gegen Frauen, in 18 Sprachen</li><li><b>0800 111 0 111</b> – TelefonSeelsorge bei Krisen und Sorgen</li><li><b>116 111</b> – Nummer gegen Kummer für Kinder und Jugendliche</li></ul>",
                        "en": "<ul><li><b>110</b> – police</li><li><b>112</b> – fire brigade and ambulance</li><li><b>116117</b> – medical on-call service when doctors' practices are closed</li><li><b>06131 19240</b> – poison control (Poison Information Centre Mainz, responsible for Hesse and Rhineland-Palatinate)</li><li><b>116 016</b> – “Violence against Women” helpline, in 18 languages</li><li><b>0800 111 0 111</b> – TelefonSeelsorge helpline for crises and worries</li><li><b>116 111</b> – Nummer gegen Kummer helpline for children and young people</li></ul>",
                        "ar": "<ul><li><b>110</b> – الشرطة</li><li><b>112</b> – الإطفاء والإسعاف</li><li><b>116117</b> – خدمة الطبيب المناوب عندما تكون العيادات مغلقة</li><li><b>06131 19240</b> – خط طوارئ التسمّم (مركز معلومات السموم في ماينتس، المختص بولايتي هيسن وراينلاند بفالتس)</li><li><b>116 016</b> – خط المساعدة «العنف ضد المرأة»، بـ18 لغة</li><li><b>0800 111 0 111</b> – خط الدعم النفسي (TelefonSeelsorge) في الأزمات والهموم</li><li><b>116 111</b> – خط «Nummer gegen Kummer» للأطفال واليافعين</li></ul>",
                        "fa": "<ul><li><b>110</b> – پلیس</li><li><b>112</b> – آتش‌نشانی و اورژانس</li><li><b>116117</b> – پزشک کشیک، وقتی مطب‌ها بسته هستند</li><li><b>06131 19240</b> – مرکز اضطراری مسمومیت (مرکز اطلاعات سموم ماینتس، مسئول ایالت‌های هسن و راینلاند-فالتس)</li><li><b>116 016</b> – خط تلفن کمک «خشونت علیه زنان»، به ۱۸ زبان</li><li><b>0800 111 0 111</b> – خط تلفن کمک روانی (TelefonSeelsorge) در بحران‌ها و نگرانی‌ها</li><li><b>116 111</b> – خط «Nummer gegen Kummer» برای کودکان و نوجوانان</li></ul>",
                        "uk": "<ul><li><b>110</b> – поліція</li><li><b>112</b> – пожежна служба та швидка допомога</li><li><b>116117</b> – чергова лікарська служба, коли практики лікарів зачинені</li><li><b>06131 19240</b> – токсикологічна гаряча лінія (Інформаційний центр з питань отруєнь у Майнці, відповідає за Гессен і Рейнланд-Пфальц)</li><li><b>116 016</b> – гаряча лінія «Насильство щодо жінок», 18 мовами</li><li><b>0800 111 0 111</b> – телефон довіри TelefonSeelsorge у кризових ситуаціях</li><li><b>116 111</b> – «Nummer gegen Kummer» для дітей і підлітків</li></ul>",
                    },
                },
                {
                    "type": "callout",
                    "kind": "info",
                    "value": {
                        "de": "Das Hilfetelefon Gewalt gegen Frauen (116 016) ist rund um die Uhr erreichbar, kostenlos und anonym. Auch Angehörige, Freundinnen und Fachkräfte können anrufen.",
                        "en": "The “Violence against Women” helpline (116 016) is available around the clock, free of charge and anonymous. Relatives, friends and professionals can also call.",
                        "ar": "خط المساعدة «العنف ضد المرأة» (116 016) متاح على مدار الساعة، وهو مجاني ولا يُطلب فيه ذكر الاسم. ويمكن أيضاً للأقارب والصديقات والمختصين الاتصال به.",
                        "fa": "خط تلفن کمک «خشونت علیه زنان» (116 016) شبانه‌روزی، رایگان و بدون نیاز به گفتن نام در دسترس است. بستگان، دوستان و متخصصان هم می‌توانند تماس بگیرند.",
                        "uk": "Гаряча лінія «Насильство щодо жінок» (116 016) працює цілодобово, безкоштовно та анонімно. Телефонувати можуть також родичі, подруги та фахівці.",
                    },
                },
                {
                    "type": "contact",
                    "name": {
                        "de": "Frauenberatungsstelle – {municipality}",
                        "en": "Women's counselling centre – {municipality}",
                        "ar": "مركز استشارات المرأة – {municipality}",
                        "fa": "مرکز مشاوره زنان – {municipality}",
                        "uk": "Консультаційний центр для жінок – {municipality}",
                    },
                    "phone": "+49 6631 9870-777",
                    "email": "frauenberatung@example.org",
                    "address": "Gartenstraße 9",
                },
                {
                    "type": "faq",
                    "value": [
                        {
                            "question": {
                                "de": "Was mache ich, wenn ich nicht weiß, welche Nummer die richtige ist?",
                                "en": "What do I do if I don't know which number is the right one?",
                                "ar": "ماذا أفعل إذا لم أعرف الرقم الصحيح؟",
                                "fa": "اگر ندانم کدام شماره درست است چه کنم؟",
                                "uk": "Що робити, якщо я не знаю, який номер правильний?",
                            },
                            "answer": {
                                "de": "Wählen Sie die 112. Die Leitstelle hilft Ihnen weiter und verständigt bei Bedarf auch die Polizei.",
                                "en": "Dial 112. The control centre will help you and, if necessary, will also alert the police.",
                                "ar": "اتصلوا بالرقم 112. سيساعدكم مركز الطوارئ، ويبلغ الشرطة أيضاً عند الحاجة.",
                                "fa": "با 112 تماس بگیرید. مرکز امداد به شما کمک می‌کند و در صورت نیاز پلیس را هم خبر می‌کند.",
                                "uk": "Телефонуйте 112. Диспетчерська служба допоможе вам і за потреби повідомить поліцію.",
                            },
                        },
                        {
                            "question": {
                                "de": "Was tue ich bei einer Vergiftung?",
                                "en": "What should I do in case of poisoning?",
                                "ar": "ماذا أفعل في حالة التسمّم؟",
                                "fa": "در صورت مسمومیت چه کنم؟",
                                "uk": "Що робити в разі отруєння?",
                            },
                            "answer": {
                                "de": "Rufen Sie den Giftnotruf an und halten Sie die Verpackung bereit. Geben Sie nichts zu trinken und lösen Sie kein Erbrechen aus. Bei Bewusstlosigkeit oder Atemnot wählen Sie sofort 112.",
                                "en": "Call the poison control line and have the packaging ready. Do not give anything to drink and do not induce vomiting. In case of unconsciousness or breathing difficulties, dial 112 immediately.",
                                "ar": "اتصلوا بخط طوارئ التسمّم وجهّزوا عبوة المادة. لا تعطوا المصاب شيئاً ليشربه ولا تحاولوا دفعه إلى التقيّؤ. وفي حالة فقدان الوعي أو ضيق التنفس اتصلوا فوراً بالرقم 112.",
                                "fa": "با مرکز اضطراری مسمومیت تماس بگیرید و بسته‌بندی ماده را آماده داشته باشید. به فرد مسموم چیزی برای نوشیدن ندهید و او را وادار به استفراغ نکنید. در صورت بیهوشی یا تنگی نفس فوراً با 112 تماس بگیرید.",
                                "uk": "Зателефонуйте на токсикологічну гарячу лінію й тримайте напоготові упаковку. Не давайте нічого пити й не викликайте блювання. У разі втрати свідомості або задишки негайно телефонуйте 112.",
                            },
                        },
                    ],
                },
                {
                    "type": "links",
                    "value": [
                        {
                            "title": {
                                "de": "Hilfetelefon Gewalt gegen Frauen",
                                "en": "“Violence against Women” helpline",
                                "ar": "خط المساعدة «العنف ضد المرأة»",
                                "fa": "خط تلفن کمک «خشونت علیه زنان»",
                                "uk": "Гаряча лінія «Насильство щодо жінок»",
                            },
                            "url": "https://www.hilfetelefon.de",
                        },
                        {
                            "title": {
                                "de": "TelefonSeelsorge – Hilfe in Krisen",
                                "en": "TelefonSeelsorge – help in a crisis",
                                "ar": "TelefonSeelsorge – المساعدة في الأزمات",
                                "fa": "TelefonSeelsorge – کمک در بحران",
                                "uk": "TelefonSeelsorge – допомога в кризі",
                            },
                            "url": "https://www.telefonseelsorge.de",
                        },
                    ],
                },
            ],
            "children": [],
        },
    ],
}

TOPICS = [
    _ARRIVAL,
    _OFFICES,
    _HOUSING,
    _WORK,
    _LANGUAGE,
    _HEALTH,
    _SCHOOL,
    _COUNSELLING,
    _LEISURE,
    _EMERGENCY,
]

SEARCH_EXAMPLES = [
    "Anmeldung",
    "Integrationskurs",
    "Krankenversicherung",
    "Kita",
    "Jobcenter",
]
