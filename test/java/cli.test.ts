// keepalive-lint on a folder holding Java: .java files are scanned with no configuration, with the same flags, exit
// codes and report shapes as JavaScript.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from '../cli/run-in-process';

const CLIENT = `import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

class Client {
  CloseableHttpClient client = HttpClients.createDefault();
}
`;

describe('keepalive-lint on Java files', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-java-cli-'));
    mkdirSync(join(folder, 'src'), { recursive: true });
    writeFileSync(join(folder, 'src', 'Client.java'), CLIENT);
    writeFileSync(join(folder, 'src', 'Plain.java'), 'class Plain { int x = 1; }\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('finds the client among the Java files, with no configuration, and exits 1', async () => {
    const run = await runInProcess(['.'], folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /src\/Client\.java\n\s+5:32\s+error\s+`HttpClients\.createDefault\(\)` has no keep-alive strategy/);
    assert.match(run.stdout, /Scanned 2 files: 1 keep-alive finding/);
  });

  it('takes the same settings flags, and writes the JSON report ESLint formatters read', async () => {
    const run = await runInProcess(['src/Client.java', '--servers', 'go-net-http', '--format', 'json'], folder);
    assert.equal(run.status, 0);
    const [result] = JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[];
    assert.equal(result!.filePath, join(folder, 'src', 'Client.java'));
    assert.deepEqual(result!.messages, []);
    const flagged = await runInProcess(['src/Client.java', '--format', 'json'], folder);
    const [found] = JSON.parse(flagged.stdout) as { messages: { ruleId: string; line: number; suggestions: unknown[] }[] }[];
    assert.deepEqual(found!.messages.map((message) => [message.ruleId, message.line, message.suggestions.length]), [['keepalive/require-idle-timeout', 5, 1]]);
  });
});
