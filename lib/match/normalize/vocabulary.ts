/**
 * Word lists the normalizer consults: legal forms (folded into equivalence classes and kept as weak
 * tokens), stopwords and particles, honorifics. All entries are already normalized (lower case ASCII).
 */

/** Each word of the Russian, Ukrainian and Belarusian legal forms, in every spelling the lists' transliterations give it. */
const RUSSIAN_LEGAL_SPELLINGS: Record<string, string[]> = {
  obshchestvo: ['obshchestvo', 'obschestvo', 'obshestvo', 'obshhestvo'],
  aktsionernoe: ['aktsionernoe', 'aktsionernoye', 'aktsionernoje', 'aktcionernoe'],
  otkrytoe: ['otkrytoe', 'otkrytoye', 'otkrytoje'],
  zakrytoe: ['zakrytoe', 'zakrytoye', 'zakrytoje'],
  publichnoe: ['publichnoe', 'publichnoye', 'publichnoje'],
  nepublichnoe: ['nepublichnoe', 'nepublichnoye'],
  sovmestnoe: ['sovmestnoe', 'sovmestnoye'],
  ogranichennoy: ['ogranichennoy', 'ogranichennoi', 'ogranichennoj'],
  otvetstvennostyu: ['otvetstvennostyu', 'otvetstvennostiu', 'otvetstvennostju'],
  // Ukrainian (TOV, PAT) and Belarusian (TAA, AAT) forms, as OFAC spells them.
  tovarystvo: ['tovarystvo', 'tovarystva'],
  obmezhenoyu: ['obmezhenoyu', 'obmezhenoiu'],
  vidpovidalnistyu: ['vidpovidalnistyu', 'vidpovidalnistiu'],
  aktsyyanernae: ['aktsyyanernae', 'aktsyianernae', 'aktsianernae'],
  abmezhavanay: ['abmezhavanay', 'abmezhavanai', 'abmezhavanaj'],
  adkaznastsyu: ['adkaznastsyu', 'adkaznastsiu'],
  avtonomnaya: ['avtonomnaya', 'avtonomnaia'],
  nekommercheskaya: ['nekommercheskaya', 'nekommercheskaia'],
  organizatsiya: ['organizatsiya', 'organizatsiia'],
};

/** The Russian, Ukrainian and Belarusian legal forms spelled out (russianLegalForms), made once. */
const RUSSIAN_LEGAL_FORMS = russianLegalForms();

/**
 * Legal-form phrases -> class. Longer phrases win ("limited liability company" -> llc before
 * "company" -> co). "Company Limited" and "Co., Ltd." both become `co ltd`.
 */
export const LEGAL_FORMS: Record<string, string> = {
  llc: 'llc', 'l l c': 'llc', 'limited liability company': 'llc', 'limited liability co': 'llc', ooo: 'llc',
  tov: 'llc', too: 'llc', fzllc: 'llc', 'fz llc': 'llc',
  ltd: 'ltd', limited: 'ltd', ltda: 'ltd', 'ltd sti': 'ltd', sti: 'ltd', 'limited sirketi': 'ltd',
  // Thai "บริษัท ... จำกัด (มหาชน)", (public) company limited, as romanizedThai spells it.
  brisat: 'co', borisat: 'co', chamkat: 'ltd', mahachon: 'plc',
  co: 'co', company: 'co', compania: 'co', compagnie: 'co', cia: 'co', sirketi: 'co', kompaniya: 'co', companhia: 'co',
  corp: 'corp', corporation: 'corp', corporacion: 'corp',
  inc: 'inc', incorporated: 'inc',
  jsc: 'jsc', 'joint stock company': 'jsc', 'joint stock co': 'jsc', 'joint stock': 'jsc', ao: 'jsc', oao: 'jsc',
  zao: 'jsc', pao: 'jsc', ojsc: 'jsc', cjsc: 'jsc', pjsc: 'jsc', jsco: 'jsc', ojsco: 'jsc', sc: 'jsc',
  'open joint stock company': 'jsc', 'closed joint stock company': 'jsc', 'public joint stock company': 'jsc',
  // The same before what the company is ("Open Joint Stock Bank Transcapitalbank").
  'open joint stock': 'jsc', 'closed joint stock': 'jsc',
  'aktsionerne tovarystvo': 'jsc',
  // Belarusian and Ukrainian forms: TAA (LLC), AAT and ZAT (JSC), PrAT (private JSC).
  taa: 'llc', 'tavarystva z abmezhavanay adkaznastsyu': 'llc', 'tovarystvo z obmezhenoiu vidpovidalnistiu': 'llc',
  aat: 'jsc', zat: 'jsc', szat: 'jsc', prat: 'jsc', 'adkrytae aktsyyanernae tavarystva': 'jsc', 'aktsyyanernae tavarystva': 'jsc',
  'private joint stock company': 'jsc', 'private joint stock': 'jsc',
  // Belarus's additional liability company (ODO) and foreign-owned LLC (IOOO); Russia's and Belarus's
  // state and private unitary enterprises (FGUP, GUP, UP) and state enterprises, budgetary institutions and
  // autonomous non-profits (ANO).
  'additional liability company': 'llc', 'foreign limited liability company': 'llc',
  'unitary enterprise': 'ue', 'state unitary enterprise': 'ue', 'federal state unitary enterprise': 'ue', 'state federal unitary enterprise': 'ue',
  'republican unitary enterprise': 'ue', 'private unitary enterprise': 'ue', fsue: 'ue', fgup: 'ue', 'state enterprise': 'ue', 'federal state enterprise': 'ue',
  'federal state budgetary institution': 'fsbi', 'federal state budgetary establishment': 'fsbi', 'state budgetary institution': 'fsbi',
  'autonomous non profit organization': 'ano', 'autonomous nonprofit organization': 'ano', 'autonomous noncommercial organization': 'ano',
  'autonomous non commercial organization': 'ano', ano: 'ano',
  gmbh: 'gmbh', 'gesellschaft mit beschrankter haftung': 'gmbh', ag: 'ag', aktiengesellschaft: 'ag', aktiengeselschaft: 'ag',
  sa: 'sa', 'societe anonyme': 'sa', 'sociedad anonima': 'sa', 'sociedade anonima': 'sa', spa: 'sa', sab: 'sa',
  'sa de cv': 'sa', 'sa cv': 'sa', ca: 'sa', 'compania anonima': 'sa', sas: 'sas', sarl: 'sarl', srl: 'srl', 'societatea cu raspundere limitata': 'srl',
  'societa a responsabilita limitata': 'srl', 'sp z oo': 'spzoo', spzoo: 'spzoo', 'spolka z ograniczona odpowiedzialnoscia': 'spzoo',
  bv: 'bv', nv: 'nv', plc: 'plc', 'public limited company': 'plc', llp: 'llp', lp: 'lp', pte: 'pte', pty: 'pty',
  kg: 'kg', kft: 'kft', ab: 'ab', oy: 'oy', as: 'as', sdn: 'sdn', bhd: 'bhd', 'sdn bhd': 'sdn bhd', pvt: 'pvt', private: 'pvt',
  'you xian gong si': 'ltd', 'you xian ze ren gong si': 'llc', 'gu fen you xian gong si': 'jsc', 'gong si': 'co',
  'zhu shi hui she': 'jsc', 'kabushiki kaisha': 'jsc', kk: 'jsc', 'ju sig hoe sa': 'jsc', 'yu han hoe sa': 'ltd',
  'sociedad de responsabilidad limitada': 'srl', 'sociedade limitada': 'ltd', limitada: 'ltd', 'sociedad limitada': 'ltd',
  'sociedad anonima de capital variable': 'sa', sal: 'sa', 'societe anonyme libanaise': 'sa', sae: 'sa', saog: 'sa', saoc: 'sa',
  bvba: 'bv', 'besloten vennootschap': 'bv', 'naamloze vennootschap': 'nv', sprl: 'bv', aps: 'as', asa: 'as', oyj: 'oy',
  pt: 'pt', 'perseroan terbatas': 'pt', tbk: 'tbk', 'pt tbk': 'pt', sro: 'sro', 'spol sro': 'sro', 'spol s r o': 'sro',
  'spolecnost s rucenim omezenym': 'sro', zrt: 'kft', nyrt: 'kft', 'zartkoruen mukodo reszvenytarsasag': 'kft',
  'nyilvanosan mukodo reszvenytarsasag': 'kft', 'korlatolt felelossegu tarsasag': 'kft', wll: 'llc', psc: 'jsc', 'public shareholding company': 'jsc',
  fze: 'fze', fzco: 'fzco', fzc: 'fzc', sca: 'sca', scs: 'scs', dd: 'dd', doo: 'doo', ad: 'ad', eood: 'eood', ood: 'ood',
  // Baltic, Balkan, Turkish, Portuguese, Peruvian and Uzbek forms: SIA and UAB (LLC), EAD (sole-owner JSC), DOOEL,
  // Anonim Sirketi (A.S., JSC), Lda and Unipessoal Lda, S.A.C., MChJ (LLC).
  sia: 'llc', 'sabiedriba ar ierobezotu atbildibu': 'llc', osoo: 'llc', uab: 'llc', 'uzdaroji akcine bendrove': 'llc', ead: 'jsc',
  dooel: 'doo', 'anonim sirketi': 'jsc', lda: 'ltd', 'unipessoal lda': 'ltd', sac: 'sa', mchj: 'llc',
  // Cooperatives ("Soc. Coop. Agr.", società cooperativa agricola); "coop" alone is also a name.
  'soc coop': 'coop', 'soc coop agr': 'coop', 'soc coop arl': 'coop', 'societa cooperativa': 'coop',
  'societa cooperativa agricola': 'coop', 'sociedad cooperativa': 'coop', 'sociedade cooperativa': 'coop', scarl: 'coop', scrl: 'coop',
  ...RUSSIAN_LEGAL_FORMS,
};

/**
 * Russian legal forms spelled out, in every spelling the lists' transliterations give each word
 * (OFAC writes "ZAKRYTOYE AKTSIONERNOYE OBSHCHESTVO" and "AKTSIONERNOE OBSCHESTVO", BIS "Obshchestvo
 * s Ogranichennoi Otvetstvennostiu"): each phrase with each spelling of each of its words.
 */
/** The words of those forms in every spelling: a word a letter or two from one is a misspelling of it (legalFormSpelling). */
export const RUSSIAN_LEGAL_WORDS = new Set(Object.keys(RUSSIAN_LEGAL_FORMS).flatMap((phrase) => phrase.split(' ')));

function russianLegalForms(): Record<string, string> {
  const spellings = RUSSIAN_LEGAL_SPELLINGS;
  const phrases: [string, string][] = [
    ['aktsionernoe obshchestvo', 'jsc'], ['otkrytoe aktsionernoe obshchestvo', 'jsc'], ['zakrytoe aktsionernoe obshchestvo', 'jsc'],
    ['publichnoe aktsionernoe obshchestvo', 'jsc'], ['nepublichnoe aktsionernoe obshchestvo', 'jsc'],
    ['sovmestnoe zakrytoe aktsionernoe obshchestvo', 'jsc'], ['obshchestvo s ogranichennoy otvetstvennostyu', 'llc'],
    ['tovarystvo z obmezhenoyu vidpovidalnistyu', 'llc'], ['aktsionerne tovarystvo', 'jsc'], ['publichne aktsionerne tovarystvo', 'jsc'],
    ['pryvatne aktsionerne tovarystvo', 'jsc'], ['vidkryte aktsionerne tovarystvo', 'jsc'], ['zakryte aktsionerne tovarystvo', 'jsc'],
    ['tavarystva z abmezhavanay adkaznastsyu', 'llc'], ['aktsyyanernae tavarystva', 'jsc'], ['adkrytae aktsyyanernae tavarystva', 'jsc'],
    ['zakrytae aktsyyanernae tavarystva', 'jsc'], ['avtonomnaya nekommercheskaya organizatsiya', 'ano'],
  ];
  const forms: Record<string, string> = {};
  for (const [phrase, form] of phrases) {
    let variants = [''];
    for (const word of phrase.split(' ')) variants = variants.flatMap((v) => (spellings[word] ?? [word]).map((s) => (v ? `${v} ${s}` : s)));
    for (const variant of variants) forms[variant] = form;
  }
  return forms;
}

