import { dirname, join } from 'node:path';
import express, { Router } from 'express';

const asset = (pkg: string, ...parts: string[]) => join(dirname(require.resolve(`${pkg}/package.json`)), ...parts);

/**
 * GraphiQL for development, served from the graphiql, react and react-dom packages in node_modules (no CDN).
 * The page asks for a bearer token (from `idgraph token`) and sends it with every request; the token stays in
 * the browser's localStorage until the server refuses it (HTTP 401), then the next load asks again. The page
 * links its assets relative to `/graphiql/`, so `/graphiql` redirects there.
 */
export function graphiqlRouter(graphqlPath: string): Router {
  const router = Router();
  router.get('/assets/react.js', (_req, res) => res.sendFile(asset('react', 'umd', 'react.production.min.js')));
  router.get('/assets/react-dom.js', (_req, res) => res.sendFile(asset('react-dom', 'umd', 'react-dom.production.min.js')));
  router.use('/assets/graphiql', express.static(asset('graphiql'), { index: false }));
  router.get('/', (req, res) => {
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return res.redirect(301, `${req.baseUrl}/`);
    res.type('html').send(page(graphqlPath));
  });
  return router;
}

function page(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>identity-graph GraphiQL</title>
  <link rel="stylesheet" href="assets/graphiql/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL...</div>
  <script src="assets/react.js"></script>
  <script src="assets/react-dom.js"></script>
  <script src="assets/graphiql/graphiql.min.js"></script>
  <script>
    const key = 'idgraph-token';
    let token = localStorage.getItem(key);
    if (!token) {
      token = (prompt('Bearer token (bin/idgraph token --role steward --sub you)') || '').trim();
      if (token) localStorage.setItem(key, token);
    }
    // A refused token (expired, another secret) is forgotten, so that reloading the page asks for a new one.
    const forgetRefused = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) localStorage.removeItem(key);
      return response;
    };
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)}, headers: { authorization: 'Bearer ' + token }, fetch: forgetRefused });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
  </script>
</body>
</html>`;
}
