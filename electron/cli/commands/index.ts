// The CLI's command table.
import type { Command } from '../args';
import { demoCommand } from './demo';
import { scenarioCheckCommand, scenariosCommand } from './scenarios';
import { verifyCommand } from './verify';
import { minutesCommand } from './minutes';
import { archiveCommand } from './archive';

export const COMMANDS: Command[] = [scenariosCommand, scenarioCheckCommand, demoCommand, verifyCommand];
COMMANDS.push(minutesCommand);
COMMANDS.push(archiveCommand);
import { mselCheckCommand } from './msel';
COMMANDS.push(mselCheckCommand);
import { papersCommand } from './papers';
COMMANDS.push(papersCommand);
