/**
 * Signed checkpoints of the audit trail: for every chain, how many entries it
 * had and the hash of its newest one, at a moment, signed with the
 * installation's key. A checkpoint kept outside the system proves that
 * nothing it covers was removed or rewritten since: a chain that is now
 * shorter, missing, or holds another entry at the checkpoint's head fails.
 */
import { canonicalJson } from './canonical-json.js';

export const CHECKPOINT_FORMAT = 'aims-audit-checkpoint/1';

export interface ChainHead {
  readonly chain: string;
  /** Entries in the chain, which is also the sequence number of its newest entry. */
  readonly entries: number;
  readonly headHash: string;
}

export interface CheckpointBody {
  readonly format: typeof CHECKPOINT_FORMAT;
  readonly createdAt: string;
  /** Sorted by chain. */
  readonly chains: readonly ChainHead[];
  /** The installation's Ed25519 public key (SPKI, DER, base64) that signed it. */
  readonly publicKey: string;
}

export interface Checkpoint extends CheckpointBody {
  /** Ed25519 over the canonical JSON of the body, base64. */
  readonly signature: string;
}

/** The exact text that is signed. */
export const signedText = (body: CheckpointBody): string =>
  canonicalJson({
    format: body.format,
    createdAt: body.createdAt,
    chains: body.chains.map(({ chain, entries, headHash }) => ({ chain, entries, headHash })),
    publicKey: body.publicKey,
  });

/** What a chain lacks, or holds instead, measured against a checkpoint. */
export type CheckpointBreak =
  | {
      readonly reason: 'entries_missing';
      readonly chain: string;
      /** The missing range of sequence numbers, inclusive. */
      readonly fromSequence: number;
      readonly toSequence: number;
    }
  | {
      readonly reason: 'checkpoint_head_mismatch';
      readonly chain: string;
      readonly sequence: number;
    };

/**
 * Compares the chains as they are now (each verified on its own) with a
 * checkpoint: each chain it names must still hold at least as many entries,
 * with the same hash at the checkpoint's head. Reports the first difference,
 * in chain order.
 */
export const compareWithCheckpoint = (
  checkpoint: Pick<CheckpointBody, 'chains'>,
  hashAt: (chain: string, sequence: number) => string | undefined,
  lengthOf: (chain: string) => number,
): CheckpointBreak | undefined => {
  for (const head of checkpoint.chains) {
    const length = lengthOf(head.chain);
    if (length < head.entries) {
      return {
        reason: 'entries_missing',
        chain: head.chain,
        fromSequence: length + 1,
        toSequence: head.entries,
      };
    }
    if (head.entries > 0 && hashAt(head.chain, head.entries) !== head.headHash) {
      return { reason: 'checkpoint_head_mismatch', chain: head.chain, sequence: head.entries };
    }
  }
  return undefined;
};

const isChainHead = (value: unknown): value is ChainHead => {
  const head = value as Partial<ChainHead> | null;
  return (
    typeof head?.chain === 'string' &&
    Number.isInteger(head.entries) &&
    (head.entries ?? -1) >= 0 &&
    typeof head.headHash === 'string'
  );
};

/** Reads a checkpoint from its JSON form; undefined when it is not one. */
export const parseCheckpoint = (value: unknown): Checkpoint | undefined => {
  const candidate = value as Partial<Checkpoint> | null;
  if (
    candidate?.format !== CHECKPOINT_FORMAT ||
    typeof candidate.createdAt !== 'string' ||
    typeof candidate.publicKey !== 'string' ||
    typeof candidate.signature !== 'string' ||
    !Array.isArray(candidate.chains) ||
    !candidate.chains.every(isChainHead)
  ) {
    return undefined;
  }
  return {
    format: CHECKPOINT_FORMAT,
    createdAt: candidate.createdAt,
    chains: candidate.chains.map(({ chain, entries, headHash }) => ({ chain, entries, headHash })),
    publicKey: candidate.publicKey,
    signature: candidate.signature,
  };
};
