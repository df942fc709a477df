// An ILLUSTRATIVE grouping of Isfahan province's 24 census-1395 counties into 7 planning regions, by
// geography (the Isfahan metropolis, the Zayandeh-rud valley west of it, Kashan in the north, the desert
// east, the south, the Zagros highlands in the west and north-west). The official 1399 membership is not
// public; this seed exists so that region features can be shown and tested.
export interface RegionSeed {
  code: string;
  name_fa: string;
  name_en: string;
  /** 4-digit census-1395 county codes. */
  counties: string[];
}

export interface RegionSchemeSeed {
  seed_key: string;
  boundary_set: string;
  province_code: string;
  name_fa: string;
  name_en: string;
  illustrative: boolean;
  note_fa: string;
  note_en: string;
  regions: RegionSeed[];
}

export const isfahanRegions: RegionSchemeSeed = {
  seed_key: 'isfahan-planning-regions-illustrative',
  boundary_set: 'census-1395',
  province_code: 'IR-10',
  name_fa: 'مناطق برنامه‌ریزی استان اصفهان (نمونه)',
  name_en: 'Planning regions of Isfahan province (illustrative)',
  illustrative: true,
  note_fa:
    'ترکیب رسمی مناطق برنامه‌ریزی مصوب ۱۳۹۹ منتشر نشده است؛ این گروه‌بندی بر پایه جغرافیا و تنها برای نمایش ساخته شده است.',
  note_en:
    'The official 1399 membership of the planning regions is not public; this grouping follows geography and is for demonstration only.',
  regions: [
    {
      code: 'central',
      name_fa: 'اصفهان مرکزی',
      name_en: 'Central Isfahan',
      counties: ['1002', '1022', '1016', '1003'], // Isfahan, Borkhar, Shahinshahr and Meymeh, Khomeyni Shahr
    },
    {
      code: 'zayandeh-rud',
      name_fa: 'نجف‌آباد و لنجانات',
      name_en: 'Najafabad and the Lenjanat',
      counties: ['1014', '1019', '1008', '1012', '1017'], // Najafabad, Tiran and Karvan, Falavarjan, Lenjan, Mobarakeh
    },
    {
      code: 'north',
      name_fa: 'شمال (کاشان)',
      name_en: 'North (Kashan)',
      counties: ['1010', '1018', '1015'], // Kashan, Aran and Bidgol, Natanz
    },
    {
      code: 'east',
      name_fa: 'شرق (نائین و اردستان)',
      name_en: 'East (Nain and Ardestan)',
      counties: ['1013', '1001', '1023'], // Nain, Ardestan, Khur and Biabanak
    },
    {
      code: 'south',
      name_fa: 'جنوب (شهرضا و سمیرم)',
      name_en: 'South (Shahreza and Semirom)',
      counties: ['1009', '1005', '1021'], // Shahreza, Semirom, Dehaqan
    },
    {
      code: 'west',
      name_fa: 'غرب (فریدن)',
      name_en: 'West (Fereydan)',
      counties: ['1006', '1007', '1020', '1024'], // Fereydan, Fereydunshahr, Chadegan, Buin Miandasht
    },
    {
      code: 'north-west',
      name_fa: 'شمال غرب (گلپایگان و خوانسار)',
      name_en: 'North-west (Golpayegan and Khansar)',
      counties: ['1011', '1004'], // Golpayegan, Khansar
    },
  ],
};
