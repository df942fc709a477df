export interface IndicatorDefinition {
  code: string;
  name_fa: string;
  name_en: string;
  unit: string;
  polarity: 'higher_better' | 'higher_worse' | 'neutral';
  aggregation: 'sum' | 'weighted_mean';
  weight_indicator: string | null;
  formula: string;
  decimals: number;
}

const labour = 'labour-2016-by-education-sex.csv';
const population = 'population-2016-by-age-sex.csv';
const population2011 = 'population-2011-by-age-sex.csv';

/**
 * The indicators computed from the 2016 census, the counts first: a rate names the count it is weighted
 * by (its own denominator), so that a region's rate is Σ numerator ÷ Σ denominator, never a plain mean.
 */
export const censusIndicators: readonly IndicatorDefinition[] = [
  {
    code: 'population',
    name_fa: 'جمعیت',
    name_en: 'Population',
    unit: 'persons',
    polarity: 'neutral',
    aggregation: 'sum',
    weight_indicator: null,
    formula: `Σ (male + female) over all five-year age groups (${population}). Period 1390: the same sum over ${population2011} (its "unknown" age group included), matched to the 1395 counties by name; a 1390 county that split is shared among its 1395 counties by their 1395 population (estimated)`,
    decimals: 0,
  },
  {
    code: 'active_population',
    name_fa: 'جمعیت فعال اقتصادی',
    name_en: 'Economically active population',
    unit: 'persons',
    polarity: 'neutral',
    aggregation: 'sum',
    weight_indicator: null,
    formula: `Σ Active over all education levels, both sexes (${labour}; the unemployed are included)`,
    decimals: 0,
  },
  {
    code: 'female_active_population',
    name_fa: 'جمعیت فعال اقتصادی زنان',
    name_en: 'Economically active women',
    unit: 'persons',
    polarity: 'neutral',
    aggregation: 'sum',
    weight_indicator: null,
    formula: `Σ Active, Female, over all education levels (${labour})`,
    decimals: 0,
  },
  {
    code: 'working_age_population',
    name_fa: 'جمعیت در سن کار (۱۵ تا ۶۴ سال)',
    name_en: 'Working-age population (15–64)',
    unit: 'persons',
    polarity: 'neutral',
    aggregation: 'sum',
    weight_indicator: null,
    formula: `Σ (male + female) in the age groups 15-19 … 60-64 (${population})`,
    decimals: 0,
  },
  {
    code: 'unemployment_rate',
    name_fa: 'نرخ بیکاری',
    name_en: 'Unemployment rate',
    unit: '%',
    polarity: 'higher_worse',
    aggregation: 'weighted_mean',
    weight_indicator: 'active_population',
    formula: `Σ Unemployed ÷ Σ Active × 100, over all education levels and both sexes (${labour}). A census rate: it differs from the seasonal Labour Force Survey rates`,
    decimals: 1,
  },
  {
    code: 'female_unemployment_rate',
    name_fa: 'نرخ بیکاری زنان',
    name_en: 'Female unemployment rate',
    unit: '%',
    polarity: 'higher_worse',
    aggregation: 'weighted_mean',
    weight_indicator: 'female_active_population',
    formula: `Σ Unemployed, Female ÷ Σ Active, Female × 100, over all education levels (${labour})`,
    decimals: 1,
  },
  {
    code: 'higher_education_share',
    name_fa: 'سهم دارندگان تحصیلات عالی از جمعیت فعال',
    name_en: 'Share of the active population with higher education',
    unit: '%',
    polarity: 'higher_better',
    aggregation: 'weighted_mean',
    weight_indicator: 'active_population',
    formula: `Σ Active in "College" + "Higher education" ÷ Σ Active over all education levels × 100, both sexes (${labour})`,
    decimals: 1,
  },
  {
    code: 'dependency_ratio',
    name_fa: 'نسبت وابستگی سنی',
    name_en: 'Age dependency ratio',
    unit: '%',
    polarity: 'higher_worse',
    aggregation: 'weighted_mean',
    weight_indicator: 'working_age_population',
    formula: `(ages 0–14 + ages 65 and over) ÷ ages 15–64 × 100 (${population})`,
    decimals: 1,
  },
  {
    code: 'youth_share',
    name_fa: 'سهم جوانان (۱۵ تا ۲۹ سال)',
    name_en: 'Youth share (15–29)',
    unit: '%',
    polarity: 'neutral',
    aggregation: 'weighted_mean',
    weight_indicator: 'population',
    formula: `ages 15–29 ÷ all ages × 100 (${population})`,
    decimals: 1,
  },
  {
    code: 'population_growth_rate',
    name_fa: 'نرخ رشد سالانه جمعیت (۱۳۹۰ تا ۱۳۹۵)',
    name_en: 'Annual population growth rate (1390–1395)',
    unit: '%',
    polarity: 'neutral',
    aggregation: 'weighted_mean',
    weight_indicator: 'population',
    formula: `((population 1395 ÷ population 1390)^(1/5) − 1) × 100, stored at period 1395 (${population} and ${population2011}, counties matched by name or by the lineage of data/seeds/county-lineage-1390.ts). A county formed after 1390 gets the rate of its 1390 county's group (estimated); one with no known 1390 county has none. Regions average it weighted by the 1395 population, a close approximation of their compound rate`,
    decimals: 2,
  },
];
