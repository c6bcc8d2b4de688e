import { dirname, join } from 'node:path';
import express, { Router } from 'express';

const asset = (pkg: string, ...parts: string[]) => join(dirname(require.resolve(`${pkg}/package.json`)), ...parts);

/**
 * GraphiQL for development, served from the graphiql, react and react-dom packages in node_modules (no CDN).
 * The page asks for a bearer token (from `idgraph token`) and sends it with every request; the token stays in
 * the browser's localStorage.
 */
export function graphiqlRouter(graphqlPath: string): Router {
  const router = Router();
  router.get('/assets/react.js', (_req, res) => res.sendFile(asset('react', 'umd', 'react.production.min.js')));
  router.get('/assets/react-dom.js', (_req, res) => res.sendFile(asset('react-dom', 'umd', 'react-dom.production.min.js')));
  router.use('/assets/graphiql', express.static(asset('graphiql'), { index: false }));
  router.get('/', (_req, res) => {
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
      token = prompt('Bearer token (bin/idgraph token --role steward --sub you)') || '';
      localStorage.setItem(key, token);
    }
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)}, headers: { authorization: 'Bearer ' + token } });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
  </script>
</body>
</html>`;
}
