import type { Stability } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { badRequest } from '../errors.ts';
import { rankStabilityOffThread } from '../workers/pool.ts';
import { type NeedParams, needScore, rankOrder } from './needScore.ts';

export interface StabilityParams extends NeedParams {
  draws: number;
  seed: number;
  concentration: number;
  topK: number;
}

/**
 * How far each county's need rank depends on the weights (geo's `rankStability`: seeded Dirichlet draws
 * around the weights plus each criterion left out), computed on a worker thread so that the server
 * keeps answering meanwhile. `robust`: among the top k neediest even at its 95th-percentile rank —
 * "in need whatever the weights"; the others depend on the weights.
 *
 * @throws as `needScore` does; 400 naming `topK` when it exceeds the counties scored
 */
export async function needStability(sql: Sql, params: StabilityParams): Promise<Stability> {
  const { answer, needMatrix, weights, codes } = await needScore(sql, params);
  if (params.topK > codes.length) {
    throw badRequest(
      'field.invalid',
      { field: 'topK', path: 'topK', issue: 'too_big', maximum: codes.length, origin: 'number' },
      `topK: must be at most ${codes.length}, the counties scored`,
      'topK',
    );
  }
  const result = await rankStabilityOffThread(needMatrix, {
    weights,
    method: params.method,
    draws: params.draws,
    concentration: params.concentration,
    seed: params.seed,
    topK: params.topK,
  });
  // The table's rank (needScore's) rather than the worker's, which rounds scores alike but separately.
  const rankOf = new Map(answer.units.map((u) => [u.code, u.rank]));
  const units = codes
    .map((code, i) => ({
      code,
      rank: rankOf.get(code) ?? result.rank[i]!,
      low: result.low[i]!,
      median: result.median[i]!,
      high: result.high[i]!,
      topShare: result.topShare[i]!,
      robust: result.high[i]! <= params.topK,
    }))
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
  return {
    set: answer.set,
    period: answer.period,
    province: answer.province,
    method: answer.method,
    draws: params.draws,
    weightings: result.weightings,
    seed: params.seed,
    concentration: params.concentration,
    topK: params.topK,
    rankOrder,
    units,
  };
}
