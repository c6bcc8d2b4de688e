/**
 * Placeholder detection for opaque identifiers (loyalty cards, CRM ids, account numbers). These are
 * compared as issued, so there is no normalisation here, only the junk check; the caller passes the value
 * already trimmed. Reasons name the identifier type, never the value.
 */
import { foldPlaceholder, isAllSameCharacter, isPlaceholderWord, isSequentialDigits } from './placeholders';

/** Digit runs this long or longer ("123456", "123456789", "0123456789", "987654321") are placeholders. */
const MIN_SEQUENTIAL = 6;

/**
 * Why `normalisedValue` is a placeholder rather than a real `type` identifier, or null if it looks real.
 * Separators (spaces, dashes, dots) are ignored, so "0000-0000" counts as all zeros.
 */
export function isJunkIdentifier(type: string, normalisedValue: string): string | null {
  const value = foldPlaceholder(normalisedValue);
  if (value.length === 0) return `${type} is empty`;
  if (isPlaceholderWord(value)) return `${type} is a placeholder word`;
  const compact = value.replace(/[\s._/-]/g, '');
  if (compact.length === 0) return `${type} has only separators`;
  if (isAllSameCharacter(compact)) return `${type} is one character repeated`;
  if (isSequentialDigits(compact, MIN_SEQUENTIAL)) return `${type} is a run of consecutive digits`;
  return null;
}
