import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';

/** A key pair as an identity provider holds one: the private half signs, the public half is published. */
export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  publicJwk: JWK;
}

export async function signingKey(kid: string, alg: SigningKey['alg'] = 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A JSON Web Key Set served over real HTTP on 127.0.0.1, whose keys can change while it runs (rotation). */
export interface JwksServer {
  url: string;
  /** How many times the key set was fetched. */
  readonly fetches: number;
  /** Replaces the published keys. */
  publish(keys: readonly SigningKey[]): void;
  /**
   * Answers fetches of the key set badly from now on: an HTML page with status 200 (`not-json`), JSON that is not a
   * key set, HTTP 500, or not at all (`hang`: the connection stays open, unanswered). `null` serves the keys again.
   */
  fail(how: JwksFailure | null): void;
  close(): Promise<void>;
}

export type JwksFailure = 'not-json' | 'not-a-key-set' | 'http-500' | 'hang';

export async function startJwksServer(keys: readonly SigningKey[]): Promise<JwksServer> {
  let published = keys;
  let fetches = 0;
  let failure: JwksFailure | null = null;
  const server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    fetches += 1;
    if (failure === 'hang') return;
    if (failure === 'not-json') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Service Unavailable</body></html>');
    if (failure === 'not-a-key-set') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"maintenance"}');
    if (failure === 'http-500') return void res.writeHead(500).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published.map((k) => k.publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    get fetches() {
      return fetches;
    },
    publish(next) {
      published = next;
    },
    fail(how) {
      failure = how;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface IdpClaims {
  iss: string;
  aud: string;
  sub: string;
  role: string;
  purposes?: string[];
  /** jose time span or epoch seconds; negative spans ('-1m') give an expired token. */
  expiresIn?: string | number;
}

/** A token as the production identity provider signs it: asymmetric key, `kid` in the header. */
export function signWith(key: SigningKey, claims: IdpClaims): Promise<string> {
  const { iss, aud, sub, expiresIn, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(iss)
    .setAudience(aud)
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn ?? '10m')
    .sign(key.privateKey);
}
