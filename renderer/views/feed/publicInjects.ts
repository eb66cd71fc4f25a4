// Whether a scenario puts anything in the opinion feed: at least one inject on a public channel.
import { PUBLIC_CHANNELS, type ScenarioPack } from '../../../shared/domain/scenario';

export const hasPublicInjects = (pack: ScenarioPack) => pack.injects.some((j) => PUBLIC_CHANNELS.includes(j.channel));
