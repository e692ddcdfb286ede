# Verbatim in a container: one node process (PID 1 receives SIGTERM and drains the replies in
# flight before it exits; `npm start` would put npm in between, which exits at once and orphans
# the bot). Mount the articles at /app/data/articles and pass the settings as environment variables.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY data ./data
COPY tsconfig.json ./
ENV NODE_ENV=production VERBATIM_CACHE_DIR=/app/.cache/verbatim
CMD ["node", "--import", "tsx", "src/index.ts"]
