/**
 * The lineage of the 2016 (1395) census counties that have no namesake in the 2011 (1390) census:
 * which 1390 county each was formed from, and how that is known from the census data themselves.
 *
 * A 1395 county matched to a 1390 county by its normalised Persian name in the same province needs no
 * row. A row is recorded only when the data justify it:
 * - a split: the new county's 1395 polygon touches the 1395 county of the same name as the 1390 parent,
 *   that parent grew markedly less than its province (at least 4 points below it) and the parent with
 *   its new counties grew roughly as its province did (within 15 points), and no other neighbour fits
 *   both tests (the alternatives are named in the note);
 * - a renaming or a move: a 1390 county without a namesake whose successor is the one 1395 county left
 *   unexplained (in its province or, for Tabas, in the whole country), with a similar population.
 * The 1395 counties Aghajari (0626), Sorkheh (2008) and Pardis (2320) have no row: none of their
 * neighbours fell behind its province, so their 1390 parent is not known from these data and their
 * growth is "not available". The note's figures are the census populations (1390 → 1395).
 */
export interface CountyLineage {
  /** The 1395 census county code. */
  code: string;
  /** The 1390 county: its census province code ("00"–"30") and its name as the 2011 table spells it. */
  province1390: string;
  name1390: string;
  /** How this is known. */
  how: string;
}