/**
 * Chinese, Japanese (kanji) and Korean words for what a company does or is, as its English name
 * says them: "华为技术有限公司" is "Huawei Technologies Co., Ltd.", "삼성전자" "Samsung Electronics",
 * "トヨタ自動車" "Toyota Motor", "中国银行" "Bank of China". Matched on characters in organizations' names (see foldScript): the
 * syllables alone run across word boundaries ("泰国集团", tai guo ji tuan, holds no "guo ji",
 * international). Simplified, traditional and Japanese forms.
 */
export const CJK_WORDS: Record<string, string> = {
  技术: 'technology', 技術: 'technology', 科技: 'technology', 기술: 'technology', 电子: 'electronics', 電子: 'electronics',
  전자: 'electronics', 电气: 'electric', 電氣: 'electric', 電気: 'electric', 電機: 'electric', 전기: 'electric',
  网络: 'network', 網絡: 'network', 网路: 'network', 在线: 'online', 在線: 'online', 集团: 'group', 集團: 'group',
  그룹: 'group', 控股: 'holding', 홀딩스: 'holdings', 自動車: 'motor', 自动车: 'motor', 汽车: 'motor', 汽車: 'motor',
  자동차: 'motor', 工业: 'industrial', 工業: 'industrial', 공업: 'industrial', 重工业: 'heavy industries',
  重工業: 'heavy industries', 중공업: 'heavy industries', 产业: 'industries', 産業: 'industries', 산업: 'industries',
  实业: 'industrial', 實業: 'industrial', 贸易: 'trading', 貿易: 'trading', 商贸: 'trading', 商事: 'trading', 무역: 'trading',
  상사: 'trading', 国际: 'international', 國際: 'international', 国際: 'international', 银行: 'bank', 銀行: 'bank', 은행: 'bank',
  投资: 'investment', 投資: 'investment', 투자: 'investment', 能源: 'energy', 에너지: 'energy', 化工: 'chemical',
  化学: 'chemical', 化學: 'chemical', 화학: 'chemical', 医药: 'pharmaceutical', 醫藥: 'pharmaceutical', 製薬: 'pharmaceutical',
  제약: 'pharmaceutical', 物流: 'logistics', 软件: 'software', 軟件: 'software', 机械: 'machinery', 機械: 'machinery',
  食品: 'food', 纺织: 'textile', 紡織: 'textile', 服装: 'clothing', 服裝: 'clothing', 医疗: 'medical', 醫療: 'medical',
  航运: 'shipping', 海运: 'shipping', 海運: 'shipping', 해운: 'shipping', 航空: 'aviation', 항공: 'aviation',
  矿业: 'mining', 礦業: 'mining', 建设: 'construction', 建設: 'construction', 건설: 'construction', 工程: 'engineering',
  通信: 'communications', 통신: 'communications', 石油: 'petroleum', 钢铁: 'steel', 鋼鐵: 'steel', 鉄鋼: 'steel',
  철강: 'steel', 证券: 'securities', 證券: 'securities', 証券: 'securities', 증권: 'securities', 保险: 'insurance',
  保險: 'insurance', 保険: 'insurance', 보험: 'insurance', 半导体: 'semiconductor', 半導體: 'semiconductor',
  半導体: 'semiconductor', 반도체: 'semiconductor', 设备: 'equipment', 設備: 'equipment', 材料: 'materials',
  大学: 'university', 大學: 'university', 대학교: 'university', 종합대학: 'university', 대학: 'university',
  研究所: 'research institute', 研究院: 'research institute', 연구소: 'research institute', 연구원: 'research institute',
  学院: 'academy', 學院: 'academy', 아카데미: 'academy', 科学: 'science', 科學: 'science', 과학: 'science', 中心: 'center',
  센터: 'center', 工厂: 'factory', 工廠: 'factory', 공장: 'factory', 航天: 'aerospace', 우주: 'aerospace', 金融: 'finance',
  금융: 'finance', 机器: 'machinery', 기계: 'machinery', 进出口: 'import export', 進出口: 'import export', 수출입: 'import export',
  商业: 'commercial', 商業: 'commercial', 상업: 'commercial', 信用: 'credit', 신용: 'credit', 国际贸易: 'international trading',
  发展: 'development', 發展: 'development', 信息: 'information', 资讯: 'information', 數據: 'data', 数据: 'data', 工贸: 'industry trade',
  工貿: 'industry trade', 机电: 'mechanical electrical', 機電: 'mechanical electrical', 船运: 'shipping', 船運: 'shipping',
  特种: 'special', 特種: 'special', 车辆: 'vehicle', 車輛: 'vehicle', 理工: 'technology', 移动: 'mobile', 移動: 'mobile',
  工商: 'industrial and commercial', 科工: 'science and industry',
  // The armed forces' and security services' academies, institutes and units, many on the Entity List,
  // whose English names leave out "of the People's Liberation Army" (中国人民解放军, PLA).
  中国人民解放军: 'pla', 空军: 'air force', 陆军: 'army', 海军: 'navy', 火箭军: 'rocket force', 军医: 'medical',
  指挥: 'command', 后勤: 'logistics', 装甲兵: 'armored forces', 炮兵: 'artillery', 防空兵: 'air defense',
  防空: 'air defense', 预警: 'early warning', 特种作战: 'special operations', 步兵: 'infantry', 勤务: 'service',
  军事: 'military', 交通: 'transportation', 国防: 'national defense', 警察: 'police', 武装警察部队: 'armed police force',
  武装警察: 'armed police', 公安: 'public security', 警官: 'officers', 士官: 'nco', 学校: 'school', 潜艇: 'submarine',
  铁道: 'railway', 实验室: 'laboratory', 重点: 'key', 系统: 'systems', 计算: 'computing', 自动化: 'automation',
  自动控制: 'automatic control', 精密: 'precision', 光学: 'optical', 核技术: 'nuclear technology', 兵器: 'ordnance',
  运载火箭: 'launch vehicle', 空间: 'space', 复合材料: 'composites', 微电子: 'microelectronics', 动力: 'power',
  制造: 'manufacturing', 物理: 'physics', 设计院: 'design institute', 设计: 'design',
  // Korean writes company (회사; its legal forms 주식회사 and 유한회사) and foreign words (코리아, 제너럴,
  // 인터내셔널, 시스템) in Hangul.
  조선: 'korea', 련합: 'associated', 연합: 'united', 합영: 'joint venture', 개발: 'development', 국제: 'international',
  주식회사: 'joint stock company', 유한회사: 'company limited', 회사: 'company', 코리아: 'korea', 제너럴: 'general', 인터내셔널: 'international', 시스템: 'systems', 및: 'and',
  // More of what Chinese firms make or do, as their English names say it.
  铝业: 'aluminum industry', 鋁業: 'aluminum industry', 磁业: 'magnetic industry', 陶瓷: 'ceramic', 碳素: 'carbon',
  炭素: 'carbon', 仪器: 'instrument', 儀器: 'instrument', 仪表: 'instruments', 船舶: 'ship', 造船: 'shipbuilding',
  租赁: 'leasing', 租賃: 'leasing', 合金: 'alloy', 电源: 'power', 電源: 'power', 射频: 'rf', 射頻: 'rf', 经济: 'economic',
  經濟: 'economic', 经贸: 'economic and trade', 外贸: 'foreign trade', 安全: 'security', 数字: 'digital', 數字: 'digital',
  文化: 'culture', 玻璃纤维: 'fiberglass', 玻璃: 'glass', 纤维: 'fiber', 纖維: 'fiber', 工具: 'tools', 装备: 'equipment',
  裝備: 'equipment', 集成电路: 'integrated circuit', 集成電路: 'integrated circuit', 海洋: 'ocean', 机场: 'airport',
  機場: 'airport', 民航: 'civil aviation', 集装箱: 'containers', 集裝箱: 'containers', 供应链: 'supply chain',
  供應鏈: 'supply chain', 咨询: 'consulting', 諮詢: 'consulting', 顾问: 'consulting', 新材料: 'new materials',
  高新技术: 'high technology', 高新技術: 'high technology', 光电: 'optoelectronics', 光電: 'optoelectronics', 激光: 'laser',
  雷达: 'radar', 雷達: 'radar', 微波: 'microwave', 天线: 'antenna', 天線: 'antenna', 导航: 'navigation', 導航: 'navigation',
  卫星: 'satellite', 衛星: 'satellite', 无人机: 'uav', 無人機: 'uav', 机器人: 'robotics', 機器人: 'robotics',
  智能: 'intelligent', 人工智能: 'artificial intelligence', 生物: 'biological', 新能源: 'new energy', 电力: 'electric power',
  電力: 'electric power', 电池: 'battery', 電池: 'battery', 重工: 'heavy industries', 金属: 'metals', 金屬: 'metals',
  有色金属: 'nonferrous metals', 橡胶: 'rubber', 塑料: 'plastics', 塑胶: 'plastics', 包装: 'packaging', 包裝: 'packaging',
  印刷: 'printing', 传媒: 'media', 傳媒: 'media', 媒体: 'media', 广告: 'advertising', 廣告: 'advertising', 电视: 'television',
  電視: 'television', 广播: 'broadcasting', 出版: 'publishing', 教育: 'education', 医院: 'hospital', 醫院: 'hospital',
  健康: 'health', 旅游: 'tourism', 旅遊: 'tourism', 酒店: 'hotel', 房地产: 'real estate', 房地產: 'real estate',
  地产: 'real estate', 地產: 'real estate', 置业: 'property', 物业: 'property', 建筑: 'construction', 建築: 'construction',
  水泥: 'cement', 农业: 'agriculture', 農業: 'agriculture', 渔业: 'fishery', 漁業: 'fishery', 化肥: 'fertilizer',
  纸业: 'paper', 紙業: 'paper', 家具: 'furniture', 电器: 'electrical appliances', 電器: 'electrical appliances',
  通讯: 'communications', 通訊: 'communications', 电信: 'telecom', 電信: 'telecom', 控制: 'control', 测控: 'measurement and control',
  检测: 'testing', 檢測: 'testing', 测试: 'testing', 測試: 'testing', 服务: 'services', 服務: 'services', 管理: 'management',
  代理: 'agency', 运输: 'transport', 運輸: 'transport', 快递: 'express', 港口: 'port', 码头: 'terminal', 碼頭: 'terminal',
  铁路: 'railway', 鐵路: 'railway', 稀土: 'rare earth', 黄金: 'gold', 黃金: 'gold', 石化: 'petrochemical',
  石油化工: 'petroleum and chemical', 天然气: 'natural gas', 天然氣: 'natural gas', 燃气: 'gas', 燃氣: 'gas', 煤炭: 'coal',
  核电: 'nuclear power', 核電: 'nuclear power', 核动力: 'nuclear power', 军工: 'defense industry', 軍工: 'defense industry',
  武器: 'weapons', 弹药: 'ammunition', 彈藥: 'ammunition', 舰船: 'ship', 艦船: 'ship', 舰艇: 'naval', 艦艇: 'naval',
  商务: 'business', 商務: 'business', 实验: 'experimental', 實驗: 'experimental', 创新: 'innovation', 創新: 'innovation',
  研发: 'research and development', 研發: 'research and development', 开发: 'development', 開發: 'development',
  生产: 'production', 生產: 'production', 加工: 'processing', 销售: 'sales', 銷售: 'sales', 供应: 'supply', 供應: 'supply',
  电子商务: 'e-commerce', 硬件: 'hardware', 芯片: 'chip', 光纤: 'optical fiber', 光纖: 'optical fiber', 仪器仪表: 'instruments',
  工程局: 'engineering bureau', 航务: 'navigation', 航務: 'navigation', 联合: 'united', 聯合: 'united', 战略: 'strategic',
  戰略: 'strategic', 支援: 'support', 部队: 'force', 部隊: 'force', 信息安全: 'information security', 量子: 'quantum',
  智慧: 'wisdom', 图像: 'image', 圖像: 'image', 信号: 'signal', 信號: 'signal', 处理: 'processing', 處理: 'processing',
  测量: 'measurement', 測量: 'measurement', 结构: 'structural', 結構: 'structural', 国家: 'national', 國家: 'national',
  厂: 'factory', 廠: 'factory', 重型: 'heavy duty', 北方: 'north',
  // A university's 交通 keeps its reading in English (Jiao Tong University); a firm's is communications.
  交通大学: 'jiaotong university', 交通大學: 'jiaotong university', 交通建设: 'communications construction',
  交通建設: 'communications construction', 交通银行: 'bank of communications', 交通銀行: 'bank of communications',
  // Firms known by a brand their characters do not read (腾讯, teng xun, is Tencent), many of them on
  // the Entity List; brands that are their reading (华为 Huawei, 大华 Dahua, 小米 Xiaomi) need none.
  腾讯: 'tencent', 騰訊: 'tencent', 中兴: 'zte', 中興: 'zte', 海康威视: 'hikvision', 海康威視: 'hikvision', 大疆: 'dji',
  中芯国际: 'smic', 中芯國際: 'smic', 中芯: 'smic', 浪潮: 'inspur', 曙光: 'sugon', 科大讯飞: 'iflytek', 科大訊飛: 'iflytek',
  讯飞: 'iflytek', 訊飛: 'iflytek', 旷视: 'megvii', 曠視: 'megvii', 商汤: 'sensetime', 商湯: 'sensetime', 云从: 'cloudwalk',
  雲從: 'cloudwalk', 京东方: 'boe', 京東方: 'boe', 京东: 'jd', 京東: 'jd', 联想: 'lenovo', 聯想: 'lenovo',
  字节跳动: 'bytedance', 字節跳動: 'bytedance', 网易: 'netease', 網易: 'netease', 携程: 'ctrip', 攜程: 'ctrip',
  新浪: 'sina', 微信: 'wechat', 支付宝: 'alipay', 支付寶: 'alipay', 蚂蚁: 'ant', 螞蟻: 'ant', 中远: 'cosco', 中遠: 'cosco',
  中交: 'cccc', 中国交建: 'cccc', 中國交建: 'cccc', 中建: 'cscec', 中核: 'cnnc', 中广核: 'cgn', 中廣核: 'cgn', 中船: 'cssc',
  中航工业: 'avic', 中航工業: 'avic', 中航: 'avic', 商飞: 'comac', 商飛: 'comac', 中国电科: 'cetc', 中國電科: 'cetc',
  中电科: 'cetc', 中電科: 'cetc', 中化: 'sinochem',
  中石化: 'sinopec', 中石油: 'petrochina', 中海油: 'cnooc', 中粮: 'cofco', 中糧: 'cofco', 长江存储: 'yangtze memory',
  長江存儲: 'yangtze memory', 长江: 'yangtze', 長江: 'yangtze', 长鑫: 'cxmt', 長鑫: 'cxmt', 紫光: 'unigroup',
  龙芯: 'loongson', 龍芯: 'loongson', 飞腾: 'phytium', 飛騰: 'phytium', 海光: 'hygon', 申威: 'sunway', 同方威视: 'nuctech',
  同方威視: 'nuctech', 美亚柏科: 'meiya pico', 美亞柏科: 'meiya pico', 中际旭创: 'innolight', 中際旭創: 'innolight',
  华大基因: 'bgi genomics', 華大基因: 'bgi genomics', 华大: 'bgi', 華大: 'bgi', 美的: 'midea', 格力: 'gree', 海尔: 'haier',
  海爾: 'haier', 比亚迪: 'byd', 比亞迪: 'byd', 吉利: 'geely', 宁德时代: 'catl', 寧德時代: 'catl', 蔚来: 'nio', 蔚來: 'nio',
  小鹏: 'xpeng', 小鵬: 'xpeng', 招商: 'china merchants', 中信: 'citic', 光大: 'everbright', 浦发: 'spd', 浦發: 'spd',
  工商银行: 'icbc', 工商銀行: 'icbc', 建设银行: 'ccb', 建設銀行: 'ccb', 农业银行: 'abc', 農業銀行: 'abc',
  北京大学: 'peking university', 北京大學: 'peking university', 清华: 'tsinghua', 清華: 'tsinghua', 北航: 'beihang',
  哈工大: 'hit', 国防科大: 'nudt', 國防科大: 'nudt', 西工大: 'nwpu', 凤凰: 'phoenix', 鳳凰: 'phoenix',
  // North Korea's organizations, as their English names say them.
  총회사: 'general corporation', 총국: 'general bureau', 위원회: 'committee', 병원: 'hospital', 적십자: 'red cross',
  정보: 'information', 컴퓨터: 'computer', 과학원: 'academy of sciences', 국방: 'national defense', 기업소: 'complex',
  관리: 'management', 청년: 'youth', 설비: 'equipment', 종합: 'general', 경제: 'economic', 협력: 'cooperation',
  인민: 'people', 무력: 'armed forces', 자동화: 'automation', 원자력: 'atomic energy', 연구: 'research', 로케트: 'rocket',
  군수: 'munitions', 정찰: 'reconnaissance', 지사: 'branch', 부서: 'department', 도로: 'road', 도서관: 'library',
  공공: 'public', 수입: 'import', 모터: 'motor', 단지: 'complex', 차량: 'vehicle', 동력: 'power', 대외: 'foreign',
  // Countries whose English names their readings do not spell (北京, bei jing, does: Beijing).
  中国: 'china', 中國: 'china', 日本: 'japan', 韩国: 'korea', 韓国: 'korea', 韓國: 'korea', 한국: 'korea',
  香港: 'hong kong', 美国: 'america', 美國: 'america',
};

