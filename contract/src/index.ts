// The contract between the server and the web: request and response schemas, enumerations, the error
// catalogue and the few rules both sides apply. The server validates with these schemas; the web takes
// its types from them (z.infer), so neither keeps a hand-written copy.
export * from './analysis.ts';
export * from './apiTokens.ts';
export * from './auth.ts';
export * from './coverage.ts';
// The public portal: search, suggestions and open data.
export * from './downloads.ts';
export * from './enums.ts';
export * from './errorCodes.ts';
export * from './errors.ts';
export * from './fieldIssue.ts';
export * from './geojson.ts';
export * from './ids.ts';
export * from './importColumns.ts';
export * from './imports.ts';
export * from './need.ts';
export * from './ogc.ts';
export * from './organisations.ts';
export * from './ownIndicators.ts';
export * from './params.ts';
export * from './places.ts';
export * from './projectInput.ts';
export * from './projectPaging.ts';
export * from './projectRules.ts';
export * from './projects.ts';
export * from './provinceRights.ts';
export * from './regionSchemes.ts';
export * from './review.ts';
export * from './scenarios.ts';
export * from './search.ts';
export * from './suggestions.ts';
export * from './tiles.ts';
