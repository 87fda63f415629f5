// FlavorService, ImageService, KeypairService and HypervisorService: thin
// edges over the conductor's catalog and host table.
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { FlavorServiceHandlers } from '../gen/kumo/compute/v1/FlavorService.js';
import type { HypervisorServiceHandlers } from '../gen/kumo/compute/v1/HypervisorService.js';
import type { ImageServiceHandlers } from '../gen/kumo/compute/v1/ImageService.js';
import type { KeypairServiceHandlers } from '../gen/kumo/compute/v1/KeypairService.js';
import { InvalidArgumentError } from '../actor/errors.js';
import { validateServiceUpdate } from '../conductor/services.js';
import { keypairScope } from './scope.js';
import { pageSizeCheck, requireId } from './server_service.js';
import { unary } from './unary.js';

export interface CatalogHandlers {
  flavors: FlavorServiceHandlers;
  /** The record RPCs; the data ones (streams) are image_data_service.ts's. */
  images: Omit<ImageServiceHandlers, 'UploadImageData' | 'DownloadImageData'>;
  keypairs: KeypairServiceHandlers;
  hypervisors: HypervisorServiceHandlers;
}

export function catalogServices(system: ActorSystem, log: Logger): CatalogHandlers {
  const c = system.ref(subjects.conductor(), ConductorProtocol);
  return {
    flavors: {
      CreateFlavor: unary(log, 'CreateFlavor', async (req, call) => {
        if (!req.flavor) throw InvalidArgumentError.field('flavor', 'required');
        return c.call('CreateFlavor', req, { parent: call.envelope });
      }),
      GetFlavor: unary(log, 'GetFlavor', async (req, call) => (requireId(req.id), c.call('GetFlavor', req, { parent: call.envelope }))),
      ListFlavors: unary(log, 'ListFlavors', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListFlavors', req, { parent: call.envelope }))),
      DeleteFlavor: unary(log, 'DeleteFlavor', async (req, call) => (requireId(req.id), c.call('DeleteFlavor', req, { parent: call.envelope }))),
    },
    images: {
      CreateImage: unary(log, 'CreateImage', async (req, call) => {
        if (!req.image) throw InvalidArgumentError.field('image', 'required');
        return c.call('CreateImage', req, { parent: call.envelope });
      }),
      GetImage: unary(log, 'GetImage', async (req, call) => (requireId(req.id), c.call('GetImage', req, { parent: call.envelope }))),
      ListImages: unary(log, 'ListImages', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListImages', req, { parent: call.envelope }))),
      DeleteImage: unary(log, 'DeleteImage', async (req, call) => (requireId(req.id), c.call('DeleteImage', req, { parent: call.envelope }))),
    },
    keypairs: {
      CreateKeypair: unary(log, 'CreateKeypair', (req, call) => c.call('CreateKeypair', req, { parent: call.envelope })),
      // user_id (Nova's, admin): another user's keypairs; the conductor keys them by the envelope's user.
      GetKeypair: unary(log, 'GetKeypair', async (req, call) => (requireId(req.name, 'name'), c.call('GetKeypair', req, { parent: keypairScope(call.envelope, req.user_id) }))),
      ListKeypairs: unary(log, 'ListKeypairs', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListKeypairs', req, { parent: keypairScope(call.envelope, req.user_id) }))),
      DeleteKeypair: unary(log, 'DeleteKeypair', async (req, call) => (requireId(req.name, 'name'), c.call('DeleteKeypair', req, { parent: keypairScope(call.envelope, req.user_id) }))),
    },
    hypervisors: {
      ListHypervisors: unary(log, 'ListHypervisors', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListHypervisors', req, { parent: call.envelope }))),
      GetHypervisor: unary(log, 'GetHypervisor', async (req, call) => (requireId(req.hypervisor_hostname, 'hypervisor_hostname'), c.call('GetHypervisor', req, { parent: call.envelope }))),
      GetHypervisorStatistics: unary(log, 'GetHypervisorStatistics', (req, call) => c.call('GetHypervisorStatistics', req, { parent: call.envelope })),
      ListComputeServices: unary(log, 'ListComputeServices', async (req, call) => {
        if (/\s/.test(req.host)) throw InvalidArgumentError.field('host', 'must not contain whitespace');
        return c.call('ListComputeServices', req, { parent: call.envelope });
      }),
      UpdateComputeService: unary(log, 'UpdateComputeService', async (req, call) => {
        // Admin only: the guard enforces compute:services:update (pkg/policy).
        validateServiceUpdate(req);
        return c.call('UpdateComputeService', req, { parent: call.envelope });
      }),
    },
  };
}