/**
 * Arabic, Persian and Urdu words for what an organization is or does, as its English name says them:
 * "شهید کلهور صنایع" is Shahid Kalhor Industries, "دانشگاه تربیت مدرس" Tarbiat Modares University.
 * Whole words of organizations' names written in Arabic script (see foldScript).
 */
export const ARABIC_SCRIPT_WORDS: Record<string, string> = {
  شرکت: 'company', شركة: 'company', الشركة: 'company', صنایع: 'industries', الصناعات: 'industries', صناعات: 'industries',
  گروه: 'group', مجموعة: 'group', دانشگاه: 'university', جامعة: 'university', الجامعة: 'university', مؤسسه: 'institute',
  موسسه: 'institute', مؤسسة: 'institute', بازرگانی: 'trading', تجارت: 'trading', تجارية: 'trading', مهندسی: 'engineering',
  محدود: 'limited', بانک: 'bank', بنك: 'bank', البنك: 'bank', مصرف: 'bank', صنعتی: 'industrial', تولیدی: 'manufacturing',
  خدمات: 'services', الخدمات: 'services', الکترونیک: 'electronic', الكترونيك: 'electronic', مرکز: 'center', مركز: 'center',
  سازمان: 'organization', منظمة: 'organization', وزارت: 'ministry', وزارة: 'ministry', نفت: 'oil', پتروشیمی: 'petrochemical',
  کشتیرانی: 'shipping', هواپیمایی: 'airlines', پژوهشگاه: 'research institute', پژوهشکده: 'research institute',
  بین‌المللی: 'international', الدولية: 'international', فناوری: 'technology', تکنولوژی: 'technology', شبکه: 'network',
  شبكة: 'network', صرافی: 'exchange', للصرافة: 'exchange', صرافة: 'exchange', مکتب: 'office', مكتب: 'office',
  // As OTHER_ORGANIZATION_WORDS translate their Latin spellings (Islamiyya, Turath, Khayriyya, Bonyad).
  الإسلامية: 'islamic', الاسلامية: 'islamic', الإسلامي: 'islamic', الاسلامي: 'islamic', إسلامي: 'islamic', اسلامي: 'islamic',
  التراث: 'heritage', تراث: 'heritage', الخيرية: 'charitable', خيرية: 'charitable', بنياد: 'foundation', بنیاد: 'foundation',
  // Persian as Iran's organizations are named (سپاه پاسداران انقلاب اسلامی, the Islamic Revolutionary Guard Corps), and Urdu's
  // English words in its script (نیشنل, کمیشن, اینڈ).
  اسلامی: 'islamic', ایران: 'iran', تحقیقات: 'research', تحقیقاتی: 'research', علوم: 'sciences', توسعه: 'development',
  هوایی: 'air', دریایی: 'marine', دفاع: 'defense', دفاعی: 'defense', تولید: 'production', نیروی: 'force', مواد: 'materials',
  سپاه: 'corps', پاسداران: 'guards', انقلاب: 'revolution', پشتیبانی: 'support', فیزیک: 'physics', انستیتو: 'institute',
  کمپلیکس: 'complex', متالورژی: 'metallurgy', نیوکلیئر: 'nuclear', نیشنل: 'national', کمیشن: 'commission', و: 'and',
  اینڈ: 'and', اند: 'and', آف: 'of',
  مجتمع: 'complex', هوانوردی: 'aviation', شیمیایی: 'chemical', مخابرات: 'communications', کاربردی: 'applied',
  مهمات: 'ammunition', آموزشی: 'training', پژوهش: 'research', 'پژوهش‌های': 'research', پژوهشی: 'research', علمی: 'scientific',
  فنون: 'technology', پزشکی: 'medical', سیستم: 'systems', 'سیستم‌های': 'systems', 'سیستم‌ها': 'systems', کامپوزیت: 'composites',
  هواپیماسازی: 'aircraft manufacturing', اپتیک: 'optics', سوخت: 'fuel', اتمی: 'atomic', هسته‌ای: 'nuclear', موشکی: 'missile',
  هوافضا: 'aerospace', هوافضای: 'aerospace', قرارگاه: 'headquarters', سازندگی: 'construction', نوآوری: 'innovation',
  اطلاعاتی: 'information', اطلاعات: 'information', ارتباطات: 'communications', الکترونیکی: 'electronic', ماشین: 'machine',
  ماشین‌سازی: 'machinery', نفتی: 'oil', گاز: 'gas', کشتی: 'ship', کشتی‌سازی: 'shipbuilding', معدنی: 'mining', فولاد: 'steel',
  ڈیفنس: 'defense', سائنس: 'science', سائنسز: 'sciences', ٹیکنالوجی: 'technology', آرگنائزیشن: 'organization',
  انجینئرنگ: 'engineering', اپلائیڈ: 'applied', ہیوی: 'heavy', مکینیکل: 'mechanical', کمپنی: 'company', لمیٹڈ: 'limited',
  // Arabic's own words for the same, with the article and in the feminine ("شركة النفط الوطنية الإيرانية",
  // National Iranian Oil Company); as the Latin spellings are read (jabhat front, harakat movement,
  // jamiat association), not هيئة, which English names keep (Hay'at Tahrir al-Sham).
  نفط: 'oil', النفط: 'oil', الوطنية: 'national', الوطني: 'national', وطنية: 'national', وطني: 'national',
  الإيرانية: 'iranian', الايرانية: 'iranian', الإيراني: 'iranian', الايراني: 'iranian', ایرانی: 'iranian',
  العامة: 'general', العام: 'general', التجارية: 'commercial', التجاري: 'commercial', للتجارة: 'trading',
  التجارة: 'trading', الدولي: 'international', العالمية: 'international', للنقل: 'transport', النقل: 'transport',
  البحري: 'maritime', البحرية: 'maritime', للملاحة: 'shipping', الملاحة: 'shipping', الطيران: 'aviation', للطيران: 'aviation',
  المتحدة: 'united', العربية: 'arab', العربي: 'arab', المؤسسة: 'institute', جمعية: 'association', الجمعية: 'association',
  حركة: 'movement', الحركة: 'movement', جبهة: 'front',
  الجبهة: 'front', للاستثمار: 'investment', الاستثمار: 'investment', استثمار: 'investment', للصناعات: 'industries',
  الصناعية: 'industrial', صناعية: 'industrial', للمقاولات: 'contracting', المقاولات: 'contracting', للخدمات: 'services',
  المحدودة: 'limited', محدودة: 'limited', القابضة: 'holding', قابضة: 'holding',
};

