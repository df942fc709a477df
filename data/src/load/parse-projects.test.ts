import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { parseProjects, projectSourceKey } from './parse-projects.ts';

const header = 'province_iso,county_fa,county_en,title_fa,title_en,sector,status,source,source_date';
const sectors = new Set(['agriculture', 'energy']);

describe('parseProjects', () => {
  it('maps existing to operational and keeps the source word', () => {
    const { projects, problems } = parseProjects(
      parseCsv(
        `${header}\nIR-19,ایجرود,Ijrud,حفظ تولید گندم,Wheat,agriculture,existing,Minutes,1398-07-17\n`,
      ),
      sectors,
    );
    expect(problems).toEqual([]);
    expect(projects[0]).toMatchObject({
      status: 'operational',
      source_status: 'existing',
      source_date: '1398-07-17',
    });
  });

  it('re-joins an unquoted comma in the English title and reports it', () => {
    const { projects, problems } = parseProjects(
      parseCsv(
        `${header}\nIR-19,ایجرود,Ijrud,سد گلابر (۲۴۰۰ هکتار),Golabar dam (2,400 ha),agriculture,study,Minutes,1398-07-17\n`,
      ),
      sectors,
    );
    expect(projects[0]).toMatchObject({
      title_fa: 'سد گلابر (۲۴۰۰ هکتار)',
      title_en: 'Golabar dam (2,400 ha)',
      sector: 'agriculture',
    });
    expect(problems).toEqual([expect.objectContaining({ line: 2, loaded: true })]);
  });

  it('reports and skips rows it cannot read', () => {
    const { projects, problems } = parseProjects(
      parseCsv(
        `${header}\nIR-19,ایجرود,Ijrud,الف,A,space,idea,S,\nIR-19,ایجرود,Ijrud,ب,B,energy,maybe,S,\nIR-19,x,y,z\n`,
      ),
      sectors,
    );
    expect(projects).toEqual([]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'unknown sector «space»'],
      [3, 'unknown status «maybe»'],
      [4, '4 fields for 9 columns'],
    ]);
  });

  it('keeps an empty or year-month source date as given', () => {
    const { projects } = parseProjects(
      parseCsv(
        `${header}\nIR-10,کرمان,Kerman,الف,A,energy,idea,S,\nIR-10,کرمان,Kerman,ب,B,energy,idea,S,1404-05\n`,
      ),
      sectors,
    );
    expect(projects.map((p) => p.source_date)).toEqual([null, '1404-05']);
  });
});

describe('projectSourceKey', () => {
  it('is stable under spelling variants of the same names', () => {
    expect(projectSourceKey('IR-19', 'ايجرود', 'گازرساني')).toBe(
      projectSourceKey('IR-19', 'ایجرود', 'گازرسانی'),
    );
    expect(projectSourceKey('IR-19', 'ایجرود', 'الف')).not.toBe(projectSourceKey('IR-19', 'ایجرود', 'ب'));
  });
});
