import { describe, expect, it } from 'vitest';
import { checkWordFile } from './wordFile';

describe('checkWordFile', () => {
  it('accepts a non-empty .docx file whatever the case of its extension', () => {
    expect(checkWordFile({ name: 'Guidance.DOCX', size: 1200 })).toBeNull();
  });

  it('names what is wrong with the choice', () => {
    expect(checkWordFile(null)).toBe('missing');
    expect(checkWordFile({ name: 'Guidance.doc', size: 1200 })).toBe('notDocx');
    expect(checkWordFile({ name: 'Guidance.docx.pdf', size: 1200 })).toBe('notDocx');
    expect(checkWordFile({ name: 'Guidance.docx', size: 0 })).toBe('empty');
  });
});