/** The longest legal-form phrase, in tokens. */
export const LEGAL_FORM_MAX_TOKENS = Math.max(...Object.keys(LEGAL_FORMS).map((phrase) => phrase.split(' ').length));

/** The particles of people's names, which introduce the name part after them ("de la Cruz", "bin Laden", "van Gogh"). */
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'el', 'al', 'bin', 'ben', 'ibn', 'bint', 'binti', 'ould',
  'van', 'der', 'den', 'von', 'ul', 'ur', 'ad', 'as', 'ash', 'az', 'ud',
]);

/**
 * Words that carry almost no identity: articles, prepositions, name particles, and "named after"
 * (Russian imeni), which only introduces whom an organization is named for ("Istok named after A.I. Shokin"). Kept, weighted low.
 */
export const STOPWORDS = new Set(['the', 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'an', 'und', 'et', 'com', 've', 'named', 'after', 'imeni', ...NAME_PARTICLES]);

/** The sounds ("sun letters") the Arabic article takes before them: "ar rahman", "ash shams", "ad din". Digraphs first. */
export const SUN_SOUNDS = ['sh', 'th', 'dh', 't', 'd', 'r', 'z', 's', 'n'];

/**
 * The Arabic article as transliterations write it, assimilated to the next consonant or not
 * ("abd al-hakim", "abd ar-rahman", "nasr ad-din"): the compound it joins is often written as one
 * word ("abdelhakim", "abdurrahman", "nasreddin"). A particle, weighted as one.
 */
export const ARABIC_ARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ur', ...SUN_SOUNDS.flatMap((sound) => ['a' + sound, 'e' + sound])]);

/**
 * Russian organizations' words, transliterated, as their English names say them ("Zavod Krasnoye
 * Sormovo" is "Krasnoye Sormovo Plant", "Severnaya Verf" "Severnaya Shipyard"), several words where
 * English needs them: the forms their stems do not give (russian-stems.ts reads "zavod", "nauchnogo"
 * and the like in any case and spelling), legal forms' words, and acronyms.
 */
const RUSSIAN_ORGANIZATION_WORDS: Record<string, string> = {
  factory: 'plant', verf: 'shipyard',
  // Words of legal forms, which foldLegalForms reads from this table alone ("Federalnoe Gosudarstvennoe
  // Unitarnoe Predpriyatie", FGUP): the forms the lists write.
  kompaniya: 'company', kompania: 'company', korporatsiya: 'corporation', korporatsia: 'corporation',
  predpriyatie: 'enterprise', predpriyatiye: 'enterprise', predpriiatie: 'enterprise', gosudarstvennoe: 'state',
  gosudarstvennoye: 'state', gosudarstvenny: 'state', gosudarstvennyy: 'state', gosudarstvennaya: 'state',
  gosudarstvennyi: 'state', gosudarstvennogo: 'state', gosudarstvennykh: 'state', federalnoe: 'federal',
  federalnoye: 'federal', unitarnoe: 'unitary', unitarnoye: 'unitary', uchrezhdenie: 'institution',
  uchrezhdeniye: 'institution', byudzhetnoe: 'budgetary', byudzhetnoye: 'budgetary',
  centre: 'center', gruppa: 'group', grupp: 'group', byuro: 'bureau', biuro: 'bureau',
  kommercheski: 'commercial', kommercheskii: 'commercial', kommercheskiy: 'commercial', kommercheskaya: 'commercial',
  lizing: 'leasing', kholding: 'holding', kholdinga: 'holding', servis: 'service',
  // "Institut ... Rossiiskoi Akademii Nauk", Russian Academy of Sciences.
  nauki: 'science', nauk: 'sciences', rossii: 'russia', pradpryemstva: 'enterprise', tekhnologiya: 'technology',
  sistemy: 'systems', sistemi: 'systems', unitarnaye: 'unitary',
  respublikanskoe: 'republican', respublikanskoye: 'republican', respublikanskaye: 'republican',
  obyedinennaya: 'united', obedinennaya: 'united', obyedinennyy: 'united', obedinennyy: 'united',
  upravlyayushchaya: 'management', upravlyayushaya: 'management',
  vserossiiskii: 'all russian', vserossiyskiy: 'all russian', vserossiiskiy: 'all russian', vserossiyskii: 'all russian',
  vserossiskiy: 'all russian', vserossiskii: 'all russian', mashinostroyeniya: 'machine building',
  mashinostroyenia: 'machine building', priborostroeniya: 'instrument making', priborostroyeniya: 'instrument making',
  // Acronyms ("AO NPP Radiy", Joint Stock Company Scientific Production Enterprise Radiy). Not NPF,
  // as often a pension fund (negosudarstvennyi pensionnyi fond) as a firm.
  npo: 'scientific production association', npp: 'scientific production enterprise', nii: 'scientific research institute',
  tsnii: 'central scientific research institute', okb: 'experimental design bureau', skb: 'special design bureau',
  npk: 'scientific production corporation', ntts: 'scientific technical center', npts: 'scientific production center',
};

/**
 * Arabic, Persian, Dutch, German and Scandinavian words of organizations' names, as their English
 * names say them: armed groups and associations ("Saraya al-Ashtar" is "al-Ashtar Brigades", "Jaysh
 * al-Islam" "Army of Islam"; 44 CSL entries carry both forms), foundations and charities.
 */
const OTHER_ORGANIZATION_WORDS: Record<string, string> = {
  saraya: 'brigades', kataib: 'brigades', katibat: 'battalion', katibah: 'battalion', jaysh: 'army', jaish: 'army',
  harakat: 'movement', harakah: 'movement', jabhat: 'front', jabha: 'front', jamaat: 'group', jamaah: 'group',
  tanzim: 'organization', munazzamat: 'organization', jamiat: 'association', jamiyat: 'association', ittihad: 'union',
  // One body, as translations of one word name it: جمعية a society or an association; a zavod a plant, factory or
  // works; مجمع a complex or a compound.
  society: 'association', works: 'plant', compound: 'complex',
  department: 'directorate', commission: 'committee',
  // Russian nauchno- as "scientific" or "research" ("Scientific Production Association", "Research and Production Association").
  scientific: 'research',
  // One word in its other forms, as translations vary ("Automated Trade System", "Automated System for Trading").
  trading: 'trade', charity: 'charitable', managing: 'management',
  majlis: 'council', markaz: 'center', sharikat: 'company', sharikah: 'company', sherkat: 'company', sherkate: 'company',
  khayriyya: 'charitable', khayriyyah: 'charitable', khairiya: 'charitable', khairiyah: 'charitable', khairia: 'charitable',
  muassasa: 'foundation', muassasat: 'foundation', muassasah: 'foundation', bonyad: 'foundation', stichting: 'foundation',
  forening: 'association', jund: 'soldiers', foolad: 'steel', fulad: 'steel', sarrafi: 'exchange',
  stiftelse: 'foundation', stiftelsen: 'foundation', stiftung: 'foundation',
  islami: 'islamic', islamia: 'islamic', islamiya: 'islamic', islamiyya: 'islamic', islamiyah: 'islamic', islamiyyah: 'islamic',
  turath: 'heritage', siman: 'cement', fanavari: 'technology',
  // Korea as North Korea's own names call it (조선, Chosŏn).
  chosun: 'korea', choson: 'korea',
  // Turkish, as Turkish firms register ("Ithalat Ihracat Ticaret ve Sanayi Limited Sirketi") and the
  // lists translate them ("Import Export Trade and Industry Limited Company").
  ithalat: 'import', ihracat: 'export', dis: 'foreign', ticaret: 'trade', sanayi: 'industry', sanayii: 'industry', hizmetleri: 'services',
  hizmet: 'service', hizmetler: 'services', sistem: 'system', sistemleri: 'systems', teknoloji: 'technology',
  teknolojileri: 'technologies', finansal: 'financial', insaat: 'construction', enerji: 'energy', otomotiv: 'automotive',
  tekstil: 'textile', gida: 'food', turizm: 'tourism', nakliyat: 'transport', lojistik: 'logistics', madencilik: 'mining',
  kimya: 'chemical', makina: 'machinery', makine: 'machinery', savunma: 'defense', muhendislik: 'engineering',
  danismanlik: 'consulting', yatirim: 'investment', yatirimlari: 'investments', grubu: 'group', pazarlama: 'marketing',
  uluslararasi: 'international', elektronik: 'electronics', havacilik: 'aviation', denizcilik: 'maritime',
  // Russian fond, a fund; torgovyy dom, a trading house.
  fond: 'fund', torgovyy: 'trading', torgovy: 'trading', torgovyi: 'trading',
  // More Russian words of organizations' names, as the lists translate them (not those that name firms
  // on their own, whose one word would then be all of many others' shorter names: proekt, alyans).
  menedzhment: 'management', aviakompaniya: 'airline', inzhiniring: 'engineering', konsalting: 'consulting',
  torgovli: 'trade', strakhovaya: 'insurance', strakhovanie: 'insurance', strahovaya: 'insurance', strahovanie: 'insurance',
  vertolety: 'helicopters', vertoletov: 'helicopters', vertolet: 'helicopters', bespilotnye: 'unmanned', bespilotnyye: 'unmanned',
  bespilotnykh: 'unmanned', npz: 'refinery', russkaya: 'russian', russkii: 'russian', russkoye: 'russian',
  investitsionnaya: 'investment', investitsionnyi: 'investment', investitsionnyy: 'investment',
  voenno: 'military', voennyi: 'military', voennyy: 'military', voennaya: 'military', voennoe: 'military', voennoye: 'military', kapital: 'capital', priborov: 'instruments',
  fiziki: 'physics', obrazovaniya: 'education', tsentralnyi: 'central', tsentralny: 'central', tsentralnaya: 'central',
  razvitiya: 'development', remontnyi: 'repair', spetsialnoe: 'special', agentstvo: 'agency', natsionalny: 'national',
  natsionalnyi: 'national', elektroniki: 'electronics', nauchny: 'scientific',
  russkie: 'russian', russkoe: 'russian', russkiy: 'russian', transportnaya: 'transport', promyshlennaya: 'industrial',
  promyshlennyi: 'industrial', promyshlennye: 'industrial', lizingovaya: 'leasing', pensionny: 'pension', pensionnyi: 'pension',
  finansovaya: 'financial', stroitelnaya: 'construction', bezopasnosti: 'security',
  universitet: 'university', severnoye: 'northern', severnaya: 'northern',
  // Persian (not saderat and melli, of Bank Saderat and Bank Melli, export and national banks they are not).
  sarafi: 'exchange', ertebatat: 'communications', emdad: 'relief', eslami: 'islamic', enghelab: 'revolution',
  etelaat: 'information', tosee: 'development', toseh: 'development', tose: 'development',
  taavon: 'cooperative', taavoni: 'cooperative', naghl: 'transport', sanati: 'industrial', bazargani: 'commerce',
  sanaye: 'industries', sanaaye: 'industries', sanat: 'industry', tejarat: 'trade', mohandesi: 'engineering',
  // North Korea by its initials (Democratic People's Republic of Korea).
  dprk: 'korea',
  // A navy's adjective is the navy ("Dalian Naval Academy", 海军 navy).
  naval: 'navy',
  // French, Swedish and Danish, Indonesian and Malay, Serbian and Croatian, Ukrainian, Spanish.
  fondation: 'foundation', secours: 'relief', mondial: 'world', solidarite: 'solidarity', foreningen: 'association',
  yayasan: 'foundation', usluge: 'services', preduzece: 'enterprise', pidpryemstvo: 'enterprise',
  ministerio: 'ministry', proizvodnju: 'production', trgovinu: 'trade', majelis: 'council',
  // Spanish, Portuguese, French, Italian and German words spelled too far from the English ones for
  // edit similarity ("Inversiones Pinto", Pinto Investments; "Banque Saradar", Saradar Bank).
  inversiones: 'investments', inversion: 'investment', investimentos: 'investments', investimento: 'investment',
  investissements: 'investments', investissement: 'investment', minera: 'mining', minero: 'mining', mineria: 'mining',
  mineracao: 'mining', banco: 'bank', banque: 'bank', banca: 'bank', alimentos: 'food', alimentaria: 'food',
  distribuidora: 'distributor', comercializadora: 'trade', comercio: 'trade', handel: 'trade', handels: 'trade',
  importadora: 'import', exportadora: 'export', seguros: 'insurance', aseguradora: 'insurance', assurances: 'insurance',
  assicurazioni: 'insurance', versicherung: 'insurance', naviera: 'shipping', servicios: 'services', servicos: 'services',
  servizi: 'services', tecnologia: 'technology', tecnologias: 'technologies', tecnologie: 'technologies',
  technologie: 'technology', ingenieria: 'engineering', ingegneria: 'engineering', ingenierie: 'engineering',
  construcciones: 'construction', constructora: 'construction', costruzioni: 'construction', telecomunicaciones: 'telecommunications',
  telecomunicacoes: 'telecommunications', quimica: 'chemical', quimicos: 'chemicals', chimie: 'chemical', chimica: 'chemical',
  // Spanish, Portuguese, Italian and French words of states', armed groups' and firms' names, spelled too far
  // from the English ones ("Ejercito de Liberacion Nacional", National Liberation Army; "Cartel de Jalisco
  // Nueva Generacion"). Not "unidas", a firm's whole name on its own ("Unidas S.A." is no "United ...").
  ejercito: 'army', exercito: 'army', esercito: 'army', armee: 'army', fuerzas: 'forces', fuerza: 'force', forcas: 'forces',
  forze: 'forces', armadas: 'armed', armados: 'armed', armate: 'armed', armees: 'armed', policia: 'police', polizia: 'police',
  nueva: 'new', nuevo: 'new', nuevas: 'new', nuevos: 'new', nouveau: 'new', nouvelle: 'new', nuovo: 'new', nuova: 'new',
  desarrollo: 'development', desenvolvimento: 'development', sviluppo: 'development', seguridad: 'security',
  seguranca: 'security', sicurezza: 'security', frente: 'front', movimiento: 'movement', movimento: 'movement',
  mouvement: 'movement', partido: 'party', partito: 'party', gobierno: 'government', governo: 'government',
  grupo: 'group', gruppo: 'group', groupe: 'group', aerea: 'air', aereo: 'air', aerienne: 'air',
  empresa: 'enterprise', elettrica: 'electric',
  // Chinese readings some English names keep and others translate: 长江 Changjiang, the Yangtze.
  changjiang: 'yangtze',
  // Places of China by their Chinese reading and by their own or older English name: the lists write
  // both ("Hotan" and "Hetian Prefecture Public Security Bureau", "Kashgar" and "Kashi"); Xinjiang,
  // Tibet, Inner Mongolia, and cities and provinces in the postal spellings firms keep (Tsingtao, Peking).
  kashi: 'kashgar', hetian: 'hotan', khotan: 'hotan', wulumuqi: 'urumqi', urumchi: 'urumqi', tulufan: 'turpan',
  turfan: 'turpan', akesu: 'aksu', kuerle: 'korla', kelamayi: 'karamay', aletai: 'altay', lasa: 'lhasa',
  rikaze: 'shigatse', xigaze: 'shigatse', changdu: 'chamdo', qamdo: 'chamdo', huhehaote: 'hohhot', huhhot: 'hohhot',
  xizang: 'tibet', sinkiang: 'xinjiang', peking: 'beijing', tsingtao: 'qingdao', nanking: 'nanjing', tientsin: 'tianjin',
  chungking: 'chongqing', amoy: 'xiamen', swatow: 'shantou', foochow: 'fuzhou', soochow: 'suzhou', kwangtung: 'guangdong',
  kwangsi: 'guangxi', szechwan: 'sichuan', szechuan: 'sichuan', fukien: 'fujian', chekiang: 'zhejiang', kiangsu: 'jiangsu',
  hupeh: 'hubei', shensi: 'shaanxi', shansi: 'shanxi', kweichow: 'guizhou',
  // Arabic.
  ighatha: 'relief', igatha: 'relief', ighathah: 'relief', muqawama: 'resistance', muqawamah: 'resistance',
  lajnat: 'committee', lajna: 'committee',
  // A people's adjective means its country: "Syrian Air Force Intelligence" is Syria's, the "Pakistani
  // Taliban" the "Tehrik-e Taliban Pakistan", "Secours Palestiniens" a relief for Palestine.
  syrian: 'syria', iranian: 'iran', iraqi: 'iraq', russian: 'russia', chinese: 'china', korean: 'korea',
  palestinian: 'palestine', palestinien: 'palestine', palestiniens: 'palestine', palestinienne: 'palestine',
  pakistani: 'pakistan', lebanese: 'lebanon', libanais: 'lebanon', libanaise: 'lebanon', libyan: 'libya',
  yemeni: 'yemen', egyptian: 'egypt', turkish: 'turkey', ukrainian: 'ukraine', belarusian: 'belarus',
  venezuelan: 'venezuela', venezolana: 'venezuela', venezolano: 'venezuela', cuban: 'cuba', cubana: 'cuba',
  sudanese: 'sudan', jordanian: 'jordan', kuwaiti: 'kuwait', qatari: 'qatar', bahraini: 'bahrain',
  myanma: 'myanmar', burmese: 'myanmar', burma: 'myanmar', nicaraguan: 'nicaragua', colombian: 'colombia',
  colombiana: 'colombia', mexican: 'mexico', mexicana: 'mexico', mexicano: 'mexico', japanese: 'japan',
  indian: 'india', azerbaijani: 'azerbaijan', armenian: 'armenia', serbian: 'serbia', israeli: 'israel',
  ethiopian: 'ethiopia', eritrean: 'eritrea', nigerian: 'nigeria', congolese: 'congo', zimbabwean: 'zimbabwe',
  indonesian: 'indonesia', malaysian: 'malaysia', vietnamese: 'vietnam', kazakh: 'kazakhstan', uzbek: 'uzbekistan',
};

