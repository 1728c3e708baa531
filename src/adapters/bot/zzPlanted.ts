import { openSqliteStore } from '../sqlite/sqliteStore';
export const x = openSqliteStore;
