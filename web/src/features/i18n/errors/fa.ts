import type { ErrorParams } from '@tavazon/contract';
import type { ErrorWords, Wording } from './wording.ts';

const expected: Record<string, string> = {
  number: 'عدد',
  int: 'عدد صحیح',
  string: 'متن',
  boolean: '«بله» یا «خیر»',
  object: 'یک شیء',
  array: 'یک فهرست',
  date: 'تاریخی معتبر میان سال‌های ۱۹۰۰ تا ۲۱۹۹ میلادی',
  solar_date: 'تاریخ خورشیدی به شکل ۱۴۰۲ یا ۱۴۰۲-۰۵ یا ۱۴۰۲-۰۵-۱۲',
  boundary_set: 'کد یک مجموعهٔ مرزها',
  province: 'کد یک استان (مانند IR-10)',
  county: 'کد یک شهرستان',
  indicator: 'کد یک شاخص',
  period: 'یک دوره (مانند ۱۳۹۵)',
  sector: 'کد یک بخش',
  region_code: 'کدی از حروف کوچک لاتین، رقم و خط تیره',
  username: '۲ تا ۴۰ حرف لاتین، رقم، نقطه، خط تیره یا زیرخط',
  plain_text: 'متنی بدون نویسه‌های کنترلی',
  solar_day: 'روزی خورشیدی به شکل ۱۳۹۸/۰۷/۲۸',
  solar_month: 'ماهی خورشیدی به شکل \u2066۱۳۹۸-۰۷\u2069',
};

/** The rule a value broke, without the field's name (a form shows it under the field). */
export function issueFa(p: ErrorParams<'field.invalid'>, w: Wording): string {
  const what = p.origin === 'string' ? ' نویسه' : p.origin === 'array' ? ' مورد' : '';
  switch (p.issue) {
    case 'type':
      return `باید ${expected[p.expected ?? ''] ?? 'از نوع دیگری'} باشد.`;
    case 'too_small':
      if (p.origin === 'string' && p.minimum === 1) return 'نباید خالی باشد.';
      return p.origin === 'number'
        ? `باید دست‌کم ${w.num(p.minimum ?? 0)} باشد.`
        : `دست‌کم ${w.num(p.minimum ?? 0)}${what} لازم است.`;
    case 'too_big':
      if (p.origin === 'number' && (p.maximum ?? 0) >= 1e15) return 'بیش از حد بزرگ است.';
      return p.origin === 'number'
        ? `باید حداکثر ${w.num(p.maximum ?? 0)} باشد.`
        : `حداکثر ${w.num(p.maximum ?? 0)}${what} مجاز است.`;
    case 'one_of':
      return `باید یکی از این‌ها باشد: ${w.code(p.values ?? [])}`;
    case 'format':
      return p.expected && expected[p.expected] ? `باید ${expected[p.expected]} باشد.` : 'شکل آن درست نیست.';
    default:
      return 'مقدار معتبری نیست.';
  }
}

