// Public surface of @tavazon/geo: one pure function per file, re-exported here.
export {};
