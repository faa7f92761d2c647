/**
 * Whether a new password is easy to guess: zxcvbn-ts estimates it against
 * its maintained lists of common passwords, names and words and against
 * keyboard patterns, with the person's own e-mail and name as extra words;
 * a password containing them outright is refused as well. The dictionaries
 * load on first use.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { FieldIssue } from '../domain/errors.js';

/** zxcvbn scores 0–4; 3 means "safely unguessable" against online guessing. */
const MIN_SCORE = 3;
const MIN_OWN_WORD_LENGTH = 4;

let factory: ZxcvbnFactory | undefined;
const estimator = () => (factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** The words of a person's own data a password must not be built from. */
const ownWords = (person: { email: string; name?: string }): string[] => {
  const local = person.email.split('@')[0] ?? '';
  return [local, ...local.split(/[._+-]/), ...(person.name ?? '').split(/\s+/)]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= MIN_OWN_WORD_LENGTH);
};

export const guessablePasswordIssues = (
  password: string,
  person: { email: string; name?: string },
  field = 'password',
): FieldIssue[] => {
  const lowered = password.toLowerCase();
  const words = ownWords(person);
  if (words.some((word) => lowered.includes(word))) {
    return [{ field, reason: 'must not contain your e-mail address or name' }];
  }
  const estimate = estimator().check(password, [person.email, ...words]);
  if (estimate.score < MIN_SCORE) {
    return [
      {
        field,
        reason:
          'is too easy to guess (a common password, a pattern or a variation of one): ' +
          'try a few unrelated words',
      },
    ];
  }
  return [];
};
