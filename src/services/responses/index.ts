// The response schemas of the API: records (./records) and composed answers (./views).
export * as R from './records';
export * as V from './views';
