#!/usr/bin/env node
// kumo-api: the public gRPC API (stateless; run as many as you like).
import { ApiServer } from '../../pkg/api/server.js';
import { runService } from '../../pkg/util/service.js';

await runService('kumo-api', 'Serves the public gRPC API; forwards to conductors and instance actors over NATS.', async ({ config, system, log }) => {
  const api = new ApiServer(system, log);
  const port = await api.start(config.api);
  return { service: api, ready: { endpoint: `${config.api.host}:${port}`, port } };
});
