// IsolatedHostsFilter: isolated images run only on isolated hosts, and
// (with restrict_isolated_hosts_to_isolated_images) isolated hosts run only
// isolated images.
import type { HostFilter } from '../plugin.js';

export const REASON_ISOLATION = 'image and host isolation do not match';

export const IsolatedHostsFilter: HostFilter = {
  name: 'IsolatedHostsFilter',
  runOncePerRequest: true,
  prepare(req) {
    const { isolatedImages, isolatedHosts, restrictIsolatedHostsToIsolatedImages } = req.config;
    if (isolatedImages.length === 0 && isolatedHosts.length === 0) return undefined;
    const imageIsolated = req.image ? isolatedImages.includes(req.image.id) : false;
    const hosts = new Set(isolatedHosts);
    return (host) => {
      const hostIsolated = hosts.has(host.host);
      const ok = restrictIsolatedHostsToIsolatedImages ? imageIsolated === hostIsolated : !imageIsolated || hostIsolated;
      return ok ? undefined : REASON_ISOLATION;
    };
  },
};
