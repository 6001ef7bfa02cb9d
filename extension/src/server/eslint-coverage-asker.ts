import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ESLINT_COVERAGE_REQUEST, type EslintCoverage, type EslintCoverageParams } from '../shared/protocol';
import type { Notices } from './notices';

/**
 * Asks the client whether the ESLint extension lints a document. Answers `null` (nobody says it does) when
 * the client did not offer to answer, the document is gone, or the answer is not one.
 */
export function eslintCoverageAsker(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  notices: Notices,
  clientAnswers: boolean,
): (uri: string) => Promise<EslintCoverage | null> {
  return async (uri) => {
    const document = documents.get(uri);
    if (!clientAnswers || !document) return null;
    const params: EslintCoverageParams = { uri, languageId: document.languageId };
    try {
      const answer: unknown = await connection.sendRequest(ESLINT_COVERAGE_REQUEST, params);
      if (isCoverage(answer)) return answer;
      notices.error(`The client's answer to ${ESLINT_COVERAGE_REQUEST} is not one: ${JSON.stringify(answer)}.`);
    } catch (error) {
      notices.error(`Asking the client whether the ESLint extension lints ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return null;
  };
}

function isCoverage(value: unknown): value is EslintCoverage {
  const candidate = value as Partial<EslintCoverage> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.lints === 'boolean' && typeof candidate.reason === 'string';
}
