import type { Access } from 'payload'

import { isPlatformAdmin } from './roles'

/** True for platform admins, false for everyone else (including anonymous). */
export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)
