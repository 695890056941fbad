import type { TestProject } from 'vitest/node';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { adminQuery, databaseUrl } from './postgres-admin.ts';

/** Runs older than this that left databases behind (killed half-way) are cleaned up by the next run. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const PREFIX = 'mentorship_test_';

/**
 * Once per PostgreSQL run: checks the server answers, migrates one template database that every
 * test copies, and drops every database of this run at the end.
 */
export default async function setup(project: TestProject) {
  const startedAt = Date.now();
  const runPrefix = `${PREFIX}${startedAt}_${Math.random().toString(36).slice(2, 8)}_`;
  await dropDatabases((name) => {
    const started = Number(name.slice(PREFIX.length).split('_')[0]);
    return Number.isFinite(started) && started < startedAt - STALE_AFTER_MS;
  });
  const template = `${runPrefix}template`;
  await adminQuery(`create database "${template}"`);
  const db = connect(databaseUrl(template), { poolSize: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  project.provide('postgresTemplate', template);
  project.provide('postgresRunPrefix', runPrefix);
  return async () => dropDatabases((name) => name.startsWith(runPrefix));
}

async function dropDatabases(which: (name: string) => boolean) {
  const { rows } = await adminQuery(`select datname from pg_database where datname like '${PREFIX}%'`);
  for (const { datname } of rows as { datname: string }[]) {
    if (which(datname)) await adminQuery(`drop database if exists "${datname}" with (force)`);
  }
}
