// Which role publishes the bank's official statements (新闻发言): the role with the default id, else one its name says.
import type { Role } from '../domain/scenario';

const NAMED = /新闻发言|发言人|spokes/i;

export function spokespersonRole(roles: readonly Role[]): Role | undefined {
  return roles.find((r) => r.id === 'spokesperson') ?? roles.find((r) => NAMED.test(`${r.name} ${r.nameEn ?? ''}`));
}