export const countyLineage1390: readonly CountyLineage[] = [
  {
    code: '0226',
    province1390: '02',
    name1390: 'قائم شهر',
    how: '1395 سیمرغ (0226) was formed from 1390 قائم شهر: its polygon touches 1395 قائم شهر (0210), which went from 320,741 to 309,199 (-3.6 %) while the province grew +6.8 %; قائم شهر + سیمرغ = 328,575 (+2.4 % on 1390)',
  },
  {
    code: '0227',
    province1390: '02',
    name1390: 'سوادکوه',
    how: '1395 سوادکوه شمالی (0227) was formed from 1390 سوادکوه: its polygon touches 1395 سوادکوه (0208), which went from 64,378 to 43,913 (-31.8 %) while the province grew +6.8 %; سوادکوه + سوادکوه شمالی = 68,747 (+6.8 % on 1390)',
  },
  {
    code: '0228',
    province1390: '02',
    name1390: 'چالوس',
    how: '1395 کلاردشت (0228) was formed from 1390 چالوس: its polygon touches 1395 چالوس (0220), which went from 122,736 to 116,542 (-5.0 %) while the province grew +6.8 %; چالوس + کلاردشت = 140,190 (+14.2 % on 1390)',
  },
  {
    code: '0625',
    province1390: '06',
    name1390: 'اهواز',
    how: '1395 حمیدیه (0625) was formed from 1390 اهواز: its polygon touches 1395 اهواز (0603), which went from 1,395,184 to 1,302,591 (-6.6 %) while the province grew +3.9 %; اهواز + حمیدیه + کارون = 1,462,225 (+4.8 % on 1390)',
  },
  {
    code: '0627',
    province1390: '06',
    name1390: 'اهواز',
    how: '1395 کارون (0627) was formed from 1390 اهواز: its polygon touches 1395 اهواز (0603), which went from 1,395,184 to 1,302,591 (-6.6 %) while the province grew +3.9 %; اهواز + کارون + حمیدیه = 1,462,225 (+4.8 % on 1390); Shadegan (0611), its other neighbour, also fell (153,355 → 138,480) but Shadegan + Karun would be +59.3 %',
  },
  {
    code: '0939',
    province1390: '09',
    name1390: 'سبزوار',
    how: '1395 داورزن (0939) was formed from 1390 سبزوار: its polygon touches 1395 سبزوار (0908), which went from 319,893 to 306,310 (-4.2 %) while the province grew +7.3 %; سبزوار + داورزن = 328,221 (+2.6 % on 1390)',
  },
  {
    code: '1024',
    province1390: '10',
    name1390: 'فریدن',
    how: '1395 بوئین میاندشت (1024) was formed from 1390 فریدن: its polygon touches 1395 فریدن (1006), which went from 79,743 to 49,890 (-37.4 %) while the province grew +5.0 %; فریدن + بوئین میاندشت = 74,053 (-7.1 % on 1390)',
  },
  {
    code: '1115',
    province1390: '11',
    name1390: 'زابل',
    how: '1395 نیمروز (1115) was formed from 1390 زابل: its polygon touches 1395 زابل (1104), which went from 259,356 to 165,666 (-36.1 %) while the province grew +9.5 %; زابل + نیمروز + هامون = 255,154 (-1.6 % on 1390)',
  },
  {
    code: '1116',
    province1390: '11',
    name1390: 'زابل',
    how: '1395 هامون (1116) was formed from 1390 زابل: its polygon touches 1395 زابل (1104), which went from 259,356 to 165,666 (-36.1 %) while the province grew +9.5 %; زابل + هامون + نیمروز = 255,154 (-1.6 % on 1390)',
  },
  {
    code: '1117',
    province1390: '11',
    name1390: 'زاهدان',
    how: '1395 میرجاوه (1117) was formed from 1390 زاهدان: its polygon touches 1395 زاهدان (1105), which went from 660,575 to 672,589 (+1.8 %) while the province grew +9.5 %; زاهدان + میرجاوه = 717,946 (+8.7 % on 1390); Khash (1103), its other neighbour, grew +11.7 %',
  },
  {
    code: '1118',
    province1390: '11',
    name1390: 'نیک شهر',
    how: '1395 قصرقند (1118) was formed from 1390 نیک شهر: its polygon touches 1395 نیک شهر (1107), which went from 212,963 to 141,894 (-33.4 %) while the province grew +9.5 %; نیک شهر + قصرقند + فنوج = 252,131 (+18.4 % on 1390)',
  },
  {
    code: '1119',
    province1390: '11',
    name1390: 'نیک شهر',
    how: '1395 فنوج (1119) was formed from 1390 نیک شهر: its polygon touches 1395 نیک شهر (1107), which went from 212,963 to 141,894 (-33.4 %) while the province grew +9.5 %; نیک شهر + فنوج + قصرقند = 252,131 (+18.4 % on 1390)',
  },
  {
    code: '1408',
    province1390: '14',
    name1390: 'شهرکرد',
    how: '1395 سامان (1408) was formed from 1390 شهرکرد: its polygon touches 1395 شهرکرد (1402), which went from 340,382 to 315,980 (-7.2 %) while the province grew +5.9 %; شهرکرد + سامان + بن = 378,922 (+11.3 % on 1390)',
  },
  {
    code: '1409',
    province1390: '14',
    name1390: 'شهرکرد',
    how: '1395 بن (1409) was formed from 1390 شهرکرد: its polygon touches 1395 شهرکرد (1402), which went from 340,382 to 315,980 (-7.2 %) while the province grew +5.9 %; شهرکرد + بن + سامان = 378,922 (+11.3 % on 1390)',
  },
  {
    code: '1511',
    province1390: '15',
    name1390: 'کوهدشت',
    how: '1395 رومشکان (1511) was formed from 1390 کوهدشت: its polygon touches 1395 کوهدشت (1506), which went from 218,921 to 166,658 (-23.9 %) while the province grew +0.4 %; کوهدشت + رومشکان = 205,716 (-6.0 % on 1390)',
  },
  {
    code: '1610',
    province1390: '16',
    name1390: 'دره شهر',
    how: '1395 بدره (1610) was formed from 1390 دره شهر: its polygon touches 1395 دره شهر (1602), which went from 59,551 to 43,708 (-26.6 %) while the province grew +4.0 %; دره شهر + بدره = 59,322 (-0.4 % on 1390)',
  },
  {
    code: '1708',
    province1390: '17',
    name1390: 'کهگیلویه',
    how: '1395 لنده (1708) was formed from 1390 کهگیلویه: its polygon touches 1395 کهگیلویه (1702), which went from 153,695 to 131,351 (-14.5 %) while the province grew +8.3 %; کهگیلویه + لنده = 153,163 (-0.3 % on 1390)',
  },
  {
    code: '1810',
    province1390: '18',
    name1390: 'کنگان',
    how: '1395 عسلویه (1810) was formed from 1390 کنگان: its polygon touches 1395 کنگان (1806), which went from 170,774 to 107,801 (-36.9 %) while the province grew +12.6 %; کنگان + عسلویه = 181,759 (+6.4 % on 1390)',
  },
  {
    code: '1910',
    province1390: '19',
    name1390: 'ابهر',
    how: '1395 سلطانیه (1910) was formed from 1390 ابهر: its polygon touches 1395 ابهر (1901), which went from 169,176 to 151,528 (-10.4 %) while the province grew +4.1 %; ابهر + سلطانیه = 181,008 (+7.0 % on 1390)',
  },
  {
    code: '2006',
    province1390: '20',
    name1390: 'گرمسار',
    how: '1395 آرادان (2006) was formed from 1390 گرمسار: its polygon touches 1395 گرمسار (2004), which went from 81,324 to 77,421 (-4.8 %) while the province grew +11.3 %; گرمسار + آرادان = 91,305 (+12.3 % on 1390)',
  },
  {
    code: '2007',
    province1390: '20',
    name1390: 'شاهرود',
    how: '1395 میامی (2007) was formed from 1390 شاهرود: its polygon touches 1395 شاهرود (2003), which went from 238,830 to 218,628 (-8.5 %) while the province grew +11.3 %; شاهرود + میامی = 257,346 (+7.8 % on 1390)',
  },
  {
    code: '2321',
    province1390: '23',
    name1390: 'ورامین',
    how: '1395 قرچک (2321) was formed from 1390 ورامین: its polygon touches 1395 ورامین (2306), which went from 526,294 to 283,742 (-46.1 %) while the province grew +8.9 %; ورامین + قرچک = 552,880 (+5.1 % on 1390)',
  },
  {
    code: '2606',
    province1390: '26',
    name1390: 'بوئین زهرا',
    how: '1395 آوج (2606) was formed from 1390 بوئین زهرا: its polygon touches 1395 بوئین زهرا (2601), which went from 164,723 to 122,994 (-25.3 %) while the province grew +6.0 %; بوئین زهرا + آوج = 166,792 (+1.3 % on 1390)',
  },
  {
    code: '2808',
    province1390: '28',
    name1390: 'بجنورد',
    how: '1395 راز و جرگلان (2808) was formed from 1390 بجنورد: its polygon touches 1395 بجنورد (2802), which went from 365,896 to 324,083 (-11.4 %) while the province grew -0.5 %; بجنورد + راز و جرگلان = 383,293 (+4.8 % on 1390)',
  },
  {
    code: '2909',
    province1390: '29',
    name1390: 'قائنات',
    how: '1395 زیرکوه (2909) was formed from 1390 قائنات: its polygon touches 1395 قائنات (2904), which went from 152,401 to 116,181 (-23.8 %) while the province grew +5.1 %; قائنات + زیرکوه = 156,336 (+2.6 % on 1390); the province figure leaves out Tabas, which joined it from Yazd',
  },
  {
    code: '2910',
    province1390: '29',
    name1390: 'بیرجند',
    how: '1395 خوسف (2910) was formed from 1390 بیرجند: its polygon touches 1395 بیرجند (2901), which went from 259,506 to 261,324 (+0.7 %) while the province grew +5.1 %; بیرجند + خوسف = 288,924 (+11.3 % on 1390); Nehbandan (2905) also fell (57,258 → 51,449) but Nehbandan + Khusf would be +38.1 %; the province figure leaves out Tabas, which joined it from Yazd',
  },
  {
    code: '3005',
    province1390: '30',
    name1390: 'کرج',
    how: '1395 اشتهارد (3005) was formed from 1390 کرج: its polygon touches 1395 کرج (3001), which went from 2,024,765 to 1,973,470 (-2.5 %) while the province grew +12.4 %; کرج + اشتهارد + فردیس = 2,283,175 (+12.8 % on 1390)',
  },
  {
    code: '3006',
    province1390: '30',
    name1390: 'کرج',
    how: '1395 فردیس (3006) was formed from 1390 کرج: its polygon touches 1395 کرج (3001), which went from 2,024,765 to 1,973,470 (-2.5 %) while the province grew +12.4 %; کرج + فردیس + اشتهارد = 2,283,175 (+12.8 % on 1390)',
  },
  {
    code: '0933',
    province1390: '09',
    name1390: 'تخت جلگه',
    how: 'renamed: 1390 تخت جلگه (42,739) is the one 1390 county of Khorasan Razavi without a namesake in 1395, and فیروزه (0933, 37,539) the one new 1395 county of the province not explained by a neighbour that fell behind (داورزن is explained by سبزوار)',
  },
  {
    code: '1113',
    province1390: '11',
    name1390: 'زابلی',
    how: 'renamed: 1390 زابلی (62,756) is the one 1390 county of Sistan and Baluchestan without a namesake in 1395, and مهرستان (1113, 70,579, +12.5 % while the province grew +9.5 %) the one new 1395 county none of whose neighbours (ایرانشهر, خاش, سرباز, سیب و سوران) fell behind the province',
  },
  {
    code: '1604',
    province1390: '16',
    name1390: 'شیروان وچرداول',
    how: 'split: 1390 شیروان و چرداول (72,167) has no namesake in 1395; its name joins the two new 1395 counties چرداول (1604, 57,381) and سیروان (1609, 14,404), which touch each other: together 71,785 (-0.5 % on 1390)',
  },
  {
    code: '1609',
    province1390: '16',
    name1390: 'شیروان وچرداول',
    how: 'split: 1390 شیروان و چرداول (72,167) has no namesake in 1395; its name joins the two new 1395 counties چرداول (1604, 57,381) and سیروان (1609, 14,404), which touch each other: together 71,785 (-0.5 % on 1390)',
  },
  {
    code: '2108',
    province1390: '21',
    name1390: 'صدوق',
    how: 'renamed: 1390 صدوق (33,192) is the one 1390 county of Yazd without a namesake in 1395 (besides طبس, which moved), and اشکذر (2108, 32,566) the one new 1395 county of Yazd',
  },
  {
    code: '2911',
    province1390: '21',
    name1390: 'طبس',
    how: 'moved province: 1390 طبس of Yazd (69,658) has no namesake in Yazd in 1395; the one 1395 طبس (2911, 72,617, +4.2 %) is in South Khorasan, which it joined after 1390',
  },
];