/**
 * Abbreviations written out before comparison ("Mohd" is "Mohammed", "Intl" is "International"),
 * and organizations' words in other languages as English says them: an abbreviation shares too few
 * letters with its full form for edit similarity to find it, a translation none.
 */
const ABBREVIATIONS = new Map<string, string>(Object.entries({
  mohd: 'mohammed', muhd: 'muhammad', md: 'mohammed',
  intl: 'international', natl: 'national', mfg: 'manufacturing', assn: 'association', bros: 'brothers', dept: 'department',
  govt: 'government', tech: 'technology', grp: 'group', hldgs: 'holdings', hldg: 'holding',
  // Shipping registers and trade data cut words to their consonants ("KOREA ANSAN SHPG CO").
  // Only forms no name takes: "Dev" and "Eng" are given names.
  shpg: 'shipping', mgmt: 'management', mgt: 'management', svcs: 'services', svc: 'service', engg: 'engineering', eng: 'engineering',
  invt: 'investment', invts: 'investments', trdg: 'trading', inds: 'industries', petchem: 'petrochemical', stg: 'foundation',
  elec: 'electric', equip: 'equipment', imp: 'import', exp: 'export', ind: 'industrial', indl: 'industrial',
  // Turkish firms register as "San. ve Tic. Ltd. Şti." (Sanayi ve Ticaret, industry and trade);
  // "san" alone is mostly Spanish ("San Jose"): see expandAbbreviations.
  tic: 'ticaret',
  ...RUSSIAN_ORGANIZATION_WORDS,
  ...OTHER_ORGANIZATION_WORDS,
}));

/**
 * The abbreviations and translations of one word (most of ABBREVIATIONS): a word keeps its spelling,
 * and means this (see NameToken.meaning); those of several words are written out (expandAbbreviations).
 */
export const WORD_MEANINGS = new Map([...ABBREVIATIONS].filter(([, full]) => !full.includes(' ')));

/** The abbreviations of several words, written out in their place ("npo": scientific production association). */
export const WORDS_WRITTEN_OUT = new Map([...ABBREVIATIONS].filter(([, full]) => full.includes(' ')).map(([short, full]) => [short, full.split(' ')]));

/** Titles dropped from the front of a name ("Mr. Recep Tayyip Erdogan"). */
export const LEADING_HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'srta',
]);

/** Titles that are often part of a listed name ("IQBAL, Haji"): kept as weak tokens. */
export const WEAK_TITLES = new Set([
  'haji', 'hajji', 'hadji', 'alhaj', 'alhaji', 'sheikh', 'shaikh', 'shaykh', 'sheik', 'shekh', 'sayyid', 'sayed', 'syed', 'mullah',
  'mawlawi', 'maulvi', 'molvi', 'moulvi', 'mawlavi', 'maulana', 'mufti', 'imam', 'qari', 'kari', 'hafiz', 'engineer', 'eng', 'general',
  'colonel', 'col',
  // A generational suffix says which of a family's namesakes, not who: "MEZA JR., Arturo" ~ "MEZA CAZARES, Arturo".
  'jr', 'jnr', 'snr',
]);

/**
 * The same titles written in Arabic script, as foldScript transliterates them: حاجي "hajy",
 * شيخ "shykh", ملا "mla", مولوي "mwlwy", مولانا "mwlana", قاري "qary", مفتي "mfty", حافظ "hafdh".
 */
export const ABJAD_TITLES = new Set(['hajy', 'shykh', 'alshykh', 'mla', 'mwlwy', 'mwlana', 'qary', 'mfty', 'hafdh']);

/** Words that join other words, never written glued onto the next ("the", "of", "and"). */
export const CONNECTIVES = new Set(['the', 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'und', 'et', 've']);

/** English number words, cardinal and ordinal, with their values ("forty" 40, "third" 3; "fourty" as often misspelt). */
export const NUMBER_WORDS = new Map<string, number>([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, n) => [word, n] as [string, number]),
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
    .map((word, n) => [word, n + 1] as [string, number]),
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * What a company does or is, not who it is: a word rare on the lists ("software" is in a dozen of
 * 34k names) is still no distinctive name for an organization on its own ("Le Software" is not
 * "Douran Software Technologies"). Such a word never makes one aligned word enough (TUNING.alignment.rareSinglePart).
 */
