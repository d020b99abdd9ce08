import * as migration_20261124_015951_initial from './20261124_015951_initial';

export const migrations = [
  {
    up: migration_20261124_015951_initial.up,
    down: migration_20261124_015951_initial.down,
    name: '20261124_015951_initial'
  },
];
