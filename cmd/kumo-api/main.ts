#!/usr/bin/env node
// kumo-api: the public gRPC API (stateless; run as many as you like).
import { ApiServer } from '../../pkg/api/server.js';
import { serverTlsEnabled } from '../../pkg/security/tls.js';
import { runService } from '../../pkg/util/service.js';

await runService('kumo-api', 'Serves the public gRPC API; forwards to conductors and instance actors over NATS.', async ({ config, system, log }) => {
  const api = new ApiServer(system, log);
  // Keystone's bootstrap password (how `kumo up` makes its admin): from the environment only, never a flag or file.
  const port = await api.start({ ...config.api, stateReplicas: config.stateReplicas, bootstrapAdminPassword: process.env['KUMO_BOOTSTRAP_ADMIN_PASSWORD'] || undefined });
  const tls = serverTlsEnabled(config.api.tls);
  // The endpoint says how to reach it: https:// when TLS is on, so clients given it use TLS.
  return { service: api, ready: { endpoint: `${tls ? 'https://' : ''}${config.api.host}:${port}`, port, tls, mtls: Boolean(config.api.tls.clientCa) } };
});
