import { describe, expect, it } from 'vitest';
import { DARK_TEXT, LIGHT_TEXT, levelAt, readableTextOn } from './risk-level.js';

const criteria = {
  levels: [
    { key: 'low', label: 'Low', colour: '#2e7d32' },
    { key: 'high', label: 'High', colour: '#c62828' },
  ],
  matrix: [
    ['low', 'low', 'high'],
    ['low', 'high', 'high'],
  ],
};

describe('levelAt', () => {
  it.each([
    [1, 1, 'low'],
    [1, 3, 'high'],
    [2, 2, 'high'],
    [2, 1, 'low'],
  ])('likelihood %i, consequence %i is %s', (likelihood, consequence, key) => {
    expect(levelAt(criteria, likelihood, consequence)?.key).toBe(key);
  });

  it.each([
    [null, 2],
    [2, null],
    [3, 1],
    [1, 4],
  ])('has no level for (%s, %s)', (likelihood, consequence) => {
    expect(levelAt(criteria, likelihood, consequence)).toBeNull();
  });
});

describe('readableTextOn', () => {
  it.each([
    ['#2e7d32', LIGHT_TEXT],
    ['#f9a825', DARK_TEXT],
    ['#ef6c00', DARK_TEXT],
    ['#c62828', LIGHT_TEXT],
    ['#ffffff', DARK_TEXT],
    ['#000000', LIGHT_TEXT],
    ['red', DARK_TEXT],
  ])('on %s writes in %s', (background, text) => {
    expect(readableTextOn(background)).toBe(text);
  });
});
