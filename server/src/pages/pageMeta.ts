import type { Sql } from '@tavazon/data';
import { findCounty } from '../counties/countyDetail.ts';
import { provinceDetail } from '../provinces/provinceDetail.ts';
import { projectFeatureById } from '../queries/projectFeatures.ts';

/** What a link preview shows of a page: its title and a sentence about it. */
export interface PageMeta {
  title: string;
  description: string;
}

const site = 'توازن';
const code = /^[A-Za-z0-9-]{1,40}$/;
const both = (fa: string, en: string | null | undefined) => (en && en !== fa ? `${fa} (${en})` : fa);
const shorten = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

/**
 * The title and description of a county, province or project page, looked up as a visitor would see it
 * (an unpublished project has none, so its title never leaks into a preview); null for any other path,
 * or a thing that does not exist, which then gets the plain app shell.
 */
export async function pageMeta(sql: Sql, path: string): Promise<PageMeta | null> {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'county' && parts.length === 3 && code.test(parts[1]!) && code.test(parts[2]!)) {
    const county = await findCounty(sql, parts[1]!, parts[2]!);
    if (!county) return null;
    return {
      title: `شهرستان ${county.name_fa} · ${site}`,
      description: `شهرستان ${both(county.name_fa, county.name_en)}، استان ${both(county.province.name_fa, county.province.name_en)}: شاخص‌ها، پروژه‌های پیشران و پیشنهادهای مردم.`,
    };
  }
  if (parts[0] === 'province' && parts.length === 2 && /^IR-[0-9]{2}$/.test(parts[1]!)) {
    const province = await provinceDetail(sql, 'current', parts[1]!);
    if (!province) return null;
    return {
      title: `استان ${province.name_fa} · ${site}`,
      description: `استان ${both(province.name_fa, province.name_en)}: ${province.counties.length.toLocaleString('fa-IR')} شهرستان، پروژه‌های پیشران و پیشنهادهای مردم.`,
    };
  }
  if (parts[0] === 'project' && parts.length === 2 && /^[1-9][0-9]{0,15}$/.test(parts[1]!)) {
    const text = await projectFeatureById(sql, Number(parts[1]), { internal: false });
    if (!text) return null;
    const p = (JSON.parse(text) as { properties: ProjectProps }).properties;
    const where = `شهرستان ${p.county_name_fa}`;
    const progress = p.progress === null ? '' : ` · پیشرفت ${p.progress.toLocaleString('fa-IR')}٪`;
    return {
      title: `${shorten(p.title_fa, 90)} · ${site}`,
      description: shorten(
        p.description ? `${where}${progress}: ${p.description}` : `پروژهٔ پیشران در ${where}${progress}.`,
        200,
      ),
    };
  }
  return null;
}

interface ProjectProps {
  title_fa: string;
  description: string | null;
  county_name_fa: string;
  progress: number | null;
}