export const GENERIC_ORGANIZATION_WORDS = new Set([
  'software', 'technology', 'technologies', 'trading', 'trade', 'industries', 'industry', 'industrial', 'international',
  'group', 'holding', 'holdings', 'services', 'service', 'systems', 'system', 'solutions', 'engineering', 'consulting',
  'logistics', 'shipping', 'energy', 'electronics', 'electronic', 'electric', 'manufacturing', 'enterprise', 'enterprises',
  'investment', 'investments', 'capital', 'finance', 'financial', 'bank', 'partners', 'global', 'development', 'research',
  'institute', 'construction', 'import', 'export', 'marine', 'petroleum', 'oil', 'gas', 'chemical', 'chemicals',
  'pharmaceutical', 'pharmaceuticals', 'medical', 'aviation', 'airlines', 'transport', 'network', 'networks', 'digital',
  'data', 'cloud', 'media', 'foods', 'food', 'textile', 'textiles', 'machinery', 'equipment', 'supply', 'products',
  'resources', 'management', 'security', 'communications', 'telecom', 'motors', 'steel', 'metals', 'mining', 'science',
  'scientific', 'analytics', 'labs', 'robotics', 'health', 'national', 'agency', 'association', 'plant', 'shipyard',
  'shipbuilding', 'bureau', 'design', 'production', 'center', 'directorate', 'department',
  'complex', 'compound', 'contracting', 'contractors', 'projects', 'marketing', 'insurance', 'travel', 'relief', 'charity',
  'charitable', 'foundation', 'academy', 'college', 'hospital', 'factories', 'commerce',
  'commercial', 'supplies', 'ventures', 'venture', 'joint', 'airline', 'cargo', 'agricultural', 'agriculture', 'automotive', 'optics', 'innovation', 'innovative',
  'clothing', 'clothes', 'apparel', 'garment', 'garments', 'accessories', 'footwear', 'shoes', 'fashion',
  'technical', 'technological', 'special', 'specialized', 'federal', 'general',
  // Picked by how often they were left over where a list's aliases missed their own entry (`eval:sdn`).
  'money', 'transfer', 'remittances', 'branch', 'institution', 'transportation', 'aerospace', 'managing', 'higher',
  'education', 'educational', 'mechanical', 'experimental', 'concern', 'partnership', 'materials',
  'headquarters', 'financed',
  // What a property business is: "YALBUGHA REAL ESTATE COMPOUND" is the Yalbugha Complex.
  'real', 'estate', 'property', 'properties', 'realty',
  // As Arabic-script names say them (ARABIC_SCRIPT_WORDS), where a Latin name has a legal form: شرکت, محدود.
  'company', 'limited', 'university', 'office', 'organization',
  // The same in the languages of the lists' many Latin American, European and Russian firms.
  'grupo', 'groupe', 'gruppe', 'gruppa', 'industrias', 'industria', 'industrie', 'internacional', 'internationale',
  'nacional', 'comercial', 'comercializadora', 'distribuidora', 'importadora', 'exportadora', 'inversiones',
  'servicios', 'servicos', 'constructora', 'construcciones', 'inmobiliaria', 'transportes', 'tecnologia',
  'tecnologias', 'sistemas', 'soluciones', 'ingenieria', 'consultores', 'logistica', 'energia', 'petroleos',
  'productos', 'alimentos', 'equipos', 'comercio', 'handel', 'handels', 'technik', 'technologie', 'tekhnologii',
  'tekhnologiya', 'logistik', 'elektronik', 'energie', 'transports', 'distribution',
  // Turkish ("Sanayi ve Ticaret", industry and trade) and Persian ("Sanaye", "Tejarat", "Gostaresh"), transliterated.
  'sanayi', 'ticaret', 'insaat', 'ithalat', 'ihracat', 'otomotiv', 'enerji', 'tekstil', 'gida', 'turizm', 'nakliyat',
  'lojistik', 'madencilik', 'kimya', 'makina', 'savunma', 'teknoloji', 'muhendislik', 'danismanlik', 'yatirim', 'grubu',
  'pazarlama', 'uluslararasi', 'sanaye', 'sanat', 'sanati', 'tejarat', 'bazargani', 'mohandesi', 'gostaresh', 'tose',
  'toseh', 'tosee', 'saderat', 'sakhteman', 'sazandegi', 'gharargah', 'gharargahe', 'kashtirani', 'naft', 'petroshimi',
  'tolid', 'tolidi',
]);

/**
 * Given names and the short forms people go by ("Ted Doe" is "Theodore Doe", "Sasha" is
 * "Aleksandr"): common English and Russian hypocorisms, which share too few letters with the full
 * name for edit similarity. A short form may stand for several names ("ted": theodore, edward).
 */
export const NICKNAMES: Record<string, string[]> = {
  william: ['bill', 'billy', 'will', 'willy', 'liam'], robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'ricky', 'rich', 'richie'], james: ['jim', 'jimmy', 'jamie'], michael: ['mike', 'mikey', 'mick', 'mickey'],
  thomas: ['tom', 'tommy'], theodore: ['ted', 'teddy', 'theo'], edward: ['ed', 'eddie', 'ted', 'teddy', 'ned'],
  benjamin: ['ben', 'benny', 'benji'], daniel: ['dan', 'danny'], david: ['dave', 'davey'], joseph: ['joe', 'joey'],
  john: ['jack', 'johnny'], christopher: ['chris'], anthony: ['tony'], nicholas: ['nick', 'nicky'],
  alexander: ['alex', 'sasha'], alexandra: ['alex', 'sasha'], katherine: ['kate', 'katie', 'kathy'], catherine: ['cathy', 'kate'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty'], samuel: ['sam', 'sammy'], stephen: ['steve'], steven: ['steve'],
  andrew: ['andy', 'drew'], gregory: ['greg'], patrick: ['pat'], patricia: ['pat', 'patty'], margaret: ['peggy', 'meg', 'maggie'],
  susan: ['sue', 'susie'], jennifer: ['jen', 'jenny'], matthew: ['matt'], peter: ['pete'], philip: ['phil'],
  frederick: ['fred', 'freddie'], charles: ['charlie', 'chuck'], henry: ['hank', 'harry'], harold: ['harry'],
  lawrence: ['larry'], gerald: ['jerry'], ronald: ['ron', 'ronnie'], donald: ['don', 'donnie'], douglas: ['doug'],
  kenneth: ['ken', 'kenny'], timothy: ['tim', 'timmy'], vincent: ['vince'], abraham: ['abe'], jonathan: ['jon'],
  aleksandr: ['sasha', 'sanya', 'shura'], mikhail: ['misha'], vladimir: ['volodya', 'vova'], dmitry: ['dima'], dmitri: ['dima'],
  nikolai: ['kolya'], sergei: ['seryozha'], sergey: ['seryozha'], yevgeny: ['zhenya'], evgeny: ['zhenya'], aleksei: ['lyosha', 'alyosha'],
  alexei: ['lyosha', 'alyosha'], pavel: ['pasha'], konstantin: ['kostya'], ivan: ['vanya'], yuri: ['yura'], anatoly: ['tolya'],
  jeffrey: ['jeff'], jerome: ['jerry'], nathan: ['nate'], nathaniel: ['nate', 'nat'], zachary: ['zach', 'zack'],
  joshua: ['josh'], maximilian: ['max'], walter: ['walt', 'wally'], stanley: ['stan'], victor: ['vic'], raymond: ['ray'],
  russell: ['russ'], rudolph: ['rudy'], mitchell: ['mitch'], sidney: ['sid'], rebecca: ['becky'], deborah: ['debbie', 'deb'],
  jessica: ['jess'], amanda: ['mandy'], pamela: ['pam'], sarah: ['sally'], victoria: ['vicky'], abigail: ['abby'], cynthia: ['cindy'],
  dorothy: ['dot', 'dottie'], eleanor: ['ellie'], christina: ['tina'], valerie: ['val'], mary: ['molly', 'polly'],
  tatiana: ['tanya'], tatyana: ['tanya'], natalia: ['natasha'], natalya: ['natasha'], maria: ['masha'], olga: ['olya'],
  svetlana: ['sveta'], elena: ['lena'], yelena: ['lena'], ekaterina: ['katya'], yekaterina: ['katya'], nadezhda: ['nadya'],
  lyudmila: ['lyuda', 'mila'], irina: ['ira'], galina: ['galya'], grigory: ['grisha'], boris: ['borya'], viktor: ['vitya'],
  vyacheslav: ['slava'], vladislav: ['vlad', 'slava'], stanislav: ['stas', 'slava'], vasily: ['vasya'], fyodor: ['fedya'],
  yakov: ['yasha'], semyon: ['senya'], stepan: ['styopa'], gennady: ['gena'], valery: ['valera'],
  // Spanish, as the lists' Latin American traffickers go by them ("BETO RENTERIA" is Carlos Alberto Renteria).
  alberto: ['beto'], roberto: ['beto', 'tito'], humberto: ['beto'], gilberto: ['beto'], jose: ['pepe', 'chepe'],
  francisco: ['paco', 'pancho', 'kiko', 'curro'], ignacio: ['nacho'], eduardo: ['lalo'], jesus: ['chucho', 'chuy'],
  guillermo: ['memo'], antonio: ['tono', 'tonio'], guadalupe: ['lupe'], enrique: ['quique', 'kike'], manuel: ['manolo'],
  rafael: ['rafa'], fernando: ['nando'], santiago: ['santi'], dolores: ['lola'], mercedes: ['meche'], rosario: ['chayo'],
  gustavo: ['tavo'], octavio: ['tavo'], salvador: ['chava'], rodolfo: ['fito'], adolfo: ['fito'], luis: ['lucho'],
  // Italian and German.
  giuseppe: ['beppe', 'peppe', 'pino'], luigi: ['gigi'], johannes: ['hans'], josef: ['sepp'], friedrich: ['fritz'],
};

/**
 * One given name as the languages of Europe and the Americas write it: "Juan Doe" is "John Doe", a
 * Polish passport's "Mikolaj" is the list's "Nicholas". The forms share too few letters for edit
 * similarity; spellings close to one in the group need not be listed. Names that are other names
 * elsewhere stay out: "Jan" is a Persian and Pashto name too, and a Latin American family names one
 * brother Juan and another Ivan or Giovanni (VELASQUEZ CABALLERO, CASTANEDA MEZA on the SDN list).
 */
export const GIVEN_NAME_FORMS: string[][] = [
  ['john', 'juan', 'jean', 'johann', 'johannes', 'joao', 'ioannis', 'sean', 'ian', 'janos'],
  ['joseph', 'jose', 'josef', 'giuseppe', 'jozef', 'josep', 'yosef', 'iosif', 'josip', 'ioseb'],
  ['peter', 'pedro', 'pierre', 'pietro', 'piotr', 'petr', 'pyotr', 'petro', 'peder', 'petrus'],
  ['paul', 'pablo', 'paolo', 'pavel', 'pawel', 'paulo', 'paulus'],
  ['michael', 'miguel', 'michel', 'michele', 'mikhail', 'michal', 'mikael', 'mihail', 'mihai', 'mykhailo'],
  ['george', 'jorge', 'georges', 'giorgio', 'georg', 'georgios', 'jerzy', 'georgy', 'georgiy'],
  ['james', 'jaime', 'jacques', 'giacomo', 'jaume'],
  ['william', 'guillermo', 'guillaume', 'guglielmo', 'wilhelm', 'willem'],
  ['charles', 'carlos', 'carlo', 'karl', 'karel', 'carl', 'karol'],
  ['henry', 'enrique', 'henri', 'enrico', 'heinrich', 'henrik', 'henryk', 'henrique'],
  ['francis', 'francisco', 'francois', 'francesco', 'franz', 'frantisek', 'franciszek', 'francesc'],
  ['anthony', 'antonio', 'antoine', 'anton', 'antoni', 'antonin', 'antonios'],
  ['stephen', 'steven', 'esteban', 'stephane', 'stefano', 'stefan', 'stepan', 'estevao', 'istvan'],
  ['andrew', 'andres', 'andre', 'andrea', 'andreas', 'andrzej', 'andrei', 'andrey', 'andras'],
  ['thomas', 'tomas', 'tommaso', 'tomasz'],
  ['nicholas', 'nicolas', 'nicola', 'nikolaus', 'nicolae', 'mikolaj', 'nikolai', 'nikolay', 'nikolaos', 'niccolo'],
  ['alexander', 'alejandro', 'alessandro', 'alexandre', 'aleksandr', 'aleksander', 'alexandros'],
  ['edward', 'eduardo', 'edouard', 'edoardo', 'eduard'],
  ['louis', 'luis', 'luigi', 'ludwig', 'lewis', 'lluis', 'ludovic'],
  ['richard', 'ricardo', 'riccardo', 'ricard'],
  ['frederick', 'federico', 'frederic', 'friedrich', 'fryderyk'],
  ['vincent', 'vicente', 'vincenzo'],
  ['lawrence', 'lorenzo', 'laurent', 'lourenco'],
  ['matthew', 'mateo', 'matteo', 'mathieu', 'matthias', 'mateus', 'mateusz', 'matvei', 'matvey'],
  ['mark', 'marco', 'marcos', 'marc', 'markus', 'marek'],
  ['luke', 'lucas', 'luca', 'luc', 'lukas', 'lukasz'],
  ['christopher', 'cristobal', 'christophe', 'cristoforo', 'krzysztof', 'christoph'],
  ['philip', 'felipe', 'philippe', 'filippo', 'philipp', 'filip'],
  ['gregory', 'gregorio', 'gregoire', 'grzegorz', 'grigory', 'grigoriy'],
  ['julius', 'julio', 'jules', 'giulio', 'juliusz'],
  ['hugh', 'hugo', 'hugues'],
  ['patrick', 'patricio', 'patrice'],
  ['dominic', 'domingo', 'dominique', 'domenico', 'dominik'],
  ['ignatius', 'ignacio', 'ignazio', 'ignacy'],
  ['benedict', 'benito', 'benoit', 'benedetto', 'benedikt'],
  ['arthur', 'arturo', 'artur'],
  ['catherine', 'katherine', 'catalina', 'caterina', 'katharina', 'ekaterina', 'yekaterina', 'katarzyna', 'catarina'],
  ['elizabeth', 'isabel', 'elisabeth', 'elisabetta', 'elizaveta', 'isabelle', 'elzbieta'],
  ['helen', 'elena', 'helene', 'yelena', 'jelena', 'helena'],
  ['margaret', 'margarita', 'marguerite', 'margherita', 'margarete', 'malgorzata'],
  ['joan', 'juana', 'jeanne', 'giovanna', 'johanna', 'joana', 'ioana'],
  ['mary', 'maria', 'marie', 'mariya', 'marija'],
];

