/**
 * --shard i/n: split a batch across n CI jobs. The sorted file list is dealt out round-robin (file k
 * goes to shard k mod n + 1), so shards differ in size by at most one file and a file keeps its shard
 * as long as the files before it do not change.
 */
import { BatchOptionError } from './options.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new BatchOptionError(`--shard expects i/n with whole numbers 1 <= i <= n (e.g. 2/4), not "${value}".`);
  }
  return { index, count };
}

/** The files of one shard, in sorted order. `files` need not be sorted. */
export function shardFiles(files: readonly string[], shard: Shard | string): string[] {
  const { index, count } = typeof shard === 'string' ? parseShard(shard) : checkShard(shard);
  const sorted = [...files].sort();
  return sorted.filter((_, k) => k % count === index - 1);
}

function checkShard(shard: Shard): Shard {
  return parseShard(`${shard.index}/${shard.count}`);
}
