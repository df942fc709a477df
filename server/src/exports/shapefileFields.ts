// DBF field names have at most 10 characters. These are the short names of the project and county
// fields in a Shapefile (docs/api.md lists them; every exported zip also holds `<layer>_fields.csv`
// with the mapping), and the project import reads them back to the import's column names.

export const shortFieldNames: Record<string, string> = {
  description: 'descr',
  source_status: 'src_status',
  location_precision: 'loc_prec',
  county_name_fa: 'cnty_fa',
  county_name_en: 'cnty_en',
  executing_agency: 'exec_agncy',
  supporting_agencies: 'supp_agncy',
  executing_org_id: 'exec_org',
  supporting_org_ids: 'supp_orgs',
  source_document: 'source_doc',
  source_date: 'src_date',
  investment_unit: 'inv_unit',
  private_share: 'priv_share',
  expected_jobs: 'exp_jobs',
  status_before: 'status_bfr',
  // Indicators of the census (counties).
  youth_share: 'youth_shr',
  dependency_ratio: 'depend_rat',
  active_population: 'active_pop',
  unemployment_rate: 'unemp_rate',
  female_unemployment_rate: 'f_unemp_rt',
  higher_education_share: 'high_edu',
  population_growth_rate: 'pop_growth',
  working_age_population: 'work_age',
  female_active_population: 'f_active',
};

const longFieldNames = new Map(Object.entries(shortFieldNames).map(([long, short]) => [short, long]));

/** The long name of a short DBF field name (unknown names are kept). */
export const longFieldName = (short: string) => longFieldNames.get(short.toLowerCase()) ?? short;

/**
 * Short names for a layer's fields: the table above, else the first 10 characters, made unique with a
 * number at the end (an indicator a planner defined may have any code).
 */
export function shortNames(fields: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const field of fields) {
    let name = shortFieldNames[field] ?? field.slice(0, 10);
    for (let i = 1; taken.has(name.toLowerCase()); i++) name = `${field.slice(0, 10 - String(i).length)}${i}`;
    taken.add(name.toLowerCase());
    names.set(field, name);
  }
  return names;
}