/**
 * One given name as Russian, Ukrainian and Belarusian write it, each in its common Latin spellings:
 * a Ukrainian or Belarusian passport gives "Mykola" or "Mikalai" where a list has "Nikolai", and
 * the forms share too few letters for edit similarity. Spellings close to one in the group (Dmitry,
 * Dmytro) need not be listed, but listing them costs nothing.
 */
export const EAST_SLAVIC_NAME_FORMS: string[][] = [
  ['vladimir', 'volodymyr', 'uladzimir', 'uladzimer'],
  ['aleksandr', 'alexander', 'aleksander', 'oleksandr', 'oleksander', 'aliaksandr', 'alyaksandr', 'aliaksander'],
  ['aleksandra', 'alexandra', 'oleksandra', 'aliaksandra', 'alyaksandra'],
  ['nikolai', 'nikolay', 'nikolaj', 'mykola', 'mikalai', 'mikalay', 'mikola'],
  ['sergei', 'sergey', 'sergej', 'serhii', 'serhiy', 'sergii', 'siarhei', 'syarhei', 'siarhey', 'syarhey'],
  ['aleksei', 'alexei', 'alexey', 'aleksey', 'oleksii', 'oleksiy', 'aliaksei', 'alyaksei', 'aliaksey'],
  ['yevgeny', 'yevgeniy', 'evgeny', 'evgeniy', 'evgenii', 'yevhen', 'yevhenii', 'ievgen', 'yauhen', 'yauheni', 'yaugen'],
  ['grigory', 'grigoriy', 'grigorii', 'grigori', 'hryhorii', 'hryhoriy', 'ryhor'],
  ['georgy', 'georgiy', 'georgii', 'heorhii', 'heorhiy', 'hiorhi'],
  ['pavel', 'pavlo', 'paval'],
  ['pyotr', 'petr', 'piotr', 'petro', 'piatro', 'pyatro'],
  ['oleg', 'oleh', 'aleh'],
  ['igor', 'ihor', 'ihar'],
  ['dmitry', 'dmitri', 'dmitriy', 'dmitrii', 'dmytro', 'dzmitry', 'dzmitryi', 'dzmitriy'],
  ['andrei', 'andrey', 'andrii', 'andriy', 'andrej'],
  ['yury', 'yuri', 'yuriy', 'yurii', 'iurii', 'jury', 'yurij'],
  ['vasily', 'vasiliy', 'vasilii', 'vasyl', 'vasil'],
  ['anatoly', 'anatoliy', 'anatolii', 'anatol'],
  ['vitaly', 'vitaliy', 'vitalii'],
  ['konstantin', 'kostiantyn', 'kostyantyn', 'kanstantsin'],
  ['valentin', 'valentyn', 'valiantsin'],
  ['leonid', 'leanid'],
  ['fyodor', 'fedor', 'fedir', 'fiodar', 'fyodar'],
  ['kirill', 'kyrylo', 'kiryl'],
  ['maksim', 'maxim', 'maksym', 'maxym'],
  ['ilya', 'illia', 'illya', 'ilia'],
  ['daniil', 'danylo', 'danila'],
  ['bogdan', 'bohdan', 'bahdan'],
  ['gleb', 'hlib', 'hleb'],
  ['yakov', 'yakiv', 'yakau'],
  ['matvei', 'matvey', 'matvii', 'matviy'],
  ['viktor', 'victor', 'viktar'],
  ['vladislav', 'vladyslav', 'uladzislau', 'uladzislav'],
  ['svyatoslav', 'sviatoslav', 'sviataslau'],
  ['stanislav', 'stanislau'],
  ['olga', 'olha', 'volha'],
  ['yelena', 'elena', 'olena', 'alena', 'alyona', 'aliona'],
  ['tatyana', 'tatiana', 'tetiana', 'tetyana', 'tatsiana', 'tatsyana'],
  ['natalya', 'natalia', 'nataliia', 'nataliya', 'natallia', 'natallya'],
  ['yekaterina', 'ekaterina', 'kateryna', 'katsiaryna', 'katsyaryna'],
  ['galina', 'halyna', 'halina'],
  ['anna', 'hanna', 'ganna'],
  ['lyudmila', 'ludmila', 'liudmila', 'liudmyla', 'lyudmyla'],
  ['yulia', 'yuliya', 'iuliia', 'yuliia', 'julia'],
  ['irina', 'iryna'],
  ['mikhail', 'mykhailo', 'mikhailo', 'mikhal', 'mikhas', 'michail', 'mihail'],
  ['yegor', 'egor', 'yehor', 'yahor'],
  ['yefim', 'efim', 'yukhym'],
  ['arkady', 'arkadiy', 'arkadii', 'arkadz'],
  ['gennady', 'gennadiy', 'gennadii', 'hennadii', 'hennadiy', 'henadz', 'genadz'],
  ['vyacheslav', 'viacheslav', 'vyachaslau', 'viachaslau'],
  ['rostislav', 'rostyslav', 'rastsislau'],
  ['yaroslav', 'yaraslau'],
  ['valery', 'valeriy', 'valerii', 'valeryi'],
  ['nikita', 'mykyta', 'mikita'],
  ['boris', 'barys'],
  ['denis', 'denys', 'dzianis'],
  ['artyom', 'artem', 'artsiom', 'artsem'],
  ['vadim', 'vadym'],
  ['timofei', 'timofey', 'tymofii', 'tsimafei'],
  ['stepan', 'stsiapan', 'stiapan'],
  ['roman', 'raman'],
  ['nadezhda', 'nadiya', 'nadiia', 'nadzeya'],
  ['lyubov', 'liubov', 'lubov'],
  ['svetlana', 'svitlana', 'sviatlana'],
  ['larisa', 'larysa'],
  ['marina', 'maryna'],
  ['valentina', 'valentyna', 'valiantsina'],
  ['yevgeniya', 'evgeniya', 'yevgenia', 'evgenia', 'yevheniia', 'yauheniya'],
  ['viktoriya', 'viktoriia', 'victoria', 'viktoria'],
  ['darya', 'daria', 'dariia', 'daryna'],
  ['anastasiya', 'anastasia', 'anastasiia', 'nastassia', 'anastasija'],
  ['mariya', 'mariia', 'maria', 'maryia'],
  ['kseniya', 'ksenia', 'kseniia', 'ksenija'],
  ['yelizaveta', 'elizaveta', 'yelyzaveta', 'alizaveta'],
  ['sofiya', 'sofia', 'sofiia'],
  ['vera', 'vira', 'viera'],
];

/**
 * Given names of ARABIC_NAME_FORMS in Arabic script, by a Latin form of each: a known name written in
 * Arabic is that name and no other its letters could also spell (محمد is Muhammad, never Mahmud,
 * which writes its long u: محمود; حسن is Hassan, not Hussein). Not سعيد and سيد: lists write both Said.
 */
export const ARABIC_SCRIPT_NAMES: Record<string, string> = {
  محمد: 'muhammad', محمود: 'mahmoud', أحمد: 'ahmad', حسين: 'hussein', حسن: 'hassan', عمر: 'omar', أسامة: 'osama',
  عثمان: 'othman', إبراهيم: 'ibrahim', إسماعيل: 'ismail', يوسف: 'yusuf', مصطفى: 'mustafa', خالد: 'khalid', صالح: 'saleh',
  يحيى: 'yahya', يعقوب: 'yaqub', أيوب: 'ayub', سليمان: 'suleiman', موسى: 'musa', عيسى: 'isa',
  طارق: 'tariq', فيصل: 'faisal', وليد: 'walid', خليل: 'khalil', قاسم: 'qasim', حمزة: 'hamza', محسن: 'mohsen', جواد: 'jawad',
  كاظم: 'kazem', صادق: 'sadiq', جعفر: 'jafar', كريم: 'karim', رحيم: 'rahim', عزيز: 'aziz', مجيد: 'majid', سمير: 'samir',
  بشير: 'bashir', نذير: 'nazir', طاهر: 'tahir', جميل: 'jamil', جمال: 'jamal', هشام: 'hisham', أيمن: 'ayman', أمين: 'amin',
};

/**
 * One Arabic given name in its common Latin spellings, with its Persian, Turkish, Central Asian,
 * Russian and Somali forms (Somali writes ḥ as x and ʿayn as c: "Maxamed", "Cumar"): Arabic writes no short vowels, so "Muhammad", "Mohammed" and "Mohamed" are one name
 * whose spellings differ in two or three letters. Names that differ in Arabic stay apart: Hassan
 * (حسن) and Hussein (حسين), Said (سعيد) and Sayyid (سيد), Mahmoud and Muhammad.
 */
