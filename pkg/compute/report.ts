// The host report codec: hosts publish HostReport on kumo.v1.evt.host.<host>;
// schedulers and conductors read it.
import { codec } from '../actor/codec.js';
import type { HostReport, HostReport__Output } from '../gen/types.js';

export const hostReportCodec = codec<HostReport, HostReport__Output>('kumo.internal.v1.HostReport');
