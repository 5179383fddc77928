# One image for the API and the worker; the command chooses which runs.
# The console's static files are built in a stage of their own, with the dev dependencies that
# build them; the image itself carries only the runtime dependencies and the built files.
FROM node:20-bookworm-slim AS console
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run console:build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Dev dependencies stay out; tsx (a runtime dependency) runs the TypeScript directly.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
COPY --from=console /build/dist/console ./dist/console
RUN chown -R node:node /app
USER node
EXPOSE 3000
CMD ["node_modules/.bin/tsx", "api/main.ts"]
