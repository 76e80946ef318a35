// The body of each resume, in its language: section headings, labels for the labelled layouts,
// and a few jobs, degrees and skills. The numbers in it (dates, percentages, postcodes, ids) are
// there on purpose: a reader must not take them for phone numbers.

const en = {
  headings: {
    profile: 'Profile',
    experience: 'Experience',
    education: 'Education',
    skills: 'Skills',
    contact: 'Contact',
    references: 'References',
  },
  labels: { name: 'Name', email: 'Email', phone: 'Phone', location: 'Location', links: 'Links' },
  summary: (p) =>
    `${p.title} with eight years of experience delivering reliable work for teams of 5–40 people.`,
  jobs: [
    {
      role: 'Senior role, Northwind Traders',
      dates: 'Jan 2020 – Present',
      bullets: [
        'Cut report turnaround from 5 days to 2 by automating the weekly pipeline.',
        'Led a team of 6 across 3 time zones; shipped 14 releases in 2023.',
      ],
    },
    {
      role: 'Associate, Contoso Ltd.',
      dates: '03/2016 – 12/2019',
      bullets: [
        'Handled 1,200+ requests per quarter with a 98% satisfaction score.',
        'Introduced ISO 27001 controls and passed the 2019 audit.',
      ],
    },
    {
      role: 'Intern, Fabrikam Inc.',
      dates: '2015 – 2016',
      bullets: ['Built internal tools used by 300 colleagues.'],
    },
  ],
  education: [
    'BSc, University of Examples, 2011 – 2015',
    'Certificate in Project Management, 2018',
  ],
  skills: 'Python, SQL, Excel, stakeholder communication, Node.js, ASP.NET, public speaking',
  languages: 'Languages: English (native), Spanish (B2)',
  referee: 'Dr. Jane Roe, Northwind Traders, +1 (212) 555-0100',
};

const es = {
  headings: {
    profile: 'Perfil',
    experience: 'Experiencia',
    education: 'Educación',
    skills: 'Habilidades',
    contact: 'Contacto',
    references: 'Referencias',
  },
  labels: {
    name: 'Nombre',
    email: 'Correo',
    phone: 'Teléfono',
    location: 'Ubicación',
    links: 'Enlaces',
  },
  summary: (p) => `${p.title} con seis años de experiencia en proyectos para más de 20 clientes.`,
  jobs: [
    {
      role: 'Consultora, Soluciones Ibéricas S.L.',
      dates: '2019 – actualidad',
      bullets: [
        'Reduje el tiempo de respuesta un 40 % en 2022.',
        'Coordiné un equipo de 5 personas.',
      ],
    },
    {
      role: 'Analista, Banco del Sur',
      dates: '09/2016 – 06/2019',
      bullets: ['Automaticé 12 informes mensuales.'],
    },
  ],
  education: ['Grado en Ingeniería Informática, Universidad de Ejemplo, 2012 – 2016'],
  skills: 'JavaScript, React, SQL, trabajo en equipo, inglés (C1)',
  languages: 'Idiomas: español (nativo), inglés (C1)',
};

const fr = {
  headings: {
    profile: 'Profil',
    experience: 'Expérience professionnelle',
    education: 'Formation',
    skills: 'Compétences',
    contact: 'Contact',
    references: 'Références',
  },
  labels: { name: 'Nom', email: 'E-mail', phone: 'Téléphone', location: 'Adresse', links: 'Liens' },
  summary: (p) => `${p.title}, sept ans d'expérience, habitué·e aux projets de 3 à 30 personnes.`,
  jobs: [
    {
      role: 'Responsable, Société Exemple SA',
      dates: 'janv. 2020 – aujourd’hui',
      bullets: ['Réduction des coûts de 15 % en 2021.', 'Encadrement de 4 personnes.'],
    },
    {
      role: 'Chargé d’études, Groupe Modèle',
      dates: '2016 – 2019',
      bullets: ['Suivi de 250 dossiers par an.'],
    },
  ],
  education: ['Master, Université d’Exemple, 2014 – 2016'],
  skills: 'Gestion de projet, SQL, Excel, anglais courant',
  languages: 'Langues : français (langue maternelle), anglais (C1)',
};

