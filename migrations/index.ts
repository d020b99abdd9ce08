import * as migration_20261124_015951_initial from './20261124_015951_initial';
import * as migration_20261124_024942_contacts from './20261124_024942_contacts';

export const migrations = [
  {
    up: migration_20261124_015951_initial.up,
    down: migration_20261124_015951_initial.down,
    name: '20261124_015951_initial',
  },
  {
    up: migration_20261124_024942_contacts.up,
    down: migration_20261124_024942_contacts.down,
    name: '20261124_024942_contacts'
  },
];