export const errorsFa: ErrorWords = {
  // Without the field's name: a form shows it under its field, a table in its column.
  'field.invalid': (p, w) => issueFa(p, w),
  'field.unknown': (p, w) => `${w.code(p.path)} از فیلدهای این درخواست نیست.`,
  'field.requires': (p, w) => `${w.code(p.field)} بدون ${w.code(p.requires)} معنا ندارد.`,
  'request.refused': (p, w) => `سرور درخواست را نپذیرفت (${w.num(p.status)}).`,
  'request.no_route': (p, w) => `چنین نشانی‌ای در سرور نیست: ${w.code(`${p.method} ${p.path}`)}`,
  'body.content_type': () => 'درخواست باید به شکل JSON فرستاده شود.',
  'body.malformed': () => 'درخواست JSON معتبری نیست.',
  'body.not_object': () => 'درخواست باید یک شیء JSON باشد.',
  'request.idempotency_mismatch': () => 'این ارسال پیش‌تر برای درخواست دیگری به کار رفته است؛ دوباره بفرستید.',
  'request.idempotency_in_progress': (p, w) =>
    `همین ارسال هنوز در حال ذخیره است؛ ${w.num(p.retryAfter)} ثانیه دیگر دوباره بکوشید.`,
  'body.too_large': (p, w) => `درخواست بزرگ‌تر از ${w.num(p.limitMb)} مگابایت است.`,
  'database.refused': (p, w) => `پایگاه داده مقدار ${w.code(p.field)} را نپذیرفت.`,
  'database.duplicate': (p, w) => `این ${w.code(p.field)} از پیش وجود دارد.`,
  'server.busy': (p, w) =>
    `سرور سرگرم درخواست‌های سنگین دیگری است؛ ${w.num(p.retryAfter)} ثانیه دیگر دوباره بکوشید.`,
  'server.unavailable': () => 'پایگاه داده در دسترس نیست؛ کمی بعد دوباره بکوشید.',
  'server.internal': () => 'در سرور خطایی رخ داد.',
  'metrics.forbidden': () => 'آمار سرور تنها از خود سرور یا با نشانهٔ دسترسی خواندنی است.',
  'server.disk_full': () => 'دیسک پایگاه داده پر است و چیزی ذخیره نشد؛ به مدیر سامانه خبر دهید.',

  'auth.sign_in_required': () => 'نخست وارد حساب خود شوید.',
  'auth.wrong_credentials': () => 'نام کاربری یا گذرواژه نادرست است.',
  'auth.too_many_attempts': (p, w) =>
    `تلاش‌های ناموفق ورود بیش از حد است؛ ${w.num(p.minutes)} دقیقهٔ دیگر دوباره بکوشید.`,
  'auth.role_required': () => 'حساب شما اجازهٔ این کار را ندارد.',
  'auth.cross_site': () => 'درخواستی از وبگاه دیگر نمی‌تواند چیزی را تغییر دهد.',
  'auth.csrf': () => 'نشست شما تغییر کرده است؛ صفحه را دوباره بارگذاری کنید.',
  'auth.wrong_password': () => 'گذرواژهٔ کنونی نادرست است.',

  'boundary_set.not_found': (p, w) => `مجموعهٔ مرزهای ${w.code(p.set)} وجود ندارد.`,
  'province.not_found': (p, w) => `استان ${w.code(p.province)} وجود ندارد.`,
  'province.unknown': (p, w) => `استان‌های ناشناخته: ${w.code(p.provinces)}`,
  'county.not_found': (p, w) => `شهرستان ${w.code(p.county)} در این مجموعهٔ مرزها نیست.`,
  'indicator.not_found': (p, w) => `شاخص ${w.code(p.indicator)} وجود ندارد.`,
  'indicator.no_values': (p, w) =>
    p.period
      ? `شاخص ${w.code(p.indicator)} برای دورهٔ ${w.digits(p.period)} در این مرزها مقداری ندارد.`
      : `شاخص ${w.code(p.indicator)} در این مرزها مقداری ندارد.`,
  'indicator.read_only': (p, w) => `شاخص ${w.code(p.indicator)} از سرشماری است و ویرایش‌پذیر نیست.`,
  'indicator.not_owner': (p, w) =>
    `شاخص ${w.code(p.indicator)} را کس دیگری ساخته است؛ فقط سازندهٔ آن یا مدیر سامانه می‌تواند آن را تغییر دهد.`,
  'indicator.code_taken': (p, w) => `شاخصی با کد ${w.code(p.indicator)} از پیش وجود دارد.`,
  'indicator.weight_unknown': (p, w) => `وزن ${w.code(p.weight)} شاخص شمارشیِ سرشماری نیست (مانند جمعیت).`,
  'sector.unknown': (p, w) => `بخش ناشناخته: ${w.code(p.sectors)}`,

  'project.not_found': (p, w) => `پروژهٔ شمارهٔ ${w.num(p.id)} پیدا نشد.`,
  'project.end_before_start': (p, w) =>
    `تاریخ پایان (${w.date(p.end)}) پیش از تاریخ شروع (${w.date(p.start)}) است.`,
  'project.status_transition': (p, w) =>
    p.reason === 'reopen_needs_admin'
      ? 'فقط مدیر سامانه می‌تواند پروژهٔ لغوشده را دوباره باز کند.'
      : p.reason === 'final'
        ? `وضعیت ${w.code(p.from)} پایانی است.`
        : `وضعیت از ${w.code(p.from)} به ${w.code(p.to)} نمی‌تواند تغییر کند.`,
  'project.outside_counties': () => 'این مکان در هیچ شهرستانی از ایران نیست.',
  'project.province_forbidden': (p, w) =>
    p.allowed.length
      ? `این مکان در ${w.code(p.province)} است؛ شما فقط در ${w.code(p.allowed)} می‌توانید پروژه ویرایش کنید.`
      : `این مکان در ${w.code(p.province)} است و شما اجازهٔ ویرایش پروژه در هیچ استانی را ندارید.`,
  'project.stale': () => 'کس دیگری در این میان این پروژه را تغییر داده است.',
  'project.progress_exists': (p, w) => `برای ${w.date(p.reported_on)} پیش‌تر گزارشی ثبت شده است.`,

  'user.not_found': (p, w) => `کاربر شمارهٔ ${w.num(p.id)} پیدا نشد.`,
  'user.username_taken': (p, w) => `نام کاربری ${w.code(p.username)} پیش‌تر گرفته شده است.`,
  'user.last_admin': () => 'این آخرین مدیر فعال سامانه است.',

  'region_scheme.not_found': (p, w) => `طرح منطقه‌بندی شمارهٔ ${w.num(p.id)} پیدا نشد.`,
  'region_scheme.national_needs_unlimited': () =>
    'طرح منطقه‌بندی سراسری را فقط ویرایشگری بدون محدودیت استانی می‌تواند ثبت کند.',
  'region_scheme.stale': () => 'کس دیگری در این میان این طرح را تغییر داده است؛ آن را دوباره بارگذاری کنید.',
  'region_scheme.duplicate_region': (p, w) => `کد منطقهٔ ${w.code(p.code)} دو بار به کار رفته است.`,
  'region_scheme.membership': () => 'هر شهرستان باید دقیقاً در یک منطقه باشد.',
  'region_scheme.other_set': (p, w) => `این طرح منطقه‌بندی بر مرزهای ${w.code(p.schemeSet)} است.`,
  'region_scheme.other_province': (p, w) =>
    `این طرح منطقه‌بندی فقط استان ${w.code(p.schemeProvince)} را دربر می‌گیرد.`,
  'region_scheme.incomplete': (p, w) =>
    `این طرح منطقه‌بندی ${w.num(p.count)} شهرستان از محدوده را به هیچ منطقه‌ای نسپرده است.`,

  'analysis.too_few_counties': (p, w) =>
    p.measure === 'moran'
      ? `آمارهٔ موران دست‌کم ${w.num(p.needed)} شهرستان با مقدار و همسایه لازم دارد؛ ${w.num(p.found)} شهرستان هست.`
      : `شاخص ترکیبی دست‌کم ${w.num(p.needed)} شهرستان با همهٔ شاخص‌ها لازم دارد؛ ${w.num(p.found)} شهرستان هست.`,
  'analysis.constant_values': (p, w) =>
    `${w.code(p.indicator)} در همهٔ شهرستان‌ها یک مقدار دارد و الگویی برای سنجش ندارد.`,
  'analysis.neutral_polarity': (p, w) =>
    `${w.code(p.indicator)} جهت ندارد (بیشتر بودنش نه بهتر است نه بدتر)؛ جهتی برایش برگزینید یا کنارش بگذارید.`,
  'analysis.weight_count': (p, w) => `${w.num(p.weights)} وزن برای ${w.num(p.indicators)} شاخص داده شده است.`,
  'analysis.zero_weights': () => 'همهٔ وزن‌ها نباید صفر باشند.',
  'analysis.no_complete_counties': (p, w) =>
    `هیچ شهرستانی در این محدوده برای دورهٔ ${w.digits(p.period)} مقدار ${w.code(p.indicators)} را ندارد.`,
  'analysis.negative_values': (p, w) =>
    `سنجه‌های نابرابری مقدار نامنفی لازم دارند، ولی ${w.code(p.indicator)} در ${w.code(p.county)} برابر ${w.num(p.value)} است.`,
  'analysis.all_zero': (p, w) => `${w.code(p.indicator)} در همهٔ شهرستان‌های محدوده صفر است.`,
  'analysis.weight_zero': (p, w) =>
    `${w.code(p.weight)} در همهٔ شهرستان‌هایی که ${w.code(p.indicator)} صفر نیست، صفر است.`,

  'import.unsupported_type': (p, w) => `این نوع پرونده پذیرفته نیست (${w.code(p.what)}).`,
  'import.form_unreadable': () => 'بارگذاری خوانده نشد.',
  'import.no_file_field': () => 'بارگذاری پرونده‌ای ندارد.',
  'import.empty': () => 'پرونده خالی است.',
  'import.too_large': (p, w) =>
    `پرونده بزرگ‌تر از ${w.num(p.limitMb)} مگابایت است؛ آن را به چند پرونده تقسیم کنید.`,
  'import.too_many_rows': (p, w) =>
    `پرونده بیش از ${w.num(p.max)} ردیف دارد؛ آن را به چند پرونده تقسیم کنید.`,
  'import.too_complex': (p, w) =>
    `خواندن پرونده بیش از ${w.num(p.seconds)} ثانیه یا ${w.num(p.heapMb)} مگابایت حافظه می‌خواهد؛ آن را به چند پرونده تقسیم کنید.`,
  'import.too_many_columns': (p, w) => `پرونده بیش از ${w.num(p.max)} ستون دارد.`,
  'import.record_too_long': (p, w) =>
    `سطر ${w.num(p.line)} بیش از ${w.num(p.max)} نویسه دارد؛ آیا این پرونده ${w.code('CSV')} است؟`,
  'import.not_csv': (p, w) =>
    `پرونده ${w.code('CSV')} خوانایی نیست: نقل‌قولی که نزدیک سطر ${w.num(p.line)} باز شده هرگز بسته نمی‌شود.`,
  'import.not_utf8': (_p, w) =>
    `پرونده متن ${w.code('UTF-8')} نیست؛ آن را با قالب «${w.code('CSV UTF-8')}» ذخیره کنید.`,
  'import.not_xlsx': () => 'پرونده کارپوشهٔ XLSX خوانایی نیست.',
  'import.xlsx_too_large': () => 'کارپوشه پس از گشودن بیش از حد بزرگ است؛ آن را به چند پرونده تقسیم کنید.',
  'import.not_json': () => 'پرونده JSON (GeoJSON) معتبری نیست.',
  'import.not_feature_collection': () => 'پرونده باید یک FeatureCollection از GeoJSON باشد.',
  'import.rejected': (p, w) => `${w.num(p.count)} مشکل پیدا شد؛ هیچ پروژه‌ای وارد نشد.`,

  'import.missing': (p) =>
    p.column === 'title_fa' ? 'عنوان فارسی ندارد؛ هر پروژه باید عنوان فارسی داشته باشد.' : 'خالی است.',
  'import.unknown_sector': (p, w) => `بخش ناشناخته است؛ بخش‌های شناخته‌شده: ${w.code(p.known)}`,
  'import.unknown_status': (p, w) => `وضعیت ناشناخته است؛ وضعیت‌های مجاز: ${w.code(p.known)}`,
  'import.not_number': () => 'عدد نیست.',
  'import.not_date': (_p, w) =>
    `تاریخ خوانا نیست؛ به شکل ۱۴۰۲/۰۵/۱۲ (خورشیدی) یا ${w.code('2023-08-03')} بنویسید.`,
  'import.not_solar_hijri': () => 'تاریخ خورشیدیِ معتبری نیست.',
  'import.not_real_date': () => 'تاریخ معتبری میان سال‌های ۱۹۰۰ تا ۲۱۹۹ میلادی نیست.',
  'import.not_boolean': () => 'باید «بله» یا «خیر» باشد (یا yes/no، true/false).',
  'import.swapped_coordinates': (p, w) =>
    `عرض و طول جغرافیایی جابه‌جا نوشته شده‌اند: (عرض ${w.num(p.lat)}، طول ${w.num(p.lng)}) بیرون از ایران است، ولی با جابه‌جایی درون ایران می‌افتد؛ دو ستون را جابه‌جا کنید.`,
  'import.outside_iran': (p, w) => `مختصات (عرض ${w.num(p.lat)}، طول ${w.num(p.lng)}) بیرون از ایران است.`,
  'import.outside_counties': (p, w) =>
    `مکان (عرض ${w.num(p.lat)}، طول ${w.num(p.lng)}) در هیچ شهرستانی از ایران نیست.`,
  'import.province_forbidden': (p, w) =>
    p.allowed.length
      ? `این مکان در شهرستان ${p.county} (${w.code(p.province)}) است؛ شما فقط در ${w.code(p.allowed)} می‌توانید پروژه بیفزایید.`
      : `این مکان در شهرستان ${p.county} (${w.code(p.province)}) است و شما اجازهٔ افزودن پروژه در هیچ استانی را ندارید.`,
  'import.duplicate_row': (p, w) => `تکراری است: همان عنوانِ ردیف ${w.num(p.earlier)} در شهرستان ${p.county}.`,
  'import.in_registry': (p, w) =>
    `پروژه‌ای با همین عنوان در شهرستان ${p.county} از پیش ثبت شده است (پروژهٔ شمارهٔ ${w.num(p.project)}).`,
  'import.unknown_column': (p, w) => `ستون ناشناخته است؛ ستون‌های پذیرفته: ${w.code(p.known)}`,
  'import.required_column': () => 'این ستونِ لازم در پرونده نیست.',
  'import.no_rows': () => 'پرونده هیچ ردیفی ندارد.',
  'import.field_count': (p, w) => `${w.num(p.fields)} خانه دارد، ولی پرونده ${w.num(p.columns)} ستون دارد.`,
  'import.properties_not_object': () => 'ویژگی‌های (properties) این عارضه باید یک شیء باشد.',
  'import.bad_cell': () => 'باید متن، عدد، درست/نادرست یا فهرستی از نام‌ها باشد.',
  'import.bad_geometry': () => 'هندسه باید یک نقطه (Point) با [طول، عرض] باشد.',
  'import.unknown_county': (p) =>
    p.suggestions.length
      ? `چنین شهرستانی در این مرزبندی نیست؛ نزدیک‌ترین نام‌ها: ${p.suggestions.join('، ')}`
      : 'چنین شهرستانی در این مرزبندی نیست.',
  'import.ambiguous_county': (p) =>
    `چند شهرستان این نام را دارند (${p.candidates.join('، ')})؛ کد شهرستان را بنویسید.`,
  'import.duplicate_period': (p, w) =>
    `تکراری است: همان شهرستان (${p.county}) و همان دوره (${w.digits(p.period)}) در ردیف ${w.num(p.earlier)} آمده است.`,
  'import.percent_range': () => 'درصد باید میان ۰ تا ۱۰۰ باشد.',
  'import.not_period': () =>
    'دوره باید یک سال (مانند ۱۴۰۲) یا سال و ماه خورشیدی (مانند \u2066۱۴۰۲-۰۷\u2069) باشد.',
  'import.unknown_organisation': (p) =>
    `هیچ سازمانی به نام «${p.name}» ثبت نشده است؛ نخست آن را در فهرست سازمان‌ها بیفزایید.`,
  'organisation.not_found': (p, w) => `سازمان ${w.num(p.id)} یافت نشد.`,
  'organisation.unknown': (p, w) =>
    `این شناسه‌ها در فهرست نیستند: ${p.ids.map((i) => w.digits(String(i))).join('، ')}`,
  'organisation.in_use': (p, w) =>
    `این سازمان در کار است و پاک نمی‌شود: ${[
      p.projects.length ? `${w.num(p.projects.length)} پروژه` : '',
      p.decisions.length ? `${w.num(p.decisions.length)} مصوبه` : '',
      p.meetings.length ? `${w.num(p.meetings.length)} جلسه` : '',
      p.patronages.length ? `${w.num(p.patronages.length)} شهرستان زیر حمایت` : '',
    ]
      .filter(Boolean)
      .join('، ')}.`,
  'organisation.stale': () => 'دیگری این سازمان را در این میان ویرایش کرده است؛ دوباره بارگیری کنید.',
  'organisation.national_needs_unlimited': () =>
    'سازمان ملی (بدون استان) را تنها ویرایشگری بی‌محدودیت استانی می‌تواند ثبت کند.',
  'patronage.not_found': (p, w) => `حمایت ${w.num(p.id)} یافت نشد.`,
  'meeting.not_found': (p, w) => `جلسهٔ ${w.num(p.id)} یافت نشد.`,
  'meeting.stale': () => 'دیگری این جلسه را در این میان ویرایش کرده است؛ دوباره بارگیری کنید.',
  'meeting.too_far_ahead': (p, w) =>
    `تاریخ جلسه (${w.digits(p.held_on)}) بیش از یک سال پس از امروز است؛ دیرترین تاریخ ${w.digits(p.latest)} است.`,
  'decision.not_found': (p, w) => `مصوبهٔ ${w.num(p.id)} یافت نشد.`,
  'decision.stale': () => 'دیگری این مصوبه را در این میان ویرایش کرده است؛ دوباره بارگیری کنید.',
  'decision.duplicate_number': (p, w) => `شمارهٔ ${w.num(p.number)} در این جلسه تکراری است.`,
  'review.not_a_day': (p, w) => `چنین روزی در تقویم نیست: ${w.digits(p.value)}`,
  'review.other_province': () => 'این پروژه‌ها یا شهرستان‌ها در استان این جلسه نیستند.',
  // The officials' workspace (issue 10).
  'scenario.not_found': (p, w) => `سناریوی شمارهٔ ${w.num(p.id)} پیدا نشد.`,
  'scenario.stale': () => 'کس دیگری در این میان این سناریو را تغییر داده است؛ آن را دوباره بارگذاری کنید.',
  'scenario.status': (p) =>
    `این کار در وضعیت کنونی سناریو («${{ draft: 'پیش‌نویس', submitted: 'ارسال‌شده', approved: 'تصویب‌شده', returned: 'برگشت‌خورده' }[p.status]}») ممکن نیست.`,
  'scenario.county_outside': (p, w) =>
    `شهرستان ${w.code(p.county)} (ردیف ${w.num(p.index + 1)}) در استان ${w.code(p.province)} سناریو نیست.`,
  'scenario.decide_forbidden': (p, w) =>
    `تصویب یا برگشت سناریوهای استان ${w.code(p.province)} با مدیر یا تصویب‌کنندهٔ همان استان است.`,
  'scenario.note_required': () => 'برای برگشت سناریو، دلیل آن را در یادداشت بنویسید.',
};
