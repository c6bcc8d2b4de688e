# The identity-graph API and worker (docker-compose.yml picks the command). tsx runs the TypeScript directly, so
# the dev dependencies are installed too.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY . .
USER node
CMD ["npx", "tsx", "src/server.ts"]