const de = {
  headings: {
    profile: 'Profil',
    experience: 'Berufserfahrung',
    education: 'Ausbildung',
    skills: 'Kenntnisse',
    contact: 'Kontakt',
    references: 'Referenzen',
  },
  labels: { name: 'Name', email: 'E-Mail', phone: 'Telefon', location: 'Wohnort', links: 'Links' },
  summary: (p) => `${p.title} mit 9 Jahren Erfahrung in agilen Teams.`,
  jobs: [
    {
      role: 'Teamleitung, Beispiel GmbH',
      dates: '04/2019 – heute',
      bullets: ['Einführung von CI/CD für 12 Produkte.', 'Betreuung von 3 Auszubildenden.'],
    },
    {
      role: 'Entwicklung, Muster AG',
      dates: '2014 – 2019',
      bullets: ['Migration von 40.000 Kundendatensätzen.'],
    },
  ],
  education: ['M.Sc. Informatik, Technische Universität Beispielstadt, 2012 – 2014'],
  skills: 'Java, Kotlin, PostgreSQL, Scrum, Englisch (C1)',
  languages: 'Sprachen: Deutsch (Muttersprache), Englisch (C1)',
};

const pt = {
  headings: {
    profile: 'Resumo',
    experience: 'Experiência',
    education: 'Formação',
    skills: 'Competências',
    contact: 'Contato',
    references: 'Referências',
  },
  labels: { name: 'Nome', email: 'E-mail', phone: 'Telefone', location: 'Cidade', links: 'Links' },
  summary: (p) => `${p.title} com 7 anos de experiência em sistemas de pagamento.`,
  jobs: [
    {
      role: 'Engenharia, Exemplo Pagamentos S.A.',
      dates: '2018 – atual',
      bullets: ['Reduzi a latência em 35% em 2022.', 'Mentoria de 4 pessoas.'],
    },
  ],
  education: ['Bacharelado em Ciência da Computação, Universidade Exemplo, 2011 – 2015'],
  skills: 'Go, Kotlin, AWS, PostgreSQL, inglês fluente',
  languages: 'Idiomas: português (nativo), inglês (fluente)',
};

const ar = {
  headings: {
    profile: 'نبذة',
    experience: 'الخبرة العملية',
    education: 'التعليم',
    skills: 'المهارات',
    contact: 'معلومات الاتصال',
    references: 'المراجع',
  },
  labels: {
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    location: 'العنوان',
    links: 'روابط',
  },
  summary: () => 'خبرة ثماني سنوات في بناء أنظمة موثوقة لفرق من 5 إلى 40 شخصًا.',
  jobs: [
    {
      role: 'شركة المثال للتقنية',
      dates: '2019 – الآن',
      bullets: ['خفض زمن الاستجابة بنسبة 30٪ في عام 2022.', 'قيادة فريق من 6 أشخاص.'],
    },
    { role: 'مؤسسة النموذج', dates: '2015 – 2019', bullets: ['تطوير 12 تقريرًا شهريًا.'] },
  ],
  education: ['بكالوريوس علوم الحاسب، جامعة المثال، 2011 – 2015'],
  skills: 'بايثون، SQL، إدارة المشاريع، اللغة الإنجليزية',
  languages: 'اللغات: العربية (الأم)، الإنجليزية (متقدم)',
};

const he = {
  headings: {
    profile: 'תקציר',
    experience: 'ניסיון תעסוקתי',
    education: 'השכלה',
    skills: 'כישורים',
    contact: 'פרטי קשר',
    references: 'ממליצים',
  },
  labels: { name: 'שם', email: 'דוא"ל', phone: 'טלפון', location: 'כתובת', links: 'קישורים' },
  summary: () => 'שש שנות ניסיון בפיתוח מערכות ווב לצוותים של 4 עד 20 אנשים.',
  jobs: [
    {
      role: 'חברת דוגמה בע"מ',
      dates: '2018 – היום',
      bullets: ['שיפור ביצועים ב-40% בשנת 2021.', 'הובלת צוות של 5 מפתחים.'],
    },
  ],
  education: ['תואר ראשון במדעי המחשב, אוניברסיטת דוגמה, 2012 – 2015'],
  skills: 'TypeScript, React, Node.js, אנגלית ברמה גבוהה',
  languages: 'שפות: עברית (שפת אם), אנגלית',
};