export const ARABIC_NAME_FORMS: string[][] = [
  ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'muhamed', 'mohamud', 'mohammod',
    'mehmet', 'mehmed', 'mukhammad', 'mukhammed', 'magomed', 'mamad', 'mahamat', 'mouhamed', 'mouhammad', 'mohamd',
    'maxamed', 'maxammed',
    // Abbreviations ABBREVIATIONS does not write out ("Mohd" is there): "Mhd", Indonesian "Muh.".
    'mhd', 'muh'],
  ['ahmad', 'ahmed', 'ahmet', 'akhmad', 'akhmed', 'ahmmed', 'ehmad', 'axmed'],
  ['ali', 'aly', 'alee'],
  ['abdul', 'abdel', 'abdal', 'abdoul'],
  ['abbas', 'abas', 'abbass'],
  ['mahdi', 'mehdi', 'mahdy'],
  ['hadi', 'hady'],
  ['salah', 'salaah'],
  ['salman', 'selman', 'salmaan'],
  ['sami', 'samy'],
  ['nabil', 'nabeel', 'nebil'],
  ['habib', 'habeeb'],
  ['farid', 'fareed'],
  ['faruq', 'farouk', 'farooq', 'faruk', 'farook'],
  ['fuad', 'fouad', 'fuat'],
  ['ghassan', 'ghasan'],
  ['haidar', 'haider', 'hayder', 'heydar', 'haydar'],
  ['hani', 'hany'],
  ['hatem', 'hatim'],
  ['imad', 'emad'],
  ['issam', 'isam', 'essam'],
  ['kamal', 'kamel', 'kemal'],
  ['marwan', 'merwan'],
  ['mazen', 'mazin'],
  ['munir', 'mounir', 'muneer'],
  ['nizar', 'nezar'],
  ['rafiq', 'rafik', 'rafeeq'],
  ['rami', 'ramy'],
  ['riyad', 'riad', 'riyadh', 'reyad'],
  ['saad', 'saed'],
  ['talal', 'talaal'],
  ['tamer', 'tamir'],
  ['wael', 'wail'],
  ['yasser', 'yasir', 'yaser'],
  ['ziad', 'ziyad', 'zeyad'],
  ['ammar', 'amar'],
  ['muammar', 'moammar', 'muamar', 'moamar', 'muammer'],
  ['anas', 'enes'],
  ['ashraf', 'achraf', 'eshref'],
  ['badr', 'bader', 'badir'],
  ['nasrallah', 'nasrullah'],
  ['jibril', 'jibreel', 'gabril', 'djibril', 'jebril'],
  ['qais', 'qays', 'kais'],
  ['uday', 'odai', 'udai', 'oday'],
  ['qusay', 'qusai', 'kusay'],
  ['mansur', 'mansour', 'mansoor'],
  ['nur', 'noor', 'nour'],
  ['hussam', 'husam', 'hossam'],
  ['ihsan', 'ehsan'],
  ['luay', 'louay', 'loay'],
  ['mahmoud', 'mahmud', 'mahmood', 'makhmud', 'mahmut', 'maxamuud'],
  ['hussein', 'husayn', 'husain', 'hussain', 'husein', 'hossein', 'hosein', 'huseyin', 'husseyn', 'houssein', 'hocine', 'houcine', 'gusein', 'xuseen'],
  ['hassan', 'hasan', 'hasson', 'khasan', 'hassen', 'xasan'],
  ['omar', 'umar', 'omer', 'oumar', 'umer', 'cumar'],
  ['osama', 'usama', 'usamah', 'oussama', 'ossama', 'osamah'],
  ['othman', 'uthman', 'osman', 'usman', 'usmon', 'outhman', 'otman', 'cismaan'],
  ['abdullah', 'abdallah', 'abdulla', 'abdalla', 'abdellah', 'abdollah', 'abdoullah', 'abdula', 'abdullahi', 'cabdullahi'],
  ['ibrahim', 'ebrahim', 'ibragim', 'brahim', 'ibraheem', 'ebraheem'],
  ['ismail', 'ismael', 'esmail', 'ismayil', 'smail', 'ismoil', 'esmaeil', 'ismaaciil'],
  ['yusuf', 'youssef', 'yousef', 'yousif', 'yusif', 'yousuf', 'youcef', 'yosef', 'yussuf', 'yusup', 'yuusuf'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha', 'mostapha', 'moustapha', 'mustafo'],
  ['khalid', 'khaled', 'halid', 'khaleed', 'haled'],
  ['saleh', 'salih'],
  ['said', 'saeed', 'saeid', 'saied', 'sayeed', 'saiid'],
  ['sayyid', 'sayed', 'sayyed', 'seyed', 'seyyed', 'syed', 'sayid', 'seyyid'],
  ['yahya', 'yehia', 'yahia', 'yehya', 'yahiya'],
  ['yaqub', 'yakub', 'yacoub', 'yaqoob', 'yakoub', 'yaakub', 'yagub'],
  ['ayub', 'ayoub', 'ayyub', 'ayoob', 'eyup', 'ayyoub'],
  ['suleiman', 'sulayman', 'sulaiman', 'soliman', 'suleyman', 'sleiman', 'sulejman', 'suliman'],
  ['musa', 'moussa', 'mousa', 'mussa', 'moosa'],
  ['isa', 'issa', 'eissa', 'eisa'],
  ['tariq', 'tarek', 'tarik', 'tareq', 'tarec'],
  ['faisal', 'faysal', 'feisal', 'faycal', 'feysal'],
  ['walid', 'waleed', 'oualid'],
  ['khalil', 'khaleel', 'halil', 'kalil'],
  ['qasim', 'qassem', 'kassem', 'kasim', 'qasem', 'qassim', 'kacem', 'ghasem', 'gasim'],
  ['hamza', 'hamzah', 'hamzeh', 'khamzat'],
  ['murtada', 'murtadha', 'mortada', 'morteza', 'murtaza', 'mourtada'],
  ['mohsen', 'muhsin', 'mohsin', 'muhsen'],
  ['mujtaba', 'mojtaba', 'mujtabah'],
  ['jawad', 'javad', 'djawad'],
  ['kazem', 'kadhim', 'kazim', 'kathem', 'kadim', 'kadem'],
  ['sadiq', 'sadegh', 'sadek', 'sadik', 'saddiq'],
  ['baqir', 'baqer', 'bagher', 'bakir'],
  ['jafar', 'jaafar', 'djafar', 'jaffar', 'cafer', 'dzhafar'],
  ['ridha', 'reza', 'rida', 'redha', 'riza'],
  ['karim', 'kareem', 'kerim'],
  ['rahim', 'raheem', 'rakhim'],
  ['hakim', 'hakeem'],
  ['aziz', 'azeez'],
  ['majid', 'majeed', 'maged', 'madjid', 'mejid'],
  ['samir', 'sameer'],
  ['bashir', 'basheer', 'bechir', 'beshir', 'bachir'],
  ['nazir', 'nazeer', 'nadhir'],
  ['tahir', 'taher', 'tahar'],
  ['jamil', 'jameel', 'gamil', 'djamil', 'cemil'],
  ['jamal', 'gamal', 'djamal', 'djamel', 'cemal', 'jamaal'],
  ['hisham', 'hesham', 'hicham'],
  ['ayman', 'aiman', 'aymen'],
  ['hafiz', 'hafez', 'hafith', 'hafidh'],
  ['imam', 'emam'],
  ['amin', 'ameen', 'emin', 'amine'],
  ['anwar', 'anouar', 'enver', 'anvar'],
  ['idris', 'idriss', 'edris', 'driss'],
  ['zakaria', 'zakariya', 'zakariyya', 'zakariyah', 'zakariah', 'zakarya'],
  ['adil', 'adel', 'aadil'],
  ['jabir', 'jaber', 'jabr'],
  ['zayn', 'zain', 'zein', 'zeyn'],
  ['jihad', 'jehad', 'djihad', 'dzhikhad'],
  ['nasser', 'nasir', 'naser', 'nacer', 'nassir'],
  ['fadil', 'fadel', 'fazil', 'fadhil', 'fazel'],
  ['rashid', 'rasheed', 'rachid', 'rashed', 'reshid'],
  ['hamid', 'hameed', 'hamed', 'khamid'],
  ['bilal', 'belal'],
  ['salim', 'salem', 'selim', 'saleem'],
  ['ayesha', 'aisha', 'aicha', 'aysha', 'ayse', 'aishah'],
  ['fatima', 'fatma', 'fatemeh', 'fatimah', 'fatime'],
  ['khadija', 'khadijah', 'hatice', 'khadidja', 'kadija'],
  ['zaynab', 'zainab', 'zeynep', 'zeinab', 'zaineb'],
  ['maryam', 'mariam', 'meryem', 'mariyam'],
  // Maghreb, Levant and Gulf spellings of more given names ("Faouzi" for Fawzi, "Taoufik" for Tawfiq, "Cherif" for Sharif).
  ['fawzi', 'fawzy', 'fouzi', 'faouzi', 'fauzi'],
  ['murad', 'mourad', 'morad'],
  ['mukhtar', 'mokhtar', 'moukhtar'],
  ['sharif', 'cherif', 'sherif', 'shareef', 'charif'],
  ['tawfiq', 'tawfik', 'taoufik', 'toufik', 'tofik', 'taufik'],
  ['wassim', 'ouassim', 'wasim', 'wassem', 'waseem'],
];

/** Every form of the known Arabic given names (ARABIC_NAME_FORMS). */
const ARABIC_GIVEN_NAMES = new Set(ARABIC_NAME_FORMS.flat());

/**
 * ARABIC_NAME_FORMS as Turkish spells them (Mehmet, Ahmet, Hüseyin, Cemal, Zeynep): the same names,
 * but a Turkish name's other words are written with their vowels, as Turkish writes every word, and
 * are not read by their consonants (hasKnownArabicName): "Mehmet Cingi" is no "Muhammad Sinaga".
 */
export const TURKISH_NAME_FORMS = new Set([
  'mehmet', 'mehmed', 'ahmet', 'fuat', 'faruk', 'kemal', 'muammer', 'huseyin', 'omer', 'halil', 'cafer', 'kerim', 'cemil',
  'cemal', 'enver', 'ayse', 'hatice', 'zeynep', 'meryem', 'eyup', 'suleyman', 'mahmut', 'enes', 'eshref', 'selman',
]);

/** A known Arabic given name's form, or the family name made of it ("Mohammadi"). */
export function isKnownArabicName(word: string): boolean {
  return ARABIC_GIVEN_NAMES.has(word) || (word.endsWith('i') && ARABIC_GIVEN_NAMES.has(word.slice(0, -1)));
}

/** Korean family names as McCune-Reischauer and Revised Romanization spell them (isKoreanName). */
export const KOREAN_FAMILY_NAMES = new Set([
  'kim', 'gim', 'ri', 'rim', 'lee', 'yi', 'li', 'pak', 'park', 'bak', 'choe', 'choi', 'chae', 'chon', 'jon', 'jeon', 'chun',
  'jong', 'chong', 'jeong', 'chung', 'jung', 'o', 'oh', 'han', 'kang', 'gang', 'ko', 'go', 'ju', 'chu', 'jang', 'chang', 'sin',
  'shin', 'yun', 'yoon', 'cho', 'jo', 'paek', 'baek', 'ryu', 'yu', 'mun', 'moon', 'hwang', 'son', 'hyon', 'hyun', 'kwon',
  'gwon', 'ryom', 'yom', 'hong', 'kye', 'kil', 'song', 'sim', 'shim', 'om', 'ro', 'no', 'roh', 'an', 'ahn', 'nam', 'yang',
  'kwak', 'ku', 'koo', 'min', 'im', 'ra', 'na', 'pyon', 'byun', 'chi', 'ji', 'won', 'ok', 'sok', 'tak', 'ryang', 'kung',
  'ho', 'heo', 'hur', 'huh', 'seo', 'suh', 'so', 'bae', 'pae', 'ha', 'yoo', 'cha', 'wang', 'jin', 'chin', 'pang', 'bang', 'ham',
  'kong', 'gong', 'yeo', 'eom', 'um',
]);

/**
 * A name that may be Burmese: two words or more, each a syllable Burmese names are made of or an
 * honorific, one of them Burmese only ("Aung", "Kyaw", "Myint": BURMESE_NAME_SYLLABLES). Burmese
 * names have no family name; lists split them as if ("HLAING, Min Aung" is Min Aung Hlaing).
 */
export function isBurmeseName(words: string[]): boolean {
  let syllables = 0;
  let burmese = false;
  for (const word of words) {
    const kind = BURMESE_NAME_SYLLABLES.get(word);
    if (kind === undefined && !BURMESE_HONORIFICS.has(word)) return false;
    if (kind !== undefined) syllables++;
    burmese ||= kind === 'burmese';
  }
  return syllables >= 2 && burmese;
}

/** Honorifics before a Burmese name: "U" (Mister), "Daw" (Madam), Karen "Saw" and "Naw", Shan "Sai" and "Nang". */
export const BURMESE_HONORIFICS = new Set(['u', 'daw', 'saw', 'naw', 'sai', 'nang', 'sao', 'mahn']);

/**
 * The syllables Burmese names are made of, as the lists romanize them (isBurmeseName): 'burmese' for
 * those no other language's names use alike, 'shared' for those Chinese, Korean, Thai or Vietnamese
 * names have too ("min", "han", "tin").
 */
export const BURMESE_NAME_SYLLABLES = new Map<string, 'burmese' | 'shared'>([
  ...['aung', 'kyaw', 'myint', 'thein', 'htun', 'htay', 'hla', 'maung', 'zaw', 'naing', 'soe', 'thet', 'khin', 'nyunt', 'thant',
    'thura', 'myo', 'lwin', 'phyo', 'kyi', 'mya', 'sein', 'shwe', 'thaw', 'hlaing', 'khine', 'kyaing', 'khaing', 'swe', 'sann',
    'nwe', 'pyae', 'myat', 'wint', 'htet', 'htoo', 'hein', 'tint', 'ohn', 'thiha', 'hmu', 'myaing', 'thaung', 'khant', 'kaung',
    'paing', 'pyone', 'thida', 'nilar', 'ngwe', 'kyawt', 'zeya', 'hnin', 'myit', 'htwe', 'nyein', 'thwe', 'htike', 'linn', 'zaya',
    'oo', 'nyi', 'mg', 'suu'].map((syllable) => [syllable, 'burmese'] as const),
  ...['win', 'tin', 'than', 'tun', 'moe', 'min', 'zin', 'wai', 'yan', 'ye', 'han', 'san', 'ko', 'nay', 'thu', 'lin', 'nu', 'phone',
    'kyu', 'bo', 'yin', 'yee', 'yi', 'lay', 'thi', 'pe', 'mon', 'tha', 'chit', 'lun', 'aye', 'si', 'sit', 'su',
    'ei', 'mar', 'chaw', 'nge', 'wa', 'la', 'ba', 'ni', 'kay', 'cho', 'yu', 'phyu', 'maw', 'tay', 'gyi', 'tar', 'wah']
    .map((syllable) => [syllable, 'shared'] as const),
]);
