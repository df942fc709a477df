// Sectors of the driver projects: every code used in source-documents/driver-projects.csv, with its names.
export interface SectorSeed {
  code: string;
  name_fa: string;
  name_en: string;
}

export const sectors: readonly SectorSeed[] = [
  { code: 'agriculture', name_fa: 'کشاورزی', name_en: 'Agriculture' },
  { code: 'education', name_fa: 'آموزش', name_en: 'Education' },
  { code: 'energy', name_fa: 'انرژی', name_en: 'Energy' },
  { code: 'handicrafts', name_fa: 'صنایع دستی', name_en: 'Handicrafts' },
  { code: 'health', name_fa: 'سلامت', name_en: 'Health' },
  { code: 'ict', name_fa: 'ارتباطات و فناوری اطلاعات', name_en: 'Information and communication technology' },
  { code: 'industry', name_fa: 'صنعت', name_en: 'Industry' },
  { code: 'knowledge-based', name_fa: 'اقتصاد دانش‌بنیان', name_en: 'Knowledge-based economy' },
  { code: 'mining', name_fa: 'معدن', name_en: 'Mining' },
  { code: 'services', name_fa: 'خدمات', name_en: 'Services' },
  { code: 'tourism', name_fa: 'گردشگری', name_en: 'Tourism' },
  { code: 'transport', name_fa: 'حمل‌ونقل', name_en: 'Transport' },
  { code: 'water', name_fa: 'آب', name_en: 'Water' },
];