const zh = {
  headings: {
    profile: '个人简介',
    experience: '工作经历',
    education: '教育背景',
    skills: '专业技能',
    contact: '联系方式',
    references: '推荐人',
  },
  labels: { name: '姓名', email: '邮箱', phone: '电话', location: '地址', links: '链接' },
  summary: () => '八年后端开发经验，负责过日活 200 万的系统。',
  jobs: [
    {
      role: '示例科技有限公司',
      dates: '2018 – 至今',
      bullets: ['将接口延迟降低 40%。', '带领 6 人团队完成 12 个项目。'],
    },
  ],
  education: ['示例大学 计算机科学 学士 2010 – 2014'],
  skills: 'Java、Go、MySQL、Kubernetes',
  languages: '语言：中文（母语）、英语（流利）',
};

const ja = {
  headings: {
    profile: '自己PR',
    experience: '職務経歴',
    education: '学歴',
    skills: 'スキル',
    contact: '連絡先',
    references: '推薦者',
  },
  labels: { name: '氏名', email: 'メール', phone: '電話', location: '住所', links: 'リンク' },
  summary: () => 'Webサービス開発に8年間従事し、月間100万人規模のサービスを担当。',
  jobs: [
    {
      role: '株式会社サンプル',
      dates: '2017年4月 – 現在',
      bullets: ['API応答時間を30%短縮。', '5名のチームを統括。'],
    },
  ],
  education: ['サンプル大学 工学部 情報工学科 卒業（2017年3月）'],
  skills: 'TypeScript、Go、AWS、英語（TOEIC 880点）',
  languages: '言語：日本語（母語）、英語（ビジネス）',
};

const ko = {
  headings: {
    profile: '자기소개',
    experience: '경력',
    education: '학력',
    skills: '기술',
    contact: '연락처',
    references: '추천인',
  },
  labels: { name: '이름', email: '이메일', phone: '전화', location: '주소', links: '링크' },
  summary: () => '7년 경력의 백엔드 개발자로 월 300만 명이 사용하는 서비스를 운영했습니다.',
  jobs: [
    {
      role: '예시 주식회사',
      dates: '2018.03 – 현재',
      bullets: ['결제 시스템 응답 시간 35% 단축.', '4명 팀 리드.'],
    },
  ],
  education: ['예시대학교 컴퓨터공학과 학사 (2011 – 2017)'],
  skills: 'Kotlin, Spring, MySQL, Kafka',
  languages: '언어: 한국어 (모국어), 영어 (비즈니스)',
};

const ru = {
  headings: {
    profile: 'О себе',
    experience: 'Опыт работы',
    education: 'Образование',
    skills: 'Навыки',
    contact: 'Контакты',
    references: 'Рекомендации',
  },
  labels: { name: 'Имя', email: 'Эл. почта', phone: 'Телефон', location: 'Город', links: 'Ссылки' },
  summary: () => 'Девять лет в разработке высоконагруженных систем; команды от 3 до 15 человек.',
  jobs: [
    {
      role: 'ООО «Пример»',
      dates: '2017 – н. в.',
      bullets: [
        'Сократил время ответа API на 45% в 2022 году.',
        'Руководил группой из 5 разработчиков.',
      ],
    },
  ],
  education: ['МГУ имени Примера, прикладная математика, 2009 – 2014'],
  skills: 'C++, Go, PostgreSQL, ClickHouse, английский (B2)',
  languages: 'Языки: русский (родной), английский (B2)',
};

export const content = { en, es, fr, de, pt, ar, he, zh, ja, ko, ru };
