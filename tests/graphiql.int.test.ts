import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { graphql } from './support/graphql-client';
import { JwksServer, signingKey, startJwksServer } from './support/jwks-server';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runnable = existsSync(CHROMIUM);
if (!runnable && process.env.CI === 'true') throw new Error(`GraphiQL test needs ${CHROMIUM}`);
const describeWithBrowser = runnable ? describe : describe.skip;
if (!runnable) process.stdout.write(`graphiql test skipped: no Chromium at ${CHROMIUM}\n`);

const QUERY = '{ viewer { role subject purposes } }';

/** Every request the page makes, and which of them failed or were answered with an error status. */
function recordTraffic(page: Page) {
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return { requests, failures };
}

type CodeMirrorElement = { CodeMirror: { getValue(): string; setValue(value: string): void } };

/** Puts a query into GraphiQL's editor (CodeMirror 5 keeps its instance on the element) and runs it. */
async function runQuery(page: Page, query: string): Promise<void> {
  await page.$eval('.graphiql-query-editor .CodeMirror', (element, q) => (element as unknown as CodeMirrorElement).CodeMirror.setValue(q), query);
  await page.locator('.graphiql-execute-button').click();
}

/** The result pane's JSON, once it holds text matching `expected`. */
async function resultPane(page: Page, expected: RegExp): Promise<unknown> {
  const pane = page.locator('.graphiql-response .CodeMirror');
  await page.waitForFunction(`${expected.toString()}.test(document.querySelector('.graphiql-response')?.textContent ?? '')`);
  return JSON.parse(await pane.evaluate((element) => (element as unknown as CodeMirrorElement).CodeMirror.getValue())) as unknown;
}

const storedToken = (page: Page) => page.evaluate<string | null>("localStorage.getItem('idgraph-token')");

describeWithBrowser('GraphiQL in headless Chromium (NODE_ENV=development)', () => {
  let t: TestApp;
  let api: ApiServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0', NODE_ENV: 'development' });
    api = await startApiServer(t.app);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await t?.close();
  });

  it('loads only from the server itself, asks for a token once, keeps it in localStorage and shows the answer to a query', async () => {
    expect(api.ideUrl).not.toBeNull();
    const token = await tokenFor(t.app, 'steward', 'graphiql-dev');
    const context = await browser.newContext();
    const page = await context.newPage();
    const traffic = recordTraffic(page);
    const prompts: string[] = [];
    page.on('dialog', async (dialog) => {
      prompts.push(dialog.type());
      await dialog.accept(token);
    });

    await page.goto(api.ideUrl!, { waitUntil: 'networkidle' });
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(prompts).toEqual(['prompt']);
    await expect(storedToken(page)).resolves.toBe(token);

    await runQuery(page, QUERY);
    const shown = await resultPane(page, /"subject"/);
    const direct = await graphql(api.url, QUERY, {}, token);
    expect(shown).toEqual({ data: direct.data });
    expect(shown).toEqual({ data: { viewer: { role: 'STEWARD', subject: 'graphiql-dev', purposes: [] } } });

    // A second visit uses the kept token and does not ask again.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(prompts).toEqual(['prompt']);

    const origin = new URL(api.ideUrl!).origin;
    const scriptsAndStyles = traffic.requests.filter((url) => /\.(js|css)(\?|$)/.test(url));
    expect(scriptsAndStyles.length).toBeGreaterThanOrEqual(4);
    expect(traffic.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(traffic.failures).toEqual([]);
    await context.close();
  });

  it('asks again rather than keeping an empty token when the prompt is cancelled', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const prompts: string[] = [];
    page.on('dialog', async (dialog) => {
      prompts.push(dialog.type());
      await dialog.dismiss();
    });
    await page.goto(api.ideUrl!, { waitUntil: 'networkidle' });
    await expect(storedToken(page)).resolves.toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    expect(prompts).toEqual(['prompt', 'prompt']);
    await context.close();
  });

  it('forgets a token the server refuses (expired), shows the refusal, and asks for a new one on reload', async () => {
    const expired = await tokenFor(t.app, 'steward', 'graphiql-dev', [], '-1m');
    const context = await browser.newContext();
    const page = await context.newPage();
    const prompts: string[] = [];
    page.on('dialog', async (dialog) => {
      prompts.push(dialog.type());
      await dialog.accept(expired);
    });
    await page.goto(api.ideUrl!, { waitUntil: 'networkidle' });
    await runQuery(page, QUERY);
    expect(await resultPane(page, /UNAUTHENTICATED/)).toMatchObject({ errors: [{ message: 'authorization: the token has expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(storedToken(page)).resolves.toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    expect(prompts).toEqual(['prompt', 'prompt']);
    await context.close();
  });

  it('redirects /graphiql to /graphiql/, where the relative asset links resolve', async () => {
    const page = await browser.newPage();
    const traffic = recordTraffic(page);
    page.on('dialog', (dialog) => dialog.dismiss());
    await page.goto(api.ideUrl!.replace(/\/$/, ''), { waitUntil: 'networkidle' });
    expect(page.url()).toBe(api.ideUrl);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    // The cancelled prompt leaves no token: the schema fetch is refused (401), and nothing else fails.
    expect(traffic.failures.filter((f) => !f.endsWith('/graphql: HTTP 401'))).toEqual([]);
    await page.close();
  });
});

describe('GraphiQL outside development', () => {
  let t: TestApp;
  let jwks: JwksServer;
  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0', NODE_ENV: 'test' });
    jwks = await startJwksServer([await signingKey('idp')]);
  });
  afterAll(async () => {
    await jwks?.close();
    await t?.close();
  });

  it.each(['test', 'production'] as const)('is not served when NODE_ENV=%s: HTTP 404 for the page and its assets', async (nodeEnv) => {
    const api = await startApiServer({ ...t.app, config: { ...t.app.config, NODE_ENV: nodeEnv, AUTH_JWKS_URL: jwks.url } });
    try {
      expect(api.ideUrl).toBeNull();
      const base = new URL(api.url).origin;
      for (const path of ['/graphiql/', '/graphiql', '/graphiql/assets/react.js', '/graphiql/assets/graphiql/graphiql.min.js']) {
        const response = await fetch(`${base}${path}`, { redirect: 'manual' });
        expect([path, response.status]).toEqual([path, 404]);
      }
    } finally {
      await api.stop();
    }
  });
});
