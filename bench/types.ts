import type { Browser } from 'playwright-core';
import type { BenchCouch } from './couchdb';
import type { BenchOptions } from './options';
import type { Tablet } from './tablet';

/** One line of the table: a figure with its spread, or the reason it could not be measured. */
export interface Row {
	id: string;
	figure: string;
	conditions: string;
	/** Median (min–max) and whatever the row adds (p95, bytes, requests…); absent when `reason` says why. */
	result?: string;
	budget: string;
	/** met / missed against the budget; `report` where the issue asks for a figure without a budget. */
	verdict: 'met' | 'missed' | 'report' | 'not run';
	/** Why the row has no figure (the row could not run). */
	reason?: string;
	/** What dominates the figure, how it was taken, anything a reader needs to trust it. */
	note?: string;
}

export interface BenchContext {
	options: BenchOptions;
	/** Chromium, shared by the rows that need no profile of their own. */
	browser(): Promise<Browser>;
	/** The app served by the real server (server/main.ts, fresh data dir), shared by the app rows. */
	appUrl(): Promise<string>;
	/** The signed-in, seeded tablet (bench/tablet.ts), shared by the save, search, heap and start rows. */
	tablet(): Promise<Tablet>;
	/** One Apache CouchDB node for the CouchDB rows (bench/couchdb.ts), started once, emptied at each call; rejects with why when there is none. */
	couch(): Promise<BenchCouch>;
	log(message: string): void;
}

export interface RowModule {
	/** The ids of the rows it produces, in table order. */
	ids: readonly string[];
	/** Rows it gives when it cannot run at all. */
	measure(ctx: BenchContext): Promise<Row[]>;
}

export function notRun(base: Omit<Row, 'verdict' | 'reason' | 'result'>, reason: string): Row {
	return { ...base, verdict: 'not run', reason };
}
